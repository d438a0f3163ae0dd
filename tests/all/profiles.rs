//! Profiles on disk and secrets in the real OS keyring (gnome-keyring under
//! `dbus-run-session`, started by `tests/run.sh`).

use std::process::{Command, Output, Stdio};
use std::sync::Arc;

use smtp_doctor::diagnosis::situation::Location;
use smtp_doctor::probe::Secret;
use smtp_doctor::profiles::{
    AuthKind, OsKeyring, Profile, ProfileError, ProfileStore, SCHEMA, SecretError, SecretStore,
    SessionSecrets, export, parse_export,
};
use smtp_doctor::smtp::Security;

use crate::probe_lab::Lab;

fn profile(name: &str) -> Profile {
    Profile {
        schema: SCHEMA,
        name: name.into(),
        email: "max@example.net".into(),
        display_name: Some("Max Müller".into()),
        reply_to: None,
        host: "smtp.example.net".into(),
        port: 587,
        security: Security::StartTls,
        auth: true,
        auth_kind: AuthKind::Password,
        username: Some("max@example.net".into()),
        pop_before_smtp: None,
        usual_location: Some(Location::Home),
        account_kind: None,
        last_check: None,
    }
}

fn keyring() -> OsKeyring {
    OsKeyring::open().unwrap_or_else(|e| {
        panic!("no OS keyring ({e}); run the tests with `bash tests/run.sh` (dbus-run-session + gnome-keyring)")
    })
}

#[cfg(feature = "lab")]
#[test]
fn round_trip_through_the_real_secret_service() {
    let k = keyring();
    let account = format!("round-trip-{}", std::process::id());
    assert_eq!(k.get(&account).expect("readable"), None);
    k.set(&account, &Secret::new("s3cr3t-äöü")).expect("stored");
    assert_eq!(
        k.get(&account)
            .expect("readable")
            .map(|s| s.expose().to_owned())
            .as_deref(),
        Some("s3cr3t-äöü")
    );
    k.set(&account, &Secret::new("changed")).expect("replaced");
    assert_eq!(
        k.get(&account)
            .expect("readable")
            .map(|s| s.expose().to_owned())
            .as_deref(),
        Some("changed")
    );
    k.delete(&account).expect("deleted");
    assert_eq!(k.get(&account).expect("readable"), None);
    k.delete(&account).expect("deleting twice is fine");
}

#[test]
fn session_secrets_stay_in_memory() {
    let s = SessionSecrets::default();
    s.set("a", &Secret::new("x")).expect("set");
    assert_eq!(
        s.get("a")
            .expect("get")
            .map(|x| x.expose().to_owned())
            .as_deref(),
        Some("x")
    );
    s.delete("a").expect("delete");
    assert_eq!(s.get("a").expect("get"), None);
}

#[test]
fn save_load_round_trip() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = ProfileStore::at(dir.path().join("profiles"));
    assert!(
        store.load().profiles.is_empty(),
        "a missing directory is an empty list"
    );
    let p = profile("Büro GMX");
    store.save(&p).expect("saved");
    assert_eq!(store.get("Büro GMX").expect("found"), p);
    let mut changed = p.clone();
    changed.port = 465;
    changed.security = Security::ImplicitTls;
    store.save(&changed).expect("replaced");
    let loaded = store.load();
    assert_eq!(loaded.profiles, vec![changed]);
    assert!(loaded.problems.is_empty());
    store.delete("Büro GMX").expect("deleted");
    assert!(matches!(
        store.get("Büro GMX"),
        Err(ProfileError::NotFound { .. })
    ));
    assert!(matches!(
        store.save(&profile("  ")),
        Err(ProfileError::BadName { .. })
    ));
}

#[test]
fn schema_1_files_migrate_forward() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("old.toml"),
        "name = \"Alt\"\nemail = \"a@b.example\"\nserver = \"mail.b.example\"\nport = 465\nssl = true\nauth = true\nuser = \"a\"\n",
    )
    .expect("write");
    let loaded = ProfileStore::at(dir.path()).load();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let p = &loaded.profiles[0];
    assert_eq!(
        (p.schema, p.port, p.security, p.auth),
        (SCHEMA, 465, Security::ImplicitTls, true)
    );
    assert_eq!(p.username.as_deref(), Some("a"));
}

