//! `smtp-doctor profile …`: saved accounts. Settings go to the profile file, secrets only to
//! the OS keyring.

use std::io::{Read, Write};
use std::path::Path;

use super::UsageError;
use super::hiargs::{ProfileCmd, profile_error};
use crate::i18n::Localizer;
use crate::probe::Secret;
use crate::profiles::{self, Profile, ProfileError};
use crate::session::Env;

/// Exit code: the profile operation failed (not found, keyring, I/O).
pub const EXIT_FAILED: i32 = 1;

/// The secret from standard input (first line).
pub(crate) fn read_secret_line(stdin: &mut dyn Read) -> Result<Secret, UsageError> {
    let mut buf = Vec::new();
    stdin
        .take(64 * 1024)
        .read_to_end(&mut buf)
        .map_err(|e| UsageError::new("cli-error-read-input", &[("error", e.to_string())]))?;
    let text = String::from_utf8_lossy(&buf);
    let line = text.lines().next().unwrap_or("").trim_end_matches('\r');
    if line.is_empty() {
        return Err(UsageError::new("cli-error-empty-secret", &[]));
    }
    Ok(Secret::new(line))
}

fn problem_line(l: &Localizer, e: &ProfileError) -> String {
    profile_error(e).render(l)
}

fn row(l: &Localizer, p: &Profile) -> String {
    let last = match &p.last_check {
        None => l.msg("profile-last-never", &[]),
        Some(c) if c.sending_works => l.msg("profile-last-ok", &[]),
        Some(c) => l.msg(
            "profile-last-fail",
            &[("cause", c.cause.map_or("unknown", |c| c.id()).into())],
        ),
    };
    l.msg(
        "profile-list-row",
        &[
            ("name", p.name.clone().into()),
            ("email", p.email.clone().into()),
            ("host", p.host.clone().into()),
            ("port", p.port.into()),
            ("security", p.security.id().into()),
            ("last", last.into()),
        ],
    )
}

/// Runs a profile command; returns the exit code.
pub(crate) fn run(
    l: &Localizer,
    cmd: &ProfileCmd,
    stdin: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
    env: &Env,
) -> Result<i32, UsageError> {
    let store = &env.profiles;
    let fail = |e: &ProfileError, err: &mut dyn Write| {
        let _ = writeln!(
            err,
            "{}: {}",
            l.msg("cli-error-prefix", &[]),
            problem_line(l, e)
        );
        Ok(EXIT_FAILED)
    };
    match cmd {
        ProfileCmd::List { json } => {
            let loaded = store.load();
            for p in &loaded.problems {
                let _ = writeln!(err, "{}", problem_line(l, p));
            }
            if *json {
                let v =
                    serde_json::json!({ "profiles": loaded.profiles, "problems": loaded.problems });
                writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&v).unwrap_or_default()
                )
                .map_err(|e| UsageError::output(&e))?;
            } else if loaded.profiles.is_empty() {
                writeln!(out, "{}", l.msg("profile-list-empty", &[]))
                    .map_err(|e| UsageError::output(&e))?;
            } else {
                for p in &loaded.profiles {
                    writeln!(out, "{}", row(l, p)).map_err(|e| UsageError::output(&e))?;
                }
            }
            Ok(0)
        }
        ProfileCmd::Show { name, json } => match store.get(name) {
            Ok(p) if *json => {
                writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&p).unwrap_or_default()
                )
                .map_err(|e| UsageError::output(&e))?;
                Ok(0)
            }
            Ok(p) => {
                write!(out, "{}", toml_show(&p)).map_err(|e| UsageError::output(&e))?;
                Ok(0)
            }
            Err(e) => fail(&e, err),
        },
        ProfileCmd::Save {
            profile,
            secret_stdin,
        } => {
            let secret = match secret_stdin {
                Some(_) => Some(read_secret_line(stdin)?),
                None => None,
            };
            if let Err(e) = store.save(profile) {
                return fail(&e, err);
            }
            writeln!(
                out,
                "{}",
                l.msg("profile-saved", &[("name", profile.name.clone().into())])
            )
            .map_err(|e| UsageError::output(&e))?;
            if let Some(secret) = secret {
                match env.secrets.set(&profile.name, &secret) {
                    Ok(()) => {
                        writeln!(out, "{}", l.msg("profile-saved-secret", &[]))
                            .map_err(|e| UsageError::output(&e))?;
                    }
                    Err(e) => {
                        // Never a plaintext fallback: say so, and how to go on.
                        let _ = writeln!(err, "{}", crate::present::keyring_message(l, &e));
                        return Ok(EXIT_FAILED);
                    }
                }
            }
            Ok(0)
        }
        ProfileCmd::Delete { name } => {
            if let Err(e) = store.delete(name) {
                return fail(&e, err);
            }
            writeln!(
                out,
                "{}",
                l.msg("profile-deleted", &[("name", name.clone().into())])
            )
            .map_err(|e| UsageError::output(&e))?;
            if let Err(e) = env.secrets.delete(name) {
                let _ = writeln!(err, "{}", crate::present::keyring_message(l, &e));
            }
            Ok(0)
        }
        ProfileCmd::Export { names, file } => {
            let loaded = store.load();
            let chosen: Vec<Profile> = if names.is_empty() {
                loaded.profiles
            } else {
                let mut v = vec![];
                for n in names {
                    match store.get(n) {
                        Ok(p) => v.push(p),
                        Err(e) => return fail(&e, err),
                    }
                }
                v
            };
            let text = profiles::export(&chosen);
            match file {
                Some(path) => {
                    if let Err(e) = std::fs::write(path, &text) {
                        return fail(
                            &ProfileError::Io {
                                path: path.clone(),
                                detail: e.to_string(),
                            },
                            err,
                        );
                    }
                    writeln!(
                        out,
                        "{}",
                        l.msg(
                            "profile-exported",
                            &[
                                ("count", chosen.len().into()),
                                ("path", path.display().to_string().into())
                            ]
                        )
                    )
                    .map_err(|e| UsageError::output(&e))?;
                }
                None => {
                    write!(out, "{text}").map_err(|e| UsageError::output(&e))?;
                }
            }
            Ok(0)
        }
        ProfileCmd::Import { file, force } => {
            let text = match std::fs::read_to_string(file) {
                Ok(t) => t,
                Err(e) => {
                    return fail(
                        &ProfileError::Io {
                            path: file.clone(),
                            detail: e.to_string(),
                        },
                        err,
                    );
                }
            };
            let profiles = match profiles::parse_export(Path::new(file), &text) {
                Ok(p) => p,
                Err(e) => return fail(&e, err),
            };
            if !force && let Some(p) = profiles.iter().find(|p| store.get(&p.name).is_ok()) {
                return fail(
                    &ProfileError::Exists {
                        name: p.name.clone(),
                    },
                    err,
                );
            }
            for p in &profiles {
                if let Err(e) = store.save(p) {
                    return fail(&e, err);
                }
            }
            writeln!(
                out,
                "{}",
                l.msg("profile-imported", &[("count", profiles.len().into())])
            )
            .map_err(|e| UsageError::output(&e))?;
            Ok(0)
        }
    }
}

fn toml_show(p: &Profile) -> String {
    toml::to_string(p).unwrap_or_default()
}
