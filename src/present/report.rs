//! The result of a check as a report: what `check` prints, and the document the app copies
//! to the clipboard or saves for a provider or helpdesk (plain text or Markdown).
//!
//! The content is gathered once into [`Parts`] (all text already in the user's language) and
//! then laid out per format, so the printed result, the text file and the Markdown file never
//! disagree. The saved document adds the settings that were checked and the conversation with
//! the server; both are free of secrets (the password is never part of the settings, and the
//! transcript's AUTH lines are redacted when recorded).

use std::fmt::Write as _;

use super::check::{
    detail_lines, evidence_line, pasted_line, severity_text, situation_text, tls_mode_id,
    verdict_text,
};
use crate::diagnosis::MailClient;
use crate::i18n::Localizer;
use crate::probe::Outcome;
use crate::session::CheckReport;

/// The layout of a saved report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    /// Plain text (`.txt`).
    Text,
    /// Markdown (`.md`), for tickets and forums.
    Markdown,
}

impl ReportFormat {
    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Text => "txt",
            ReportFormat::Markdown => "md",
        }
    }
}

struct Finding {
    severity: String,
    title: String,
    explanation: String,
    evidence: Option<String>,
    detail: Vec<String>,
    fixes: Vec<String>,
}

/// Everything a report says, already in words.
struct Parts {
    verdict: String,
    situation: Option<String>,
    findings: Vec<Finding>,
    notes: Vec<String>,
    trials: Vec<String>,
    fixed_by: Option<String>,
    sweep: Vec<String>,
}

fn parts(l: &Localizer, v: &CheckReport) -> Parts {
    let verdict = verdict_text(l, v);
    let findings = v
        .diagnosis
        .findings
        .iter()
        .map(|f| Finding {
            severity: severity_text(l, f.severity),
            title: l.cause_title(f.cause),
            explanation: l.cause_explanation(f.cause),
            evidence: evidence_line(l, f),
            detail: detail_lines(l, f)
                .into_iter()
                .chain(pasted_line(l, f))
                .collect(),
            fixes: f
                .fixes
                .iter()
                .map(|fix| l.fix_text(fix, v.client))
                .collect(),
        })
        .collect();
    let notes = v
        .diagnosis
        .notes
        .iter()
        .map(|n| l.msg(&format!("note-{}", n.id()), &[]))
        .collect();
    let trials = v
        .trials
        .iter()
        .map(|t| {
            let result = l.msg(
                if t.works {
                    "check-trial-works"
                } else {
                    "check-trial-fails"
                },
                &[],
            );
            let fix = l.fix_text(&t.fix, MailClient::Other);
            format!("{} → {result}", fix.split(". ").next().unwrap_or(""))
        })
        .collect();
    let fixed_by = v.trials.iter().find(|t| t.works).map(|t| {
        l.msg(
            "check-fixed-by",
            &[
                ("port", t.settings.port.into()),
                ("security", t.settings.security.id().into()),
                ("auth", if t.settings.auth { "on" } else { "off" }.into()),
            ],
        )
    });
    let sweep = v
        .swept
        .iter()
        .map(|row| {
            let reached = row
                .steps
                .iter()
                .any(|st| matches!(st.outcome, Outcome::Connected { .. }));
            let cell = |b: bool| l.msg(if b { "value-yes" } else { "value-no" }, &[]);
            l.msg(
                "check-sweep-row",
                &[
                    ("port", row.port.into()),
                    ("tls", tls_mode_id(row.tls_mode).into()),
                    ("reached", cell(reached).into()),
                    ("works", cell(row.sending_works).into()),
                ],
            )
        })
        .collect();
    Parts {
        verdict,
        situation: v.diagnosis.situation.as_ref().map(|a| situation_text(l, a)),
        findings,
        notes,
        trials,
        fixed_by,
        sweep,
    }
}

