# One message per fix id. The value says what to do; the attribute .how (where present)
# says where to click, in the words of the user's mail program ($client: outlook,
# thunderbird, apple-mail, windows-mail, other). Labels follow
# shared/reference/mail-client-labels.md.

fix-enable_smtp_auth = Switch on login for the outgoing server, with the same user name and password as for receiving mail.
    .how =
        { $client ->
            [outlook] In Outlook: File → Account Settings → Account Settings… → select the account → Change… → More Settings… → tab "Outgoing Server" → tick "My outgoing server (SMTP) requires authentication" and choose "Use same settings as my incoming mail server".
            [thunderbird] In Thunderbird: Account Settings → Outgoing Server (SMTP) → select the server → Edit… → set "Authentication method:" to "Normal password" and enter your "User Name:".
            [apple-mail] In Apple Mail: Mail → Settings → Accounts → select the account → Server Settings → in the outgoing section untick "Automatically manage connection settings" and set "Authentication" to "Password".
            [windows-mail] In Windows Mail: Manage Accounts → select the account → Change settings → Change mailbox sync settings → Advanced mailbox settings → tick "Outgoing server requires authentication" and "Use the same user name and password for sending email".
           *[other] In Outlook the setting is "My outgoing server (SMTP) requires authentication" (More Settings… → tab "Outgoing Server"); in Thunderbird it is "Authentication method: Normal password" (Account Settings → Outgoing Server (SMTP) → Edit…).
        }

fix-use_submission_port = Send through port { $port } with { $security ->
        [implicit_tls] SSL/TLS
        [none] no encryption
       *[starttls] STARTTLS
    }. This port is meant for mail programs; port 25 is often blocked and rarely allows logging in.
    .how =
        { $client ->
            [outlook] In Outlook: File → Account Settings → Server Settings → "Outgoing mail" → "Port" { $port }, "Encryption method" { $security ->
                [implicit_tls] SSL/TLS
                [none] None
               *[other] STARTTLS
            }. In the classic dialog: File → Account Settings → Account Settings… → select the account → Change… → More Settings… → tab "Advanced" → "Outgoing server (SMTP)": { $port }, "Use the following type of encrypted connection": { $security ->
                [implicit_tls] SSL/TLS
                [none] None
               *[other] STARTTLS
            }. In the new Outlook: Settings → Accounts → Email accounts → the account → Manage → Change account settings.
            [thunderbird] In Thunderbird: Account Settings → Outgoing Server (SMTP) → Edit… → "Port:" { $port }, "Connection security:" { $security ->
                [implicit_tls] SSL/TLS
                [none] None
               *[other] STARTTLS
            }.
            [apple-mail] In Apple Mail: Mail → Settings → Accounts → Server Settings → untick "Automatically manage connection settings", then set "Port" to { $port } and { $security ->
                [none] untick
               *[other] tick
            } "Use TLS/SSL".
            [windows-mail] In Windows Mail: Advanced mailbox settings → "Outgoing (SMTP) email server": add ":{ $port }" to the server name and tick "Require SSL for outgoing email".
           *[other] In Outlook: More Settings… → tab "Advanced"; in Thunderbird: Account Settings → Outgoing Server (SMTP) → Edit… → "Port:" and "Connection security:".
        }

fix-use_authenticated_submission = Log in on the submission port: port { $port } with { $security ->
        [implicit_tls] SSL/TLS
        [none] no encryption
       *[starttls] STARTTLS
    }, and "outgoing server requires authentication" switched on, with the same user name and password as for receiving mail.
    .how =
        { $client ->
            [outlook] In Outlook: File → Account Settings → Account Settings… → select the account → Change… → More Settings… → tab "Outgoing Server": tick "My outgoing server (SMTP) requires authentication"; tab "Advanced": "Outgoing server (SMTP)": { $port }, "Use the following type of encrypted connection": { $security ->
                [implicit_tls] SSL/TLS
                [none] None
               *[other] STARTTLS
            }.
            [thunderbird] In Thunderbird: Account Settings → Outgoing Server (SMTP) → Edit… → "Port:" { $port }, "Connection security:" { $security ->
                [implicit_tls] SSL/TLS
                [none] None
               *[other] STARTTLS
            }, "Authentication method:" "Normal password".
            [apple-mail] In Apple Mail: Mail → Settings → Accounts → Server Settings → untick "Automatically manage connection settings", then "Port" { $port }, tick "Use TLS/SSL", "Authentication": "Password".
            [windows-mail] In Windows Mail: Advanced mailbox settings → add ":{ $port }" to "Outgoing (SMTP) email server", tick "Outgoing server requires authentication" and "Require SSL for outgoing email".
           *[other] In Outlook: More Settings… → tabs "Outgoing Server" and "Advanced"; in Thunderbird: Account Settings → Outgoing Server (SMTP) → Edit….
        }

