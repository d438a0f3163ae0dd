# The live check (smtp-doctor check): progress lines, results, and its usage errors.

check-start = Checking { $host }, port { $port } …
check-verdict-works = Result: sending works from here ({ $host }, port { $port }).
check-verdict-fails = Result: sending does not work from here ({ $host }, port { $port }).
check-verdict-works-with-warnings = Result: sending works from here ({ $host }, port { $port }), but there is something you should know.
check-verdict-works-except = Result: sending works from here ({ $host }, port { $port }), except to { $recipients }.
severity = { $severity ->
        [blocking] Stops sending
        [warning] Warning
       *[info] Note
    }
cert-detail-reason = Why: { $reason }.
cert-detail-certificate = Certificate for: { $names } – issued to: { $subject } – by: { $issuer } – valid from { $from } until { $until }.
check-evidence = Seen at
check-evidence-pasted = { $response ->
        [none] This is also what the error message you pasted says.
       *[other] The error message you pasted says the same: { $response }
    }
check-sweep-heading = What works from here
check-sweep-row = Port { $port } ({ $tls ->
        [starttls] STARTTLS
        [implicit] SSL/TLS
        [none] no encryption
       *[auto] automatic
    }): reachable { $reached }, sending works { $works }

step-resolve = DNS lookup
step-connect = Connection
step-tls_handshake = Encryption (TLS)
step-greeting = Server greeting
step-ehlo = Capabilities (EHLO)
step-helo = Greeting (HELO)
step-starttls = Switch to encryption (STARTTLS)
step-auth = Login
step-mail_from = Sender { $phase ->
        [authenticated] (with login)
        [after_pop] (after POP3 login)
       *[other] (without login)
    }
step-rcpt_same_domain = Recipient in your own domain { $phase ->
        [authenticated] (with login)
        [after_pop] (after POP3 login)
       *[other] (without login)
    }
step-rcpt_outside = Recipient elsewhere, the relay test { $phase ->
        [authenticated] (with login)
        [after_pop] (after POP3 login)
       *[other] (without login)
    }
step-rset = Reset (nothing is sent)
step-quit = Goodbye (QUIT)
step-test_message = Test message to your own address
step-pop_login = POP3 login

outcome-resolved = found { $detail }
outcome-dns_failed = name not found ({ $detail })
outcome-connected = connected to { $detail }
outcome-refused = { $detail } refused the connection
outcome-filtered = no answer from { $detail } – the port seems to be blocked
outcome-unreachable = not reachable ({ $detail })
outcome-reply = server says: { $detail }
outcome-tls_established = encrypted ({ $detail })
outcome-tls_failed = failed: { $detail }
outcome-not_offered = the server does not offer this
outcome-no_common_mechanism = no login method in common (the server offers { $detail })
outcome-timeout = no answer in time
outcome-closed = the server closed the connection
outcome-malformed = the answer is not valid SMTP: { $detail }
outcome-io_error = error: { $detail }
outcome-pop_logged_in = logged in ({ $detail })
outcome-pop_refused = refused ({ $detail })

