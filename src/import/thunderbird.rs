//! Thunderbird: profiles (`profiles.ini`) and their accounts (`prefs.js`).
//!
//! Thunderbird keeps every account setting as a preference in `<profile>/prefs.js`, one
//! `user_pref("name", value);` per line, rewritten by Thunderbird on exit. An identity (the
//! sender) points at an outgoing server; an account joins identities and an incoming server:
//!
//! ```text
//! mail.accountmanager.accounts = "account1,account2"
//! mail.account.account1.identities = "id1"      mail.account.account1.server = "server1"
//! mail.identity.id1.useremail / fullName / reply_to / smtpServer = "smtp1"
//! mail.smtpserver.smtp1.hostname / port / try_ssl / authMethod / username
//! mail.server.server1.type / hostname / port / userName / socketType
//! mail.smtp.defaultserver = "smtp1"             mail.smtpservers = "smtp1,smtp2"
//! ```
//!
//! Numbers, from comm-central `mailnews/base/public/MailNewsTypes2.idl` (read at
//! mozilla/releases-comm-central 02194537f16f216ebda207a397af99e919e3b0bb):
//! `nsMsgSocketType` (pref `try_ssl` of SMTP servers, `socketType` of incoming servers)
//! 0 = plain, 2 = alwaysSTARTTLS, 3 = SSL; 1 (trySTARTTLS) is gone from the IDL and Thunderbird's
//! migration 44 (`MailMigrator`) turns it into 2, so 1 reads as STARTTLS.
//! `nsMsgAuthMethod` (pref `authMethod`): 1 none, 2 old (plain USER/PASS, not for SMTP),
//! 3 passwordCleartext, 4 passwordEncrypted (CRAM-MD5/DIGEST-MD5), 5 GSSAPI (Kerberos),
//! 6 NTLM, 7 External (TLS certificate), 8 secure (deprecated), 9 anything, 10 OAuth2;
//! 0 is "intentionally undefined". An absent `authMethod` is the default
//! `mail.smtpserver.default.authMethod` = 3 and an absent `try_ssl` is 0 (comm-central
//! `mailnews/mailnews.js`). An absent or 0 port is 465 with SSL, else 587
//! (`SmtpClient.sys.mjs`: `this._server.port || (this.options.requireTLS ? 465 : 587)`).
//!
//! Passwords are never read: they live in `logins.json` / `key4.db`, which this module never
//! opens.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{
    AuthKind, ImportError, ImportedAccount, Incoming, IncomingKind, MailProgram,
    default_incoming_port, non_empty, read_capped,
};
use crate::smtp::Security;

/// The operating systems Thunderbird keeps its profiles differently on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Platform {
    /// Linux and the other Unix desktops.
    Linux,
    /// Windows.
    Windows,
    /// macOS.
    MacOs,
}

impl Platform {
    /// The platform this program runs on.
    pub fn current() -> Platform {
        if cfg!(windows) {
            Platform::Windows
        } else if cfg!(target_os = "macos") {
            Platform::MacOs
        } else {
            Platform::Linux
        }
    }
}

/// The folders that may hold Thunderbird's `profiles.ini`, most likely first. `home` is the
/// user's home folder; `app_data` is `%APPDATA%` (Windows' roaming application data).
pub fn profile_roots(platform: Platform, home: &Path, app_data: Option<&Path>) -> Vec<PathBuf> {
    match platform {
        Platform::Linux => vec![
            home.join(".thunderbird"),
            // Debian's old "Icedove" era and some distributions.
            home.join(".mozilla-thunderbird"),
            // Snap and Flatpak keep their own copy of the home folder.
            home.join("snap/thunderbird/common/.thunderbird"),
            home.join(".var/app/org.mozilla.Thunderbird/.thunderbird"),
        ],
        Platform::Windows => {
            let roaming = app_data.map_or_else(|| home.join("AppData\\Roaming"), Path::to_owned);
            vec![roaming.join("Thunderbird")]
        }
        Platform::MacOs => vec![home.join("Library/Thunderbird")],
    }
}

