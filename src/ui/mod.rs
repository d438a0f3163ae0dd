//! The desktop app: a wizard from "where are you?" to a verified fix.
//!
//! The UI thread never blocks and never awaits. A live check runs on a tokio runtime owned
//! by the app; its progress events and its result come back through a channel that `ui()`
//! drains once per frame (the task sends, then calls `request_repaint()`), in the spirit of
//! rerun's `RequestedObject`. The check task is aborted on Cancel, on Back and when the app
//! is dropped. Everything the screens say comes from `i18n/`; the core does the thinking.

use eframe::egui;

mod account;
mod checking;
mod location;
mod paste;
mod recipient;
mod result;
mod start;

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use rustls::pki_types::CertificateDer;

use crate::autodetect;
use crate::diagnosis::settings::AccountSettings;
use crate::diagnosis::situation::{AccountKind, Location};
use crate::diagnosis::{Fix, MailClient};
use crate::explain::Explanation;
use crate::i18n::{Lang, Localizer};
use crate::probe::{Credentials, ProbeEvent, Secret, Step, TlsMode, TrustAnchors};
use crate::profiles::{Profile, ProfileStore, SecretStore, SessionSecrets};
use crate::session::{CheckReport, CheckRequest, Env, Event, Progress, SweepWhen, run_check};
use crate::smtp::Security;

/// How the app is set up (the binary uses the defaults; tests point it at the lab).
pub struct AppOptions {
    /// Fixed language; `None` follows the OS.
    pub lang: Option<Lang>,
    /// Where profiles live.
    pub profile_store: ProfileStore,
    /// Where passwords live (the OS keyring, or memory for this session).
    pub secrets: Arc<dyn SecretStore>,
    /// Extra trust anchors (a company CA; the test lab's CA).
    pub extra_anchors: Vec<CertificateDer<'static>>,
    /// Ports tried alongside the configured one ("what works from here").
    pub sweep: Vec<(u16, TlsMode)>,
    /// Per-step timeout of the check.
    pub timeout: Duration,
    /// Where "Save report" writes; `None`: the user's documents folder (home, else temp).
    pub report_dir: Option<std::path::PathBuf>,
    /// How "Fill in the server from my address" looks beyond the built-in table (SRV,
    /// autoconfig, MX).
    pub detect: autodetect::DetectConfig,
    /// The network the check runs on (the real one; scripted in tests).
    pub env: Env,
}

impl std::fmt::Debug for AppOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppOptions")
            .field("lang", &self.lang)
            .field("sweep", &self.sweep)
            .finish_non_exhaustive()
    }
}

impl AppOptions {
    /// The options of the installed app: OS language, the user's profiles, the OS keyring
    /// (memory only when there is none), the standard ports.
    pub fn system() -> (AppOptions, Option<crate::profiles::SecretError>) {
        let (secrets, keyring_error): (Arc<dyn SecretStore>, _) =
            match crate::profiles::OsKeyring::open() {
                Ok(k) => (Arc::new(k), None),
                Err(e) => (Arc::new(SessionSecrets::default()), Some(e)),
            };
        let opts = AppOptions {
            lang: None,
            profile_store: ProfileStore::default_location()
                .unwrap_or_else(|| ProfileStore::at(".smtp-doctor-profiles")),
            secrets,
            extra_anchors: vec![],
            sweep: vec![
                (587, TlsMode::StartTls),
                (465, TlsMode::Implicit),
                (25, TlsMode::Auto),
                (2525, TlsMode::Auto),
            ],
            timeout: Duration::from_secs(10),
            report_dir: None,
            detect: autodetect::DetectConfig::default(),
            env: Env::system(),
        };
        (opts, keyring_error)
    }
}

/// The screens of the wizard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Start.
    Start,
    /// Where are you?
    Location,
    /// Your account.
    Account,
    /// Whom were you writing to?
    Recipient,
    /// Checking…
    Checking,
    /// Result.
    Result,
    /// Paste an error.
    Paste,
}

