//! Fusion: situation + live check + pasted error → one ranked list of findings, and the
//! re-check loop that tries fixes.
//!
//! Each source alone is partial. A pasted 550 says relay was refused, not why; the check
//! shows whether login would help; the situation says whether the network could ever be
//! trusted. Together they decide which fix goes first.

use std::future::Future;

use serde::Serialize;

use super::compare::{Recommended, differences};
use super::probe::{Detail, Finding, ProbeEvidence, diagnose};
use super::settings::{AccountSettings, apply};
use super::situation::{Assessment, Location, Prediction, Situation};
use super::verdict::{Judged, Severity, UserPath, Verdict, verdict};
use super::{Cause, Fix};
use crate::explain::{Confidence, Explanation, explain};
use crate::probe::{Outcome, Phase, ProbeReport, StepKind, TlsMode};
use crate::smtp::Security;

/// Where a finding comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "source", rename_all = "snake_case")]
pub enum FindingSource {
    /// The live check: the step behind it.
    Probe { evidence: ProbeEvidence },
    /// The pasted error text: the server's words in it.
    Pasted { server_response: Option<String> },
    /// The situation alone (no check, no error text).
    Situation,
    /// The provider's documented settings (built-in table or autodetection).
    Provider { provider: String },
}

/// A finding with its rank.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RankedFinding {
    /// The cause.
    pub cause: Cause,
    /// Blocking on the user's path, a warning, or information.
    pub severity: Severity,
    /// The recipient the user named that this refusal is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    /// Typed detail (the certificate of a `certificate_untrusted` finding).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<Detail>,
    /// How sure.
    pub confidence: Confidence,
    /// Fixes, best first.
    pub fixes: Vec<Fix>,
    /// Where it comes from; a finding confirmed by several sources has several.
    pub sources: Vec<FindingSource>,
    /// Position of its step in the check (earlier = closer to the cause); none for a pasted
    /// text or the situation.
    #[serde(skip)]
    pub step_index: Option<usize>,
}

impl Judged for RankedFinding {
    fn severity(&self) -> Severity {
        self.severity
    }
    fn recipient(&self) -> Option<&str> {
        self.recipient.as_deref()
    }
}

impl RankedFinding {
    fn from_probe(f: Finding) -> RankedFinding {
        RankedFinding {
            cause: f.cause,
            severity: f.severity,
            recipient: f.recipient,
            detail: f.detail,
            confidence: Confidence::Medium,
            fixes: f.fixes,
            sources: vec![FindingSource::Probe {
                evidence: f.evidence,
            }],
            step_index: Some(f.step_index),
        }
    }
}

/// Something worth saying that no check can verify.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Note {
    /// Mail can be accepted and still never arrive (silently filtered as spam): what to check.
    SilentDrop,
}

impl Note {
    /// Every note.
    pub const ALL: [Note; 1] = [Note::SilentDrop];

    /// The stable id (Fluent `note-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Note::SilentDrop => "silent_drop",
        }
    }
}

/// The fused diagnosis.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnosis {
    /// What the situation predicts.
    pub situation: Option<Assessment>,
    /// The headline: computed from the blocking findings only.
    pub verdict: Verdict,
    /// Findings: blocking, then warnings, then information; within each, the earliest step
    /// of the check first.
    pub findings: Vec<RankedFinding>,
    /// Notes.
    pub notes: Vec<Note>,
}

/// What is known.
#[derive(Clone, Copy, Debug, Default)]
pub struct Inputs<'a> {
    /// Where the user is and which account.
    pub situation: Option<&'a Situation>,
    /// The account settings as the mail program has them.
    pub settings: Option<&'a AccountSettings>,
    /// The live check of those settings.
    pub report: Option<&'a ProbeReport>,
    /// Other ports tried at the same time.
    pub sweep: &'a [ProbeReport],
    /// A pasted error text, explained.
    pub pasted: Option<&'a Explanation>,
    /// The login name.
    pub login: Option<&'a str>,
    /// The mail provider, when known (its documented policies reorder fixes).
    pub provider: Option<&'a crate::autodetect::Provider>,
    /// The path the mail program takes; without it, the settings decide (login when they
    /// log in, POP before SMTP when they use it).
    pub path: Option<&'a UserPath>,
    /// What the provider expects (its documented settings), to compare `settings` with.
    pub recommended: Option<&'a Recommended>,
}