/// The profile roots of the current user on this system.
pub fn default_profile_roots() -> Vec<PathBuf> {
    let Some(dirs) = directories::BaseDirs::new() else {
        return vec![];
    };
    let app_data = cfg!(windows).then(|| dirs.config_dir().to_owned());
    profile_roots(Platform::current(), dirs.home_dir(), app_data.as_deref())
}

/// One Thunderbird profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    /// Its name (`Name=`).
    pub name: String,
    /// Its folder.
    pub path: PathBuf,
    /// Thunderbird starts it by default.
    pub is_default: bool,
}

/// The profiles listed in `<root>/profiles.ini`.
pub fn profiles_in(root: &Path) -> Result<Vec<Profile>, ImportError> {
    let bytes = read_capped(&root.join("profiles.ini"))?;
    let text = String::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    Ok(parse_profiles_ini(&text, root))
}

/// All profiles under the usual folders of this system (folders without `profiles.ini` are
/// skipped); `NotFound` when there is none.
pub fn find_profiles() -> Result<Vec<Profile>, ImportError> {
    let roots = default_profile_roots();
    let mut all = vec![];
    for root in &roots {
        match profiles_in(root) {
            Ok(p) => all.extend(p),
            Err(ImportError::NotFound { .. }) => {}
            Err(e) => return Err(e),
        }
    }
    if all.is_empty() {
        return Err(ImportError::NotFound {
            path: roots.into_iter().next().unwrap_or_default(),
        });
    }
    Ok(all)
}

/// Parses `profiles.ini`. Sections `[ProfileN]` give `Name`, `Path`, `IsRelative`, `Default`;
/// an `[Install…]` section's `Default=` (Thunderbird 68+, one per installation) names the
/// profile that installation starts and wins over `Default=1`.
pub fn parse_profiles_ini(text: &str, root: &Path) -> Vec<Profile> {
    struct Section {
        name: String,
        keys: HashMap<String, String>,
    }
    let mut sections: Vec<Section> = vec![];
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with(';') || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            sections.push(Section {
                name: name.to_owned(),
                keys: HashMap::new(),
            });
        } else if let (Some((k, v)), Some(s)) = (line.split_once('='), sections.last_mut()) {
            s.keys
                .insert(k.trim().to_ascii_lowercase(), v.trim().to_owned());
        }
    }
    let install_default: Option<&str> = sections
        .iter()
        .filter(|s| s.name.starts_with("Install"))
        .find_map(|s| s.keys.get("default").map(String::as_str));
    let mut out: Vec<Profile> = sections
        .iter()
        .filter(|s| s.name.starts_with("Profile"))
        .filter_map(|s| {
            let rel = s.keys.get("path")?;
            let relative = s.keys.get("isrelative").is_none_or(|v| v != "0");
            let path = if relative {
                rel.split(['/', '\\'])
                    .filter(|p| !p.is_empty())
                    .fold(root.to_owned(), |acc, part| acc.join(part))
            } else {
                PathBuf::from(rel)
            };
            let is_default = match install_default {
                Some(d) => d == rel,
                None => s.keys.get("default").is_some_and(|v| v == "1"),
            };
            Some(Profile {
                name: s.keys.get("name").cloned().unwrap_or_else(|| rel.clone()),
                path,
                is_default,
            })
        })
        .collect();
    out.sort_by_key(|p| !p.is_default);
    out
}

/// A preference value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrefValue {
    /// A string.
    Str(String),
    /// An integer.
    Int(i64),
    /// A boolean.
    Bool(bool),
}

/// The preferences of a `prefs.js`, name → value (a later line wins, as in Thunderbird).
pub type Prefs = HashMap<String, PrefValue>;

/// Parses the text of a `prefs.js` (or `user.js`).
///
/// A hand-written parser rather than a JavaScript engine or a regex over the whole file:
/// the file is not JavaScript but Mozilla's preference syntax (`user_pref`/`pref`/
/// `sticky_pref`, a string, a comma, a string, integer or boolean, `);`, plus `//`, `#` and
/// `/* */` comments), which a 150-line scanner covers exactly. It is bounded and total: one
/// pass over the characters, no recursion, no backtracking, each statement either parsed or
/// skipped to the next line, so any input - a broken line, a binary file - ends in linear
/// time with the statements that were well-formed.
pub fn parse_prefs(text: &str) -> Prefs {
    let mut prefs = Prefs::new();
    let mut s = Scanner {
        chars: text.chars().collect(),
        pos: 0,
    };
    loop {
        s.skip_space_and_comments();
        if s.at_end() {
            break;
        }
        let start = s.pos;
        match s.statement() {
            Some((k, v)) => {
                prefs.insert(k, v);
            }
            None => {
                // A broken statement: drop its first line and go on with the next one
                // (skip_line consumes at least one character, so the loop advances).
                s.pos = start;
                s.skip_line();
            }
        }
    }
    prefs
}

