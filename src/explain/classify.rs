//! Weighs phrases and codes into exactly one cause.
//!
//! Scoring instead of a first-match rule list: real texts mix signals ("Relaying denied.
//! Proper authentication required", "Service unavailable; Client host blocked using
//! Spamhaus"), and a score keeps every signal visible as evidence. Phrases come from
//! `rules.rs` and are found in one Aho-Corasick pass; the server's own reply is scored a
//! second time so it outweighs a mail program's wrapper text; reply code, enhanced status
//! code and Outlook error number add priors that the words can overrule.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::Serialize;

use super::hresult;
use super::normalize::normalize;
use super::parse::{Facts, SourceKind};
use super::rules::{B, ERROR_MARKERS, FAMILY_WORDS, PHRASES, S, TOPIC_WORDS};
use crate::findings::Cause;
use crate::smtp::{EnhancedCode, ReplyCode};

/// How sure the classifier is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Only codes, or weak words.
    Low,
    /// Clear words, or words and codes that agree.
    Medium,
    /// Decisive words with no strong competitor.
    High,
}

/// Why the classifier chose its cause.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Evidence {
    /// A known phrase, and whether it stood in the server's own reply.
    Phrase {
        phrase: &'static str,
        in_server_response: bool,
    },
    /// The SMTP reply code.
    ReplyCode { code: ReplyCode },
    /// The enhanced status code.
    EnhancedCode { code: EnhancedCode },
    /// The Outlook error number.
    Hresult {
        #[serde(serialize_with = "ser_hex")]
        code: u32,
        symbol: Option<&'static str>,
    },
    /// A connection to port 25 timed out: typical of a network that blocks port 25.
    Port25Timeout,
}

fn ser_hex<S: serde::Serializer>(h: &u32, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&format_args!("0x{h:08X}"))
}

/// The classifier's verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// The chosen cause.
    pub cause: Cause,
    /// How sure.
    pub confidence: Confidence,
    /// What pointed to the cause.
    pub evidence: Vec<Evidence>,
    /// Microsoft reports SMTP AUTH / basic auth as switched off (5.7.139 and similar).
    pub basic_auth_disabled: bool,
}

struct Pattern {
    cause: Cause,
    weight: u16,
    phrase: &'static str,
    prefix: bool,
}

struct Matcher {
    ac: AhoCorasick,
    patterns: Vec<Pattern>,
}

impl Matcher {
    fn new(table: impl Iterator<Item = (Cause, u16, &'static str)>) -> Matcher {
        let patterns: Vec<Pattern> = table
            .map(|(cause, weight, phrase)| Pattern {
                cause,
                weight,
                phrase: phrase.trim_end_matches('*'),
                prefix: phrase.ends_with('*'),
            })
            .collect();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(patterns.iter().map(|p| p.phrase))
            .expect("phrase table builds");
        Matcher { ac, patterns }
    }

    /// Each pattern found in `norm` at word boundaries, once, in order of appearance.
    fn hits(&self, norm: &str) -> Vec<usize> {
        let mut seen = vec![false; self.patterns.len()];
        let mut out = vec![];
        for hit in self.ac.find_overlapping_iter(norm) {
            let id = hit.pattern().as_usize();
            if seen[id] {
                continue;
            }
            let p = &self.patterns[id];
            let starts_word = p.phrase.starts_with(char::is_alphanumeric);
            let ends_word = p.phrase.ends_with(char::is_alphanumeric);
            if starts_word
                && norm[..hit.start()]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            // `relay=mx.example` in a log line is a field name, not the word.
            let word_end = norm[hit.end()..]
                .find(|c: char| !c.is_alphanumeric())
                .map_or(norm.len(), |i| hit.end() + i);
            if starts_word && norm[word_end..].starts_with('=') {
                continue;
            }
            if ends_word
                && !p.prefix
                && norm[hit.end()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            seen[id] = true;
            out.push(id);
        }
        out
    }
}

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| Matcher::new(PHRASES.iter().copied()));

/// The phrases that say the provider switched password sign-in off.
static BASIC_AUTH_OFF: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    MATCHER
        .patterns
        .iter()
        .filter(|p| p.cause == Cause::AuthMechanismUnsupported && p.weight == B)
        .map(|p| p.phrase)
        .collect()
});

