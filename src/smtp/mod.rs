//! SMTP vocabulary shared by the offline explainer and the live probe.
//!
//! Reply codes (RFC 5321 §4.2) and enhanced status codes (RFC 3463) are typed here once so
//! that a code pulled out of a pasted Outlook dialog and a code read off the wire by the probe
//! are the same value, and diagnosis rules can match on them instead of on strings.

pub mod address;
mod codes;

pub use codes::{EnhancedCode, ReplyClass, ReplyCode, StatusSubject};

use serde::{Deserialize, Serialize};

/// How the connection to the outgoing server is secured. This is the setting users see as
/// "Connection security" (Thunderbird) or "encrypted connection type" (Outlook).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Security {
    /// Plain text, no encryption.
    None,
    /// Plain connect, then upgrade with STARTTLS (port 587, sometimes 25).
    #[serde(rename = "starttls")]
    StartTls,
    /// TLS from the first byte ("SSL/TLS", port 465).
    ImplicitTls,
}

impl Security {
    /// Stable id used in JSON and as a Fluent selector.
    pub fn id(self) -> &'static str {
        match self {
            Security::None => "none",
            Security::StartTls => "starttls",
            Security::ImplicitTls => "implicit_tls",
        }
    }
}