/// The language picked in the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangChoice {
    /// Follow the OS.
    System,
    /// Deutsch.
    De,
    /// English.
    En,
}

/// The account form (what the user types).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountForm {
    /// Profile name (for saving).
    pub profile_name: String,
    /// E-mail address.
    pub email: String,
    /// Display name.
    pub display_name: String,
    /// Reply address.
    pub reply_to: String,
    /// Outgoing server.
    pub host: String,
    /// Port, as typed.
    pub port: String,
    /// Encryption.
    pub security: Security,
    /// "Outgoing server requires authentication".
    pub auth: bool,
    /// User name.
    pub username: String,
    /// Password (kept in memory; saved only to the keyring, on request).
    pub password: String,
    /// Remember the password in the keyring.
    pub remember: bool,
    /// POP-before-SMTP server.
    pub pop3: String,
    /// Kind of account.
    pub account_kind: AccountKind,
    /// The user's mail program (fixes name its settings).
    pub client: MailClient,
}

impl Default for AccountForm {
    fn default() -> Self {
        AccountForm {
            profile_name: String::new(),
            email: String::new(),
            display_name: String::new(),
            reply_to: String::new(),
            host: String::new(),
            port: "587".into(),
            security: Security::StartTls,
            auth: true,
            username: String::new(),
            password: String::new(),
            remember: false,
            pop3: String::new(),
            account_kind: AccountKind::Provider,
            client: MailClient::Other,
        }
    }
}

/// A problem with the form, per field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormError {
    /// Not an e-mail address.
    Email,
    /// No or bad server name.
    Host,
    /// Not a port number.
    Port,
    /// Reply address is not an address.
    ReplyTo,
}

impl AccountForm {
    /// Checks the form and builds the settings.
    pub fn settings(&self) -> Result<AccountSettings, Vec<FormError>> {
        let mut errors = vec![];
        let email = self.email.trim();
        if !crate::probe::valid_path(email) || autodetect::domain_of(email).is_none() {
            errors.push(FormError::Email);
        }
        let host = self.host.trim();
        if host.is_empty()
            || host
                .chars()
                .any(|c| c.is_whitespace() || c == '/' || c.is_control())
        {
            errors.push(FormError::Host);
        }
        let port = self.port.trim().parse::<u16>().ok().filter(|p| *p > 0);
        if port.is_none() {
            errors.push(FormError::Port);
        }
        let reply = self.reply_to.trim();
        if !reply.is_empty() && !crate::probe::valid_path(reply) {
            errors.push(FormError::ReplyTo);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(AccountSettings {
            host: host.to_owned(),
            port: port.unwrap_or(587),
            security: self.security,
            auth: self.auth,
            username: Some(self.username.trim())
                .filter(|u| !u.is_empty())
                .map(str::to_owned)
                .or_else(|| Some(email.to_owned())),
            from: email.to_owned(),
            reply_to: Some(reply.to_owned()).filter(|r| !r.is_empty()),
            pop_before_smtp: Some(self.pop3.trim().to_owned()).filter(|p| !p.is_empty()),
        })
    }

    /// Takes over settings (after a fix was applied, or from a profile).
    pub fn set_settings(&mut self, s: &AccountSettings) {
        self.host = s.host.clone();
        self.port = s.port.to_string();
        self.security = s.security;
        self.auth = s.auth;
        self.username = s.username.clone().unwrap_or_default();
        self.email = s.from.clone();
        self.reply_to = s.reply_to.clone().unwrap_or_default();
        self.pop3 = s.pop_before_smtp.clone().unwrap_or_default();
    }

    /// The fields an autodetection fills in.
    fn server_fields(&self) -> (String, String, Security, bool, String) {
        (
            self.host.clone(),
            self.port.clone(),
            self.security,
            self.auth,
            self.username.clone(),
        )
    }

    /// Fills server, port, encryption and user name from the best candidate of a network
    /// lookup; returns the notice that says where they came from (or that nothing was found).
    pub fn fill_from_detection(
        &mut self,
        l: &Localizer,
        address: &str,
        detection: Option<&autodetect::Detection>,
    ) -> String {
        let Some(c) = detection.and_then(|d| d.candidates.first()) else {
            let domain = autodetect::domain_of(address).unwrap_or_default();
            return l.msg("ui-account-nothing-found", &[("domain", domain.into())]);
        };
        self.host = c.host.clone();
        self.port = c.port.to_string();
        self.security = c.security;
        self.auth = true;
        self.username = match c.username_form {
            Some(autodetect::UsernameForm::Localpart) => {
                crate::smtp::address::local(address).to_owned()
            }
            _ => address.to_owned(),
        };
        l.msg(
            "ui-account-detected",
            &[
                ("host", c.host.clone().into()),
                ("port", c.port.into()),
                ("source", crate::present::source_text(l, &c.source).into()),
            ],
        )
    }

    /// Fills server, port, encryption and user name from the built-in provider table.
    pub fn fill_from_provider(&mut self) -> Option<&'static autodetect::Provider> {
        let p = autodetect::domain_of(&self.email).and_then(|d| autodetect::by_domain(&d))?;
        let s = p.submission.first()?;
        self.host = s.host.clone();
        self.port = s.port.to_string();
        self.security = s.security;
        self.auth = true;
        self.username = match p.username {
            autodetect::UsernameForm::Email => self.email.trim().to_owned(),
            autodetect::UsernameForm::Localpart => {
                crate::smtp::address::local(&self.email).to_owned()
            }
        };
        Some(p)
    }
}

