//! Regression cases from review: realistic texts whose facts or cause were once wrong.

use smtp_doctor::diagnosis::{Cause, Fix};
use smtp_doctor::explain::{Evidence, SourceKind, explain};

#[test]
fn wrapped_reply_ending_in_a_multibyte_character_does_not_panic() {
    let e = explain("Server response: 554\nRejected ä");
    assert_eq!(e.facts.reply_code.map(|c| c.get()), Some(554));
    assert!(
        e.facts
            .server_response
            .as_deref()
            .is_some_and(|r| r.ends_with('ä'))
    );
    let e = explain("host mx.example.org[192.0.2.1] said: 550\n5.1.1 Empfänger unbekannt ü");
    assert_eq!(e.cause, Cause::RecipientUnknown);
}

#[test]
fn stack_trace_positions_are_not_ports() {
    let t = "Error: Connection timeout\n    at SMTPConnection._onTimeout (/app/node_modules/nodemailer/lib/smtp-connection/index.js:25:19)";
    let e = explain(t);
    assert_eq!(e.facts.port, None);
    assert_eq!(e.cause, Cause::ConnectionTimeout);
    let e = explain("at com.sun.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2358)");
    assert_eq!(e.facts.port, None);
}

#[test]
fn bounce_connection_trouble_is_not_blamed_on_the_users_settings() {
    let t = "Generating server: mail.contoso.com\nRemote Server returned '451 4.4.316 Connection refused [Message=Socket error code 10061]'";
    let e = explain(t);
    assert_eq!(
        e.facts.server, None,
        "the generating server is not the user's outgoing server"
    );
    assert_eq!(e.cause, Cause::ConnectionFailed);
    assert!(!e.fixes.iter().any(|f| matches!(
        f,
        Fix::CheckServerName { .. } | Fix::UseSubmissionPort { .. }
    )));
    let t = "Dec  1 10:00:00 mx postfix/smtp[123]: ABC: to=<a@example.org>, relay=none, delay=30, status=deferred (connect to mx.example.org[192.0.2.25]:25: Connection timed out)";
    let e = explain(t);
    assert_eq!(
        e.cause,
        Cause::ConnectionTimeout,
        "between servers, not the user's blocked port 25"
    );
}

#[test]
fn postfix_relay_field_is_not_relay_denial() {
    let t = "Feb 11 07:41:39 host postfix/smtp[3006]: 4424441E46: to=<r@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=0.58, dsn=5.0.0, status=bounced (host mx.example.org[192.0.2.1] said: 550 Message rejected (in reply to end of DATA command))";
    assert_ne!(explain(t).cause, Cause::RelayDenied);
}

#[test]
fn phpmailer_debug_log_uses_the_failing_reply() {
    let t = "2024-01-01 10:00:00 SERVER -> CLIENT: 220 smtp.example.com ESMTP\n2024-01-01 10:00:00 CLIENT -> SERVER: EHLO web\n2024-01-01 10:00:00 SERVER -> CLIENT: 250-smtp.example.com\n2024-01-01 10:00:01 SERVER -> CLIENT: 535 5.7.8 Error: authentication failed: authentication failure\n2024-01-01 10:00:01 SMTP ERROR: Password command failed: 535 5.7.8 Error: authentication failed";
    let e = explain(t);
    assert_eq!(e.facts.reply_code.map(|c| c.get()), Some(535));
    assert_eq!(e.cause, Cause::AuthFailed);
}

#[test]
fn german_dotnet_exception_is_a_library_error() {
    let t = "System.Net.Mail.SmtpException: Für den SMTP-Server ist eine sichere Verbindung erforderlich, oder der Client war nicht authentifiziert. Die Serverantwort war: 5.7.0 Authentication Required.";
    let e = explain(t);
    assert_eq!(e.facts.source, SourceKind::ClientLibrary);
    assert!(
        e.facts
            .server_response
            .as_deref()
            .is_some_and(|r| r.starts_with("5.7.0")),
        "{:?}",
        e.facts.server_response
    );
    assert_eq!(e.cause, Cause::AuthRequired);
}

#[test]
fn traceback_line_numbers_are_not_reply_codes() {
    let t = "Traceback (most recent call last):\n  File \"/usr/lib/python3.11/smtplib.py\", line 421, in login\nssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1002)";
    let e = explain(t);
    assert_eq!(e.facts.reply_code, None);
    assert_eq!(e.cause, Cause::TlsFailed);
}

