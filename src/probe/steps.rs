//! What a probe records: one [`Step`] per action, each with a typed [`Outcome`].
//!
//! Failures seen on the network are data, not `Err`: a refused connection, a 554, a bad
//! certificate are all outcomes the diagnosis reads.

use std::net::{IpAddr, SocketAddr};

use serde::Serialize;

use super::reply::{Malformed, Reply};
use super::tls::{TlsFailure, TlsInfo};

/// The kind of action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// DNS lookup of the server name.
    Resolve,
    /// TCP connection to one address.
    Connect,
    /// TLS handshake (implicit TLS, or after STARTTLS).
    TlsHandshake,
    /// The server's greeting.
    Greeting,
    /// EHLO (capabilities).
    Ehlo,
    /// HELO, when EHLO was refused.
    Helo,
    /// The STARTTLS command.
    #[serde(rename = "starttls")]
    StartTls,
    /// AUTH (login).
    Auth,
    /// MAIL FROM with the user's address.
    MailFrom,
    /// RCPT TO an address of the sender's own domain.
    RcptSameDomain,
    /// RCPT TO an address of another domain: the relay test.
    RcptOutside,
    /// RSET: the transaction is dropped, nothing is sent.
    Rset,
    /// QUIT.
    Quit,
    /// POP3 login for POP-before-SMTP.
    PopLogin,
    /// The test message (DATA), only on explicit request.
    TestMessage,
}

impl StepKind {
    /// Every kind, in session order.
    pub const ALL: [StepKind; 15] = [
        StepKind::Resolve,
        StepKind::Connect,
        StepKind::TlsHandshake,
        StepKind::Greeting,
        StepKind::Ehlo,
        StepKind::Helo,
        StepKind::StartTls,
        StepKind::Auth,
        StepKind::MailFrom,
        StepKind::RcptSameDomain,
        StepKind::RcptOutside,
        StepKind::Rset,
        StepKind::Quit,
        StepKind::PopLogin,
        StepKind::TestMessage,
    ];

    /// The stable id (as serialised; Fluent `step-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            StepKind::Resolve => "resolve",
            StepKind::Connect => "connect",
            StepKind::TlsHandshake => "tls_handshake",
            StepKind::Greeting => "greeting",
            StepKind::Ehlo => "ehlo",
            StepKind::Helo => "helo",
            StepKind::StartTls => "starttls",
            StepKind::Auth => "auth",
            StepKind::MailFrom => "mail_from",
            StepKind::RcptSameDomain => "rcpt_same_domain",
            StepKind::RcptOutside => "rcpt_outside",
            StepKind::Rset => "rset",
            StepKind::Quit => "quit",
            StepKind::PopLogin => "pop_login",
            StepKind::TestMessage => "test_message",
        }
    }
}

/// Which part of the session a step belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Resolve, connect, greeting, EHLO, TLS.
    Connection,
    /// Relay test without login.
    Unauthenticated,
    /// Login and relay test with it.
    Authenticated,
    /// Relay test after a POP3 login.
    AfterPop,
}

/// What happened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Outcome {
    /// DNS answered.
    Resolved { addresses: Vec<IpAddr> },
    /// DNS failed (name unknown, no network, …).
    DnsFailed { detail: String },
    /// TCP connected.
    Connected { address: SocketAddr },
    /// Actively refused (RST): nothing listens there, or a firewall rejects.
    Refused { address: SocketAddr },
    /// No answer within the timeout: typically a firewall that drops (a filtered port).
    Filtered { address: SocketAddr },
    /// No route (network down, unreachable host).
    Unreachable { address: SocketAddr, detail: String },
    /// The server replied 2yz/3yz.
    Accepted { reply: Reply },
    /// The server replied 4yz/5yz.
    Rejected { reply: Reply },
    /// TLS is up.
    TlsEstablished { info: TlsInfo },
    /// TLS failed; `info` holds what was learned (certificate chain) before it failed.
    TlsFailed {
        failure: TlsFailure,
        info: Option<TlsInfo>,
    },
    /// The server did not advertise this capability (STARTTLS, AUTH, a mechanism).
    NotOffered,
    /// The client had nothing to try (e.g. no common AUTH mechanism).
    NoCommonMechanism { offered: Vec<String> },
    /// No complete reply within the step's timeout. The connection is dropped.
    Timeout,
    /// The server closed the connection.
    Closed,
    /// The server sent something that is not a valid reply. The connection is dropped.
    Malformed { kind: Malformed, sample: String },
    /// Local I/O error.
    IoError { detail: String },
    /// Login not attempted: the connection is not encrypted and the password would travel in
    /// clear text (the user did not choose "no encryption").
    PlaintextRefused,
    /// POP3 login succeeded.
    PopLoggedIn { line: String },
    /// The POP3 server answered `-ERR`.
    PopRefused { line: String },
}

impl Outcome {
    /// Whether the step succeeded.
    pub fn is_success(&self) -> bool {
        matches!(
            self,
            Outcome::Resolved { .. }
                | Outcome::Connected { .. }
                | Outcome::Accepted { .. }
                | Outcome::TlsEstablished { .. }
                | Outcome::PopLoggedIn { .. }
        )
    }

    /// The server's reply, when there was one.
    pub fn reply(&self) -> Option<&Reply> {
        match self {
            Outcome::Accepted { reply } | Outcome::Rejected { reply } => Some(reply),
            _ => None,
        }
    }
}

/// One line of the conversation. Client lines are already redacted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TranscriptLine {
    /// `true` for what the client sent.
    pub client: bool,
    /// The line, without CRLF.
    pub text: String,
}

/// One recorded step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Step {
    /// What was done.
    pub kind: StepKind,
    /// Part of the session.
    pub phase: Phase,
    /// The address, mechanism or name the step was about, when any.
    pub target: Option<String>,
    /// What happened.
    pub outcome: Outcome,
    /// Milliseconds since the probe started, at the start of the step.
    pub started_ms: u64,
    /// How long the step took.
    pub duration_ms: u64,
    /// The lines exchanged during the step (secrets redacted).
    pub transcript: Vec<TranscriptLine>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_ids_match_serde() {
        for k in StepKind::ALL {
            assert_eq!(
                serde_json::to_value(k).expect("serialises"),
                serde_json::Value::String(k.id().to_owned())
            );
        }
    }
}
