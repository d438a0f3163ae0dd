//! Validated settings derived from [`LowArgs`](super::lowargs::LowArgs).

use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

use super::UsageError;
use super::lowargs::LowArgs;
use crate::diagnosis::MailClient;
use crate::diagnosis::settings::AccountSettings;
use crate::diagnosis::situation::{AccountKind, Location};
use crate::i18n::Lang;
use crate::probe::{Pop3Config, TlsMode, valid_path};
use crate::profiles::{AuthKind, Profile, ProfileError, ProfileStore, SCHEMA};
use crate::smtp::Security;

/// Validated settings of `check`.
#[derive(Debug)]
pub(crate) struct CheckArgs {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    pub user: Option<String>,
    /// Read a password (false) or an OAuth2 token (true) from standard input.
    pub secret_stdin: Option<bool>,
    pub from: String,
    pub to: Vec<String>,
    pub sweep: Option<Vec<(u16, TlsMode)>>,
    pub timeout: Duration,
    pub insecure: bool,
    pub ca_file: Option<PathBuf>,
    pub helo: Option<String>,
    pub pop3: Option<Pop3Config>,
    pub json: bool,
    pub client: MailClient,
    /// Send one test message to the own address when the check passes.
    pub send_test: bool,
    /// Where the user is.
    pub location: Option<Location>,
    /// Which kind of account.
    pub account: AccountKind,
    /// Whether the mail program logs in ("outgoing server requires authentication").
    pub auth: bool,
    /// Try the fixes and re-check after each.
    pub apply_fixes: bool,
    /// The profile the check runs for (its last result is updated).
    pub profile: Option<Profile>,
}

/// The ports a sweep tries by default: submission, SMTPS, SMTP, the common alternative.
pub(crate) const DEFAULT_SWEEP: [(u16, TlsMode); 4] = [
    (587, TlsMode::StartTls),
    (465, TlsMode::Implicit),
    (25, TlsMode::Auto),
    (2525, TlsMode::Auto),
];

/// `profile …`
#[derive(Debug)]
pub(crate) enum ProfileCmd {
    List {
        json: bool,
    },
    Show {
        name: String,
        json: bool,
    },
    Save {
        profile: Profile,
        secret_stdin: Option<bool>,
    },
    Delete {
        name: String,
    },
    Export {
        names: Vec<String>,
        file: Option<PathBuf>,
    },
    Import {
        file: PathBuf,
        force: bool,
    },
}

/// What to do.
#[derive(Debug)]
pub(crate) enum Command {
    /// Manage saved profiles.
    Profile(Box<ProfileCmd>),
    /// Propose outgoing servers for an address.
    Autodetect(Box<super::autodetect::AutodetectArgs>),
    /// Live check of a server.
    Check(Box<CheckArgs>),
    /// List (and save) the accounts of a mail program.
    Import(Box<ImportArgs>),
    /// Print help.
    Help,
    /// Print the version.
    Version,
    /// Explain an error text.
    Explain {
        /// The text, or `None` to read standard input.
        text: Option<String>,
        json: bool,
        client: Option<MailClient>,
        location: Option<Location>,
        account: AccountKind,
        from: Option<String>,
    },
}

/// Validated settings of `import`.
#[derive(Debug)]
pub(crate) struct ImportArgs {
    pub source: crate::import::Source,
    pub json: bool,
    /// Save the chosen account as a profile of this name.
    pub save: Option<String>,
    /// The account to save (its sender address); needed when there are several.
    pub from: Option<String>,
}

/// Checked settings.
#[derive(Debug)]
pub(crate) struct HiArgs {
    pub lang: Lang,
    pub command: Command,
}

