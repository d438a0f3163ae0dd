//! Saved account profiles: settings on disk, passwords only in the OS keyring, nothing ever
//! lost.
//!
//! One TOML file per profile under `<config dir>/profiles/`, so a damaged file can only ever
//! affect its own profile. Writes are atomic (temporary file, fsync, rename, fsync of the
//! directory) and serialised by a lock file, so two processes saving at once lose nothing.
//! A file that cannot be read is reported by name and preserved as `.bak`; the other
//! profiles still load. Files carry a schema version; older layouts are migrated on read.

mod secret;

pub use secret::{OsKeyring, SERVICE, SecretError, SecretStore, SessionSecrets, SystemKeyring};

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diagnosis::Cause;
use crate::diagnosis::settings::AccountSettings;
use crate::diagnosis::situation::{AccountKind, Location};
use crate::smtp::Security;

/// The current schema version written to every file.
pub const SCHEMA: u32 = 2;

/// How the account logs in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthKind {
    /// User name and password (the password in the keyring).
    #[default]
    Password,
    /// An OAuth2 access token (in the keyring).
    Oauth2,
}

/// The outcome of the last check, for the profile list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastCheck {
    /// Seconds since the Unix epoch.
    pub at: u64,
    /// Whether sending worked.
    pub sending_works: bool,
    /// The first cause found, if any.
    pub cause: Option<Cause>,
}

/// A saved account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// Schema version of the file.
    pub schema: u32,
    /// The name the user gave it (unique).
    pub name: String,
    /// E-mail address (sender).
    pub email: String,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Reply address, when different.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
    /// Outgoing server.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Encryption.
    pub security: Security,
    /// "Outgoing server requires authentication".
    pub auth: bool,
    /// How it logs in.
    #[serde(default)]
    pub auth_kind: AuthKind,
    /// User name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// POP3 server for POP-before-SMTP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pop_before_smtp: Option<String>,
    /// Where the user usually sends from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usual_location: Option<Location>,
    /// Kind of account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_kind: Option<AccountKind>,
    /// The last check's result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_check: Option<LastCheck>,
}

impl Profile {
    /// The account settings this profile stands for.
    pub fn settings(&self) -> AccountSettings {
        AccountSettings {
            host: self.host.clone(),
            port: self.port,
            security: self.security,
            auth: self.auth,
            username: self.username.clone(),
            from: self.email.clone(),
            reply_to: self.reply_to.clone(),
            pop_before_smtp: self.pop_before_smtp.clone(),
        }
    }

    /// Takes over changed settings (after a fix was applied).
    pub fn set_settings(&mut self, s: &AccountSettings) {
        self.host = s.host.clone();
        self.port = s.port;
        self.security = s.security;
        self.auth = s.auth;
        self.username = s.username.clone();
        self.email = s.from.clone();
        self.reply_to = s.reply_to.clone();
        self.pop_before_smtp = s.pop_before_smtp.clone();
    }
}

/// Schema 1 (the first layout): flat, with Outlook's "Secure (SSL)" as a yes/no.
#[derive(Deserialize)]
struct ProfileV1 {
    name: String,
    email: String,
    server: String,
    port: u16,
    #[serde(default)]
    ssl: bool,
    #[serde(default)]
    auth: bool,
    #[serde(default)]
    user: Option<String>,
}

impl From<ProfileV1> for Profile {
    fn from(v: ProfileV1) -> Profile {
        Profile {
            schema: SCHEMA,
            name: v.name,
            email: v.email,
            display_name: None,
            reply_to: None,
            host: v.server,
            port: v.port,
            security: match (v.ssl, v.port) {
                (false, _) => Security::None,
                (true, 465) => Security::ImplicitTls,
                (true, _) => Security::StartTls,
            },
            auth: v.auth,
            auth_kind: AuthKind::Password,
            username: v.user,
            pop_before_smtp: None,
            usual_location: None,
            account_kind: None,
            last_check: None,
        }
    }
}

/// What went wrong with a profile file or directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ProfileError {
    /// A file could not be parsed; it was preserved as `backup`.
    Corrupt {
        path: PathBuf,
        detail: String,
        backup: Option<PathBuf>,
    },
    /// A file was written by a newer version of the program.
    TooNew { path: PathBuf, schema: u32 },
    /// Reading or writing failed.
    Io { path: PathBuf, detail: String },
    /// No profile with that name.
    NotFound { name: String },
    /// The name is empty or too long.
    BadName { name: String },
    /// An import file holds a profile that already exists.
    Exists { name: String },
}

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProfileError::Corrupt { path, detail, .. } => write!(f, "{}: {detail}", path.display()),
            ProfileError::TooNew { path, schema } => {
                write!(f, "{}: schema {schema}", path.display())
            }
            ProfileError::Io { path, detail } => write!(f, "{}: {detail}", path.display()),
            ProfileError::NotFound { name }
            | ProfileError::BadName { name }
            | ProfileError::Exists { name } => f.write_str(name),
        }
    }
}

