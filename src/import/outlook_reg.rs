//! Classic Outlook (Windows): POP3 and IMAP accounts from a registry export.
//!
//! Outlook 2016 and later (and Microsoft 365's classic Outlook, all "16.0") keep every
//! internet-mail account of a profile under
//!
//! ```text
//! HKEY_CURRENT_USER\Software\Microsoft\Office\16.0\Outlook\Profiles\<profile>\
//!     9375CFF0413111d3B88A00104B2A6676\<00000001, 00000002, …>
//! ```
//!
//! (15.0 for Outlook 2013; older versions under `Windows Messaging Subsystem\Profiles`). The
//! user exports that key with the Registry Editor ("Export", a `.reg` file) and hands it to
//! smtp-doctor; any key path whose last two parts are that GUID and an 8-digit account number
//! is read, so exports of the whole `Profiles` key or of one account work alike.
//!
//! Value names (confirmed by several independent tools that read these keys, not by a
//! Microsoft page): `Account Name`, `Display Name`, `Email`, `Reply E-mail`, `SMTP Server`,
//! `SMTP Port`, `SMTP Secure Connection`, `SMTP Use SSL` (older), `SMTP Use Auth`,
//! `SMTP Auth Method`, `SMTP User`, `SMTP Use SPA`, `POP3 Server`, `POP3 Port`,
//! `POP3 Use SSL`, `POP3 User`, `IMAP Server`, `IMAP Port`, `IMAP Use SSL`, `IMAP User`.
//! Strings are mostly REG_BINARY holding UTF-16LE with a final NUL (`hex:53,00,6d,00,…`),
//! sometimes REG_SZ; numbers are REG_DWORD (`dword:0000024b`). The numbers follow Outlook's
//! Account Management API (MicrosoftDocs/office-developer-client-docs,
//! `docs/outlook/auxiliary/constants-account-management-api.md`): PROP_SMTP_SECURE_CONNECTION
//! 0 none, 1 SSL, 2 TLS, 3 auto; PROP_SMTP_AUTH_METHOD 0 same as the incoming server,
//! 1 own user name and password, 2 log on to the incoming server before sending. Outlook's
//! "SSL" is TLS from the first byte, its "TLS" is STARTTLS; "Auto" uses STARTTLS when offered
//! and reads here as STARTTLS. Without `SMTP Port` Outlook uses 25.
//!
//! Password values (`SMTP Password`, `POP3 Password`, `IMAP Password`: DPAPI blobs) are
//! skipped while parsing and never stored.
//!
//! On Windows the same key could be read directly; this module reads exports only, on every
//! system, so the one code path is the tested one - the user exports the key once.

use std::collections::HashMap;
use std::path::Path;

use super::{
    AuthKind, ImportError, ImportedAccount, Incoming, IncomingKind, MailProgram,
    default_incoming_port, non_empty, read_capped,
};
use crate::smtp::Security;

/// The key of Outlook's internet-mail accounts inside a profile.
pub const ACCOUNTS_GUID: &str = "9375CFF0413111d3B88A00104B2A6676";

/// A registry value as the export writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegValue {
    /// `"text"` (REG_SZ) or `hex(1):` / `hex(2):` decoded.
    Str(String),
    /// `dword:xxxxxxxx`.
    Dword(u32),
    /// `hex:` (REG_BINARY) and other `hex(N):` types.
    Binary(Vec<u8>),
}

impl RegValue {
    /// The value as text: REG_SZ as is, binary as UTF-16LE up to the first NUL.
    pub fn as_text(&self) -> Option<String> {
        match self {
            RegValue::Str(s) => Some(s.clone()),
            RegValue::Binary(b) => utf16le_to_string(b),
            RegValue::Dword(_) => None,
        }
    }

    /// The value as a number.
    pub fn as_u32(&self) -> Option<u32> {
        match self {
            RegValue::Dword(d) => Some(*d),
            RegValue::Str(s) => s.trim().parse().ok(),
            RegValue::Binary(b) if b.len() == 4 => {
                Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            }
            RegValue::Binary(_) => None,
        }
    }
}