/// The result as `check` prints it.
pub fn report_text(l: &Localizer, v: &CheckReport) -> String {
    let p = parts(l, v);
    let mut s = String::new();
    let _ = writeln!(s, "{}", p.verdict);
    if let Some(sit) = &p.situation {
        let _ = writeln!(s, "\n{sit}");
    }
    for (i, f) in p.findings.iter().enumerate() {
        let _ = writeln!(s, "\n{}. [{}] {}", i + 1, f.severity, f.title);
        let _ = writeln!(s, "   {}", f.explanation);
        if let Some(e) = &f.evidence {
            let _ = writeln!(s, "   {}: {e}", l.msg("check-evidence", &[]));
        }
        for d in &f.detail {
            let _ = writeln!(s, "   {d}");
        }
        let _ = writeln!(s, "   {}:", l.msg("explain-heading-fixes", &[]));
        for (j, fix) in f.fixes.iter().enumerate() {
            let _ = writeln!(s, "     {}. {fix}", j + 1);
        }
    }
    for n in &p.notes {
        let _ = writeln!(s, "\n{n}");
    }
    if !p.trials.is_empty() {
        let _ = writeln!(s, "\n{}:", l.msg("check-trials-heading", &[]));
        for t in &p.trials {
            let _ = writeln!(s, "  – {t}");
        }
        if let Some(f) = &p.fixed_by {
            let _ = writeln!(s, "{f}");
        }
    }
    if v.sweep_requested {
        let _ = writeln!(s, "\n{}:", l.msg("check-sweep-heading", &[]));
        for row in &p.sweep {
            let _ = writeln!(s, "  {row}");
        }
    }
    s
}

/// The settings that were checked, one line each (never a password).
fn settings_lines(l: &Localizer, v: &CheckReport) -> Vec<String> {
    let st = &v.settings;
    let mut out = vec![
        l.msg(
            "report-setting-server",
            &[
                ("host", st.host.clone().into()),
                ("port", st.port.into()),
                ("security", st.security.id().into()),
            ],
        ),
        l.msg(
            "report-setting-login",
            &[
                ("auth", if st.auth { "on" } else { "off" }.into()),
                ("user", st.username.clone().unwrap_or_default().into()),
            ],
        ),
        l.msg("report-setting-sender", &[("from", st.from.clone().into())]),
    ];
    if let Some(r) = &st.reply_to {
        out.push(l.msg("report-setting-reply-to", &[("address", r.clone().into())]));
    }
    if let Some(p) = &st.pop_before_smtp {
        out.push(l.msg("report-setting-pop", &[("host", p.clone().into())]));
    }
    out
}

/// The conversation with the server as `C:`/`S:` lines (secrets were redacted on record).
fn transcript_lines(v: &CheckReport) -> Vec<String> {
    v.report
        .steps
        .iter()
        .flat_map(|s| &s.transcript)
        .map(|t| {
            format!(
                "{} {}",
                if t.client { "C:" } else { "S:" },
                visible(&t.text)
            )
        })
        .collect()
}

