//! The judgement: which findings stop sending on the path the user's mail program really
//! takes, which only warn, and what the headline says.
//!
//! A live check gathers more than the user's program will ever do: it tries the relay test
//! without and with login, after a POP3 login, on other ports, and with `--insecure` it looks
//! past a certificate the program would refuse. Reading those facts as "some round passed, so
//! sending works" headlines the wrong thing. The rule here:
//!
//! - **blocking**: on the user's path the message does not leave, or a recipient the user
//!   named is refused. Connection, encryption and greeting problems are on every path.
//! - **warning**: sending works (or would, were it not for a blocking finding) but something
//!   is wrong or fragile: a certificate the user chose to accept, a refusal on a path the
//!   program does not take, relaying that depends on the network or on POP before SMTP.
//! - **info**: what the server did as it should (it refuses to relay without login while the
//!   program logs in anyway).
//!
//! Ranking: blocking before warning before info; within a class, the finding from the
//! earliest step of the session first (closest to the cause), then the more certain one.
//! `sending_works` is computed from blocking findings only.

use serde::Serialize;

use crate::probe::{Phase, ProbeReport, RelayResult};

/// How much a finding matters for sending on the user's path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Sending on the user's path fails (or a named recipient is refused).
    Blocking,
    /// Sending works, but something is wrong or fragile.
    Warning,
    /// Worth knowing; nothing to change.
    Info,
}

impl Severity {
    /// The stable id (JSON `severity`, Fluent selector).
    pub fn id(self) -> &'static str {
        match self {
            Severity::Blocking => "blocking",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// The path the user's mail program takes with its current settings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct UserPath {
    /// It logs in ("outgoing server requires authentication", and a password is known).
    pub logs_in: bool,
    /// It collects mail by POP3 before sending (POP before SMTP).
    pub pop_before_smtp: bool,
    /// The recipients the user named (compared case-insensitively).
    pub named_recipients: Vec<String>,
    /// The user chose to accept an untrusted certificate for this check (`--insecure`).
    pub certificate_accepted: bool,
}

impl UserPath {
    /// The path the probe was set up for: it logs in when a login was tried, uses POP
    /// before SMTP when a POP3 login was tried. For a report alone (tests, sweep rows); a
    /// check knows the real path from the settings.
    pub fn probed(report: &ProbeReport) -> UserPath {
        use crate::probe::StepKind;
        UserPath {
            logs_in: report.steps.iter().any(|s| s.kind == StepKind::Auth),
            pop_before_smtp: report.steps.iter().any(|s| s.kind == StepKind::PopLogin),
            ..UserPath::default()
        }
    }

    /// Whether `phase` is a relay round the program takes.
    pub fn takes(&self, phase: Phase) -> bool {
        match phase {
            Phase::Connection => true,
            Phase::Authenticated => self.logs_in,
            Phase::AfterPop => self.pop_before_smtp,
            Phase::Unauthenticated => !self.logs_in && !self.pop_before_smtp,
        }
    }

    /// Whether the user named `address` as a recipient.
    pub fn named(&self, address: &str) -> bool {
        self.named_recipients
            .iter()
            .any(|n| n.trim().eq_ignore_ascii_case(address.trim()))
    }

    /// The relay rounds on the path, in the order the program would rely on them. Without
    /// login, a POP3 user whose server already relays needs no POP3 login: the round without
    /// login counts too.
    pub fn rounds(&self, report: &ProbeReport) -> Vec<RelayResult> {
        let mut v = vec![];
        if self.logs_in {
            v.extend(report.authenticated);
        } else {
            v.extend(report.unauthenticated);
        }
        if self.pop_before_smtp {
            v.extend(report.after_pop);
        }
        v
    }

    /// Whether a round on the path accepted the sender and the outside recipient.
    pub fn relay_works(&self, report: &ProbeReport) -> bool {
        self.rounds(report).iter().any(RelayResult::works)
    }
}

/// The headline, computed from the findings' severities.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// No blocking finding.
    pub sending_works: bool,
    /// How many findings block.
    pub blocking_count: usize,
    /// How many findings warn.
    pub warning_count: usize,
    /// Recipients the user named that were refused.
    pub refused_recipients: Vec<String>,
    /// The only blocking findings are refused named recipients: sending works for the others.
    pub works_for_others: bool,
}

/// What [`verdict`] needs of a finding.
pub trait Judged {
    /// Its severity.
    fn severity(&self) -> Severity;
    /// The named recipient it is about, when it is about one.
    fn recipient(&self) -> Option<&str>;
}

/// The headline over ranked findings.
pub fn verdict<F: Judged>(findings: &[F]) -> Verdict {
    let blocking: Vec<&F> = findings
        .iter()
        .filter(|f| f.severity() == Severity::Blocking)
        .collect();
    let mut refused: Vec<String> = vec![];
    for f in &blocking {
        if let Some(r) = f.recipient()
            && !refused.iter().any(|x| x.eq_ignore_ascii_case(r))
        {
            refused.push(r.to_owned());
        }
    }
    Verdict {
        sending_works: blocking.is_empty(),
        blocking_count: blocking.len(),
        warning_count: findings
            .iter()
            .filter(|f| f.severity() == Severity::Warning)
            .count(),
        works_for_others: !blocking.is_empty() && blocking.iter().all(|f| f.recipient().is_some()),
        refused_recipients: refused,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct F(Severity, Option<&'static str>);
    impl Judged for F {
        fn severity(&self) -> Severity {
            self.0
        }
        fn recipient(&self) -> Option<&str> {
            self.1
        }
    }

    #[test]
    fn sending_works_counts_only_blocking_findings() {
        let v = verdict(&[F(Severity::Warning, None), F(Severity::Info, None)]);
        assert!(v.sending_works);
        assert_eq!((v.blocking_count, v.warning_count), (0, 1));
        let v = verdict(&[F(Severity::Blocking, None), F(Severity::Warning, None)]);
        assert!(!v.sending_works);
        assert!(!v.works_for_others);
    }

    #[test]
    fn a_refused_named_recipient_blocks_but_sending_works_for_the_others() {
        let v = verdict(&[
            F(Severity::Blocking, Some("nobody@lab.test")),
            F(Severity::Blocking, Some("NOBODY@lab.test")),
        ]);
        assert!(!v.sending_works);
        assert!(v.works_for_others);
        assert_eq!(v.refused_recipients, ["nobody@lab.test"]);
    }

    #[test]
    fn severities_order_blocking_first() {
        let mut v = [Severity::Info, Severity::Blocking, Severity::Warning];
        v.sort();
        assert_eq!(v, [Severity::Blocking, Severity::Warning, Severity::Info]);
    }

    #[test]
    fn the_path_takes_the_rounds_of_its_settings() {
        let login = UserPath {
            logs_in: true,
            ..UserPath::default()
        };
        assert!(login.takes(Phase::Authenticated) && !login.takes(Phase::Unauthenticated));
        let plain = UserPath::default();
        assert!(plain.takes(Phase::Unauthenticated) && !plain.takes(Phase::Authenticated));
        let pop = UserPath {
            pop_before_smtp: true,
            ..UserPath::default()
        };
        assert!(pop.takes(Phase::AfterPop) && !pop.takes(Phase::Unauthenticated));
        assert!(!pop.named("x@y"));
    }
}