impl Inputs<'_> {
    /// The user's path, given or derived from the settings.
    pub fn user_path(&self) -> UserPath {
        if let Some(p) = self.path {
            return p.clone();
        }
        UserPath {
            logs_in: self.settings.is_some_and(|s| s.auth),
            pop_before_smtp: self.settings.is_some_and(|s| s.pop_before_smtp.is_some()),
            ..UserPath::default()
        }
    }
}

fn security_of(r: &ProbeReport) -> Security {
    match (r.tls_mode, r.encrypted) {
        (TlsMode::Implicit, _) => Security::ImplicitTls,
        (_, true) => Security::StartTls,
        (_, false) => Security::None,
    }
}

/// The best working alternative from a sweep: with login when that is what worked.
fn working_alternative(inputs: &Inputs<'_>) -> Option<Fix> {
    // The same port with other encryption counts as an alternative too.
    let main = inputs.report.map(|r| (r.port, security_of(r)));
    let mut rows: Vec<&ProbeReport> = inputs
        .sweep
        .iter()
        .filter(|r| r.sending_works && Some((r.port, security_of(r))) != main)
        .collect();
    // Prefer STARTTLS on 587, then implicit TLS, then anything encrypted, then the rest.
    rows.sort_by_key(|r| match (security_of(r), r.port) {
        (Security::StartTls, 587) => 0,
        (Security::ImplicitTls, _) => 1,
        (Security::StartTls, _) => 2,
        _ => 3,
    });
    let r = rows.first()?;
    let security = security_of(r);
    Some(if r.authenticated.is_some_and(|a| a.works()) {
        Fix::UseAuthenticatedSubmission {
            port: r.port,
            security,
        }
    } else {
        Fix::UseSubmissionPort {
            port: r.port,
            security,
        }
    })
}

fn put_first(fixes: &mut Vec<Fix>, fix: Fix) {
    fixes.retain(|f| *f != fix);
    fixes.insert(0, fix);
}

