# Command line, headings and labels (English).

cli-help =
    smtp-doctor { $version } – why won't my e-mail send, and what do I change?

    Usage:
      smtp-doctor                       opens the app
      smtp-doctor explain [OPTIONS] [TEXT]
                                        explain an error message from your mail program,
                                        a bounce or a server reply; reads standard input
                                        when TEXT is missing or "-"

      smtp-doctor check --host HOST [CHECK OPTIONS]
      smtp-doctor check --profile NAME [CHECK OPTIONS]
                                        checks your outgoing server live, from this
                                        network, without sending anything
      smtp-doctor profile list | show NAME | save NAME [CHECK OPTIONS] | delete NAME
                          | export [NAME…] [--file FILE] | import FILE [--force]
                                        saved accounts; passwords only in the system keyring
      smtp-doctor autodetect ADDRESS [--offline] [--verify [--ca-file FILE]] [--json]
                                        which outgoing server, port and encryption to use,
                                        and where each value comes from; --verify quickly
                                        checks the best three from this network (connection,
                                        encryption and EHLO only)
      smtp-doctor import thunderbird [FOLDER] | outlook-reg FILE
                          --json, --save NAME [--from ADDRESS]
                                        the accounts your mail program is set up with
                                        (read only, never a password); --save keeps one
                                        as a saved profile

    Check options:
      --host HOST       outgoing server (SMTP)
      --port PORT       port (default: 587, with --tls implicit 465)
      --tls MODE        auto, none, starttls or implicit (default: auto)
      --user NAME       user name for the login
      --password-stdin  read the password from standard input (first line)
      --oauth2-token-stdin
                        read an OAuth2 access token instead and log in with XOAUTH2
      --from ADDRESS    your sender address (default: --user when it is an address)
      --to ADDRESS      a recipient for the relay test (repeatable)
      --sweep           also try ports 587, 465, 25 and 2525 at the same time
      --sweep-ports LIST
                        the ports to try instead, e.g. 587:starttls,465:implicit
      --timeout SECONDS time limit per step (default: 10)
      --insecure        continue past an invalid certificate (it is still reported)
      --ca-file FILE    also trust the certificates in this PEM file
      --helo NAME       name to announce with EHLO
      --send-test-message
                        when the check passes, send one test message to your own address
      --pop3-host HOST  log in to this POP3 server first (POP before SMTP)
      --pop3-port PORT, --pop3-tls MODE
                        its port and encryption (default: 110 with STARTTLS)
      --auth on|off     whether your mail program logs in (default: on with a password)
      --location home|office|travel
                        where you are: at home on your provider's line, in the
                        office, or on the road (hotel, airport, café, hotspot)
      --account provider|work|freemail
                        your home provider's mailbox, a work mailbox, or freemail
      --apply-fixes     try the fixes one by one and check again after each
      --profile NAME    use a saved profile (options given here take precedence)
      --from-mail-program thunderbird[:FOLDER] | outlook-reg:FILE
                        take the settings from your mail program (the account of
                        --from, or the only one); its labels name the fixes
      --display-name NAME, --reply-to ADDRESS
                        (profile save) your name and reply address
      Exit code: 0 sending works, 1 a problem was found, 2 usage error.

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
cli-error-write = The answer could not be written: { $error }
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
cli-error-bad-import-source = "{ $value }" is not a mail program to import from. Use "thunderbird" (optionally with a profile folder) or "outlook-reg" with a .reg file.
cli-error-import-which-account = Several accounts were found ({ $accounts }). Choose one with --from ADDRESS.
