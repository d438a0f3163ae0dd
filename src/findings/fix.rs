//! Typed fixes and the ordered fix list for each cause.

use serde::Serialize;

use super::Cause;
use crate::smtp::Security;

/// One concrete thing the user can change or do. Variants with fields carry what the text
/// (and later the settings editor) needs; the wording is in `i18n/*/fixes.ftl` under
/// `fix-<id>`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "id", content = "args", rename_all = "snake_case")]
pub enum Fix {
    /// Turn on "outgoing server requires authentication" (or pick a login method).
    EnableSmtpAuth,
    /// Send through the submission port with the given encryption (587 + STARTTLS).
    UseSubmissionPort { port: u16, security: Security },
    /// Log in on the submission port: port, encryption and authentication together.
    UseAuthenticatedSubmission { port: u16, security: Security },
    /// Use the outgoing server of the network you are connected to (office, hotel, hotspot).
    UseNetworkSmtpServer,
    /// Log on to the incoming (POP3) server before sending.
    PopBeforeSmtp,
    /// Use a From / reply address that belongs to the account you log in with.
    UseOwnAddressAsSender { domain: Option<String> },
    /// Re-enter user name (often the full address) and password.
    CheckCredentials,
    /// Create an app password in the provider's account security settings.
    CreateAppPassword,
    /// Switch on access by mail programs (POP3/IMAP/SMTP) in the provider's web mail.
    EnableMailAccessInWebmail,
    /// Sign in once through the provider's web mail and confirm the sign-in.
    SignInViaBrowser,
    /// Ask the administrator to allow authenticated SMTP (basic auth) for the mailbox.
    AskAdminEnableSmtpAuth,
    /// Switch the login method to OAuth2.
    UseOAuth2,
    /// Choose another authentication method (e.g. "Normal password").
    ChangeAuthMethod,
    /// Set connection security to `security` (and the matching port).
    SwitchEncryption { port: u16, security: Security },
    /// Make port and encryption match: 587 with STARTTLS or 465 with SSL/TLS.
    MatchEncryptionToPort,
    /// Update the mail program / operating system (old TLS versions).
    UpdateMailProgram,
    /// Check the spelling of the outgoing server name.
    CheckServerName { host: Option<String> },
    /// Check the internet connection, firewall and anti-virus mail scanning.
    CheckNetwork,
    /// Check the recipient's address for typos.
    CheckRecipientAddress { address: Option<String> },
    /// Tell the recipient another way that their mailbox is full.
    InformRecipientOtherWay,
    /// Make the message smaller (attachments, links instead of files).
    ReduceMessageSize,
    /// Wait and send again.
    WaitAndRetry { minutes: u32 },
    /// Send to fewer recipients at once / fewer messages per hour.
    SendLessAtOnce,
    /// Ask the provider to remove the IP address from the blocklist.
    AskProviderDelist { ip: Option<String> },
    /// Look for malware sending spam from this network.
    ScanForMalware,
    /// Send through the provider's outgoing server with login instead of delivering directly.
    UseProviderSubmission,
    /// Check the sender address for typos (domain must exist).
    CheckSenderAddress { address: Option<String> },
    /// Remove what looks like spam (shortened links, certain attachments).
    ReviewMessageContent,
    /// Contact the provider or administrator, with the error text.
    ContactProvider,
    /// Use the server name the certificate is made out for (it names the same server).
    UseHostFromCertificate { host: String },
    /// Install the organisation's root certificate on this device (self-signed or in-house CA).
    InstallRootCertificate,
    /// Ask the server's administrator to renew the certificate.
    RenewCertificate,
    /// Check this device's date, time and time zone (certificates are checked against them).
    CheckDeviceClock,
    /// Use the provider's documented settings: server, port, encryption, login with the
    /// user name in the provider's form.
    UseProviderSettings {
        provider: String,
        host: String,
        port: u16,
        security: Security,
        username: String,
    },
}

