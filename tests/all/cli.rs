//! The real `smtp-doctor` binary: arguments, standard input, languages, exit codes, JSON.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SEED_550: &str = "Die Nachricht konnte nicht gesendet werden, da einer der Empfänger vom Server nicht akzeptiert wurde. Die nicht akzeptierte E-Mail-Adresse ist <jemand@beispiel.com>. Betreff: \"<Test>\", Konto: \"<Test>\", Server: \"<smtp.beispiel.com>\", Protokoll: SMTP, Serverantwort: \"550 <jemand@beispiel.com>... Relay verweigert\", Anschluss: 25, Secure (SSL): Nein, Serverfehler: 550, Fehlernummer: 0x800CCC79.";
const SEED_553: &str = "Die Nachricht konnte nicht gesendet werden, da einer der Empfänger vom Server nicht akzeptiert wurde. Die nicht akzeptierte E-Mail-Adresse ist \"<E-Mail-Adresse>\". Betreff \"<Test>\", Konto: \"<Test>\", Server: \"<smtp.beispiel.com>\", Protokoll: SMTP, Serverantwort: \"553: In der Liste der erlaubten RCPT-Hosts ist diese Domäne nicht enthalten (#5.7.1)\", Anschluss: 25, Secure (SSL): Nein, Serverfehler: 553, Fehlernummer: 0x800CCC79.";

/// Runs the binary with a German or English system locale.
fn run(locale: &str, args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_smtp-doctor"));
    cmd.args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", locale)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("binary starts");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write stdin");
    }
    child.wait_with_output().expect("binary finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).expect("valid JSON")
}

#[test]
fn seed_dialogs_explain_as_relay_denied_in_german_on_a_german_system() {
    for seed in [SEED_550, SEED_553] {
        let o = run("de_DE.UTF-8", &["explain", seed], None);
        assert_eq!(o.status.code(), Some(0));
        let out = stdout(&o);
        assert!(
            out.starts_with("Ursache: Der Postausgangsserver hat die Weitergabe an fremde Adressen (Relay) abgelehnt"),
            "{out}"
        );
        // The three fixes of the article: log in, port 587, the local network's server.
        assert!(
            out.contains("1. Schalten Sie die Anmeldung am Postausgangsserver ein"),
            "{out}"
        );
        assert!(
            out.contains("2. Senden Sie über Port 587 mit STARTTLS"),
            "{out}"
        );
        assert!(
            out.contains("3. Verwenden Sie den Postausgangsserver des Netzes"),
            "{out}"
        );
        // Outlook dialog → Outlook's own labels.
        assert!(
            out.contains("„Der Postausgangsserver (SMTP) erfordert Authentifizierung“"),
            "{out}"
        );
        assert!(!out.contains('\u{2068}'), "no isolation marks");
    }
}

