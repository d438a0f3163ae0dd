//! Where the user is and whose server they use: the support article's core insight.
//!
//! Whether a message is *relay* depends only on the recipient's domain; whether relay is
//! refused depends on whether the server recognises the sender — by a login, or because the
//! user is connected through the server owner's own network (the provider's line at home,
//! the company network in the office). Freemail providers never trust a network, only a
//! login. No network access here: this is the reasoning before any check.

use serde::{Deserialize, Serialize};

/// Where the user is connected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    /// At home, on the line of the provider whose server is configured.
    Home,
    /// In the office, on a company network.
    Office,
    /// On the road: hotel, airport, café, mobile hotspot, someone else's Wi-Fi.
    Travel,
}

/// What kind of mailbox the account is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountKind {
    /// The mailbox of the home internet provider.
    Provider,
    /// A work mailbox on the company's server.
    Work,
    /// A freemail or independent mail provider (GMX, WEB.DE, Gmail, …).
    Freemail,
}

impl Location {
    /// Parses `home`, `office`, `travel`.
    pub fn from_id(s: &str) -> Option<Location> {
        match s {
            "home" => Some(Location::Home),
            "office" => Some(Location::Office),
            "travel" => Some(Location::Travel),
            _ => None,
        }
    }
    /// Stable id.
    pub fn id(self) -> &'static str {
        match self {
            Location::Home => "home",
            Location::Office => "office",
            Location::Travel => "travel",
        }
    }
}

impl AccountKind {
    /// Parses `provider`, `work`, `freemail`.
    pub fn from_id(s: &str) -> Option<AccountKind> {
        match s {
            "provider" => Some(AccountKind::Provider),
            "work" => Some(AccountKind::Work),
            "freemail" => Some(AccountKind::Freemail),
            _ => None,
        }
    }
    /// Stable id.
    pub fn id(self) -> &'static str {
        match self {
            AccountKind::Provider => "provider",
            AccountKind::Work => "work",
            AccountKind::Freemail => "freemail",
        }
    }
}

/// The user's situation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Situation {
    /// Where they are.
    pub location: Location,
    /// Which kind of account.
    pub account: AccountKind,
    /// The account's domain (part after the @ of the sender address).
    pub account_domain: String,
    /// The recipient's domain, when known.
    pub recipient_domain: Option<String>,
}

/// The verdict before any check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Prediction {
    /// Recipient in the account's own domain: the server delivers it itself.
    NotRelay,
    /// Relay, but the user is on the server owner's network: normally allowed.
    RelayAllowed,
    /// Relay from a foreign network: refused unless the mail program logs in.
    RelayNeedsLogin,
    /// The recipient is not known, so relay cannot be judged.
    Unknown,
}

impl Prediction {
    /// The stable id (as serialised).
    pub fn id(self) -> &'static str {
        match self {
            Prediction::NotRelay => "not_relay",
            Prediction::RelayAllowed => "relay_allowed",
            Prediction::RelayNeedsLogin => "relay_needs_login",
            Prediction::Unknown => "unknown",
        }
    }
}

/// What the situation says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// Where the user is.
    pub location: Location,
    /// Which kind of account.
    pub account: AccountKind,
    /// The message must be relayed (recipient in another domain); `None` when unknown.
    pub is_relay: Option<bool>,
    /// The user is connected through the network of the server's owner.
    pub on_account_network: bool,
    /// Relay from outside the owner's network: the server may refuse it without a login.
    pub may_be_blocked: bool,
    /// The verdict.
    pub prediction: Prediction,
}

impl Situation {
    /// Reasons about the situation.
    pub fn assess(&self) -> Assessment {
        let on_account_network = matches!(
            (self.location, self.account),
            (Location::Home, AccountKind::Provider) | (Location::Office, AccountKind::Work)
        );
        let is_relay = self
            .recipient_domain
            .as_deref()
            .map(|r| !r.eq_ignore_ascii_case(&self.account_domain));
        let may_be_blocked = is_relay == Some(true) && !on_account_network;
        let prediction = match (is_relay, on_account_network) {
            (None, _) => Prediction::Unknown,
            (Some(false), _) => Prediction::NotRelay,
            (Some(true), true) => Prediction::RelayAllowed,
            (Some(true), false) => Prediction::RelayNeedsLogin,
        };
        Assessment {
            location: self.location,
            account: self.account,
            is_relay,
            on_account_network,
            may_be_blocked,
            prediction,
        }
    }
}

impl Assessment {
    /// A server already refused to relay (a pasted 550 / 554): whatever the recipient was, it
    /// was relay.
    pub fn with_relay_refused(self) -> Assessment {
        if self.is_relay.is_some() {
            return self;
        }
        Assessment {
            is_relay: Some(true),
            may_be_blocked: !self.on_account_network,
            prediction: if self.on_account_network {
                Prediction::RelayAllowed
            } else {
                Prediction::RelayNeedsLogin
            },
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sit(location: Location, account: AccountKind, rcpt: &str) -> Assessment {
        Situation {
            location,
            account,
            account_domain: "proseware.com".into(),
            recipient_domain: Some(rcpt.into()),
        }
        .assess()
    }

    /// The scenario table of the support article, row by row.
    #[test]
    fn seed_scenarios() {
        use AccountKind::*;
        use Location::*;
        let rows = [
            // at home on the provider's line, recipient in the same domain: not relay
            (Home, Provider, "proseware.com", false, false),
            // … recipient elsewhere: relay, but not blocked (connected to the provider)
            (Home, Provider, "adatum.com", true, false),
            // in the office with the home provider's server, same domain: not relay
            (Office, Provider, "proseware.com", false, false),
            // … recipient elsewhere: relay, may be blocked
            (Office, Provider, "adatum.com", true, true),
            // hotel / airport café with the home provider's server, same domain: not relay
            (Travel, Provider, "proseware.com", false, false),
            // … recipient elsewhere: relay, may be blocked
            (Travel, Provider, "adatum.com", true, true),
        ];
        for (loc, acc, rcpt, relay, blocked) in rows {
            let a = sit(loc, acc, rcpt);
            assert_eq!(
                (a.is_relay, a.may_be_blocked),
                (Some(relay), blocked),
                "{loc:?} {acc:?} {rcpt}"
            );
        }
        // The article's first symptom line: the same happens with a work account away from the office.
        assert!(sit(Travel, Work, "adatum.com").may_be_blocked);
        assert!(!sit(Office, Work, "adatum.com").may_be_blocked);
        // Freemail never trusts a network: relay always needs the login.
        assert_eq!(
            sit(Home, Freemail, "adatum.com").prediction,
            Prediction::RelayNeedsLogin
        );
    }
}
