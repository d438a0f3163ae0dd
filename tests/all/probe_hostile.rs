//! Servers that misbehave in ways a real Postfix won't: silence, dripping, floods, garbage,
//! resets, fake TLS, STARTTLS injection. A scripted in-process server on 127.0.0.1 plays each
//! part; every case must end within its timeout with a typed outcome and no panic.

use std::time::Duration;

use smtp_doctor::diagnosis::Cause;
use smtp_doctor::diagnosis::UserPath;
use smtp_doctor::diagnosis::probe::diagnose;
use smtp_doctor::probe::{
    Malformed, Outcome, Phase, ProbeConfig, ProbeReport, StepKind, SystemNetwork, TlsFailure,
    TlsMode, TrustAnchors, probe,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const STEP_TIMEOUT: Duration = Duration::from_millis(800);

/// Starts a one-connection server running `script`, probes it (no login), returns the report.
async fn against<F, Fut>(tls: TlsMode, script: F) -> ProbeReport
where
    F: FnOnce(TcpStream) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    against_with(tls, false, script).await
}

fn last(r: &ProbeReport) -> (&StepKind, &Outcome) {
    let s = r.last_step().expect("steps");
    (&s.kind, &s.outcome)
}

/// Reads whatever the client sends, forever (keeps the socket open).
async fn sink(mut s: TcpStream) {
    let mut buf = [0u8; 1024];
    while let Ok(n) = s.read(&mut buf).await {
        if n == 0 {
            break;
        }
    }
}

#[tokio::test]
async fn server_that_never_greets() {
    let r = against(TlsMode::Auto, sink).await;
    assert_eq!(last(&r), (&StepKind::Greeting, &Outcome::Timeout));
    assert_eq!(
        diagnose(&r, None, &UserPath::probed(&r))[0].cause,
        Cause::ConnectionTimeout
    );
}

