//! Pulls the facts out of a pasted error: codes, port, encryption, addresses, the server's
//! own words, and which kind of text (and which mail program) it came from.
//!
//! Every extractor is a `regex` search (guaranteed linear time) or a single scan, so a
//! 1 MiB paste costs a few milliseconds, never more. Nothing here decides the cause; that is
//! `classify.rs`, which weighs these facts with the phrases.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::findings::MailClient;
use crate::smtp::{EnhancedCode, ReplyCode};

/// Longest server response kept (characters); a paste may hold a whole mailbox.
const MAX_RESPONSE_CHARS: usize = 2000;

/// What kind of text was pasted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// An error dialog of a mail program (Outlook, Thunderbird, Apple Mail).
    ClientDialog,
    /// A bounce / non-delivery report.
    Bounce,
    /// An exception or error from a programming library (.NET, nodemailer, PHPMailer, smtplib).
    ClientLibrary,
    /// A mail server log line.
    LogLine,
    /// A bare SMTP reply.
    ServerReply,
    /// Anything else.
    #[default]
    Other,
}

/// Everything the parser could find. All fields are optional: a paste may hold any subset.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Facts {
    /// Kind of text.
    pub source: SourceKind,
    /// The mail program, when the text shows it.
    pub client: MailClient,
    /// The SMTP reply code the server gave.
    pub reply_code: Option<ReplyCode>,
    /// The RFC 3463 enhanced status code.
    pub enhanced_code: Option<EnhancedCode>,
    /// Outlook / Outlook Express error number, e.g. `0x800CCC79`.
    #[serde(serialize_with = "ser_hresult")]
    pub hresult: Option<u32>,
    /// Port of the failed connection.
    pub port: Option<u16>,
    /// Whether the connection was encrypted ("Secure (SSL): Yes/No").
    pub tls: Option<bool>,
    /// The address the server refused.
    pub rejected_address: Option<String>,
    /// The outgoing server's host name.
    pub server: Option<String>,
    /// The account name a dialog shows.
    pub account: Option<String>,
    /// Protocol named in a dialog (SMTP, POP3, IMAP).
    pub protocol: Option<String>,
    /// The login a server named ("not owned by user X").
    pub login: Option<String>,
    /// An IPv4 address the text names (blocklist entries name the sender's IP).
    pub ip: Option<String>,
    /// The server's own words, without the mail program's wrapping.
    pub server_response: Option<String>,
}

fn ser_hresult<S: serde::Serializer>(h: &Option<u32>, s: S) -> Result<S::Ok, S::Error> {
    match h {
        Some(h) => s.collect_str(&format_args!("0x{h:08X}")),
        None => s.serialize_none(),
    }
}

macro_rules! re {
    ($name:ident, $pat:expr) => {
        static $name: LazyLock<Regex> =
            LazyLock::new(|| Regex::new($pat).expect(concat!("valid regex ", stringify!($name))));
    };
}

const ADDR: &str = r"[A-Za-z0-9._%+\-!#$&*=?^{|}~][A-Za-z0-9._%+\-!#$&'*=?^{|}~]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+";

