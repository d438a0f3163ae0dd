//! `smtp-doctor check`: the live probe from the command line. Progress goes to stderr as it
//! happens; the result (text or JSON) to stdout. Exit 0 when sending works, 1 when a problem
//! was found.

use std::io::{Read, Write};
use std::sync::Arc;

use fluent_bundle::FluentValue;
use serde_json::{Value, json};

use super::hiargs::CheckArgs;
use super::{EXIT_OK, UsageError};
use crate::diagnosis::MailClient;
use crate::diagnosis::probe::{Finding, diagnose};
use crate::i18n::Localizer;
use crate::probe::{
    CertProblem, Credentials, DEFAULT_OUTSIDE_RCPT, Outcome, Phase, ProbeConfig, ProbeEvent,
    ProbeReport, Secret, Sink, Step, SystemNetwork, TestMessage, TlsFailure, TlsMode, TrustAnchors,
    probe, send_test_message, sweep,
};

/// Exit code: the check found a problem.
pub const EXIT_PROBLEM: i32 = 1;

fn domain(addr: &str) -> &str {
    addr.rsplit_once('@').map_or("", |(_, d)| d)
}

/// Reads the secret for `--password-stdin` / `--oauth2-token-stdin`: the first line.
fn read_secret(stdin: &mut dyn Read) -> Result<Secret, UsageError> {
    let mut buf = Vec::new();
    stdin
        .take(64 * 1024)
        .read_to_end(&mut buf)
        .map_err(|e| UsageError::new("cli-error-read-input", &[("error", e.to_string())]))?;
    let text = String::from_utf8_lossy(&buf);
    let line = text.lines().next().unwrap_or("").trim_end_matches('\r');
    if line.is_empty() {
        return Err(UsageError::new("cli-error-empty-secret", &[]));
    }
    Ok(Secret::new(line))
}

/// Builds the probe configuration from validated arguments.
pub(crate) fn config(a: &CheckArgs, stdin: &mut dyn Read) -> Result<ProbeConfig, UsageError> {
    let credentials = match (&a.user, a.secret_stdin) {
        (Some(user), Some(oauth2)) => Some(Credentials {
            user: user.clone(),
            secret: read_secret(stdin)?,
            oauth2,
        }),
        _ => None,
    };
    let extra = match &a.ca_file {
        None => vec![],
        Some(p) => TrustAnchors::read_pem(p).map_err(|e| {
            UsageError::new(
                "cli-error-ca-file",
                &[("path", p.display().to_string()), ("error", e.to_string())],
            )
        })?,
    };
    let same =
        a.to.iter()
            .find(|t| domain(t).eq_ignore_ascii_case(domain(&a.from)));
    let outside =
        a.to.iter()
            .find(|t| !domain(t).eq_ignore_ascii_case(domain(&a.from)));
    Ok(ProbeConfig {
        host: a.host.clone(),
        port: a.port,
        tls: a.tls,
        helo: a.helo.clone(),
        from: a.from.clone(),
        same_domain_rcpt: same.cloned().unwrap_or_else(|| a.from.clone()),
        outside_rcpt: outside
            .cloned()
            .unwrap_or_else(|| DEFAULT_OUTSIDE_RCPT.to_owned()),
        credentials,
        pop3: a.pop3.clone(),
        timeout: a.timeout,
        insecure: a.insecure,
        anchors: TrustAnchors::system_with(extra),
    })
}

/// Runs the check; returns the exit code.
pub(crate) fn run(
    l: Arc<Localizer>,
    a: &CheckArgs,
    stdin: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, UsageError> {
    let cfg = config(a, stdin)?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| UsageError::new("cli-error-runtime", &[("error", e.to_string())]))?;
    let progress = l.clone();
    let sink: Sink = Arc::new(move |ev: &ProbeEvent| {
        if let ProbeEvent::Finished { port, step } = ev {
            // Progress is best effort; a closed stderr must not stop the check.
            let _ = writeln!(std::io::stderr(), "{}", step_line(&progress, *port, step));
        }
    });
    let _ = writeln!(
        err,
        "{}",
        l.msg(
            "check-start",
            &[("host", a.host.clone().into()), ("port", a.port.into())]
        )
    );
    let test_message = TestMessage {
        subject: l.msg("test-message-subject", &[]),
        body: l.msg(
            "test-message-body",
            &[("host", a.host.clone().into()), ("port", a.port.into())],
        ),
    };
    let (report, swept) = rt.block_on(async {
        let mut report = probe(&cfg, &SystemNetwork, Some(&sink)).await;
        // The only message smtp-doctor ever sends: on request, after the check passed, to
        // the user's own address.
        if a.send_test && report.sending_works {
            let step = send_test_message(&cfg, &test_message).await;
            sink(&ProbeEvent::Finished {
                port: a.port,
                step: step.clone(),
            });
            report.sending_works = step.outcome.is_success();
            report.steps.push(step);
        }
        let swept = match &a.sweep {
            Some(targets) => Some(sweep(&cfg, targets, Arc::new(SystemNetwork), None).await),
            None => None,
        };
        (report, swept)
    });
    let findings = diagnose(&report, a.user.as_deref());
    let text = if a.json {
        serde_json::to_string_pretty(&report_json(
            &l,
            &report,
            &findings,
            swept.as_deref(),
            a.client,
        ))
        .unwrap_or_default()
            + "\n"
    } else {
        report_text(&l, &report, &findings, swept.as_deref(), a.client)
    };
    let _ = out.write_all(text.as_bytes());
    Ok(if report.sending_works {
        EXIT_OK
    } else {
        EXIT_PROBLEM
    })
}

