//! The live check: from the user's own network, find out exactly where sending fails —
//! without sending anything.
//!
//! A small line-based SMTP client on tokio + tokio-rustls (lettre's client hides the greeting,
//! joins failures into text, can hang on a silent server and exposes no TLS details). Every
//! action becomes a [`Step`] with a typed [`Outcome`], its timing and its (redacted)
//! transcript; progress is pushed to a caller-supplied [`Sink`] (the CLI prints it, the GUI
//! forwards it to the UI thread). The session never reaches DATA: MAIL FROM and RCPT TO test
//! sender and relay permission, then RSET drops the transaction.

mod auth;
mod command;
mod conn;
mod net;
mod pop3;
mod reply;
mod run;
mod send;
mod steps;
mod tls;

pub use auth::{Credentials, Mechanism, Secret};
pub use command::{Command, valid_path};
pub use net::{BoxFuture, Connection, Io, Network, SystemNetwork};
pub use pop3::Pop3Config;
pub use reply::{Malformed, Reply, parse_reply};
pub use run::{probe, reach, sweep};
pub use send::{TestMessage, send_test_message};
pub use steps::{Outcome, Phase, Step, StepKind, TranscriptLine};
pub use tls::{CertInfo, CertProblem, TlsFailure, TlsInfo, TrustAnchors};

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use crate::smtp::Security;

/// Which encryption to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TlsMode {
    /// STARTTLS when offered, plain otherwise (implicit TLS on port 465).
    Auto,
    /// Never encrypt.
    None,
    /// STARTTLS, and fail if it is not offered.
    StartTls,
    /// TLS from the first byte.
    Implicit,
}

impl TlsMode {
    /// The mode a mail program setting corresponds to.
    pub fn from_security(s: Security) -> TlsMode {
        match s {
            Security::None => TlsMode::None,
            Security::StartTls => TlsMode::StartTls,
            Security::ImplicitTls => TlsMode::Implicit,
        }
    }

    /// `Auto` resolved for a port: 465 means implicit TLS.
    pub fn resolve(self, port: u16) -> TlsMode {
        match (self, port) {
            (TlsMode::Auto, 465) => TlsMode::Implicit,
            (m, _) => m,
        }
    }
}

/// What to check.
#[derive(Clone, Debug)]
pub struct ProbeConfig {
    /// Outgoing server.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Encryption.
    pub tls: TlsMode,
    /// The name sent with EHLO; `None` uses the local address literal, as mail programs do.
    pub helo: Option<String>,
    /// The user's sender address (MAIL FROM).
    pub from: String,
    /// A recipient in the sender's own domain.
    pub same_domain_rcpt: String,
    /// A recipient in another domain: the relay test.
    pub outside_rcpt: String,
    /// Further recipients the user named (beyond the two above), each asked for with RCPT TO
    /// in every round; at most eight.
    pub more_rcpts: Vec<String>,
    /// Login data, when the account has any.
    pub credentials: Option<Credentials>,
    /// POP-before-SMTP server, when the provider uses it.
    pub pop3: Option<Pop3Config>,
    /// Per-step timeout.
    pub timeout: Duration,
    /// Continue past a refused certificate (still reported).
    pub insecure: bool,
    /// Trust anchors for certificate verification.
    pub anchors: TrustAnchors,
}

/// The recipient used for the relay test when the user names none. `example.com` is
/// reserved for documentation (RFC 2606); only RCPT TO is sent, so nothing is delivered.
pub const DEFAULT_OUTSIDE_RCPT: &str = "smtp-doctor-relay-test@example.com";

/// The recipient for the relay test when the user names none, for sender `from`.
///
/// A domain that exists and receives mail: many submission servers check the recipient's
/// domain (Postfix `reject_unknown_recipient_domain`), and the reserved example domains have
/// a null MX, so they would be refused for the wrong reason. Only `RCPT TO` is sent to the
/// user's own server; nothing reaches the domain.
pub fn default_outside_rcpt(from: &str) -> String {
    let domain = crate::smtp::address::domain_or_empty(from).to_ascii_lowercase();
    let other = if matches!(domain.as_str(), "gmail.com" | "googlemail.com") {
        "outlook.com"
    } else {
        "gmail.com"
    };
    format!("smtp-doctor-relay-test@{other}")
}

/// Result of one MAIL/RCPT/RCPT round.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RelayResult {
    /// MAIL FROM accepted.
    pub sender_accepted: Option<bool>,
    /// RCPT TO the own domain accepted.
    pub same_domain_accepted: Option<bool>,
    /// RCPT TO another domain accepted: relay allowed.
    pub outside_accepted: Option<bool>,
}

impl RelayResult {
    /// Sender and outside recipient accepted.
    pub fn works(&self) -> bool {
        self.sender_accepted == Some(true) && self.outside_accepted == Some(true)
    }
}

/// Everything a probe found.
#[derive(Clone, Debug, Serialize)]
pub struct ProbeReport {
    /// Server name.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Encryption actually used.
    pub tls_mode: TlsMode,
    /// Every step, in order.
    pub steps: Vec<Step>,
    /// EHLO capabilities (after TLS, when upgraded).
    pub capabilities: Vec<String>,
    /// Whether the session was actually encrypted (STARTTLS or implicit TLS succeeded).
    pub encrypted: bool,
    /// The largest message the server accepts (EHLO `SIZE`), in bytes.
    pub max_message_size: Option<u64>,
    /// TLS details, when TLS was set up or tried.
    pub tls: Option<TlsInfo>,
    /// Relay test without login.
    pub unauthenticated: Option<RelayResult>,
    /// Relay test after AUTH.
    pub authenticated: Option<RelayResult>,
    /// Relay test after a POP3 login.
    pub after_pop: Option<RelayResult>,
    /// Whether a message from this account to another domain would be accepted.
    pub sending_works: bool,
    /// Total time.
    pub total_ms: u64,
}

impl ProbeReport {
    /// The login methods the server offers (its `AUTH` capability), in capitals.
    pub fn auth_mechanisms(&self) -> Vec<String> {
        self.capabilities
            .iter()
            // Bytes, not string slices: a hostile capability line may put a multi-byte
            // character anywhere.
            .filter(|c| {
                let b = c.as_bytes();
                b.len() > 5 && b[..4].eq_ignore_ascii_case(b"AUTH") && matches!(b[4], b' ' | b'=')
            })
            .flat_map(|c| {
                c.get(5..)
                    .unwrap_or("")
                    .split_whitespace()
                    .map(str::to_uppercase)
            })
            .collect()
    }

    /// The first step of `kind` in `phase`.
    pub fn step(&self, kind: StepKind, phase: Phase) -> Option<&Step> {
        self.steps
            .iter()
            .find(|s| s.kind == kind && s.phase == phase)
    }

    /// The last step, which is where a session that broke off stopped.
    pub fn last_step(&self) -> Option<&Step> {
        self.steps.last()
    }
}

/// Progress pushed to the caller.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum ProbeEvent {
    /// A step begins.
    Started {
        port: u16,
        kind: StepKind,
        phase: Phase,
        target: Option<String>,
    },
    /// A step ended.
    Finished { port: u16, step: Step },
}

/// Where progress goes. Called from the probe's task; must not block.
pub type Sink = Arc<dyn Fn(&ProbeEvent) + Send + Sync>;
