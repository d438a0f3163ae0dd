//! From a probe report to findings: which step failed, why, and what to change.
//!
//! The server's replies are classified by the same explainer that reads pasted texts, so a
//! live check and a pasted error give the same cause ids and fixes. On top of that the
//! probe knows things a pasted text cannot: whether the relay test passes *with* login
//! ("switch on authentication"), whether a port is filtered, why a certificate failed.

use serde::Serialize;

use super::verdict::{Severity, UserPath};
use super::{Cause, Fix, FixContext, fixes_for};
use crate::explain::explain;
use crate::probe::{
    CertInfo, CertProblem, Outcome, Phase, ProbeReport, Step, StepKind, TlsFailure, TlsInfo,
    TlsMode,
};
use crate::smtp::Security;

/// What a finding rests on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProbeEvidence {
    /// The step.
    pub step: StepKind,
    /// Its phase.
    pub phase: Phase,
    /// Its target (address, mechanism, host), when any.
    pub target: Option<String>,
    /// The server's reply, verbatim, when there was one.
    pub reply: Option<String>,
    /// The outcome.
    pub outcome: Outcome,
}

/// More than a cause id can say, typed for the renderer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Detail {
    /// The certificate behind a `certificate_untrusted` finding.
    Certificate {
        /// Why it is not trusted.
        problem: CertProblem,
        /// The server's own certificate (the leaf), when it was received.
        certificate: Option<CertInfo>,
    },
    /// The settings that differ from what the provider expects (`settings_differ`).
    Settings {
        /// The provider's name.
        provider: String,
        /// Each difference.
        differences: Vec<super::compare::Difference>,
    },
}

/// One problem found by a live check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The cause (same ids as the explainer).
    pub cause: Cause,
    /// Blocking on the user's path, a warning, or information.
    pub severity: Severity,
    /// The recipient the user named that this refusal is about.
    pub recipient: Option<String>,
    /// Typed detail (the certificate).
    pub detail: Option<Detail>,
    /// Fixes, best first.
    pub fixes: Vec<Fix>,
    /// The step behind it.
    pub evidence: ProbeEvidence,
    /// Position of that step in the session: earlier is closer to the cause.
    #[serde(skip)]
    pub step_index: usize,
}

fn evidence(step: &Step) -> ProbeEvidence {
    ProbeEvidence {
        step: step.kind,
        phase: step.phase,
        target: step.target.clone(),
        reply: step.outcome.reply().map(|r| r.raw()),
        outcome: step.outcome.clone(),
    }
}

fn index_of(report: &ProbeReport, step: &Step) -> usize {
    report
        .steps
        .iter()
        .position(|s| std::ptr::eq(s, step))
        .unwrap_or(report.steps.len())
}

/// Rejections a server gives, quite rightly, to a client that has not logged in: the relay
/// test and a sender that belongs to a login. Seen on a round the program does not take, they
/// show the server protects itself and are information only.
fn protects_itself(cause: Cause) -> bool {
    matches!(
        cause,
        Cause::RelayDenied
            | Cause::AuthRequired
            | Cause::SenderRejectedNotOwned
            | Cause::TlsRequired
            | Cause::PolicyOther
    )
}

