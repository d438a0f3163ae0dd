//! POP3 login for POP-before-SMTP: some providers open their outgoing server to an address
//! for a few minutes after a successful mailbox login from it.

use std::time::Duration;

use serde::Serialize;

use super::auth::Credentials;
use super::conn::{Conn, ReadFailure};
use super::net::Network;
use super::steps::{Outcome, TranscriptLine};
use super::tls::TrustAnchors;
use crate::smtp::Security;

/// Where to log in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Pop3Config {
    /// POP3 host.
    pub host: String,
    /// Port (110 with STLS, 995 with implicit TLS).
    pub port: u16,
    /// Encryption.
    pub security: Security,
}

/// Logs in and out again. Returns the outcome and the (redacted) transcript.
pub async fn login(
    net: &dyn Network,
    cfg: &Pop3Config,
    creds: &Credentials,
    anchors: &TrustAnchors,
    insecure: bool,
    timeout: Duration,
) -> (Outcome, Vec<TranscriptLine>) {
    let mut transcript = vec![];
    let outcome = match run(net, cfg, creds, anchors, insecure, timeout, &mut transcript).await {
        Ok(o) => o,
        Err(o) => *o,
    };
    (outcome, transcript)
}

async fn run(
    net: &dyn Network,
    cfg: &Pop3Config,
    creds: &Credentials,
    anchors: &TrustAnchors,
    insecure: bool,
    timeout: Duration,
    transcript: &mut Vec<TranscriptLine>,
) -> Result<Outcome, Box<Outcome>> {
    if creds.user.chars().any(char::is_control) {
        return Err(Box::new(Outcome::IoError {
            detail: "user name contains control characters".into(),
        }));
    }
    let addrs = match tokio::time::timeout(timeout, net.resolve(&cfg.host, cfg.port)).await {
        Ok(Ok(a)) => a,
        Ok(Err(detail)) => return Err(Box::new(Outcome::DnsFailed { detail })),
        Err(_) => {
            return Err(Box::new(Outcome::DnsFailed {
                detail: "timeout".into(),
            }));
        }
    };
    let Some(&addr) = addrs.first() else {
        return Err(Box::new(Outcome::DnsFailed {
            detail: "no addresses".into(),
        }));
    };
    let io = match tokio::time::timeout(timeout, net.connect(addr)).await {
        Err(_) => return Err(Box::new(Outcome::Filtered { address: addr })),
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
            return Err(Box::new(Outcome::Refused { address: addr }));
        }
        Ok(Err(e)) => {
            return Err(Box::new(Outcome::Unreachable {
                address: addr,
                detail: e.to_string(),
            }));
        }
        Ok(Ok((io, _))) => io,
    };
    let mut conn = Conn::new(io, timeout);
    if cfg.security == Security::ImplicitTls {
        conn = upgrade(conn, cfg, anchors, insecure).await?;
    }
    let mut ok =
        |c: &mut Conn, line: Result<String, ReadFailure>| -> Result<String, Box<Outcome>> {
            transcript.append(&mut c.take_transcript());
            let line = line.map_err(|e| Box::new(e.into_outcome()))?;
            if line.starts_with("+OK") {
                Ok(line)
            } else {
                Err(Box::new(Outcome::PopRefused { line }))
            }
        };
    let r = conn.read_text_line().await;
    ok(&mut conn, r)?;
    if cfg.security == Security::StartTls {
        let r = send(&mut conn, "STLS", "STLS").await;
        ok(&mut conn, r)?;
        conn = upgrade(conn, cfg, anchors, insecure).await?;
    }
    let r = send(
        &mut conn,
        &format!("USER {}", creds.user),
        &format!("USER {}", creds.user),
    )
    .await;
    ok(&mut conn, r)?;
    let r = send(
        &mut conn,
        &format!("PASS {}", creds.secret.expose()),
        "PASS ***",
    )
    .await;
    let line = ok(&mut conn, r)?;
    let _ = send(&mut conn, "QUIT", "QUIT").await;
    transcript.append(&mut conn.take_transcript());
    Ok(Outcome::PopLoggedIn { line })
}

async fn send(conn: &mut Conn, line: &str, shown: &str) -> Result<String, ReadFailure> {
    conn.send_line(line, shown).await?;
    conn.read_text_line().await
}

async fn upgrade(
    conn: Conn,
    cfg: &Pop3Config,
    anchors: &TrustAnchors,
    insecure: bool,
) -> Result<Conn, Box<Outcome>> {
    conn.upgrade(&cfg.host, anchors, insecure)
        .await
        .map(|(c, _)| c)
        .map_err(|(failure, info)| Box::new(Outcome::TlsFailed { failure, info }))
}
