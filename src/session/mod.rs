//! "Check this account and tell me what is wrong": the one sequence both faces run.
//!
//! The CLI's `check` and the app's "Check" button used to assemble this each on their own
//! and drifted (recipients, the login rule, POP3 defaults, the pasted error, the last-check
//! stamp). Now they build a [`CheckRequest`] and call [`run_check`]; everything between the
//! settings and the judged result happens here: the probe, the sweep of other ports, the
//! rule that a refused login is not retried elsewhere, POP before SMTP, fusion with a pasted
//! error and the situation, trying fixes and re-checking, the optional test message, and the
//! [`LastCheck`] stamp. No text is made here; `crate::present` renders a [`CheckReport`].
//!
//! The network comes in through [`Env`] (hickory-dns' `RuntimeProvider` idea), so tests can
//! script every failure without touching the internet.

use std::sync::Arc;
use std::time::Duration;

use crate::diagnosis::compare::{self, Recommended};
use crate::diagnosis::fuse::{Diagnosis, Inputs, Trial, fuse, sending_works, try_fixes};
use crate::diagnosis::settings::AccountSettings;
use crate::diagnosis::situation::{AccountKind, Location, Situation};
use crate::diagnosis::{Fix, MailClient, UserPath};
use crate::explain::Explanation;
use crate::probe::{
    Credentials, Network, Outcome, Pop3Config, ProbeConfig, ProbeEvent, ProbeReport, Sink,
    StepKind, SystemNetwork, TestMessage, TlsMode, TrustAnchors, default_outside_rcpt, probe,
    send_test_message, sweep,
};
use crate::profiles::{LastCheck, ProfileStore, SecretStore, SystemKeyring};
use crate::smtp::Security;

/// What the application runs on: network (DNS and TCP), clock, password store and profile
/// folder — the real ones for the program, scripted or in-memory ones for tests.
#[derive(Clone)]
pub struct Env {
    /// DNS and TCP.
    pub net: Arc<dyn Network>,
    /// Seconds since the Unix epoch.
    pub now: fn() -> u64,
    /// Where passwords live (only there).
    pub secrets: Arc<dyn SecretStore>,
    /// Where saved settings live.
    pub profiles: ProfileStore,
}

impl std::fmt::Debug for Env {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Env").finish_non_exhaustive()
    }
}

fn system_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl Env {
    /// The real network, clock, OS keyring and the user's profile folder.
    pub fn system() -> Env {
        Env {
            net: Arc::new(SystemNetwork),
            now: system_now,
            secrets: Arc::new(SystemKeyring),
            profiles: ProfileStore::default_location()
                .unwrap_or_else(|| ProfileStore::at(".smtp-doctor-profiles")),
        }
    }

    /// The real network and clock with the given stores (tests, the app's choices).
    pub fn with_stores(secrets: Arc<dyn SecretStore>, profiles: ProfileStore) -> Env {
        Env {
            secrets,
            profiles,
            ..Env::system()
        }
    }
}

/// When the other ports are tried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SweepWhen {
    /// Always (the CLI's `--sweep`: the user asked for the table).
    Always,
    /// Only when sending fails on the user's path (the app: a way out, not a report).
    OnFailure,
}

/// Everything a check needs: the settings as the mail program has them, and what else the
/// user told us.
#[derive(Clone, Debug)]
pub struct CheckRequest {
    /// The outgoing-mail settings to check.
    pub settings: AccountSettings,
    /// The encryption mode when it is more than the settings say (the CLI's `--tls auto`:
    /// STARTTLS when offered); `None` follows `settings.security`.
    pub tls: Option<TlsMode>,
    /// Login data (used on the user's path when `settings.auth`; otherwise only to tell
    /// "needs a login" from "refused anyway").
    pub credentials: Option<Credentials>,
    /// Recipients the user named (a refusal of one of them blocks).
    pub recipients: Vec<String>,
    /// Where the user is.
    pub location: Option<Location>,
    /// What kind of account it is.
    pub account: AccountKind,
    /// The POP3 server for POP before SMTP, when the settings use it (port and encryption;
    /// default: the settings' host name on port 110 with STARTTLS).
    pub pop3: Option<Pop3Config>,
    /// Other port/encryption pairs to try.
    pub sweep: Vec<(u16, TlsMode)>,
    /// When to try them.
    pub sweep_when: SweepWhen,
    /// An error text the user pasted, explained.
    pub pasted: Option<Explanation>,
    /// Try the first finding's fixes and re-check after each.
    pub try_fixes: bool,
    /// The fix these settings were made with ("check again with this change").
    pub applied: Option<Fix>,
    /// Send one test message to the own address after a passing check.
    pub test_message: Option<TestMessage>,
    /// Whose labels the fixes use.
    pub client: MailClient,
    /// What the provider expects; `None`: the built-in provider table for the sender's
    /// domain, when it has a row.
    pub recommended: Option<Recommended>,
    /// Per-step timeout.
    pub timeout: Duration,
    /// Look past an untrusted certificate (the user chose it; reported as a warning).
    pub insecure: bool,
    /// The EHLO name; `None`: the local address literal.
    pub helo: Option<String>,
    /// Trust anchors.
    pub anchors: TrustAnchors,
}