impl HiArgs {
    /// Validates `low`. `os_lang` is used when no `--lang` was given.
    pub(crate) fn from_low(
        low: LowArgs,
        os_lang: Lang,
        store: &ProfileStore,
    ) -> Result<HiArgs, (Lang, UsageError)> {
        let lang = match &low.lang {
            None => os_lang,
            Some(v) => match v.as_str() {
                "de" => Lang::De,
                "en" => Lang::En,
                _ => {
                    return Err((
                        os_lang,
                        UsageError::new("cli-error-bad-lang", &[("value", v.clone())]),
                    ));
                }
            },
        };
        let fail = |e| Err((lang, e));
        if low.help {
            return Ok(HiArgs {
                lang,
                command: Command::Help,
            });
        }
        if low.version {
            return Ok(HiArgs {
                lang,
                command: Command::Version,
            });
        }
        let command = match low.command.as_deref() {
            // Until the GUI lands, no command prints the help.
            None => Command::Help,
            Some("help") => Command::Help,
            Some("explain") => {
                let client = match low.client.as_deref() {
                    None => None,
                    Some(c) => match MailClient::from_id(c) {
                        Some(c) => Some(c),
                        None => {
                            return fail(UsageError::new(
                                "cli-error-bad-client",
                                &[("value", c.to_owned())],
                            ));
                        }
                    },
                };
                let text = match low.positional.as_slice() {
                    [] => None,
                    [t] if t == "-" => None,
                    [t] => Some(os_to_string(t).map_err(|e| (lang, e))?),
                    _ => return fail(UsageError::new("cli-error-too-many-texts", &[])),
                };
                Command::Explain {
                    text,
                    json: low.json,
                    client,
                    location: situation_location(&low).map_err(|e| (lang, e))?,
                    account: situation_account(&low).map_err(|e| (lang, e))?,
                    from: low
                        .from
                        .as_deref()
                        .map(address)
                        .transpose()
                        .map_err(|e| (lang, e))?,
                }
            }
            Some("import") => match import_args(&low) {
                Ok(a) => Command::Import(Box::new(a)),
                Err(e) => return fail(e),
            },
            Some("check") => {
                let mut low = low;
                if let Some(src) = low.from_mail_program.clone()
                    && let Err(e) = fill_from_mail_program(&mut low, &src)
                {
                    return fail(e);
                }
                let profile = match &low.profile {
                    Some(name) => match load_profile(store, name) {
                        Ok(p) => Some(p),
                        Err(e) => return fail(e),
                    },
                    None => None,
                };
                if let Some(p) = &profile {
                    fill_from_profile(&mut low, p);
                }
                match check_args(&low) {
                    Ok(mut c) => {
                        c.profile = profile;
                        Command::Check(Box::new(c))
                    }
                    Err(e) => return fail(e),
                }
            }
            Some("autodetect") => match autodetect_args(&low) {
                Ok(a) => Command::Autodetect(Box::new(a)),
                Err(e) => return fail(e),
            },
            Some("profile") => match profile_args(&low, store) {
                Ok(c) => Command::Profile(Box::new(c)),
                Err(e) => return fail(e),
            },
            Some(other) => {
                return fail(UsageError::new(
                    "cli-error-unknown-command",
                    &[("command", other.to_owned())],
                ));
            }
        };
        Ok(HiArgs { lang, command })
    }
}

fn os_to_string(s: &OsString) -> Result<String, UsageError> {
    s.clone().into_string().map_err(|v| {
        UsageError::new(
            "cli-error-bad-argument",
            &[("value", v.to_string_lossy().into_owned())],
        )
    })
}

fn err(id: &'static str, args: &[(&'static str, String)]) -> UsageError {
    UsageError::new(id, args)
}

fn parse_port(v: &str) -> Result<u16, UsageError> {
    v.parse::<u16>()
        .ok()
        .filter(|p| *p > 0)
        .ok_or_else(|| err("cli-error-bad-port", &[("value", v.to_owned())]))
}

fn parse_tls(v: &str) -> Result<TlsMode, UsageError> {
    match v {
        "auto" => Ok(TlsMode::Auto),
        "none" => Ok(TlsMode::None),
        "starttls" => Ok(TlsMode::StartTls),
        "implicit" | "ssl" | "tls" => Ok(TlsMode::Implicit),
        _ => Err(err("cli-error-bad-tls", &[("value", v.to_owned())])),
    }
}

fn address(v: &str) -> Result<String, UsageError> {
    if valid_path(v) {
        Ok(v.to_owned())
    } else {
        Err(err("cli-error-bad-address", &[("value", v.to_owned())]))
    }
}

