//! A check's pieces in words and as JSON: step lines, outcomes, certificate problems,
//! findings with their severity, and the JSON object README documents. Shared by the CLI and
//! the app, so both say the same thing in the same order.

use fluent_bundle::FluentValue;
use serde_json::{Value, json};

use crate::diagnosis::compare::Difference;
use crate::diagnosis::fuse::{FindingSource, RankedFinding};
use crate::diagnosis::probe::{Detail, diagnose};
use crate::diagnosis::settings::{AccountSettings, settings_change};
use crate::diagnosis::situation::Assessment;
use crate::diagnosis::{Fix, MailClient, Severity};
use crate::i18n::Localizer;
use crate::probe::{CertInfo, CertProblem, Outcome, Phase, Step, TlsFailure, TlsMode};
use crate::session::CheckReport;

/// The stable id of a phase (Fluent selector).
pub fn phase_id(p: Phase) -> &'static str {
    match p {
        Phase::Connection => "connection",
        Phase::Unauthenticated => "unauthenticated",
        Phase::Authenticated => "authenticated",
        Phase::AfterPop => "after_pop",
    }
}

/// The stable id of a step's kind (Fluent `step-<id>`).
pub fn step_id(step: &Step) -> &'static str {
    step.kind.id()
}

/// One progress line: mark, step name, phase, what happened, time.
pub fn step_line(l: &Localizer, port: u16, step: &Step) -> String {
    let mark = if step.outcome.is_success() {
        "✓"
    } else {
        "✗"
    };
    let name = l.msg(
        &format!("step-{}", step_id(step)),
        &[("phase", phase_id(step.phase).into())],
    );
    format!(
        "  {mark} [{port}] {name}: {} ({} ms)",
        outcome_text(l, &step.outcome),
        step.duration_ms
    )
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").chars().take(200).collect()
}

/// A short description of an outcome.
pub fn outcome_text(l: &Localizer, o: &Outcome) -> String {
    let (id, detail): (&str, String) = match o {
        Outcome::Resolved { addresses } => (
            "resolved",
            addresses
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Outcome::DnsFailed { detail } => ("dns_failed", detail.clone()),
        Outcome::Connected { address } => ("connected", address.to_string()),
        Outcome::Refused { address } => ("refused", address.to_string()),
        Outcome::Filtered { address } => ("filtered", address.to_string()),
        Outcome::Unreachable { address, detail } => ("unreachable", format!("{address}: {detail}")),
        Outcome::Accepted { reply } | Outcome::Rejected { reply } => {
            ("reply", first_line(&reply.raw()))
        }
        Outcome::TlsEstablished { info } => (
            "tls_established",
            format!(
                "{} {}",
                info.version.as_deref().unwrap_or(""),
                info.cipher.as_deref().unwrap_or("")
            ),
        ),
        Outcome::TlsFailed { failure, .. } => ("tls_failed", tls_failure_text(l, failure)),
        Outcome::NotOffered => ("not_offered", String::new()),
        Outcome::PlaintextRefused => ("plaintext_refused", String::new()),
        Outcome::NoCommonMechanism { offered } => ("no_common_mechanism", offered.join(" ")),
        Outcome::Timeout => ("timeout", String::new()),
        Outcome::Closed => ("closed", String::new()),
        Outcome::Malformed { sample, .. } => ("malformed", first_line(sample)),
        Outcome::IoError { detail } => ("io_error", detail.clone()),
        Outcome::PopLoggedIn { line } => ("pop_logged_in", first_line(line)),
        Outcome::PopRefused { line } => ("pop_refused", first_line(line)),
    };
    l.msg(
        &format!("outcome-{id}"),
        &[("detail", FluentValue::from(detail))],
    )
}

/// Every id `outcome_text` builds (`outcome-<id>` in the `.ftl` files); a test checks each
/// exists in both languages.
pub const OUTCOME_IDS: [&str; 18] = [
    "resolved",
    "dns_failed",
    "connected",
    "refused",
    "filtered",
    "unreachable",
    "reply",
    "tls_established",
    "tls_failed",
    "not_offered",
    "plaintext_refused",
    "no_common_mechanism",
    "timeout",
    "closed",
    "malformed",
    "io_error",
    "pop_logged_in",
    "pop_refused",
];

/// Why TLS failed, in words.
pub fn tls_failure_text(l: &Localizer, f: &TlsFailure) -> String {
    match f {
        TlsFailure::Certificate { problem } => cert_problem_text(l, problem),
        TlsFailure::NotTls => l.msg("tls-not_tls", &[]),
        TlsFailure::Handshake { detail } | TlsFailure::Io { detail } => l.msg(
            "tls-handshake",
            &[("detail", FluentValue::from(detail.clone()))],
        ),
        TlsFailure::BadServerName => l.msg("tls-bad_server_name", &[]),
    }
}

/// A certificate problem, in words.
pub fn cert_problem_text(l: &Localizer, p: &CertProblem) -> String {
    match p {
        CertProblem::UnknownIssuer => l.msg("cert-unknown_issuer", &[]),
        CertProblem::SelfSigned => l.msg("cert-self_signed", &[]),
        CertProblem::Expired => l.msg("cert-expired", &[]),
        CertProblem::NotYetValid => l.msg("cert-not_yet_valid", &[]),
        CertProblem::NameMismatch { expected } => l.msg(
            "cert-name_mismatch",
            &[("expected", FluentValue::from(expected.clone()))],
        ),
        CertProblem::Revoked => l.msg("cert-revoked", &[]),
        CertProblem::Other { detail } => l.msg(
            "cert-other",
            &[("detail", FluentValue::from(detail.clone()))],
        ),
    }
}

/// The stable id of an encryption mode.
pub fn tls_mode_id(m: TlsMode) -> &'static str {
    match m {
        TlsMode::Auto => "auto",
        TlsMode::None => "none",
        TlsMode::StartTls => "starttls",
        TlsMode::Implicit => "implicit",
    }
}