impl CheckRequest {
    /// A request for `settings` with the defaults of both faces.
    pub fn new(settings: AccountSettings) -> CheckRequest {
        CheckRequest {
            settings,
            tls: None,
            credentials: None,
            recipients: vec![],
            location: None,
            account: AccountKind::Provider,
            pop3: None,
            sweep: vec![],
            sweep_when: SweepWhen::OnFailure,
            pasted: None,
            try_fixes: false,
            applied: None,
            test_message: None,
            client: MailClient::Other,
            recommended: None,
            timeout: Duration::from_secs(10),
            insecure: false,
            helo: None,
            anchors: TrustAnchors::empty(),
        }
    }

    /// The path the mail program takes with these settings.
    pub fn path(&self) -> UserPath {
        UserPath {
            logs_in: self.settings.auth && self.credentials.is_some(),
            pop_before_smtp: self.settings.pop_before_smtp.is_some(),
            named_recipients: self.recipients.clone(),
            certificate_accepted: self.insecure,
        }
    }

    /// The probe configuration: the recipients split into the own-domain one, the relay test
    /// and the rest.
    pub fn probe_config(&self) -> ProbeConfig {
        let s = &self.settings;
        let own = domain(&s.from);
        let same = self
            .recipients
            .iter()
            .find(|t| domain(t).eq_ignore_ascii_case(own))
            .cloned();
        let outside = self
            .recipients
            .iter()
            .find(|t| !domain(t).eq_ignore_ascii_case(own))
            .cloned();
        let more: Vec<String> = self
            .recipients
            .iter()
            .filter(|r| Some(*r) != same.as_ref() && Some(*r) != outside.as_ref())
            .cloned()
            .collect();
        ProbeConfig {
            host: s.host.clone(),
            port: s.port,
            tls: self
                .tls
                .unwrap_or_else(|| TlsMode::from_security(s.security)),
            helo: self.helo.clone(),
            from: s.from.clone(),
            same_domain_rcpt: same.unwrap_or_else(|| s.from.clone()),
            outside_rcpt: outside.unwrap_or_else(|| default_outside_rcpt(&s.from)),
            more_rcpts: more,
            credentials: self.credentials.clone(),
            pop3: self.pop3_config(s),
            timeout: self.timeout,
            insecure: self.insecure,
            anchors: self.anchors.clone(),
        }
    }

    fn pop3_config(&self, s: &AccountSettings) -> Option<Pop3Config> {
        let host = s.pop_before_smtp.as_ref()?;
        Some(match &self.pop3 {
            Some(p) if &p.host == host => p.clone(),
            _ => Pop3Config {
                host: host.clone(),
                port: 110,
                security: Security::StartTls,
            },
        })
    }

    /// The same request for changed settings (a fix being tried): a trial tests exactly the
    /// settings it reports, so it logs in only when they log in.
    fn for_trial(&self, s: &AccountSettings) -> CheckRequest {
        let mut r = self.clone();
        if s.security != self.settings.security || s.port != self.settings.port {
            r.tls = None;
        }
        r.settings = s.clone();
        if !s.auth {
            r.credentials = None;
        }
        r
    }

    fn situation(&self) -> Option<Situation> {
        let outside = self.probe_config().outside_rcpt;
        self.location.map(|location| Situation {
            location,
            account: self.account,
            account_domain: domain(&self.settings.from).to_owned(),
            recipient_domain: Some(domain(&outside).to_owned()).filter(|d| !d.is_empty()),
        })
    }
}

use crate::smtp::address::domain_or_empty as domain;

/// Progress of a running check. Delivered on the check's task; must not block.
#[derive(Clone, Copy, Debug)]
pub enum Event<'a> {
    /// A probe step started or ended (`port` tells the main check from sweep rows).
    Probe(&'a ProbeEvent),
    /// The first finding's fixes are being tried.
    TryingFixes,
}

