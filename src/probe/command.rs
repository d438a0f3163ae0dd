//! SMTP commands as types. `Display` is the exact wire form (with CRLF); `redacted()` is what a
//! transcript may show — AUTH payloads never leave this module in the clear.

use std::fmt;

/// A client command.
#[derive(Clone, PartialEq, Eq)]
pub enum Command {
    /// `EHLO <domain>`
    Ehlo(String),
    /// `HELO <domain>`
    Helo(String),
    /// `STARTTLS`
    StartTls,
    /// `AUTH <mechanism> [initial-response]`; the response is secret.
    Auth {
        mechanism: &'static str,
        initial: Option<String>,
    },
    /// A SASL continuation line (base64); secret.
    AuthData(String),
    /// `MAIL FROM:<addr>`
    MailFrom(String),
    /// `RCPT TO:<addr>`
    RcptTo(String),
    /// `RSET`
    Rset,
    /// `QUIT`
    Quit,
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Command::Ehlo(d) => write!(f, "EHLO {d}\r\n"),
            Command::Helo(d) => write!(f, "HELO {d}\r\n"),
            Command::StartTls => f.write_str("STARTTLS\r\n"),
            Command::Auth {
                mechanism,
                initial: Some(i),
            } => write!(f, "AUTH {mechanism} {i}\r\n"),
            Command::Auth {
                mechanism,
                initial: None,
            } => write!(f, "AUTH {mechanism}\r\n"),
            Command::AuthData(d) => write!(f, "{d}\r\n"),
            Command::MailFrom(a) => write!(f, "MAIL FROM:<{a}>\r\n"),
            Command::RcptTo(a) => write!(f, "RCPT TO:<{a}>\r\n"),
            Command::Rset => f.write_str("RSET\r\n"),
            Command::Quit => f.write_str("QUIT\r\n"),
        }
    }
}

/// Debug never shows secrets either.
impl fmt::Debug for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

impl Command {
    /// The line as a transcript may show it: AUTH payloads become `***`.
    pub fn redacted(&self) -> String {
        match self {
            Command::Auth {
                mechanism,
                initial: Some(_),
            } => format!("AUTH {mechanism} ***"),
            Command::AuthData(_) => "***".to_owned(),
            other => other.to_string().trim_end().to_owned(),
        }
    }
}

/// Rejects addresses that would break the command line (CR, LF, `<`, `>`, spaces). They could
/// smuggle a second command onto the wire.
pub fn valid_path(addr: &str) -> bool {
    !addr.is_empty()
        && addr.len() <= 254
        && addr.contains('@')
        && !addr
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '<' || c == '>')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_forms() {
        assert_eq!(
            Command::Ehlo("client.example".into()).to_string(),
            "EHLO client.example\r\n"
        );
        assert_eq!(
            Command::MailFrom("a@b.example".into()).to_string(),
            "MAIL FROM:<a@b.example>\r\n"
        );
        assert_eq!(
            Command::RcptTo("c@d.example".into()).to_string(),
            "RCPT TO:<c@d.example>\r\n"
        );
        assert_eq!(Command::Quit.to_string(), "QUIT\r\n");
    }

    #[test]
    fn secrets_are_redacted() {
        let c = Command::Auth {
            mechanism: "PLAIN",
            initial: Some("AGFsaWNlAHNlY3JldA==".into()),
        };
        assert_eq!(c.redacted(), "AUTH PLAIN ***");
        assert!(!format!("{c:?}").contains("AGFs"));
        assert_eq!(Command::AuthData("c2VjcmV0".into()).redacted(), "***");
    }

    #[test]
    fn injection_is_refused() {
        assert!(valid_path("alice@lab.test"));
        assert!(!valid_path("alice@lab.test>\r\nRCPT TO:<x@y"));
        assert!(!valid_path("no-at-sign"));
        assert!(!valid_path("a b@c"));
    }
}
