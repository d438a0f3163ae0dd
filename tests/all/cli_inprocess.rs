//! The command line driven in-process (`cli::run` with its streams and an `Env`): a check
//! against a scripted provider on loopback, a saved profile whose password lives in an
//! in-memory store, and a keyring that is not there. No root, no lab: the fast tier.

use std::ffi::OsString;
use std::sync::Arc;

use smtp_doctor::i18n::Lang;
use smtp_doctor::probe::Secret;
use smtp_doctor::profiles::{ProfileStore, SecretError, SecretStore, SessionSecrets};
use smtp_doctor::session::Env;

use crate::verdict::{OK, Script, provider};

struct Ran {
    code: i32,
    out: String,
    err: String,
}

fn cli(env: &Env, lang: Lang, args: &[&str], stdin: &str) -> Ran {
    let mut out = vec![];
    let mut err = vec![];
    let code = smtp_doctor::cli::run(
        args.iter().map(OsString::from),
        lang,
        stdin.as_bytes(),
        false,
        &mut out,
        &mut err,
        env,
    );
    Ran {
        code,
        out: String::from_utf8_lossy(&out).into_owned(),
        err: String::from_utf8_lossy(&err).into_owned(),
    }
}

/// A scripted provider on its own runtime (the CLI runs its own inside `cli::run`).
fn serve(script: Script) -> (tokio::runtime::Runtime, String) {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let port = rt.block_on(provider(script));
    (rt, port.to_string())
}

fn env_in(dir: &std::path::Path, secrets: Arc<dyn SecretStore>) -> Env {
    Env::with_stores(secrets, ProfileStore::at(dir.join("profiles")))
}

const BASIC_AUTH_OFF: &str = "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0P190CA0001]\r\n";

