//! `smtp-doctor check`: the live check from the command line. The arguments become a
//! [`CheckRequest`]; `session::run_check` does the whole check; `present` renders it.
//! Progress goes to stderr as it happens; the result (text or JSON) to stdout. Exit 0 when
//! sending works on the user's path, 1 when something blocks it.

use std::io::{Read, Write};
use std::sync::Arc;

use super::hiargs::CheckArgs;
use super::{EXIT_OK, UsageError};
use crate::diagnosis::settings::AccountSettings;
use crate::i18n::Localizer;
use crate::probe::{Credentials, ProbeEvent, TestMessage, TlsMode, TrustAnchors};
use crate::profiles::AuthKind;
use crate::session::{CheckRequest, Env, Event, Progress, SweepWhen, run_check};
use crate::smtp::Security;

/// Exit code: the check found a problem.
pub const EXIT_PROBLEM: i32 = 1;

/// The login data: a secret from standard input, or a saved profile's from the OS keyring.
fn credentials(
    a: &CheckArgs,
    stdin: &mut dyn Read,
    env: &Env,
) -> Result<Option<Credentials>, UsageError> {
    Ok(match (&a.user, a.secret_stdin, &a.profile) {
        (Some(user), Some(oauth2), _) => Some(Credentials {
            user: user.clone(),
            secret: super::profile::read_secret_line(stdin)?,
            oauth2,
        }),
        // A saved profile that logs in: the secret comes from the OS keyring.
        (Some(user), None, Some(p)) if a.auth => match env.secrets.get(&p.name) {
            Ok(Some(secret)) => Some(Credentials {
                user: user.clone(),
                secret,
                oauth2: p.auth_kind == AuthKind::Oauth2,
            }),
            Ok(None) => {
                return Err(UsageError::new(
                    "check-needs-password",
                    &[("name", p.name.clone())],
                ));
            }
            Err(e) => {
                let id = crate::present::keyring_problem_id(&e);
                return Err(UsageError::of_kind(
                    super::ErrorKind::Keyring,
                    id,
                    &[("detail", e.to_string())],
                ));
            }
        },
        _ => None,
    })
}

/// The system's trust anchors plus those of `--ca-file`.
pub(crate) fn anchors(ca_file: Option<&std::path::Path>) -> Result<TrustAnchors, UsageError> {
    let extra = match ca_file {
        None => vec![],
        Some(p) => TrustAnchors::read_pem(p).map_err(|e| {
            UsageError::new(
                "cli-error-ca-file",
                &[("path", p.display().to_string()), ("error", e.to_string())],
            )
        })?,
    };
    Ok(TrustAnchors::system_with(extra))
}

/// The account settings the check stands for (what the mail program is set to).
fn settings_of(a: &CheckArgs) -> AccountSettings {
    AccountSettings {
        host: a.host.clone(),
        port: a.port,
        security: match a.tls.resolve(a.port) {
            TlsMode::Implicit => Security::ImplicitTls,
            TlsMode::None => Security::None,
            TlsMode::StartTls | TlsMode::Auto => Security::StartTls,
        },
        auth: a.auth,
        username: a.user.clone(),
        from: a.from.clone(),
        reply_to: None,
        pop_before_smtp: a.pop3.as_ref().map(|p| p.host.clone()),
    }
}

/// The request `check` stands for.
fn request(
    l: &Localizer,
    a: &CheckArgs,
    stdin: &mut dyn Read,
    env: &Env,
) -> Result<CheckRequest, UsageError> {
    let mut req = CheckRequest::new(settings_of(a));
    req.tls = Some(a.tls);
    req.credentials = credentials(a, stdin, env)?;
    req.recipients = a.to.clone();
    req.location = a.location;
    req.account = a.account;
    req.pop3 = a.pop3.clone();
    if let Some(targets) = &a.sweep {
        req.sweep = targets.clone();
        req.sweep_when = SweepWhen::Always;
    }
    req.try_fixes = a.apply_fixes;
    req.test_message = a.send_test.then(|| TestMessage {
        subject: l.msg("test-message-subject", &[]),
        body: l.msg(
            "test-message-body",
            &[("host", a.host.clone().into()), ("port", a.port.into())],
        ),
    });
    req.client = a.client;
    req.timeout = a.timeout;
    req.insecure = a.insecure;
    req.helo = a.helo.clone();
    req.anchors = anchors(a.ca_file.as_deref())?;
    Ok(req)
}

/// Runs the check; returns the exit code.
pub(crate) fn run(
    l: Arc<Localizer>,
    a: &CheckArgs,
    stdin: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
    env: &Env,
) -> Result<i32, UsageError> {
    let req = request(&l, a, stdin, env)?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| UsageError::new("cli-error-runtime", &[("error", e.to_string())]))?;
    let _ = writeln!(
        err,
        "{}",
        l.msg(
            "check-start",
            &[("host", a.host.clone().into()), ("port", a.port.into())]
        )
    );
    // Progress lines are collected here and written to `err` as they come; a closed stderr
    // must not stop the check.
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let progress: Progress = {
        let l = l.clone();
        Arc::new(move |e: &Event<'_>| {
            let line = match e {
                Event::Probe(ProbeEvent::Finished { port, step }) => {
                    crate::present::step_line(&l, *port, step)
                }
                Event::Probe(ProbeEvent::Started { .. }) => return,
                Event::TryingFixes => l.msg("check-trying-fixes", &[]),
            };
            let _ = tx.send(line);
        })
    };
    let check = rt.block_on(async {
        let mut task = std::pin::pin!(run_check(&req, env, progress));
        loop {
            tokio::select! {
                done = &mut task => break done,
                () = tokio::time::sleep(std::time::Duration::from_millis(20)) => {
                    while let Ok(line) = rx.try_recv() {
                        let _ = writeln!(err, "{line}");
                    }
                }
            }
        }
    });
    while let Ok(line) = rx.try_recv() {
        let _ = writeln!(err, "{line}");
    }
    // A DNS lookup that timed out keeps running in a blocking thread; don't wait for it.
    rt.shutdown_timeout(std::time::Duration::from_millis(100));
    let text = if a.json {
        serde_json::to_string_pretty(&crate::present::report_json(&l, &check)).unwrap_or_default()
            + "\n"
    } else {
        crate::present::report_text(&l, &check)
    };
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| UsageError::output(&e))?;
    // Remember the result in the profile (for the profile list).
    if let Some(p) = &a.profile {
        let mut p = p.clone();
        p.last_check = Some(check.last_check.clone());
        if let Err(e) = env.profiles.save(&p) {
            let _ = writeln!(err, "{}", super::hiargs::profile_error(&e).render(&l));
        }
    }
    Ok(if check.sending_works() {
        EXIT_OK
    } else {
        EXIT_PROBLEM
    })
}
