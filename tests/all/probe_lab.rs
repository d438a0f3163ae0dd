//! The probe against the real Postfix + Dovecot lab (`tests/lab/`, started by
//! `tests/run.sh`). Every scenario must end in the right step outcome and cause id.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use smtp_doctor::diagnosis::probe::diagnose;
use smtp_doctor::diagnosis::{Cause, Fix};
use smtp_doctor::diagnosis::{Severity, UserPath};
use smtp_doctor::probe::{
    BoxFuture, CertProblem, Connection, Credentials, Network, Outcome, Phase, Pop3Config,
    ProbeConfig, ProbeEvent, ProbeReport, Secret, Sink, StepKind, SystemNetwork, TlsFailure,
    TlsMode, TrustAnchors, probe, sweep,
};
use smtp_doctor::smtp::Security;

/// The lab's `lab.env`.
#[derive(Debug)]
pub struct Lab(HashMap<String, String>);

impl Lab {
    pub fn get() -> Lab {
        let dir =
            std::env::var("SMTP_DOCTOR_LAB").unwrap_or_else(|_| "/tmp/smtp-doctor-lab".into());
        let path = format!("{dir}/lab.env");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!("the Postfix/Dovecot lab is not running ({path}: {e}); run `bash tests/run.sh` or `bash tests/lab/start.sh`")
        });
        Lab(text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
            .collect())
    }

    pub fn var(&self, key: &str) -> String {
        self.0
            .get(&format!("SMTP_DOCTOR_LAB_{key}"))
            .cloned()
            .unwrap_or_else(|| panic!("lab.env lacks {key}"))
    }

    pub fn port(&self, name: &str) -> u16 {
        self.var(&format!("PORT_{name}"))
            .parse()
            .expect("port number")
    }

    pub fn anchors(&self) -> TrustAnchors {
        TrustAnchors::system_with(TrustAnchors::read_pem(self.var("CA").as_ref()).expect("lab CA"))
    }

    pub fn alice(&self) -> Credentials {
        Credentials {
            user: self.var("ALICE_USER"),
            secret: Secret::new(self.var("ALICE_PASSWORD")),
            oauth2: false,
        }
    }

    /// A configuration for `port` as alice, without credentials.
    pub fn config(&self, port: u16, tls: TlsMode) -> ProbeConfig {
        ProbeConfig {
            host: self.var("HOST"),
            port,
            tls,
            helo: None,
            from: self.var("ALICE_USER"),
            same_domain_rcpt: self.var("BOB_USER"),
            outside_rcpt: self.var("OUTSIDE_RCPT"),
            more_rcpts: vec![],
            credentials: None,
            pop3: None,
            timeout: Duration::from_secs(10),
            insecure: false,
            anchors: self.anchors(),
        }
    }
}

async fn run(cfg: &ProbeConfig) -> ProbeReport {
    tokio::time::timeout(Duration::from_secs(60), probe(cfg, &SystemNetwork, None))
        .await
        .expect("probe ends")
}

fn outcome(r: &ProbeReport, kind: StepKind, phase: Phase) -> &Outcome {
    &r.step(kind, phase)
        .unwrap_or_else(|| panic!("no {kind:?}/{phase:?} step in {:#?}", r.steps))
        .outcome
}

