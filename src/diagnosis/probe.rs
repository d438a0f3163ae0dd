//! From a probe report to findings: which step failed, why, and what to change.
//!
//! The server's replies are classified by the same explainer that reads pasted texts, so a
//! live check and a pasted error give the same cause ids and fixes. On top of that the
//! probe knows things a pasted text cannot: whether the relay test passes *with* login
//! ("switch on authentication"), whether a port is filtered, why a certificate failed.

use serde::Serialize;

use super::{Cause, Fix, FixContext, fixes_for};
use crate::explain::explain;
use crate::probe::{CertProblem, Outcome, Phase, ProbeReport, Step, StepKind, TlsFailure, TlsMode};
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

/// One problem found by a live check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The cause (same ids as the explainer).
    pub cause: Cause,
    /// Fixes, best first.
    pub fixes: Vec<Fix>,
    /// The step behind it.
    pub evidence: ProbeEvidence,
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

/// The findings of a report, most important first; empty when sending works.
pub fn diagnose(report: &ProbeReport, login: Option<&str>) -> Vec<Finding> {
    let ctx = FixContext {
        port: Some(report.port),
        tls: Some(report.encrypted),
        server: Some(report.host.clone()),
        login: login.map(str::to_owned),
        ..FixContext::default()
    };
    let finding = |cause: Cause, fixes: Vec<Fix>, step: &Step| Finding {
        cause,
        fixes,
        evidence: evidence(step),
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

    let mut out = vec![];
    let mut late = vec![];
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
            (StepKind::TlsHandshake, Outcome::TlsFailed { failure, .. }) => {
                finding(Cause::TlsFailed, tls_fixes(failure, report), step)
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
            (StepKind::Auth, Outcome::NotOffered) => {
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
                    // Explains why logging in does not help on this port; the refusal it
                    // leads to (relay, sender) is the headline, so this one comes after it.
                    late.push(finding(
                        Cause::AuthMechanismUnsupported,
                        fixes_for(Cause::AuthMechanismUnsupported, &ctx),
                        step,
                    ));
                    continue;
                }
            }
            (StepKind::Auth, Outcome::NoCommonMechanism { .. }) => finding(
                Cause::AuthMechanismUnsupported,
                vec![Fix::ChangeAuthMethod, Fix::ContactProvider],
                step,
            ),
            (StepKind::Auth, Outcome::Rejected { .. }) => from_reply(step, Cause::AuthFailed),
            (StepKind::Auth, Outcome::PlaintextRefused) => finding(
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
            // A refusal right at EHLO (421 "too many connections", 554 blocked) is the cause;
            // a 5xx there is only the old-server case that HELO handles.
            (StepKind::Ehlo, Outcome::Rejected { reply }) if reply.code.get() < 500 => {
                from_reply(step, Cause::ServerBusyOrUnavailable)
            }
            (StepKind::Helo, Outcome::Rejected { .. }) => from_reply(step, Cause::PolicyOther),
            (StepKind::TestMessage, Outcome::Rejected { .. }) => {
                from_reply(step, Cause::PolicyOther)
            }
            (StepKind::PopLogin, Outcome::PopRefused { .. }) => {
                finding(Cause::AuthFailed, vec![Fix::CheckCredentials], step)
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
        out.push(f);
    }

    // --insecure looked past a bad certificate: the mail program will not.
    if let Some(problem) = report.tls.as_ref().and_then(|t| t.problem.clone())
        && !out.iter().any(|f| f.cause == Cause::TlsFailed)
        && let Some(step) = report
            .steps
            .iter()
            .find(|s| s.kind == StepKind::TlsHandshake)
    {
        let failure = TlsFailure::Certificate { problem };
        out.insert(
            0,
            finding(Cause::TlsFailed, tls_fixes(&failure, report), step),
        );
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

    if !report.sending_works {
        out.extend(relay_findings(report, &ctx, &from_reply));
    }
    out.extend(late);
    out
}

/// The MAIL/RCPT part: sender, own-domain recipient, relay.
fn relay_findings(
    report: &ProbeReport,
    ctx: &FixContext,
    from_reply: &dyn Fn(&Step, Cause) -> Finding,
) -> Vec<Finding> {
    let mut out = vec![];
    // The phase that counts: with login when the account has one.
    let phase = if report.authenticated.is_some() {
        Phase::Authenticated
    } else {
        Phase::Unauthenticated
    };
    let rejected = |kind| {
        report
            .step(kind, phase)
            .filter(|s| matches!(s.outcome, Outcome::Rejected { .. }))
    };
    if let Some(step) = rejected(StepKind::MailFrom) {
        out.push(from_reply(step, Cause::SenderRejectedNotOwned));
        return out;
    }
    if let Some(step) = rejected(StepKind::RcptOutside) {
        let mut f = from_reply(step, Cause::RelayDenied);
        if f.cause == Cause::RelayDenied {
            f.fixes = if report.after_pop.is_some_and(|r| r.works()) {
                // The provider uses POP-before-SMTP and it works from here.
                vec![Fix::PopBeforeSmtp, Fix::EnableSmtpAuth]
            } else if phase == Phase::Authenticated {
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
            };
        }
        out.push(f);
    } else if let Some(step) = rejected(StepKind::RcptSameDomain) {
        out.push(from_reply(step, Cause::RecipientUnknown));
    }
    out
}

fn tls_fixes(failure: &TlsFailure, report: &ProbeReport) -> Vec<Fix> {
    match failure {
        TlsFailure::Certificate {
            problem: CertProblem::NameMismatch { .. },
        } => {
            vec![
                Fix::CheckServerName {
                    host: Some(report.host.clone()),
                },
                Fix::ContactProvider,
            ]
        }
        TlsFailure::Certificate { .. } => vec![Fix::CheckNetwork, Fix::ContactProvider],
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
