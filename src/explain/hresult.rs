//! Outlook / Outlook Express / Windows Live Mail error numbers (`0x800CCCxx`).
//!
//! These are HRESULTs of the Internet Mail transport (`IXP_E_*` in `imnxport.h`). The table
//! gives the symbolic name (for the JSON output and support staff) and the cause the number
//! usually means when the dialog carries no more specific server words. Sources: Wine's
//! `imnxport.idl`, the Windows SDK header, Microsoft KB dialogs (see
//! `shared/reference/outlook_codes.md`).

use crate::findings::Cause;

/// `(code, symbol, usual cause)`; the cause is a prior, the server's words override it.
#[rustfmt::skip]
const TABLE: &[(u32, &str, Option<Cause>)] = &[
    (0x800C_CC00, "IXP_E_LOAD_SICILY_FAILED", Some(Cause::AuthMechanismUnsupported)),
    (0x800C_CC01, "IXP_E_INVALID_CERT_CN", Some(Cause::TlsFailed)),
    (0x800C_CC02, "IXP_E_INVALID_CERT_DATE", Some(Cause::TlsFailed)),
    (0x800C_CC04, "IXP_E_CONN", Some(Cause::ConnectionFailed)),
    (0x800C_CC05, "IXP_E_NOT_CONNECTED", Some(Cause::ConnectionFailed)),
    (0x800C_CC06, "IXP_E_CONN_SEND", Some(Cause::ConnectionFailed)),
    (0x800C_CC09, "IXP_E_CONN_RECV", Some(Cause::ConnectionFailed)),
    (0x800C_CC0B, "IXP_E_BUSY", Some(Cause::ServerBusyOrUnavailable)),
    (0x800C_CC0D, "IXP_E_CANT_FIND_HOST", Some(Cause::ConnectionFailed)),
    (0x800C_CC0E, "IXP_E_FAILED_TO_CONNECT", Some(Cause::ConnectionFailed)),
    (0x800C_CC0F, "IXP_E_CONNECTION_DROPPED", Some(Cause::ConnectionFailed)),
    (0x800C_CC10, "IXP_E_INVALID_ADDRESS", Some(Cause::RecipientUnknown)),
    (0x800C_CC11, "IXP_E_INVALID_ADDRESS_LIST", Some(Cause::RecipientUnknown)),
    (0x800C_CC12, "IXP_E_SOCKET_READ_ERROR", Some(Cause::ConnectionFailed)),
    (0x800C_CC13, "IXP_E_SOCKET_WRITE_ERROR", Some(Cause::ConnectionFailed)),
    (0x800C_CC14, "IXP_E_SOCKET_INIT_ERROR", Some(Cause::ConnectionFailed)),
    (0x800C_CC15, "IXP_E_SOCKET_CONNECT_ERROR", Some(Cause::ConnectionFailed)),
    (0x800C_CC16, "IXP_E_INVALID_ACCOUNT", Some(Cause::AuthFailed)),
    (0x800C_CC17, "IXP_E_USER_CANCEL", None),
    (0x800C_CC18, "IXP_E_SICILY_LOGON_FAILED", Some(Cause::AuthFailed)),
    (0x800C_CC19, "IXP_E_TIMEOUT", Some(Cause::ConnectionTimeout)),
    (0x800C_CC1A, "IXP_E_SECURE_CONNECT_FAILED", Some(Cause::TlsFailed)),
    (0x800C_CC60, "IXP_E_SMTP_RESPONSE_ERROR", None),
    (0x800C_CC61, "IXP_E_SMTP_UNKNOWN_RESPONSE_CODE", None),
    (0x800C_CC62, "IXP_E_SMTP_500_SYNTAX_ERROR", Some(Cause::PolicyOther)),
    (0x800C_CC63, "IXP_E_SMTP_501_PARAM_SYNTAX", Some(Cause::PolicyOther)),
    (0x800C_CC64, "IXP_E_SMTP_502_COMMAND_NOTIMPL", Some(Cause::PolicyOther)),
    (0x800C_CC65, "IXP_E_SMTP_503_COMMAND_SEQ", Some(Cause::PolicyOther)),
    (0x800C_CC66, "IXP_E_SMTP_504_COMMAND_PARAM_NOTIMPL", Some(Cause::AuthMechanismUnsupported)),
    (0x800C_CC67, "IXP_E_SMTP_421_NOT_AVAILABLE", Some(Cause::ServerBusyOrUnavailable)),
    (0x800C_CC68, "IXP_E_SMTP_450_MAILBOX_BUSY", Some(Cause::ServerBusyOrUnavailable)),
    (0x800C_CC69, "IXP_E_SMTP_550_MAILBOX_NOT_FOUND", Some(Cause::RecipientUnknown)),
    (0x800C_CC6A, "IXP_E_SMTP_451_ERROR_PROCESSING", Some(Cause::ServerBusyOrUnavailable)),
    (0x800C_CC6B, "IXP_E_SMTP_551_USER_NOT_LOCAL", Some(Cause::RelayDenied)),
    (0x800C_CC6C, "IXP_E_SMTP_452_NO_SYSTEM_STORAGE", Some(Cause::ServerBusyOrUnavailable)),
    (0x800C_CC6D, "IXP_E_SMTP_552_STORAGE_OVERFLOW", Some(Cause::MessageTooLarge)),
    (0x800C_CC6E, "IXP_E_SMTP_553_MAILBOX_NAME_SYNTAX", Some(Cause::PolicyOther)),
    (0x800C_CC6F, "IXP_E_SMTP_554_TRANSACT_FAILED", Some(Cause::PolicyOther)),
    (0x800C_CC78, "IXP_E_SMTP_REJECTED_SENDER", Some(Cause::AuthRequired)),
    (0x800C_CC79, "IXP_E_SMTP_REJECTED_RECIPIENTS", Some(Cause::RelayDenied)),
    (0x800C_CC7A, "IXP_E_SMTP_NO_SENDER", Some(Cause::SenderDomainInvalid)),
    (0x800C_CC7B, "IXP_E_SMTP_NO_RECIPIENTS", Some(Cause::RecipientUnknown)),
    (0x800C_CC7C, "IXP_E_SMTP_530_STARTTLS_REQUIRED", Some(Cause::TlsRequired)),
    (0x800C_CC7D, "IXP_E_SMTP_NO_STARTTLS_SUPPORT", Some(Cause::TlsFailed)),
    (0x800C_CC7E, "IXP_E_SMTP_NO_DSN_SUPPORT", None),
    (0x800C_CC7F, "IXP_E_SMTP_454_STARTTLS_FAILED", Some(Cause::TlsFailed)),
    // Not in the SDK header; Outlook shows it when no AUTH mechanism is shared.
    (0x800C_CC80, "NO_COMMON_AUTH_MECHANISM", Some(Cause::AuthMechanismUnsupported)),
    (0x800C_CC90, "IXP_E_POP3_RESPONSE_ERROR", Some(Cause::AuthFailed)),
    (0x800C_CC91, "IXP_E_POP3_INVALID_USER_NAME", Some(Cause::AuthFailed)),
    (0x800C_CC92, "IXP_E_POP3_INVALID_PASSWORD", Some(Cause::AuthFailed)),
];

/// The symbolic name of an Outlook error number, when known.
pub fn symbol(code: u32) -> Option<&'static str> {
    TABLE
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, s, _)| *s)
}

/// The cause an Outlook error number usually stands for.
pub fn usual_cause(code: u32) -> Option<Cause> {
    TABLE
        .iter()
        .find(|(c, _, _)| *c == code)
        .and_then(|(_, _, cause)| *cause)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relay_number_is_known() {
        assert_eq!(symbol(0x800C_CC79), Some("IXP_E_SMTP_REJECTED_RECIPIENTS"));
        assert_eq!(usual_cause(0x800C_CC79), Some(Cause::RelayDenied));
        assert_eq!(usual_cause(0x800C_CC1A), Some(Cause::TlsFailed));
        assert_eq!(symbol(0x1234), None);
    }
}