/// Control characters from a server (a lone CR, ESC sequences) shown as U+FFFD, so they
/// cannot rearrange the report in an editor, a terminal or a Markdown renderer; a tab is a
/// space.
fn visible(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' => ' ',
            c if c.is_control() => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// Escapes text from outside (server replies, host names) for Markdown prose.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // Line breaks of our own (multi-line messages) stay; any other control character
        // comes from outside and could start a heading or a list on a line of its own.
        if c != '\n' && c.is_control() {
            out.push(if c == '\t' { ' ' } else { '\u{FFFD}' });
            continue;
        }
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A code fence longer than any run of backticks in `body`, so a hostile server reply cannot
/// end the block early (CommonMark: the closing fence must be at least as long).
fn fence(body: &[String]) -> String {
    let longest = body
        .iter()
        .flat_map(|l| l.split(|c| c != '`'))
        .map(str::len)
        .max()
        .unwrap_or(0);
    "`".repeat((longest + 1).max(3))
}

/// The report the app copies or saves: title, settings checked, the result, and the
/// conversation with the server.
pub fn report_document(l: &Localizer, v: &CheckReport, format: ReportFormat) -> String {
    let title = l.msg("report-title", &[]);
    let settings = settings_lines(l, v);
    let transcript = transcript_lines(v);
    let footer = l.msg(
        "report-footer",
        &[("version", env!("CARGO_PKG_VERSION").into())],
    );
    let mut s = String::new();
    match format {
        ReportFormat::Text => {
            let _ = writeln!(s, "{title}\n{}\n", "=".repeat(title.chars().count()));
            let _ = writeln!(s, "{}:", l.msg("report-settings-heading", &[]));
            for line in &settings {
                let _ = writeln!(s, "  {line}");
            }
            let _ = writeln!(s, "\n{}", report_text(l, v));
            if !transcript.is_empty() {
                let _ = writeln!(s, "{}:", l.msg("report-transcript-heading", &[]));
                for line in &transcript {
                    let _ = writeln!(s, "  {line}");
                }
                s.push('\n');
            }
            let _ = writeln!(s, "{footer}");
        }
        ReportFormat::Markdown => {
            let p = parts(l, v);
            let _ = writeln!(s, "# {}\n", md(&title));
            let _ = writeln!(s, "## {}\n", md(&l.msg("report-settings-heading", &[])));
            for line in &settings {
                let _ = writeln!(s, "- {}", md(line));
            }
            let _ = writeln!(s, "\n## {}\n", md(&l.msg("report-result-heading", &[])));
            let _ = writeln!(s, "**{}**\n", md(&p.verdict));
            if let Some(sit) = &p.situation {
                let _ = writeln!(s, "{}\n", md(sit));
            }
            for (i, f) in p.findings.iter().enumerate() {
                let _ = writeln!(s, "### {}. {}: {}\n", i + 1, md(&f.severity), md(&f.title));
                let _ = writeln!(s, "{}\n", md(&f.explanation));
                if let Some(e) = &f.evidence {
                    let _ = writeln!(s, "*{}:* {}\n", md(&l.msg("check-evidence", &[])), md(e));
                }
                for d in &f.detail {
                    let _ = writeln!(s, "{}\n", md(d));
                }
                let _ = writeln!(s, "{}:\n", md(&l.msg("explain-heading-fixes", &[])));
                for (j, fix) in f.fixes.iter().enumerate() {
                    let _ = writeln!(s, "{}. {}", j + 1, md(fix));
                }
                s.push('\n');
            }
            for n in &p.notes {
                let _ = writeln!(s, "{}\n", md(n));
            }
            if !p.trials.is_empty() {
                let _ = writeln!(s, "## {}\n", md(&l.msg("check-trials-heading", &[])));
                for t in &p.trials {
                    let _ = writeln!(s, "- {}", md(t));
                }
                if let Some(f) = &p.fixed_by {
                    let _ = writeln!(s, "\n{}", md(f));
                }
                s.push('\n');
            }
            if !p.sweep.is_empty() {
                let _ = writeln!(s, "## {}\n", md(&l.msg("check-sweep-heading", &[])));
                for row in &p.sweep {
                    let _ = writeln!(s, "- {}", md(row));
                }
                s.push('\n');
            }
            if !transcript.is_empty() {
                let f = fence(&transcript);
                let _ = writeln!(s, "## {}\n", md(&l.msg("report-transcript-heading", &[])));
                let _ = writeln!(s, "{f}text");
                for line in &transcript {
                    let _ = writeln!(s, "{line}");
                }
                let _ = writeln!(s, "{f}\n");
            }
            let _ = writeln!(s, "*{}*", md(&footer));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_reply_cannot_close_the_code_block() {
        let body = vec!["S: 250 ok".to_owned(), "S: 550 ```` nope `` x".to_owned()];
        assert_eq!(fence(&body), "`````");
        assert_eq!(fence(&["S: 220 hi".to_owned()]), "```");
        assert_eq!(fence(&[]), "```");
    }

    #[test]
    fn markdown_in_outside_text_is_escaped() {
        assert_eq!(
            md("550 <a@b.de> *relay* [x](http://e) # | _"),
            r"550 \<a@b.de\> \*relay\* \[x\](http://e) \# \| \_"
        );
        assert_eq!(md("plain text."), "plain text.");
        assert_eq!(
            md("550 x\r# owned\u{1b}[2J"),
            "550 x\u{FFFD}\\# owned\u{FFFD}\\[2J"
        );
        assert_eq!(
            visible("250 ok\r\u{1b}[31mred\tx"),
            "250 ok\u{FFFD}\u{FFFD}[31mred x"
        );
    }
}
