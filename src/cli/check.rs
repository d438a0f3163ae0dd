//! `smtp-doctor check`: the live probe from the command line. Progress goes to stderr as it
//! happens; the result (text or JSON) to stdout. Exit 0 when sending works, 1 when a problem
//! was found.

use std::io::{Read, Write};
use std::sync::Arc;

use fluent_bundle::FluentValue;
use serde_json::{Value, json};

use super::hiargs::CheckArgs;
use super::{EXIT_OK, UsageError};
use crate::diagnosis::fuse::{
    Diagnosis, FindingSource, Inputs, RankedFinding, Trial, fuse, try_fixes,
};
use crate::diagnosis::probe::diagnose;
use crate::diagnosis::settings::{AccountSettings, settings_change};
use crate::diagnosis::situation::{Assessment, Situation};
use crate::diagnosis::{Fix, MailClient};
use crate::i18n::Localizer;
use crate::probe::{
    CertProblem, Credentials, Outcome, Phase, Pop3Config, ProbeConfig, ProbeEvent, ProbeReport,
    Sink, Step, StepKind, SystemNetwork, TestMessage, TlsFailure, TlsMode, TrustAnchors,
    default_outside_rcpt, probe, send_test_message, sweep,
};
use crate::profiles::{AuthKind, LastCheck, OsKeyring, SecretError, SecretStore};
use crate::smtp::Security;

/// Exit code: the check found a problem.
pub const EXIT_PROBLEM: i32 = 1;

fn domain(addr: &str) -> &str {
    addr.rsplit_once('@').map_or("", |(_, d)| d)
}

/// Builds the probe configuration from validated arguments.
pub(crate) fn config(a: &CheckArgs, stdin: &mut dyn Read) -> Result<ProbeConfig, UsageError> {
    let credentials = match (&a.user, a.secret_stdin, &a.profile) {
        (Some(user), Some(oauth2), _) => Some(Credentials {
            user: user.clone(),
            secret: super::profile::read_secret_line(stdin)?,
            oauth2,
        }),
        // A saved profile that logs in: the secret comes from the OS keyring.
        (Some(user), None, Some(p)) if a.auth => {
            match OsKeyring::open().and_then(|k| k.get(&p.name)) {
                Ok(Some(secret)) => Some(Credentials {
                    user: user.clone(),
                    secret,
                    oauth2: p.auth_kind == AuthKind::Oauth2,
                }),
                Ok(None) => {
                    return Err(UsageError::new(
                        "check-needs-password",
                        &[("name", p.name.clone())],
                    ));
                }
                Err(e) => {
                    let id = match e {
                        SecretError::Locked { .. } => "profile-keyring-locked",
                        SecretError::Unavailable { .. } => "profile-keyring-unavailable",
                        SecretError::Other { .. } => "profile-keyring-other",
                    };
                    return Err(UsageError::new(id, &[("detail", e.to_string())]));
                }
            }
        }
        _ => None,
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
            .unwrap_or_else(|| default_outside_rcpt(&a.from)),
        credentials,
        pop3: a.pop3.clone(),
        timeout: a.timeout,
        insecure: a.insecure,
        anchors: anchors(a.ca_file.as_deref())?,
    })
}

pub(crate) fn phase_id(p: Phase) -> &'static str {
    match p {
        Phase::Connection => "connection",
        Phase::Unauthenticated => "unauthenticated",
        Phase::Authenticated => "authenticated",
        Phase::AfterPop => "after_pop",
    }
}