/// The fallback tier's words: family words, topic words, then failure markers (their cause
/// is a placeholder and never used).
static FALLBACK: LazyLock<(Matcher, usize, usize)> = LazyLock::new(|| {
    let table = FAMILY_WORDS
        .iter()
        .copied()
        .chain(TOPIC_WORDS.iter().copied())
        .chain(ERROR_MARKERS.iter().map(|&w| (Cause::Unknown, 0, w)));
    (
        Matcher::new(table),
        FAMILY_WORDS.len(),
        FAMILY_WORDS.len() + TOPIC_WORDS.len(),
    )
});

type Scores = [u32; Cause::ALL.len()];

/// Tie-break order when two causes score the same: the more specific first.
const PRECEDENCE: [Cause; 21] = [
    Cause::AppPasswordRequired,
    Cause::TlsRequired,
    Cause::SenderRejectedNotOwned,
    Cause::RelayDenied,
    Cause::AuthMechanismUnsupported,
    Cause::AuthFailed,
    Cause::AuthRequired,
    Cause::TlsFailed,
    Cause::SenderDomainInvalid,
    Cause::RecipientUnknown,
    Cause::MailboxFull,
    Cause::MessageTooLarge,
    Cause::BlockedDynamicIpOrPort25,
    Cause::BlockedIpBlacklist,
    Cause::Greylisted,
    Cause::RateLimited,
    Cause::SpamContentRejected,
    Cause::ConnectionTimeout,
    Cause::ConnectionFailed,
    Cause::ServerBusyOrUnavailable,
    Cause::PolicyOther,
];

/// Below this a cause is not taken from words alone.
const MIN_SCORE: u32 = 4;

/// Classifies `text`, whose facts were already parsed.
pub fn classify(text: &str, facts: &Facts) -> Verdict {
    let mut scores: Scores = [0; Cause::ALL.len()];
    let mut evidence = Vec::new();

    // The server's own reply first, so its phrases are marked as such in the evidence.
    if let Some(resp) = &facts.server_response {
        score_phrases(&normalize(resp), 1, true, &mut scores, &mut evidence);
    }
    let norm = normalize(text);
    score_phrases(&norm, 1, false, &mut scores, &mut evidence);
    let words_best = scores.iter().copied().max().unwrap_or(0);
    let priors = code_priors(facts);
    for &(cause, weight, _) in &priors {
        scores[cause as usize] += u32::from(weight);
    }

    // Microsoft's codes for "password sign-in is switched off": 5.7.139 (tenant, mailbox,
    // security defaults, conditional access) and 5.7.30 (basic auth retired for submission).
    let basic_auth_code = facts
        .enhanced_code
        .is_some_and(|e| e.is_any_class(7, 139) || e.is_any_class(7, 30));
    let has_phrase = |want: &dyn Fn(&str) -> bool| {
        evidence
            .iter()
            .any(|e| matches!(e, Evidence::Phrase { phrase, .. } if want(phrase)))
    };
    let basic_auth_phrase = has_phrase(&|p| BASIC_AUTH_OFF.contains(&p));
    // 5.7.139 also says "the user credentials were incorrect": then the password is wrong.
    let wrong_password = has_phrase(&|p| p == "credentials were incorrect");

    let mut ranked: Vec<(Cause, u32)> = PRECEDENCE
        .iter()
        .map(|&c| (c, scores[c as usize]))
        .collect();
    // Stable sort keeps PRECEDENCE order among equal scores.
    ranked.sort_by_key(|r| std::cmp::Reverse(r.1));
    let (mut cause, best) = ranked[0];
    let second = ranked[1].1;

    let has_failure_code = facts.reply_code.is_some_and(ReplyCode::is_failure)
        || facts.enhanced_code.is_some_and(|e| e.class != 2)
        || facts
            .hresult
            .is_some_and(|h| hresult::usual_cause(h).is_some());
    let mut fallback_evidence = None;
    if best < MIN_SCORE && !(has_failure_code && best > 0) {
        // Below the precise rules: the word families, with low confidence.
        match fallback(&norm, facts, &scores, has_failure_code) {
            Some((c, ev)) => {
                cause = c;
                fallback_evidence = Some(ev);
            }
            None => {
                return Verdict {
                    cause: Cause::Unknown,
                    confidence: Confidence::Low,
                    evidence: vec![],
                    basic_auth_disabled: false,
                };
            }
        }
    }

    // A timeout towards port 25 is, far more often than not, a network that filters port 25.
    // Only for the user's own client: in a bounce, port 25 is between two servers.
    let own_client = !matches!(facts.source, SourceKind::Bounce | SourceKind::LogLine);
    if cause == Cause::ConnectionTimeout && facts.port == Some(25) && own_client {
        cause = Cause::BlockedDynamicIpOrPort25;
        evidence.push(Evidence::Port25Timeout);
    }

    let confidence = if fallback_evidence.is_some() {
        Confidence::Low
    } else if words_best >= u32::from(S) && best >= 2 * second {
        Confidence::High
    } else if best >= 5 {
        Confidence::Medium
    } else {
        Confidence::Low
    };

    // Keep only what speaks for the verdict (a port-25 block is first seen as a timeout).
    let supports = |c: Cause| {
        c == cause || (cause == Cause::BlockedDynamicIpOrPort25 && c == Cause::ConnectionTimeout)
    };
    evidence.retain(|e| match e {
        Evidence::Phrase { phrase, .. } => MATCHER
            .patterns
            .iter()
            .any(|p| p.phrase == *phrase && supports(p.cause)),
        _ => true,
    });
    for (c, _, ev) in priors {
        if supports(c) && !evidence.contains(&ev) {
            evidence.push(ev);
        }
    }
    evidence.extend(fallback_evidence.unwrap_or_default());
    Verdict {
        cause,
        confidence,
        evidence,
        basic_auth_disabled: match cause {
            Cause::AuthMechanismUnsupported => basic_auth_phrase || basic_auth_code,
            Cause::AuthFailed => basic_auth_code && !wrong_password,
            _ => false,
        },
    }
}

