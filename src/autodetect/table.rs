//! The built-in provider table (`assets/providers.toml`), compiled in.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::smtp::Security;

/// How the provider wants the user name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UsernameForm {
    /// The full e-mail address.
    Email,
    /// The part before the @.
    Localpart,
}

/// One submission endpoint.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submission {
    /// Host name.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Encryption.
    pub security: Security,
}

/// Known policies the diagnosis can use.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Policy {
    /// Only the account's own (or verified) addresses may be the sender.
    pub from_must_match_login: bool,
    /// With 2-step verification, mail programs need an app password.
    pub app_password_with_2fa: bool,
    /// Password logins are switched off (OAuth2 needed).
    pub basic_auth_disabled: bool,
    /// POP-before-SMTP is still used.
    pub pop_before_smtp: bool,
    /// POP3/IMAP/SMTP access must be switched on in the web mail first.
    pub enable_in_webmail: bool,
}

/// Where the facts come from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SourceRef {
    /// The provider's help page.
    pub url: String,
    /// Host, port and encryption were seen on that page.
    pub verified: bool,
    /// Remarks.
    pub note: Option<String>,
}

/// A mail provider.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provider {
    /// Stable id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Address domains it serves.
    pub domains: Vec<String>,
    /// MX host suffixes that identify custom domains hosted there.
    #[serde(default)]
    pub mx_suffixes: Vec<String>,
    /// User name form.
    pub username: UsernameForm,
    /// Submission endpoints, recommended first.
    pub submission: Vec<Submission>,
    /// Policies.
    #[serde(default)]
    pub policy: Policy,
    /// Source of the facts.
    #[serde(default)]
    pub source: SourceRef,
}

#[derive(Deserialize)]
struct Table {
    provider: Vec<Provider>,
}

static PROVIDERS: LazyLock<Vec<Provider>> = LazyLock::new(|| {
    // The file is part of the binary and checked by the tests; a parse error is a build defect.
    toml::from_str::<Table>(include_str!("../../assets/providers.toml"))
        .expect("assets/providers.toml is valid")
        .provider
});

/// Every provider of the table.
pub fn providers() -> &'static [Provider] {
    &PROVIDERS
}

/// The provider that serves addresses at `domain`.
pub fn by_domain(domain: &str) -> Option<&'static Provider> {
    let d = domain.trim_end_matches('.').to_ascii_lowercase();
    providers()
        .iter()
        .find(|p| p.domains.iter().any(|x| x.eq_ignore_ascii_case(&d)))
}

/// The provider whose mail exchangers end in one of its MX suffixes.
pub fn by_mx(mx_host: &str) -> Option<&'static Provider> {
    let h = mx_host.trim_end_matches('.').to_ascii_lowercase();
    providers().iter().find(|p| {
        p.mx_suffixes.iter().any(|s| {
            let s = s.trim_start_matches('.').to_ascii_lowercase();
            h == s || h.ends_with(&format!(".{s}"))
        })
    })
}
