//! `smtp-doctor import thunderbird [DIR]` / `import outlook-reg FILE`: the accounts a mail
//! program is set up with, read (never written) from its own files; `--save NAME` keeps one
//! as a saved profile (the password still only through the keyring, never read from the
//! program).

use std::io::Write;

use serde_json::json;

use super::UsageError;
use super::hiargs::{ImportArgs, import_error, profile_error};
use crate::diagnosis::settings::AccountSettings;
use crate::i18n::Localizer;
use crate::import::{AuthKind, ImportedAccount};
use crate::profiles::{self, Profile, SCHEMA};
use crate::session::Env;

fn auth_id(a: &AuthKind) -> &str {
    match a {
        AuthKind::None => "none",
        AuthKind::Password => "password",
        AuthKind::EncryptedPassword => "encrypted_password",
        AuthKind::OAuth2 => "oauth2",
        AuthKind::Other(id) => id,
    }
}

/// One account in one line.
fn row(l: &Localizer, i: usize, a: &ImportedAccount) -> String {
    l.msg(
        "import-row",
        &[
            ("n", (i + 1).into()),
            ("label", a.label.clone().into()),
            ("email", a.email.clone().into()),
            ("host", a.smtp_host.clone().into()),
            ("port", a.smtp_port.into()),
            ("security", a.security.id().into()),
            ("auth", auth_id(&a.auth).to_owned().into()),
        ],
    )
}

/// Runs `import`; returns the exit code.
pub(crate) fn run(
    l: &Localizer,
    a: &ImportArgs,
    out: &mut dyn Write,
    env: &Env,
) -> Result<i32, UsageError> {
    let accounts = crate::import::read(&a.source).map_err(|e| import_error(&e))?;
    let w = |e: std::io::Error| UsageError::output(&e);
    if a.json {
        let v = json!({
            "accounts": accounts
                .iter()
                .map(|x| json!({ "account": x, "settings": AccountSettings::from(x) }))
                .collect::<Vec<_>>(),
        });
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&v).unwrap_or_default()
        )
        .map_err(w)?;
    } else {
        for (i, x) in accounts.iter().enumerate() {
            writeln!(out, "{}", row(l, i, x)).map_err(w)?;
        }
    }
    if let Some(name) = &a.save {
        let chosen = crate::import::pick(&accounts, a.from.as_deref()).ok_or_else(|| {
            let list = accounts
                .iter()
                .map(|x| x.email.clone())
                .collect::<Vec<_>>()
                .join(", ");
            UsageError::new("cli-error-import-which-account", &[("accounts", list)])
        })?;
        let mut p = Profile {
            schema: SCHEMA,
            name: name.clone(),
            email: chosen.email.clone(),
            display_name: chosen.display_name.clone(),
            reply_to: None,
            host: String::new(),
            port: 0,
            security: crate::smtp::Security::StartTls,
            auth: false,
            auth_kind: if chosen.auth == AuthKind::OAuth2 {
                profiles::AuthKind::Oauth2
            } else {
                profiles::AuthKind::Password
            },
            username: None,
            pop_before_smtp: None,
            usual_location: None,
            account_kind: None,
            last_check: None,
        };
        p.set_settings(&AccountSettings::from(chosen));
        env.profiles.save(&p).map_err(|e| profile_error(&e))?;
        writeln!(
            out,
            "{}",
            l.msg("profile-saved", &[("name", name.clone().into())])
        )
        .map_err(w)?;
    }
    Ok(0)
}