fn check_args(low: &LowArgs) -> Result<CheckArgs, UsageError> {
    if !low.positional.is_empty() {
        let v = low.positional[0].to_string_lossy().into_owned();
        return Err(err("cli-error-unexpected-argument", &[("value", v)]));
    }
    let host = low
        .host
        .clone()
        .filter(|h| !h.trim().is_empty())
        .ok_or_else(|| err("cli-error-missing-option", &[("option", "--host".into())]))?;
    if host
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '/')
    {
        return Err(err("cli-error-bad-host", &[("value", host)]));
    }
    let tls = low
        .tls
        .as_deref()
        .map(parse_tls)
        .transpose()?
        .unwrap_or(TlsMode::Auto);
    let port = match &low.port {
        Some(p) => parse_port(p)?,
        None if tls == TlsMode::Implicit => 465,
        None => 587,
    };
    if (low.password_stdin || low.oauth2) && low.user.is_none() {
        return Err(err("cli-error-secret-needs-user", &[]));
    }
    let from = match (&low.from, &low.user) {
        (Some(f), _) => address(f)?,
        (None, Some(u)) if valid_path(u) => u.clone(),
        _ => return Err(err("cli-error-need-from", &[])),
    };
    let to = low
        .to
        .iter()
        .map(|t| address(t))
        .collect::<Result<Vec<_>, _>>()?;
    // Values that go onto the wire as they are: no line breaks, no spaces that would
    // smuggle a second command.
    if let Some(h) = &low.helo
        && (h.is_empty() || h.chars().any(|c| c.is_whitespace() || c.is_control()))
    {
        return Err(err("cli-error-bad-helo", &[("value", h.clone())]));
    }
    if let Some(u) = &low.user
        && (u.is_empty() || u.chars().any(char::is_control))
    {
        return Err(err("cli-error-bad-user", &[("value", u.clone())]));
    }
    let timeout = parse_timeout(low.timeout.as_deref(), 10)?;
    let sweep = match (&low.sweep_ports, low.sweep) {
        (Some(list), _) => Some(parse_sweep(list)?),
        (None, true) => Some(DEFAULT_SWEEP.to_vec()),
        (None, false) => None,
    };
    let pop3 = match &low.pop3_host {
        None => None,
        Some(h) => {
            let security = match low.pop3_tls.as_deref().map(parse_tls).transpose()? {
                None | Some(TlsMode::Auto | TlsMode::StartTls) => Security::StartTls,
                Some(TlsMode::None) => Security::None,
                Some(TlsMode::Implicit) => Security::ImplicitTls,
            };
            let port = match &low.pop3_port {
                Some(p) => parse_port(p)?,
                None if security == Security::ImplicitTls => 995,
                None => 110,
            };
            Some(Pop3Config {
                host: h.clone(),
                port,
                security,
            })
        }
    };
    Ok(CheckArgs {
        host,
        port,
        tls,
        user: low.user.clone(),
        secret_stdin: (low.password_stdin || low.oauth2).then_some(low.oauth2),
        from,
        to,
        sweep,
        timeout,
        insecure: low.insecure,
        ca_file: low.ca_file.as_ref().map(PathBuf::from),
        helo: low.helo.clone(),
        pop3,
        json: low.json,
        send_test: low.send_test,
        location: situation_location(low)?,
        account: situation_account(low)?,
        auth: match low.auth.as_deref() {
            None => low.user.is_some() && (low.password_stdin || low.oauth2),
            Some("on") => true,
            Some("off") => false,
            Some(v) => return Err(err("cli-error-bad-auth", &[("value", v.to_owned())])),
        },
        apply_fixes: low.apply_fixes,
        profile: None,
        client: match low.client.as_deref() {
            None => MailClient::Other,
            Some(c) => MailClient::from_id(c)
                .ok_or_else(|| err("cli-error-bad-client", &[("value", c.to_owned())]))?,
        },
    })
}

fn parse_sweep(list: &str) -> Result<Vec<(u16, TlsMode)>, UsageError> {
    let bad = || err("cli-error-bad-sweep", &[("value", list.to_owned())]);
    let v = list
        .split(',')
        .map(|item| {
            let (p, t) = item.trim().split_once(':').unwrap_or((item.trim(), "auto"));
            Ok((
                parse_port(p).map_err(|_| bad())?,
                parse_tls(t).map_err(|_| bad())?,
            ))
        })
        .collect::<Result<Vec<_>, UsageError>>()?;
    if v.is_empty() || v.len() > 8 {
        Err(bad())
    } else {
        Ok(v)
    }
}

fn situation_location(low: &LowArgs) -> Result<Option<Location>, UsageError> {
    low.location
        .as_deref()
        .map(|v| {
            Location::from_id(v)
                .ok_or_else(|| err("cli-error-bad-location", &[("value", v.to_owned())]))
        })
        .transpose()
}

fn situation_account(low: &LowArgs) -> Result<AccountKind, UsageError> {
    match low.account.as_deref() {
        None => Ok(AccountKind::Provider),
        Some(v) => AccountKind::from_id(v)
            .ok_or_else(|| err("cli-error-bad-account", &[("value", v.to_owned())])),
    }
}