#[test]
fn check_in_process_puts_the_blocking_sign_in_method_first_in_german() {
    let (_rt, port) = serve(Script {
        auth: BASIC_AUTH_OFF,
        ..OK
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let env = env_in(dir.path(), Arc::new(SessionSecrets::default()));
    let r = cli(
        &env,
        Lang::De,
        &[
            "check",
            "--host",
            "127.0.0.1",
            "--port",
            &port,
            "--tls",
            "none",
            "--user",
            "max@provider.test",
            "--from",
            "max@provider.test",
            "--password-stdin",
        ],
        "richtig-oder-falsch\n",
    );
    assert_eq!(r.code, 1, "{}{}", r.out, r.err);
    assert!(
        r.out
            .contains("1. [Verhindert den Versand] Der Server unterstützt das Anmeldeverfahren"),
        "{}",
        r.out
    );
    assert!(r.err.contains("5.7.139"), "progress on stderr: {}", r.err);
    assert!(!r.out.contains("richtig-oder-falsch") && !r.err.contains("richtig-oder-falsch"));
}

#[test]
fn check_json_in_process_has_severity_and_counts() {
    let (_rt, port) = serve(OK);
    let dir = tempfile::tempdir().expect("tempdir");
    let env = env_in(dir.path(), Arc::new(SessionSecrets::default()));
    let r = cli(
        &env,
        Lang::En,
        &[
            "check",
            "--host",
            "127.0.0.1",
            "--port",
            &port,
            "--tls",
            "none",
            "--user",
            "max@provider.test",
            "--from",
            "max@provider.test",
            "--password-stdin",
            "--json",
        ],
        "pw\n",
    );
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    let v: serde_json::Value = serde_json::from_str(&r.out).expect("json");
    assert_eq!(v["verdict"]["sending_works"], true);
    assert_eq!(v["verdict"]["blocking_count"], 0);
    assert_eq!(v["path"]["logs_in"], true);
    // The refusal without login is reported, as information.
    let f = v["findings"].as_array().expect("findings");
    assert!(
        !f.is_empty() && f.iter().all(|x| x["severity"] == "info"),
        "{f:#?}"
    );
}

#[test]
fn a_saved_profile_checks_with_the_password_from_the_store_and_keeps_the_result() {
    let (_rt, port) = serve(OK);
    let dir = tempfile::tempdir().expect("tempdir");
    let secrets = Arc::new(SessionSecrets::default());
    let env = env_in(dir.path(), secrets.clone());
    let r = cli(
        &env,
        Lang::En,
        &[
            "profile",
            "save",
            "Work",
            "--host",
            "127.0.0.1",
            "--port",
            &port,
            "--tls",
            "none",
            "--user",
            "max@provider.test",
            "--from",
            "max@provider.test",
            "--password-stdin",
        ],
        "stored-pw\n",
    );
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    assert_eq!(
        secrets
            .get("Work")
            .expect("store")
            .map(|s| s.expose().to_owned()),
        Some("stored-pw".to_owned())
    );
    let r = cli(&env, Lang::En, &["check", "--profile", "Work"], "");
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    assert!(r.err.contains("235 2.7.0"), "logged in: {}", r.err);
    let p = env.profiles.get("Work").expect("profile");
    assert!(p.last_check.is_some_and(|c| c.sending_works));
    // The password is only in the store, never in the profile folder.
    for e in std::fs::read_dir(dir.path().join("profiles"))
        .expect("dir")
        .flatten()
    {
        let text = std::fs::read(e.path()).unwrap_or_default();
        assert!(!String::from_utf8_lossy(&text).contains("stored-pw"));
    }
}

/// A password store that is not there (no Secret Service on the session bus).
#[derive(Debug)]
struct NoKeyring;

impl SecretStore for NoKeyring {
    fn get(&self, _: &str) -> Result<Option<Secret>, SecretError> {
        Err(SecretError::Unavailable {
            detail: "org.freedesktop.secrets was not provided by any .service files".into(),
        })
    }
    fn set(&self, a: &str, _: &Secret) -> Result<(), SecretError> {
        self.get(a).map(|_| ())
    }
    fn delete(&self, a: &str) -> Result<(), SecretError> {
        self.get(a).map(|_| ())
    }
}

#[test]
fn without_a_keyring_the_message_says_so_and_exits_1_without_the_help_hint() {
    let dir = tempfile::tempdir().expect("tempdir");
    let env = env_in(dir.path(), Arc::new(NoKeyring));
    let r = cli(
        &env,
        Lang::De,
        &[
            "profile",
            "save",
            "Privat",
            "--host",
            "smtp.example.net",
            "--user",
            "max@example.net",
            "--password-stdin",
        ],
        "geheim\n",
    );
    assert_eq!(r.code, 1, "{}{}", r.out, r.err);
    let r = cli(&env, Lang::De, &["check", "--profile", "Privat"], "");
    assert_eq!(r.code, 1, "{}{}", r.out, r.err);
    assert!(r.err.contains("--password-stdin"), "{}", r.err);
    assert!(!r.err.contains("--help"), "{}", r.err);
}

/// Standard output that cannot be written (a full disk, a closed file).
struct Broken(std::io::ErrorKind);

impl std::io::Write for Broken {
    fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
        Err(std::io::Error::new(self.0, "no space left on device"))
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_result_that_cannot_be_written_exits_3_and_a_closed_pipe_exits_0() {
    for (kind, want) in [
        (std::io::ErrorKind::Other, 3),
        (std::io::ErrorKind::BrokenPipe, 0),
    ] {
        let (_rt, port) = serve(OK);
        let dir = tempfile::tempdir().expect("tempdir");
        let env = env_in(dir.path(), Arc::new(SessionSecrets::default()));
        let mut err = vec![];
        let code = smtp_doctor::cli::run(
            [
                "check",
                "--host",
                "127.0.0.1",
                "--port",
                &port,
                "--tls",
                "none",
                "--from",
                "max@provider.test",
            ]
            .iter()
            .map(OsString::from),
            Lang::En,
            &b""[..],
            false,
            &mut Broken(kind),
            &mut err,
            &env,
        );
        assert_eq!(code, want, "{kind:?}: {}", String::from_utf8_lossy(&err));
        let err = String::from_utf8_lossy(&err);
        assert_eq!(err.contains("could not be written"), want == 3, "{err}");
    }
}

fn fixture(p: &str) -> String {
    crate::util::fixture(p).display().to_string()
}

#[test]
fn import_lists_thunderbirds_accounts_and_saves_one_as_a_profile() {
    let dir = tempfile::tempdir().expect("tempdir");
    let env = env_in(dir.path(), Arc::new(SessionSecrets::default()));
    let tb = fixture("import/thunderbird");
    let r = cli(&env, Lang::De, &["import", "thunderbird", &tb], "");
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    assert!(
        r.out.contains("<max.mustermann@gmx.de>: mail.gmx.net, Port 25, keine Verschlüsselung, Anmeldung: keine"),
        "{}",
        r.out
    );
    assert_eq!(r.out.lines().count(), 3, "{}", r.out);
    let r = cli(
        &env,
        Lang::En,
        &["import", "thunderbird", &tb, "--json"],
        "",
    );
    let v: serde_json::Value = serde_json::from_str(&r.out).expect("json");
    assert_eq!(v["accounts"].as_array().map(Vec::len), Some(3));
    // Several accounts: --save needs to know which.
    let r = cli(
        &env,
        Lang::En,
        &["import", "thunderbird", &tb, "--save", "GMX"],
        "",
    );
    assert_eq!(r.code, 2, "{}{}", r.out, r.err);
    assert!(r.err.contains("--from"), "{}", r.err);
    let r = cli(
        &env,
        Lang::En,
        &[
            "import",
            "thunderbird",
            &tb,
            "--save",
            "GMX",
            "--from",
            "max.mustermann@gmx.de",
        ],
        "",
    );
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    let p = env.profiles.get("GMX").expect("saved");
    assert_eq!(
        (p.host.as_str(), p.port, p.auth),
        ("mail.gmx.net", 25, false)
    );
}

#[test]
fn import_reads_an_outlook_export_and_names_a_broken_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let env = env_in(dir.path(), Arc::new(SessionSecrets::default()));
    let reg = fixture("import/outlook/pop-ssl-465.reg");
    let r = cli(&env, Lang::En, &["import", "outlook-reg", &reg], "");
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    assert!(r.out.contains("port 465, SSL/TLS"), "{}", r.out);
    let junk = dir.path().join("junk.reg");
    std::fs::write(&junk, b"\x00\x01binary").expect("write");
    let r = cli(
        &env,
        Lang::De,
        &["import", "outlook-reg", &junk.display().to_string()],
        "",
    );
    assert_eq!(r.code, 1, "{}{}", r.out, r.err);
    assert!(!r.err.is_empty() && !r.err.contains("--help"), "{}", r.err);
    let r = cli(&env, Lang::En, &["import", "eudora"], "");
    assert_eq!(r.code, 2, "{}", r.err);
}