impl Fix {
    /// The stable id, as in JSON `fixes[].id` and the Fluent message `fix-<id>`.
    pub fn id(&self) -> &'static str {
        match self {
            Fix::EnableSmtpAuth => "enable_smtp_auth",
            Fix::UseSubmissionPort { .. } => "use_submission_port",
            Fix::UseAuthenticatedSubmission { .. } => "use_authenticated_submission",
            Fix::UseNetworkSmtpServer => "use_network_smtp_server",
            Fix::PopBeforeSmtp => "pop_before_smtp",
            Fix::UseOwnAddressAsSender { .. } => "use_own_address_as_sender",
            Fix::CheckCredentials => "check_credentials",
            Fix::CreateAppPassword => "create_app_password",
            Fix::EnableMailAccessInWebmail => "enable_mail_access_in_webmail",
            Fix::SignInViaBrowser => "sign_in_via_browser",
            Fix::AskAdminEnableSmtpAuth => "ask_admin_enable_smtp_auth",
            Fix::UseOAuth2 => "use_oauth2",
            Fix::ChangeAuthMethod => "change_auth_method",
            Fix::SwitchEncryption { .. } => "switch_encryption",
            Fix::MatchEncryptionToPort => "match_encryption_to_port",
            Fix::UpdateMailProgram => "update_mail_program",
            Fix::CheckServerName { .. } => "check_server_name",
            Fix::CheckNetwork => "check_network",
            Fix::CheckRecipientAddress { .. } => "check_recipient_address",
            Fix::InformRecipientOtherWay => "inform_recipient_other_way",
            Fix::ReduceMessageSize => "reduce_message_size",
            Fix::WaitAndRetry { .. } => "wait_and_retry",
            Fix::SendLessAtOnce => "send_less_at_once",
            Fix::AskProviderDelist { .. } => "ask_provider_delist",
            Fix::ScanForMalware => "scan_for_malware",
            Fix::UseProviderSubmission => "use_provider_submission",
            Fix::CheckSenderAddress { .. } => "check_sender_address",
            Fix::ReviewMessageContent => "review_message_content",
            Fix::ContactProvider => "contact_provider",
            Fix::UseHostFromCertificate { .. } => "use_host_from_certificate",
            Fix::InstallRootCertificate => "install_root_certificate",
            Fix::RenewCertificate => "renew_certificate",
            Fix::CheckDeviceClock => "check_device_clock",
            Fix::UseProviderSettings { .. } => "use_provider_settings",
        }
    }

    /// One example of every variant (tests check each has a translation).
    pub fn examples() -> Vec<Fix> {
        vec![
            Fix::EnableSmtpAuth,
            Fix::UseSubmissionPort {
                port: 587,
                security: Security::StartTls,
            },
            Fix::UseAuthenticatedSubmission {
                port: 587,
                security: Security::StartTls,
            },
            Fix::UseAuthenticatedSubmission {
                port: 465,
                security: Security::ImplicitTls,
            },
            Fix::UseNetworkSmtpServer,
            Fix::PopBeforeSmtp,
            Fix::UseOwnAddressAsSender {
                domain: Some("example.com".into()),
            },
            Fix::UseOwnAddressAsSender { domain: None },
            Fix::CheckCredentials,
            Fix::CreateAppPassword,
            Fix::EnableMailAccessInWebmail,
            Fix::SignInViaBrowser,
            Fix::AskAdminEnableSmtpAuth,
            Fix::UseOAuth2,
            Fix::ChangeAuthMethod,
            Fix::SwitchEncryption {
                port: 587,
                security: Security::StartTls,
            },
            Fix::SwitchEncryption {
                port: 465,
                security: Security::ImplicitTls,
            },
            Fix::MatchEncryptionToPort,
            Fix::UpdateMailProgram,
            Fix::CheckServerName {
                host: Some("smtp.example.com".into()),
            },
            Fix::CheckServerName { host: None },
            Fix::CheckNetwork,
            Fix::CheckRecipientAddress {
                address: Some("someone@example.com".into()),
            },
            Fix::CheckRecipientAddress { address: None },
            Fix::InformRecipientOtherWay,
            Fix::ReduceMessageSize,
            Fix::WaitAndRetry { minutes: 15 },
            Fix::SendLessAtOnce,
            Fix::AskProviderDelist {
                ip: Some("192.0.2.1".into()),
            },
            Fix::AskProviderDelist { ip: None },
            Fix::ScanForMalware,
            Fix::UseProviderSubmission,
            Fix::CheckSenderAddress {
                address: Some("me@example.com".into()),
            },
            Fix::CheckSenderAddress { address: None },
            Fix::ReviewMessageContent,
            Fix::ContactProvider,
            Fix::UseHostFromCertificate {
                host: "mail.example.com".into(),
            },
            Fix::InstallRootCertificate,
            Fix::RenewCertificate,
            Fix::CheckDeviceClock,
            Fix::UseProviderSettings {
                provider: "GMX".into(),
                host: "mail.gmx.net".into(),
                port: 587,
                security: Security::StartTls,
                username: "max@gmx.de".into(),
            },
        ]
    }
}