/// A profile error as a usage message.
pub(crate) fn profile_error(e: &ProfileError) -> UsageError {
    let (id, args) = crate::present::profile_problem(e);
    // A profile that does not exist or a bad name is the user's input; the rest is a
    // problem with the files.
    let kind = match e {
        ProfileError::NotFound { .. }
        | ProfileError::BadName { .. }
        | ProfileError::Exists { .. } => super::ErrorKind::Usage,
        _ => super::ErrorKind::Profile,
    };
    UsageError::of_kind(kind, id, &args)
}

fn load_profile(store: &ProfileStore, name: &str) -> Result<Profile, UsageError> {
    store.get(name).map_err(|e| profile_error(&e))
}

/// Settings values for every check option the user did not give.
fn fill_from_settings(low: &mut LowArgs, s: &AccountSettings) {
    low.host.get_or_insert_with(|| s.host.clone());
    low.port.get_or_insert_with(|| s.port.to_string());
    low.tls.get_or_insert_with(|| {
        match s.security {
            Security::None => "none",
            Security::StartTls => "starttls",
            Security::ImplicitTls => "implicit",
        }
        .to_owned()
    });
    low.from.get_or_insert_with(|| s.from.clone());
    if low.user.is_none() {
        low.user = s.username.clone();
    }
    low.auth
        .get_or_insert_with(|| if s.auth { "on" } else { "off" }.to_owned());
    if low.pop3_host.is_none() {
        low.pop3_host = s.pop_before_smtp.clone();
    }
}

/// Profile values for every check option the user did not give.
fn fill_from_profile(low: &mut LowArgs, p: &Profile) {
    fill_from_settings(low, &p.settings());
    if low.location.is_none() {
        low.location = p.usual_location.map(|l| l.id().to_owned());
    }
    if low.account.is_none() {
        low.account = p.account_kind.map(|a| a.id().to_owned());
    }
}

/// An import problem as a message (not a usage error: the file or folder is the problem).
pub(crate) fn import_error(e: &crate::import::ImportError) -> UsageError {
    UsageError::of_kind(super::ErrorKind::Failure, e.message_id(), &e.args())
}

fn import_source(text: &str) -> Result<crate::import::Source, UsageError> {
    crate::import::Source::parse(text)
        .ok_or_else(|| err("cli-error-bad-import-source", &[("value", text.to_owned())]))
}

/// `import thunderbird [DIR]` / `import outlook-reg FILE`.
fn import_args(low: &LowArgs) -> Result<ImportArgs, UsageError> {
    let pos = positional_strings(low)?;
    let source = match pos.as_slice() {
        [kind] => import_source(kind)?,
        [kind, path] => import_source(&format!("{kind}:{path}"))?,
        [] => {
            return Err(err(
                "cli-error-bad-import-source",
                &[("value", String::new())],
            ));
        }
        [_, _, extra, ..] => {
            return Err(err(
                "cli-error-unexpected-argument",
                &[("value", extra.clone())],
            ));
        }
    };
    Ok(ImportArgs {
        source,
        json: low.json,
        save: low.save.clone(),
        from: low.from.as_deref().map(address).transpose()?,
    })
}

/// `check --from-mail-program SOURCE`: the settings of the account whose address is `--from`
/// (or the only one) fill every option the user did not give; the fixes use that program's
/// labels.
fn fill_from_mail_program(low: &mut LowArgs, source: &str) -> Result<(), UsageError> {
    let source = import_source(source)?;
    let accounts = crate::import::read(&source).map_err(|e| import_error(&e))?;
    let a = crate::import::pick(&accounts, low.from.as_deref()).ok_or_else(|| {
        let list = accounts
            .iter()
            .map(|a| a.email.clone())
            .collect::<Vec<_>>()
            .join(", ");
        err("cli-error-import-which-account", &[("accounts", list)])
    })?;
    fill_from_settings(low, &AccountSettings::from(a));
    low.client
        .get_or_insert_with(|| a.source.client().id().to_owned());
    Ok(())
}

fn positional_strings(low: &LowArgs) -> Result<Vec<String>, UsageError> {
    low.positional.iter().map(os_to_string).collect()
}