/// A running autodetection and the form as it was when it started.
#[derive(Debug)]
struct Detecting {
    generation: u64,
    address: String,
    form: (String, String, Security, bool, String),
}

/// A finished check (the core's judged report).
pub type CheckResult = CheckReport;

enum CheckMsg {
    Step(u16, Box<Step>),
    Done(Box<CheckResult>),
}

/// A running check, polled once per frame.
struct Running {
    started: Instant,
    steps: Vec<(u16, Step)>,
    rx: Receiver<CheckMsg>,
    task: tokio::task::JoinHandle<()>,
}

/// Background work other than checks (keyring, profile files).
pub(super) enum BgMsg {
    Saved {
        name: String,
        secret_error: Option<String>,
    },
    Notice(String),
    Profiles(crate::profiles::Loaded),
    Deleted(String),
    /// Autodetection number `generation` ended (`None`: not an address).
    Detected {
        generation: u64,
        detection: Option<Box<autodetect::Detection>>,
    },
    Loaded {
        profile: Box<Profile>,
        password: Option<Secret>,
        check: bool,
    },
}

/// The app.
pub struct DoctorApp {
    opts: AppOptions,
    lang_choice: LangChoice,
    l: Arc<Localizer>,
    /// The current screen.
    pub screen: Screen,
    location: Option<Location>,
    form: AccountForm,
    form_errors: Vec<FormError>,
    recipient: String,
    rt: tokio::runtime::Runtime,
    running: Option<Running>,
    result: Option<CheckResult>,
    paste_text: String,
    pasted: Option<Explanation>,
    profiles: Vec<Profile>,
    profile_problems: Vec<String>,
    bg_tx: Sender<BgMsg>,
    bg_rx: Receiver<BgMsg>,
    notice: Option<String>,
    keyring_warning: Option<String>,
    /// The autodetection running over the network, if any.
    detecting: Option<Detecting>,
    /// Numbers autodetections, so a result that is no longer wanted is recognised.
    detect_generation: u64,
    ctx: egui::Context,
}

impl std::fmt::Debug for DoctorApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DoctorApp")
            .field("screen", &self.screen)
            .finish_non_exhaustive()
    }
}