/// The findings of a report for the user's `path`: blocking first, then warnings, then
/// information, each in session order (earliest step first).
/// Every refusal the server gave produces a finding; whether it blocks depends on the path.
pub fn diagnose(report: &ProbeReport, login: Option<&str>, path: &UserPath) -> Vec<Finding> {
    let ctx = FixContext {
        port: Some(report.port),
        tls: Some(report.encrypted),
        server: Some(report.host.clone()),
        login: login.map(str::to_owned),
        ..FixContext::default()
    };
    let finding = |cause: Cause, fixes: Vec<Fix>, step: &Step| Finding {
        cause,
        severity: Severity::Blocking,
        recipient: None,
        detail: None,
        fixes,
        evidence: evidence(step),
        step_index: index_of(report, step),
    };
    // A server reply goes through the explainer; its cause and fixes apply.
    let from_reply = |step: &Step, fallback: Cause| -> Finding {
        let raw = step.outcome.reply().map(|r| r.raw()).unwrap_or_default();
        let e = explain(&raw);
        let cause = if e.cause == Cause::Unknown {
            fallback
        } else {
            e.cause
        };
        let mut c = ctx.clone();
        c.rejected_address = step.target.clone().filter(|t| t.contains('@'));
        c.ip = e.facts.ip.clone();
        c.basic_auth_disabled = e.fixes.first() == Some(&Fix::UseOAuth2);
        finding(cause, fixes_for(cause, &c), step)
    };
    let path_works = path.relay_works(report);

    let mut out = vec![];
    for step in &report.steps {
        let f = match (&step.kind, &step.outcome) {
            (StepKind::Resolve, Outcome::DnsFailed { .. }) => finding(
                Cause::ConnectionFailed,
                vec![
                    Fix::CheckServerName {
                        host: Some(report.host.clone()),
                    },
                    Fix::CheckNetwork,
                ],
                step,
            ),
            (
                StepKind::TlsHandshake,
                Outcome::TlsFailed {
                    failure: TlsFailure::Certificate { problem },
                    info,
                },
            ) => certificate_finding(report, step, problem, info.as_ref(), Severity::Blocking),
            (StepKind::TlsHandshake, Outcome::TlsFailed { failure, .. }) => {
                finding(Cause::TlsFailed, tls_fixes(failure, report), step)
            }
            // --insecure looked past a bad certificate: the handshake completed, the user
            // accepted it for this check. The mail program will refuse it (or ask every time)
            // unless the user accepted it there too: a warning, never "encryption failed".
            (StepKind::TlsHandshake, Outcome::TlsEstablished { info }) => {
                let Some(problem) = &info.problem else {
                    continue;
                };
                let severity = if path.certificate_accepted {
                    Severity::Warning
                } else {
                    Severity::Blocking
                };
                certificate_finding(report, step, problem, Some(info), severity)
            }
            (StepKind::Greeting, Outcome::Timeout)
                if report.port == 465 && report.tls_mode != TlsMode::Implicit =>
            {
                // Port 465 waits for a TLS handshake; a plain client waits for a greeting.
                finding(
                    Cause::TlsFailed,
                    vec![
                        Fix::SwitchEncryption {
                            port: 465,
                            security: Security::ImplicitTls,
                        },
                        Fix::MatchEncryptionToPort,
                    ],
                    step,
                )
            }
            (StepKind::Greeting, Outcome::Timeout) => finding(
                Cause::ConnectionTimeout,
                vec![
                    Fix::MatchEncryptionToPort,
                    Fix::WaitAndRetry { minutes: 15 },
                    Fix::ContactProvider,
                ],
                step,
            ),
            (StepKind::Greeting, Outcome::Rejected { .. }) => {
                from_reply(step, Cause::ServerBusyOrUnavailable)
            }
            (StepKind::StartTls, Outcome::NotOffered) => finding(
                Cause::TlsFailed,
                vec![Fix::MatchEncryptionToPort, Fix::ContactProvider],
                step,
            ),
            (StepKind::StartTls, Outcome::Rejected { .. }) => from_reply(step, Cause::TlsFailed),
            (
                StepKind::Auth,
                Outcome::NotOffered
                | Outcome::NoCommonMechanism { .. }
                | Outcome::PlaintextRefused
                | Outcome::Rejected { .. },
            ) => {
                let mut f = auth_finding(report, step, &ctx, &from_reply, &finding);
                if !path.logs_in {
                    // The program does not log in: a login problem matters only for the
                    // advice to switch the login on.
                    f.severity = Severity::Warning;
                }
                f
            }
            (
                StepKind::MailFrom | StepKind::RcptSameDomain | StepKind::RcptOutside,
                Outcome::Rejected { .. },
            ) => {
                // After a refused MAIL FROM, a pipelined RCPT's "503 need MAIL" says
                // nothing of its own.
                if step.kind != StepKind::MailFrom
                    && report
                        .step(StepKind::MailFrom, step.phase)
                        .is_some_and(|m| matches!(m.outcome, Outcome::Rejected { .. }))
                {
                    continue;
                }
                let fallback = match step.kind {
                    StepKind::MailFrom => Cause::SenderRejectedNotOwned,
                    StepKind::RcptOutside => Cause::RelayDenied,
                    _ => Cause::RecipientUnknown,
                };
                let mut f = from_reply(step, fallback);
                let target = step.target.as_deref().unwrap_or("");
                let is_rcpt = step.kind != StepKind::MailFrom;
                if is_rcpt && path.named(target) && is_about_recipient(f.cause) {
                    f.recipient = Some(target.to_owned());
                }
                f.severity = if path.takes(step.phase) && !path_works {
                    Severity::Blocking
                } else if path.takes(step.phase) && f.recipient.is_some() {
                    // The round works for others, but this named recipient is refused.
                    Severity::Blocking
                } else if path.takes(step.phase) {
                    Severity::Warning
                } else if protects_itself(f.cause) && path.relay_works(report) {
                    Severity::Info
                } else if protects_itself(f.cause) && step.phase == Phase::Unauthenticated {
                    // Refused without login while the program logs in: expected; what the
                    // login itself did decides.
                    Severity::Info
                } else {
                    Severity::Warning
                };
                if f.cause == Cause::RelayDenied && f.severity == Severity::Blocking {
                    f.fixes = relay_fixes(report, path, &ctx);
                }
                f
            }
            (StepKind::Helo, Outcome::Rejected { .. }) => from_reply(step, Cause::PolicyOther),
            // A refusal right at EHLO (421 "too many connections", 554 blocked) is the cause;
            // a 5xx there is only the old-server case that HELO handles.
            (StepKind::Ehlo, Outcome::Rejected { reply }) if reply.code.get() < 500 => {
                from_reply(step, Cause::ServerBusyOrUnavailable)
            }
            (StepKind::TestMessage, Outcome::Rejected { .. }) => {
                from_reply(step, Cause::PolicyOther)
            }
            (StepKind::PopLogin, Outcome::PopRefused { .. }) => {
                let mut f = finding(Cause::AuthFailed, vec![Fix::CheckCredentials], step);
                if !path.pop_before_smtp || path_works {
                    f.severity = Severity::Warning;
                }
                f
            }
            (k, Outcome::Timeout) if *k != StepKind::Quit => finding(
                Cause::ConnectionTimeout,
                vec![Fix::CheckNetwork, Fix::WaitAndRetry { minutes: 15 }],
                step,
            ),
            // A close right after a refusal (421 and hang up) is part of that refusal.
            (_, Outcome::Closed | Outcome::IoError { .. })
                if step.kind != StepKind::Quit && !refused_before(report, step) =>
            {
                finding(
                    Cause::ConnectionFailed,
                    vec![Fix::CheckNetwork, Fix::WaitAndRetry { minutes: 15 }],
                    step,
                )
            }
            (_, Outcome::Malformed { .. }) => finding(
                Cause::ConnectionFailed,
                vec![
                    Fix::CheckServerName {
                        host: Some(report.host.clone()),
                    },
                    Fix::MatchEncryptionToPort,
                ],
                step,
            ),
            _ => continue,
        };
        // One finding per cause and round (per cause and address for a named recipient):
        // the more severe one stays.
        if let Some(prev) = out.iter_mut().find(|p: &&mut Finding| {
            p.cause == f.cause
                && p.recipient == f.recipient
                && (p.recipient.is_some() || p.evidence.phase == f.evidence.phase)
                && (p.recipient.is_none() || p.evidence.target == f.evidence.target)
        }) {
            if f.severity < prev.severity {
                *prev = f;
            }
            continue;
        }
        out.push(f);
    }

    // Connection: only when no address could be reached.
    let connected = report
        .steps
        .iter()
        .any(|s| matches!(s.outcome, Outcome::Connected { .. }));
    if !connected
        && let Some(step) = report
            .steps
            .iter()
            .rev()
            .find(|s| s.kind == StepKind::Connect)
    {
        let f = match &step.outcome {
            Outcome::Filtered { .. } if report.port == 25 => finding(
                Cause::BlockedDynamicIpOrPort25,
                vec![
                    Fix::UseSubmissionPort {
                        port: 587,
                        security: Security::StartTls,
                    },
                    Fix::UseProviderSubmission,
                ],
                step,
            ),
            Outcome::Filtered { .. } => finding(
                Cause::ConnectionTimeout,
                fixes_for(Cause::ConnectionTimeout, &ctx),
                step,
            ),
            _ => finding(
                Cause::ConnectionFailed,
                vec![
                    Fix::CheckServerName {
                        host: Some(report.host.clone()),
                    },
                    Fix::MatchEncryptionToPort,
                    Fix::CheckNetwork,
                ],
                step,
            ),
        };
        out.push(f);
    }

    // Works, but only thanks to the network or to POP before SMTP.
    if path_works && !path.logs_in {
        let unauth = report.unauthenticated.is_some_and(|r| r.works());
        let fragile = if unauth {
            Some((Cause::RelayByNetworkOnly, Phase::Unauthenticated))
        } else if path.pop_before_smtp {
            Some((Cause::PopBeforeSmtpOnly, Phase::AfterPop))
        } else {
            None
        };
        if let Some((cause, phase)) = fragile
            && let Some(step) = report.step(StepKind::RcptOutside, phase)
        {
            let mut f = finding(cause, fixes_for(cause, &ctx), step);
            f.severity = Severity::Warning;
            out.push(f);
        }
    }

    // Nothing the server refused is dropped: a path that fails without any blocking finding
    // gets one from its last unsuccessful step.
    if !path_works
        && !out.iter().any(|f| f.severity == Severity::Blocking)
        && let Some(step) = report
            .steps
            .iter()
            .rev()
            .find(|s| !s.outcome.is_success() && s.kind != StepKind::Quit)
    {
        let mut f = if step.outcome.reply().is_some() {
            from_reply(step, Cause::PolicyOther)
        } else {
            finding(Cause::ConnectionFailed, vec![Fix::ContactProvider], step)
        };
        f.severity = Severity::Blocking;
        out.retain(|p| !(p.cause == f.cause && p.evidence.target == f.evidence.target));
        out.push(f);
    }
    // Blocking first, then warnings, then information; within each, session order.
    out.sort_by_key(|f| (f.severity, f.step_index));
    out
}

