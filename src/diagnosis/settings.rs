//! Account settings as the mail program holds them, and how a fix changes them.
//!
//! `apply(fix, &settings)` turns a typed fix into new settings, so the app can try a fix and
//! re-check without the user typing anything. Fixes that need information only the user has
//! (the office's server name, a new password) are not applicable automatically.

use serde::{Deserialize, Serialize};

use super::Fix;
use crate::smtp::Security;

/// The outgoing-mail settings of one account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSettings {
    /// Outgoing server.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Encryption.
    pub security: Security,
    /// "Outgoing server requires authentication".
    pub auth: bool,
    /// User name for the login (often the address).
    pub username: Option<String>,
    /// The sender address.
    pub from: String,
    /// The reply address, when different.
    pub reply_to: Option<String>,
    /// POP3 server to log in to before sending (POP-before-SMTP), when used.
    pub pop_before_smtp: Option<String>,
}

/// One concrete change to the settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "setting", content = "value", rename_all = "snake_case")]
pub enum SettingsChange {
    /// Outgoing server name.
    Host(String),
    /// Port.
    Port(u16),
    /// Encryption.
    Security(Security),
    /// Login on/off.
    Auth(bool),
    /// User name for the login.
    Username(String),
    /// Sender address.
    From(String),
    /// Reply address (none: same as sender).
    ReplyTo(Option<String>),
    /// POP-before-SMTP server.
    PopBeforeSmtp(String),
}

impl AccountSettings {
    /// Applies changes.
    pub fn with(&self, changes: &[SettingsChange]) -> AccountSettings {
        let mut s = self.clone();
        for c in changes {
            match c {
                SettingsChange::Host(h) => s.host = h.clone(),
                SettingsChange::Port(p) => s.port = *p,
                SettingsChange::Security(x) => s.security = *x,
                SettingsChange::Auth(a) => s.auth = *a,
                SettingsChange::Username(u) => s.username = Some(u.clone()),
                SettingsChange::From(f) => s.from = f.clone(),
                SettingsChange::ReplyTo(r) => s.reply_to = r.clone(),
                SettingsChange::PopBeforeSmtp(h) => s.pop_before_smtp = Some(h.clone()),
            }
        }
        s
    }
}

/// The settings changes a fix stands for, given the current settings. `None` when the fix
/// is advice the app cannot carry out by itself.
pub fn settings_change(fix: &Fix, s: &AccountSettings) -> Option<Vec<SettingsChange>> {
    use SettingsChange as C;
    let changes = match fix {
        Fix::EnableSmtpAuth => vec![C::Auth(true)],
        Fix::UseHostFromCertificate { host } => vec![C::Host(host.clone())],
        Fix::UseProviderSettings {
            host,
            port,
            security,
            username,
            ..
        } => vec![
            C::Host(host.clone()),
            C::Port(*port),
            C::Security(*security),
            C::Auth(true),
            C::Username(username.clone()),
        ],
        Fix::UseSubmissionPort { port, security } | Fix::SwitchEncryption { port, security } => {
            vec![C::Port(*port), C::Security(*security)]
        }
        Fix::UseAuthenticatedSubmission { port, security } => {
            vec![C::Port(*port), C::Security(*security), C::Auth(true)]
        }
        Fix::UseProviderSubmission => {
            vec![C::Port(587), C::Security(Security::StartTls), C::Auth(true)]
        }
        Fix::MatchEncryptionToPort => match (s.port, s.security) {
            (465, Security::ImplicitTls) | (587, Security::StartTls) => return None,
            (465, _) => vec![C::Security(Security::ImplicitTls)],
            (_, Security::ImplicitTls) => vec![C::Port(465)],
            _ => vec![C::Port(587), C::Security(Security::StartTls)],
        },
        Fix::PopBeforeSmtp => {
            // The usual POP3 host of the provider: "pop." + the server's domain.
            let domain = s
                .host
                .split_once('.')
                .map(|(_, d)| d)
                .filter(|d| d.contains('.'))?;
            vec![C::PopBeforeSmtp(format!("pop.{domain}"))]
        }
        Fix::UseOwnAddressAsSender { .. } => {
            // The login, when it is an address, is an address the server accepts as sender.
            let login = s.username.as_deref().filter(|u| u.contains('@'))?;
            if login.eq_ignore_ascii_case(&s.from) {
                return None;
            }
            let reply_ok = s.reply_to.as_deref().is_none_or(|r| same_domain(r, login));
            let mut v = vec![C::From(login.to_owned())];
            if !reply_ok {
                v.push(C::ReplyTo(None));
            }
            v
        }
        _ => return None,
    };
    Some(changes)
}

use crate::smtp::address::same_domain;

/// The settings after applying `fix`, or `None` when the fix is not a settings change.
pub fn apply(fix: &Fix, s: &AccountSettings) -> Option<AccountSettings> {
    settings_change(fix, s).map(|c| s.with(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn home() -> AccountSettings {
        AccountSettings {
            host: "smtp.example.net".into(),
            port: 25,
            security: Security::None,
            auth: false,
            username: Some("max@example.net".into()),
            from: "max@example.net".into(),
            reply_to: Some("max@other.example".into()),
            pop_before_smtp: None,
        }
    }

    #[test]
    fn authenticated_submission_changes_port_security_and_login() {
        let s = apply(
            &Fix::UseAuthenticatedSubmission {
                port: 587,
                security: Security::StartTls,
            },
            &home(),
        )
        .expect("applicable");
        assert_eq!(
            (s.port, s.security, s.auth),
            (587, Security::StartTls, true)
        );
        assert_eq!(s.host, "smtp.example.net");
    }

    #[test]
    fn sender_fix_uses_the_login_and_drops_a_foreign_reply_address() {
        let mut h = home();
        h.from = "max@other.example".into();
        let s = apply(&Fix::UseOwnAddressAsSender { domain: None }, &h).expect("applicable");
        assert_eq!(s.from, "max@example.net");
        assert_eq!(s.reply_to, None);
    }

    #[test]
    fn advice_is_not_a_settings_change() {
        assert_eq!(apply(&Fix::UseNetworkSmtpServer, &home()), None);
        assert_eq!(apply(&Fix::CheckCredentials, &home()), None);
        assert_eq!(apply(&Fix::WaitAndRetry { minutes: 5 }, &home()), None);
    }

    #[test]
    fn port_and_encryption_are_matched() {
        let mut h = home();
        h.port = 465;
        h.security = Security::StartTls;
        assert_eq!(
            apply(&Fix::MatchEncryptionToPort, &h).map(|s| s.security),
            Some(Security::ImplicitTls)
        );
        let pop = apply(&Fix::PopBeforeSmtp, &home()).expect("applicable");
        assert_eq!(pop.pop_before_smtp.as_deref(), Some("pop.example.net"));
    }
}