struct Scanner {
    chars: Vec<char>,
    pos: usize,
}

impl Scanner {
    fn at_end(&self) -> bool {
        self.pos >= self.chars.len()
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn skip_line(&mut self) {
        while let Some(c) = self.peek() {
            self.pos += 1;
            if c == '\n' {
                break;
            }
        }
    }

    fn skip_space_and_comments(&mut self) {
        loop {
            match (self.peek(), self.chars.get(self.pos + 1).copied()) {
                (Some(c), _) if c.is_whitespace() => self.pos += 1,
                (Some('#'), _) | (Some('/'), Some('/')) => self.skip_line(),
                (Some('/'), Some('*')) => {
                    self.pos += 2;
                    while !self.at_end() {
                        if self.peek() == Some('*') && self.chars.get(self.pos + 1) == Some(&'/') {
                            self.pos += 2;
                            break;
                        }
                        self.pos += 1;
                    }
                }
                _ => break,
            }
        }
    }

    fn eat(&mut self, c: char) -> Option<()> {
        self.skip_space_and_comments();
        (self.peek() == Some(c)).then(|| self.pos += 1)
    }

    fn ident(&mut self) -> String {
        let mut out = String::new();
        while let Some(c) = self
            .peek()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        {
            out.push(c);
            self.pos += 1;
        }
        out
    }

    fn statement(&mut self) -> Option<(String, PrefValue)> {
        let kw = self.ident();
        if !matches!(kw.as_str(), "user_pref" | "pref" | "sticky_pref") {
            return None;
        }
        self.eat('(')?;
        self.skip_space_and_comments();
        let name = self.string()?;
        self.eat(',')?;
        self.skip_space_and_comments();
        let value = match self.peek()? {
            '"' | '\'' => PrefValue::Str(self.string()?),
            't' | 'f' => match self.ident().as_str() {
                "true" => PrefValue::Bool(true),
                "false" => PrefValue::Bool(false),
                _ => return None,
            },
            _ => PrefValue::Int(self.int()?),
        };
        // `pref("x", 1, locked)` style attributes are not written to prefs.js; ignore them.
        self.eat(')')?;
        self.eat(';')?;
        Some((name, value))
    }

    fn int(&mut self) -> Option<i64> {
        let mut neg = false;
        if let Some(sign @ ('-' | '+')) = self.peek() {
            neg = sign == '-';
            self.pos += 1;
        }
        let mut n: i64 = 0;
        let mut digits = 0;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            n = n.checked_mul(10)?.checked_add(i64::from(d))?;
            self.pos += 1;
            digits += 1;
        }
        (digits > 0).then_some(if neg { -n } else { n })
    }

    /// A quoted string with Mozilla's escapes: `\"`, `\'`, `\\`, `\n`, `\r`, `\t`, `\xHH`,
    /// `\uHHHH` (surrogate pairs joined). A string does not span lines.
    fn string(&mut self) -> Option<String> {
        let quote = self.peek().filter(|c| *c == '"' || *c == '\'')?;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let c = self.peek()?;
            self.pos += 1;
            match c {
                '\n' => return None,
                c if c == quote => return Some(out),
                '\\' => {
                    let e = self.peek()?;
                    self.pos += 1;
                    match e {
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        'x' => out.push(char::from_u32(self.hex(2)?)?),
                        'u' => {
                            let hi = self.hex(4)?;
                            if (0xD800..0xDC00).contains(&hi) {
                                if self.peek() == Some('\\')
                                    && self.chars.get(self.pos + 1) == Some(&'u')
                                {
                                    self.pos += 2;
                                    let lo = self.hex(4)?;
                                    let c = 0x10000
                                        + ((hi - 0xD800) << 10)
                                        + (lo.checked_sub(0xDC00)?);
                                    out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                                } else {
                                    out.push('\u{FFFD}');
                                }
                            } else {
                                out.push(char::from_u32(hi).unwrap_or('\u{FFFD}'));
                            }
                        }
                        '\n' => return None,
                        other => out.push(other),
                    }
                }
                c => out.push(c),
            }
        }
    }

    fn hex(&mut self, n: usize) -> Option<u32> {
        let mut v = 0u32;
        for _ in 0..n {
            let d = self.peek()?.to_digit(16)?;
            v = v * 16 + d;
            self.pos += 1;
        }
        Some(v)
    }
}