tls-not_tls = the server does not speak TLS on this port from the start
tls-handshake = no encrypted connection could be set up ({ $detail })
tls-bad_server_name = the server name cannot be used for TLS
cert-unknown_issuer = the certificate was issued by an authority this computer does not trust
cert-self_signed = the certificate is self-signed
cert-expired = the certificate has expired
cert-not_yet_valid = the certificate is not valid yet (check the computer's date)
cert-name_mismatch = the certificate is not valid for the name { $expected }
cert-revoked = the certificate has been revoked
cert-other = the certificate was refused ({ $detail })

cli-error-unexpected-argument = Unexpected argument: { $value }
cli-error-missing-option = The option { $option } is required.
cli-error-bad-host = "{ $value }" is not a server name.
cli-error-bad-port = "{ $value }" is not a port number (1 to 65535).
cli-error-bad-tls = Unknown encryption "{ $value }". Use auto, none, starttls or implicit.
cli-error-secret-needs-user = A password or token needs --user.
cli-error-need-from = Give your sender address with --from (or a --user that is an e-mail address).
cli-error-bad-address = "{ $value }" is not an e-mail address.
cli-error-bad-timeout = "{ $value }" is not a number of seconds between 1 and 300.
cli-error-bad-sweep = The port list "{ $value }" was not understood. Example: 587:starttls,465:implicit,25:auto
cli-error-empty-secret = No password was given on standard input.
cli-error-ca-file = Could not read certificates from { $path }: { $error }
cli-error-runtime = Could not start the network engine: { $error }

test-message-subject = smtp-doctor test message
test-message-body =
    This is a test message from smtp-doctor.

    It was sent through { $host }, port { $port }, to check that sending works. If you can read it, your outgoing mail settings are right. You can delete it.

check-trying-fixes = Trying the fixes one by one (nothing is sent) …
check-trials-heading = Fixes tried
check-trial-works = sending works
check-trial-fails = still does not work
check-fixed-by = This works: port { $port }, { $security ->
        [implicit_tls] SSL/TLS
        [none] no encryption
       *[starttls] STARTTLS
    }, login { $auth ->
        [on] on
       *[off] off
    }. Change your mail program's settings accordingly.

situation-prediction =
    { $prediction ->
        [not_relay] The recipient is in your own domain, so your outgoing server delivers the message itself. That is not relay and is normally accepted wherever you are.
        [relay_allowed] The recipient is in another domain, so your outgoing server has to pass the message on (relay). { $location ->
            [office] Because you are on your company's network,
           *[home] Because you are on your provider's own line,
        } the server recognises you and normally allows that.
        [relay_needs_login] The recipient is in another domain, so your outgoing server has to pass the message on (relay). { $location ->
            [home] { $account ->
                [freemail] Your mail provider trusts no line, not even yours at home,
               *[other] From this line the server cannot tell that you are its customer,
            }
            [office] In the office you are not on your provider's line,
           *[travel] On the road (hotel, airport, café, hotspot) you are not on your provider's line,
        } so the server will refuse the message unless your mail program logs in – or you use the outgoing server of the network you are on.
       *[unknown] Whether this is relay depends on the recipient: give the address you were writing to.
    }

note-silent_drop = Good to know: a server can accept a message and still never deliver it, for example when it is filtered as spam on the way. If a recipient says nothing arrived, ask them to look in their spam folder, check your "Sent" folder in the provider's web mail, and look for a bounce message in your inbox.

cli-error-bad-location = Unknown location "{ $value }". Use home, office or travel.
cli-error-bad-account = Unknown kind of account "{ $value }". Use provider, work or freemail.
cli-error-bad-auth = "{ $value }" is not valid for --auth. Use on or off.

cli-error-bad-helo = "{ $value }" cannot be sent as the EHLO name (no spaces or line breaks).
cli-error-bad-user = The user name must not contain line breaks or other control characters.
outcome-plaintext_refused = not tried: the connection is not encrypted, and the password would travel in clear text

# The report the app copies or saves for a provider or helpdesk.
report-title = smtp-doctor report
report-settings-heading = Settings checked
report-setting-server = Outgoing server (SMTP): { $host }, port { $port }, { $security ->
        [starttls] STARTTLS
        [implicit_tls] SSL/TLS
       *[none] no encryption
    }
report-setting-login = Login: { $auth ->
        [on] yes, as { $user }
       *[off] no
    }
report-setting-sender = Sender address: { $from }
report-setting-reply-to = Reply address: { $address }
report-setting-pop = Log on to incoming mail server (POP3) before sending: { $host }
report-result-heading = Result
report-transcript-heading = Conversation with the server (passwords hidden)
report-footer = Created with smtp-doctor { $version }. This report contains no passwords.

settings-difference = { $setting ->
        [host] Outgoing server: yours is { $configured }, { $provider } expects { $expected }.
        [port] Port: yours is { $configured }, { $provider } expects { $expected }.
        [security] Encryption: yours is { $configured ->
            [implicit_tls] SSL/TLS
            [starttls] STARTTLS
           *[none] none
        }, { $provider } expects { $expected ->
            [implicit_tls] SSL/TLS
            [starttls] STARTTLS
           *[none] none
        }.
        [no_login] Login: your mail program does not log in; { $provider } requires it.
       *[username] User name: yours is { $configured }, { $provider } expects { $expected }.
    }