fix-switch_encryption = Set the connection security to { $security ->
        [starttls] STARTTLS on port { $port }
        [implicit_tls] SSL/TLS on port { $port }
       *[none] none
    }.
    .how =
        { $client ->
            [outlook] In Outlook: … → Change… → More Settings… → tab "Advanced" → "Use the following type of encrypted connection" and "Outgoing server (SMTP)".
            [thunderbird] In Thunderbird: Account Settings → Outgoing Server (SMTP) → Edit… → "Connection security:" and "Port:".
            [apple-mail] In Apple Mail: Mail → Settings → Accounts → Server Settings → untick "Automatically manage connection settings", then "Use TLS/SSL" and "Port".
            [windows-mail] In Windows Mail: Advanced mailbox settings → "Require SSL for outgoing email".
           *[other] The setting is called "Connection security" in Thunderbird and "Use the following type of encrypted connection" in Outlook (More Settings… → tab "Advanced").
        }

fix-match_encryption_to_port = Make port and encryption fit together: port 587 with STARTTLS, or port 465 with SSL/TLS. Other combinations fail.
    .how =
        { $client ->
            [outlook] In Outlook: … → Change… → More Settings… → tab "Advanced" → "Outgoing server (SMTP)" and "Use the following type of encrypted connection".
            [thunderbird] In Thunderbird: Account Settings → Outgoing Server (SMTP) → Edit… → "Port:" and "Connection security:".
            [apple-mail] In Apple Mail: Mail → Settings → Accounts → Server Settings → untick "Automatically manage connection settings", then "Port" and "Use TLS/SSL".
            [windows-mail] In Windows Mail: Advanced mailbox settings → "Outgoing (SMTP) email server" (server:port) and "Require SSL for outgoing email".
           *[other] You find both settings where the outgoing server (SMTP) is configured in your mail program.
        }

fix-use_network_smtp_server = Use the outgoing server of the network you are connected to right now, for example your company's server in the office. Ask the network's administrator or provider for its name.
    .how =
        { $client ->
            [outlook] In Outlook: File → Account Settings → Account Settings… → select the account → Change… → "Outgoing mail server (SMTP)".
            [thunderbird] In Thunderbird: Account Settings → Outgoing Server (SMTP) → Add…, then select it for the account under "Outgoing Server (SMTP):".
            [apple-mail] In Apple Mail: Mail → Settings → Accounts → Server Settings → "Account" pop-up menu in the outgoing section → "Edit SMTP Server List".
            [windows-mail] In Windows Mail: Advanced mailbox settings → "Outgoing (SMTP) email server".
           *[other] Enter it as the outgoing server (SMTP) of your account.
        }

fix-pop_before_smtp = If your provider uses "POP before SMTP": collect your mail first, then send within a few minutes. The server then knows you for a short while.
    .how =
        { $client ->
            [outlook] In Outlook this can be automatic: … → More Settings… → tab "Outgoing Server" → tick "My outgoing server (SMTP) requires authentication" and choose "Log on to incoming mail server before sending mail".
            [thunderbird] Thunderbird has no setting for it: click "Get Messages" before you send.
           *[other] Fetch new mail (Send/Receive, Get Messages) before you send.
        }

fix-use_own_address_as_sender =
    { $domain ->
        [none] Send with an address that belongs to the account you log in with, and use such an address as your reply address too.
       *[other] Send with an address ending in { "@" }{ $domain } – like the account you log in with – and use such an address as your reply address too.
    }
    .how =
        { $client ->
            [outlook] In Outlook: File → Account Settings → Account Settings… → select the account → Change… → "Email Address"; the reply address is under More Settings… → tab "General" → "Reply E-mail".
            [thunderbird] In Thunderbird: Account Settings → select the account → "Email Address:" and "Reply-to Address:".
            [apple-mail] In Apple Mail: Mail → Settings → Accounts → select the account → "Email Address".
           *[other] Check the sender address and the reply address in your account settings.
        }