impl Drop for DoctorApp {
    fn drop(&mut self) {
        if let Some(r) = self.running.take() {
            r.task.abort();
        }
    }
}

impl DoctorApp {
    /// Creates the app on `ctx`.
    pub fn new(
        ctx: &egui::Context,
        opts: AppOptions,
        keyring_error: Option<crate::profiles::SecretError>,
    ) -> DoctorApp {
        // egui's bundled font lacks arrows and check marks the texts use (→ ✓ ✗ „“): DejaVu
        // Sans (free licence, see assets/README.md) is the fallback for every family.
        ctx.add_font(egui::epaint::text::FontInsert {
            name: "DejaVuSans".into(),
            data: egui::FontData::from_static(include_bytes!("../../assets/DejaVuSans.ttf")),
            families: [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
                .into_iter()
                .map(|family| egui::epaint::text::InsertFontFamily {
                    family,
                    priority: egui::epaint::text::FontPriority::Lowest,
                })
                .collect(),
        });
        let lang = opts.lang.unwrap_or_else(Lang::from_os);
        let l = Arc::new(Localizer::new(lang));
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .thread_name("smtp-doctor-check")
            .build()
            .expect("a tokio runtime can always be built");
        let (bg_tx, bg_rx) = channel();
        let keyring_warning = keyring_error.map(|e| {
            l.msg(
                "ui-keyring-unavailable",
                &[("detail", e.to_string().into())],
            )
        });
        let mut app = DoctorApp {
            lang_choice: match opts.lang {
                None => LangChoice::System,
                Some(Lang::De) => LangChoice::De,
                Some(Lang::En) => LangChoice::En,
            },
            opts,
            l,
            screen: Screen::Start,
            location: None,
            form: AccountForm::default(),
            form_errors: vec![],
            recipient: String::new(),
            rt,
            running: None,
            result: None,
            paste_text: String::new(),
            pasted: None,
            profiles: vec![],
            profile_problems: vec![],
            bg_tx,
            bg_rx,
            notice: None,
            keyring_warning,
            detecting: None,
            detect_generation: 0,
            ctx: ctx.clone(),
        };
        app.reload_profiles();
        app
    }

    /// Runs blocking work (files, the keyring) on a worker thread; its message arrives
    /// through `poll`, and the frame is requested right away.
    pub(super) fn background(&self, work: impl FnOnce() -> BgMsg + Send + 'static) {
        let tx = self.bg_tx.clone();
        let ctx = self.ctx.clone();
        self.rt.spawn_blocking(move || {
            let _ = tx.send(work());
            ctx.request_repaint();
        });
    }

    /// Looks the address up beyond the built-in table (SRV, autoconfig, MX) as a task on the
    /// app's runtime; the result arrives through `poll`.
    pub(super) fn start_detect(&mut self) {
        let address = self.form.email.trim().to_owned();
        let cfg = self.opts.detect.clone();
        let tx = self.bg_tx.clone();
        let ctx = self.ctx.clone();
        self.detect_generation += 1;
        let generation = self.detect_generation;
        self.detecting = Some(Detecting {
            generation,
            address: address.clone(),
            form: self.form.server_fields(),
        });
        self.rt.spawn(async move {
            let detection = autodetect::detect(&address, &cfg).await.map(Box::new);
            let _ = tx.send(BgMsg::Detected {
                generation,
                detection,
            });
            ctx.request_repaint();
        });
    }

    /// Forgets the running autodetection (its answer will be ignored).
    pub(super) fn stop_detect(&mut self) {
        self.detecting = None;
    }

    /// The address being looked up, while a lookup runs.
    pub(super) fn detecting_address(&self) -> Option<String> {
        self.detecting.as_ref().map(|d| d.address.clone())
    }

    /// Reads the profile files on a worker thread; the list arrives through `poll`.
    fn reload_profiles(&mut self) {
        let store = self.opts.profile_store.clone();
        self.background(move || BgMsg::Profiles(store.load()));
    }

    fn set_lang(&mut self, choice: LangChoice) {
        self.lang_choice = choice;
        let lang = match choice {
            LangChoice::System => Lang::from_os(),
            LangChoice::De => Lang::De,
            LangChoice::En => Lang::En,
        };
        self.l = Arc::new(Localizer::new(lang));
    }

    /// Test support: fills the account form as the user would (address, server, port; no
    /// login), so a test can start on a later screen.
    #[doc(hidden)]
    pub fn set_form_for_tests(&mut self, email: &str, host: &str, port: u16) {
        self.form.email = email.to_owned();
        self.form.host = host.to_owned();
        self.form.port = port.to_string();
        self.form.security = if port == 465 {
            Security::ImplicitTls
        } else {
            Security::StartTls
        };
        self.location.get_or_insert(Location::Home);
    }

    /// Test support: the account form as filled in.
    #[doc(hidden)]
    pub fn form_for_tests(&self) -> &AccountForm {
        &self.form
    }

    /// Test support: the password field and "remember in keyring".
    #[doc(hidden)]
    pub fn set_password_for_tests(&mut self, password: &str, remember: bool) {
        self.form.password = password.to_owned();
        self.form.remember = remember;
        self.form.auth = true;
    }

    /// Test support: whether the form holds a password.
    #[doc(hidden)]
    pub fn has_password_for_tests(&self) -> bool {
        !self.form.password.is_empty()
    }

    /// The localizer (for tests and the window title).
    pub fn localizer(&self) -> &Localizer {
        &self.l
    }

    /// Starts a check of the form's settings (after `applied`, when a fix is being tried).
    fn start_check(&mut self, ctx: &egui::Context, applied: Option<Fix>) {
        let settings = match self.form.settings() {
            Ok(s) => s,
            Err(errors) => {
                self.form_errors = errors;
                self.screen = Screen::Account;
                return;
            }
        };
        self.form_errors.clear();
        self.cancel_check();
        let mut req = CheckRequest::new(settings);
        req.credentials = (!self.form.password.is_empty()).then(|| Credentials {
            user: req
                .settings
                .username
                .clone()
                .unwrap_or_else(|| req.settings.from.clone()),
            secret: Secret::new(self.form.password.clone()),
            oauth2: false,
        });
        let rcpt = self.recipient.trim();
        if !rcpt.is_empty() {
            req.recipients = vec![rcpt.to_owned()];
        }
        req.location = self.location;
        req.account = self.form.account_kind;
        req.sweep = self.opts.sweep.clone();
        req.sweep_when = SweepWhen::OnFailure;
        // The error the user pasted is evidence about these settings: fused like `check`.
        req.pasted = self.pasted.clone();
        req.applied = applied;
        req.client = self.form.client;
        req.timeout = self.opts.timeout;
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let progress_tx = tx.clone();
        let progress_ctx = ctx.clone();
        let progress: Progress = Arc::new(move |e: &Event<'_>| {
            if let Event::Probe(ProbeEvent::Finished { port, step }) = e {
                let _ = progress_tx.send(CheckMsg::Step(*port, Box::new(step.clone())));
                progress_ctx.request_repaint();
            }
        });
        let extra = self.opts.extra_anchors.clone();
        let env = self.opts.env.clone();
        let task = self.rt.spawn(async move {
            let mut req = req;
            // Reading the OS certificate store is file I/O: off the UI thread, here.
            req.anchors = tokio::task::spawn_blocking(move || TrustAnchors::system_with(extra))
                .await
                .unwrap_or_else(|_| TrustAnchors::empty());
            let report = run_check(&req, &env, progress).await;
            let _ = tx.send(CheckMsg::Done(Box::new(report)));
            ctx.request_repaint();
        });
        self.running = Some(Running {
            started: Instant::now(),
            steps: vec![],
            rx,
            task,
        });
        self.screen = Screen::Checking;
    }