re!(RE_CODE, r"\b([2-5][0-5][0-9])\b");
re!(
    RE_ENHANCED,
    r"(?:^|[^0-9.])([245])\.([0-9]{1,3})\.([0-9]{1,3})(?:[^0-9.]|\.(?:[^0-9]|$)|$)"
);
re!(RE_HRESULT, r"(?i)\b0x(800ccc[0-9a-f]{2})\b");
re!(
    RE_PORT,
    r"(?i)\b(?:port|anschluss)\s*[:=]?\s*([0-9]{1,5})\b"
);
re!(
    RE_HOST_PORT,
    r"(?i)(?:\b[0-9]{1,3}(?:\.[0-9]{1,3}){3}|\b[a-z][a-z0-9\-]*(?:\.[a-z0-9\-]+)+|\[[0-9a-f:.]+\]):([0-9]{2,5})\b"
);
re!(
    RE_SECURE,
    r"(?i)(?:secure|sicher)\s*\(ssl\)\s*[:;]?\s*(yes|no|ja|nein)\b"
);
re!(RE_SSL_URL, r"(?i)\b(?:ssl|tls)://");
re!(
    RE_IPV4,
    r"\b((?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})\b"
);
re!(RE_ADDR, &format!(r"<?({ADDR})>?"));
re!(
    RE_REJECTED,
    &format!(
        r#"(?i)(?:rejected e-?mail address was|nicht akzeptierte e-?mail-adresse ist|check the message recipient|überprüfen sie den empfänger|final-recipient:\s*rfc822;|original-recipient:\s*rfc822;|rcpt to:?)\s*['"„“<]*({ADDR})"#
    )
);
re!(
    RE_NOT_OWNED_LOGIN,
    &format!(r"(?i)(?:not owned by user|username)\s+<?({ADDR})")
);
re!(
    RE_SERVER,
    r#"(?i)\bserver\s*:\s*['"„“]?<?([a-z0-9][a-z0-9.\-]*\.[a-z]{2,})"#
);
re!(
    RE_TB_SERVER,
    r"(?i)(?:outgoing server \(smtp\)|postausgangs-server \(smtp\)|postausgangs-server|outgoing server)\s+([a-z0-9][a-z0-9.\-]*\.[a-z]{2,})"
);
re!(
    RE_HOST_SAID,
    r"(?i)\bhost\s+([a-z0-9][a-z0-9.\-]*\.[a-z]{2,})\s*\[[0-9a-f.:]+\]\s+said"
);
re!(
    RE_URL_HOST,
    r"(?i)\b(?:ssl|tls|smtps?)://([a-z0-9][a-z0-9.\-]*\.[a-z]{2,})"
);
re!(
    RE_ACCOUNT,
    r#"(?i)\b(?:account|konto)\s*:\s*['"„“]([^'"“”\n]{1,200})['"“”]"#
);
re!(
    RE_PROTOCOL,
    r"(?i)\b(?:protocol|protokoll)\s*:\s*(smtp|pop3|imap|http)\b"
);
// The server's own words inside a wrapper. Each alternative captures up to the end of the
// line; `trim_response` then cuts quotes and the wrapper's trailing fields.
re!(
    RE_WRAPPED,
    r#"(?im)(?:the server response was|server response|die serverantwort war|serverantwort|the server responded|server responded|the mail server responded|the mail server sent|der (?:e-mail-|mail-)?server antwortete|der postausgangs-server \(smtp\) antwortete|der server hat geantwortet|the server response was|remote server returned|diagnostic-code:\s*smtp\s*;|said\s*:|smtp error from remote mail server after [^:\n]{0,300}:|command failed\s*:|server -> client\s*:|invalid login\s*:|server replied\s*:)\s*[:;]?\s*(.+)"#
);
re!(
    RE_SMTPLIB,
    r#"\(\s*([2-5][0-9]{2})\s*,\s*b?['"]((?:[^'"\\]|\\.){1,2000})['"]"#
);

/// Extracts all facts from `text`.
pub fn parse(text: &str) -> Facts {
    let mut facts = Facts {
        hresult: RE_HRESULT
            .captures(text)
            .and_then(|c| u32::from_str_radix(&c[1], 16).ok()),
        port: find_port(text),
        tls: find_tls(text),
        account: RE_ACCOUNT.captures(text).map(|c| c[1].trim().to_owned()),
        protocol: RE_PROTOCOL.captures(text).map(|c| c[1].to_uppercase()),
        login: RE_NOT_OWNED_LOGIN.captures(text).map(|c| c[1].to_owned()),
        server: find_server(text),
        ..Facts::default()
    };

    let wrapped = find_wrapped_response(text);
    let (code, code_at) = match find_reply_code(wrapped.as_deref().unwrap_or(""))
        .map(|(c, _)| (c, None))
        .or_else(|| find_reply_code(text).map(|(c, at)| (c, Some(at))))
    {
        Some((c, at)) => (Some(c), at),
        None => (None, None),
    };
    facts.reply_code = code;
    facts.server_response = wrapped.or_else(|| code_at.map(|at| response_from(text, at)));
    let scope = facts.server_response.as_deref().unwrap_or(text);
    facts.enhanced_code = find_enhanced(scope, code).or_else(|| find_enhanced(text, code));
    facts.rejected_address = RE_REJECTED
        .captures(text)
        .map(|c| c[1].to_owned())
        .or_else(|| {
            let resp = facts.server_response.as_deref()?;
            RE_ADDR.captures(resp).map(|c| c[1].to_owned())
        });
    facts.ip = RE_IPV4
        .captures(scope)
        .or_else(|| RE_IPV4.captures(text))
        .map(|c| c[1].to_owned());
    let (source, client) = detect_source(text, &facts);
    facts.source = source;
    facts.client = client;
    facts
}

