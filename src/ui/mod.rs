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
pub mod theme;

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
    /// Provider rows known besides the built-in table, looked up first (tests: the lab's
    /// domain). Empty in the installed app.
    pub extra_providers: Vec<autodetect::Provider>,
    /// Where Thunderbird's settings are read from for "Take over from Thunderbird":
    /// `None` looks in this system's usual Thunderbird folders.
    pub thunderbird_dir: Option<std::path::PathBuf>,
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
            extra_providers: vec![],
            thunderbird_dir: None,
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

    /// Fills server, port, encryption and user name from the provider table (`extra` rows
    /// first, then the built-in ones); a known provider also decides the kind of account.
    pub fn fill_from_provider(
        &mut self,
        extra: &[autodetect::Provider],
    ) -> Option<autodetect::Provider> {
        let domain = autodetect::domain_of(&self.email)?;
        let p = extra
            .iter()
            .find(|p| p.domains.iter().any(|d| d.eq_ignore_ascii_case(&domain)))
            .or_else(|| autodetect::by_domain(&domain))?
            .clone();
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
        if let Some(kind) = provider_kind(&p) {
            self.account_kind = kind;
        }
        Some(p)
    }
}

/// The kind of account a known provider gives: Internet providers' mailboxes come with the
/// line, hosting companies' with a domain of one's own (left as chosen), everything else is an
/// e-mail service (GMX, WEB.DE, Gmail …).
fn provider_kind(p: &autodetect::Provider) -> Option<AccountKind> {
    const ISPS: &[&str] = &["telekom", "vodafone", "ewe", "a1", "magenta-at", "swisscom"];
    const HOSTING: &[&str] = &[
        "ionos",
        "strato",
        "hetzner",
        "domainfactory",
        "microsoft365",
    ];
    if ISPS.contains(&p.id.as_str()) {
        Some(AccountKind::Provider)
    } else if HOSTING.contains(&p.id.as_str()) {
        None
    } else {
        Some(AccountKind::Freemail)
    }
}

/// Server settings found for an address, as shown above the question "are these yours?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Found {
    /// The address they were found for.
    pub address: String,
    /// "GMX: mail.gmx.net, Port 587, STARTTLS – from the built-in provider list".
    pub line: String,
    /// The provider's policies, in words.
    pub policies: Vec<String>,
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
    /// The port of the main check (sweep rows report their own).
    port: u16,
    steps: Vec<(u16, Step)>,
    rx: Receiver<CheckMsg>,
    task: tokio::task::JoinHandle<()>,
}

/// Background work other than checks (keyring, profile files).
pub(super) enum BgMsg {
    /// The accounts Thunderbird is set up with (empty when there is no Thunderbird).
    Imported(Vec<crate::import::ImportedAccount>),
    Saved {
        name: String,
        secret_error: Option<Notice>,
    },
    Notice(Notice),
    Profiles(crate::profiles::Loaded),
    Deleted(Notice),
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
    profile_problems: Vec<Notice>,
    bg_tx: Sender<BgMsg>,
    bg_rx: Receiver<BgMsg>,
    notice: Option<Notice>,
    keyring_warning: Option<Notice>,
    /// The autodetection running over the network, if any.
    detecting: Option<Detecting>,
    /// What the lookup found for the address typed (table or network).
    found: Option<Found>,
    /// The lookup found nothing for this address.
    found_nothing: Option<String>,
    /// When the address was last typed into (the network lookup waits for a pause).
    typed_at: Option<Instant>,
    /// The account screen shows every field ("my program is set up differently").
    full_form: bool,
    /// Accounts found in the user's mail program (read once, in the background).
    pub(super) imported: Vec<crate::import::ImportedAccount>,
    /// Numbers autodetections, so a result that is no longer wanted is recognised.
    detect_generation: u64,
    /// The window title last sent (sending it every frame would keep the app busy).
    sent_title: Option<String>,
    /// Light, dark or as the system.
    theme_choice: theme::ThemeChoice,
    /// The screen whose first control got the keyboard focus.
    focused_screen: Option<Screen>,
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
        theme::install(ctx);
        let lang = opts.lang.unwrap_or_else(Lang::from_os);
        let l = Arc::new(Localizer::new(lang));
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .thread_name("smtp-doctor-check")
            .build()
            .expect("a tokio runtime can always be built");
        let (bg_tx, bg_rx) = channel();
        let keyring_warning = keyring_error.map(|e| Notice {
            text: l.msg(
                "ui-keyring-unavailable",
                &[("store", keyring_name(&l).into())],
            ),
            detail: Some(e.to_string()),
            status: theme::Status::Warning,
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
            found: None,
            found_nothing: None,
            typed_at: None,
            full_form: false,
            imported: vec![],
            detect_generation: 0,
            sent_title: None,
            theme_choice: theme::ThemeChoice::System,
            focused_screen: None,
            ctx: ctx.clone(),
        };
        app.reload_profiles();
        // The mail program's own settings, read once (files: off the UI thread); a missing
        // Thunderbird is no problem, just no button.
        let source = crate::import::Source::Thunderbird(app.opts.thunderbird_dir.clone());
        app.background(move || BgMsg::Imported(crate::import::read(&source).unwrap_or_default()));
        app
    }