/// Fuses everything known into ranked findings and the verdict.
pub fn fuse(inputs: &Inputs<'_>) -> Diagnosis {
    let path = inputs.user_path();
    let relay_refused = inputs.pasted.is_some_and(|e| e.cause == Cause::RelayDenied)
        || inputs.report.is_some_and(|r| {
            r.steps.iter().any(|s| {
                s.kind == StepKind::RcptOutside && matches!(s.outcome, Outcome::Rejected { .. })
            })
        });
    let assessment = inputs.situation.map(|s| {
        let a = s.assess();
        if relay_refused {
            a.with_relay_refused()
        } else {
            a
        }
    });
    let mut findings: Vec<RankedFinding> = vec![];
    let path_works = inputs.report.is_some_and(|r| path.relay_works(r));

    if let Some(report) = inputs.report {
        findings.extend(
            diagnose(report, inputs.login, &path)
                .into_iter()
                .map(RankedFinding::from_probe),
        );
        // Works with login, refused without, and the mail program does not log in: the
        // refusal is the missing login.
        let auth_works = report.authenticated.is_some_and(|r| r.works());
        let unauth_fails = report.unauthenticated.is_some_and(|r| !r.works());
        if auth_works && unauth_fails && !path.logs_in && !path_works {
            let step = [StepKind::MailFrom, StepKind::RcptOutside]
                .iter()
                .find_map(|k| {
                    report
                        .step(*k, Phase::Unauthenticated)
                        .filter(|s| matches!(s.outcome, Outcome::Rejected { .. }))
                });
            if let Some(step) = step {
                let raw = step.outcome.reply().map(|r| r.raw()).unwrap_or_default();
                let cause = match explain(&raw).cause {
                    Cause::Unknown | Cause::PolicyOther => Cause::AuthRequired,
                    c => c,
                };
                let same_step = |f: &RankedFinding| {
                    f.sources.iter().any(|s| {
                        matches!(s, FindingSource::Probe { evidence }
                            if evidence.step == step.kind && evidence.phase == step.phase
                                && evidence.target == step.target)
                    })
                };
                if let Some(f) = findings.iter_mut().find(|f| same_step(f)) {
                    f.cause = cause;
                    f.severity = Severity::Blocking;
                    put_first(&mut f.fixes, Fix::EnableSmtpAuth);
                } else {
                    findings.push(RankedFinding {
                        cause,
                        severity: Severity::Blocking,
                        recipient: None,
                        detail: None,
                        confidence: Confidence::High,
                        fixes: vec![Fix::EnableSmtpAuth],
                        sources: vec![FindingSource::Probe {
                            evidence: ProbeEvidence {
                                step: step.kind,
                                phase: step.phase,
                                target: step.target.clone(),
                                reply: Some(raw),
                                outcome: step.outcome.clone(),
                            },
                        }],
                        step_index: report.steps.iter().position(|s| std::ptr::eq(s, step)),
                    });
                }
            }
        }
        // In the office, relaying by network is how the company's server is meant to work.
        if assessment.is_some_and(|a| a.location == Location::Office) {
            for f in findings
                .iter_mut()
                .filter(|f| f.cause == Cause::RelayByNetworkOnly)
            {
                f.severity = Severity::Info;
            }
        }
    }

    if let Some(e) = inputs.pasted
        && e.cause != Cause::Unknown
    {
        let source = FindingSource::Pasted {
            server_response: e.facts.server_response.clone(),
        };
        if let Some(f) = findings.iter_mut().find(|f| f.cause == e.cause) {
            f.sources.push(source);
        } else {
            let mut fixes = e.fixes.clone();
            if e.cause == Cause::RelayDenied && assessment.is_some_and(|a| a.may_be_blocked) {
                put_first(
                    &mut fixes,
                    Fix::UseAuthenticatedSubmission {
                        port: 587,
                        security: Security::StartTls,
                    },
                );
            }
            findings.push(RankedFinding {
                cause: e.cause,
                // What the mail program met; when the check of the same path works, the
                // program's settings probably differ from the ones checked.
                severity: if path_works {
                    Severity::Warning
                } else {
                    Severity::Blocking
                },
                recipient: None,
                detail: None,
                confidence: e.confidence,
                fixes,
                sources: vec![source],
                step_index: None,
            });
        }
    }

    // The situation alone predicts a refusal: say so, with low confidence.
    if findings.is_empty()
        && inputs.report.is_none()
        && let Some(a) = assessment
        && a.prediction == Prediction::RelayNeedsLogin
    {
        let mut fixes = vec![Fix::UseAuthenticatedSubmission {
            port: 587,
            security: Security::StartTls,
        }];
        if a.location != Location::Home || a.account != super::situation::AccountKind::Freemail {
            fixes.push(Fix::UseNetworkSmtpServer);
        }
        fixes.push(Fix::PopBeforeSmtp);
        findings.push(RankedFinding {
            cause: Cause::RelayDenied,
            severity: Severity::Warning,
            recipient: None,
            detail: None,
            confidence: Confidence::Low,
            fixes,
            sources: vec![FindingSource::Situation],
            step_index: None,
        });
    }

    // The other side: what the program is set to against what the provider documents.
    if let (Some(settings), Some(r)) = (inputs.settings, inputs.recommended) {
        let diffs = differences(settings, r);
        if !diffs.is_empty() {
            let e = &r.settings;
            findings.push(RankedFinding {
                cause: Cause::SettingsDiffer,
                // With a failing check the difference is the likeliest root of it; with a
                // working one it is what breaks elsewhere (another network, a stricter day).
                severity: if inputs.report.is_some() && path_works {
                    Severity::Warning
                } else {
                    Severity::Blocking
                },
                recipient: None,
                detail: Some(Detail::Settings {
                    provider: r.provider.clone(),
                    differences: diffs,
                }),
                confidence: Confidence::High,
                fixes: vec![Fix::UseProviderSettings {
                    provider: r.provider.clone(),
                    host: e.host.clone(),
                    port: e.port,
                    security: e.security,
                    username: e.username.clone().unwrap_or_else(|| e.from.clone()),
                }],
                sources: vec![FindingSource::Provider {
                    provider: r.provider.clone(),
                }],
                step_index: None,
            });
        }
    }

    // Blocking, warning, info. Within each: a difference from the provider's settings first
    // (the change that addresses the rest), then the earliest step of the check, then the
    // more certain.
    findings.sort_by_key(|f| {
        (
            f.severity,
            f.cause != Cause::SettingsDiffer,
            f.step_index.unwrap_or(usize::MAX),
            std::cmp::Reverse(f.confidence),
        )
    });
    // The first finding of the check is the one it rests on; a difference from the
    // provider's settings keeps its own single fix.
    let first_of_check = findings
        .iter()
        .position(|f| f.cause != Cause::SettingsDiffer);
    if let Some(i) = first_of_check
        && findings[i].step_index.is_some()
    {
        findings[i].confidence = Confidence::High;
    }

    if let Some(report) = inputs.report
        && !path_works
        && let Some(i) = first_of_check
    {
        // Another port works from here: that is the first thing to change.
        if let Some(alt) = working_alternative(inputs) {
            put_first(&mut findings[i].fixes, alt);
        }
        // Relay refused from a network the server does not trust, and no login was tried:
        // log in on the submission port first.
        if let (Some(a), Some(first)) = (assessment, findings.get_mut(i))
            && first.cause == Cause::RelayDenied
            && a.may_be_blocked
            && report.authenticated.is_none()
            && !first
                .fixes
                .iter()
                .any(|f| matches!(f, Fix::UseAuthenticatedSubmission { .. }))
        {
            put_first(
                &mut first.fixes,
                Fix::UseAuthenticatedSubmission {
                    port: 587,
                    security: Security::StartTls,
                },
            );
        }
    }

    if let Some(p) = inputs.provider {
        apply_policies(&p.policy, &mut findings);
    }
    let verdict = verdict(&findings);
    let notes = if verdict.sending_works {
        vec![Note::SilentDrop]
    } else {
        vec![]
    };
    Diagnosis {
        situation: assessment,
        verdict,
        findings,
        notes,
    }
}