/// What the fix list may depend on besides the cause; everything optional because a pasted
/// text often says little.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FixContext {
    /// Port the failed attempt used.
    pub port: Option<u16>,
    /// Whether the failed attempt was encrypted ("Secure (SSL): Yes").
    pub tls: Option<bool>,
    /// Outgoing server host name.
    pub server: Option<String>,
    /// Address the server refused (recipient or sender).
    pub rejected_address: Option<String>,
    /// IP address the server named (blocklist entries).
    pub ip: Option<String>,
    /// The sender address, when known.
    pub sender: Option<String>,
    /// The login / account address, when known (the domain a sender address must use).
    pub login: Option<String>,
    /// The provider has switched off password logins (Microsoft 5.7.139 and similar).
    pub basic_auth_disabled: bool,
}

const SUBMISSION: Fix = Fix::UseSubmissionPort {
    port: 587,
    security: Security::StartTls,
};

/// The ordered fixes for `cause`: the one most likely to help first.
pub fn fixes_for(cause: Cause, ctx: &FixContext) -> Vec<Fix> {
    let on_submission = ctx.port == Some(587);
    let domain_of = |a: &Option<String>| {
        a.as_deref()
            .and_then(crate::smtp::address::domain)
            .map(str::to_owned)
    };
    let mut fixes = match cause {
        Cause::RelayDenied => vec![
            Fix::EnableSmtpAuth,
            SUBMISSION,
            Fix::UseNetworkSmtpServer,
            Fix::PopBeforeSmtp,
            Fix::ContactProvider,
        ],
        Cause::AuthRequired => vec![Fix::EnableSmtpAuth, SUBMISSION, Fix::PopBeforeSmtp],
        Cause::AuthFailed if ctx.basic_auth_disabled => {
            vec![
                Fix::UseOAuth2,
                Fix::AskAdminEnableSmtpAuth,
                Fix::CheckCredentials,
            ]
        }
        Cause::AuthFailed => {
            vec![
                Fix::CheckCredentials,
                Fix::CreateAppPassword,
                Fix::ChangeAuthMethod,
            ]
        }
        Cause::AppPasswordRequired => {
            vec![
                Fix::CreateAppPassword,
                Fix::SignInViaBrowser,
                Fix::UseOAuth2,
            ]
        }
        // Password sign-in is switched off (Microsoft 5.7.139): sign in with OAuth2, or
        // have the administrator allow SMTP AUTH for the mailbox.
        Cause::AuthMechanismUnsupported if ctx.basic_auth_disabled => {
            vec![Fix::UseOAuth2, Fix::AskAdminEnableSmtpAuth]
        }
        Cause::AuthMechanismUnsupported => vec![SUBMISSION, Fix::ChangeAuthMethod],
        // Keep the port (STARTTLS works on it), except port 25, which mail programs should
        // not use anyway.
        Cause::TlsRequired => vec![Fix::SwitchEncryption {
            port: ctx.port.filter(|p| *p != 25).unwrap_or(587),
            security: Security::StartTls,
        }],
        Cause::TlsFailed => vec![
            Fix::MatchEncryptionToPort,
            Fix::CheckServerName {
                host: ctx.server.clone(),
            },
            Fix::UpdateMailProgram,
            Fix::CheckNetwork,
        ],
        Cause::SenderRejectedNotOwned => vec![
            Fix::UseOwnAddressAsSender { domain: None },
            Fix::CheckCredentials,
            Fix::ContactProvider,
        ],
        Cause::SenderDomainInvalid => vec![
            Fix::CheckSenderAddress {
                address: ctx.sender.clone().or(ctx.rejected_address.clone()),
            },
            Fix::ContactProvider,
        ],
        Cause::RecipientUnknown => {
            vec![Fix::CheckRecipientAddress {
                address: ctx.rejected_address.clone(),
            }]
        }
        Cause::MailboxFull => {
            vec![
                Fix::InformRecipientOtherWay,
                Fix::WaitAndRetry { minutes: 24 * 60 },
            ]
        }
        Cause::MessageTooLarge => vec![Fix::ReduceMessageSize],
        Cause::BlockedIpBlacklist => vec![
            Fix::UseProviderSubmission,
            Fix::ScanForMalware,
            Fix::AskProviderDelist { ip: ctx.ip.clone() },
        ],
        Cause::BlockedDynamicIpOrPort25 => vec![Fix::UseProviderSubmission, SUBMISSION],
        Cause::Greylisted => vec![Fix::WaitAndRetry { minutes: 15 }],
        Cause::RateLimited => vec![Fix::SendLessAtOnce, Fix::WaitAndRetry { minutes: 60 }],
        Cause::SpamContentRejected => {
            vec![
                Fix::ReviewMessageContent,
                Fix::ScanForMalware,
                Fix::ContactProvider,
            ]
        }
        Cause::ConnectionFailed => vec![
            Fix::CheckServerName {
                host: ctx.server.clone(),
            },
            Fix::CheckNetwork,
            SUBMISSION,
        ],
        Cause::ConnectionTimeout => {
            vec![
                Fix::CheckNetwork,
                SUBMISSION,
                Fix::WaitAndRetry { minutes: 5 },
            ]
        }
        Cause::ServerBusyOrUnavailable => {
            vec![Fix::WaitAndRetry { minutes: 15 }, Fix::ContactProvider]
        }
        Cause::PolicyOther => vec![Fix::ContactProvider],
        // Without the certificate in hand (the live check words these by its problem).
        Cause::CertificateUntrusted => vec![
            Fix::CheckServerName {
                host: ctx.server.clone(),
            },
            Fix::InstallRootCertificate,
            Fix::CheckDeviceClock,
            Fix::ContactProvider,
        ],
        // The live check words this with the provider's settings (`diagnosis::compare`).
        Cause::SettingsDiffer => vec![SUBMISSION, Fix::EnableSmtpAuth],
        Cause::RelayByNetworkOnly | Cause::PopBeforeSmtpOnly => {
            vec![Fix::UseAuthenticatedSubmission {
                port: 587,
                security: Security::StartTls,
            }]
        }
        Cause::Unknown => vec![],
    };
    // Advising "use port 587" to someone already on 587 is noise.
    if on_submission {
        fixes.retain(|f| *f != SUBMISSION);
    }
    if let Some(Fix::UseOwnAddressAsSender { domain }) = fixes.first_mut() {
        *domain = domain_of(&ctx.login);
    }
    fixes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relay_denied_starts_with_auth_then_submission_then_local_server() {
        let fixes = fixes_for(Cause::RelayDenied, &FixContext::default());
        assert_eq!(fixes[0], Fix::EnableSmtpAuth);
        assert_eq!(fixes[1], SUBMISSION);
        assert_eq!(fixes[2], Fix::UseNetworkSmtpServer);
    }

    #[test]
    fn no_port_587_advice_when_already_on_587() {
        let ctx = FixContext {
            port: Some(587),
            ..FixContext::default()
        };
        assert!(!fixes_for(Cause::RelayDenied, &ctx).contains(&SUBMISSION));
    }

    #[test]
    fn every_cause_but_unknown_has_a_fix() {
        for c in Cause::ALL {
            assert_eq!(
                fixes_for(c, &FixContext::default()).is_empty(),
                c == Cause::Unknown,
                "{c}"
            );
        }
    }

    #[test]
    fn fix_serialises_with_id_and_args() {
        let json = serde_json::to_value(SUBMISSION).expect("serialises");
        assert_eq!(json["id"], "use_submission_port");
        assert_eq!(json["args"]["port"], 587);
        assert_eq!(json["args"]["security"], "starttls");
    }
}