/// The outgoing server's name. An NDR's "Generating server:" / "Receiving server:" is some
/// other server, not the user's.
fn find_server(text: &str) -> Option<String> {
    let outlook = RE_SERVER.captures_iter(text).find(|c| {
        let start = c.get(0).map_or(0, |m| m.start());
        let before = text[..start].trim_end().to_ascii_lowercase();
        !(before.ends_with("generating")
            || before.ends_with("receiving")
            || before.ends_with("sending"))
    });
    outlook
        .or_else(|| {
            [&*RE_TB_SERVER, &*RE_HOST_SAID, &*RE_URL_HOST]
                .iter()
                .find_map(|re| re.captures(text))
        })
        .map(|c| c[1].trim_end_matches('.').to_owned())
}

/// The best reply code in `text` and its byte offset. Candidates are scored: followed by an
/// enhanced code of the same class, at a line start, or after words like "response" and
/// "Serverfehler" count up; after "port"/"Anschluss" or inside an IP address or a date, a
/// number is no reply code at all.
fn find_reply_code(text: &str) -> Option<(ReplyCode, usize)> {
    let mut best: Option<(i32, ReplyCode, usize)> = None;
    // Line starts are tracked incrementally so that a 1 MiB single-line paste full of
    // numbers stays linear.
    let (mut scanned, mut line_start) = (0, 0);
    for m in RE_CODE.find_iter(text) {
        if let Some(i) = text[scanned..m.start()].rfind('\n') {
            line_start = scanned + i + 1;
        }
        scanned = m.start();
        let Ok(code) = m.as_str().parse::<ReplyCode>() else {
            continue;
        };
        let before = &text[line_start..m.start()];
        let after = &text[m.end()..];
        let prev = before.chars().next_back();
        let next = after.chars().next();
        if matches!(
            prev,
            Some('.' | '/' | '-' | '+' | '#' | '=' | '_' | '@' | '$')
        ) || matches!(next, Some('.' | '@' | '%' | '/' | ']' | '_' | '+'))
            || next.is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let tail_start = before.char_indices().rev().nth(23).map_or(0, |(i, _)| i);
        let tail = before[tail_start..].to_lowercase();
        let tail = tail.trim_end();
        if tail.ends_with("port")
            || tail.ends_with("port:")
            || tail.ends_with("line")
            || after.starts_with(", in ")
            || ["anschluss", "errno", "error number", "size", "limit", "(#"]
                .iter()
                .any(|w| tail.contains(w))
        {
            continue;
        }
        let mut score = 0;
        let ahead: String = after.chars().take(12).collect();
        let ahead = ahead.trim_start_matches([' ', '-', ',', '"', '\'', '\n', '\r', '\t']);
        if let Some(e) = ahead
            .split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .next()
            && let Ok(e) = e.parse::<EnhancedCode>()
            && u16::from(e.class) == code.get() / 100
        {
            score += 4;
        }
        if before.trim().is_empty() {
            score += 3;
        }
        let context = [
            "response",
            "antwort",
            "said",
            "returned",
            "smtp;",
            "error:",
            "fehler:",
            "responded",
            "replied",
            "statuscode:",
            "sent:",
            "was:",
            "failed:",
            "login:",
        ];
        if context.iter().any(|w| tail.ends_with(w)) {
            score += 3;
        }
        if code.is_failure() {
            score += 1;
        }
        if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
            best = Some((score, code, m.start()));
        }
    }
    best.map(|(_, c, at)| (c, at))
}