/// Causes that concern the recipient, not the sender, the login or the relay permission.
fn is_about_recipient(c: Cause) -> bool {
    matches!(
        c,
        Cause::RecipientUnknown | Cause::MailboxFull | Cause::PolicyOther | Cause::Greylisted
    )
}

/// A login that did not succeed.
fn auth_finding(
    report: &ProbeReport,
    step: &Step,
    ctx: &FixContext,
    from_reply: &dyn Fn(&Step, Cause) -> Finding,
    finding: &dyn Fn(Cause, Vec<Fix>, &Step) -> Finding,
) -> Finding {
    match &step.outcome {
        Outcome::NotOffered => {
            let starttls_offered = report
                .capabilities
                .iter()
                .any(|c| c.eq_ignore_ascii_case("STARTTLS"));
            if report.tls_mode == TlsMode::None && starttls_offered {
                finding(
                    Cause::TlsRequired,
                    vec![Fix::SwitchEncryption {
                        port: report.port,
                        security: Security::StartTls,
                    }],
                    step,
                )
            } else {
                finding(
                    Cause::AuthMechanismUnsupported,
                    fixes_for(Cause::AuthMechanismUnsupported, ctx),
                    step,
                )
            }
        }
        Outcome::NoCommonMechanism { .. } => finding(
            Cause::AuthMechanismUnsupported,
            vec![Fix::ChangeAuthMethod, Fix::ContactProvider],
            step,
        ),
        Outcome::PlaintextRefused => finding(
            Cause::TlsFailed,
            vec![
                Fix::UseAuthenticatedSubmission {
                    port: 587,
                    security: Security::StartTls,
                },
                Fix::MatchEncryptionToPort,
            ],
            step,
        ),
        _ => from_reply(step, Cause::AuthFailed),
    }
}

