//! Text normalisation before phrase matching.
//!
//! Pasted texts come with typographic quotes (Outlook's German dialog uses „…“), CRLF,
//! wrapped lines and multi-line replies whose continuation lines repeat the code
//! (`550-5.1.1 …`). Phrases must match across all of that, so the text is lower-cased,
//! quotes are unified, reply-code prefixes at line starts are dropped and every run of
//! white space becomes one space. One pass, output no longer than ~the input.

/// Returns the normalised form of `text`.
pub(crate) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    let mut pending_space = false;
    for line in text.split(['\n', '\r']) {
        let line = strip_reply_prefix(line.trim_start());
        for ch in line.chars() {
            let ch = match ch {
                '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{00B4}' | '`' => '\'',
                '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
                c if c.is_whitespace() => {
                    pending_space = true;
                    continue;
                }
                c => c,
            };
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            // `to_lowercase` may yield several chars (e.g. 'İ'); all are kept.
            out.extend(ch.to_lowercase());
        }
        pending_space = true;
    }
    out
}

/// Drops `550-`, `550 ` and `550-5.1.1 ` style prefixes at the start of a line.
fn strip_reply_prefix(line: &str) -> &str {
    let b = line.as_bytes();
    let is_code = b.len() >= 4
        && (b'2'..=b'5').contains(&b[0])
        && b[1].is_ascii_digit()
        && b[2].is_ascii_digit()
        && (b[3] == b'-' || b[3] == b' ');
    if !is_code {
        return line;
    }
    let rest = &line[4..];
    // An enhanced code right after it: `5.1.1 `.
    let enhanced_len = rest
        .split_once(' ')
        .filter(|(code, _)| code.parse::<crate::smtp::EnhancedCode>().is_ok())
        .map_or(0, |(code, _)| code.len() + 1);
    &rest[enhanced_len..]
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn joins_wrapped_multiline_replies() {
        let t = "550-5.1.1 The email account that you tried to reach does\r\n550-5.1.1 not exist.";
        assert_eq!(
            normalize(t),
            "the email account that you tried to reach does not exist."
        );
    }

    #[test]
    fn unifies_quotes_and_case() {
        assert_eq!(normalize("„Relay  VERWEIGERT“"), "\"relay verweigert\"");
    }
}
