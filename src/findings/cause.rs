//! Cause ids: the public contract of every diagnosis.

use serde::{Deserialize, Serialize};

/// Why a message could not be sent. The snake_case ids are stable: JSON output, the test
/// corpus and the translations all key on them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    /// The server will not pass the message on to a domain it does not serve.
    RelayDenied,
    /// The server wants a login (SMTP AUTH) and none was given.
    AuthRequired,
    /// A login was tried and refused.
    AuthFailed,
    /// The provider demands an app password or a browser sign-in.
    AppPasswordRequired,
    /// Client and server share no usable login method, or AUTH is not offered here.
    AuthMechanismUnsupported,
    /// The server demands an encrypted connection (STARTTLS) first.
    TlsRequired,
    /// Encryption could not be set up (no common protocol, not TLS at all, broken off).
    TlsFailed,
    /// The handshake reached the server's certificate and it is not trustworthy: self-signed,
    /// unknown issuer, expired, not yet valid, revoked, or made out for another name. Found by
    /// the live check, which knows the certificate; a pasted text stays `tls_failed`.
    CertificateUntrusted,
    /// The sender address does not belong to the account that logged in.
    SenderRejectedNotOwned,
    /// The sender address is malformed or its domain does not exist.
    SenderDomainInvalid,
    /// The recipient address does not exist.
    RecipientUnknown,
    /// The recipient's mailbox is full.
    MailboxFull,
    /// The message exceeds a size limit.
    MessageTooLarge,
    /// The sending IP address is on a blocklist or has a bad reputation.
    BlockedIpBlacklist,
    /// A dynamic/residential IP may not deliver directly, or port 25 is blocked.
    BlockedDynamicIpOrPort25,
    /// Greylisting: a deliberate temporary refusal; a retry later succeeds.
    Greylisted,
    /// A sending or recipient limit was hit.
    RateLimited,
    /// The content was judged to be spam or malware.
    SpamContentRejected,
    /// No connection could be made (refused, unknown host, dropped).
    ConnectionFailed,
    /// The connection or a command timed out.
    ConnectionTimeout,
    /// The server is busy or temporarily out of service.
    ServerBusyOrUnavailable,
    /// Another policy refusal (HELO, reverse DNS, SPF/DMARC, header rules, restricted recipient).
    PolicyOther,
    /// Sending works without a login only because of the network the device is on (the
    /// provider's own line, the office network): elsewhere the same settings are refused.
    RelayByNetworkOnly,
    /// Sending works only after collecting mail first (POP before SMTP): it fails whenever the
    /// program sends without having fetched mail a few minutes before.
    PopBeforeSmtpOnly,
    /// The mail program's settings differ from what the provider documents (server, port,
    /// encryption, login, user name).
    SettingsDiffer,
    /// The text holds no recognisable error.
    Unknown,
}

impl Cause {
    /// Every cause, in the order of the contract.
    pub const ALL: [Cause; 26] = [
        Cause::RelayDenied,
        Cause::AuthRequired,
        Cause::AuthFailed,
        Cause::AppPasswordRequired,
        Cause::AuthMechanismUnsupported,
        Cause::TlsRequired,
        Cause::TlsFailed,
        Cause::CertificateUntrusted,
        Cause::SenderRejectedNotOwned,
        Cause::SenderDomainInvalid,
        Cause::RecipientUnknown,
        Cause::MailboxFull,
        Cause::MessageTooLarge,
        Cause::BlockedIpBlacklist,
        Cause::BlockedDynamicIpOrPort25,
        Cause::Greylisted,
        Cause::RateLimited,
        Cause::SpamContentRejected,
        Cause::ConnectionFailed,
        Cause::ConnectionTimeout,
        Cause::ServerBusyOrUnavailable,
        Cause::PolicyOther,
        Cause::RelayByNetworkOnly,
        Cause::PopBeforeSmtpOnly,
        Cause::SettingsDiffer,
        Cause::Unknown,
    ];

    /// The stable snake_case id.
    pub fn id(self) -> &'static str {
        match self {
            Cause::RelayDenied => "relay_denied",
            Cause::AuthRequired => "auth_required",
            Cause::AuthFailed => "auth_failed",
            Cause::AppPasswordRequired => "app_password_required",
            Cause::AuthMechanismUnsupported => "auth_mechanism_unsupported",
            Cause::TlsRequired => "tls_required",
            Cause::TlsFailed => "tls_failed",
            Cause::CertificateUntrusted => "certificate_untrusted",
            Cause::SenderRejectedNotOwned => "sender_rejected_not_owned",
            Cause::SenderDomainInvalid => "sender_domain_invalid",
            Cause::RecipientUnknown => "recipient_unknown",
            Cause::MailboxFull => "mailbox_full",
            Cause::MessageTooLarge => "message_too_large",
            Cause::BlockedIpBlacklist => "blocked_ip_blacklist",
            Cause::BlockedDynamicIpOrPort25 => "blocked_dynamic_ip_or_port25",
            Cause::Greylisted => "greylisted",
            Cause::RateLimited => "rate_limited",
            Cause::SpamContentRejected => "spam_content_rejected",
            Cause::ConnectionFailed => "connection_failed",
            Cause::ConnectionTimeout => "connection_timeout",
            Cause::ServerBusyOrUnavailable => "server_busy_or_unavailable",
            Cause::PolicyOther => "policy_other",
            Cause::RelayByNetworkOnly => "relay_by_network_only",
            Cause::PopBeforeSmtpOnly => "pop_before_smtp_only",
            Cause::SettingsDiffer => "settings_differ",
            Cause::Unknown => "unknown",
        }
    }

    /// Parses a stable id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.id() == id)
    }
}

impl std::fmt::Display for Cause {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_match_serde() {
        for c in Cause::ALL {
            assert_eq!(Cause::from_id(c.id()), Some(c));
            let json = serde_json::to_string(&c).expect("serialises");
            assert_eq!(json, format!("\"{}\"", c.id()));
        }
    }
}