/// The certificate finding: its fixes follow the problem.
fn certificate_finding(
    report: &ProbeReport,
    step: &Step,
    problem: &CertProblem,
    info: Option<&TlsInfo>,
    severity: Severity,
) -> Finding {
    let leaf = info.and_then(|i| i.chain.first()).cloned();
    let contact = Fix::ContactProvider;
    let fixes = match problem {
        CertProblem::NameMismatch { .. } => {
            // A plain name in the certificate (no wildcard) is a server name to try.
            let names = leaf.as_ref().map(|c| c.names.clone()).unwrap_or_default();
            let mut v: Vec<Fix> = names
                .iter()
                .filter(|n| !n.contains('*') && n.parse::<std::net::IpAddr>().is_err())
                .take(1)
                .map(|host| Fix::UseHostFromCertificate { host: host.clone() })
                .collect();
            v.push(Fix::CheckServerName {
                host: Some(report.host.clone()),
            });
            v.push(contact);
            v
        }
        CertProblem::UnknownIssuer | CertProblem::SelfSigned => {
            vec![Fix::InstallRootCertificate, contact]
        }
        CertProblem::Expired => vec![Fix::CheckDeviceClock, Fix::RenewCertificate],
        CertProblem::NotYetValid => vec![Fix::CheckDeviceClock, contact],
        CertProblem::Revoked => vec![Fix::RenewCertificate, contact],
        CertProblem::Other { .. } => vec![Fix::UpdateMailProgram, contact],
    };
    Finding {
        cause: Cause::CertificateUntrusted,
        severity,
        recipient: None,
        detail: Some(Detail::Certificate {
            problem: problem.clone(),
            certificate: leaf,
        }),
        fixes,
        evidence: evidence(step),
        step_index: index_of(report, step),
    }
}