#[tokio::test]
async fn server_that_drips_one_byte_at_a_time() {
    let r = against(TlsMode::Auto, |mut s| async move {
        for b in b"220 slow server ready\r\n".iter().cycle() {
            if s.write_all(&[*b]).await.is_err() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    })
    .await;
    // The whole reply has one deadline, not each byte.
    assert_eq!(last(&r), (&StepKind::Greeting, &Outcome::Timeout));
}

#[tokio::test]
async fn one_mebibyte_line() {
    let r = against(TlsMode::Auto, |mut s| async move {
        let _ = s.write_all(&vec![b'2'; 1 << 20]).await;
        sink(s).await;
    })
    .await;
    assert!(
        matches!(
            last(&r),
            (
                StepKind::Greeting,
                Outcome::Malformed {
                    kind: Malformed::TooLarge,
                    ..
                }
            )
        ),
        "{:?}",
        last(&r)
    );
    assert_eq!(
        diagnose(&r, None, &UserPath::probed(&r))[0].cause,
        Cause::ConnectionFailed
    );
}

#[tokio::test]
async fn endless_multiline_reply() {
    let r = against(TlsMode::Auto, |mut s| async move {
        loop {
            if s.write_all(b"220-still talking\r\n").await.is_err() {
                break;
            }
        }
    })
    .await;
    assert!(
        matches!(
            last(&r),
            (
                StepKind::Greeting,
                Outcome::Malformed {
                    kind: Malformed::TooManyLines,
                    ..
                }
            )
        ),
        "{:?}",
        last(&r)
    );
}

#[tokio::test]
async fn binary_garbage() {
    let r = against(TlsMode::Auto, |mut s| async move {
        let _ = s
            .write_all(&[0x16, 0x03, 0x01, 0x00, 0xff, 0xfe, b'\n'])
            .await;
        sink(s).await;
    })
    .await;
    assert!(
        matches!(
            last(&r),
            (
                StepKind::Greeting,
                Outcome::Malformed {
                    kind: Malformed::NotSmtp,
                    ..
                }
            )
        ),
        "{:?}",
        last(&r)
    );
}

#[tokio::test]
async fn reset_in_the_middle_of_a_reply() {
    let r = against(TlsMode::Auto, |mut s| async move {
        let _ = s.write_all(b"220 hello\r\n").await;
        let mut buf = [0u8; 256];
        let _ = s.read(&mut buf).await; // EHLO
        let _ = s.write_all(b"250-mail.example\r\n250-PIPE").await;
        drop(s);
    })
    .await;
    assert_eq!(last(&r), (&StepKind::Ehlo, &Outcome::Closed));
    assert_eq!(
        diagnose(&r, None, &UserPath::probed(&r))[0].cause,
        Cause::ConnectionFailed
    );
}

#[tokio::test]
async fn greeting_refusal_is_explained() {
    let r = against(TlsMode::Auto, |mut s| async move {
        let _ = s.write_all(b"554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org\r\n").await;
    })
    .await;
    assert_eq!(
        r.steps
            .iter()
            .filter(|s| s.kind == StepKind::Greeting)
            .count(),
        1
    );
    assert_eq!(
        diagnose(&r, None, &UserPath::probed(&r))[0].cause,
        Cause::BlockedIpBlacklist
    );
}

#[tokio::test]
async fn tls_port_that_speaks_garbage() {
    let r = against(TlsMode::Implicit, |mut s| async move {
        let mut buf = [0u8; 512];
        let _ = s.read(&mut buf).await; // ClientHello
        let _ = s.write_all(b"this is not TLS at all\r\n").await;
        sink(s).await;
    })
    .await;
    assert!(
        matches!(
            last(&r),
            (
                StepKind::TlsHandshake,
                Outcome::TlsFailed {
                    failure: TlsFailure::NotTls,
                    ..
                }
            )
        ),
        "{:?}",
        last(&r)
    );
}

#[tokio::test]
async fn tls_port_that_says_nothing() {
    let r = against(TlsMode::Implicit, sink).await;
    assert!(
        matches!(
            last(&r),
            (StepKind::TlsHandshake, Outcome::TlsFailed { .. })
        ),
        "{:?}",
        last(&r)
    );
}

#[tokio::test]
async fn starttls_injection_is_refused() {
    let r = against(TlsMode::StartTls, |mut s| async move {
        let _ = s.write_all(b"220 hello\r\n").await;
        let mut buf = [0u8; 256];
        let _ = s.read(&mut buf).await;
        let _ = s.write_all(b"250-mail.example\r\n250 STARTTLS\r\n").await;
        let _ = s.read(&mut buf).await;
        // The answer to STARTTLS plus a smuggled reply in the same packet.
        let _ = s.write_all(b"220 go ahead\r\n250 injected\r\n").await;
        sink(s).await;
    })
    .await;
    let Outcome::TlsFailed {
        failure: TlsFailure::Handshake { detail },
        ..
    } = last(&r).1
    else {
        panic!("{:?}", last(&r))
    };
    assert!(detail.contains("before the TLS handshake"));
}

#[tokio::test]
async fn starttls_required_but_not_offered() {
    let r = against(TlsMode::StartTls, |mut s| async move {
        let _ = s.write_all(b"220 hello\r\n").await;
        let mut buf = [0u8; 256];
        let _ = s.read(&mut buf).await;
        let _ = s.write_all(b"250 mail.example\r\n").await;
        sink(s).await;
    })
    .await;
    assert_eq!(last(&r), (&StepKind::StartTls, &Outcome::NotOffered));
    assert_eq!(
        diagnose(&r, None, &UserPath::probed(&r))[0].cause,
        Cause::TlsFailed
    );
}

#[tokio::test]
async fn ehlo_refused_falls_back_to_helo() {
    let r = against(TlsMode::Auto, |mut s| async move {
        let _ = s.write_all(b"220 old server\r\n").await;
        let mut buf = [0u8; 256];
        let _ = s.read(&mut buf).await;
        let _ = s.write_all(b"502 5.5.2 EHLO not implemented\r\n").await;
        let _ = s.read(&mut buf).await;
        let _ = s.write_all(b"250 old.example\r\n").await;
        // MAIL, RCPT, RCPT, RSET, QUIT one at a time (no PIPELINING offered).
        for reply in [
            &b"250 ok\r\n"[..],
            b"250 ok\r\n",
            b"550 5.7.1 relaying denied\r\n",
            b"250 ok\r\n",
            b"221 bye\r\n",
        ] {
            let _ = s.read(&mut buf).await;
            let _ = s.write_all(reply).await;
        }
    })
    .await;
    assert!(matches!(
        r.step(StepKind::Helo, Phase::Connection)
            .map(|s| &s.outcome),
        Some(Outcome::Accepted { .. })
    ));
    assert_eq!(
        diagnose(&r, None, &UserPath::probed(&r))[0].cause,
        Cause::RelayDenied
    );
}

/// A server that offers AUTH PLAIN and answers it with `auth_reply`.
async fn auth_answered_with(auth_reply: &'static str) -> ProbeReport {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let port = listener.local_addr().expect("addr").port();
    let server = tokio::spawn(async move {
        let Ok((mut s, _)) = listener.accept().await else {
            return;
        };
        let mut buf = [0u8; 1024];
        let _ = s.write_all(b"220 hello\r\n").await;
        let _ = s.read(&mut buf).await; // EHLO
        let _ = s
            .write_all(b"250-mail.example\r\n250 AUTH PLAIN LOGIN\r\n")
            .await;
        // Round without login: MAIL, RCPT, RCPT, RSET (no PIPELINING).
        for reply in [
            &b"250 ok\r\n"[..],
            b"250 ok\r\n",
            b"554 5.7.1 Relay access denied\r\n",
            b"250 ok\r\n",
        ] {
            let _ = s.read(&mut buf).await;
            let _ = s.write_all(reply).await;
        }
        let _ = s.read(&mut buf).await; // AUTH PLAIN …
        let _ = s.write_all(auth_reply.as_bytes()).await;
        let _ = s.read(&mut buf).await; // QUIT
        let _ = s.write_all(b"221 bye\r\n").await;
    });
    let mut cfg = ProbeConfig {
        host: "127.0.0.1".into(),
        port,
        tls: TlsMode::None,
        helo: Some("probe.test".into()),
        from: "alice@example.com".into(),
        same_domain_rcpt: "bob@example.com".into(),
        outside_rcpt: "x@outside.example".into(),
        more_rcpts: vec![],
        credentials: None,
        pop3: None,
        timeout: STEP_TIMEOUT,
        insecure: false,
        anchors: TrustAnchors::system_with(vec![]),
    };
    cfg.credentials = Some(smtp_doctor::probe::Credentials {
        user: "alice@example.com".into(),
        secret: smtp_doctor::probe::Secret::new("pw"),
        oauth2: false,
    });
    let r = tokio::time::timeout(Duration::from_secs(15), probe(&cfg, &SystemNetwork, None))
        .await
        .expect("ends");
    server.abort();
    r
}

#[tokio::test]
async fn auth_refusals_are_told_apart() {
    // (server reply to AUTH, cause, id of the first fix)
    let cases = [
        (
            "535 5.7.8 Error: authentication failed: authentication failure\r\n",
            Cause::AuthFailed,
            "check_credentials",
        ),
        (
            "534-5.7.9 Application-specific password required.\r\n534 5.7.9 Learn more at https://support.google.com/mail/?p=InvalidSecondFactor\r\n",
            Cause::AppPasswordRequired,
            "create_app_password",
        ),
        (
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.\r\n",
            Cause::AuthMechanismUnsupported,
            "use_oauth2",
        ),
        (
            "530 5.7.0 Must issue a STARTTLS command first\r\n",
            Cause::TlsRequired,
            "switch_encryption",
        ),
        (
            "504 5.7.4 Unrecognized authentication type\r\n",
            Cause::AuthMechanismUnsupported,
            "use_submission_port",
        ),
    ];
    for (reply, cause, first_fix) in cases {
        let r = auth_answered_with(reply).await;
        let auth = r
            .step(StepKind::Auth, Phase::Authenticated)
            .expect("AUTH step");
        assert!(
            matches!(auth.outcome, Outcome::Rejected { .. }),
            "{reply}: {:?}",
            auth.outcome
        );
        assert!(
            auth.transcript
                .iter()
                .any(|l| l.client && l.text == "AUTH PLAIN ***")
        );
        let f = diagnose(&r, Some("alice@example.com"), &UserPath::probed(&r));
        assert_eq!(f[0].cause, cause, "{reply}");
        assert_eq!(f[0].fixes[0].id(), first_fix, "{reply}");
    }
}

/// A scripted server: greeting, then `ehlo` as the EHLO reply, then each of `replies` in
/// turn, one per client write.
async fn scripted(
    tls: TlsMode,
    ehlo: &'static [u8],
    replies: &'static [&'static [u8]],
    creds: bool,
) -> ProbeReport {
    against_with(tls, creds, move |mut s| async move {
        let mut buf = [0u8; 2048];
        let _ = s.write_all(b"220 hello\r\n").await;
        let _ = s.read(&mut buf).await;
        let _ = s.write_all(ehlo).await;
        for reply in replies {
            if matches!(s.read(&mut buf).await, Ok(0) | Err(_)) {
                return;
            }
            let _ = s.write_all(reply).await;
        }
    })
    .await
}