/// The step a finding rests on, in words: "Login – 535 …".
pub fn evidence_line(l: &Localizer, f: &RankedFinding) -> Option<String> {
    f.sources.iter().find_map(|s| match s {
        FindingSource::Probe { evidence } => {
            let step = l.msg(
                &format!("step-{}", evidence.step.id()),
                &[("phase", phase_id(evidence.phase).into())],
            );
            Some(format!("{step} – {}", outcome_text(l, &evidence.outcome)))
        }
        _ => None,
    })
}

/// The pasted error behind a finding, in words ("Also in the error message you pasted: …"),
/// when the finding rests on one.
pub fn pasted_line(l: &Localizer, f: &RankedFinding) -> Option<String> {
    f.sources.iter().find_map(|s| match s {
        FindingSource::Pasted { server_response } => Some(
            l.msg(
                "check-evidence-pasted",
                &[(
                    "response",
                    server_response
                        .as_deref()
                        .map(|r| r.chars().take(200).collect::<String>())
                        .unwrap_or_else(|| "none".into())
                        .into(),
                )],
            ),
        ),
        _ => None,
    })
}

/// What the situation predicts, in one sentence.
pub fn situation_text(l: &Localizer, a: &Assessment) -> String {
    l.msg(
        "situation-prediction",
        &[
            ("prediction", a.prediction.id().into()),
            ("location", a.location.id().into()),
            ("account", a.account.id().into()),
        ],
    )
}

/// A fix as JSON: `{id, args, text, settings_change}`.
pub fn fix_json(
    l: &Localizer,
    fix: &Fix,
    client: MailClient,
    settings: Option<&AccountSettings>,
) -> Value {
    let mut v = serde_json::to_value(fix).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut v {
        m.insert("text".into(), Value::String(l.fix_text(fix, client)));
        m.entry("args").or_insert_with(|| json!({}));
        let change = settings.and_then(|s| settings_change(fix, s));
        m.insert(
            "settings_change".into(),
            serde_json::to_value(change).unwrap_or(Value::Null),
        );
    }
    v
}

/// The situation as JSON.
pub fn situation_json(l: &Localizer, a: &Assessment) -> Value {
    json!({
        "location": a.location,
        "account": a.account,
        "is_relay": a.is_relay,
        "may_be_blocked": a.may_be_blocked,
        "prediction": a.prediction,
        "text": situation_text(l, a),
    })
}

/// A finding's typed detail in words (the certificate: reason, subject, issuer, names,
/// validity).
pub fn detail_lines(l: &Localizer, f: &RankedFinding) -> Vec<String> {
    match &f.detail {
        Some(Detail::Certificate {
            problem,
            certificate,
        }) => {
            let mut v = vec![l.msg(
                "cert-detail-reason",
                &[("reason", cert_problem_text(l, problem).into())],
            )];
            if let Some(c) = certificate {
                v.push(certificate_text(l, c));
            }
            v
        }
        Some(Detail::Settings {
            provider,
            differences,
        }) => differences
            .iter()
            .map(|d| difference_text(l, provider, d))
            .collect(),
        None => vec![],
    }
}