/// Where progress goes.
pub type Progress = Arc<dyn Fn(&Event<'_>) + Send + Sync>;

/// Everything a check found, judged. Rendered by `crate::present` (text, Markdown, JSON)
/// and by the app's result screen; no text inside.
#[derive(Clone, Debug)]
pub struct CheckReport {
    /// The settings that were checked.
    pub settings: AccountSettings,
    /// The path they take.
    pub path: UserPath,
    /// The check of those settings.
    pub report: ProbeReport,
    /// Other ports tried (empty when none were).
    pub swept: Vec<ProbeReport>,
    /// Whether a sweep was asked for (an empty table then means "none ran").
    pub sweep_requested: bool,
    /// Ranked findings and the verdict.
    pub diagnosis: Diagnosis,
    /// Fixes tried.
    pub trials: Vec<Trial>,
    /// The pasted error that was fused in.
    pub pasted: Option<Explanation>,
    /// The fix these settings were made with.
    pub applied: Option<Fix>,
    /// Whose labels the fixes use.
    pub client: MailClient,
    /// What the provider expects, when known.
    pub recommended: Option<Recommended>,
    /// The stamp a saved profile keeps.
    pub last_check: LastCheck,
}

impl CheckReport {
    /// Sending works on the user's path (no blocking finding).
    pub fn sending_works(&self) -> bool {
        self.diagnosis.verdict.sending_works
    }
}

/// The main check's login was refused: trying the same password again elsewhere would only
/// risk a lock-out.
fn login_refused(r: &ProbeReport) -> bool {
    r.steps
        .iter()
        .any(|s| s.kind == StepKind::Auth && matches!(s.outcome, Outcome::Rejected { .. }))
}

/// Runs the whole check. Never fails: network problems are findings.
pub async fn run_check(req: &CheckRequest, env: &Env, progress: Progress) -> CheckReport {
    let cfg = req.probe_config();
    let path = req.path();
    let login = req.settings.username.as_deref();
    let sink: Sink = {
        let progress = progress.clone();
        Arc::new(move |e: &ProbeEvent| progress(&Event::Probe(e)))
    };
    let mut report = probe(&cfg, env.net.as_ref(), Some(&sink)).await;
    let mut works = sending_works(&report, login, &path);

    // The only message smtp-doctor ever sends: on request, after the check passed on the
    // user's path, to the user's own address.
    if let Some(msg) = &req.test_message
        && works
    {
        let step = send_test_message(&cfg, msg).await;
        sink(&ProbeEvent::Finished {
            port: cfg.port,
            step: step.clone(),
        });
        report.sending_works = step.outcome.is_success();
        report.steps.push(step);
        works = sending_works(&report, login, &path);
    }

    let own = (cfg.port, cfg.tls.resolve(cfg.port));
    let targets: Vec<(u16, TlsMode)> = req
        .sweep
        .iter()
        .copied()
        .filter(|&(p, m)| (p, m.resolve(p)) != own)
        .collect();
    let run_sweep = !targets.is_empty()
        && match req.sweep_when {
            SweepWhen::Always => true,
            SweepWhen::OnFailure => !works,
        };
    let swept = if run_sweep {
        let mut c = cfg.clone();
        if login_refused(&report) {
            c.credentials = None;
        }
        sweep(&c, &targets, env.net.clone(), None).await
    } else {
        vec![]
    };

    let situation = req.situation();
    let recommended = req
        .recommended
        .clone()
        .or_else(|| compare::recommended_for(&req.settings));
    let provider = crate::autodetect::domain_of(&req.settings.from)
        .and_then(|d| crate::autodetect::by_domain(&d));
    let diagnosis = fuse(&Inputs {
        situation: situation.as_ref(),
        settings: Some(&req.settings),
        report: Some(&report),
        sweep: &swept,
        pasted: req.pasted.as_ref(),
        login,
        provider,
        path: Some(&path),
        recommended: recommended.as_ref(),
    });

    let trials = match diagnosis.findings.first() {
        Some(first)
            if req.try_fixes && !diagnosis.verdict.sending_works && !login_refused(&report) =>
        {
            progress(&Event::TryingFixes);
            let sink = &sink;
            try_fixes(&req.settings, &first.fixes, &path, |s| {
                let cfg = req.for_trial(&s).probe_config();
                async move { probe(&cfg, env.net.as_ref(), Some(sink)).await }
            })
            .await
        }
        _ => vec![],
    };

    let last_check = LastCheck {
        at: (env.now)(),
        sending_works: diagnosis.verdict.sending_works,
        cause: diagnosis.findings.first().map(|f| f.cause),
    };
    CheckReport {
        settings: req.settings.clone(),
        path,
        report,
        swept,
        sweep_requested: !req.sweep.is_empty(),
        diagnosis,
        trials,
        pasted: req.pasted.clone(),
        applied: req.applied.clone(),
        client: req.client,
        recommended,
        last_check,
    }
}