fn utf16le_to_string(b: &[u8]) -> Option<String> {
    let units: Vec<u16> = b
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .take_while(|u| *u != 0)
        .collect();
    String::from_utf16(&units).ok()
}

/// One key of the export with its values (names as written; look-ups ignore case).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegKey {
    /// The full key path.
    pub path: String,
    /// Value name → value.
    pub values: Vec<(String, RegValue)>,
}

impl RegKey {
    fn get(&self, name: &str) -> Option<&RegValue> {
        self.values
            .iter()
            .rev()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }

    fn text(&self, name: &str) -> Option<String> {
        self.get(name)?.as_text().as_deref().and_then(non_empty)
    }

    fn number(&self, name: &str) -> Option<u32> {
        self.get(name)?.as_u32()
    }
}

/// Decodes the bytes of a `.reg` file: UTF-16LE with BOM (what regedit writes for
/// "Windows Registry Editor Version 5.00"), UTF-8 with or without BOM, or Windows-1252
/// ("REGEDIT4" files are ANSI).
pub fn decode(bytes: &[u8]) -> Result<String, ImportError> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        if rest.len() % 2 != 0 {
            return Err(ImportError::NotText);
        }
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        return String::from_utf16(&units).map_err(|_| ImportError::NotText);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(ImportError::NotText);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(_) => Ok(encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned()),
    }
}

/// Parses the text of a registry export into its keys, in file order.
///
/// Line-based and total: the header must be the first non-empty line; a line ending in `\`
/// continues on the next (regedit wraps long `hex:` lists so); a value line that cannot be
/// read is skipped. Deleting entries (`[-KEY]`, `"name"=-`) are ignored. Values named like a
/// password are dropped here, so they never reach the caller.
pub fn parse_reg(text: &str) -> Result<Vec<RegKey>, ImportError> {
    let mut lines = text.lines().map(|l| l.trim_end_matches('\r'));
    let header = lines
        .by_ref()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .ok_or(ImportError::NotRegistryExport)?;
    if header != "Windows Registry Editor Version 5.00" && header != "REGEDIT4" {
        return Err(ImportError::NotRegistryExport);
    }
    let mut keys: Vec<RegKey> = vec![];
    let mut logical = String::new();
    fn finish(line: &str, keys: &mut Vec<RegKey>) {
        let line = line.trim();
        if line.is_empty() || line.starts_with(';') {
            return;
        }
        if let Some(path) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            if !path.starts_with('-') {
                keys.push(RegKey {
                    path: path.to_owned(),
                    values: vec![],
                });
            }
            return;
        }
        if let (Some(key), Some((name, value))) = (keys.last_mut(), value_line(line))
            && !name.to_ascii_lowercase().contains("password")
        {
            key.values.push((name, value));
        }
    }
    for line in lines {
        let trimmed = line.trim_end();
        if let Some(part) = trimmed.strip_suffix('\\') {
            // A continued line; leading spaces of the continuation are indentation.
            logical.push_str(if logical.is_empty() {
                part
            } else {
                part.trim_start()
            });
            continue;
        }
        if logical.is_empty() {
            finish(trimmed, &mut keys);
        } else {
            logical.push_str(trimmed.trim_start());
            let whole = std::mem::take(&mut logical);
            finish(&whole, &mut keys);
        }
    }
    if !logical.is_empty() {
        finish(&logical, &mut keys);
    }
    Ok(keys)
}

