//! The other side of a diagnosis: what the provider expects, compared with what the mail
//! program is set to.
//!
//! A live check shows the symptom ("relay denied on port 25"); the provider's documented
//! settings show the change ("GMX expects port 587 with STARTTLS and a login with the full
//! address"). Each difference is typed, so it can be worded in the user's language, applied
//! to the settings as one fix ("use the provider's settings") and checked again.

use serde::Serialize;

use super::settings::AccountSettings;
use crate::autodetect::{Provider, UsernameForm};
use crate::smtp::Security;

/// What the provider expects, and where that comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Recommended {
    /// The provider's name, as the user knows it ("GMX").
    pub provider: String,
    /// The settings the provider documents, for this account.
    pub settings: AccountSettings,
}

/// One setting that differs from what the provider expects.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "setting", rename_all = "snake_case")]
pub enum Difference {
    /// Another outgoing server.
    Host {
        configured: String,
        expected: String,
    },
    /// Another port.
    Port { configured: u16, expected: u16 },
    /// Other encryption.
    Security {
        configured: Security,
        expected: Security,
    },
    /// The program does not log in, the provider requires it.
    NoLogin,
    /// The user name has another form (full address vs. the part before the @).
    Username {
        configured: Option<String>,
        expected: String,
    },
}

impl Difference {
    /// The stable id (JSON, Fluent selector).
    pub fn id(&self) -> &'static str {
        match self {
            Difference::Host { .. } => "host",
            Difference::Port { .. } => "port",
            Difference::Security { .. } => "security",
            Difference::NoLogin => "no_login",
            Difference::Username { .. } => "username",
        }
    }
}

/// What `provider` documents for an account with sender `from`: its recommended submission
/// server, with login and the user name in the provider's form.
pub fn recommended(provider: &Provider, s: &AccountSettings) -> Option<Recommended> {
    let sub = provider.submission.first()?;
    let username = match provider.username {
        UsernameForm::Email => s.from.clone(),
        UsernameForm::Localpart => crate::smtp::address::local(&s.from).to_owned(),
    };
    Some(Recommended {
        provider: provider.name.clone(),
        settings: AccountSettings {
            host: sub.host.clone(),
            port: sub.port,
            security: sub.security,
            auth: true,
            username: Some(username),
            from: s.from.clone(),
            reply_to: s.reply_to.clone(),
            pop_before_smtp: None,
        },
    })
}

/// The provider of the sender's domain from the built-in table, and what it expects.
pub fn recommended_for(s: &AccountSettings) -> Option<Recommended> {
    let domain = crate::autodetect::domain_of(&s.from)?;
    recommended(crate::autodetect::by_domain(&domain)?, s)
}

/// Whether `host` is one of the provider's documented submission hosts in another spelling
/// (case, a trailing dot).
fn same_host(a: &str, b: &str) -> bool {
    a.trim_end_matches('.')
        .eq_ignore_ascii_case(b.trim_end_matches('.'))
}

/// The differences between the settings and what the provider expects; empty when they agree.
/// A user name is compared only when the program logs in (otherwise `NoLogin` says it).
pub fn differences(configured: &AccountSettings, r: &Recommended) -> Vec<Difference> {
    let e = &r.settings;
    let mut v = vec![];
    if !same_host(&configured.host, &e.host) {
        v.push(Difference::Host {
            configured: configured.host.clone(),
            expected: e.host.clone(),
        });
    }
    if configured.port != e.port {
        v.push(Difference::Port {
            configured: configured.port,
            expected: e.port,
        });
    }
    if configured.security != e.security {
        v.push(Difference::Security {
            configured: configured.security,
            expected: e.security,
        });
    }
    if !configured.auth {
        v.push(Difference::NoLogin);
    } else if let Some(expected) = &e.username
        && !configured
            .username
            .as_deref()
            .is_some_and(|u| u.trim().eq_ignore_ascii_case(expected))
    {
        v.push(Difference::Username {
            configured: configured.username.clone(),
            expected: expected.clone(),
        });
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gmx_home() -> AccountSettings {
        AccountSettings {
            host: "mail.gmx.net".into(),
            port: 25,
            security: Security::None,
            auth: false,
            username: None,
            from: "max@gmx.de".into(),
            reply_to: None,
            pop_before_smtp: None,
        }
    }

    #[test]
    fn port_25_without_login_differs_from_what_gmx_expects() {
        let r = recommended_for(&gmx_home()).expect("GMX is in the table");
        assert_eq!(r.provider, "GMX");
        let d = differences(&gmx_home(), &r);
        assert!(d.contains(&Difference::NoLogin), "{d:?}");
        assert!(
            d.iter()
                .any(|x| matches!(x, Difference::Port { configured: 25, .. }))
        );
        assert!(d.iter().any(|x| matches!(x, Difference::Security { .. })));
        // Applying the provider's settings leaves nothing to differ.
        assert!(differences(&r.settings, &r).is_empty());
    }

    #[test]
    fn the_username_form_follows_the_provider() {
        let s = AccountSettings {
            from: "max@web.de".into(),
            auth: true,
            username: Some("max@web.de".into()),
            ..gmx_home()
        };
        let r = recommended_for(&s).expect("WEB.DE is in the table");
        let expected = r.settings.username.clone().expect("a user name");
        let d = differences(&s, &r);
        if expected == "max@web.de" {
            assert!(!d.iter().any(|x| matches!(x, Difference::Username { .. })));
        } else {
            assert!(d.contains(&Difference::Username {
                configured: Some("max@web.de".into()),
                expected,
            }));
        }
    }

    #[test]
    fn an_unknown_domain_has_no_recommendation() {
        let s = AccountSettings {
            from: "max@lab.test".into(),
            ..gmx_home()
        };
        assert_eq!(recommended_for(&s), None);
    }
}