pub(crate) fn step_id(step: &Step) -> String {
    serde_json::to_value(step.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The system's trust anchors plus those of `--ca-file`.
pub(crate) fn anchors(ca_file: Option<&std::path::Path>) -> Result<TrustAnchors, UsageError> {
    let extra = match ca_file {
        None => vec![],
        Some(p) => TrustAnchors::read_pem(p).map_err(|e| {
            UsageError::new(
                "cli-error-ca-file",
                &[("path", p.display().to_string()), ("error", e.to_string())],
            )
        })?,
    };
    Ok(TrustAnchors::system_with(extra))
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

pub(crate) fn tls_mode_id(m: TlsMode) -> &'static str {
    match m {
        TlsMode::Auto => "auto",
        TlsMode::None => "none",
        TlsMode::StartTls => "starttls",
        TlsMode::Implicit => "implicit",
    }
}

/// The account settings the check stands for (what the mail program is set to).
pub(crate) fn settings_of(a: &CheckArgs) -> AccountSettings {
    AccountSettings {
        host: a.host.clone(),
        port: a.port,
        security: match a.tls.resolve(a.port) {
            TlsMode::Implicit => Security::ImplicitTls,
            TlsMode::None => Security::None,
            TlsMode::StartTls | TlsMode::Auto => Security::StartTls,
        },
        auth: a.auth,
        username: a.user.clone(),
        from: a.from.clone(),
        reply_to: None,
        pop_before_smtp: a.pop3.as_ref().map(|p| p.host.clone()),
    }
}

/// The probe configuration for `s`; the password is used only when `s.auth` is on, or to
/// tell "needs login" from "refused anyway" while the settings are being checked.
fn config_for(base: &ProbeConfig, s: &AccountSettings) -> ProbeConfig {
    let mut c = base.clone();
    c.port = s.port;
    c.tls = TlsMode::from_security(s.security);
    c.from = s.from.clone();
    // A trial tests exactly the settings it reports: login only when they log in,
    // POP-before-SMTP only when they use it.
    if !s.auth {
        c.credentials = None;
    }
    c.pop3 = s.pop_before_smtp.as_ref().map(|host| Pop3Config {
        host: host.clone(),
        port: 110,
        security: Security::StartTls,
    });
    c
}

/// The main check's login was refused: trying the same password again elsewhere would only
/// risk a lock-out.
fn login_refused(r: &ProbeReport) -> bool {
    r.steps
        .iter()
        .any(|s| s.kind == StepKind::Auth && matches!(s.outcome, Outcome::Rejected { .. }))
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
    let settings = settings_of(a);
    let situation = a.location.map(|location| Situation {
        location,
        account: a.account,
        account_domain: a
            .from
            .rsplit_once('@')
            .map_or(String::new(), |(_, d)| d.to_owned()),
        recipient_domain: cfg.outside_rcpt.rsplit_once('@').map(|(_, d)| d.to_owned()),
    });
    let (report, swept, trials) = rt.block_on(async {
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
            Some(targets) => {
                let mut sweep_cfg = cfg.clone();
                if login_refused(&report) {
                    sweep_cfg.credentials = None;
                }
                Some(sweep(&sweep_cfg, targets, Arc::new(SystemNetwork), None).await)
            }
            None => None,
        };
        let diagnosis = fuse(&Inputs {
            situation: situation.as_ref(),
            settings: Some(&settings),
            report: Some(&report),
            sweep: swept.as_deref().unwrap_or(&[]),
            pasted: None,
            login: a.user.as_deref(),
            provider: crate::autodetect::domain_of(&a.from)
                .and_then(|d| crate::autodetect::by_domain(&d)),
        });
        let trials = match (a.apply_fixes, diagnosis.findings.first()) {
            (true, Some(first)) if !report.sending_works && !login_refused(&report) => {
                let _ = writeln!(std::io::stderr(), "{}", l.msg("check-trying-fixes", &[]));
                let cfg = &cfg;
                let sink = &sink;
                try_fixes(&settings, &first.fixes, |s| async move {
                    probe(&config_for(cfg, &s), &SystemNetwork, Some(sink)).await
                })
                .await
            }
            _ => vec![],
        };
        (report, swept, (diagnosis, trials))
    });
    // A DNS lookup that timed out keeps running in a blocking thread; don't wait for it.
    rt.shutdown_timeout(std::time::Duration::from_millis(100));
    let (diagnosis, trials) = trials;
    let view = ReportView {
        report: &report,
        diagnosis: &diagnosis,
        swept: swept.as_deref(),
        trials: &trials,
        settings: &settings,
        client: a.client,
    };
    let text = if a.json {
        serde_json::to_string_pretty(&report_json(&l, &view)).unwrap_or_default() + "\n"
    } else {
        super::report::report_text(&l, &view)
    };
    let _ = out.write_all(text.as_bytes());
    // Remember the result in the profile (for the profile list).
    if let Some(p) = &a.profile {
        let mut p = p.clone();
        p.last_check = Some(LastCheck {
            at: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            sending_works: report.sending_works,
            cause: diagnosis.findings.first().map(|f| f.cause),
        });
        if let Err(e) = super::hiargs::store().save(&p) {
            let _ = writeln!(err, "{}", super::hiargs::profile_error(&e).render(&l));
        }
    }
    Ok(if report.sending_works {
        EXIT_OK
    } else {
        EXIT_PROBLEM
    })
}

/// Everything the result shows.
#[derive(Debug)]
pub struct ReportView<'a> {
    /// The check of the settings as they are.
    pub report: &'a ProbeReport,
    /// Fused findings.
    pub diagnosis: &'a Diagnosis,
    /// Sweep rows.
    pub swept: Option<&'a [ProbeReport]>,
    /// Fixes tried with `--apply-fixes`.
    pub trials: &'a [Trial],
    /// The settings checked.
    pub settings: &'a AccountSettings,
    /// Whose labels to use.
    pub client: MailClient,
}

pub(crate) fn evidence_line(l: &Localizer, f: &RankedFinding) -> Option<String> {
    f.sources.iter().find_map(|s| match s {
        FindingSource::Probe { evidence } => {
            let step = l.msg(
                &format!(
                    "step-{}",
                    serde_json::to_value(evidence.step).ok()?.as_str()?
                ),
                &[("phase", phase_id(evidence.phase).into())],
            );
            Some(format!("{step} – {}", outcome_text(l, &evidence.outcome)))
        }
        _ => None,
    })
}

pub fn situation_text(l: &Localizer, a: &Assessment) -> String {
    let prediction = serde_json::to_value(a.prediction)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    l.msg(
        "situation-prediction",
        &[
            ("prediction", prediction.into()),
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

/// The JSON object documented in README.md.
pub fn report_json(l: &Localizer, v: &ReportView<'_>) -> Value {
    let r = v.report;
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
                "confidence": f.confidence,
                "title": l.cause_title(f.cause),
                "explanation": l.cause_explanation(f.cause),
                "fixes": f.fixes.iter().map(|x| fix_json(l, x, v.client, Some(v.settings))).collect::<Vec<_>>(),
                "evidence": evidence,
                "sources": f.sources,
            })
        })
        .collect();
    let sweep_rows: Option<Vec<Value>> = v.swept.map(|rows| {
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
            "fixed_by": v.trials.iter().find(|t| t.works).map(|t| t.fix.id()),
        },
        "situation": v.diagnosis.situation.as_ref().map(|a| situation_json(l, a)),
        "settings": v.settings,
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