    /// Takes over an account's settings from the mail program: every field, and the
    /// program's labels for the fixes.
    pub(super) fn take_over(&mut self, a: &crate::import::ImportedAccount) {
        self.form
            .set_settings(&crate::diagnosis::settings::AccountSettings::from(a));
        self.form.email = a.email.clone();
        self.form.display_name = a.display_name.clone().unwrap_or_default();
        self.form.client = a.source.client();
        self.full_form = true;
        self.found = None;
        self.stop_detect();
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

    /// Gives `first` the keyboard focus when its screen has just opened.
    pub(super) fn initial_focus(&mut self, response: &egui::Response) {
        if self.focused_screen != Some(self.screen) {
            self.focused_screen = Some(self.screen);
            response.request_focus();
        }
    }

    /// The address field changed: the built-in table answers at once, the network after a
    /// short pause in typing (so not every keystroke starts a lookup).
    pub(super) fn email_changed(&mut self) {
        self.found = None;
        self.found_nothing = None;
        self.stop_detect();
        self.typed_at = None;
        let address = self.form.email.trim().to_owned();
        if !crate::probe::valid_path(&address) || autodetect::domain_of(&address).is_none() {
            return;
        }
        // The user chose to type every setting: nothing fills them behind their back (the
        // "fill in from my address" button still asks, on request).
        if self.full_form {
            return;
        }
        if let Some(p) = self.form.fill_from_provider(&self.opts.extra_providers) {
            let source = autodetect::Source::Table {
                provider: p.id.clone(),
            };
            self.found = Some(found_line(
                &self.l,
                &address,
                &self.form,
                Some(&p),
                Some(&source),
            ));
        } else {
            self.typed_at = Some(Instant::now());
            self.ctx.request_repaint_after(TYPING_PAUSE);
        }
    }

    /// Starts the network lookup once the user paused typing.
    pub(super) fn lookup_after_pause(&mut self) {
        if let Some(at) = self.typed_at {
            let waited = at.elapsed();
            if waited >= TYPING_PAUSE {
                self.typed_at = None;
                self.start_detect();
            } else {
                self.ctx.request_repaint_after(TYPING_PAUSE - waited);
            }
        }
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
    #[cfg(feature = "lab")]
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
        self.full_form = true;
    }

    /// Test support: the account form as filled in.
    #[doc(hidden)]
    #[cfg(feature = "lab")]
    pub fn form_for_tests(&self) -> &AccountForm {
        &self.form
    }

    /// Test support: the password field and "remember in keyring".
    #[doc(hidden)]
    #[cfg(feature = "lab")]
    pub fn set_password_for_tests(&mut self, password: &str, remember: bool) {
        self.form.password = password.to_owned();
        self.form.remember = remember;
        self.form.auth = true;
    }

    /// Test support: whether the form holds a password.
    #[doc(hidden)]
    #[cfg(feature = "lab")]
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
        let port = settings.port;
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
            port,
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
                        None => self
                            .l
                            .msg("ui-profile-saved", &[("name", name.into())])
                            .into(),
                        Some(e) => e,
                    });
                    self.reload_profiles();
                }
                BgMsg::Notice(e) => self.notice = Some(e),
                BgMsg::Imported(accounts) => self.imported = accounts,
                BgMsg::Profiles(loaded) => {
                    self.profiles = loaded.profiles;
                    self.profile_problems = loaded
                        .problems
                        .iter()
                        .map(|p| profile_notice(&self.l, p))
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
                        let found = detection
                            .as_deref()
                            .filter(|det| !det.candidates.is_empty());
                        let text = self.form.fill_from_detection(
                            &self.l,
                            &d.address,
                            detection.as_deref(),
                        );
                        match found {
                            Some(det) => {
                                if let Some(kind) = det.provider.as_ref().and_then(provider_kind) {
                                    self.form.account_kind = kind;
                                }
                                self.found = Some(found_line(
                                    &self.l,
                                    &d.address,
                                    &self.form,
                                    det.provider.as_ref(),
                                    det.candidates.first().map(|c| &c.source),
                                ));
                            }
                            None => {
                                // Nothing found: the user fills in the server themselves.
                                self.found_nothing = Some(text);
                                self.full_form = true;
                            }
                        }
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
                    self.full_form = true;
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
                return BgMsg::Notice(profile_notice(&l, &e));
            }
            let secret_error = match password {
                Some(p) => secrets.set(&name, &p).err().map(|e| keyring_notice(&l, &e)),
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
                BgMsg::Deleted(l.msg("ui-profile-deleted", &[("name", name.into())]).into())
            }
            Err(e) => BgMsg::Deleted(profile_notice(&l, &e)),
        });
    }

    /// Draws one frame.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.poll(&ctx);
        // Only when it changes: a viewport command asks for another frame, so sending it
        // every frame kept the idle app repainting at full speed.
        let title = self.l.msg("app-title", &[]);
        if self.sent_title.as_deref() != Some(title.as_str()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.sent_title = Some(title);
        }
        egui::Panel::top("header").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                ui.label(
                    egui::RichText::new(self.l.msg("app-name", &[]))
                        .size(20.0)
                        .strong(),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    self.header_choices(ui);
                });
            });
            ui.add_space(4.0);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.set_max_width(780.0);
                    ui.add_space(8.0);
                    if let Some(n) = self.notice.clone() {
                        n.show(ui, &self.l);
                        ui.add_space(6.0);
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

impl DoctorApp {
    /// Language and light/dark, at the right of the header.
    fn header_choices(&mut self, ui: &mut egui::Ui) {
        let l = self.l.clone();
        let mut lang = self.lang_choice;
        let lang_text = |c: LangChoice| match c {
            LangChoice::System => l.msg("ui-language-system", &[]),
            LangChoice::De => "Deutsch".to_owned(),
            LangChoice::En => "English".to_owned(),
        };
        let lang_label = l.msg("ui-language", &[]);
        egui::ComboBox::new("language", "")
            .selected_text(lang_text(lang))
            .show_ui(ui, |ui| {
                for c in [LangChoice::System, LangChoice::De, LangChoice::En] {
                    ui.selectable_value(&mut lang, c, lang_text(c));
                }
            })
            .response
            .on_hover_text(lang_label.clone())
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, lang_label.clone())
            });
        ui.label(lang_label);
        if lang != self.lang_choice {
            self.set_lang(lang);
        }
        let mut choice = self.theme_choice;
        let theme_text = |c: theme::ThemeChoice| {
            l.msg(
                match c {
                    theme::ThemeChoice::System => "ui-theme-system",
                    theme::ThemeChoice::Light => "ui-theme-light",
                    theme::ThemeChoice::Dark => "ui-theme-dark",
                },
                &[],
            )
        };
        let theme_label = l.msg("ui-theme", &[]);
        egui::ComboBox::new("theme", "")
            .selected_text(theme_text(choice))
            .show_ui(ui, |ui| {
                for c in [
                    theme::ThemeChoice::System,
                    theme::ThemeChoice::Light,
                    theme::ThemeChoice::Dark,
                ] {
                    ui.selectable_value(&mut choice, c, theme_text(c));
                }
            })
            .response
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, theme_label.clone())
            });
        ui.label(theme_label);
        if choice != self.theme_choice {
            self.theme_choice = choice;
            ui.ctx().set_theme(choice.preference());
        }
    }
}