fix-check_credentials = Enter the user name and password again, exactly as for the provider's web mail. With most providers the user name is the full e-mail address.
    .how =
        { $client ->
            [outlook] In Outlook: File → Account Settings → Account Settings… → select the account → Change… → "User Name" and "Password"; for a separate outgoing login: More Settings… → tab "Outgoing Server" → "Log on using".
            [thunderbird] In Thunderbird: Account Settings → Outgoing Server (SMTP) → Edit… → "User Name:".
            [apple-mail] In Apple Mail: Mail → Settings → Accounts → Server Settings → outgoing section → "User Name" and "Password".
           *[other] You find both in the account settings of your mail program, next to the outgoing server.
        }

fix-create_app_password = Create an app password in the security settings of your account on the provider's website and enter it in your mail program instead of your normal password.

fix-sign_in_via_browser = Sign in once to your provider's web mail in a browser on this device and confirm the sign-in if you are asked to, then send again.

fix-ask_admin_enable_smtp_auth = Ask your administrator to allow "Authenticated SMTP" (SMTP AUTH) for your mailbox; the organisation has switched it off.

fix-use_oauth2 = Use the sign-in through your provider's login page (OAuth2) instead of a password.
    .how =
        { $client ->
            [thunderbird] In Thunderbird: Account Settings → Outgoing Server (SMTP) → Edit… → "Authentication method:" OAuth2.
            [outlook] Current Outlook versions sign in this way when you add the account again (File → Add Account).
           *[other] Mail programs that support it offer "OAuth2" as the authentication method or open the provider's login page when you add the account.
        }

fix-change_auth_method = Choose a different login method that the server supports – usually the normal password over an encrypted connection.
    .how =
        { $client ->
            [outlook] In Outlook: … → Change… → untick "Require logon using Secure Password Authentication (SPA)" if it is ticked.
            [thunderbird] In Thunderbird: Account Settings → Outgoing Server (SMTP) → Edit… → "Authentication method:" "Normal password" (with "Connection security:" STARTTLS or SSL/TLS).
            [apple-mail] In Apple Mail: Server Settings → outgoing section → "Authentication": "Password".
           *[other] In Thunderbird this is "Authentication method: Normal password"; in Outlook untick "Require logon using Secure Password Authentication (SPA)".
        }

fix-update_mail_program = Update your mail program and operating system. Old versions (for example on Windows 7) do not know the encryption that servers demand today.

fix-check_server_name =
    { $host ->
        [none] Check the spelling of the outgoing server name and use exactly the name your provider publishes; with encryption it must match the server's certificate.
       *[other] Check the outgoing server name "{ $host }" for typos and use exactly the name your provider publishes; with encryption it must match the server's certificate.
    }
    .how =
        { $client ->
            [outlook] In Outlook: File → Account Settings → Account Settings… → select the account → Change… → "Outgoing mail server (SMTP)".
            [thunderbird] In Thunderbird: Account Settings → Outgoing Server (SMTP) → Edit… → "Server Name:".
            [apple-mail] In Apple Mail: Mail → Settings → Accounts → Server Settings → outgoing section → "Host Name".
            [windows-mail] In Windows Mail: Advanced mailbox settings → "Outgoing (SMTP) email server".
           *[other] It is the "outgoing server" or "SMTP server" of your account.
        }

fix-check_network = Check that the internet works on this device, and that no firewall or anti-virus program blocks or scans outgoing mail (turn e-mail scanning off briefly to test).

fix-check_recipient_address =
    { $address ->
        [none] Check the recipient's address for typos, or ask the person for their current address.
       *[other] Check the address { $address } for typos, or ask the person for their current address.
    }

fix-inform_recipient_other_way = Let the recipient know another way (phone, another address) that their mailbox is full.

fix-reduce_message_size = Send fewer or smaller attachments (for example compressed pictures), or share large files through a download link instead.

fix-wait_and_retry =
    { $minutes ->
        [1440] Wait until tomorrow and then send again.
        [60] Wait about an hour and then send again.
       *[other] Wait about { $minutes } minutes and then send again.
    }