fn phase_id(p: Phase) -> &'static str {
    match p {
        Phase::Connection => "connection",
        Phase::Unauthenticated => "unauthenticated",
        Phase::Authenticated => "authenticated",
        Phase::AfterPop => "after_pop",
    }
}

fn step_id(step: &Step) -> String {
    serde_json::to_value(step.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
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

fn tls_mode_id(m: TlsMode) -> &'static str {
    match m {
        TlsMode::Auto => "auto",
        TlsMode::None => "none",
        TlsMode::StartTls => "starttls",
        TlsMode::Implicit => "implicit",
    }
}

/// Human-readable result.
pub fn report_text(
    l: &Localizer,
    r: &ProbeReport,
    findings: &[Finding],
    swept: Option<&[ProbeReport]>,
    client: MailClient,
) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let args = [
        ("host", FluentValue::from(r.host.clone())),
        ("port", r.port.into()),
        ("tls", tls_mode_id(r.tls_mode).into()),
    ];
    let verdict = if r.sending_works {
        "check-verdict-works"
    } else {
        "check-verdict-fails"
    };
    let _ = writeln!(s, "{}", l.msg(verdict, &args));
    for (i, f) in findings.iter().enumerate() {
        let _ = writeln!(s, "\n{}. {}", i + 1, l.cause_title(f.cause));
        let _ = writeln!(s, "   {}", l.cause_explanation(f.cause));
        let step = l.msg(
            &format!(
                "step-{}",
                serde_json::to_value(f.evidence.step)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default()
            ),
            &[("phase", phase_id(f.evidence.phase).into())],
        );
        let _ = writeln!(
            s,
            "   {}: {step} – {}",
            l.msg("check-evidence", &[]),
            outcome_text(l, &f.evidence.outcome)
        );
        let _ = writeln!(s, "   {}:", l.msg("explain-heading-fixes", &[]));
        for (j, fix) in f.fixes.iter().enumerate() {
            let _ = writeln!(s, "     {}. {}", j + 1, l.fix_text(fix, client));
        }
    }
    if let Some(rows) = swept {
        let _ = writeln!(s, "\n{}:", l.msg("check-sweep-heading", &[]));
        for row in rows {
            let reached = row
                .steps
                .iter()
                .any(|st| matches!(st.outcome, Outcome::Connected { .. }));
            let cell = |b: bool| l.msg(if b { "value-yes" } else { "value-no" }, &[]);
            let _ = writeln!(
                s,
                "  {}",
                l.msg(
                    "check-sweep-row",
                    &[
                        ("port", row.port.into()),
                        ("tls", tls_mode_id(row.tls_mode).into()),
                        ("reached", cell(reached).into()),
                        ("works", cell(row.sending_works).into()),
                    ]
                )
            );
        }
    }
    s
}

/// The JSON object documented in README.md.
pub fn report_json(
    l: &Localizer,
    r: &ProbeReport,
    findings: &[Finding],
    swept: Option<&[ProbeReport]>,
    client: MailClient,
) -> Value {
    let findings: Vec<Value> = findings
        .iter()
        .map(|f| {
            let fixes: Vec<Value> = f
                .fixes
                .iter()
                .map(|fix| {
                    let mut v = serde_json::to_value(fix).unwrap_or(Value::Null);
                    if let Value::Object(m) = &mut v {
                        m.insert("text".into(), Value::String(l.fix_text(fix, client)));
                        m.entry("args").or_insert_with(|| json!({}));
                    }
                    v
                })
                .collect();
            json!({
                "cause": f.cause.id(),
                "title": l.cause_title(f.cause),
                "explanation": l.cause_explanation(f.cause),
                "fixes": fixes,
                "evidence": f.evidence,
            })
        })
        .collect();
    let sweep_rows: Option<Vec<Value>> = swept.map(|rows| {
        rows.iter()
            .map(|row| {
                json!({
                    "port": row.port,
                    "tls_mode": row.tls_mode,
                    "reached": row.steps.iter().any(|st| matches!(st.outcome, Outcome::Connected { .. })),
                    "tls": row.tls.as_ref().map(|t| t.problem.is_none()),
                    "sending_works": row.sending_works,
                    "findings": diagnose(row, None).iter().map(|f| f.cause.id()).collect::<Vec<_>>(),
                })
            })
            .collect()
    });
    json!({
        "verdict": {
            "sending_works": r.sending_works,
            "host": r.host,
            "port": r.port,
            "tls_mode": r.tls_mode,
            "total_ms": r.total_ms,
        },
        "steps": r.steps,
        "capabilities": r.capabilities,
        "tls": r.tls,
        "relay": {
            "unauthenticated": r.unauthenticated,
            "authenticated": r.authenticated,
            "after_pop": r.after_pop,
        },
        "findings": findings,
        "sweep": sweep_rows,
        "lang": l.lang().tag(),
    })
}