fn profile_args(low: &LowArgs, store: &ProfileStore) -> Result<ProfileCmd, UsageError> {
    let pos = positional_strings(low)?;
    let action = pos
        .first()
        .map(String::as_str)
        .ok_or_else(|| err("cli-error-missing-profile-action", &[]))?;
    let name = || {
        pos.get(1)
            .cloned()
            .ok_or_else(|| err("cli-error-missing-name", &[]))
    };
    Ok(match action {
        "list" => ProfileCmd::List { json: low.json },
        "show" => ProfileCmd::Show {
            name: name()?,
            json: low.json,
        },
        "delete" => ProfileCmd::Delete { name: name()? },
        "export" => ProfileCmd::Export {
            names: pos[1..].to_vec(),
            file: low.file.as_ref().map(PathBuf::from),
        },
        "import" => ProfileCmd::Import {
            file: pos
                .get(1)
                .or(low.file.as_ref())
                .map(PathBuf::from)
                .ok_or_else(|| err("cli-error-missing-file", &[]))?,
            force: low.force,
        },
        "save" => {
            let name = name()?;
            // The settings are validated exactly as for `check`.
            let mut for_check = LowArgs {
                positional: vec![],
                ..low.clone()
            };
            if let Ok(existing) = store.get(&name) {
                fill_from_profile(&mut for_check, &existing);
            }
            let c = check_args(&for_check)?;
            let reply_to = low.reply_to.as_deref().map(address).transpose()?;
            ProfileCmd::Save {
                profile: Profile {
                    schema: SCHEMA,
                    name,
                    email: c.from.clone(),
                    display_name: low.display_name.clone(),
                    reply_to,
                    host: c.host.clone(),
                    port: c.port,
                    security: match c.tls.resolve(c.port) {
                        TlsMode::Implicit => Security::ImplicitTls,
                        TlsMode::None => Security::None,
                        TlsMode::Auto | TlsMode::StartTls => Security::StartTls,
                    },
                    auth: c.auth || low.auth.is_none() && c.user.is_some(),
                    auth_kind: if low.oauth2 {
                        AuthKind::Oauth2
                    } else {
                        AuthKind::Password
                    },
                    username: c.user.clone(),
                    pop_before_smtp: c.pop3.as_ref().map(|p| p.host.clone()),
                    usual_location: c.location,
                    account_kind: low.account.as_ref().map(|_| c.account),
                    last_check: None,
                },
                secret_stdin: c.secret_stdin,
            }
        }
        other => {
            return Err(err(
                "cli-error-unknown-profile-action",
                &[("value", other.to_owned())],
            ));
        }
    })
}

fn autodetect_args(low: &LowArgs) -> Result<super::autodetect::AutodetectArgs, UsageError> {
    let pos = positional_strings(low)?;
    let address = match pos.as_slice() {
        [a] => a.clone(),
        [] => return Err(err("cli-error-missing-address", &[])),
        _ => {
            return Err(err(
                "cli-error-unexpected-argument",
                &[("value", pos[1].clone())],
            ));
        }
    };
    if crate::autodetect::domain_of(&address).is_none() {
        return Err(err("cli-error-bad-address", &[("value", address)]));
    }
    let dns_server = low
        .dns_server
        .as_deref()
        .map(|v| {
            v.parse::<std::net::SocketAddr>()
                .map_err(|_| err("cli-error-bad-dns-server", &[("value", v.to_owned())]))
        })
        .transpose()?;
    for u in &low.autoconfig_urls {
        if !(u.starts_with("http://") || u.starts_with("https://")) {
            return Err(err("cli-error-bad-url", &[("value", u.clone())]));
        }
    }
    if low.verify && low.offline {
        return Err(err("cli-error-verify-offline", &[]));
    }
    if low.ca_file.is_some() && !low.verify {
        return Err(err("cli-error-ca-file-needs-verify", &[]));
    }
    let timeout = parse_timeout(low.timeout.as_deref(), 5)?;
    Ok(super::autodetect::AutodetectArgs {
        address,
        offline: low.offline,
        verify: low.verify,
        ca_file: low.ca_file.as_ref().map(std::path::PathBuf::from),
        json: low.json,
        dns_server,
        autoconfig_urls: low.autoconfig_urls.clone(),
        timeout,
    })
}

/// `--timeout SECONDS` (1 to 300), or `default` seconds.
fn parse_timeout(v: Option<&str>, default: u64) -> Result<Duration, UsageError> {
    match v {
        None => Ok(Duration::from_secs(default)),
        Some(t) => t
            .parse::<u64>()
            .ok()
            .filter(|s| (1..=300).contains(s))
            .map(Duration::from_secs)
            .ok_or_else(|| err("cli-error-bad-timeout", &[("value", t.to_owned())])),
    }
}