    fn cancel_check(&mut self) {
        if let Some(r) = self.running.take() {
            r.task.abort();
        }
    }

    /// Drains the channels: progress, results, background work. Never blocks.
    fn poll(&mut self, ctx: &egui::Context) {
        let mut finished = None;
        if let Some(r) = &mut self.running {
            while let Ok(msg) = r.rx.try_recv() {
                match msg {
                    CheckMsg::Step(port, step) => r.steps.push((port, *step)),
                    CheckMsg::Done(result) => finished = Some(result),
                }
            }
        }
        if let Some(result) = finished {
            self.running = None;
            self.result = Some(*result);
            self.screen = Screen::Result;
        }
        while let Ok(msg) = self.bg_rx.try_recv() {
            match msg {
                BgMsg::Saved { name, secret_error } => {
                    self.notice = Some(match secret_error {
                        None => self.l.msg("ui-profile-saved", &[("name", name.into())]),
                        Some(e) => e,
                    });
                    self.reload_profiles();
                }
                BgMsg::Notice(e) => self.notice = Some(e),
                BgMsg::Profiles(loaded) => {
                    self.profiles = loaded.profiles;
                    self.profile_problems = loaded
                        .problems
                        .iter()
                        .map(|p| crate::present::profile_problem_text(&self.l, p))
                        .collect();
                }
                BgMsg::Deleted(msg) => {
                    self.notice = Some(msg);
                    self.reload_profiles();
                }
                BgMsg::Detected {
                    generation,
                    detection,
                } => {
                    // Applied only while it is still wanted: the latest lookup, the account
                    // screen still showing, and the address and server fields as they were
                    // when it started (the user may have typed, or loaded a profile, since).
                    let Some(d) = self.detecting.take_if(|d| d.generation == generation) else {
                        continue;
                    };
                    if self.screen == Screen::Account
                        && d.address == self.form.email.trim()
                        && d.form == self.form.server_fields()
                    {
                        self.notice = Some(self.form.fill_from_detection(
                            &self.l,
                            &d.address,
                            detection.as_deref(),
                        ));
                    }
                }
                BgMsg::Loaded {
                    profile,
                    password,
                    check,
                } => {
                    self.form = AccountForm::default();
                    self.form.set_settings(&profile.settings());
                    self.form.profile_name = profile.name.clone();
                    self.form.display_name = profile.display_name.clone().unwrap_or_default();
                    self.form.account_kind = profile.account_kind.unwrap_or(AccountKind::Provider);
                    self.location = profile.usual_location;
                    self.form.password =
                        password.map(|p| p.expose().to_owned()).unwrap_or_default();
                    self.form.remember = !self.form.password.is_empty();
                    self.screen = Screen::Location;
                    if check {
                        self.start_check(ctx, None);
                    }
                }
            }
        }
    }