fn get_str<'a>(p: &'a Prefs, key: &str) -> Option<&'a str> {
    match p.get(key)? {
        PrefValue::Str(s) => Some(s.as_str()),
        _ => None,
    }
}

fn get_int(p: &Prefs, key: &str) -> Option<i64> {
    match p.get(key)? {
        PrefValue::Int(i) => Some(*i),
        // Some tools write numbers as strings.
        PrefValue::Str(s) => s.trim().parse().ok(),
        PrefValue::Bool(_) => None,
    }
}

fn list(p: &Prefs, key: &str) -> Vec<String> {
    get_str(p, key)
        .unwrap_or_default()
        .split(',')
        .filter_map(non_empty)
        .collect()
}

/// `nsMsgSocketType` → [`Security`]; `None` for a value Thunderbird does not define.
pub fn socket_type(v: i64) -> Option<Security> {
    match v {
        0 => Some(Security::None),
        1 | 2 => Some(Security::StartTls),
        3 => Some(Security::ImplicitTls),
        _ => None,
    }
}

/// `nsMsgAuthMethod` → [`AuthKind`].
pub fn auth_method(v: i64) -> AuthKind {
    match v {
        1 => AuthKind::None,
        2 | 3 => AuthKind::Password,
        4 => AuthKind::EncryptedPassword,
        5 => AuthKind::Other("kerberos".into()),
        6 => AuthKind::Other("ntlm".into()),
        7 => AuthKind::Other("tls_certificate".into()),
        8 => AuthKind::EncryptedPassword,
        9 => AuthKind::Other("any".into()),
        10 => AuthKind::OAuth2,
        n => AuthKind::Other(format!("unknown-{n}")),
    }
}

/// Every sending identity of a profile's preferences, in the account manager's order.
pub fn accounts_from_prefs(p: &Prefs) -> Vec<ImportedAccount> {
    let servers = {
        let listed = list(p, "mail.smtpservers");
        if listed.is_empty() {
            // Very old profiles: derive the keys from the prefs themselves.
            let mut keys: Vec<String> = p
                .keys()
                .filter_map(|k| k.strip_prefix("mail.smtpserver."))
                .filter_map(|k| k.strip_suffix(".hostname"))
                .map(str::to_owned)
                .collect();
            keys.sort();
            keys
        } else {
            listed
        }
    };
    let default_server = get_str(p, "mail.smtp.defaultserver")
        .and_then(non_empty)
        .or_else(|| servers.first().cloned());
    let mut accounts: Vec<String> = list(p, "mail.accountmanager.accounts");
    if accounts.is_empty() {
        let mut keys: Vec<String> = p
            .keys()
            .filter_map(|k| k.strip_prefix("mail.account."))
            .filter_map(|k| k.strip_suffix(".identities"))
            .map(str::to_owned)
            .collect();
        keys.sort();
        accounts = keys;
    }
    let mut out = vec![];
    for account in &accounts {
        let incoming = get_str(p, &format!("mail.account.{account}.server"))
            .and_then(|s| incoming_server(p, s));
        let account_name = get_str(p, &format!("mail.account.{account}.server"))
            .and_then(|s| get_str(p, &format!("mail.server.{s}.name")))
            .and_then(non_empty);
        for id in list(p, &format!("mail.account.{account}.identities")) {
            let ident =
                |k: &str| get_str(p, &format!("mail.identity.{id}.{k}")).and_then(non_empty);
            let Some(email) = ident("useremail") else {
                continue;
            };
            let Some(key) = ident("smtpServer").or_else(|| default_server.clone()) else {
                continue;
            };
            let srv = |k: &str| format!("mail.smtpserver.{key}.{k}");
            if get_str(p, &srv("type")).is_some_and(|t| t != "smtp") {
                continue; // EWS and other non-SMTP outgoing servers
            }
            let Some(host) = get_str(p, &srv("hostname")).and_then(non_empty) else {
                continue;
            };
            let security = get_int(p, &srv("try_ssl"))
                .map_or(Some(Security::None), socket_type)
                .unwrap_or(Security::None);
            let port = get_int(p, &srv("port"))
                .and_then(|n| u16::try_from(n).ok())
                .filter(|n| *n != 0)
                .unwrap_or(if security == Security::ImplicitTls {
                    465
                } else {
                    587
                });
            let auth = get_int(p, &srv("authMethod")).map_or(AuthKind::Password, auth_method);
            let username = get_str(p, &srv("username")).and_then(non_empty);
            out.push(ImportedAccount {
                source: MailProgram::Thunderbird,
                label: account_name.clone().unwrap_or_else(|| email.clone()),
                display_name: ident("fullName"),
                reply_to: ident("reply_to"),
                email,
                smtp_host: host,
                smtp_port: port,
                security,
                auth,
                username,
                pop_before_smtp: false,
                incoming: incoming.clone(),
            });
        }
    }
    out
}

