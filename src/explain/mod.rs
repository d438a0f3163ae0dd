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

use crate::diagnosis::{Cause, Fix, FixContext, fixes_for};

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
    let verdict = classify::classify(text, &facts);
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
    // A bounce reports trouble between two mail servers: the user's own connection settings
    // are not the problem, so don't send them to change them.
    let between_servers = matches!(facts.source, SourceKind::Bounce | SourceKind::LogLine);
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
    Explanation {
        cause: verdict.cause,
        confidence: verdict.confidence,
        fixes,
        facts,
        evidence: verdict.evidence,
    }
}
