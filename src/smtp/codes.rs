//! Typed SMTP reply codes and RFC 3463 enhanced status codes.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

/// A three-digit SMTP reply code (RFC 5321 §4.2). Only codes whose first digit is 2–5 and
/// second digit 0–5 are representable, so `465` (a port) or `199` never pass as a reply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReplyCode(u16);

/// The first digit of a reply code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReplyClass {
    /// 2yz: the command was accepted.
    PositiveCompletion,
    /// 3yz: the server waits for more (e.g. 334 during AUTH, 354 after DATA).
    PositiveIntermediate,
    /// 4yz: temporary failure, the same command may work later.
    TransientNegative,
    /// 5yz: permanent failure, repeating it unchanged will fail again.
    PermanentNegative,
}

impl ReplyCode {
    /// Builds a reply code, or `None` when the number is not a valid SMTP reply code.
    pub fn new(code: u16) -> Option<Self> {
        let (first, second) = (code / 100, (code / 10) % 10);
        ((2..=5).contains(&first) && second <= 5).then_some(ReplyCode(code))
    }

    /// The numeric value.
    pub fn get(self) -> u16 {
        self.0
    }

    /// The class given by the first digit.
    pub fn class(self) -> ReplyClass {
        match self.0 / 100 {
            2 => ReplyClass::PositiveCompletion,
            3 => ReplyClass::PositiveIntermediate,
            4 => ReplyClass::TransientNegative,
            _ => ReplyClass::PermanentNegative,
        }
    }

    /// True for 4yz and 5yz replies.
    pub fn is_failure(self) -> bool {
        self.0 >= 400
    }
}

impl fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for ReplyCode {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        if s.len() != 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(());
        }
        s.parse().ok().and_then(ReplyCode::new).ok_or(())
    }
}

impl Serialize for ReplyCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u16(self.0)
    }
}

/// An RFC 3463 enhanced status code `class.subject.detail`, e.g. `5.7.1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EnhancedCode {
    /// 2 (success), 4 (persistent transient) or 5 (permanent).
    pub class: u8,
    /// 0–7 in RFC 3463; up to three digits are accepted as the RFC allows.
    pub subject: u16,
    /// Up to three digits (Microsoft uses e.g. 5.7.139, 4.7.500).
    pub detail: u16,
}

/// The subject of an enhanced status code (RFC 3463 §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StatusSubject {
    /// X.0.X
    Other,
    /// X.1.X: addressing (sender or recipient address)
    Addressing,
    /// X.2.X: the recipient's mailbox
    Mailbox,
    /// X.3.X: the receiving mail system
    MailSystem,
    /// X.4.X: network and routing
    Network,
    /// X.5.X: the mail delivery protocol
    Protocol,
    /// X.6.X: message content or media
    Content,
    /// X.7.X: security or policy
    SecurityOrPolicy,
    /// Anything outside RFC 3463's list.
    Unassigned,
}

impl EnhancedCode {
    /// Builds a code; the class must be 2, 4 or 5 and subject/detail at most three digits.
    pub fn new(class: u8, subject: u16, detail: u16) -> Option<Self> {
        (matches!(class, 2 | 4 | 5) && subject <= 999 && detail <= 999).then_some(EnhancedCode {
            class,
            subject,
            detail,
        })
    }

    /// The subject as a typed value.
    pub fn subject_kind(self) -> StatusSubject {
        match self.subject {
            0 => StatusSubject::Other,
            1 => StatusSubject::Addressing,
            2 => StatusSubject::Mailbox,
            3 => StatusSubject::MailSystem,
            4 => StatusSubject::Network,
            5 => StatusSubject::Protocol,
            6 => StatusSubject::Content,
            7 => StatusSubject::SecurityOrPolicy,
            _ => StatusSubject::Unassigned,
        }
    }

    /// True when `self` equals `class.subject.detail`.
    pub fn is(self, class: u8, subject: u16, detail: u16) -> bool {
        self.class == class && self.subject == subject && self.detail == detail
    }

    /// Subject and detail equal, whatever the class (4.7.1 and 5.7.1 mean the same thing,
    /// once temporary and once permanent).
    pub fn is_any_class(self, subject: u16, detail: u16) -> bool {
        self.subject == subject && self.detail == detail
    }
}

impl fmt::Display for EnhancedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.class, self.subject, self.detail)
    }
}

impl FromStr for EnhancedCode {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        let mut parts = s.split('.');
        let mut next = |max_len: usize| -> Result<u16, ()> {
            let p = parts.next().ok_or(())?;
            if p.is_empty() || p.len() > max_len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(());
            }
            p.parse().map_err(|_| ())
        };
        let class = next(1)?;
        let subject = next(3)?;
        let detail = next(3)?;
        if parts.next().is_some() {
            return Err(());
        }
        EnhancedCode::new(class as u8, subject, detail).ok_or(())
    }
}

impl Serialize for EnhancedCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reply_codes_are_validated() {
        assert_eq!(ReplyCode::new(550).map(ReplyCode::get), Some(550));
        assert!(ReplyCode::new(465).is_none(), "465 is a port, not a reply");
        assert!(ReplyCode::new(199).is_none());
        assert!(ReplyCode::new(600).is_none());
        assert_eq!(
            "421".parse::<ReplyCode>().map(ReplyCode::class),
            Ok(ReplyClass::TransientNegative)
        );
        assert!("5500".parse::<ReplyCode>().is_err());
    }

    #[test]
    fn enhanced_codes_round_trip() {
        let c: EnhancedCode = "5.7.139".parse().expect("valid");
        assert_eq!(c.to_string(), "5.7.139");
        assert_eq!(c.subject_kind(), StatusSubject::SecurityOrPolicy);
        assert!("4.2.0".parse::<EnhancedCode>().is_ok());
        assert!("3.1.1".parse::<EnhancedCode>().is_err());
        assert!("5.7.1.2".parse::<EnhancedCode>().is_err());
        assert!("5..1".parse::<EnhancedCode>().is_err());
        assert!("5.7.1000".parse::<EnhancedCode>().is_err());
    }
}