async fn against_with<F, Fut>(tls: TlsMode, creds: bool, script: F) -> ProbeReport
where
    F: FnOnce(TcpStream) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let port = listener.local_addr().expect("addr").port();
    let server = tokio::spawn(async move {
        if let Ok((s, _)) = listener.accept().await {
            script(s).await;
        }
    });
    let cfg = ProbeConfig {
        host: "127.0.0.1".into(),
        port,
        tls,
        helo: Some("probe.test".into()),
        from: "alice@example.com".into(),
        same_domain_rcpt: "bob@example.com".into(),
        outside_rcpt: "x@outside.example".into(),
        more_rcpts: vec![],
        credentials: creds.then(|| smtp_doctor::probe::Credentials {
            user: "alice@example.com".into(),
            secret: smtp_doctor::probe::Secret::new("pw-should-not-leak"),
            oauth2: false,
        }),
        pop3: None,
        timeout: STEP_TIMEOUT,
        insecure: false,
        anchors: TrustAnchors::system_with(vec![]),
    };
    let r = tokio::time::timeout(Duration::from_secs(15), probe(&cfg, &SystemNetwork, None))
        .await
        .expect("ends");
    server.abort();
    r
}

#[tokio::test]
async fn multibyte_capability_line_does_not_panic() {
    let r = scripted(
        TlsMode::None,
        "250-mail.example\r\n250-AB€C\r\n250 AUTH€PLAIN\r\n".as_bytes(),
        &[b"250 ok\r\n"],
        true,
    )
    .await;
    assert!(r.steps.iter().any(|s| s.kind == StepKind::Ehlo));
}