fn incoming_server(p: &Prefs, key: &str) -> Option<Incoming> {
    let get = |k: &str| get_str(p, &format!("mail.server.{key}.{k}"));
    let kind = match get("type")? {
        "pop3" => IncomingKind::Pop3,
        "imap" => IncomingKind::Imap,
        _ => return None,
    };
    let host = get("hostname").and_then(non_empty)?;
    let tls = get_int(p, &format!("mail.server.{key}.socketType")) == Some(3);
    let port = get_int(p, &format!("mail.server.{key}.port"))
        .and_then(|n| u16::try_from(n).ok())
        .filter(|n| *n != 0)
        .unwrap_or_else(|| default_incoming_port(kind, tls));
    Some(Incoming {
        kind,
        host,
        port,
        username: get("userName").and_then(non_empty),
    })
}

/// The accounts in the text of a `prefs.js` (bytes as read from disk).
pub fn accounts_from_bytes(bytes: &[u8]) -> Result<Vec<ImportedAccount>, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    if text.contains('\0') {
        return Err(ImportError::NotText);
    }
    let prefs = parse_prefs(text);
    if prefs.is_empty() {
        return Err(ImportError::NotPrefsFile);
    }
    let accounts = accounts_from_prefs(&prefs);
    if accounts.is_empty() {
        return Err(ImportError::NoAccounts);
    }
    Ok(accounts)
}