/// The enhanced code in `text`, preferring one whose class matches the reply code.
fn find_enhanced(text: &str, code: Option<ReplyCode>) -> Option<EnhancedCode> {
    let mut first = None;
    for c in RE_ENHANCED.captures_iter(text) {
        let e = format!("{}.{}.{}", &c[1], &c[2], &c[3])
            .parse::<EnhancedCode>()
            .ok();
        // RFC 3463 subjects are 0–7; "Exim 4.94.2" is a version, not a status.
        let Some(e) = e.filter(|e| e.subject <= 7) else {
            continue;
        };
        if code.is_none_or(|code| u16::from(e.class) == code.get() / 100) {
            return Some(e);
        }
        first.get_or_insert(e);
    }
    first
}

fn find_port(text: &str) -> Option<u16> {
    const CODE_FILES: [&str; 14] = [
        "js", "ts", "mjs", "java", "py", "php", "cs", "rb", "go", "rs", "kt", "c", "cpp", "h",
    ];
    let host_port = || {
        RE_HOST_PORT.captures_iter(text).find_map(|c| {
            let whole = c.get(0)?;
            let after = &text[whole.end()..];
            // `index.js:25:19` and `Foo.java:2358)` are source positions, not ports.
            let tld = whole
                .as_str()
                .rsplit_once(':')?
                .0
                .rsplit('.')
                .next()
                .unwrap_or("");
            let source_position = after.starts_with(')')
                || after.starts_with(':') && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
                || CODE_FILES.iter().any(|e| tld.eq_ignore_ascii_case(e));
            (!source_position).then(|| c[1].to_owned())
        })
    };
    RE_PORT
        .captures(text)
        .map(|c| c[1].to_owned())
        .or_else(host_port)
        .and_then(|p| p.parse::<u16>().ok())
        .filter(|p| *p > 0)
}

fn find_tls(text: &str) -> Option<bool> {
    if let Some(c) = RE_SECURE.captures(text) {
        return Some(matches!(c[1].to_ascii_lowercase().as_str(), "yes" | "ja"));
    }
    RE_SSL_URL.is_match(text).then_some(true)
}

/// The server's words inside a mail program's or library's wrapper text.
fn find_wrapped_response(text: &str) -> Option<String> {
    if let Some(c) = RE_SMTPLIB.captures(text) {
        return Some(cap(&format!("{} {}", &c[1], c[2].replace("\\n", " "))));
    }
    // Several wrappers (a PHPMailer debug log has one per server line): take the first that
    // carries a failure code, else the last.
    let mut chosen = None;
    for c in RE_WRAPPED.captures_iter(text).take(256) {
        let Some(m) = c.get(1) else { continue };
        let failure = trim_response(m.as_str()).starts_with(['4', '5']);
        chosen = Some(m);
        if failure {
            break;
        }
    }
    let m = chosen?;
    // A Postfix bounce continues the reply on the next lines ("said: 554\n5.7.1 …").
    let mut end = m.end();
    for (i, line) in text[end..].split_inclusive('\n').take(9).enumerate() {
        if i == 0 {
            // The rest of the matched line: its line break.
            end += line.len();
            continue;
        }
        let t = line.trim();
        if t.is_empty()
            || t.contains(':') && !t.starts_with(|ch: char| ch.is_ascii_digit() || ch == '<')
        {
            break;
        }
        end += line.len();
    }
    let raw = text[m.start()..end.min(text.len())].trim();
    let trimmed = trim_response(raw);
    (!trimmed.is_empty()).then(|| cap(trimmed))
}

/// Cuts quotes and the trailing fields a dialog puts after the server's words.
fn trim_response(s: &str) -> &str {
    let mut s = s.trim_start_matches(['\'', '"', '„', '“', ' ']);
    let lower = s.to_ascii_lowercase();
    for stop in [
        "', port",
        "\", port",
        "“, port",
        "', anschluss",
        "\", anschluss",
        "“, anschluss",
        ", port",
        ", anschluss",
        " (in reply to",
        ". please check",
        "[stage:",
    ] {
        if let Some(i) = lower.find(stop)
            && s.is_char_boundary(i)
        {
            s = &s[..i];
            break;
        }
    }
    s.trim_end_matches(['\'', '"', '“', '”', ' ', ',', '.'])
}