#[tokio::test]
async fn stripped_starttls_never_sends_the_password_in_clear_text() {
    // Auto mode, and the "server" (or a man in the middle) offers AUTH but no STARTTLS.
    let r = scripted(
        TlsMode::Auto,
        b"250-mail.example\r\n250 AUTH PLAIN LOGIN\r\n",
        &[
            b"250 ok\r\n",
            b"250 ok\r\n",
            b"554 5.7.1 Relay access denied\r\n",
            b"250 ok\r\n",
            b"221 bye\r\n",
        ],
        true,
    )
    .await;
    assert_eq!(
        r.step(StepKind::Auth, Phase::Authenticated)
            .map(|s| &s.outcome),
        Some(&Outcome::PlaintextRefused)
    );
    let sent_auth = r
        .steps
        .iter()
        .flat_map(|s| &s.transcript)
        .any(|l| l.client && l.text.starts_with("AUTH"));
    assert!(!sent_auth, "no AUTH command went out");
    let f = diagnose(&r, None, &UserPath::probed(&r));
    assert!(f.iter().any(|f| f.cause == Cause::TlsFailed), "{f:#?}");
}

#[tokio::test]
async fn unfinished_sasl_exchange_is_cancelled_and_counts_as_refused() {
    let r = scripted(
        TlsMode::None,
        b"250-mail.example\r\n250 AUTH PLAIN\r\n",
        // The round without login (no PIPELINING: MAIL, RCPT, RCPT, RSET), then AUTH → 334
        // instead of 235, then the answer to the cancelling "*".
        &[
            b"250 ok\r\n",
            b"250 ok\r\n",
            b"554 5.7.1 Relay access denied\r\n",
            b"250 ok\r\n",
            b"334 \r\n",
            b"501 5.7.0 cancelled\r\n",
            b"221 bye\r\n",
        ],
        true,
    )
    .await;
    let auth = r
        .step(StepKind::Auth, Phase::Authenticated)
        .expect("auth step");
    assert!(
        matches!(auth.outcome, Outcome::Rejected { .. }),
        "{:?}",
        auth.outcome
    );
    assert!(
        auth.transcript.iter().any(|l| l.client && l.text == "***"),
        "the cancel is redacted like any SASL line"
    );
}

#[tokio::test]
async fn refusal_then_hang_up_is_the_refusal_not_a_network_problem() {
    let r = scripted(
        TlsMode::None,
        b"250 mail.example\r\n",
        &[b"421 4.7.0 Too many connections from your IP, closing\r\n"],
        false,
    )
    .await;
    let f = diagnose(&r, None, &UserPath::probed(&r));
    assert!(!f.is_empty());
    assert_eq!(f[0].cause, Cause::ServerBusyOrUnavailable, "{f:#?}");
    assert!(
        !f.iter().any(|f| f.cause == Cause::ConnectionFailed),
        "{f:#?}"
    );
}