fn score_phrases(
    norm: &str,
    factor: u32,
    in_response: bool,
    scores: &mut Scores,
    evidence: &mut Vec<Evidence>,
) {
    let m = &*MATCHER;
    for id in m.hits(norm) {
        let p = &m.patterns[id];
        scores[p.cause as usize] += u32::from(p.weight) * factor;
        let ev = Evidence::Phrase {
            phrase: p.phrase,
            in_server_response: in_response,
        };
        if !evidence
            .iter()
            .any(|e| matches!(e, Evidence::Phrase { phrase, .. } if *phrase == p.phrase))
        {
            evidence.push(ev);
        }
    }
}

/// The fallback tier: the cause whose family of words the text uses most, when the precise
/// phrases and the codes decided nothing. Topic words ("Kennwort", "certificate") count only
/// when the text also reports a failure; a text that reports success (a 2xx reply) or no
/// failure at all gives `None`, i.e. `unknown`.
fn fallback(
    norm: &str,
    facts: &Facts,
    scores: &Scores,
    has_failure_code: bool,
) -> Option<(Cause, Vec<Evidence>)> {
    if facts.reply_code.is_some_and(|c| !c.is_failure()) && !has_failure_code {
        return None;
    }
    let (m, topics_from, markers_from) = &*FALLBACK;
    let mut total = *scores;
    let mut topic: Scores = [0; Cause::ALL.len()];
    let mut failure = has_failure_code;
    let mut found = vec![];
    for id in m.hits(norm) {
        let p = &m.patterns[id];
        if id >= *markers_from {
            failure = true;
        } else if id >= *topics_from {
            topic[p.cause as usize] += u32::from(p.weight);
            found.push(p);
        } else {
            total[p.cause as usize] += u32::from(p.weight);
            failure = true;
            found.push(p);
        }
    }
    if failure {
        for (t, x) in total.iter_mut().zip(topic) {
            *t += x;
        }
    }
    let (cause, best) = PRECEDENCE
        .iter()
        .map(|&c| (c, total[c as usize]))
        .fold((Cause::Unknown, 0), |a, b| if b.1 > a.1 { b } else { a });
    if best == 0 {
        return None;
    }
    let evidence = found
        .into_iter()
        .filter(|p| failure && p.cause == cause)
        .map(|p| Evidence::Phrase {
            phrase: p.phrase,
            in_server_response: false,
        })
        .collect();
    Some((cause, evidence))
}