fn reply_code(o: &Outcome) -> u16 {
    o.reply()
        .map(|r| r.code.get())
        .unwrap_or_else(|| panic!("no reply: {o:?}"))
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn relay_by_network_only_refuses_outside_recipients() {
    let lab = Lab::get();
    let r = run(&lab.config(lab.port("RELAY"), TlsMode::Auto)).await;
    assert!(!r.sending_works);
    assert_eq!(
        reply_code(outcome(&r, StepKind::MailFrom, Phase::Unauthenticated)),
        250
    );
    assert_eq!(
        reply_code(outcome(
            &r,
            StepKind::RcptSameDomain,
            Phase::Unauthenticated
        )),
        250
    );
    let o = outcome(&r, StepKind::RcptOutside, Phase::Unauthenticated);
    assert_eq!(reply_code(o), 554);
    assert!(
        o.reply()
            .expect("reply")
            .raw()
            .contains("Relay access denied")
    );
    assert_eq!(
        reply_code(outcome(&r, StepKind::Rset, Phase::Unauthenticated)),
        250
    );
    let f = diagnose(&r, None, &UserPath::probed(&r));
    assert_eq!(f[0].cause, Cause::RelayDenied);
    assert_eq!(f[0].fixes[0], Fix::EnableSmtpAuth, "log in first");
    assert_eq!(f[0].evidence.step, StepKind::RcptOutside);
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn submission_with_starttls_and_login_works() {
    let lab = Lab::get();
    let mut cfg = lab.config(lab.port("SUBMISSION"), TlsMode::StartTls);
    cfg.credentials = Some(lab.alice());
    let events = Arc::new(Mutex::new(Vec::new()));
    let seen = events.clone();
    let sink: Sink = Arc::new(move |e: &ProbeEvent| seen.lock().expect("lock").push(e.clone()));
    let r = probe(&cfg, &SystemNetwork, Some(&sink)).await;
    assert!(r.sending_works, "{:#?}", r.steps);
    let tls = r.tls.as_ref().expect("TLS info");
    assert_eq!(tls.problem, None);
    assert!(
        tls.chain[0]
            .names
            .iter()
            .any(|n| n == "localhost" || n == "127.0.0.1"),
        "{tls:?}"
    );
    assert!(tls.version.as_deref().is_some_and(|v| v.starts_with("TLS")));
    // Without login the lab refuses even the own address (reject_unauthenticated_sender_login_mismatch).
    assert!(!r.unauthenticated.expect("unauthenticated round").works());
    assert_eq!(
        reply_code(outcome(&r, StepKind::Auth, Phase::Authenticated)),
        235
    );
    assert_eq!(
        reply_code(outcome(&r, StepKind::RcptOutside, Phase::Authenticated)),
        250
    );
    // Nothing blocks or warns; the refusal without login is the server protecting itself.
    let f = diagnose(&r, Some("alice@lab.test"), &UserPath::probed(&r));
    assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:#?}");
    // Progress arrived as events, every step started and finished.
    let events = events.lock().expect("lock");
    let finished = events
        .iter()
        .filter(|e| matches!(e, ProbeEvent::Finished { .. }))
        .count();
    assert_eq!(finished, r.steps.len());
    // The password never appears, neither in the report nor in the transcript.
    let json = serde_json::to_string(&r).expect("serialises");
    assert!(!json.contains("alice-secret"));
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD.encode("\0alice@lab.test\0alice-secret");
    assert!(!json.contains(&b64));
    assert!(json.contains("AUTH PLAIN ***"));
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn wrong_password_is_auth_failed() {
    let lab = Lab::get();
    let mut cfg = lab.config(lab.port("SUBMISSION"), TlsMode::StartTls);
    cfg.credentials = Some(Credentials {
        secret: Secret::new("wrong"),
        ..lab.alice()
    });
    let r = run(&cfg).await;
    assert!(!r.sending_works);
    assert_eq!(
        reply_code(outcome(&r, StepKind::Auth, Phase::Authenticated)),
        535
    );
    let f = diagnose(&r, Some("alice@lab.test"), &UserPath::probed(&r));
    assert_eq!(f[0].cause, Cause::AuthFailed);
    assert_eq!(f[0].fixes[0], Fix::CheckCredentials);
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn sender_not_owned_by_the_login() {
    let lab = Lab::get();
    let mut cfg = lab.config(lab.port("SUBMISSION"), TlsMode::StartTls);
    cfg.credentials = Some(lab.alice());
    cfg.from = lab.var("BOB_USER");
    let r = run(&cfg).await;
    assert!(!r.sending_works);
    let o = outcome(&r, StepKind::RcptOutside, Phase::Authenticated);
    assert_eq!(reply_code(o), 553);
    let f = diagnose(&r, Some("alice@lab.test"), &UserPath::probed(&r));
    assert_eq!(f[0].cause, Cause::SenderRejectedNotOwned);
    assert_eq!(
        f[0].fixes[0],
        Fix::UseOwnAddressAsSender {
            domain: Some("lab.test".into())
        }
    );
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn tls_mandatory_server_without_tls_is_tls_required() {
    let lab = Lab::get();
    let r = run(&lab.config(lab.port("TLS_REQUIRED"), TlsMode::None)).await;
    let o = outcome(&r, StepKind::MailFrom, Phase::Unauthenticated);
    assert_eq!(reply_code(o), 530);
    let f = diagnose(&r, None, &UserPath::probed(&r));
    assert_eq!(f[0].cause, Cause::TlsRequired);
    assert!(matches!(
        f[0].fixes[0],
        Fix::SwitchEncryption {
            security: Security::StartTls,
            ..
        }
    ));
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn login_is_not_offered_before_tls() {
    let lab = Lab::get();
    let mut cfg = lab.config(lab.port("SUBMISSION"), TlsMode::None);
    cfg.credentials = Some(lab.alice());
    let r = run(&cfg).await;
    assert_eq!(
        outcome(&r, StepKind::Auth, Phase::Authenticated),
        &Outcome::NotOffered
    );
    let f = diagnose(&r, Some("alice@lab.test"), &UserPath::probed(&r));
    assert_eq!(f[0].cause, Cause::TlsRequired, "{f:#?}");
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn size_limit_is_reported() {
    let lab = Lab::get();
    let r = run(&lab.config(lab.port("SIZE"), TlsMode::Auto)).await;
    assert_eq!(
        r.max_message_size,
        Some(lab.var("SIZE_LIMIT").parse().expect("number"))
    );
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn implicit_tls_with_login_works() {
    let lab = Lab::get();
    let mut cfg = lab.config(lab.port("SMTPS"), TlsMode::Implicit);
    cfg.credentials = Some(lab.alice());
    let r = run(&cfg).await;
    assert!(r.sending_works, "{:#?}", r.steps);
    assert!(matches!(
        outcome(&r, StepKind::TlsHandshake, Phase::Connection),
        Outcome::TlsEstablished { .. }
    ));
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn implicit_tls_against_a_starttls_port_is_not_tls() {
    let lab = Lab::get();
    let r = run(&lab.config(lab.port("SUBMISSION"), TlsMode::Implicit)).await;
    let Outcome::TlsFailed { failure, .. } = outcome(&r, StepKind::TlsHandshake, Phase::Connection)
    else {
        panic!("{:#?}", r.steps)
    };
    assert_eq!(failure, &TlsFailure::NotTls);
    let f = diagnose(&r, None, &UserPath::probed(&r));
    assert_eq!(f[0].cause, Cause::TlsFailed);
    assert!(matches!(
        f[0].fixes[0],
        Fix::SwitchEncryption {
            security: Security::StartTls,
            ..
        }
    ));
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn certificate_problems_are_typed_and_insecure_continues() {
    let lab = Lab::get();
    let cases = [
        ("TLS_EXPIRED", CertProblem::Expired),
        (
            "TLS_WRONG_NAME",
            CertProblem::NameMismatch {
                expected: "127.0.0.1".into(),
            },
        ),
    ];
    for (port, want) in cases {
        let cfg = lab.config(lab.port(port), TlsMode::Implicit);
        let r = run(&cfg).await;
        let Outcome::TlsFailed {
            failure: TlsFailure::Certificate { problem },
            info,
        } = outcome(&r, StepKind::TlsHandshake, Phase::Connection)
        else {
            panic!("{port}: {:#?}", r.steps)
        };
        assert_eq!(problem, &want, "{port}");
        assert!(
            info.as_ref().is_some_and(|i| !i.chain.is_empty()),
            "the chain is reported"
        );
        // A certificate problem is explained as one, never as "encryption failed".
        let f = diagnose(&r, None, &UserPath::probed(&r));
        assert_eq!(f[0].cause, Cause::CertificateUntrusted);
        assert_eq!(f[0].severity, Severity::Blocking);
        // --insecure: the session goes on, the problem is still on record.
        let mut cfg = cfg;
        cfg.insecure = true;
        cfg.credentials = Some(lab.alice());
        let r = run(&cfg).await;
        assert!(r.sending_works, "{port} insecure: {:#?}", r.steps);
        assert_eq!(r.tls.as_ref().and_then(|t| t.problem.clone()), Some(want));
        // Sending worked only because the certificate was looked past: unless the user
        // accepted it (as --insecure says), the mail program refuses it.
        let f = diagnose(&r, Some("alice@lab.test"), &UserPath::probed(&r));
        assert_eq!(f[0].cause, Cause::CertificateUntrusted);
        assert_eq!(f[0].severity, Severity::Blocking);
        let accepted = UserPath {
            certificate_accepted: true,
            ..UserPath::probed(&r)
        };
        let f = diagnose(&r, Some("alice@lab.test"), &accepted);
        assert_eq!(f[0].cause, Cause::CertificateUntrusted);
        assert_eq!(f[0].severity, Severity::Warning);
    }
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn unknown_issuer_without_the_lab_ca() {
    let lab = Lab::get();
    let mut cfg = lab.config(lab.port("SMTPS"), TlsMode::Implicit);
    cfg.anchors = TrustAnchors::system_with(vec![]);
    let r = run(&cfg).await;
    assert!(matches!(
        outcome(&r, StepKind::TlsHandshake, Phase::Connection),
        Outcome::TlsFailed {
            failure: TlsFailure::Certificate {
                problem: CertProblem::UnknownIssuer
            },
            ..
        }
    ));
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn closed_port_is_refused() {
    let lab = Lab::get();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    drop(listener);
    let r = run(&lab.config(port, TlsMode::Auto)).await;
    assert!(matches!(
        outcome(&r, StepKind::Connect, Phase::Connection),
        Outcome::Refused { .. }
    ));
    let f = diagnose(&r, None, &UserPath::probed(&r));
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].cause, Cause::ConnectionFailed);
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn pop_login_is_recorded() {
    let lab = Lab::get();
    let mut cfg = lab.config(lab.port("RELAY"), TlsMode::Auto);
    cfg.credentials = Some(lab.alice());
    cfg.pop3 = Some(Pop3Config {
        host: lab.var("HOST"),
        port: lab.port("POP3"),
        security: Security::StartTls,
    });
    let r = run(&cfg).await;
    let step = r
        .step(StepKind::PopLogin, Phase::AfterPop)
        .expect("POP3 step");
    assert!(
        matches!(step.outcome, Outcome::PopLoggedIn { .. }),
        "{:?}",
        step.outcome
    );
    assert!(step.transcript.iter().any(|l| l.text == "PASS ***"));
    assert!(
        !serde_json::to_string(&r)
            .expect("json")
            .contains("alice-secret")
    );
    // The lab does not implement POP-before-SMTP: relaying stays closed afterwards.
    assert_eq!(r.after_pop.map(|a| a.works()), Some(false));
    cfg.credentials = Some(Credentials {
        secret: Secret::new("wrong"),
        ..lab.alice()
    });
    let r = run(&cfg).await;
    let step = r
        .step(StepKind::PopLogin, Phase::AfterPop)
        .expect("POP3 step");
    assert!(
        matches!(step.outcome, Outcome::PopRefused { .. }),
        "{:?}",
        step.outcome
    );
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn sweep_shows_what_works_from_here() {
    let lab = Lab::get();
    let mut cfg = lab.config(0, TlsMode::Auto);
    cfg.credentials = Some(lab.alice());
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let targets = [
        (lab.port("SUBMISSION"), TlsMode::StartTls),
        (lab.port("SMTPS"), TlsMode::Implicit),
        (lab.port("RELAY"), TlsMode::Auto),
        (closed, TlsMode::Auto),
    ];
    let rows = sweep(&cfg, &targets, Arc::new(SystemNetwork), None).await;
    let works: Vec<(u16, bool)> = rows.iter().map(|r| (r.port, r.sending_works)).collect();
    assert_eq!(
        works,
        vec![
            (targets[0].0, true),
            (targets[1].0, true),
            (targets[2].0, false),
            (closed, false)
        ]
    );
}

/// A resolver that knows no names: DNS failure as a step outcome.
struct NoDns;

impl Network for NoDns {
    fn resolve<'a>(
        &'a self,
        host: &'a str,
        _port: u16,
    ) -> BoxFuture<'a, Result<Vec<std::net::SocketAddr>, String>> {
        Box::pin(async move { Err(format!("{host}: Name or service not known")) })
    }
    fn connect(&self, addr: std::net::SocketAddr) -> BoxFuture<'_, std::io::Result<Connection>> {
        SystemNetwork.connect(addr)
    }
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn unknown_host_is_a_dns_outcome() {
    let lab = Lab::get();
    let mut cfg = lab.config(587, TlsMode::Auto);
    cfg.host = "smtp.no-such-host.invalid".into();
    let r = probe(&cfg, &NoDns, None).await;
    assert_eq!(r.steps.len(), 1);
    assert!(matches!(
        outcome(&r, StepKind::Resolve, Phase::Connection),
        Outcome::DnsFailed { .. }
    ));
    let f = diagnose(&r, None, &UserPath::probed(&r));
    assert_eq!(f[0].cause, Cause::ConnectionFailed);
    assert_eq!(
        f[0].fixes[0],
        Fix::CheckServerName {
            host: Some("smtp.no-such-host.invalid".into())
        }
    );
}

/// Messages in alice's Maildir (new/ and cur/: a POP3 login moves new mail to cur/).
fn maildir_files(lab: &Lab) -> Vec<std::path::PathBuf> {
    ["new", "cur"]
        .iter()
        .flat_map(|d| {
            std::fs::read_dir(format!("{}/{d}", lab.var("MAILDIR_ALICE")))
                .into_iter()
                .flatten()
                .flatten()
        })
        .map(|e| e.path())
        .collect()
}

fn maildir_count(lab: &Lab) -> usize {
    maildir_files(lab).len()
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn nothing_is_sent_unless_asked_and_the_test_message_arrives_when_asked() {
    use smtp_doctor::probe::{TestMessage, send_test_message};
    let lab = Lab::get();
    let mut cfg = lab.config(lab.port("SUBMISSION"), TlsMode::StartTls);
    cfg.credentials = Some(lab.alice());
    let before = maildir_count(&lab);
    let r = run(&cfg).await;
    assert!(r.sending_works);
    assert!(
        r.steps
            .iter()
            .all(|s| s.transcript.iter().all(|l| !l.text.starts_with("DATA")))
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        maildir_count(&lab),
        before,
        "a check must not deliver anything"
    );

    let subject = format!("smtp-doctor lab test {}", std::process::id());
    let msg = TestMessage {
        subject: subject.clone(),
        body: "hello".into(),
    };
    let step = send_test_message(&cfg, &msg).await;
    assert_eq!(step.kind, StepKind::TestMessage);
    assert!(step.outcome.is_success(), "{:?}", step.outcome);
    // Delivery into alice's Maildir is asynchronous; wait a little for it.
    let mut found = false;
    for _ in 0..50 {
        found = maildir_files(&lab)
            .iter()
            .any(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains(&subject)));
        if found {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(found, "the test message did not arrive in alice's Maildir");
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn refused_test_message_is_a_rejected_step() {
    use smtp_doctor::probe::{TestMessage, send_test_message};
    let lab = Lab::get();
    let mut cfg = lab.config(lab.port("SUBMISSION"), TlsMode::StartTls);
    cfg.credentials = Some(Credentials {
        secret: Secret::new("wrong"),
        ..lab.alice()
    });
    let step = send_test_message(
        &cfg,
        &TestMessage {
            subject: "x".into(),
            body: "y".into(),
        },
    )
    .await;
    assert!(!step.outcome.is_success(), "{:?}", step.outcome);
    assert!(
        !serde_json::to_string(&step)
            .expect("json")
            .contains("wrong\"")
    );
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn reach_stops_after_ehlo_over_tls_and_sends_no_envelope() {
    let lab = Lab::get();
    let mut cfg = lab.config(lab.port("SUBMISSION"), TlsMode::StartTls);
    cfg.credentials = Some(lab.alice());
    let (r, ready) = smtp_doctor::probe::reach(&cfg, &SystemNetwork, None).await;
    assert!(ready, "{:#?}", r.steps);
    assert!(r.encrypted);
    let kinds: Vec<StepKind> = r.steps.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        vec![
            StepKind::Resolve,
            StepKind::Connect,
            StepKind::Greeting,
            StepKind::Ehlo,
            StepKind::StartTls,
            StepKind::TlsHandshake,
            StepKind::Ehlo,
            StepKind::Quit
        ],
        "no MAIL FROM, no RCPT, no login even with credentials at hand"
    );
    assert!(!r.sending_works);
    // Not reachable with the encryption asked for: STARTTLS on the implicit-TLS port.
    let mut cfg = lab.config(lab.port("SMTPS"), TlsMode::StartTls);
    // The server waits for a TLS hello, the client for a greeting: only the timeout ends it.
    cfg.timeout = Duration::from_secs(1);
    let (r, ready) = smtp_doctor::probe::reach(&cfg, &SystemNetwork, None).await;
    assert!(!ready, "{:#?}", r.steps);
    assert!(
        matches!(
            r.steps.last().map(|s| (&s.kind, &s.outcome)),
            Some((StepKind::Greeting, Outcome::Timeout))
        ),
        "{:#?}",
        r.steps
    );
}