    /// Saves the form as a profile (file now, password to the keyring in the background).
    fn save_profile(&mut self) {
        let Ok(settings) = self.form.settings() else {
            self.screen = Screen::Account;
            return;
        };
        let name = Some(self.form.profile_name.trim())
            .filter(|n| !n.is_empty())
            .unwrap_or(self.form.email.trim())
            .to_owned();
        let mut profile = Profile {
            schema: crate::profiles::SCHEMA,
            name: name.clone(),
            email: settings.from.clone(),
            display_name: Some(self.form.display_name.trim().to_owned()).filter(|d| !d.is_empty()),
            reply_to: None,
            host: String::new(),
            port: 0,
            security: Security::StartTls,
            auth: false,
            auth_kind: crate::profiles::AuthKind::Password,
            username: None,
            pop_before_smtp: None,
            usual_location: self.location,
            account_kind: Some(self.form.account_kind),
            last_check: None,
        };
        profile.set_settings(&settings);
        if let Some(r) = &self.result {
            profile.last_check = Some(r.last_check.clone());
        }
        let store = self.opts.profile_store.clone();
        let secrets = self.opts.secrets.clone();
        let password = (self.form.remember && !self.form.password.is_empty())
            .then(|| Secret::new(self.form.password.clone()));
        let l = self.l.clone();
        // Files and the keyring can block: off the UI thread.
        self.background(move || {
            if let Err(e) = store.save(&profile) {
                return BgMsg::Notice(crate::present::profile_problem_text(&l, &e));
            }
            let secret_error = match password {
                Some(p) => secrets
                    .set(&name, &p)
                    .err()
                    .map(|e| crate::present::keyring_message(&l, &e)),
                None => None,
            };
            BgMsg::Saved { name, secret_error }
        });
    }

