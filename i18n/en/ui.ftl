# The desktop app.

app-title = smtp-doctor – why won't my e-mail send?
ui-error-no-window = The app window could not be opened ({ $error }). On a computer without a desktop, use the command line: smtp-doctor --help
ui-back = Back
ui-next = Next
ui-cancel = Cancel
ui-language = Language:
ui-language-system = As the system

ui-start-intro = smtp-doctor checks from here whether your outgoing server accepts your e-mail, and tells you exactly what to change in your mail program – without sending anything.
ui-start-check = Check my e-mail sending
ui-start-paste = I have an error message
ui-start-profiles = Saved settings
ui-start-no-profiles = No settings saved yet.
ui-profile-open = Open { $name }
ui-profile-check = Check { $name } again
ui-account-client = My mail program
ui-client-other = another
ui-profile-delete = Delete { $name }
ui-profile-saved = The settings "{ $name }" were saved.
ui-keyring-unavailable = The system's password store ({ $store }) cannot be reached. Passwords you enter are therefore kept only while the app is open – smtp-doctor never writes them to a file.
ui-profile-deleted = The settings "{ $name }" were deleted.

ui-location-title = Where are you right now?
ui-location-why = This matters: a mail server passes messages on to other domains only for people it recognises – by a login, or because they are connected through its own network.
ui-location-home = At home, on my internet provider's line
ui-location-office = In the office, on the company network
ui-location-travel = On the road: hotel, airport, café, mobile hotspot or someone else's Wi-Fi

ui-account-title = Your e-mail account
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
ui-account-remember = Keep the password in the system's password store
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
ui-checking-wait = One moment – smtp-doctor is asking your server ({ $seconds } s). Nothing is sent.

ui-result-fix-worked = The change worked: { $fix }
ui-result-fix-failed = The change did not help: { $fix }
ui-result-apply = Apply and check again
ui-result-transcript = Log of the server connection (passwords hidden)
ui-result-copy = Copy report for my provider or helpdesk
ui-result-copied = The report is on the clipboard.
ui-result-save-report = Save report
ui-result-save-markdown = as Markdown (.md)
ui-result-save-text = as text (.txt)
ui-result-saved = The report was saved as { $path }.
ui-result-save-profile = Save settings
ui-result-again = Check again
ui-start-over = Start page

ui-paste-title = Paste the error message
ui-paste-hint = Paste the complete message from your mail program, or the bounce:
ui-paste-too-long = Only the first { $limit } characters are kept. Paste the error message itself, not a whole mailbox.
ui-paste-explain = Explain
ui-paste-check-live = Check these settings live

app-name = smtp-doctor
ui-theme = Appearance
ui-theme-system = as the system
ui-theme-light = Light
ui-theme-dark = Dark
ui-details = Details
ui-keyring-name = { $os ->
        [windows] Windows Credential Manager
        [macos] macOS Keychain
       *[linux] keyring (Secret Service)
    }
ui-keyring-save-unavailable = The password was not saved: the system's password store ({ $store }) cannot be reached. The settings themselves are saved; enter the password again next time.
ui-keyring-save-locked = The password was not saved: the system's password store ({ $store }) is locked. Unlock it – logging in to your computer again usually does – and save again.
ui-keyring-save-other = The password was not saved: the system's password store ({ $store }) reported an error. The settings themselves are saved.
ui-file-problem = The file { $path } could not be read or written.
ui-start-heading = Why won't my e-mail send?
ui-last-never = not checked yet
ui-last-works = sending works
ui-last-problem = problem found
ui-last-checked = last checked: { $when } – { $outcome }
ui-when-today = today { $time }
ui-when-date = on { $year }-{ $month }-{ $day }, { $time }
ui-task-find = Find the server
ui-task-connect = Connection
ui-task-encrypt = Encryption
ui-task-login = Login
ui-task-sender = Sender
ui-task-recipient = Recipient
ui-task-time = { $ms } ms
ui-task-status = { $status ->
        [ok] done
        [problem] problem
        [warning] with a limitation
        [running] running …
       *[pending] not checked yet
    }
ui-task-reply = The server's reply
ui-result-works = Your e-mail sending works from here
ui-result-works-why = The server accepts your e-mail with these settings – nothing was sent during the check.
ui-result-works-but = Your e-mail sending works from here – but there is something you should know
ui-result-fails = Sending fails: { $headline }
ui-result-fails-for = The server accepts your e-mail but refuses these recipients: { $recipients }
ui-result-recommended = Recommended change
ui-result-where = Where to change it: { $how }
ui-result-apply-primary = Check again with this change
ui-result-more-options = More options
ui-result-why = What the check found in detail
ui-result-steps = The individual steps of the check
ui-result-certificate = The server's certificate
ui-result-set-it = How to set it { $client ->
        [outlook] in Outlook
        [thunderbird] in Thunderbird
        [apple-mail] in Apple Mail
        [windows-mail] in Windows Mail
       *[other] in your mail program
    }:
ui-security-name = { $security ->
        [starttls] STARTTLS
        [implicit_tls] SSL/TLS
       *[none] none
    }
ui-account-auth-short = Login to the outgoing server
ui-account-intro = Enter your e-mail address and your password. smtp-doctor looks up the server settings itself.
ui-account-found = { $host }, port { $port }, { $security } – { $source }
ui-account-question = Are these the settings your mail program uses?
ui-account-yes = Yes, check now
ui-account-no = No, my program is set up differently
ui-account-manual = Enter the settings myself
ui-account-all-settings = All settings
ui-account-take-over = Take over from { $program ->
        [thunderbird] Thunderbird
       *[outlook] Outlook
    }: { $email }