/// The reply starting at `at`, with its continuation lines.
fn response_from(text: &str, at: usize) -> String {
    let rest = &text[at..];
    let mut end = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        let t = line.trim();
        let continues = i == 0
            || t.len() > 3 && t.as_bytes()[..3].iter().all(u8::is_ascii_digit)
            || t.starts_with(|c: char| c.is_ascii_digit()) && t.contains('.');
        if !continues || i > 30 {
            break;
        }
        end += line.len();
    }
    cap(rest[..end].trim())
}

fn cap(s: &str) -> String {
    s.chars().take(MAX_RESPONSE_CHARS).collect()
}

/// Markers of each kind of text, checked in order (the first match wins).
const MARKERS: &[(SourceKind, MailClient, &[&str])] = &[
    (
        SourceKind::ClientLibrary,
        MailClient::Other,
        &[
            "smtpexception",
            "system.net",
            "smtplib",
            "nodemailer",
            "phpmailer",
            "smtp error:",
            "mailkit",
            "javax.mail",
            "econnrefused",
            "etimedout",
            "eauth",
            "traceback",
            "smtp connect()",
        ],
    ),
    (
        SourceKind::ClientDialog,
        MailClient::Outlook,
        &[
            "secure (ssl)",
            "secure(ssl)",
            "sicher (ssl)",
            "sicher(ssl)",
            "serverantwort",
            "server response:",
            "fehlernummer",
            "error number:",
        ],
    ),
    (
        SourceKind::ClientDialog,
        MailClient::Thunderbird,
        &[
            "outgoing server (smtp)",
            "postausgangs-server",
            "sending of the message failed",
            "senden der nachricht fehlgeschlagen",
            "konten-einstellungen",
            "account settings |",
            "fehler beim senden der nachricht",
            "der mail-server antwortete",
        ],
    ),
    (
        SourceKind::ClientDialog,
        MailClient::AppleMail,
        &[
            "cannot send message using the server",
            "die e-mail kann nicht mit dem server",
            "was rejected by the server",
            "wurde vom server abgelehnt",
        ],
    ),
    (
        SourceKind::Bounce,
        MailClient::Other,
        &[
            "diagnostic-code:",
            "final-recipient:",
            "remote server returned",
            "mail delivery",
            "undeliverable",
            "unzustellbar",
            "delivery has failed",
            "couldn't be delivered",
            "could not be delivered",
            "said:",
            "smtp error from remote mail server",
            "this is the mail system",
        ],
    ),
    (
        SourceKind::LogLine,
        MailClient::Other,
        &[
            "postfix/",
            "status=bounced",
            "status=deferred",
            "exim[",
            "sendmail[",
        ],
    ),
    (
        SourceKind::ClientDialog,
        MailClient::Other,
        &[
            "message not sent",
            "nachricht wurde nicht gesendet",
            "an error occurred while sending",
        ],
    ),
];

