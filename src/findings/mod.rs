//! The vocabulary every diagnosis speaks: what went wrong ([`Cause`]), what to change
//! ([`Fix`]), and whose labels a fix uses ([`MailClient`]).
//!
//! All data, never text. A cause id is part of the public contract (JSON output, tests, the
//! corpus labels) and stays stable; wording lives only in `i18n/`. Fixes carry typed
//! arguments (a port, an address, a host) so the app can apply them to account settings and
//! re-check. A leaf module: the explainer and the diagnosis both stand on it and on nothing
//! of each other's.

mod cause;
mod fix;

pub use cause::Cause;
pub use fix::{Fix, FixContext, fixes_for};

use serde::{Deserialize, Serialize};

/// The mail program whose labels a fix should use. Detected from a pasted dialog when
/// possible, otherwise [`MailClient::Other`], whose texts name the setting for the common
/// programs at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MailClient {
    /// Classic Outlook for Windows (and Outlook Express / Windows Live Mail, same dialogs).
    Outlook,
    /// Mozilla Thunderbird.
    Thunderbird,
    /// Apple Mail on macOS.
    AppleMail,
    /// The Windows 10/11 "Mail" app.
    WindowsMail,
    /// Unknown or any other program.
    #[default]
    Other,
}

impl MailClient {
    /// Every variant, for tests and option parsing.
    pub const ALL: [MailClient; 5] = [
        MailClient::Outlook,
        MailClient::Thunderbird,
        MailClient::AppleMail,
        MailClient::WindowsMail,
        MailClient::Other,
    ];

    /// Stable id; also the Fluent selector value.
    pub fn id(self) -> &'static str {
        match self {
            MailClient::Outlook => "outlook",
            MailClient::Thunderbird => "thunderbird",
            MailClient::AppleMail => "apple-mail",
            MailClient::WindowsMail => "windows-mail",
            MailClient::Other => "other",
        }
    }

    /// Parses an id as written by [`MailClient::id`].
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.id() == id)
    }
}