fix-send_less_at_once = Send to fewer recipients at once and spread large mailings over time; for newsletters use a mailing service.

fix-ask_provider_delist =
    { $ip ->
        [none] Ask your internet provider or mail provider to get your address removed from the blocklist; the full error text helps them.
       *[other] Ask your internet provider or mail provider to get the address { $ip } removed from the blocklist; the full error text helps them.
    }

fix-scan_for_malware = Check the devices in your network for malware: an infected device sending spam is the most common reason for a blocked address.

fix-use_provider_submission = Send through your mail provider's outgoing server on port 587 with STARTTLS and your login, not directly to the recipient's server.

fix-check_sender_address =
    { $address ->
        [none] Check the e-mail address in your account settings for typos, especially the part after the @.
       *[other] Check the sender address { $address } for typos, especially the part after the @.
    }

fix-review_message_content = Remove what spam filters dislike: shortened links, many links, executable or macro attachments; then send again or ask the recipient to put you on their safe-sender list.

fix-contact_provider = Send the complete error text to your provider or administrator; it says which rule refused the message.

fix-enable_mail_access_in_webmail = Switch on access by mail programs in your provider's web mail: log in there, open the settings for POP3/IMAP (often called "POP3/IMAP access" or "E-Mail programs") and allow it; then send again.

fix-use_host_from_certificate = Enter "{ $host }" as the outgoing server: that is the name the server's certificate is made out for, and it leads to the same server.
    .how =
        { $client ->
            [outlook] In Outlook: File → Account Settings → Account Settings… → select the account → Change… → "Outgoing mail server (SMTP)": { $host }.
            [thunderbird] In Thunderbird: Account Settings → Outgoing Server (SMTP) → Edit… → "Server Name:" { $host }.
            [apple-mail] In Apple Mail: Mail → Settings → Accounts → Server Settings → outgoing section → "Host Name": { $host }.
            [windows-mail] In Windows Mail: Advanced mailbox settings → "Outgoing (SMTP) email server": { $host }.
           *[other] It is the "outgoing server" or "SMTP server" of your account: { $host }.
        }

fix-install_root_certificate = If this is your company's or your own server, install its root certificate on this device (your administrator has it), so that the device can check the server's certificate. Do not simply accept an unknown certificate on a network you do not control.

fix-renew_certificate = Ask the server's administrator or provider to renew the certificate; until then mail programs will warn or refuse the connection.

fix-check_device_clock = Check the date, time and time zone of this device: certificates are checked against the device's clock, and a wrong date makes valid certificates look expired or not yet valid.

fix-use_provider_settings = Use { $provider }'s settings: outgoing server { $host }, port { $port } with { $security ->
        [implicit_tls] SSL/TLS
        [none] no encryption
       *[starttls] STARTTLS
    }, login switched on, user name { $username }.
    .how =
        { $client ->
            [outlook] In Outlook: File → Account Settings → Account Settings… → select the account → Change… → "Outgoing mail server (SMTP)": { $host }; More Settings… → tab "Outgoing Server": tick "My outgoing server (SMTP) requires authentication"; tab "Advanced": "Outgoing server (SMTP)": { $port }, "Use the following type of encrypted connection": { $security ->
                [implicit_tls] SSL/TLS
                [none] None
               *[other] STARTTLS
            }.
            [thunderbird] In Thunderbird: Account Settings → Outgoing Server (SMTP) → Edit… → "Server Name:" { $host }, "Port:" { $port }, "Connection security:" { $security ->
                [implicit_tls] SSL/TLS
                [none] None
               *[other] STARTTLS
            }, "Authentication method:" "Normal password", "User Name:" { $username }.
            [apple-mail] In Apple Mail: Mail → Settings → Accounts → Server Settings → outgoing section: "Host Name" { $host }, "User Name" { $username }; untick "Automatically manage connection settings", "Port" { $port }, tick "Use TLS/SSL", "Authentication": "Password".
            [windows-mail] In Windows Mail: Advanced mailbox settings → "Outgoing (SMTP) email server": { $host }:{ $port }, tick "Outgoing server requires authentication" and "Require SSL for outgoing email".
           *[other] It is the "outgoing server" or "SMTP server" of your account: server, port, connection security and login.
        }