/// `"Name"=value` or `@=value`.
fn value_line(line: &str) -> Option<(String, RegValue)> {
    let (name, rest) = if let Some(rest) = line.strip_prefix('@') {
        (String::new(), rest)
    } else {
        let (name, used) = quoted(line)?;
        (name, &line[used..])
    };
    let rest = rest.trim_start().strip_prefix('=')?.trim_start();
    let value = if rest.starts_with('"') {
        let (s, used) = quoted(rest)?;
        if !rest[used..].trim().is_empty() {
            return None;
        }
        RegValue::Str(s)
    } else if let Some(h) = rest.strip_prefix("dword:") {
        RegValue::Dword(u32::from_str_radix(h.trim(), 16).ok()?)
    } else if let Some(h) = rest.strip_prefix("hex:") {
        RegValue::Binary(hex_bytes(h)?)
    } else if let Some(r) = rest.strip_prefix("hex(") {
        let (kind, h) = r.split_once("):")?;
        let bytes = hex_bytes(h)?;
        match kind.trim() {
            // REG_SZ and REG_EXPAND_SZ written as hex: UTF-16LE.
            "1" | "2" => RegValue::Str(utf16le_to_string(&bytes)?),
            "4" if bytes.len() == 4 => {
                RegValue::Dword(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
            }
            _ => RegValue::Binary(bytes),
        }
    } else {
        return None; // `-` (delete) or something unknown
    };
    Some((name, value))
}

/// A `"…"` string with regedit's escapes (`\\`, `\"`); returns it and the bytes used.
fn quoted(s: &str) -> Option<(String, usize)> {
    let mut chars = s.char_indices();
    if chars.next()?.1 != '"' {
        return None;
    }
    let mut out = String::new();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, i + 1)),
            '\\' => {
                let (_, e) = chars.next()?;
                match e {
                    'n' => out.push('\n'),
                    'r' => out.push('\r'),
                    't' => out.push('\t'),
                    other => out.push(other),
                }
            }
            c => out.push(c),
        }
    }
    None
}

fn hex_bytes(h: &str) -> Option<Vec<u8>> {
    h.split(',')
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .map(|b| u8::from_str_radix(b, 16).ok())
        .collect()
}

/// Whether a key path is one account under the accounts GUID.
fn is_account_key(path: &str) -> bool {
    let mut parts = path.rsplit('\\');
    let (Some(last), Some(parent)) = (parts.next(), parts.next()) else {
        return false;
    };
    parent.eq_ignore_ascii_case(ACCOUNTS_GUID)
        && last.len() == 8
        && last.chars().all(|c| c.is_ascii_hexdigit())
}

/// The account of one key, when it has an outgoing server (Exchange and address-book
/// entries have none).
pub fn account_from_key(key: &RegKey) -> Option<ImportedAccount> {
    let smtp_host = key.text("SMTP Server")?;
    let email = key
        .text("Email")
        .or_else(|| key.text("SMTP Email Address"))?;
    let security = match key.number("SMTP Secure Connection") {
        Some(1) => Security::ImplicitTls,
        Some(2 | 3) => Security::StartTls,
        Some(_) => Security::None,
        None if key.number("SMTP Use SSL") == Some(1) => Security::ImplicitTls,
        None => Security::None,
    };
    let smtp_port = key
        .number("SMTP Port")
        .and_then(|p| u16::try_from(p).ok())
        .filter(|p| *p != 0)
        .unwrap_or(25);
    let incoming = incoming(key);
    let uses_auth = key.number("SMTP Use Auth").is_some_and(|v| v != 0);
    let method = key.number("SMTP Auth Method").unwrap_or(0);
    let pop_before_smtp = uses_auth && method == 2;
    let auth = if !uses_auth || pop_before_smtp {
        AuthKind::None
    } else if key.number("SMTP Use SPA").is_some_and(|v| v != 0) {
        AuthKind::Other("spa".into())
    } else {
        AuthKind::Password
    };
    let username = match (uses_auth, method) {
        (true, 1) => key.text("SMTP User"),
        (true, 0) => incoming.as_ref().and_then(|i| i.username.clone()),
        _ => None,
    };
    Some(ImportedAccount {
        source: MailProgram::Outlook,
        label: key.text("Account Name").unwrap_or_else(|| email.clone()),
        display_name: key.text("Display Name"),
        reply_to: key.text("Reply E-mail"),
        email,
        smtp_host,
        smtp_port,
        security,
        auth,
        username,
        pop_before_smtp,
        incoming,
    })
}