fn detect_source(text: &str, facts: &Facts) -> (SourceKind, MailClient) {
    // Only the head matters for these markers; avoids lower-casing a huge paste twice.
    let head: String = text.chars().take(8192).collect::<String>().to_lowercase();
    // An Outlook error number is the surest sign of all.
    if facts.hresult.is_some() {
        return (SourceKind::ClientDialog, MailClient::Outlook);
    }
    if let Some((kind, client, _)) = MARKERS
        .iter()
        .find(|(_, _, words)| words.iter().any(|w| head.contains(w)))
    {
        return (*kind, *client);
    }
    if facts.reply_code.is_some() && text.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return (SourceKind::ServerReply, MailClient::Other);
    }
    (SourceKind::Other, MailClient::Other)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED_550: &str = "Die Nachricht konnte nicht gesendet werden, da einer der Empfänger vom Server nicht akzeptiert wurde. Die nicht akzeptierte E-Mail-Adresse ist <jemand@beispiel.com>. Betreff: \"<Test>\", Konto: \"<Test>\", Server: \"<smtp.beispiel.com>\", Protokoll: SMTP, Serverantwort: \"550 <jemand@beispiel.com>... Relay verweigert\", Anschluss: 25, Secure (SSL): Nein, Serverfehler: 550, Fehlernummer: 0x800CCC79.";

    #[test]
    fn german_outlook_dialog() {
        let f = parse(SEED_550);
        assert_eq!(f.reply_code.map(ReplyCode::get), Some(550));
        assert_eq!(f.hresult, Some(0x800C_CC79));
        assert_eq!(f.port, Some(25));
        assert_eq!(f.tls, Some(false));
        assert_eq!(f.rejected_address.as_deref(), Some("jemand@beispiel.com"));
        assert_eq!(f.server.as_deref(), Some("smtp.beispiel.com"));
        assert_eq!(f.account.as_deref(), Some("<Test>"));
        assert_eq!(f.protocol.as_deref(), Some("SMTP"));
        assert_eq!(
            f.server_response.as_deref(),
            Some("550 <jemand@beispiel.com>... Relay verweigert")
        );
        assert_eq!(f.client, MailClient::Outlook);
        assert_eq!(f.source, SourceKind::ClientDialog);
    }

    #[test]
    fn english_outlook_express_dialog() {
        let t = "The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail address was 'anemail@anisp.net', Subject: 'Re: Whatever,', Account: 'mail.yourisp.net', Server: 'mail.yourisp.net', Protocol: SMTP, Server Response: '550 not local host anisp.net, not a gateway', Port 25, Secure (SSL): no, Server Error: 550, Error Number: 0x800CCC79.";
        let f = parse(t);
        assert_eq!(f.reply_code.map(ReplyCode::get), Some(550));
        assert_eq!(f.port, Some(25));
        assert_eq!(f.tls, Some(false));
        assert_eq!(f.rejected_address.as_deref(), Some("anemail@anisp.net"));
        assert_eq!(
            f.server_response.as_deref(),
            Some("550 not local host anisp.net, not a gateway")
        );
    }

    #[test]
    fn postfix_bounce_with_wrapped_reply() {
        let t = "<francisco@example.pt>: host smtp.example.pt[192.0.2.20] said: 554\n5.7.1 <francisco@example.pt>: Relay access denied (in reply to RCPT\nTO command)";
        let f = parse(t);
        assert_eq!(f.reply_code.map(ReplyCode::get), Some(554));
        assert_eq!(
            f.enhanced_code.map(|e| e.to_string()).as_deref(),
            Some("5.7.1")
        );
        assert_eq!(f.server.as_deref(), Some("smtp.example.pt"));
        assert_eq!(f.source, SourceKind::Bounce);
    }

    #[test]
    fn port_and_ip_numbers_are_not_reply_codes() {
        let f = parse("connect ETIMEDOUT 74.125.24.26:465");
        assert_eq!(f.reply_code, None);
        assert_eq!(f.port, Some(465));
        assert_eq!(f.enhanced_code, None);
        let f = parse("Port: 465, Secure (SSL): Yes, Error Number: 0x800CCC0E");
        assert_eq!(f.reply_code, None);
        assert_eq!(f.tls, Some(true));
    }

    #[test]
    fn smtplib_tuple() {
        let f = parse(
            "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')",
        );
        assert_eq!(f.reply_code.map(ReplyCode::get), Some(535));
        assert_eq!(
            f.enhanced_code.map(|e| e.to_string()).as_deref(),
            Some("5.7.8")
        );
        assert_eq!(f.source, SourceKind::ClientLibrary);
    }

    #[test]
    fn not_owned_names_the_login() {
        let f = parse(
            "553 5.7.1 <bob@other.example>: Sender address rejected: not owned by user alice@lab.test",
        );
        assert_eq!(f.login.as_deref(), Some("alice@lab.test"));
        assert_eq!(f.rejected_address.as_deref(), Some("bob@other.example"));
    }
}
