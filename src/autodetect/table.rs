//! The built-in provider table (`assets/providers.toml`), compiled in.
//!
//! Why a table at all when autoconfig and the ISPDB exist: it works offline, answers at once
//! (the app fills the server in while the user types), and carries what autoconfig files do
//! not: sending policies (a separate password for mail programs, access that must be switched
//! on in the web mail, OAuth2 only) that decide which fix comes first. Each row names the file
//! and commit its facts were read from (`source.url`); the integration tests check the table
//! against a compact copy of the reference facts.

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
    /// Mail programs need their own e-mail password (set in the web mail); the password of
    /// the provider's website is not accepted (Telekom).
    pub separate_mail_password: bool,
}

/// One policy, as a stable id; its words live in `i18n/<lang>/autodetect.ftl` under
/// [`PolicyId::message_id`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PolicyId {
    /// [`Policy::enable_in_webmail`].
    EnableInWebmail,
    /// [`Policy::separate_mail_password`].
    SeparateMailPassword,
    /// [`Policy::from_must_match_login`].
    FromMustMatchLogin,
    /// [`Policy::app_password_with_2fa`].
    AppPasswordWith2fa,
    /// [`Policy::basic_auth_disabled`].
    BasicAuthDisabled,
    /// [`Policy::pop_before_smtp`].
    PopBeforeSmtp,
}

impl PolicyId {
    /// Every id, in the order a face lists them.
    pub const ALL: [PolicyId; 6] = [
        PolicyId::EnableInWebmail,
        PolicyId::SeparateMailPassword,
        PolicyId::FromMustMatchLogin,
        PolicyId::AppPasswordWith2fa,
        PolicyId::BasicAuthDisabled,
        PolicyId::PopBeforeSmtp,
    ];

    /// The Fluent message (argument `$name`: the provider's name).
    pub fn message_id(self) -> &'static str {
        match self {
            PolicyId::EnableInWebmail => "autodetect-policy-enable-in-webmail",
            PolicyId::SeparateMailPassword => "autodetect-policy-separate-mail-password",
            PolicyId::FromMustMatchLogin => "autodetect-policy-from-must-match",
            PolicyId::AppPasswordWith2fa => "autodetect-policy-app-password",
            PolicyId::BasicAuthDisabled => "autodetect-policy-oauth2",
            PolicyId::PopBeforeSmtp => "autodetect-policy-pop-before-smtp",
        }
    }
}

impl Policy {
    /// Whether one policy applies.
    pub fn has(&self, id: PolicyId) -> bool {
        match id {
            PolicyId::EnableInWebmail => self.enable_in_webmail,
            PolicyId::SeparateMailPassword => self.separate_mail_password,
            PolicyId::FromMustMatchLogin => self.from_must_match_login,
            PolicyId::AppPasswordWith2fa => self.app_password_with_2fa,
            PolicyId::BasicAuthDisabled => self.basic_auth_disabled,
            PolicyId::PopBeforeSmtp => self.pop_before_smtp,
        }
    }

    /// The policies that apply, in [`PolicyId::ALL`] order.
    pub fn ids(&self) -> Vec<PolicyId> {
        PolicyId::ALL
            .into_iter()
            .filter(|&id| self.has(id))
            .collect()
    }
}

/// Where the facts come from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SourceRef {
    /// The source the facts were read from: an ISPDB or Delta Chat file at a commit, or the
    /// provider's own help page.
    pub url: String,
    /// Host, port, encryption and user-name form were read in that source (false: the source
    /// is withdrawn or unmerged; the note says why).
    pub verified: bool,
    /// The provider's own settings page, as the sources name it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Remarks: which fact comes from where, what is unconfirmed.
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

/// The provider whose mail exchangers end in one of its MX suffixes; the longest matching
/// suffix wins (`mail.gm0.yahoodns.net` is AOL although `yahoodns.net` is Yahoo's).
pub fn by_mx(mx_host: &str) -> Option<&'static Provider> {
    let h = mx_host.trim_end_matches('.').to_ascii_lowercase();
    providers()
        .iter()
        .flat_map(|p| p.mx_suffixes.iter().map(move |s| (p, s)))
        .filter(|(_, s)| {
            let s = s.trim_start_matches('.').to_ascii_lowercase();
            h == s || h.ends_with(&format!(".{s}"))
        })
        .max_by_key(|(_, s)| s.len())
        .map(|(p, _)| p)
}