/// Fixes for a relay refusal on the user's path.
fn relay_fixes(report: &ProbeReport, path: &UserPath, ctx: &FixContext) -> Vec<Fix> {
    if report.after_pop.is_some_and(|r| r.works()) {
        // The provider uses POP-before-SMTP and it works from here.
        vec![Fix::PopBeforeSmtp, Fix::EnableSmtpAuth]
    } else if path.logs_in && report.authenticated.is_some() {
        // Even logged in the server will not relay for us here.
        vec![
            Fix::UseNetworkSmtpServer,
            Fix::PopBeforeSmtp,
            Fix::ContactProvider,
        ]
    } else {
        let mut v = fixes_for(Cause::RelayDenied, ctx);
        if report.port == 25 || report.tls_mode == TlsMode::None {
            // Login usually lives on the submission port.
            v.retain(|x| *x != Fix::EnableSmtpAuth);
            v.insert(0, Fix::EnableSmtpAuth);
        }
        v
    }
}

/// Fixes for a handshake that failed before any certificate was judged (certificate
/// problems are `certificate_finding`'s).
fn tls_fixes(failure: &TlsFailure, report: &ProbeReport) -> Vec<Fix> {
    match failure {
        TlsFailure::Certificate { .. } => vec![Fix::ContactProvider],
        TlsFailure::NotTls => vec![
            Fix::SwitchEncryption {
                port: 587,
                security: Security::StartTls,
            },
            Fix::MatchEncryptionToPort,
        ],
        TlsFailure::Handshake { .. } | TlsFailure::Io { .. } => {
            vec![
                Fix::MatchEncryptionToPort,
                Fix::UpdateMailProgram,
                Fix::CheckNetwork,
            ]
        }
        TlsFailure::BadServerName => vec![Fix::CheckServerName {
            host: Some(report.host.clone()),
        }],
    }
}

/// Whether a step before `step` was refused by the server.
fn refused_before(report: &ProbeReport, step: &Step) -> bool {
    report
        .steps
        .iter()
        .take_while(|s| !std::ptr::eq(*s, step))
        .any(|s| matches!(s.outcome, Outcome::Rejected { .. }))
}