/// What a provider documents changes which fix comes first.
fn apply_policies(policy: &crate::autodetect::Policy, findings: &mut [RankedFinding]) {
    for f in findings.iter_mut().filter(|f| f.cause == Cause::AuthFailed) {
        if policy.basic_auth_disabled {
            put_first(&mut f.fixes, Fix::UseOAuth2);
        }
        if policy.app_password_with_2fa && !f.fixes.contains(&Fix::CreateAppPassword) {
            f.fixes.insert(1.min(f.fixes.len()), Fix::CreateAppPassword);
        }
        if policy.enable_in_webmail {
            // The usual reason at GMX and WEB.DE: access for mail programs is off.
            put_first(&mut f.fixes, Fix::EnableMailAccessInWebmail);
        }
    }
    for f in findings
        .iter_mut()
        .filter(|f| f.cause == Cause::RelayDenied && policy.pop_before_smtp)
    {
        put_first(&mut f.fixes, Fix::PopBeforeSmtp);
    }
}

/// Whether sending works on `path`: no blocking finding in the check.
pub fn sending_works(report: &ProbeReport, login: Option<&str>, path: &UserPath) -> bool {
    !diagnose(report, login, path)
        .iter()
        .any(|f| f.severity == Severity::Blocking)
}

/// One fix tried.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Trial {
    /// The fix.
    pub fix: Fix,
    /// The settings it produced.
    pub settings: AccountSettings,
    /// Whether sending worked with them.
    pub works: bool,
}

/// Tries `fixes` in order: applies each to `settings`, re-checks with `check`, and stops at
/// the first that makes sending work. Fixes that are not settings changes are skipped;
/// nothing is ever sent (the check stops before DATA).
pub async fn try_fixes<F, Fut>(
    settings: &AccountSettings,
    fixes: &[Fix],
    path: &UserPath,
    mut check: F,
) -> Vec<Trial>
where
    F: FnMut(AccountSettings) -> Fut,
    Fut: Future<Output = ProbeReport>,
{
    let mut trials = vec![];
    for fix in fixes {
        let Some(next) = apply(fix, settings) else {
            continue;
        };
        let report = check(next.clone()).await;
        // Judged on the path the changed settings take, like the check itself.
        let trial_path = UserPath {
            logs_in: next.auth,
            pop_before_smtp: next.pop_before_smtp.is_some(),
            ..path.clone()
        };
        let works = sending_works(&report, next.username.as_deref(), &trial_path);
        trials.push(Trial {
            fix: fix.clone(),
            settings: next,
            works,
        });
        if works {
            break;
        }
    }
    trials
}
