# The desktop app.

app-title = smtp-doctor – why won't my e-mail send?
ui-error-no-window = The app window could not be opened ({ $error }). On a computer without a desktop, use the command line: smtp-doctor --help
ui-back = Back
ui-next = Next
ui-cancel = Cancel
ui-language = Language:
ui-language-system = As the system

ui-start-intro = smtp-doctor finds out why your e-mail is not sent and tells you what to change. It checks your outgoing server from the network you are on – without sending anything.
ui-start-check = Check my mail settings
ui-start-paste = I have an error message
ui-start-profiles = Saved accounts
ui-start-no-profiles = No saved accounts yet. After a check you can save your settings.
ui-profile-open = Open { $name }
ui-profile-check = Check { $name } again
ui-account-client = My mail program
ui-client-other = another
ui-profile-delete = Delete { $name }
ui-profile-saved = The account "{ $name }" was saved.
ui-keyring-unavailable = The system keyring is not available ({ $detail }). Passwords you enter are used for this session only – smtp-doctor never writes them to a file.
ui-profile-deleted = The account "{ $name }" was deleted.

ui-location-title = Where are you right now?
ui-location-why = This matters: a mail server passes messages on to other domains only for people it recognises – by a login, or because they are connected through its own network.
ui-location-home = At home, on my internet provider's line
ui-location-office = In the office, on the company network
ui-location-travel = On the road: hotel, airport, café, mobile hotspot or someone else's Wi-Fi

ui-account-title = Your account
ui-account-email = E-mail address
ui-account-fill = Fill in the server from my address
ui-account-filled = Server settings of { $name } filled in. Check them against your mail program.
ui-account-detecting = Looking up the outgoing server for { $address } (DNS and the provider's configuration file) …
ui-account-detected = Filled in: { $host }, port { $port } – { $source }. Check it against your mail program.
ui-account-nothing-found = No settings were found for { $domain }: it is not in the built-in list, and neither DNS nor a configuration file names an outgoing server. Enter the outgoing server from your mail program.
ui-account-name = Your name
ui-account-reply-to = Reply address (if different)
ui-account-kind = Kind of mailbox
ui-kind-provider = from my internet provider
ui-kind-work = at work
ui-kind-freemail = freemail (GMX, WEB.DE, Gmail …)
ui-account-host = Outgoing server (SMTP)
ui-account-port = Port
ui-account-security = Encryption
ui-security-starttls = STARTTLS
ui-security-tls = SSL/TLS
ui-security-none = none
ui-account-auth = My outgoing server requires authentication (login)
ui-account-username = User name
ui-account-password = Password
ui-account-remember = Remember the password in the system keyring
ui-account-pop3 = POP3 server for "POP before SMTP" (if used)
ui-error-email = Please enter an e-mail address like name@example.com.
ui-error-host = Please enter the name of the outgoing server, like smtp.example.com.
ui-error-port = The port is a number between 1 and 65535, usually 587 or 465.
ui-error-reply-to = The reply address must be an e-mail address, or empty.

ui-recipient-title = Whom were you writing to?
ui-recipient-why = The check asks your server whether it would accept a message to this address – and to an address elsewhere. Nothing is sent.
ui-recipient-address = Recipient's address (optional)
ui-start-the-check = Start the check

ui-checking-title = Checking …
ui-checking-elapsed = { $seconds } s
ui-checking-wait = Please wait, the server is being asked.

ui-result-fix-worked = The change worked: { $fix }
ui-result-fix-failed = The change did not help: { $fix }
ui-result-apply = Apply and check again
ui-result-transcript = Conversation with the server (passwords hidden)
ui-result-copy = Copy report for my provider or helpdesk
ui-result-copied = The report is on the clipboard.
ui-result-save-report = Save report
ui-result-save-markdown = as Markdown (.md)
ui-result-save-text = as text (.txt)
ui-result-saved = The report was saved as { $path }.
ui-result-save-profile = Save as account
ui-result-again = Check again
ui-start-over = Start page

ui-paste-title = Paste the error message
ui-paste-hint = Paste the complete message from your mail program, or the bounce:
ui-paste-too-long = Only the first { $limit } characters are kept. Paste the error message itself, not a whole mailbox.
ui-paste-explain = Explain
ui-paste-check-live = Check these settings live
