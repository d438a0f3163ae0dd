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