#[test]
fn phrases_in_the_server_reply_are_marked() {
    let e = explain(
        "Serverantwort: \"550 <a@b.example>... Relay verweigert\", Anschluss: 25, Fehlernummer: 0x800CCC79",
    );
    assert!(e.evidence.iter().any(|ev| matches!(
        ev,
        Evidence::Phrase {
            in_server_response: true,
            ..
        }
    )));
}

#[test]
fn more_wordings() {
    assert_eq!(
        explain("552 5.2.2 Mailbox size limit exceeded").cause,
        Cause::MailboxFull
    );
    assert_eq!(
        explain("socket.gaierror: [Errno -3] Temporary failure in name resolution").cause,
        Cause::ConnectionFailed
    );
    assert_eq!(
        explain("The server “smtp.gmail.com” cannot be contacted on port 587.").cause,
        Cause::ConnectionFailed
    );
    assert_eq!(
        explain("554 5.2.0 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded").cause,
        Cause::MailboxFull
    );
}

#[test]
fn versions_are_not_status_codes_and_quotes_are_not_addresses() {
    let e = explain("550 Administrative prohibition (Exim 4.94.2)");
    assert_eq!(e.facts.enhanced_code, None);
    let t = "Your server has unexpectedly terminated the connection. Account: 'max@example.de', Server: 'smtp.example.de', Protocol: SMTP, Port: 25, Secure (SSL): No, Error Number: 0x800CCC0F";
    assert_eq!(explain(t).facts.rejected_address, None);
}

#[test]
fn microsoft_password_sign_in_switched_off_is_the_method_not_the_password() {
    let method_off = [
        "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR02CA0123.eurprd02.prod.outlook.com 2024-10-01T08:00:00.000Z 08DCE1A2B3C4D5E6]",
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.",
        "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.",
        "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.",
        "550 5.7.30 Basic authentication is not supported for Client Submission.",
        "Error: Invalid login: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
        "smtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.')",
        "Die Anmeldung beim Postausgangsserver (SMTP) ist fehlgeschlagen. Serverantwort: '535 5.7.139 Authentication unsuccessful, basic authentication is disabled', Port: 587, Secure(SSL): Nein, Fehlernummer: 0x800CCC90",
    ];
    for t in method_off {
        let e = explain(t);
        assert_eq!(e.cause, Cause::AuthMechanismUnsupported, "{t}");
        assert_eq!(
            e.fixes.get(..2),
            Some(&[Fix::UseOAuth2, Fix::AskAdminEnableSmtpAuth][..]),
            "{t}"
        );
    }
    // A refused password stays a refused password.
    let wrong_password = [
        "535 5.7.3 Authentication unsuccessful [FR3P281CA0094.DEUP281.PROD.OUTLOOK.COM]",
        "535 5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials",
        "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.",
        "535 Authentication credentials invalid",
    ];
    for t in wrong_password {
        let e = explain(t);
        assert_eq!(e.cause, Cause::AuthFailed, "{t}");
        assert_eq!(e.fixes.first(), Some(&Fix::CheckCredentials), "{t}");
    }
}

#[test]
fn outlook_port_and_ssl_that_cannot_work_together_come_first() {
    use smtp_doctor::smtp::Security;
    let implicit = Fix::SwitchEncryption {
        port: 465,
        security: Security::ImplicitTls,
    };
    for t in [
        "Your server has unexpectedly terminated the connection. Possible causes for this include server problems, network problems, or a long period of inactivity. Account: 'max@example.de', Server: 'smtp.example.de', Protocol: SMTP, Port: 465, Secure(SSL): No, Error Number: 0x800CCC0F",
        "Zeitüberschreitung beim Warten auf eine Antwort vom Server. Konto: 'max@example.de', Server: 'smtp.example.de', Protokoll: SMTP, Port: 465, Sicher (SSL): Nein, Socketfehler: 10060, Fehlernummer: 0x800CCC19",
        "Der Server hat die Verbindung unerwartet beendet. Konto: 'max@example.de', Server: 'smtp.example.de', Protokoll: SMTP, Port: 465, Secure (SSL): Nein, Fehlernummer: 0x800CCC0F",
    ] {
        let e = explain(t);
        assert_eq!(e.facts.port, Some(465), "{t}");
        assert_eq!(e.facts.tls, Some(false), "{t}");
        assert_eq!(e.fixes.first(), Some(&implicit), "{t}: {:?}", e.fixes);
        assert_eq!(e.fixes.iter().filter(|f| **f == implicit).count(), 1, "{t}");
    }
    // Outlook's "SSL" on 587 means TLS from the first byte: STARTTLS on 587 is the fix.
    let t = "The connection to the server was interrupted. Account: 'max@example.com', Server: 'smtp.example.com', Protocol: SMTP, Port: 587, Secure(SSL): Yes, Error Number: 0x800CCC0F";
    let e = explain(t);
    assert_eq!(
        e.fixes.first(),
        Some(&Fix::SwitchEncryption {
            port: 587,
            security: Security::StartTls,
        }),
        "{:?}",
        e.fixes
    );
    // Matching port and encryption: no such advice.
    let t = "Your server has unexpectedly terminated the connection. Server: 'smtp.example.de', Protocol: SMTP, Port: 465, Secure(SSL): Yes, Error Number: 0x800CCC0F";
    assert!(
        !explain(t)
            .fixes
            .iter()
            .any(|f| matches!(f, Fix::SwitchEncryption { .. }))
    );
    // A refused recipient shows the session worked: the recipient comes first.
    let t = "Serverantwort: '550 5.1.1 <x@example.org>: Recipient address rejected: User unknown in local recipient table', Port: 465, Secure(SSL): Nein, Fehlernummer: 0x800CCC79";
    let e = explain(t);
    assert_eq!(e.cause, Cause::RecipientUnknown);
    assert!(matches!(
        e.fixes.first(),
        Some(Fix::CheckRecipientAddress { .. })
    ));
}

