# Command line, headings and labels (English).

cli-help =
    smtp-doctor { $version } – why won't my e-mail send, and what do I change?

    Usage:
      smtp-doctor                       open the app (until the app is ready: this help)
      smtp-doctor explain [OPTIONS] [TEXT]
                                        explain an error message from your mail program,
                                        a bounce or a server reply; reads standard input
                                        when TEXT is missing or "-"

    Options:
      --lang de|en      language of the answer (default: the system language)
      --client NAME     word the fixes for outlook, thunderbird, apple-mail or windows-mail
      --json            print one JSON object instead of text
      -h, --help        show this help
      -V, --version     show the version

cli-error-prefix = Error
cli-error-unknown-option = Unknown option: { $option }
cli-error-unknown-command = Unknown command: { $command }
cli-error-missing-value = The option { $option } needs a value.
cli-error-unexpected-value = The option { $option } takes no value.
cli-error-bad-lang = Unknown language "{ $value }". Use de or en.
cli-error-bad-client = Unknown mail program "{ $value }". Use outlook, thunderbird, apple-mail, windows-mail or other.
cli-error-too-many-texts = Give the error text as one argument (in quotes), or pipe it in.
cli-error-read-input = Could not read the error text: { $error }
cli-error-input-too-large = The text is larger than { $limit } MiB. Paste only the error message.
cli-error-empty-input = There is no text to explain. Give the error message as an argument or pipe it in.
cli-error-bad-argument = This argument is not valid text: { $value }
cli-hint-help = Run "smtp-doctor --help" to see how to use it.

explain-heading-cause = Cause
explain-heading-facts = What the message tells us
explain-heading-fixes = What to do
explain-no-fixes = Nothing to change was found. Paste the complete message, including the numbers.
explain-confidence =
    { $confidence ->
        [high] (clear case)
        [medium] (likely)
       *[low] (best guess – the text says little)
    }

fact-server-response = Server's reply
fact-reply-code = Reply code
fact-enhanced-code = Status code
fact-hresult = Error number
fact-server = Outgoing server
fact-port = Port
fact-tls = Encrypted (SSL/TLS)
fact-rejected-address = Refused address
fact-ip = IP address

value-yes = yes
value-no = no
cli-paste-prompt = Paste the error message, then press Ctrl+D (Windows: Ctrl+Z, Enter).