#[test]
fn corrupt_and_truncated_files_are_named_kept_and_do_not_hide_the_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = ProfileStore::at(dir.path());
    store.save(&profile("Gut")).expect("saved");
    store.save(&profile("Abgeschnitten")).expect("saved");
    // A truncated file (a crash mid-write of some other tool) and plain garbage.
    let victim = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .find(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains("Abgeschnitten")))
        .expect("file of the second profile");
    let text = std::fs::read_to_string(&victim).expect("read");
    std::fs::write(&victim, &text[..text.len() / 2]).expect("truncate");
    std::fs::write(dir.path().join("garbage.toml"), [0xff, 0xfe, b'=', b'[']).expect("garbage");
    let loaded = store.load();
    assert_eq!(
        loaded
            .profiles
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["Gut"]
    );
    assert_eq!(loaded.problems.len(), 2, "{:?}", loaded.problems);
    for p in &loaded.problems {
        match p {
            ProfileError::Io { path, .. }
            | ProfileError::Corrupt {
                path, backup: None, ..
            } => {
                panic!("no backup for {}: {p:?}", path.display())
            }
            ProfileError::Corrupt {
                path,
                backup: Some(b),
                ..
            } => {
                assert!(b.exists(), "backup of {} kept", path.display());
                assert_eq!(
                    std::fs::read(b).expect("bak"),
                    std::fs::read(path).expect("orig")
                );
            }
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn a_newer_schema_is_left_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("future.toml");
    std::fs::write(&path, "schema = 99\nname = \"Zukunft\"\n").expect("write");
    let loaded = ProfileStore::at(dir.path()).load();
    assert!(matches!(
        &loaded.problems[..],
        [ProfileError::TooNew { schema: 99, .. }]
    ));
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "schema = 99\nname = \"Zukunft\"\n"
    );
}

#[test]
fn unwritable_directory_gives_a_clear_error_and_loses_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Tests run as root, for whom permissions do not stop a write: a directory path that is
    // really a file cannot be written by anyone.
    let blocker = dir.path().join("config");
    std::fs::write(&blocker, "not a directory").expect("write");
    let store = ProfileStore::at(blocker.join("profiles"));
    let err = store.save(&profile("X")).expect_err("cannot save");
    let ProfileError::Io { path, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(
        path.starts_with(&blocker),
        "the error names the place: {err}"
    );
    assert_eq!(
        std::fs::read_to_string(&blocker).expect("read"),
        "not a directory"
    );
    // Loading from there is an error too, not a silent empty list.
    assert!(!store.load().problems.is_empty());
}

#[test]
fn concurrent_saves_lose_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Arc::new(ProfileStore::at(dir.path()));
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let store = store.clone();
            std::thread::spawn(move || {
                for i in 0..25 {
                    let mut own = profile(&format!("Profil {t}"));
                    own.port = 1000 + i;
                    store.save(&own).expect("own profile saved");
                    let mut shared = profile("Gemeinsam");
                    shared.port = 2000 + t * 100 + i;
                    store.save(&shared).expect("shared profile saved");
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("thread");
    }
    let loaded = store.load();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.profiles.len(), 9);
    for t in 0..8 {
        let p = store.get(&format!("Profil {t}")).expect("present");
        assert_eq!(p.port, 1024, "the last save of each thread wins");
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files left behind");
}

#[test]
fn export_carries_no_secret_and_imports_back() {
    let p = profile("Helpdesk");
    let text = export(std::slice::from_ref(&p));
    // No key could hold a secret: the only mention of "password" is the kind of login.
    assert!(
        !text
            .lines()
            .any(|l| l.trim_start().starts_with("password") || l.contains("secret")),
        "{text}"
    );
    let back = parse_export(std::path::Path::new("x.toml"), &text).expect("parses");
    assert_eq!(back, vec![p]);
    assert!(matches!(
        parse_export(std::path::Path::new("x.toml"), "[[profile]]\nname = 1"),
        Err(ProfileError::Corrupt { .. })
    ));
}

fn binary(
    config: &std::path::Path,
    args: &[&str],
    stdin: Option<&str>,
    env: &[(&str, &str)],
) -> Output {
    use std::io::Write;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_smtp-doctor"));
    cmd.args(args)
        .env("XDG_CONFIG_HOME", config)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("starts");
    let input = stdin.unwrap_or("");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    child.wait_with_output().expect("ends")
}

fn no_file_contains(dir: &std::path::Path, needle: &[u8]) {
    for entry in walk(dir) {
        let data = std::fs::read(&entry).unwrap_or_default();
        assert!(
            !data.windows(needle.len()).any(|w| w == needle),
            "{} contains the password",
            entry.display()
        );
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![];
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p))
        } else {
            out.push(p)
        }
    }
    out
}