/// One setting that differs from the provider's, in words.
pub fn difference_text(l: &Localizer, provider: &str, d: &Difference) -> String {
    let none = || "none".to_owned();
    let (configured, expected) = match d {
        Difference::Host {
            configured,
            expected,
        } => (configured.clone(), expected.clone()),
        Difference::Port {
            configured,
            expected,
        } => (configured.to_string(), expected.to_string()),
        Difference::Security {
            configured,
            expected,
        } => (configured.id().to_owned(), expected.id().to_owned()),
        Difference::NoLogin => (none(), none()),
        Difference::Username {
            configured,
            expected,
        } => (configured.clone().unwrap_or_else(none), expected.clone()),
    };
    l.msg(
        "settings-difference",
        &[
            ("setting", d.id().into()),
            ("provider", provider.to_owned().into()),
            ("configured", configured.into()),
            ("expected", expected.into()),
        ],
    )
}

/// One certificate in words: names, subject, issuer, validity.
pub fn certificate_text(l: &Localizer, c: &CertInfo) -> String {
    l.msg(
        "cert-detail-certificate",
        &[
            ("subject", c.subject.clone().into()),
            ("issuer", c.issuer.clone().into()),
            ("names", c.names.join(", ").into()),
            ("from", c.not_before.clone().into()),
            ("until", c.not_after.clone().into()),
        ],
    )
}

/// A severity in words ("Blocks sending", "Warning", "Note").
pub fn severity_text(l: &Localizer, s: Severity) -> String {
    l.msg("severity", &[("severity", s.id().into())])
}

/// The headline of a check.
pub fn verdict_text(l: &Localizer, c: &CheckReport) -> String {
    let r = &c.report;
    let v = &c.diagnosis.verdict;
    let args = [
        ("host", FluentValue::from(r.host.clone())),
        ("port", r.port.into()),
        ("tls", tls_mode_id(r.tls_mode).into()),
        ("recipients", v.refused_recipients.join(", ").into()),
    ];
    let id = if v.sending_works && v.warning_count > 0 {
        "check-verdict-works-with-warnings"
    } else if v.sending_works {
        "check-verdict-works"
    } else if v.works_for_others {
        "check-verdict-works-except"
    } else {
        "check-verdict-fails"
    };
    l.msg(id, &args)
}

/// The JSON object documented in README.md.
pub fn report_json(l: &Localizer, v: &CheckReport) -> Value {
    let r = &v.report;
    let findings: Vec<Value> = v
        .diagnosis
        .findings
        .iter()
        .map(|f| {
            let evidence = f.sources.iter().find_map(|s| match s {
                FindingSource::Probe { evidence } => serde_json::to_value(evidence).ok(),
                _ => None,
            });
            json!({
                "cause": f.cause.id(),
                "severity": f.severity,
                "recipient": f.recipient,
                "detail": f.detail,
                "confidence": f.confidence,
                "title": l.cause_title(f.cause),
                "explanation": l.cause_explanation(f.cause),
                "fixes": f.fixes.iter().map(|x| fix_json(l, x, v.client, Some(&v.settings))).collect::<Vec<_>>(),
                "evidence": evidence,
                "sources": f.sources,
            })
        })
        .collect();
    let sweep_rows: Option<Vec<Value>> = v.sweep_requested.then(|| {
        v.swept
            .iter()
            .map(|row| {
                json!({
                    "port": row.port,
                    "tls_mode": row.tls_mode,
                    "reached": row.steps.iter().any(|st| matches!(st.outcome, Outcome::Connected { .. })),
                    "tls": row.tls.as_ref().map(|t| t.problem.is_none()),
                    "sending_works": row.sending_works,
                    "findings": diagnose(row, None, &v.path).iter().map(|f| f.cause.id()).collect::<Vec<_>>(),
                })
            })
            .collect()
    });
    json!({
        "verdict": {
            "sending_works": v.diagnosis.verdict.sending_works,
            "blocking_count": v.diagnosis.verdict.blocking_count,
            "warning_count": v.diagnosis.verdict.warning_count,
            "refused_recipients": v.diagnosis.verdict.refused_recipients,
            "works_for_others": v.diagnosis.verdict.works_for_others,
            "host": r.host,
            "port": r.port,
            "tls_mode": r.tls_mode,
            "total_ms": r.total_ms,
            "fixed_by": v.trials.iter().find(|t| t.works).map(|t| t.fix.id()),
        },
        "situation": v.diagnosis.situation.as_ref().map(|a| situation_json(l, a)),
        "settings": v.settings,
        "path": v.path,
        "recommended": v.recommended,
        "steps": r.steps,
        "capabilities": r.capabilities,
        "max_message_size": r.max_message_size,
        "tls": r.tls,
        "relay": {
            "unauthenticated": r.unauthenticated,
            "authenticated": r.authenticated,
            "after_pop": r.after_pop,
        },
        "findings": findings,
        "notes": v.diagnosis.notes,
        "trials": v.trials.iter().map(|t| json!({"fix": t.fix.id(), "settings": t.settings, "works": t.works})).collect::<Vec<_>>(),
        "sweep": sweep_rows,
        "lang": l.lang().tag(),
    })
}