/// Texts as the emitting systems word them (catalogues and sources: Postfix smtpd/anvil and
/// its log lines, Exim, qmail, Sendmail, Exchange/Microsoft 365, Gmail, German providers,
/// .NET, MailKit, JavaMail, PHPMailer/Symfony, smtplib, nodemailer, Outlook, Thunderbird in
/// English and German), with host names, addresses and numbers filled in.
#[test]
fn families_from_the_emitting_systems() {
    use Cause::*;
    let cases: &[(&str, Cause)] = &[
        // Postfix smtpd restrictions, anvil limits and log lines
        (
            "NOQUEUE: reject: RCPT from unknown[192.0.2.7]: 554 5.7.1 <x@example.org>: Relay access denied; from=<a@example.net> to=<x@example.org> proto=ESMTP helo=<pc>",
            RelayDenied,
        ),
        (
            "NOQUEUE: reject: RCPT from unknown[192.0.2.7]: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.7]; from=<a@example.net> to=<x@example.org> proto=ESMTP helo=<pc>",
            PolicyOther,
        ),
        (
            "504 5.5.2 <pc>: Helo command rejected: need fully-qualified hostname",
            PolicyOther,
        ),
        (
            "450 4.1.8 <a@nowhere.invalid>: Sender address rejected: Domain not found",
            SenderDomainInvalid,
        ),
        ("450 4.7.1 Error: too much mail from 192.0.2.7", RateLimited),
        ("452 4.5.3 Error: too many recipients", RateLimited),
        (
            "Jan  1 10:00:00 mx postfix/smtp[123]: ABC: to=<x@example.org>, relay=none, delay=1, status=deferred (lost connection with mx.example.org[192.0.2.1] while receiving the initial server greeting)",
            ConnectionFailed,
        ),
        (
            "Jan  1 10:00:00 mx postfix/smtp[123]: ABC: to=<x@example.org>, relay=mx.example.org[192.0.2.1]:25, status=bounced (mail for example.org loops back to myself)",
            PolicyOther,
        ),
        (
            "450 4.2.0 <x@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html",
            Greylisted,
        ),
        (
            "550 5.7.1 <x@example.org>: Recipient address rejected: Please see http://www.openspf.net/Why?s=mfrom;id=a@example.net",
            PolicyOther,
        ),
        (
            "451 4.3.0 <x@example.org>: Temporary lookup failure",
            ServerBusyOrUnavailable,
        ),
        // Exim
        (
            "2024-01-01 10:00:00 H=(pc) [192.0.2.7] F=<a@example.net> rejected RCPT <x@example.org>: relay not permitted",
            RelayDenied,
        ),
        (
            "SMTP error from remote mail server after RCPT TO:<x@example.org>:\n    550 Unrouteable address",
            RecipientUnknown,
        ),
        (
            "451-The server has reached its limit for processing requests from your host.\n451 Please try again later.",
            RateLimited,
        ),
        (
            "all relevant MX records point to non-existent hosts",
            RecipientUnknown,
        ),
        // qmail
        (
            "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
            RelayDenied,
        ),
        (
            "Sorry, no mailbox here by that name. (#5.1.1)",
            RecipientUnknown,
        ),
        (
            "Sorry, I couldn't find any host named example.invalid. (#5.1.2)",
            RecipientUnknown,
        ),
        ("451 qq temporary problem (#4.3.0)", ServerBusyOrUnavailable),
        (
            "This message is looping: it already has my Delivered-To line. (#5.4.6)",
            PolicyOther,
        ),
        // Sendmail
        (
            "550 5.7.1 <x@example.org>... Relaying denied. Proper authentication required.",
            RelayDenied,
        ),
        (
            "553 5.1.8 <a@example.net>... Domain of sender address a@nowhere.invalid does not exist",
            SenderDomainInvalid,
        ),
        (
            "452 4.4.5 Insufficient disk space; try again later",
            ServerBusyOrUnavailable,
        ),
        ("530 5.7.0 Proper authentication required", AuthRequired),
        // Exchange / Microsoft 365
        (
            "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception",
            SenderRejectedNotOwned,
        ),
        (
            "550 5.7.520 Access denied, Your organization does not allow external forwarding.",
            PolicyOther,
        ),
        (
            "554 5.4.14 Hop count exceeded - possible mail loop ATTR34",
            PolicyOther,
        ),
        (
            "550 5.1.8 Access denied, bad outbound sender",
            SpamContentRejected,
        ),
        (
            "550 4.4.7 QUEUE.Expired; message expired",
            ConnectionTimeout,
        ),
        // Gmail
        (
            "550-5.2.1 The email account that you tried to reach is disabled.",
            RecipientUnknown,
        ),
        (
            "552-5.7.0 This message was blocked because its content presents a potential\n552-5.7.0 security issue.",
            SpamContentRejected,
        ),
        (
            "454 4.7.0 Too many login attempts, please try again later.",
            AuthFailed,
        ),
        // German providers
        (
            "554 IP=192.0.2.7 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)",
            BlockedIpBlacklist,
        ),
        (
            "554-gmx.net (mxgmx017) Nemesis ESMTP Service not available\n554-No SMTP service\n554-Bad DNS PTR resource record.\n554 For explanation visit https://postmaster.gmx.net/en/error-messages?ip=192.0.2.7&c=rdns",
            PolicyOther,
        ),
        // .NET and MailKit: the inner exception carries the cause
        (
            "System.Net.Mail.SmtpException: Failure sending mail. ---> System.Net.WebException: Unable to connect to the remote server ---> System.Net.Sockets.SocketException: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond 192.0.2.1:587",
            ConnectionTimeout,
        ),
        (
            "System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Authentication failed because the remote party has closed the transport stream.",
            TlsFailed,
        ),
        (
            "System.Net.Mail.SmtpException: Fehler beim Senden von Mail. ---> System.Net.WebException: Die Verbindung mit dem Remoteserver kann nicht hergestellt werden. ---> System.Net.Sockets.SocketException: Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach einer bestimmten Zeitspanne nicht richtig reagiert hat 192.0.2.1:587",
            ConnectionTimeout,
        ),
        (
            "System.Security.Authentication.AuthenticationException: Das Remotezertifikat ist laut Validierungsverfahren ungültig.",
            TlsFailed,
        ),
        (
            "System.IO.IOException: Die Authentifizierung ist fehlgeschlagen, da die Gegenseite den Transportstream geschlossen hat.",
            TlsFailed,
        ),
        (
            "System.Net.Sockets.SocketException: Eine vorhandene Verbindung wurde vom Remotehost geschlossen",
            ConnectionFailed,
        ),
        (
            "MailKit.Net.Smtp.SmtpProtocolException: The SMTP server has unexpectedly disconnected.",
            ConnectionFailed,
        ),
        // JavaMail
        (
            "javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 465;\n  nested exception is:\n\tjavax.net.ssl.SSLHandshakeException: sun.security.validator.ValidatorException: PKIX path building failed: unable to find valid certification path to requested target",
            TlsFailed,
        ),
        (
            "javax.mail.MessagingException: Could not convert socket to TLS;\n  nested exception is:\n\tjavax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)",
            TlsFailed,
        ),
        (
            "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.example.com, 587; timeout -1;\n  nested exception is:\n\tjava.net.UnknownHostException: smtp.example.com",
            ConnectionFailed,
        ),
        // PHP
        (
            "stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages: error:0A000086:SSL routines::certificate verify failed",
            TlsFailed,
        ),
        (
            "Symfony\\Component\\Mailer\\Exception\\TransportException: Connection could not be established with host \"ssl://smtp.example.com:465\": stream_socket_client(): Unable to connect to ssl://smtp.example.com:465 (Connection refused)",
            ConnectionFailed,
        ),
        (
            "Swift_TransportException: Expected response code 220 but got an empty response",
            TlsFailed,
        ),
        // Python
        (
            "smtplib.SMTPServerDisconnected: please run connect() first",
            ConnectionFailed,
        ),
        (
            "ssl.SSLEOFError: EOF occurred in violation of protocol (_ssl.c:1129)",
            TlsFailed,
        ),
        // Node
        (
            "Error: Client network socket disconnected before secure TLS connection was established",
            TlsFailed,
        ),
        ("Error: Missing credentials for \"PLAIN\"", AuthFailed),
        (
            "Error: Hostname/IP does not match certificate's altnames: Host: smtp.example.com. is not in the cert's altnames: DNS:*.other.example",
            TlsFailed,
        ),
        // Outlook, English and German
        (
            "Your e-mail server rejected your login. Verify your user name and password for this account in Account Settings.",
            AuthFailed,
        ),
        (
            "Ihr E-Mail-Server hat Ihre Anmeldung abgelehnt. Überprüfen Sie den Benutzernamen und das Kennwort für dieses Konto in den Kontoeinstellungen.",
            AuthFailed,
        ),
        (
            "The server you are connected to is using a security certificate that cannot be verified. The target principal name is incorrect.",
            TlsFailed,
        ),
        (
            "Der Server, mit dem Sie verbunden sind, verwendet ein Sicherheitszertifikat, das nicht überprüft werden kann. Der Zielprinzipalname ist falsch.",
            TlsFailed,
        ),
        (
            "Der Server unterstützt den angegebenen Verbindungsverschlüsselungstyp nicht. Ändern Sie die Verschlüsselungsmethode.",
            TlsFailed,
        ),
        (
            "Die Verbindung wurde vom Server unerwartet getrennt.",
            ConnectionFailed,
        ),
        (
            "Task 'max@example.com - Sending' reported error (0x80040115): 'We can't complete this because we can't contact the server right now. Please try again later.'",
            ConnectionFailed,
        ),
        // Thunderbird, current and older wording
        (
            "The message could not be sent because connecting to Outgoing server (SMTP) smtp.example.com failed. The server may be unavailable or is refusing SMTP connections.",
            ConnectionFailed,
        ),
        (
            "Die Nachricht konnte nicht gesendet werden, weil die Verbindung zum SMTP-Server smtp.example.de fehlgeschlagen ist. Der Server ist entweder nicht verfügbar oder lehnt SMTP-Verbindungen ab.",
            ConnectionFailed,
        ),
        (
            "An error occurred while sending mail: The mail server sent an incorrect greeting: .",
            TlsFailed,
        ),
        (
            "Fehler beim Senden der Nachricht: Der Mail-Server sendete eine ungültige Begrüßung: .",
            TlsFailed,
        ),
        (
            "Unable to authenticate to Outgoing server (SMTP) smtp.example.com. It does not support authentication (SMTP-AUTH) but you have chosen to use authentication.",
            AuthMechanismUnsupported,
        ),
        (
            "An error occurred while sending mail: Could not get password for smtp.example.com. The message was not sent.",
            AuthFailed,
        ),
        (
            "Fehler beim Senden der Nachricht: Passwort für max@example.de ist nicht verfügbar. Die Nachricht wurde nicht gesendet.",
            AuthFailed,
        ),
        (
            "The Kerberos/GSSAPI ticket was not accepted by the Outgoing server (SMTP) smtp.example.com.",
            AuthFailed,
        ),
        (
            "Die Größe der zu sendenden Nachricht übersteigt das globale Größenlimit des Servers.",
            MessageTooLarge,
        ),
        (
            "The message was not sent because the allowed number of recipients was exceeded.",
            RateLimited,
        ),
        (
            "Die Nachricht wurde nicht gesendet, weil die erlaubte Anzahl an Empfängern überschritten wurde.",
            RateLimited,
        ),
        (
            "A network error occurred while receiving data. (Network Error: Connection reset) Try connecting again.",
            ConnectionFailed,
        ),
        (
            "An error occurred while sending mail: the return mail address was invalid.",
            SenderDomainInvalid,
        ),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|&(t, want)| {
            let got = explain(t).cause;
            (got != want).then(|| format!("want {want}, got {got}: {t}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}