impl eframe::App for DoctorApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}

/// Something to tell the user: one plain sentence; the technical detail (a library's error
/// text) only under "Details".
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Notice {
    text: String,
    detail: Option<String>,
    status: theme::Status,
}

impl From<String> for Notice {
    fn from(text: String) -> Notice {
        Notice {
            text,
            detail: None,
            status: theme::Status::Ok,
        }
    }
}

impl Notice {
    /// A problem: the sentence, and the technical detail folded away.
    fn problem(text: String, detail: String) -> Notice {
        Notice {
            text,
            detail: Some(detail).filter(|d| !d.is_empty()),
            status: theme::Status::Warning,
        }
    }

    fn show(&self, ui: &mut egui::Ui, l: &Localizer) {
        theme::card(ui, |ui| {
            ui.horizontal_top(|ui| {
                theme::status_icon(ui, self.status);
                ui.vertical(|ui| {
                    ui.label(self.text.as_str());
                    if let Some(d) = &self.detail {
                        egui::CollapsingHeader::new(l.msg("ui-details", &[]))
                            .id_salt(("notice-detail", self.text.as_str()))
                            .show(ui, |ui| {
                                ui.label(egui::RichText::new(d.as_str()).monospace());
                            });
                    }
                });
            });
        });
    }
}

