//! Reading the mail program's own account settings, read-only.
//!
//! Why: users rarely know what their mail program really holds. "Port 587, STARTTLS, password"
//! is what they think they set; the program may hold port 25 without login. Reading the
//! settings from Thunderbird's `prefs.js` or from an export of Outlook's registry key gives the
//! diagnosis the real values, and [`ImportedAccount`] turns into the crate's
//! [`AccountSettings`] so a fix can be tried against exactly those.
//!
//! What is never read: passwords. Thunderbird keeps them in `logins.json` / `key4.db`, Outlook
//! in DPAPI-encrypted registry values (`SMTP Password`, `POP3 Password`, …); neither parser
//! looks at those, and no value named like a password is kept.
//!
//! Every reader is total: files are capped at [`MAX_FILE_BYTES`], parsing is linear, and a
//! malformed, huge or binary file gives an [`ImportError`], never a panic.

pub mod outlook_reg;
pub mod thunderbird;

use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::diagnosis::settings::AccountSettings;
use crate::findings::MailClient;
use crate::smtp::Security;

/// The largest settings file read (`prefs.js` of a big profile is well under 1 MiB; a
/// registry export of one profile key is a few KiB).
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// The program the settings come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MailProgram {
    /// Mozilla Thunderbird (`prefs.js`).
    Thunderbird,
    /// Classic Outlook for Windows (registry export).
    Outlook,
}

impl MailProgram {
    /// The diagnosis's name for the program: fixes then name its dialogs and labels.
    pub fn client(self) -> MailClient {
        match self {
            MailProgram::Thunderbird => MailClient::Thunderbird,
            MailProgram::Outlook => MailClient::Outlook,
        }
    }
}

/// How the program logs in to the outgoing server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "method", rename_all = "snake_case")]
pub enum AuthKind {
    /// No login ("No authentication" / "My outgoing server requires authentication" off).
    None,
    /// User name and password sent over the connection (AUTH PLAIN / LOGIN).
    Password,
    /// A hashed password (CRAM-MD5 and the like).
    EncryptedPassword,
    /// OAuth2 (XOAUTH2 / OAUTHBEARER).
    OAuth2,
    /// Another method, by a stable id: `kerberos`, `ntlm`, `tls_certificate`, `any`,
    /// `spa` (Outlook's Secure Password Authentication), `unknown-N`.
    Other(String),
}

/// The kind of incoming server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IncomingKind {
    /// POP3.
    Pop3,
    /// IMAP.
    Imap,
}

/// The incoming server of an account (POP-before-SMTP needs it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Incoming {
    /// POP3 or IMAP.
    pub kind: IncomingKind,
    /// Host name.
    pub host: String,
    /// Port (the protocol's default when the program stores none).
    pub port: u16,
    /// Login name, when stored.
    pub username: Option<String>,
}

/// One sending identity as the mail program holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ImportedAccount {
    /// Which program.
    pub source: MailProgram,
    /// The account's name in the program (Outlook "Account Name", Thunderbird's account
    /// name), or the address.
    pub label: String,
    /// The sender address.
    pub email: String,
    /// The sender's name.
    pub display_name: Option<String>,
    /// The reply address, when one is set.
    pub reply_to: Option<String>,
    /// Outgoing server.
    pub smtp_host: String,
    /// Outgoing port (the program's default when it stores none).
    pub smtp_port: u16,
    /// Encryption.
    pub security: Security,
    /// Login method.
    pub auth: AuthKind,
    /// SMTP login name, when the program has one.
    pub username: Option<String>,
    /// The program logs in to the incoming (POP3) server before sending instead of
    /// authenticating (Outlook: "Log on to incoming mail server before sending mail").
    pub pop_before_smtp: bool,
    /// The incoming server.
    pub incoming: Option<Incoming>,
}

impl From<&ImportedAccount> for AccountSettings {
    fn from(a: &ImportedAccount) -> Self {
        let pop_host = a
            .incoming
            .as_ref()
            .filter(|i| a.pop_before_smtp && i.kind == IncomingKind::Pop3)
            .map(|i| i.host.clone());
        AccountSettings {
            host: a.smtp_host.clone(),
            port: a.smtp_port,
            security: a.security,
            auth: a.auth != AuthKind::None,
            username: a.username.clone(),
            from: a.email.clone(),
            reply_to: a.reply_to.clone(),
            pop_before_smtp: pop_host,
        }
    }
}

/// Why settings could not be imported. The words are in `i18n/<lang>/import.ftl` under
/// [`ImportError::message_id`], filled from [`ImportError::args`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// No such file or folder (no Thunderbird profile, a wrong path).
    NotFound { path: PathBuf },
    /// The file exists but could not be read.
    Unreadable { path: PathBuf, detail: String },
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge { bytes: u64, limit: u64 },
    /// Not text in any encoding the program writes (binary, broken UTF-8 / UTF-16).
    NotText,
    /// Text, but no Thunderbird preference in it.
    NotPrefsFile,
    /// Not a file written by the Registry Editor ("Windows Registry Editor Version 5.00" or
    /// "REGEDIT4" missing).
    NotRegistryExport,
    /// Read fine, but no account with an outgoing server in it.
    NoAccounts,
}