    fn open_profile(&mut self, profile: Profile, check: bool) {
        let secrets = self.opts.secrets.clone();
        self.background(move || {
            let password = secrets.get(&profile.name).ok().flatten();
            BgMsg::Loaded {
                profile: Box::new(profile),
                password,
                check,
            }
        });
    }

    fn delete_profile(&mut self, name: &str) {
        let store = self.opts.profile_store.clone();
        let secrets = self.opts.secrets.clone();
        let l = self.l.clone();
        let name = name.to_owned();
        // A file and a keyring call: both may block, so neither runs on the UI thread.
        self.background(move || match store.delete(&name) {
            Ok(()) => {
                let _ = secrets.delete(&name);
                BgMsg::Deleted(l.msg("ui-profile-deleted", &[("name", name.into())]))
            }
            Err(e) => BgMsg::Deleted(crate::present::profile_problem_text(&l, &e)),
        });
    }

    /// Draws one frame.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.poll(&ctx);
        let title = self.l.msg("app-title", &[]);
        ui.ctx()
            .send_viewport_cmd(egui::ViewportCommand::Title(title));
        egui::Panel::top("header").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading(self.l.msg("app-title", &[]));
            });
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if let Some(n) = self.notice.clone() {
                        ui.label(egui::RichText::new(n).strong());
                        ui.separator();
                    }
                    match self.screen {
                        Screen::Start => start::show(self, ui),
                        Screen::Location => location::show(self, ui),
                        Screen::Account => account::show(self, ui),
                        Screen::Recipient => recipient::show(self, ui),
                        Screen::Checking => checking::show(self, ui),
                        Screen::Result => result::show(self, ui),
                        Screen::Paste => paste::show(self, ui),
                    }
                });
        });
    }
}

impl eframe::App for DoctorApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}

/// A labelled single-line text field whose accessible name is the label.
fn field(ui: &mut egui::Ui, label: &str, value: &mut String, password: bool) -> egui::Response {
    ui.horizontal(|ui| {
        let lab = ui.add_sized([220.0, 20.0], egui::Label::new(label));
        ui.add(
            egui::TextEdit::singleline(value)
                .password(password)
                .desired_width(320.0),
        )
        .labelled_by(lab.id)
    })
    .inner
}

/// Runs the desktop app (no command-line arguments). Returns the process exit code.
pub fn run() -> i32 {
    let (opts, keyring_error) = AppOptions::system();
    let l = Localizer::new(opts.lang.unwrap_or_else(Lang::from_os));
    let title = l.msg("app-title", &[]);
    let icon =
        eframe::icon_data::from_png_bytes(include_bytes!("../../assets/smtp-doctor.png")).ok();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title.clone())
        .with_app_id("smtp-doctor")
        .with_inner_size([900.0, 700.0])
        .with_min_inner_size([800.0, 600.0]);
    if let Some(icon) = icon {
        viewport = viewport.with_icon(Arc::new(icon));
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let result = eframe::run_native(
        &title,
        options,
        Box::new(move |cc| Ok(Box::new(DoctorApp::new(&cc.egui_ctx, opts, keyring_error)))),
    );
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!(
                "{}",
                l.msg("ui-error-no-window", &[("error", e.to_string().into())])
            );
            1
        }
    }
}