#[test]
fn seed_dialog_json_fields() {
    let o = run("de_DE.UTF-8", &["explain", "--json", SEED_550], None);
    assert_eq!(o.status.code(), Some(0));
    let v = json(&o);
    assert_eq!(v["cause"], "relay_denied");
    assert_eq!(v["reply_code"], 550);
    assert_eq!(v["hresult"], "0x800CCC79");
    assert_eq!(v["port"], 25);
    assert_eq!(v["tls"], false);
    assert_eq!(v["rejected_address"], "jemand@beispiel.com");
    assert_eq!(v["server"], "smtp.beispiel.com");
    assert_eq!(v["client"], "outlook");
    assert_eq!(v["lang"], "de");
    let ids: Vec<&str> = v["fixes"]
        .as_array()
        .expect("fixes")
        .iter()
        .map(|f| f["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        &ids[..3],
        [
            "enable_smtp_auth",
            "use_submission_port",
            "use_network_smtp_server"
        ]
    );
    assert_eq!(v["fixes"][1]["args"]["port"], 587);
    assert_eq!(v["fixes"][1]["args"]["security"], "starttls");
    assert!(
        v["fixes"][0]["text"]
            .as_str()
            .expect("text")
            .contains("Postausgangsserver")
    );
    assert!(
        v["explanation"]
            .as_str()
            .expect("explanation")
            .contains("Relay")
    );
}

#[test]
fn english_system_answers_in_english_and_lang_overrides() {
    let o = run("en_US.UTF-8", &["explain", SEED_550], None);
    assert!(
        stdout(&o).starts_with("Cause: The outgoing server refused to pass your message on"),
        "{}",
        stdout(&o)
    );
    let o = run("en_US.UTF-8", &["explain", "--lang", "de", SEED_550], None);
    assert!(stdout(&o).starts_with("Ursache: "));
    let o = run("de_DE.UTF-8", &["explain", "--lang", "en", SEED_550], None);
    assert!(stdout(&o).starts_with("Cause: "));
    // A language we do not speak falls back to English.
    let o = run("fr_FR.UTF-8", &["explain", SEED_550], None);
    assert!(stdout(&o).starts_with("Cause: "));
}

#[test]
fn reads_standard_input_when_text_is_missing_or_dash() {
    let thunderbird = "Sending of the message failed.\nAn error occurred while sending mail. The mail server responded: 5.7.1 <x@example.org>: Relay access denied. Please check the message recipient x@example.org and try again.";
    for args in [&["explain", "--json"][..], &["explain", "--json", "-"][..]] {
        let o = run("en_US.UTF-8", args, Some(thunderbird));
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let v = json(&o);
        assert_eq!(v["cause"], "relay_denied");
        assert_eq!(v["client"], "thunderbird");
        assert_eq!(v["rejected_address"], "x@example.org");
        assert!(
            v["fixes"][0]["text"]
                .as_str()
                .expect("text")
                .contains("\"Authentication method:\"")
        );
    }
}

#[test]
fn latin1_input_is_read_not_rejected() {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_smtp-doctor"));
    let mut child = cmd
        .args(["explain", "--json", "--lang", "de"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("starts");
    // "550 Benutzer unbekannt – Empfänger" in Latin-1 (ä = 0xE4).
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"550 5.1.1 Empf\xe4nger unbekannt")
        .expect("write");
    let o = child.wait_with_output().expect("finishes");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(json(&o)["cause"], "recipient_unknown");
}

#[test]
fn unknown_text_is_a_diagnosis_not_an_error() {
    let o = run(
        "en_US.UTF-8",
        &["explain", "--json", "Hello, how are you?"],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    let v = json(&o);
    assert_eq!(v["cause"], "unknown");
    assert_eq!(v["fixes"].as_array().map(Vec::len), Some(0));
}

#[test]
fn usage_errors_exit_2_with_a_localised_message() {
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["explain", "--lang", "fr", "x"],
            "Unknown language \"fr\"",
            "Unbekannte Sprache „fr“",
        ),
        (
            &["explain", "--frobnicate"],
            "Unknown option: --frobnicate",
            "Unbekannte Option: --frobnicate",
        ),
        (
            &["frobnicate"],
            "Unknown command: frobnicate",
            "Unbekannter Befehl: frobnicate",
        ),
        (
            &["explain", "a", "b"],
            "Give the error text as one argument",
            "Geben Sie den Fehlertext als ein einziges Argument",
        ),
        (
            &["explain", "--client", "eudora", "x"],
            "Unknown mail program \"eudora\"",
            "Unbekanntes E-Mail-Programm „eudora“",
        ),
        (
            &["explain", "--lang"],
            "The option --lang needs a value.",
            "Die Option --lang braucht einen Wert.",
        ),
    ];
    for (args, en, de) in cases {
        let o = run("en_US.UTF-8", args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(en), "{args:?}: {err}");
        assert!(o.stdout.is_empty());
        let o = run("de_DE.UTF-8", args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(de), "{args:?}: {err}");
    }
    let o = run("de_DE.UTF-8", &["explain"], Some("   \n"));
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("keinen Text"));
}

#[test]
fn client_option_changes_the_click_path() {
    let o = run(
        "en_US.UTF-8",
        &[
            "explain",
            "--client",
            "apple-mail",
            "530 5.7.0 Authentication required",
        ],
        None,
    );
    let out = stdout(&o);
    assert!(
        out.contains("Cause: The outgoing server wants you to log in"),
        "{out}"
    );
    assert!(
        out.contains("\"Automatically manage connection settings\""),
        "{out}"
    );
}