impl ImportError {
    /// Every message id, for the i18n tests.
    pub const MESSAGE_IDS: [&'static str; 7] = [
        "import-error-not-found",
        "import-error-unreadable",
        "import-error-too-large",
        "import-error-not-text",
        "import-error-not-prefs",
        "import-error-not-registry-export",
        "import-error-no-accounts",
    ];

    /// The Fluent message.
    pub fn message_id(&self) -> &'static str {
        let i = match self {
            ImportError::NotFound { .. } => 0,
            ImportError::Unreadable { .. } => 1,
            ImportError::TooLarge { .. } => 2,
            ImportError::NotText => 3,
            ImportError::NotPrefsFile => 4,
            ImportError::NotRegistryExport => 5,
            ImportError::NoAccounts => 6,
        };
        Self::MESSAGE_IDS[i]
    }

    /// The message's arguments: `path`, `detail`, `mib` (size) and `limit_mib`.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let mib = |b: u64| format!("{:.1}", b as f64 / 1_048_576.0);
        match self {
            ImportError::NotFound { path } => vec![("path", path.display().to_string())],
            ImportError::Unreadable { path, detail } => vec![
                ("path", path.display().to_string()),
                ("detail", detail.clone()),
            ],
            ImportError::TooLarge { bytes, limit } => {
                vec![("mib", mib(*bytes)), ("limit_mib", mib(*limit))]
            }
            _ => vec![],
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message_id())?;
        for (k, v) in self.args() {
            write!(f, " {k}={v}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ImportError {}

/// Reads a whole file of at most [`MAX_FILE_BYTES`]; the cap holds even when the file grows
/// while it is read.
pub(crate) fn read_capped(path: &Path) -> Result<Vec<u8>, ImportError> {
    let file = std::fs::File::open(path).map_err(|e| io_error(path, &e))?;
    let mut buf = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(|e| io_error(path, &e))?;
    let len = u64::try_from(buf.len()).unwrap_or(u64::MAX);
    if len > MAX_FILE_BYTES {
        let bytes = std::fs::metadata(path).map_or(len, |m| m.len().max(len));
        return Err(ImportError::TooLarge {
            bytes,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(buf)
}

fn io_error(path: &Path, e: &std::io::Error) -> ImportError {
    if e.kind() == std::io::ErrorKind::NotFound {
        ImportError::NotFound {
            path: path.to_owned(),
        }
    } else {
        ImportError::Unreadable {
            path: path.to_owned(),
            detail: e.to_string(),
        }
    }
}

/// The protocol's default incoming port.
pub(crate) fn default_incoming_port(kind: IncomingKind, implicit_tls: bool) -> u16 {
    match (kind, implicit_tls) {
        (IncomingKind::Pop3, false) => 110,
        (IncomingKind::Pop3, true) => 995,
        (IncomingKind::Imap, false) => 143,
        (IncomingKind::Imap, true) => 993,
    }
}

/// A value as a non-empty, trimmed string.
pub(crate) fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// Where to read a mail program's settings from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Thunderbird: a profile folder (with `prefs.js`), a Thunderbird folder (with
    /// `profiles.ini`: its default profile), or `None` for this system's usual folders.
    Thunderbird(Option<PathBuf>),
    /// A `.reg` export of Outlook's account keys.
    OutlookReg(PathBuf),
}

impl Source {
    /// Parses `thunderbird`, `thunderbird:DIR` or `outlook-reg:FILE`.
    pub fn parse(text: &str) -> Option<Source> {
        let (kind, path) = match text.split_once(':') {
            Some((k, p)) if !p.is_empty() => (k, Some(PathBuf::from(p))),
            _ => (text, None),
        };
        match (kind, path) {
            ("thunderbird", p) => Some(Source::Thunderbird(p)),
            ("outlook-reg", Some(p)) => Some(Source::OutlookReg(p)),
            _ => None,
        }
    }
}

/// Reads the accounts of `source` (read-only; passwords are never read).
pub fn read(source: &Source) -> Result<Vec<ImportedAccount>, ImportError> {
    match source {
        Source::OutlookReg(file) => outlook_reg::accounts_in_file(file),
        Source::Thunderbird(Some(dir)) if dir.join("prefs.js").is_file() => {
            thunderbird::accounts_in_profile(dir)
        }
        Source::Thunderbird(dir) => {
            let profiles = match dir {
                Some(root) => thunderbird::profiles_in(root)?,
                None => thunderbird::find_profiles()?,
            };
            // The profile Thunderbird starts, else the first listed.
            let chosen = profiles
                .iter()
                .find(|p| p.is_default)
                .or_else(|| profiles.first())
                .ok_or_else(|| ImportError::NotFound {
                    path: dir.clone().unwrap_or_default(),
                })?;
            thunderbird::accounts_in_profile(&chosen.path)
        }
    }
}

/// The account whose sender address is `from` (case-insensitive), or the only one.
pub fn pick<'a>(
    accounts: &'a [ImportedAccount],
    from: Option<&str>,
) -> Option<&'a ImportedAccount> {
    match from {
        Some(f) => accounts
            .iter()
            .find(|a| a.email.trim().eq_ignore_ascii_case(f.trim())),
        None if accounts.len() == 1 => accounts.first(),
        None => None,
    }
}
