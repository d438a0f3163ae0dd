//! Presentation: the core's results in the user's words, for both faces.
//!
//! The CLI prints these and the app shows them, so a check, a profile problem or a keyring
//! failure reads the same wherever the user meets it. Everything here renders typed data
//! through `crate::i18n`; nothing decides anything (that is the core's job).

pub mod check;
pub mod report;

pub use check::{
    cert_problem_text, detail_lines, evidence_line, fix_json, outcome_text, pasted_line, phase_id,
    report_json, severity_text, situation_json, situation_text, step_line, tls_mode_id,
    verdict_text,
};
pub use report::{ReportFormat, report_document, report_text};

use fluent_bundle::FluentValue;

use crate::autodetect::Source;
use crate::i18n::Localizer;
use crate::profiles::{ProfileError, SecretError};

/// A profile problem as a message id and its arguments (the CLI wraps it in a usage error).
pub fn profile_problem(e: &ProfileError) -> (&'static str, Vec<(&'static str, String)>) {
    match e {
        ProfileError::NotFound { name } => {
            ("profile-error-not-found", vec![("name", name.clone())])
        }
        ProfileError::BadName { name } => ("profile-error-bad-name", vec![("name", name.clone())]),
        ProfileError::Exists { name } => ("profile-error-exists", vec![("name", name.clone())]),
        ProfileError::Corrupt {
            path,
            detail,
            backup,
        } => (
            "profile-problem-corrupt",
            vec![
                ("path", path.display().to_string()),
                ("detail", detail.clone()),
                (
                    "backup",
                    backup
                        .as_ref()
                        .map_or_else(|| "-".to_owned(), |b| b.display().to_string()),
                ),
            ],
        ),
        ProfileError::TooNew { path, .. } => (
            "profile-problem-too-new",
            vec![("path", path.display().to_string())],
        ),
        ProfileError::Io { path, detail } => (
            "profile-problem-io",
            vec![
                ("path", path.display().to_string()),
                ("detail", detail.clone()),
            ],
        ),
    }
}

/// A profile problem in words.
pub fn profile_problem_text(l: &Localizer, e: &ProfileError) -> String {
    let (id, args) = profile_problem(e);
    let args: Vec<(&str, FluentValue<'_>)> = args
        .iter()
        .map(|(k, v)| (*k, FluentValue::from(v.as_str())))
        .collect();
    l.msg(id, &args)
}

/// The message id of a keyring problem.
pub fn keyring_problem_id(e: &SecretError) -> &'static str {
    match e {
        SecretError::Unavailable { .. } => "profile-keyring-unavailable",
        SecretError::Locked { .. } => "profile-keyring-locked",
        SecretError::Other { .. } => "profile-keyring-other",
    }
}

/// A keyring problem, in words.
pub fn keyring_message(l: &Localizer, e: &SecretError) -> String {
    l.msg(
        keyring_problem_id(e),
        &[("detail", FluentValue::from(e.to_string()))],
    )
}

/// Where an autodetected candidate came from, in words.
pub fn source_text(l: &Localizer, s: &Source) -> String {
    match s {
        Source::Table { .. } => l.msg("autodetect-source-table", &[]),
        Source::Srv { record } => l.msg(
            "autodetect-source-srv",
            &[("record", FluentValue::from(record.clone()))],
        ),
        Source::Autoconfig { url } => l.msg(
            "autodetect-source-autoconfig",
            &[("url", FluentValue::from(url.clone()))],
        ),
        Source::Mx { exchange, .. } => l.msg(
            "autodetect-source-mx",
            &[("exchange", FluentValue::from(exchange.clone()))],
        ),
    }
}
