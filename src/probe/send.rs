//! The optional test message, only when the user asks for it: built and sent with lettre to
//! the user's own address, so the one message smtp-doctor ever sends lands in their inbox.

use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::{
    Credentials as LettreCredentials, Mechanism as LettreMechanism,
};
use lettre::transport::smtp::client::{Certificate, CertificateStore, Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::reply::parse_reply;
use super::steps::{Outcome, Phase, Step, StepKind};
use super::{ProbeConfig, TlsMode};

/// Subject and text of the test message, in the user's language (made by the caller: the
/// probe produces no text of its own).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestMessage {
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
}

/// Sends `msg` from and to `cfg.from` through the configured server. The result is a step
/// ([`StepKind::TestMessage`]) like every other.
pub async fn send_test_message(cfg: &ProbeConfig, msg: &TestMessage) -> Step {
    let started = std::time::Instant::now();
    // lettre bounds only the TCP connect; the whole exchange gets a deadline here.
    let deadline = cfg.timeout.saturating_mul(6);
    let outcome = match tokio::time::timeout(deadline, send(cfg, msg)).await {
        Err(_) => Outcome::Timeout,
        Ok(Ok(reply)) => Outcome::Accepted { reply },
        Ok(Err(o)) => o,
    };
    Step {
        kind: StepKind::TestMessage,
        phase: if cfg.credentials.is_some() {
            Phase::Authenticated
        } else {
            Phase::Unauthenticated
        },
        target: Some(cfg.from.clone()),
        outcome,
        started_ms: 0,
        duration_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        transcript: vec![],
    }
}

fn io_error(e: impl std::fmt::Display) -> Outcome {
    Outcome::IoError {
        detail: e.to_string(),
    }
}

async fn send(cfg: &ProbeConfig, msg: &TestMessage) -> Result<super::Reply, Outcome> {
    let email = Message::builder()
        .from(cfg.from.parse().map_err(io_error)?)
        .to(cfg.from.parse().map_err(io_error)?)
        .subject(msg.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(msg.body.clone())
        .map_err(io_error)?;

    let mut params = TlsParameters::builder(cfg.host.clone())
        .certificate_store(if cfg.anchors.mozilla_fallback {
            CertificateStore::WebpkiRoots
        } else {
            CertificateStore::None
        })
        .dangerous_accept_invalid_certs(cfg.insecure);
    for der in cfg.anchors.ders.iter() {
        if let Ok(c) = Certificate::from_der(der.to_vec()) {
            params = params.add_root_certificate(c);
        }
    }
    let params = params.build_rustls().map_err(io_error)?;
    let tls = match cfg.tls.resolve(cfg.port) {
        TlsMode::Implicit => Tls::Wrapper(params),
        TlsMode::StartTls => Tls::Required(params),
        // With a login, never fall back to plain text (a stripped STARTTLS would expose it).
        TlsMode::Auto if cfg.credentials.is_some() => Tls::Required(params),
        TlsMode::Auto => Tls::Opportunistic(params),
        TlsMode::None => Tls::None,
    };
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(cfg.host.clone())
        .port(cfg.port)
        .tls(tls)
        .timeout(Some(cfg.timeout));
    if let Some(helo) = &cfg.helo {
        builder = builder.hello_name(ClientId::Domain(helo.clone()));
    }
    if let Some(c) = &cfg.credentials {
        builder = builder.credentials(LettreCredentials::new(
            c.user.clone(),
            c.secret.expose().to_owned(),
        ));
        if c.oauth2 {
            builder = builder.authentication(vec![LettreMechanism::Xoauth2]);
        }
    }
    let transport = builder.build();
    match transport.send(email).await {
        Ok(resp) => {
            let raw = format!(
                "{} {}",
                resp.code(),
                resp.message().collect::<Vec<_>>().join(" ")
            );
            parse_reply(&raw).map_err(|_| io_error(raw))
        }
        Err(e) => {
            // lettre reports a refusal as text with its code; keep the code when it has one.
            let text = e.to_string();
            match e.status() {
                Some(code) => {
                    // "permanent error (550): 5.7.1 <x@y>: Relay access denied"
                    let msg = text.split_once("): ").map_or(text.as_str(), |(_, m)| m);
                    Err(parse_reply(&format!("{code} {msg}"))
                        .map_or_else(|_| io_error(&text), |reply| Outcome::Rejected { reply }))
                }
                None => Err(io_error(text)),
            }
        }
    }
}
