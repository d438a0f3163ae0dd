//! The offline explainer: a pasted error text in, a structured diagnosis out.
//!
//! Data flow: `parse` (facts: codes, port, TLS, addresses, the server's own words) →
//! `classify` (phrases + codes → one [`Cause`] with evidence) → [`fixes_for`] (ordered,
//! typed fixes). No text for humans is produced here; `crate::i18n` renders an
//! [`Explanation`] in German or English.

mod classify;
pub mod hresult;
mod normalize;
mod parse;
mod rules;

pub use classify::{Confidence, Evidence};
pub use parse::{Facts, SourceKind, parse};

use crate::findings::{Cause, Fix, FixContext, fixes_for};
use crate::smtp::Security;

/// The result of explaining one pasted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// The cause, from the public list of ids.
    pub cause: Cause,
    /// How sure the classifier is.
    pub confidence: Confidence,
    /// What the text said, field by field.
    pub facts: Facts,
    /// What pointed to the cause.
    pub evidence: Vec<Evidence>,
    /// What to change, most promising first.
    pub fixes: Vec<Fix>,
}

/// Explains a pasted error text. Never fails: a text with nothing recognisable yields
/// [`Cause::Unknown`].
pub fn explain(text: &str) -> Explanation {
    // A byte-order mark from a Windows clipboard or file is no part of the message.
    let text = text.trim_start_matches('\u{feff}');
    let facts = parse(text);
    let mut verdict = classify::classify(text, &facts);
    // A bounce reports trouble between two mail servers: the user's own connection settings
    // are not the problem, so don't send them to change them.
    let between_servers = matches!(facts.source, SourceKind::Bounce | SourceKind::LogLine);
    let mismatch = port_encryption_mismatch(&facts).filter(|_| !between_servers);
    // Nothing else recognised, but port and encryption cannot work together: that is the
    // likeliest reason.
    if verdict.cause == Cause::Unknown && mismatch.is_some() {
        verdict.cause = Cause::TlsFailed;
        verdict.confidence = Confidence::Low;
    }
    let ctx = FixContext {
        port: facts.port,
        tls: facts.tls,
        server: facts.server.clone(),
        rejected_address: facts.rejected_address.clone(),
        ip: facts.ip.clone(),
        sender: None,
        login: facts.login.clone(),
        basic_auth_disabled: verdict.basic_auth_disabled,
    };
    let mut fixes = fixes_for(verdict.cause, &ctx);
    if between_servers
        && matches!(
            verdict.cause,
            Cause::ConnectionFailed | Cause::ConnectionTimeout
        )
    {
        fixes = vec![
            Fix::CheckRecipientAddress {
                address: facts.rejected_address.clone(),
            },
            Fix::WaitAndRetry { minutes: 60 },
            Fix::ContactProvider,
        ];
    }
    if let Some(fix) = mismatch {
        fixes.retain(|f| *f != fix && *f != Fix::MatchEncryptionToPort);
        if session_trouble(verdict.cause) || facts.reply_code.is_none() {
            fixes.insert(0, fix);
        } else {
            fixes.push(fix);
        }
    }
    Explanation {
        cause: verdict.cause,
        confidence: verdict.confidence,
        fixes,
        facts,
        evidence: verdict.evidence,
    }
}

/// The encryption fix when a dialog's "Port" and "Secure (SSL)" contradict each other. Port
/// 465 speaks TLS from the first byte, so "Secure (SSL): No" there cannot work; Outlook's
/// "SSL" means TLS from the first byte as well (older Outlook had only that checkbox), which
/// ports 587 and 25 do not speak: they start in plain text and switch with STARTTLS (the same
/// holds for a library's `ssl://host:587`).
fn port_encryption_mismatch(facts: &Facts) -> Option<Fix> {
    match (facts.port?, facts.tls?) {
        (465, false) => Some(Fix::SwitchEncryption {
            port: 465,
            security: Security::ImplicitTls,
        }),
        (587 | 25, true) => Some(Fix::SwitchEncryption {
            port: 587,
            security: Security::StartTls,
        }),
        _ => None,
    }
}

/// Causes where a wrong port/encryption pair is a likely culprit: the session itself failed.
/// When the server refused a recipient or the content, the session worked.
fn session_trouble(cause: Cause) -> bool {
    matches!(
        cause,
        Cause::ConnectionFailed
            | Cause::ConnectionTimeout
            | Cause::TlsFailed
            | Cause::TlsRequired
            | Cause::ServerBusyOrUnavailable
            | Cause::BlockedDynamicIpOrPort25
            | Cause::AuthRequired
            | Cause::AuthFailed
            | Cause::AuthMechanismUnsupported
            | Cause::Unknown
    )
}
