//! The judgement on the user's path: what blocks comes first, what only warns comes after,
//! and nothing the server refused is dropped. Runs the one check sequence the CLI and the app
//! share (`session::run_check`), against the real Postfix lab and against scripted provider
//! look-alikes that answer with the providers' real reply texts.

use std::sync::Arc;
use std::time::Duration;

use smtp_doctor::diagnosis::settings::AccountSettings;
use smtp_doctor::diagnosis::{Cause, Severity};
use smtp_doctor::probe::{Credentials, Secret};
use smtp_doctor::session::{CheckReport, CheckRequest, Env, Event, run_check};
use smtp_doctor::smtp::Security;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::probe_lab::Lab;

fn quiet() -> Arc<dyn Fn(&Event<'_>) + Send + Sync> {
    Arc::new(|_: &Event<'_>| {})
}

fn first(c: &CheckReport) -> (Cause, Severity) {
    let f = c.diagnosis.findings.first().expect("a finding");
    (f.cause, f.severity)
}

fn causes(c: &CheckReport) -> Vec<(Cause, Severity)> {
    c.diagnosis
        .findings
        .iter()
        .map(|f| (f.cause, f.severity))
        .collect()
}

/// Severities never go back up: blocking, then warnings, then information.
fn assert_ranked(c: &CheckReport) {
    let s: Vec<Severity> = c.diagnosis.findings.iter().map(|f| f.severity).collect();
    let mut sorted = s.clone();
    sorted.sort();
    assert_eq!(s, sorted, "findings out of order: {:#?}", causes(c));
    let v = &c.diagnosis.verdict;
    assert_eq!(
        v.blocking_count,
        s.iter().filter(|x| **x == Severity::Blocking).count()
    );
    assert_eq!(v.sending_works, v.blocking_count == 0);
}

// ---------------------------------------------------------------------------------------
// Against the Postfix lab

fn lab_request(port: u16, security: Security, from: &str, password: &str) -> CheckRequest {
    let lab = Lab::get();
    let mut req = CheckRequest::new(AccountSettings {
        host: "127.0.0.1".into(),
        port,
        security,
        auth: true,
        username: Some(lab.var("ALICE_USER")),
        from: from.into(),
        reply_to: None,
        pop_before_smtp: None,
    });
    req.credentials = Some(Credentials {
        user: lab.var("ALICE_USER"),
        secret: Secret::new(password),
        oauth2: false,
    });
    req.recipients = vec![lab.var("OUTSIDE_RCPT")];
    req.timeout = Duration::from_secs(10);
    req.anchors = lab.anchors();
    req
}

async fn check(req: &CheckRequest) -> CheckReport {
    let c = tokio::time::timeout(
        Duration::from_secs(60),
        run_check(req, &Env::system(), quiet()),
    )
    .await
    .expect("the check ends");
    assert_ranked(&c);
    c
}

fn certificate_warning_not_first(c: &CheckReport) {
    let pos = c
        .diagnosis
        .findings
        .iter()
        .position(|f| f.cause == Cause::CertificateUntrusted)
        .unwrap_or_else(|| panic!("no certificate finding: {:#?}", causes(c)));
    assert!(
        pos > 0,
        "the certificate finding is first: {:#?}",
        causes(c)
    );
    assert_eq!(c.diagnosis.findings[pos].severity, Severity::Warning);
    assert!(
        c.diagnosis.findings[pos].detail.is_some(),
        "certificate details"
    );
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn self_signed_accepted_and_sender_not_owned_puts_the_sender_first() {
    let lab = Lab::get();
    let mut req = lab_request(
        lab.port("SELF_SIGNED"),
        Security::StartTls,
        &lab.var("BOB_USER"),
        &lab.var("ALICE_PASSWORD"),
    );
    req.insecure = true;
    let c = check(&req).await;
    assert_eq!(
        first(&c),
        (Cause::SenderRejectedNotOwned, Severity::Blocking),
        "{:#?}",
        causes(&c)
    );
    assert!(!c.sending_works());
    certificate_warning_not_first(&c);
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn self_signed_accepted_and_wrong_password_puts_the_login_first() {
    let lab = Lab::get();
    let mut req = lab_request(
        lab.port("SELF_SIGNED"),
        Security::StartTls,
        &lab.var("ALICE_USER"),
        "wrong",
    );
    req.insecure = true;
    let c = check(&req).await;
    assert_eq!(
        first(&c),
        (Cause::AuthFailed, Severity::Blocking),
        "{:#?}",
        causes(&c)
    );
    assert!(!c.sending_works());
    certificate_warning_not_first(&c);
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn self_signed_without_override_is_a_blocking_certificate_problem() {
    let lab = Lab::get();
    let req = lab_request(
        lab.port("SELF_SIGNED"),
        Security::StartTls,
        &lab.var("ALICE_USER"),
        &lab.var("ALICE_PASSWORD"),
    );
    let c = check(&req).await;
    assert_eq!(first(&c), (Cause::CertificateUntrusted, Severity::Blocking));
    assert!(!c.sending_works());
    assert!(
        !c.diagnosis
            .findings
            .iter()
            .any(|f| f.cause == Cause::TlsFailed),
        "a certificate problem is not 'encryption failed': {:#?}",
        causes(&c)
    );
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn a_named_recipient_that_does_not_exist_blocks_and_the_rest_works() {
    let lab = Lab::get();
    let mut req = lab_request(
        lab.port("SUBMISSION"),
        Security::StartTls,
        &lab.var("ALICE_USER"),
        &lab.var("ALICE_PASSWORD"),
    );
    let unknown = lab.var("UNKNOWN_RCPT");
    req.recipients = vec![unknown.clone()];
    let c = check(&req).await;
    assert_eq!(first(&c), (Cause::RecipientUnknown, Severity::Blocking));
    assert_eq!(
        c.diagnosis.findings[0].recipient.as_deref(),
        Some(unknown.as_str())
    );
    assert!(!c.sending_works());
    assert!(c.diagnosis.verdict.works_for_others);
    assert_eq!(c.diagnosis.verdict.refused_recipients, [unknown]);
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn several_named_recipients_are_each_asked_for() {
    let lab = Lab::get();
    let mut req = lab_request(
        lab.port("SUBMISSION"),
        Security::StartTls,
        &lab.var("ALICE_USER"),
        &lab.var("ALICE_PASSWORD"),
    );
    let unknown = lab.var("UNKNOWN_RCPT");
    // Bob exists, nobody does, and one outside address: all three are asked for.
    req.recipients = vec![
        lab.var("BOB_USER"),
        lab.var("OUTSIDE_RCPT"),
        unknown.clone(),
    ];
    let c = check(&req).await;
    assert_eq!(c.diagnosis.verdict.refused_recipients, [unknown]);
    assert!(c.diagnosis.verdict.works_for_others);
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn login_accepted_but_sender_refused_at_mail_from_follows_the_login() {
    let lab = Lab::get();
    // The server relays for this network without login, but after login the sender must be
    // the login's own: the mail program logs in, so that is what counts.
    let req = lab_request(
        lab.port("SENDER_AT_MAIL"),
        Security::StartTls,
        &lab.var("BOB_USER"),
        &lab.var("ALICE_PASSWORD"),
    );
    let c = check(&req).await;
    assert!(c.report.unauthenticated.is_some_and(|r| r.works()));
    assert_eq!(
        first(&c),
        (Cause::SenderRejectedNotOwned, Severity::Blocking),
        "{:#?}",
        causes(&c)
    );
    assert_eq!(
        c.diagnosis.findings[0].sources.len(),
        1,
        "rests on the check"
    );
    assert!(!c.sending_works());

    // The same server with the login switched off: sending works, but only from this
    // network (a warning), and the refusal after login is still reported.
    let mut off = req.clone();
    off.settings.auth = false;
    let c = check(&off).await;
    assert!(c.sending_works(), "{:#?}", causes(&c));
    assert_eq!(first(&c), (Cause::RelayByNetworkOnly, Severity::Warning));
    assert!(
        c.diagnosis
            .findings
            .iter()
            .any(|f| f.cause == Cause::SenderRejectedNotOwned),
        "the refusal after login is not dropped: {:#?}",
        causes(&c)
    );
}

// ---------------------------------------------------------------------------------------
// Provider look-alikes: a scripted server with the providers' real reply texts (a real
// server will not say these), on loopback.

/// What the scripted provider answers.
#[derive(Clone, Copy)]
pub(crate) struct Script {
    pub greeting: &'static str,
    pub auth: &'static str,
    /// MAIL FROM before / after login.
    pub mail: (&'static str, &'static str),
    /// RCPT TO before / after login.
    pub rcpt: (&'static str, &'static str),
}

pub(crate) const OK: Script = Script {
    greeting: "220 smtp.provider.test ESMTP\r\n",
    auth: "235 2.7.0 Authentication successful\r\n",
    mail: ("250 2.1.0 Sender OK\r\n", "250 2.1.0 Sender OK\r\n"),
    rcpt: (
        "530 5.7.57 Client not authenticated to send mail.\r\n",
        "250 2.1.5 Recipient OK\r\n",
    ),
};

pub(crate) async fn provider(script: Script) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    tokio::spawn(async move {
        // One connection per check (a sweep is not asked for).
        let Ok((s, _)) = listener.accept().await else {
            return;
        };
        let (r, mut w) = s.into_split();
        let mut lines = BufReader::new(r).lines();
        let _ = w.write_all(script.greeting.as_bytes()).await;
        if !script.greeting.starts_with("220") {
            return;
        }
        let mut authed = false;
        while let Ok(Some(line)) = lines.next_line().await {
            let verb = line.split(' ').next().unwrap_or("").to_ascii_uppercase();
            let reply: String = match verb.as_str() {
                "EHLO" => {
                    "250-smtp.provider.test\r\n250-SIZE 35882577\r\n250 AUTH PLAIN LOGIN\r\n".into()
                }
                "AUTH" => {
                    authed = script.auth.starts_with("235");
                    script.auth.into()
                }
                "MAIL" => if authed { script.mail.1 } else { script.mail.0 }.into(),
                "RCPT" => if authed { script.rcpt.1 } else { script.rcpt.0 }.into(),
                "RSET" => "250 2.0.0 Resetting\r\n".into(),
                "QUIT" => {
                    let _ = w.write_all(b"221 2.0.0 Bye\r\n").await;
                    return;
                }
                _ => "502 5.5.2 Command not recognised\r\n".into(),
            };
            if w.write_all(reply.as_bytes()).await.is_err() {
                return;
            }
        }
    });
    port
}

async fn against(script: Script) -> CheckReport {
    let port = provider(script).await;
    let mut req = CheckRequest::new(AccountSettings {
        host: "127.0.0.1".into(),
        port,
        // The look-alike speaks plain text; "no encryption" is the user's explicit choice,
        // so the login may go in clear text to loopback.
        security: Security::None,
        auth: true,
        username: Some("user@provider.test".into()),
        from: "user@provider.test".into(),
        reply_to: None,
        pop_before_smtp: None,
    });
    req.credentials = Some(Credentials {
        user: "user@provider.test".into(),
        secret: Secret::new("right-or-wrong"),
        oauth2: false,
    });
    req.timeout = Duration::from_secs(5);
    check(&req).await
}

#[tokio::test]
async fn microsoft_basic_auth_disabled_is_the_sign_in_method_not_the_password() {
    let c = against(Script {
        auth: "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [FR0P281CA0001.DEUP281.PROD.OUTLOOK.COM 2024-05-01T10:00:00.000Z 08DC69A6A4E2B1C3]\r\n",
        ..OK
    })
    .await;
    assert_eq!(
        first(&c),
        (Cause::AuthMechanismUnsupported, Severity::Blocking),
        "{:#?}",
        causes(&c)
    );
    assert_eq!(c.diagnosis.findings[0].fixes[0].id(), "use_oauth2");
    assert!(!c.sending_works());
}

#[tokio::test]
async fn google_app_password_required() {
    let c = against(Script {
        auth: "534-5.7.9 Application-specific password required. For more information, go to\r\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor d9443c01a7336-1f2f8a1b2c3sm1234567plb.12 - gsmtp\r\n",
        ..OK
    })
    .await;
    assert_eq!(first(&c), (Cause::AppPasswordRequired, Severity::Blocking));
    assert!(!c.sending_works());
}

#[tokio::test]
async fn microsoft_send_as_denied_after_login() {
    let c = against(Script {
        mail: (
            "250 2.1.0 Sender OK\r\n",
            "550 5.7.60 SMTP; Client does not have permissions to send as this sender [AM6PR04MB1234.eurprd04.prod.outlook.com]\r\n",
        ),
        ..OK
    })
    .await;
    assert_eq!(
        first(&c),
        (Cause::SenderRejectedNotOwned, Severity::Blocking),
        "{:#?}",
        causes(&c)
    );
    assert!(!c.sending_works());
}

#[tokio::test]
async fn google_daily_limit_after_login() {
    let c = against(Script {
        mail: (
            "250 2.1.0 OK\r\n",
            "550-5.4.5 Daily user sending limit exceeded. For more information on Gmail\r\n550-5.4.5 sending limits go to\r\n550 5.4.5  https://support.google.com/a/answer/166852 a640c23a62f3a-a1b2c3d4e5sm123456766b.12 - gsmtp\r\n",
        ),
        ..OK
    })
    .await;
    assert_eq!(
        first(&c),
        (Cause::RateLimited, Severity::Blocking),
        "{:#?}",
        causes(&c)
    );
    assert!(!c.sending_works());
}

#[tokio::test]
async fn telekom_blocklist_at_the_greeting() {
    let c = against(Script {
        greeting: "554 IP=192.0.2.10 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)\r\n",
        ..OK
    })
    .await;
    assert_eq!(first(&c), (Cause::BlockedIpBlacklist, Severity::Blocking));
    assert!(!c.sending_works());
}

#[tokio::test]
async fn the_relay_refusal_without_login_is_information_when_the_login_works() {
    let c = against(OK).await;
    assert!(c.sending_works(), "{:#?}", causes(&c));
    assert_eq!(c.diagnosis.verdict.warning_count, 0);
    assert!(
        c.diagnosis
            .findings
            .iter()
            .all(|f| f.severity == Severity::Info),
        "{:#?}",
        causes(&c)
    );
    assert!(!c.diagnosis.findings.is_empty(), "the refusal is reported");
}

// ---------------------------------------------------------------------------------------
// Both sides: the mail program's settings (imported) against the provider's.

#[cfg(feature = "lab")]
#[tokio::test]
async fn imported_settings_that_differ_from_the_provider_come_first_and_the_provider_settings_pass()
{
    use smtp_doctor::diagnosis::compare::Recommended;
    use smtp_doctor::import::{Source, read};

    let lab = Lab::get();
    // A Thunderbird profile set up as many are at home: port 25, no encryption, no login,
    // here pointing at the lab's relay-by-network-only port.
    let dir = tempfile::tempdir().expect("tempdir");
    let prefs = format!(
        r#"user_pref("mail.account.account1.identities", "id1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.accountmanager.accounts", "account1");
user_pref("mail.identity.id1.fullName", "Alice");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.identity.id1.useremail", "{alice}");
user_pref("mail.server.server1.hostname", "127.0.0.1");
user_pref("mail.server.server1.type", "imap");
user_pref("mail.smtp.defaultserver", "smtp1");
user_pref("mail.smtpserver.smtp1.authMethod", 1);
user_pref("mail.smtpserver.smtp1.hostname", "127.0.0.1");
user_pref("mail.smtpserver.smtp1.port", {relay});
user_pref("mail.smtpserver.smtp1.try_ssl", 0);
user_pref("mail.smtpservers", "smtp1");
"#,
        alice = lab.var("ALICE_USER"),
        relay = lab.port("RELAY"),
    );
    std::fs::write(dir.path().join("prefs.js"), prefs).expect("prefs.js");
    let accounts = read(&Source::Thunderbird(Some(dir.path().to_path_buf()))).expect("import");
    assert_eq!(accounts.len(), 1);
    let settings = AccountSettings::from(&accounts[0]);
    assert!(!settings.auth && settings.security == Security::None);

    // What the (lab) provider documents: submission with STARTTLS and login.
    let mut req = lab_request(
        settings.port,
        settings.security,
        &settings.from,
        &lab.var("ALICE_PASSWORD"),
    );
    req.settings = settings.clone();
    req.client = accounts[0].source.client();
    req.recommended = Some(Recommended {
        provider: "Lab Mail".into(),
        settings: AccountSettings {
            host: "127.0.0.1".into(),
            port: lab.port("SUBMISSION"),
            security: Security::StartTls,
            auth: true,
            username: Some(lab.var("ALICE_USER")),
            ..settings.clone()
        },
    });
    req.try_fixes = true;
    let c = check(&req).await;
    assert_eq!(
        first(&c),
        (Cause::SettingsDiffer, Severity::Blocking),
        "{:#?}",
        causes(&c)
    );
    assert_eq!(
        c.diagnosis.findings[0].fixes[0].id(),
        "use_provider_settings"
    );
    // Checking with the provider's settings passes.
    let t = c
        .trials
        .first()
        .expect("the provider's settings were tried");
    assert!(t.works, "{:#?}", c.trials);
    assert_eq!(t.settings.port, lab.port("SUBMISSION"));
    assert!(t.settings.auth);
}