#[test]
fn help_and_version() {
    let o = run("de_DE.UTF-8", &["--help"], None);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Aufruf:"));
    // No arguments opens the app; without a display that fails with a clear, localised hint.
    let o = Command::new(env!("CARGO_BIN_EXE_smtp-doctor"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("LANG", "de_DE.UTF-8")
        .env_remove("LC_ALL")
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr)
            .contains("Das Programmfenster konnte nicht geöffnet werden")
    );
    let o = run("en_US.UTF-8", &["-V"], None);
    assert_eq!(
        stdout(&o).trim(),
        format!("smtp-doctor {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn lang_option_applies_to_errors_elsewhere_on_the_line() {
    let o = run("en_US.UTF-8", &["explain", "--lang", "de", "--bogus"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("Unbekannte Option: --bogus"));
}

#[test]
fn texts_starting_with_a_dash_are_text() {
    let o = run(
        "en_US.UTF-8",
        &["explain", "--json", "-ERR [AUTH] Authentication failed."],
        None,
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(json(&o)["cause"], "auth_failed");
}

#[test]
fn windows_1252_input_keeps_quotes_and_umlauts() {
    // „Relay verweigert“ with Windows-1252 quotes (0x84, 0x93) and ü (0xFC).
    let mut bytes = b"Serverantwort: \x84550 <a@b.example>... Relay verweigert\x93, Anschluss: 25, Secure (SSL): Nein, Fehlernummer: 0x800CCC79 \xfc".to_vec();
    bytes.push(b'\n');
    let mut child = Command::new(env!("CARGO_BIN_EXE_smtp-doctor"))
        .args(["explain", "--json", "--lang", "de"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&bytes)
        .expect("write");
    let o = child.wait_with_output().expect("finishes");
    let v = json(&o);
    assert_eq!(v["cause"], "relay_denied");
    assert_eq!(
        v["server_response"],
        "550 <a@b.example>... Relay verweigert"
    );
    assert_eq!(v["port"], 25);
}

mod check {
    //! `smtp-doctor check` against the lab, through the real binary.

    use super::*;
    use crate::probe_lab::Lab;

    fn check(locale: &str, args: &[&str], stdin: Option<&str>) -> Output {
        let lab = Lab::get();
        let ca = lab.var("CA");
        let mut all = vec![
            "check",
            "--host",
            "127.0.0.1",
            "--ca-file",
            ca.as_str(),
            "--timeout",
            "10",
        ];
        all.extend_from_slice(args);
        run(locale, &all, stdin)
    }

    #[cfg(feature = "lab")]
    #[test]
    fn relay_refusal_in_german_with_exit_1() {
        let lab = Lab::get();
        let port = lab.port("RELAY").to_string();
        let o = check(
            "de_DE.UTF-8",
            &[
                "--port",
                &port,
                "--from",
                "alice@lab.test",
                "--to",
                "x@outside.example",
            ],
            None,
        );
        assert_eq!(o.status.code(), Some(1));
        let out = stdout(&o);
        assert!(
            out.starts_with("Ergebnis: Von hier aus funktioniert der Versand nicht"),
            "{out}"
        );
        assert!(
            out.contains(
                "Der Postausgangsserver hat die Weitergabe an fremde Adressen (Relay) abgelehnt"
            ),
            "{out}"
        );
        assert!(out.contains("Relay access denied"), "{out}");
        let progress = String::from_utf8_lossy(&o.stderr);
        assert!(
            progress.contains("✗") && progress.contains("Relay-Test"),
            "{progress}"
        );
    }

    #[cfg(feature = "lab")]
    #[test]
    fn working_submission_in_english_json_with_exit_0() {
        let lab = Lab::get();
        let port = lab.port("SUBMISSION").to_string();
        let o = check(
            "en_US.UTF-8",
            &[
                "--port",
                &port,
                "--tls",
                "starttls",
                "--user",
                "alice@lab.test",
                "--password-stdin",
                "--json",
            ],
            Some("alice-secret\n"),
        );
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let v = json(&o);
        assert_eq!(v["verdict"]["sending_works"], true);
        assert_eq!(v["verdict"]["blocking_count"], 0);
        assert_eq!(v["verdict"]["warning_count"], 0);
        // Only information: without login the server refuses, as it should.
        let findings = v["findings"].as_array().expect("findings");
        assert!(findings.len() <= 1, "{findings:#?}");
        assert!(findings.iter().all(|f| f["severity"] == "info"));
        assert!(v["steps"].as_array().is_some_and(|s| s.len() > 10));
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(!all.contains("alice-secret"), "the password leaked");
    }

    #[cfg(feature = "lab")]
    #[test]
    fn insecure_certificate_is_a_warning_after_what_blocks() {
        let lab = Lab::get();
        let port = lab.port("SELF_SIGNED").to_string();
        let o = check(
            "de_DE.UTF-8",
            &[
                "--port",
                &port,
                "--tls",
                "starttls",
                "--insecure",
                "--user",
                "alice@lab.test",
                "--from",
                "bob@lab.test",
                "--password-stdin",
                "--json",
            ],
            Some("alice-secret\n"),
        );
        assert_eq!(o.status.code(), Some(1));
        let v = json(&o);
        assert_eq!(v["verdict"]["sending_works"], false);
        assert!(v["verdict"]["blocking_count"].as_u64() >= Some(1));
        assert!(v["verdict"]["warning_count"].as_u64() >= Some(1));
        let f = v["findings"].as_array().expect("findings");
        assert_eq!(f[0]["cause"], "sender_rejected_not_owned");
        assert_eq!(f[0]["severity"], "blocking");
        let cert = f
            .iter()
            .find(|x| x["cause"] == "certificate_untrusted")
            .expect("certificate finding");
        assert_eq!(cert["severity"], "warning");
        assert_eq!(cert["detail"]["problem"]["reason"], "self_signed");
        assert!(
            cert["title"]
                .as_str()
                .is_some_and(|t| t.contains("Zertifikat")),
            "{cert}"
        );
        // The text says what blocks first and never that encryption failed.
        let o = check(
            "de_DE.UTF-8",
            &[
                "--port",
                &port,
                "--tls",
                "starttls",
                "--insecure",
                "--user",
                "alice@lab.test",
                "--from",
                "bob@lab.test",
                "--password-stdin",
            ],
            Some("alice-secret\n"),
        );
        let text = String::from_utf8_lossy(&o.stdout);
        assert!(text.contains("1. [Verhindert den Versand]"), "{text}");
        assert!(!text.contains("kam nicht zustande"), "{text}");
    }

    #[cfg(feature = "lab")]
    #[test]
    fn json_findings_carry_cause_fixes_and_evidence() {
        let lab = Lab::get();
        let port = lab.port("TLS_REQUIRED").to_string();
        let o = check(
            "en_US.UTF-8",
            &[
                "--port",
                &port,
                "--tls",
                "none",
                "--from",
                "alice@lab.test",
                "--json",
            ],
            None,
        );
        assert_eq!(o.status.code(), Some(1));
        let v = json(&o);
        let f = &v["findings"][0];
        assert_eq!(f["cause"], "tls_required");
        assert_eq!(f["fixes"][0]["id"], "switch_encryption");
        assert!(
            f["fixes"][0]["text"]
                .as_str()
                .is_some_and(|t| t.contains("STARTTLS"))
        );
        assert_eq!(f["evidence"]["step"], "mail_from");
        assert!(
            f["evidence"]["reply"]
                .as_str()
                .is_some_and(|r| r.starts_with("530"))
        );
    }

    #[cfg(feature = "lab")]
    #[test]
    fn sweep_table() {
        let lab = Lab::get();
        let ports = format!(
            "{}:starttls,{}:implicit",
            lab.port("SUBMISSION"),
            lab.port("SMTPS")
        );
        let port = lab.port("RELAY").to_string();
        let o = check(
            "en_US.UTF-8",
            &[
                "--port",
                &port,
                "--user",
                "alice@lab.test",
                "--password-stdin",
                "--sweep-ports",
                &ports,
            ],
            Some("alice-secret"),
        );
        let out = stdout(&o);
        assert!(out.contains("What works from here"), "{out}");
        assert!(
            out.contains(&format!(
                "Port {} (STARTTLS): reachable yes, sending works yes",
                lab.port("SUBMISSION")
            )),
            "{out}"
        );
    }

    #[cfg(feature = "lab")]
    #[test]
    fn travelling_with_a_provider_account_apply_fixes_finds_the_working_settings() {
        let lab = Lab::get();
        let relay = lab.port("RELAY").to_string();
        let sweep = format!("{}:starttls", lab.port("SUBMISSION"));
        let o = check(
            "en_US.UTF-8",
            &[
                "--port",
                &relay,
                "--tls",
                "none",
                "--user",
                "alice@lab.test",
                "--password-stdin",
                "--auth",
                "off",
                "--to",
                "x@outside.example",
                "--location",
                "travel",
                "--account",
                "provider",
                "--sweep-ports",
                &sweep,
                "--apply-fixes",
                "--json",
            ],
            Some("alice-secret\n"),
        );
        assert_eq!(
            o.status.code(),
            Some(1),
            "the settings as they are do not work"
        );
        let v = json(&o);
        assert_eq!(v["situation"]["location"], "travel");
        assert_eq!(v["situation"]["account"], "provider");
        assert_eq!(v["situation"]["is_relay"], true);
        assert_eq!(v["situation"]["may_be_blocked"], true);
        let f = &v["findings"][0];
        assert_eq!(f["cause"], "relay_denied");
        assert_eq!(f["fixes"][0]["id"], "use_authenticated_submission");
        let change = &f["fixes"][0]["settings_change"];
        assert_eq!(
            change[0],
            serde_json::json!({"setting": "port", "value": lab.port("SUBMISSION")})
        );
        assert_eq!(
            change[2],
            serde_json::json!({"setting": "auth", "value": true})
        );
        assert_eq!(v["verdict"]["fixed_by"], "use_authenticated_submission");
        assert_eq!(v["trials"][0]["works"], true);
        // The same in German, as text.
        let o = check(
            "de_DE.UTF-8",
            &[
                "--port",
                &relay,
                "--tls",
                "none",
                "--user",
                "alice@lab.test",
                "--password-stdin",
                "--auth",
                "off",
                "--location",
                "travel",
                "--sweep-ports",
                &sweep,
                "--apply-fixes",
            ],
            Some("alice-secret\n"),
        );
        let out = stdout(&o);
        assert!(
            out.contains("Unterwegs (Hotel, Flughafen, Café, Hotspot)"),
            "{out}"
        );
        assert!(
            out.contains("1. Senden Sie mit Anmeldung über den Port für E-Mail-Programme"),
            "{out}"
        );
        assert!(out.contains("So funktioniert es: Port"), "{out}");
    }

    #[test]
    fn explain_with_situation() {
        let o = run(
            "en_US.UTF-8",
            &[
                "explain",
                "--json",
                "--location",
                "travel",
                "--account",
                "provider",
                SEED_550,
            ],
            None,
        );
        let v = json(&o);
        assert_eq!(v["situation"]["is_relay"], true);
        assert_eq!(v["situation"]["may_be_blocked"], true);
        assert_eq!(v["fixes"][0]["id"], "use_authenticated_submission");
        assert!(v["fixes"][0].get("settings_change").is_some());
    }

    #[test]
    fn situation_usage_errors() {
        let cases: &[(&[&str], &str)] = &[
            (
                &[
                    "check",
                    "--host",
                    "h",
                    "--from",
                    "a@b.c",
                    "--helo",
                    "x\r\nDATA",
                ],
                "cannot be sent as the EHLO name",
            ),
            (
                &["explain", "--location", "moon", "x"],
                "Unknown location \"moon\"",
            ),
            (
                &[
                    "check",
                    "--host",
                    "h",
                    "--from",
                    "a@b.c",
                    "--account",
                    "bank",
                ],
                "Unknown kind of account \"bank\"",
            ),
            (
                &["check", "--host", "h", "--from", "a@b.c", "--auth", "maybe"],
                "is not valid for --auth",
            ),
        ];
        for (args, msg) in cases {
            let o = run("en_US.UTF-8", args, None);
            assert_eq!(o.status.code(), Some(2), "{args:?}");
            assert!(
                String::from_utf8_lossy(&o.stderr).contains(msg),
                "{args:?}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
        }
    }

    #[test]
    fn check_usage_errors() {
        let cases: &[(&[&str], &str)] = &[
            (&["check"], "The option --host is required."),
            (
                &["check", "--host", "h", "--port", "99999", "--from", "a@b.c"],
                "\"99999\" is not a port number",
            ),
            (
                &["check", "--host", "h", "--tls", "maybe", "--from", "a@b.c"],
                "Unknown encryption \"maybe\"",
            ),
            (
                &["check", "--host", "h"],
                "Give your sender address with --from",
            ),
            (
                &[
                    "check",
                    "--host",
                    "h",
                    "--from",
                    "a@b.c",
                    "--password-stdin",
                ],
                "needs --user",
            ),
            (
                &["check", "--host", "h", "--from", "not-an-address"],
                "is not an e-mail address",
            ),
            (
                &["check", "--host", "h", "--from", "a@b.c", "--timeout", "0"],
                "is not a number of seconds",
            ),
            (
                &[
                    "check",
                    "--host",
                    "h",
                    "--from",
                    "a@b.c",
                    "--sweep-ports",
                    "587:what",
                ],
                "was not understood",
            ),
            (
                &[
                    "check",
                    "--host",
                    "h",
                    "--from",
                    "a@b.c",
                    "--ca-file",
                    "/nonexistent.pem",
                ],
                "Could not read certificates",
            ),
        ];
        for (args, msg) in cases {
            let o = run("en_US.UTF-8", args, None);
            assert_eq!(o.status.code(), Some(2), "{args:?}");
            assert!(
                String::from_utf8_lossy(&o.stderr).contains(msg),
                "{args:?}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
        }
        let o = run("de_DE.UTF-8", &["check"], None);
        assert!(String::from_utf8_lossy(&o.stderr).contains("Die Option --host ist erforderlich."));
    }
}