#[cfg(feature = "lab")]
#[test]
fn check_by_profile_with_the_password_from_the_keyring_and_no_trace_of_it() {
    let lab = Lab::get();
    let config = tempfile::tempdir().expect("tempdir");
    let name = format!("Lab Alice {}", std::process::id());
    let password = lab.var("ALICE_PASSWORD");
    let port = lab.port("SUBMISSION").to_string();
    let o = binary(
        config.path(),
        &[
            "profile",
            "save",
            &name,
            "--host",
            "127.0.0.1",
            "--port",
            &port,
            "--tls",
            "starttls",
            "--user",
            "alice@lab.test",
            "--password-stdin",
        ],
        Some(&format!("{password}\n")),
        &[],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("stored in the system keyring"));
    assert_eq!(
        keyring()
            .get(&name)
            .expect("keyring")
            .map(|s| s.expose().to_owned()),
        Some(password.clone())
    );

    let ca = lab.var("CA");
    let o = binary(
        config.path(),
        &["check", "--profile", &name, "--ca-file", &ca, "--json"],
        None,
        &[],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["verdict"]["sending_works"], true);
    for stream in [&o.stdout, &o.stderr] {
        assert!(
            !String::from_utf8_lossy(stream).contains(&password),
            "the password leaked into the output"
        );
    }
    let o = binary(config.path(), &["profile", "list"], None, &[]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("last check: sending works"));

    let o = binary(config.path(), &["profile", "delete", &name], None, &[]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        keyring().get(&name).expect("keyring"),
        None,
        "the keyring entry went with the profile"
    );
    no_file_contains(config.path(), password.as_bytes());
}

#[cfg(feature = "lab")]
#[test]
fn without_a_keyring_nothing_goes_to_disk_and_the_user_is_told() {
    let config = tempfile::tempdir().expect("tempdir");
    let o = binary(
        config.path(),
        &[
            "profile",
            "save",
            "NoKeyring",
            "--host",
            "smtp.example.net",
            "--user",
            "max@example.net",
            "--password-stdin",
        ],
        Some("very-secret-pw\n"),
        &[("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("The system keyring is not available")
            && err.contains("never writes passwords to a file"),
        "{err}"
    );
    // The settings are saved; the password is nowhere on disk.
    let o = binary(config.path(), &["profile", "show", "NoKeyring"], None, &[]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("smtp.example.net"));
    no_file_contains(config.path(), b"very-secret-pw");
    // And a check by that profile asks for the password instead of guessing.
    let o = binary(
        config.path(),
        &["check", "--profile", "NoKeyring"],
        None,
        &[("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")],
    );
    // A keyring problem is named as such (exit 1), not as a usage error with "see --help".
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("--password-stdin"), "{err}");
    assert!(err.contains("keyring is not available"), "{err}");
    assert!(!err.contains("--help"), "{err}");
    let _ = SecretError::Unavailable {
        detail: String::new(),
    };
}

#[cfg(feature = "lab")]
#[test]
fn import_refuses_to_overwrite_without_force() {
    let a = tempfile::tempdir().expect("tempdir");
    let b = tempfile::tempdir().expect("tempdir");
    let o = binary(
        a.path(),
        &[
            "profile",
            "save",
            "Helpdesk",
            "--host",
            "smtp.example.net",
            "--from",
            "max@example.net",
        ],
        None,
        &[],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let file = a.path().join("export.toml");
    let f = file.to_string_lossy().into_owned();
    let o = binary(a.path(), &["profile", "export", "--file", &f], None, &[]);
    assert_eq!(o.status.code(), Some(0));
    let o = binary(b.path(), &["profile", "import", &f], None, &[]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = binary(b.path(), &["profile", "import", &f], None, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("already exists"));
    let o = binary(b.path(), &["profile", "import", &f, "--force"], None, &[]);
    assert_eq!(o.status.code(), Some(0));
}