/// All profiles that could be read, and the files that could not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    /// Readable profiles, sorted by name.
    pub profiles: Vec<Profile>,
    /// Files that could not be read (each named, each preserved).
    pub problems: Vec<ProfileError>,
}

/// The profile directory.
#[derive(Clone, Debug)]
pub struct ProfileStore {
    dir: PathBuf,
}

fn io_err(path: &Path, e: std::io::Error) -> ProfileError {
    ProfileError::Io {
        path: path.to_owned(),
        detail: e.to_string(),
    }
}

/// File name for a profile name: a readable slug plus a hash of the exact name, so "Büro"
/// and "buro" never share a file.
fn file_name(name: &str) -> String {
    let slug: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .take(40)
        .collect();
    // FNV-1a: stable across versions and platforms (std's hasher is not).
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{}-{:08x}.toml", slug.trim_matches('-'), hash as u32)
}

impl ProfileStore {
    /// The store in the per-user config directory (`~/.config/smtp-doctor/profiles` on Linux).
    pub fn default_location() -> Option<ProfileStore> {
        directories::ProjectDirs::from("", "", "smtp-doctor")
            .map(|d| ProfileStore::at(d.config_dir().join("profiles")))
    }

    /// A store in `dir` (created on first save).
    pub fn at(dir: impl Into<PathBuf>) -> ProfileStore {
        ProfileStore { dir: dir.into() }
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path_of(&self, name: &str) -> PathBuf {
        self.dir.join(file_name(name))
    }

    /// Reads one file, migrating older schemas.
    fn read(path: &Path) -> Result<Profile, ProfileError> {
        let bytes = fs::read(path).map_err(|e| io_err(path, e))?;
        let text = String::from_utf8(bytes).map_err(|e| ProfileError::Corrupt {
            path: path.to_owned(),
            detail: format!("not UTF-8 text ({e})"),
            backup: None,
        })?;
        let value: toml::Table =
            text.parse()
                .map_err(|e: toml::de::Error| ProfileError::Corrupt {
                    path: path.to_owned(),
                    detail: e.message().to_owned(),
                    backup: None,
                })?;
        let schema = value
            .get("schema")
            .and_then(toml::Value::as_integer)
            .unwrap_or(1);
        let corrupt = |e: toml::de::Error| ProfileError::Corrupt {
            path: path.to_owned(),
            detail: e.message().to_owned(),
            backup: None,
        };
        match schema {
            1 => Ok(toml::from_str::<ProfileV1>(&text).map_err(corrupt)?.into()),
            2 => toml::from_str::<Profile>(&text).map_err(corrupt),
            n => Err(ProfileError::TooNew {
                path: path.to_owned(),
                schema: u32::try_from(n).unwrap_or(u32::MAX),
            }),
        }
    }

    /// Copies an unreadable file to `<file>.bak` (once; an existing backup is kept).
    fn preserve(path: &Path) -> Option<PathBuf> {
        let mut bak = path.as_os_str().to_owned();
        bak.push(".bak");
        let bak = PathBuf::from(bak);
        if bak.exists() || fs::copy(path, &bak).is_ok() {
            Some(bak)
        } else {
            None
        }
    }

    /// Loads every profile. Never fails as a whole: a bad file is reported and preserved,
    /// the others are returned.
    pub fn load(&self) -> Loaded {
        let mut out = Loaded::default();
        let entries = match fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return out,
            Err(e) => {
                out.problems.push(io_err(&self.dir, e));
                return out;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|x| x != "toml") {
                continue;
            }
            match Self::read(&path) {
                Ok(p) => out.profiles.push(p),
                Err(ProfileError::Corrupt { path, detail, .. }) => {
                    let backup = Self::preserve(&path);
                    out.problems.push(ProfileError::Corrupt {
                        path,
                        detail,
                        backup,
                    });
                }
                Err(e) => out.problems.push(e),
            }
        }
        out.profiles.sort_by_key(|p| p.name.to_lowercase());
        out
    }

