//! Secrets (passwords, OAuth2 tokens) live only in the OS keyring: the Secret Service on
//! Linux (GNOME Keyring, KWallet), the Keychain on macOS, the Credential Manager on Windows.
//!
//! [`SecretStore`] keeps the rest of the program testable and lets the app fall back to a
//! [`SessionSecrets`] store — in memory, for this session only — when the keyring is missing
//! or locked. There is deliberately no store that writes to a file.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use keyring_core::{CredentialStore, Entry, Error as KeyringError};
use serde::Serialize;

use crate::probe::Secret;

/// The keyring's service name for every entry of this program.
pub const SERVICE: &str = "smtp-doctor";

/// Why the keyring could not be used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SecretError {
    /// No keyring service on this system (no session bus, no Secret Service).
    Unavailable { detail: String },
    /// The keyring exists but is locked or refused access.
    Locked { detail: String },
    /// Anything else the keyring reported.
    Other { detail: String },
}

impl std::fmt::Display for SecretError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SecretError::Unavailable { detail }
            | SecretError::Locked { detail }
            | SecretError::Other { detail } => f.write_str(detail),
        }
    }
}

fn classify(e: KeyringError) -> SecretError {
    let detail = e.to_string();
    match e {
        KeyringError::PlatformFailure(_) => SecretError::Unavailable { detail },
        KeyringError::NoStorageAccess(_) => SecretError::Locked { detail },
        _ => SecretError::Other { detail },
    }
}

/// Where secrets are kept. `account` is the profile's name.
pub trait SecretStore: Send + Sync + std::fmt::Debug {
    /// The secret of `account`, `None` when there is none.
    fn get(&self, account: &str) -> Result<Option<Secret>, SecretError>;
    /// Stores (or replaces) the secret of `account`.
    fn set(&self, account: &str, secret: &Secret) -> Result<(), SecretError>;
    /// Removes the secret of `account`; no error when there was none.
    fn delete(&self, account: &str) -> Result<(), SecretError>;
}

/// The operating system's keyring.
pub struct OsKeyring {
    store: Arc<CredentialStore>,
}

impl std::fmt::Debug for OsKeyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OsKeyring")
    }
}

impl OsKeyring {
    /// Connects to the platform's keyring. Fails when it is not there; a locked keyring shows
    /// up on first use.
    pub fn open() -> Result<OsKeyring, SecretError> {
        #[cfg(target_os = "linux")]
        let store: Arc<CredentialStore> =
            zbus_secret_service_keyring_store::Store::new().map_err(classify)?;
        #[cfg(target_os = "macos")]
        let store: Arc<CredentialStore> =
            apple_native_keyring_store::keychain::Store::new().map_err(classify)?;
        #[cfg(target_os = "windows")]
        let store: Arc<CredentialStore> =
            windows_native_keyring_store::Store::new().map_err(classify)?;
        #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
        let store: Arc<CredentialStore> = {
            return Err(SecretError::Unavailable {
                detail: "no keyring on this platform".into(),
            });
        };
        Ok(OsKeyring { store })
    }

    fn entry(&self, account: &str) -> Result<Entry, SecretError> {
        Entry::new_in_store(&self.store, SERVICE, account).map_err(classify)
    }
}

impl SecretStore for OsKeyring {
    fn get(&self, account: &str) -> Result<Option<Secret>, SecretError> {
        match self.entry(account)?.get_password() {
            Ok(p) => Ok(Some(Secret::new(p))),
            Err(KeyringError::NoEntry) => Ok(None),
            Err(e) => Err(classify(e)),
        }
    }

    fn set(&self, account: &str, secret: &Secret) -> Result<(), SecretError> {
        self.entry(account)?
            .set_password(secret.expose())
            .map_err(classify)
    }

    fn delete(&self, account: &str) -> Result<(), SecretError> {
        match self.entry(account)?.delete_credential() {
            Ok(()) | Err(KeyringError::NoEntry) => Ok(()),
            Err(e) => Err(classify(e)),
        }
    }
}

/// Secrets held in memory for this session only (the keyring is missing or locked and the
/// user chose to type the password each session).
#[derive(Debug, Default)]
pub struct SessionSecrets {
    map: Mutex<HashMap<String, Secret>>,
}

impl SecretStore for SessionSecrets {
    fn get(&self, account: &str) -> Result<Option<Secret>, SecretError> {
        Ok(self
            .map
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(account)
            .cloned())
    }
    fn set(&self, account: &str, secret: &Secret) -> Result<(), SecretError> {
        self.map
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(account.to_owned(), secret.clone());
        Ok(())
    }
    fn delete(&self, account: &str) -> Result<(), SecretError> {
        self.map
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(account);
        Ok(())
    }
}

/// The OS keyring, connected to on each use: a command-line run touches it once or twice, and
/// a keyring that is missing or locked is reported where the password is needed (and only
/// then), not at start.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemKeyring;

impl SecretStore for SystemKeyring {
    fn get(&self, account: &str) -> Result<Option<Secret>, SecretError> {
        OsKeyring::open()?.get(account)
    }
    fn set(&self, account: &str, secret: &Secret) -> Result<(), SecretError> {
        OsKeyring::open()?.set(account, secret)
    }
    fn delete(&self, account: &str) -> Result<(), SecretError> {
        OsKeyring::open()?.delete(account)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn platform(msg: &str) -> Box<dyn std::error::Error + Send + Sync> {
        Box::new(std::io::Error::other(msg.to_owned()))
    }

    #[test]
    fn keyring_errors_map_to_what_the_user_is_told() {
        assert!(matches!(
            classify(KeyringError::PlatformFailure(platform("no bus"))),
            SecretError::Unavailable { detail } if detail.contains("no bus")
        ));
        assert!(matches!(
            classify(KeyringError::NoStorageAccess(platform("locked"))),
            SecretError::Locked { detail } if detail.contains("locked")
        ));
        assert!(matches!(
            classify(KeyringError::TooLong("password".into(), 4096)),
            SecretError::Other { .. }
        ));
    }

    #[test]
    fn session_secrets_keep_a_secret_until_deleted() {
        let store = SessionSecrets::default();
        let read =
            |store: &SessionSecrets| store.get("home").map(|s| s.map(|s| s.expose().to_owned()));
        assert_eq!(read(&store), Ok(None));
        assert_eq!(store.set("home", &Secret::new("pw")), Ok(()));
        assert_eq!(read(&store), Ok(Some("pw".to_owned())));
        assert_eq!(store.delete("home"), Ok(()));
        assert_eq!(store.delete("home"), Ok(()), "no error when there is none");
        assert_eq!(read(&store), Ok(None));
    }

    // The Keychain and the Credential Manager are always there on a desktop: connecting
    // must work (nothing is read or written). Runs in the release workflow on macOS and
    // Windows; on Linux the Secret Service needs a session bus, so the lab tier covers it.
    #[cfg(any(target_os = "macos", target_os = "windows"))]
    #[test]
    fn the_native_keyring_opens() {
        assert!(OsKeyring::open().is_ok());
    }
}