fn incoming(key: &RegKey) -> Option<Incoming> {
    let (kind, prefix) = if key.text("POP3 Server").is_some() {
        (IncomingKind::Pop3, "POP3")
    } else if key.text("IMAP Server").is_some() {
        (IncomingKind::Imap, "IMAP")
    } else {
        return None;
    };
    let host = key.text(&format!("{prefix} Server"))?;
    let tls = key
        .number(&format!("{prefix} Use SSL"))
        .is_some_and(|v| v != 0);
    let port = key
        .number(&format!("{prefix} Port"))
        .and_then(|p| u16::try_from(p).ok())
        .filter(|p| *p != 0)
        .unwrap_or_else(|| default_incoming_port(kind, tls));
    Some(Incoming {
        kind,
        host,
        port,
        username: key.text(&format!("{prefix} User")),
    })
}

/// The accounts in the bytes of a `.reg` export.
pub fn accounts_from_bytes(bytes: &[u8]) -> Result<Vec<ImportedAccount>, ImportError> {
    let keys = parse_reg(&decode(bytes)?)?;
    // An account key may appear twice in one export (two profiles); keep each once per path.
    let mut seen: HashMap<String, ()> = HashMap::new();
    let accounts: Vec<ImportedAccount> = keys
        .iter()
        .filter(|k| is_account_key(&k.path))
        .filter(|k| seen.insert(k.path.to_ascii_lowercase(), ()).is_none())
        .filter_map(account_from_key)
        .collect();
    if accounts.is_empty() {
        return Err(ImportError::NoAccounts);
    }
    Ok(accounts)
}

/// The accounts in a `.reg` file.
pub fn accounts_in_file(path: &Path) -> Result<Vec<ImportedAccount>, ImportError> {
    accounts_from_bytes(&read_capped(path)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_of_every_kind() {
        let text = "REGEDIT4\n\n[HKEY_CURRENT_USER\\X]\n\"A\"=\"q\\\"uote\\\\d\"\n\
                    \"B\"=dword:0000024b\n\"C\"=hex:53,00,6d,00,00,00\n@=\"default\"\n\
                    \"D\"=hex(2):25,00,41,00,00,00\n\"E\"=-\n\"F\"=hex:41,00,\\\n  42,00\n\
                    \"SMTP Password\"=hex:01,02\n[-HKEY_CURRENT_USER\\Gone]\n";
        let keys = parse_reg(text).expect("parses");
        assert_eq!(keys.len(), 1);
        let k = &keys[0];
        assert_eq!(k.get("a"), Some(&RegValue::Str("q\"uote\\d".into())));
        assert_eq!(k.number("B"), Some(0x24b));
        assert_eq!(k.text("C").as_deref(), Some("Sm"));
        assert_eq!(k.text("").as_deref(), Some("default"));
        assert_eq!(k.text("D").as_deref(), Some("%A"));
        assert!(k.get("E").is_none());
        assert_eq!(k.text("F").as_deref(), Some("AB"), "a continued hex list");
        assert!(k.get("SMTP Password").is_none(), "passwords are never kept");
    }

    #[test]
    fn account_keys_are_found_by_guid_and_number() {
        assert!(is_account_key(
            "HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\Outlook\\9375CFF0413111d3B88A00104B2A6676\\00000002"
        ));
        assert!(!is_account_key(
            "HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\Outlook\\9375CFF0413111d3B88A00104B2A6676"
        ));
        assert!(!is_account_key(
            "x\\9375CFF0413111d3B88A00104B2A6676\\0000000Z"
        ));
    }

    #[test]
    fn not_an_export() {
        assert_eq!(
            parse_reg("[HKEY_CURRENT_USER\\X]\n"),
            Err(ImportError::NotRegistryExport)
        );
        assert_eq!(parse_reg(""), Err(ImportError::NotRegistryExport));
        assert_eq!(decode(&[0xFF, 0xFE, 0x41]), Err(ImportError::NotText));
        assert_eq!(decode(b"a\0b"), Err(ImportError::NotText));
    }
}