/// The accounts of one profile folder (reads `<profile>/prefs.js`).
pub fn accounts_in_profile(profile: &Path) -> Result<Vec<ImportedAccount>, ImportError> {
    accounts_from_bytes(&read_capped(&profile.join("prefs.js"))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linux_looks_in_the_home_folder_snap_and_flatpak() {
        let roots = profile_roots(Platform::Linux, Path::new("/home/max"), None);
        assert_eq!(roots[0], Path::new("/home/max/.thunderbird"));
        assert!(roots.contains(&PathBuf::from("/home/max/.mozilla-thunderbird")));
        assert!(roots.contains(&PathBuf::from(
            "/home/max/snap/thunderbird/common/.thunderbird"
        )));
        assert!(roots.contains(&PathBuf::from(
            "/home/max/.var/app/org.mozilla.Thunderbird/.thunderbird"
        )));
    }

    #[test]
    fn windows_uses_appdata_and_macos_library() {
        let appdata = Path::new(r"C:\Users\Max\AppData\Roaming");
        assert_eq!(
            profile_roots(Platform::Windows, Path::new(r"C:\Users\Max"), Some(appdata)),
            [appdata.join("Thunderbird")]
        );
        assert_eq!(
            profile_roots(Platform::MacOs, Path::new("/Users/max"), None),
            [PathBuf::from("/Users/max/Library/Thunderbird")]
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn this_system_is_linux() {
        assert_eq!(Platform::current(), Platform::Linux);
    }

    #[cfg(windows)]
    #[test]
    fn this_system_is_windows() {
        assert_eq!(Platform::current(), Platform::Windows);
    }

    #[cfg(target_os = "macos")]
    #[test]
    fn this_system_is_macos() {
        assert_eq!(Platform::current(), Platform::MacOs);
    }

    #[test]
    fn install_default_wins_and_relative_paths_join_the_root() {
        let ini = "[Profile1]\nName=old\nIsRelative=1\nPath=Profiles/a.old\nDefault=1\n\n\
                   [Profile0]\nName=default-release\nIsRelative=1\nPath=Profiles/b.default-release\n\n\
                   [Install6F193CCC56814779]\nDefault=Profiles/b.default-release\nLocked=1\n\n\
                   [General]\nStartWithLastProfile=1\nVersion=2\n";
        let p = parse_profiles_ini(ini, Path::new("/r"));
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].name, "default-release");
        assert!(p[0].is_default && !p[1].is_default);
        assert_eq!(p[0].path, Path::new("/r/Profiles/b.default-release"));
    }

    #[test]
    fn prefs_strings_escapes_ints_bools_and_comments() {
        let p = parse_prefs(
            "// Mozilla User Preferences\n/* block\n comment */\n# hash\n\
             user_pref(\"a\", \"say \\\"hi\\\" \\\\ \\u00e9\\x41\");\n\
             user_pref(\"b\", -25);\nuser_pref('c', true);\n pref(\"d\",false) ;\n\
             user_pref(\"e\", \"\\ud83d\\ude00\");\n\
             user_pref(\"broken\", \"no end);\nuser_pref(\"f\", 7);\n\
             user_pref(\"big\", 99999999999999999999999);\n",
        );
        assert_eq!(p["a"], PrefValue::Str("say \"hi\" \\ éA".into()));
        assert_eq!(p["b"], PrefValue::Int(-25));
        assert_eq!(p["c"], PrefValue::Bool(true));
        assert_eq!(p["d"], PrefValue::Bool(false));
        assert_eq!(p["e"], PrefValue::Str("😀".into()));
        assert_eq!(
            p["f"],
            PrefValue::Int(7),
            "a broken line does not swallow the next"
        );
        assert!(!p.contains_key("broken") && !p.contains_key("big"));
    }

    #[test]
    fn socket_and_auth_numbers() {
        assert_eq!(socket_type(0), Some(Security::None));
        assert_eq!(socket_type(1), Some(Security::StartTls));
        assert_eq!(socket_type(2), Some(Security::StartTls));
        assert_eq!(socket_type(3), Some(Security::ImplicitTls));
        assert_eq!(socket_type(7), None);
        assert_eq!(auth_method(1), AuthKind::None);
        assert_eq!(auth_method(3), AuthKind::Password);
        assert_eq!(auth_method(4), AuthKind::EncryptedPassword);
        assert_eq!(auth_method(5), AuthKind::Other("kerberos".into()));
        assert_eq!(auth_method(6), AuthKind::Other("ntlm".into()));
        assert_eq!(auth_method(10), AuthKind::OAuth2);
        assert_eq!(auth_method(0), AuthKind::Other("unknown-0".into()));
    }

    #[test]
    fn defaults_when_port_auth_and_server_are_absent() {
        let p = parse_prefs(
            "user_pref(\"mail.account.account1.identities\", \"id1\");\n\
             user_pref(\"mail.identity.id1.useremail\", \"a@b.test\");\n\
             user_pref(\"mail.smtpserver.smtp1.hostname\", \"smtp.b.test\");\n\
             user_pref(\"mail.smtpserver.smtp2.hostname\", \"ssl.b.test\");\n\
             user_pref(\"mail.smtpserver.smtp2.try_ssl\", 3);\n\
             user_pref(\"mail.smtp.defaultserver\", \"smtp1\");\n",
        );
        let a = accounts_from_prefs(&p);
        assert_eq!(a.len(), 1);
        assert_eq!(
            (a[0].smtp_host.as_str(), a[0].smtp_port),
            ("smtp.b.test", 587)
        );
        assert_eq!(a[0].security, Security::None);
        assert_eq!(a[0].auth, AuthKind::Password);
        assert_eq!(a[0].label, "a@b.test");
    }
}