/// The system's password store, named as the user knows it.
fn keyring_name(l: &Localizer) -> String {
    let os = if cfg!(target_os = "windows") {
        "windows"
    } else if cfg!(target_os = "macos") {
        "macos"
    } else {
        "linux"
    };
    l.msg("ui-keyring-name", &[("os", os.into())])
}

/// A keyring problem in one plain sentence (the library's words under "Details").
fn keyring_notice(l: &Localizer, e: &crate::profiles::SecretError) -> Notice {
    use crate::profiles::SecretError;
    let id = match e {
        SecretError::Unavailable { .. } => "ui-keyring-save-unavailable",
        SecretError::Locked { .. } => "ui-keyring-save-locked",
        SecretError::Other { .. } => "ui-keyring-save-other",
    };
    Notice::problem(
        l.msg(id, &[("store", keyring_name(l).into())]),
        e.to_string(),
    )
}

/// A profile file problem in one plain sentence (the detail under "Details").
fn profile_notice(l: &Localizer, e: &crate::profiles::ProfileError) -> Notice {
    use crate::profiles::ProfileError;
    match e {
        ProfileError::Io { path, detail } => Notice::problem(
            l.msg(
                "ui-file-problem",
                &[("path", path.display().to_string().into())],
            ),
            detail.clone(),
        ),
        ProfileError::Corrupt { path, detail, .. } => Notice::problem(
            crate::present::profile_problem_text(l, e).replace(&format!(" ({detail})"), ""),
            format!("{}: {detail}", path.display()),
        ),
        _ => Notice::problem(crate::present::profile_problem_text(l, e), String::new()),
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

/// How long the address must stay unchanged before the network is asked.
const TYPING_PAUSE: Duration = Duration::from_millis(600);

/// The found settings in one line, with their source and the provider's policies.
fn found_line(
    l: &Localizer,
    address: &str,
    form: &AccountForm,
    provider: Option<&autodetect::Provider>,
    source: Option<&autodetect::Source>,
) -> Found {
    let security = l.msg(
        "ui-security-name",
        &[("security", form.security.id().into())],
    );
    let source = source.map_or_else(String::new, |s| crate::present::source_text(l, s));
    let settings = l.msg(
        "ui-account-found",
        &[
            ("host", form.host.clone().into()),
            ("port", form.port.clone().into()),
            ("security", security.into()),
            ("source", source.into()),
        ],
    );
    let line = match provider {
        Some(p) => format!("{}: {settings}", p.name),
        None => settings,
    };
    let policies = provider.map_or_else(Vec::new, |p| {
        p.policy
            .ids()
            .into_iter()
            .map(|id| l.msg(id.message_id(), &[("name", p.name.clone().into())]))
            .collect()
    });
    Found {
        address: address.to_owned(),
        line,
        policies,
    }
}

/// The local time zone's offset, read once before any thread starts (reading it later is
/// refused on Linux); UTC when it cannot be known.
static LOCAL_OFFSET: std::sync::OnceLock<time::UtcOffset> = std::sync::OnceLock::new();

/// "today 14:02" or "on 03.05.2025, 14:02" for a time stamp (seconds since the epoch).
pub(super) fn when_text(l: &Localizer, at: u64) -> String {
    let offset = *LOCAL_OFFSET.get_or_init(|| time::UtcOffset::UTC);
    let stamp = |secs: u64| {
        time::OffsetDateTime::from_unix_timestamp(i64::try_from(secs).unwrap_or(0))
            .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
            .to_offset(offset)
    };
    let then = stamp(at);
    let now = stamp(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
    );
    let clock = format!("{:02}:{:02}", then.hour(), then.minute());
    if then.date() == now.date() {
        l.msg("ui-when-today", &[("time", clock.into())])
    } else {
        l.msg(
            "ui-when-date",
            &[
                ("day", format!("{:02}", then.day()).into()),
                ("month", format!("{:02}", u8::from(then.month())).into()),
                ("year", then.year().to_string().into()),
                ("time", clock.into()),
            ],
        )
    }
}

/// Runs the desktop app (no command-line arguments). Returns the process exit code.
pub fn run() -> i32 {
    // First, while the process has one thread.
    let _ =
        LOCAL_OFFSET.set(time::UtcOffset::current_local_offset().unwrap_or(time::UtcOffset::UTC));
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
