//! Typed SMTP replies and a bounded parser for them.
//!
//! A reply is one or more lines `NNN-text` ending with `NNN text` (RFC 5321 §4.2). The parser
//! is fed line by line so that the connection layer can enforce its caps (line length, line
//! count, total size) before anything is buffered without limit.

use serde::Serialize;

use crate::smtp::{EnhancedCode, ReplyCode};

/// Most lines a single reply may have.
pub const MAX_REPLY_LINES: usize = 100;
/// Most bytes a single reply may have (all lines).
pub const MAX_REPLY_BYTES: usize = 64 * 1024;

/// A complete server reply.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reply {
    /// The reply code.
    pub code: ReplyCode,
    /// The enhanced status code of the first line, when present.
    pub enhanced: Option<EnhancedCode>,
    /// The text of every line, without code and separator.
    pub lines: Vec<String>,
}

impl Reply {
    /// 2yz or 3yz.
    pub fn is_positive(&self) -> bool {
        !self.code.is_failure()
    }

    /// The whole reply as the server sent it (`NNN-…` / `NNN …`), for explanations.
    pub fn raw(&self) -> String {
        let n = self.lines.len();
        self.lines
            .iter()
            .enumerate()
            .map(|(i, l)| format!("{}{}{}", self.code, if i + 1 == n { ' ' } else { '-' }, l))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Why a reply could not be parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Malformed {
    /// The line does not start with a valid three-digit code (not an SMTP server?).
    NotSmtp,
    /// A continuation line carried a different code than the first line.
    InconsistentCodes,
    /// More than [`MAX_REPLY_LINES`] lines.
    TooManyLines,
    /// More than [`MAX_REPLY_BYTES`], or one line longer than the line limit.
    TooLarge,
}

/// Accumulates the lines of one reply.
#[derive(Debug, Default)]
pub struct ReplyParser {
    code: Option<ReplyCode>,
    lines: Vec<String>,
    bytes: usize,
}

impl ReplyParser {
    /// Feeds one line (without CRLF). Returns the finished reply, `None` when more lines
    /// follow, or the reason the input is not a valid reply.
    pub fn feed(&mut self, line: &str) -> Result<Option<Reply>, Malformed> {
        self.bytes += line.len() + 2;
        if self.bytes > MAX_REPLY_BYTES {
            return Err(Malformed::TooLarge);
        }
        let b = line.as_bytes();
        let code = line
            .get(..3)
            .and_then(|c| c.parse::<ReplyCode>().ok())
            .ok_or(Malformed::NotSmtp)?;
        let last = match b.get(3) {
            None | Some(b' ') => true,
            Some(b'-') => false,
            Some(_) => return Err(Malformed::NotSmtp),
        };
        if *self.code.get_or_insert(code) != code {
            return Err(Malformed::InconsistentCodes);
        }
        self.lines.push(line.get(4..).unwrap_or("").to_owned());
        if self.lines.len() > MAX_REPLY_LINES {
            return Err(Malformed::TooManyLines);
        }
        if !last {
            return Ok(None);
        }
        let lines = std::mem::take(&mut self.lines);
        let enhanced = lines
            .first()
            .and_then(|l| l.split_whitespace().next())
            .and_then(|w| w.parse::<EnhancedCode>().ok())
            .filter(|e| u16::from(e.class) == code.get() / 100);
        self.code = None;
        self.bytes = 0;
        Ok(Some(Reply {
            code,
            enhanced,
            lines,
        }))
    }
}

/// Parses a whole raw transcript of one reply (tests, fixtures).
pub fn parse_reply(raw: &str) -> Result<Reply, Malformed> {
    let mut p = ReplyParser::default();
    for line in raw.lines() {
        if let Some(r) = p.feed(line)? {
            return Ok(r);
        }
    }
    Err(Malformed::NotSmtp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiline_ehlo() {
        let r = parse_reply(
            "250-mail.lab.test\r\n250-PIPELINING\r\n250-SIZE 10240\r\n250 STARTTLS\r\n",
        )
        .expect("valid");
        assert_eq!(r.code.get(), 250);
        assert_eq!(
            r.lines,
            ["mail.lab.test", "PIPELINING", "SIZE 10240", "STARTTLS"]
        );
        assert!(r.is_positive());
    }

    #[test]
    fn enhanced_code_of_the_first_line() {
        let r = parse_reply("554 5.7.1 <x@outside.example>: Relay access denied").expect("valid");
        assert_eq!(r.enhanced.map(|e| e.to_string()).as_deref(), Some("5.7.1"));
        assert_eq!(
            r.raw(),
            "554 5.7.1 <x@outside.example>: Relay access denied"
        );
        let r = parse_reply("250 2.1.0 Ok").expect("valid");
        assert_eq!(r.enhanced.map(|e| e.to_string()).as_deref(), Some("2.1.0"));
        // A class that does not match the code is not an enhanced code.
        let r = parse_reply("550 2.1.0 odd").expect("valid");
        assert_eq!(r.enhanced, None);
    }

    #[test]
    fn bare_code_line() {
        let r = parse_reply("220").expect("valid");
        assert_eq!(r.code.get(), 220);
        assert_eq!(r.lines, [""]);
    }

    #[test]
    fn garbage_and_inconsistency() {
        assert_eq!(
            parse_reply("HTTP/1.1 400 Bad Request"),
            Err(Malformed::NotSmtp)
        );
        assert_eq!(parse_reply("250x"), Err(Malformed::NotSmtp));
        assert_eq!(
            parse_reply("250-a\r\n550 b"),
            Err(Malformed::InconsistentCodes)
        );
        let many = "250-x\n".repeat(MAX_REPLY_LINES + 1);
        assert_eq!(parse_reply(&many), Err(Malformed::TooManyLines));
    }
}