    /// The profile called `name`.
    pub fn get(&self, name: &str) -> Result<Profile, ProfileError> {
        let path = self.path_of(name);
        if !path.exists() {
            return Err(ProfileError::NotFound {
                name: name.to_owned(),
            });
        }
        Self::read(&path)
    }

    fn lock(&self) -> Result<File, ProfileError> {
        fs::create_dir_all(&self.dir).map_err(|e| io_err(&self.dir, e))?;
        let lock_path = self.dir.join(".lock");
        let f = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| io_err(&lock_path, e))?;
        f.lock().map_err(|e| io_err(&lock_path, e))?;
        Ok(f)
    }

    /// Saves (creates or replaces) `profile`, atomically.
    pub fn save(&self, profile: &Profile) -> Result<(), ProfileError> {
        let name = profile.name.trim();
        if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
            return Err(ProfileError::BadName {
                name: profile.name.clone(),
            });
        }
        let mut p = profile.clone();
        p.schema = SCHEMA;
        let text = toml::to_string(&p).map_err(|e| ProfileError::Io {
            path: self.dir.clone(),
            detail: e.to_string(),
        })?;
        let _lock = self.lock()?;
        let path = self.path_of(&p.name);
        let mut tmp = tempfile::Builder::new()
            .prefix(".tmp-")
            .tempfile_in(&self.dir)
            .map_err(|e| io_err(&self.dir, e))?;
        tmp.write_all(text.as_bytes())
            .map_err(|e| io_err(tmp.path(), e))?;
        tmp.as_file()
            .sync_all()
            .map_err(|e| io_err(tmp.path(), e))?;
        tmp.persist(&path).map_err(|e| io_err(&path, e.error))?;
        // The rename is durable only once the directory is synced.
        if let Ok(d) = File::open(&self.dir) {
            let _ = d.sync_all();
        }
        Ok(())
    }

    /// Deletes the profile `name` (its file; the caller removes the keyring entry).
    pub fn delete(&self, name: &str) -> Result<(), ProfileError> {
        let _lock = self.lock()?;
        let path = self.path_of(name);
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(ProfileError::NotFound {
                name: name.to_owned(),
            }),
            Err(e) => Err(io_err(&path, e)),
        }
    }
}

/// The export file: profiles without any secret (a helpdesk hands it to a user).
#[derive(Debug, Serialize, Deserialize)]
struct ExportFile {
    schema: u32,
    #[serde(rename = "profile")]
    profiles: Vec<Profile>,
}

/// Serialises profiles for export (no secrets: they are never part of a profile).
pub fn export(profiles: &[Profile]) -> String {
    let profiles = profiles.iter().cloned().map(|mut p| {
        p.last_check = None;
        p
    });
    toml::to_string(&ExportFile {
        schema: SCHEMA,
        profiles: profiles.collect(),
    })
    .unwrap_or_default()
}

/// Reads an export file.
pub fn parse_export(path: &Path, text: &str) -> Result<Vec<Profile>, ProfileError> {
    toml::from_str::<ExportFile>(text)
        .map(|f| f.profiles)
        .map_err(|e| ProfileError::Corrupt {
            path: path.to_owned(),
            detail: e.message().to_owned(),
            backup: None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_stable_and_distinct() {
        assert_eq!(file_name("Home GMX"), file_name("Home GMX"));
        assert_ne!(file_name("Büro"), file_name("buro"));
        assert!(file_name("../../etc/passwd").starts_with("etc-passwd-"));
    }

    // Where profiles live on each desktop system. Each test runs on its own platform (the
    // release workflow runs the fast tier on Windows and macOS); all three compile here.
    #[cfg(target_os = "linux")]
    #[test]
    fn linux_profiles_live_in_the_xdg_config_folder() {
        let Some(store) = ProfileStore::default_location() else {
            return; // no home folder (a bare container): nothing to check
        };
        assert!(store.dir().is_absolute());
        assert!(
            store.dir().ends_with("smtp-doctor/profiles"),
            "{:?}",
            store.dir()
        );
    }

    #[cfg(target_os = "macos")]
    #[test]
    fn macos_profiles_live_in_application_support() {
        let store = ProfileStore::default_location().expect("a home folder");
        assert!(
            store
                .dir()
                .ends_with("Library/Application Support/smtp-doctor/profiles"),
            "{:?}",
            store.dir()
        );
    }

    #[cfg(windows)]
    #[test]
    fn windows_profiles_live_in_roaming_app_data() {
        let store = ProfileStore::default_location().expect("a user profile");
        assert!(
            store.dir().ends_with(r"smtp-doctor\config\profiles"),
            "{:?}",
            store.dir()
        );
    }
}