/// Priors from the codes. Enhanced codes are specific (Microsoft's 5.7.139, Gmail's 4.7.28);
/// bare reply codes only nudge.
fn code_priors(f: &Facts) -> Vec<(Cause, u16, Evidence)> {
    use Cause::*;
    let mut out = Vec::new();
    let code = f.reply_code.map(ReplyCode::get);
    if let Some(e) = f.enhanced_code {
        let (s, d) = (e.subject, e.detail);
        let prior = match (e.class, s, d) {
            (_, 7, 139) => Some((AuthMechanismUnsupported, 10)),
            (_, 7, 30) => Some((AuthMechanismUnsupported, 8)),
            (_, 7, 57) => Some((AuthRequired, 8)),
            (_, 7, 60) => Some((SenderRejectedNotOwned, 8)),
            (_, 7, 54 | 64) => Some((RelayDenied, 8)),
            (_, 7, 606..=649) => Some((BlockedIpBlacklist, 8)),
            (_, 7, 708) => Some((BlockedIpBlacklist, 8)),
            (_, 7, 705) => Some((SpamContentRejected, 8)),
            (_, 7, 750) => Some((PolicyOther, 6)),
            (4, 7, 500..=699) => Some((RateLimited, 12)),
            (_, 7, 23..=27) => Some((PolicyOther, 6)),
            (_, 7, 28) => Some((RateLimited, 6)),
            (_, 7, 14) => Some((AppPasswordRequired, 6)),
            (_, 7, 9) if code == Some(534) => Some((AppPasswordRequired, 6)),
            (_, 7, 10 | 11) => Some((TlsRequired, 5)),
            (_, 7, 8) => Some((AuthFailed, 5)),
            (_, 7, 3) if code == Some(535) => Some((AuthFailed, 4)),
            (_, 7, 0) if code == Some(530) => Some((AuthRequired, 3)),
            (_, 7, 4) if code == Some(504) => Some((AuthMechanismUnsupported, 5)),
            (4, 7, 1) if matches!(code, Some(450 | 451)) => Some((Greylisted, 7)),
            // A milter's or policy server's soft reject, logged without the reply code.
            (4, 7, 1) if code.is_none() => Some((Greylisted, 5)),
            (_, 7, 1) => Some((PolicyOther, 2)),
            (_, 1, 1 | 10) => Some((RecipientUnknown, 6)),
            (_, 1, 2 | 3 | 6) => Some((RecipientUnknown, 4)),
            (_, 1, 0) => Some((RecipientUnknown, 3)),
            (_, 2, 1) => Some((RecipientUnknown, 4)),
            (_, 1, 7 | 8) => Some((SenderDomainInvalid, 6)),
            (_, 2, 2) => Some((MailboxFull, 6)),
            (_, 2, 3) | (_, 3, 4) => Some((MessageTooLarge, 6)),
            (_, 3, 2) => Some((ServerBusyOrUnavailable, 4)),
            (_, 3, 1) => Some((ServerBusyOrUnavailable, 3)),
            (_, 3, 0) => Some((ServerBusyOrUnavailable, 2)),
            (4, 4, 1) => Some((ConnectionTimeout, 4)),
            (_, 4, 316) => Some((ConnectionFailed, 6)),
            (_, 4, 2 | 4) => Some((ConnectionFailed, 3)),
            (_, 4, 5) => Some((ServerBusyOrUnavailable, 5)),
            (_, 4, 7) => Some((ConnectionTimeout, 3)),
            (_, 5, 3) => Some((RateLimited, 6)),
            (4, 2, 0) => Some((Greylisted, 2)),
            _ => None,
        };
        if let Some((cause, w)) = prior {
            out.push((cause, w, Evidence::EnhancedCode { code: e }));
        }
    }
    if let Some(c) = f.reply_code {
        let prior = match c.get() {
            421 => Some((ServerBusyOrUnavailable, 3)),
            450 | 451 => Some((ServerBusyOrUnavailable, 2)),
            452 => Some((RateLimited, 2)),
            454 => Some((TlsFailed, 2)),
            530 => Some((AuthRequired, 4)),
            534 => Some((AppPasswordRequired, 3)),
            535 => Some((AuthFailed, 5)),
            538 => Some((TlsRequired, 5)),
            551 => Some((RelayDenied, 3)),
            552 => Some((MessageTooLarge, 2)),
            504 => Some((AuthMechanismUnsupported, 1)),
            500..=599 => Some((PolicyOther, 1)),
            400..=499 => Some((ServerBusyOrUnavailable, 1)),
            _ => None,
        };
        if let Some((cause, w)) = prior {
            out.push((cause, w, Evidence::ReplyCode { code: c }));
        }
    }
    if let Some(h) = f.hresult
        && let Some(cause) = hresult::usual_cause(h)
    {
        out.push((
            cause,
            5,
            Evidence::Hresult {
                code: h,
                symbol: hresult::symbol(h),
            },
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explain::explain;

    /// Each text must get its cause from the fallback tier: low confidence, with fixes.
    fn all_low(cases: &[(&str, Cause)]) {
        let wrong: Vec<String> = cases
            .iter()
            .filter_map(|&(t, want)| {
                let e = explain(t);
                (e.cause != want || e.confidence != Confidence::Low || e.fixes.is_empty())
                    .then(|| format!("{t}: {:?} {:?}", e.cause, e.confidence))
            })
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn fallback_tier_recognises_the_families_in_english() {
        let cases = [
            (
                "The mail server refused to talk to us.",
                Cause::ConnectionFailed,
            ),
            (
                "Sending failed: the link to the server was disconnected.",
                Cause::ConnectionFailed,
            ),
            (
                "Error: the DNS lookup of the outgoing server failed",
                Cause::ConnectionFailed,
            ),
            (
                "Sending stopped: the server is not responding.",
                Cause::ConnectionTimeout,
            ),
            (
                "Could not encrypt the transfer to the server",
                Cause::TlsFailed,
            ),
            (
                "Problem with the SSL settings of this account",
                Cause::TlsFailed,
            ),
            (
                "Error: the saved password for this account is wrong",
                Cause::AuthFailed,
            ),
            ("Login error for user max", Cause::AuthFailed),
            ("The recipient's quota has been used up", Cause::MailboxFull),
            ("Your mail was filtered as junk", Cause::SpamContentRejected),
            (
                "Error: the recipient could not be found",
                Cause::RecipientUnknown,
            ),
            (
                "Failed: the attachment size is over the limit",
                Cause::MessageTooLarge,
            ),
            (
                "The service is unavailable right now",
                Cause::ServerBusyOrUnavailable,
            ),
        ];
        all_low(&cases);
    }

    #[test]
    fn fallback_tier_recognises_the_families_in_german() {
        let cases = [
            (
                "Der Server hat die Verbindung getrennt.",
                Cause::ConnectionFailed,
            ),
            (
                "Fehler: Der Name des Servers konnte nicht aufgelöst werden (DNS).",
                Cause::ConnectionFailed,
            ),
            ("Fehler: Der Server ist offline.", Cause::ConnectionFailed),
            (
                "Der Postausgangsserver reagiert nicht.",
                Cause::ConnectionTimeout,
            ),
            ("Der Server ist nicht vertrauenswürdig.", Cause::TlsFailed),
            ("Fehler bei der Verschlüsselung", Cause::TlsFailed),
            ("Fehler: Das Kennwort ist abgelaufen.", Cause::AuthFailed),
            ("Anmeldung beim Server nicht möglich", Cause::AuthFailed),
            ("Das Postfach des Empfängers ist voll.", Cause::MailboxFull),
            (
                "Die Nachricht wurde wegen Viren zurückgewiesen.",
                Cause::SpamContentRejected,
            ),
            ("Den Empfänger gibt es nicht.", Cause::RecipientUnknown),
            (
                "Fehler: Die Größe der Anhänge übersteigt das Limit.",
                Cause::MessageTooLarge,
            ),
            (
                "Der Dienst ist zurzeit nicht verfügbar.",
                Cause::ServerBusyOrUnavailable,
            ),
        ];
        all_low(&cases);
    }

    #[test]
    fn no_error_means_unknown() {
        for t in [
            "",
            "Hello, how are you?",
            "Guten Tag, anbei die Unterlagen.",
            "250 2.0.0 Ok: queued as 4B7F1A2",
            "Message sent: 250 OK id=1tXyZ-000abc-12",
            "Verbindung zum Server smtp.example.de hergestellt.",
            "Connected to smtp.example.com, password saved.",
        ] {
            let e = explain(t);
            assert_eq!(e.cause, Cause::Unknown, "{t}");
            assert!(e.fixes.is_empty(), "{t}");
        }
    }

    #[test]
    fn precise_rules_keep_their_confidence() {
        let e = explain("554 5.7.1 <a@b.example>: Relay access denied");
        assert_eq!(e.cause, Cause::RelayDenied);
        assert_eq!(e.confidence, Confidence::High);
    }
}
