//! The desktop app, driven through egui_kittest by role and label, in German and English,
//! against the real lab (and the real keyring for profiles). Snapshots of every screen go to
//! `tests/snapshots/` (rendered with wgpu on Mesa's lavapipe; `UPDATE_SNAPSHOTS=1` rewrites
//! them).

use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use smtp_doctor::i18n::Lang;
use smtp_doctor::probe::{TlsMode, TrustAnchors};
use smtp_doctor::profiles::{OsKeyring, ProfileStore, SecretStore, SessionSecrets};
use smtp_doctor::ui::{AppOptions, DoctorApp, Screen};

use crate::probe_lab::Lab;

const SEED_550: &str = "Die Nachricht konnte nicht gesendet werden, da einer der Empfänger vom Server nicht akzeptiert wurde. Die nicht akzeptierte E-Mail-Adresse ist <jemand@beispiel.com>. Betreff: \"<Test>\", Konto: \"<Test>\", Server: \"<smtp.beispiel.com>\", Protokoll: SMTP, Serverantwort: \"550 <jemand@beispiel.com>... Relay verweigert\", Anschluss: 25, Secure (SSL): Nein, Serverfehler: 550, Fehlernummer: 0x800CCC79.";

fn options(lang: Lang, dir: &std::path::Path, secrets: Arc<dyn SecretStore>) -> AppOptions {
    let lab = Lab::get();
    AppOptions {
        lang: Some(lang),
        profile_store: ProfileStore::at(dir.join("profiles")),
        secrets,
        extra_anchors: TrustAnchors::read_pem(lab.var("CA").as_ref()).expect("lab CA"),
        sweep: vec![(lab.port("SUBMISSION"), TlsMode::StartTls)],
        timeout: Duration::from_secs(5),
        report_dir: Some(dir.join("reports")),
        // Only the test DNS server on loopback; no autoconfig URL (they would leave the machine).
        detect: smtp_doctor::autodetect::DetectConfig {
            offline: false,
            dns_server: Some(crate::autodetect::dns()),
            autoconfig_urls: vec![],
            timeout: Duration::from_secs(2),
        },
        env: smtp_doctor::session::Env::system(),
        extra_providers: vec![],
        // Never the real user's Thunderbird: an empty folder unless a test sets one.
        thunderbird_dir: Some(dir.join("no-thunderbird")),
    }
}

fn harness(opts: AppOptions) -> Harness<'static, DoctorApp> {
    Harness::builder()
        .with_size(egui::vec2(900.0, 900.0))
        .build_eframe(move |cc| DoctorApp::new(&cc.egui_ctx, opts, None))
}

/// The app with passwords kept in memory only (no keyring involved).
/// The app in `theme`, passwords in memory only (the snapshots of every screen in both
/// themes).
fn themed_harness(
    lang: Lang,
    dir: &std::path::Path,
    theme: egui::Theme,
) -> Harness<'static, DoctorApp> {
    let opts = options(lang, dir, Arc::new(SessionSecrets::default()));
    Harness::builder()
        .with_size(egui::vec2(900.0, 900.0))
        .with_theme(theme)
        .build_eframe(move |cc| DoctorApp::new(&cc.egui_ctx, opts, None))
}

fn session_harness(lang: Lang, dir: &std::path::Path) -> Harness<'static, DoctorApp> {
    harness(options(lang, dir, Arc::new(SessionSecrets::default())))
}

/// Opens "I have an error message" (button `paste`) and types `text` into the box.
fn paste_text(h: &mut Harness<'_, DoctorApp>, lang: Lang, paste: &str, text: &str) {
    h.get_by_label(paste).click();
    h.run_ok();
    let field = match lang {
        Lang::De => {
            "Fügen Sie die vollständige Meldung Ihres E-Mail-Programms ein – oder die E-Mail, die als unzustellbar zurückgekommen ist:"
        }
        Lang::En => "Paste the complete message from your mail program, or the bounce:",
    };
    h.get_by_label(field).focus();
    h.get_by_label(field).type_text(text);
    h.run_ok();
}

/// Lets frames run until the app reaches `screen` (the check runs on its own threads).
fn wait_for(h: &mut Harness<'_, DoctorApp>, screen: Screen) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while h.state().screen != screen {
        assert!(Instant::now() < deadline, "stuck on {:?}", h.state().screen);
        h.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    h.run_ok();
}

/// Lets frames run until a label containing `text` shows (work on the app's threads).
fn wait_for_label(h: &mut Harness<'_, DoctorApp>, text: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while h.query_by_label_contains(text).is_none() {
        assert!(Instant::now() < deadline, "no label containing {text:?}");
        h.step();
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Types into the field labelled `label`, replacing what it held.
fn type_into(h: &mut Harness<'_, DoctorApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run_ok();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run_ok();
    h.get_by_label(label).type_text(text);
    h.run_ok();
}

struct Words {
    check: &'static str,
    travel: &'static str,
    next: &'static str,
    email: &'static str,
    host: &'static str,
    port: &'static str,
    none: &'static str,
    auth: &'static str,
    password: &'static str,
    manual: &'static str,
    recipient: &'static str,
    start: &'static str,
    relay_title: &'static str,
    apply: &'static str,
    worked: &'static str,
    works: &'static str,
    works_banner: &'static str,
    save_report: &'static str,
    as_markdown: &'static str,
    saved: &'static str,
    report_title: &'static str,
    settings_heading: &'static str,
}

const EN: Words = Words {
    check: "Check my e-mail sending",
    travel: "On the road: hotel, airport, café, mobile hotspot or someone else's Wi-Fi",
    next: "Next",
    email: "E-mail address",
    host: "Outgoing server (SMTP)",
    port: "Port",
    none: "none",
    auth: "My outgoing server requires authentication (login)",
    password: "Password",
    manual: "Enter the settings myself",
    recipient: "Recipient's address (optional)",
    start: "Start the check",
    relay_title: "The outgoing server refused to pass your message on",
    apply: "Check again with this change",
    worked: "The change worked",
    works: "Result: sending works from here",
    works_banner: "Your e-mail sending works from here",
    save_report: "Save report",
    as_markdown: "as Markdown (.md)",
    saved: "The report was saved as",
    report_title: "smtp-doctor report",
    settings_heading: "Settings checked",
};

const DE: Words = Words {
    check: "Meinen E-Mail-Versand prüfen",
    travel: "Unterwegs: Hotel, Flughafen, Café, mobiler Hotspot oder fremdes WLAN",
    next: "Weiter",
    email: "E-Mail-Adresse",
    host: "Postausgangsserver (SMTP)",
    port: "Port",
    none: "keine",
    auth: "Mein Postausgangsserver erfordert Authentifizierung (Anmeldung)",
    password: "Passwort",
    manual: "Einstellungen selbst eingeben",
    recipient: "Adresse des Empfängers (kann leer bleiben)",
    start: "Prüfung starten",
    relay_title: "Der Postausgangsserver hat die Weitergabe an fremde Adressen (Relay) abgelehnt",
    apply: "Mit dieser Änderung erneut prüfen",
    worked: "Die Änderung hat geholfen",
    works: "Ergebnis: Von hier aus funktioniert der Versand",
    works_banner: "Ihr Versand funktioniert von hier aus",
    save_report: "Bericht speichern",
    as_markdown: "als Markdown (.md)",
    saved: "Der Bericht wurde unter",
    report_title: "Bericht von smtp-doctor",
    settings_heading: "Geprüfte Einstellungen",
};

/// Travel + provider account + a server that relays only for its own network: the result
/// names the relay refusal; "Apply and check again" logs in on the submission port → green.
fn travel_relay_then_fix(lang: Lang, w: &Words, snapshots: bool) {
    let tag = match lang {
        Lang::De => "de",
        Lang::En => "en",
    };
    travel_relay_then_fix_in(lang, w, snapshots, egui::Theme::Dark, tag);
}

fn travel_relay_then_fix_in(lang: Lang, w: &Words, snapshots: bool, theme: egui::Theme, tag: &str) {
    let lab = Lab::get();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = themed_harness(lang, dir.path(), theme);
    h.run_ok();
    if snapshots {
        h.snapshot(format!("{tag}_1_start"));
    }
    h.get_by_label(w.check).click();
    h.run_ok();
    if snapshots {
        h.snapshot(format!("{tag}_2_location"));
    }
    // Choosing the place answers the question: on to the account.
    h.get_by_label(w.travel).click();
    h.run_ok();
    assert_eq!(h.state().screen, Screen::Account);
    // The mail program is set up differently from what a lookup would find: all fields.
    h.get_by_label(w.manual).click();
    h.run_ok();
    type_into(&mut h, w.email, &lab.var("ALICE_USER"));
    type_into(&mut h, w.host, "127.0.0.1");
    type_into(&mut h, w.port, &lab.port("RELAY").to_string());
    h.get_by_label(w.none).click();
    h.get_by_label(w.auth).click(); // the mail program does not log in
    h.run_ok();
    type_into(&mut h, w.password, &lab.var("ALICE_PASSWORD"));
    if snapshots {
        h.snapshot(format!("{tag}_3_account"));
    }
    h.get_by_label(w.next).click();
    h.run_ok();
    type_into(&mut h, w.recipient, &lab.var("OUTSIDE_RCPT"));
    if snapshots {
        h.snapshot(format!("{tag}_4_recipient"));
    }
    h.get_by_label(w.start).click();
    h.step();
    assert_eq!(h.state().screen, Screen::Checking);
    wait_for(&mut h, Screen::Result);
    assert!(
        h.query_by_label_contains(w.relay_title).is_some(),
        "the result names the relay refusal"
    );
    if snapshots {
        h.snapshot(format!("{tag}_6_result"));
    }
    // The one recommended change: log in on the submission port.
    h.get_by_label(w.apply).click();
    h.step();
    wait_for(&mut h, Screen::Result);
    assert!(
        h.query_by_label_contains(w.worked).is_some(),
        "the applied fix is confirmed"
    );
    assert!(
        h.query_by_label_contains(w.works_banner).is_some(),
        "the re-check is green"
    );
    assert!(h.state().screen == Screen::Result);

    // The report for the provider or helpdesk, saved as Markdown in the chosen language:
    // settings, result and transcript, and never the password.
    h.get_by_label(w.save_report).click();
    h.run_ok();
    h.get_by_label(w.as_markdown).click();
    let reports = dir.path().join("reports");
    wait_for_label(&mut h, w.saved);
    let files: Vec<_> = std::fs::read_dir(&reports)
        .expect("the report folder")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(files[0].extension().and_then(|e| e.to_str()), Some("md"));
    let md = std::fs::read_to_string(&files[0]).expect("report");
    assert!(md.starts_with(&format!("# {}\n", w.report_title)), "{md}");
    assert!(md.contains(&format!("## {}", w.settings_heading)), "{md}");
    assert!(md.contains(w.works), "{md}");
    assert!(
        md.contains("C: AUTH PLAIN ***"),
        "the login is shown, redacted:\n{md}"
    );
    assert!(
        !md.contains(&lab.var("ALICE_PASSWORD")),
        "no password in the report:\n{md}"
    );
}

#[test]
fn travel_relay_refused_then_fixed_in_english() {
    travel_relay_then_fix(Lang::En, &EN, true);
}

#[test]
fn travel_relay_refused_then_fixed_in_german() {
    travel_relay_then_fix(Lang::De, &DE, true);
}

/// The checking screen, caught while the spinner runs (the lab's never-greeting port is a
/// scripted listener here: it accepts and stays silent until the step times out).
#[test]
fn checking_screen_shows_progress_and_can_be_cancelled_in_english() {
    checking_and_cancel(Lang::En, "en", "Start the check", "Cancel");
}

#[test]
fn checking_screen_shows_progress_and_can_be_cancelled_in_german() {
    checking_and_cancel(Lang::De, "de", "Prüfung starten", "Abbrechen");
}

fn checking_and_cancel(lang: Lang, tag: &str, start: &str, cancel: &str) {
    checking_and_cancel_in(lang, tag, start, cancel, egui::Theme::Dark);
}

fn checking_and_cancel_in(lang: Lang, tag: &str, start: &str, cancel: &str, theme: egui::Theme) {
    {
        let silent = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = silent.local_addr().expect("addr").port();
        let dir = tempfile::tempdir().expect("tempdir");
        let mut h = themed_harness(lang, dir.path(), theme);
        {
            let app = h.state_mut();
            app.screen = Screen::Recipient;
        }
        h.run_ok();
        h.state_mut()
            .set_form_for_tests("alice@lab.test", "127.0.0.1", port);
        h.get_by_label(start).click();
        for _ in 0..10 {
            h.step();
            std::thread::sleep(Duration::from_millis(30));
        }
        assert_eq!(h.state().screen, Screen::Checking);
        // The spinner keeps requesting frames: run_ok() returns instead of hanging.
        h.run_ok();
        // The spinner's angle and the elapsed time differ from run to run: allow for them.
        let opts = egui_kittest::SnapshotOptions::new().max_failed_pixels(4000);
        h.snapshot_options(format!("{tag}_5_checking"), &opts);
        h.get_by_label(cancel).click();
        h.run_ok();
        assert_eq!(h.state().screen, Screen::Recipient);
        drop(silent);
    }
}

#[test]
fn paste_the_seed_dialog_in_german() {
    paste_seed(
        Lang::De,
        "de",
        "Ich habe eine Fehlermeldung",
        "Erklären",
        "Der Postausgangsserver hat die Weitergabe an fremde Adressen (Relay) abgelehnt",
    );
}

#[test]
fn paste_the_seed_dialog_in_english() {
    paste_seed(
        Lang::En,
        "en",
        "I have an error message",
        "Explain",
        "The outgoing server refused to pass your message on",
    );
}

fn paste_seed(lang: Lang, tag: &str, paste: &str, explain: &str, title: &str) {
    paste_seed_in(lang, tag, paste, explain, title, egui::Theme::Dark);
}

fn paste_seed_in(
    lang: Lang,
    tag: &str,
    paste: &str,
    explain: &str,
    title: &str,
    theme: egui::Theme,
) {
    {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut h = themed_harness(lang, dir.path(), theme);
        h.run_ok();
        paste_text(&mut h, lang, paste, SEED_550);
        h.get_by_label(explain).click();
        h.run_ok();
        assert!(
            h.query_by_label_contains(title).is_some(),
            "{tag}: relay refusal explained"
        );
        h.snapshot(format!("{tag}_7_paste"));
    }
}

/// The words of the profile flow.
struct ProfileWords {
    start: &'static str,
    save: &'static str,
    saved: &'static str,
    open: &'static str,
    again: &'static str,
    delete: &'static str,
    deleted: &'static str,
    works: &'static str,
}

#[test]
fn save_a_profile_and_open_it_again_through_the_real_keyring_in_english() {
    // Each language uses its own lab user: the keyring entry is named after the account, and
    // the two tests run at the same time against the same keyring.
    profile_flow(
        Lang::En,
        "ALICE",
        &ProfileWords {
            start: "Start the check",
            save: "Save settings",
            saved: "were saved",
            open: "Open {}",
            again: "Check {} again",
            delete: "Delete {}",
            deleted: "were deleted",
            works: "Your e-mail sending works from here",
        },
    );
}

#[test]
fn save_a_profile_and_open_it_again_through_the_real_keyring_in_german() {
    profile_flow(
        Lang::De,
        "BOB",
        &ProfileWords {
            start: "Prüfung starten",
            save: "Einstellungen speichern",
            saved: "wurden gespeichert",
            open: "{} öffnen",
            again: "{} erneut prüfen",
            delete: "{} löschen",
            deleted: "wurden gelöscht",
            works: "Ihr Versand funktioniert von hier aus",
        },
    );
}

fn profile_flow(lang: Lang, user: &str, w: &ProfileWords) {
    let lab = Lab::get();
    let dir = tempfile::tempdir().expect("tempdir");
    let keyring: Arc<dyn SecretStore> =
        Arc::new(OsKeyring::open().expect("keyring (run via tests/run.sh)"));
    let name = lab.var(&format!("{user}_USER"));
    let password = lab.var(&format!("{user}_PASSWORD"));
    let label = |pattern: &str| pattern.replace("{}", &name);
    let mut h = harness(options(lang, dir.path(), keyring.clone()));
    h.run_ok();
    h.state_mut()
        .set_form_for_tests(&name, "127.0.0.1", lab.port("SUBMISSION"));
    h.state_mut().set_password_for_tests(&password, true);
    h.state_mut().screen = Screen::Recipient;
    h.run_ok();
    h.get_by_label(w.start).click();
    h.step();
    wait_for(&mut h, Screen::Result);
    h.get_by_label(w.save).click();
    wait_for_label(&mut h, w.saved);
    assert_eq!(
        keyring
            .get(&name)
            .expect("keyring")
            .map(|s| s.expose().to_owned()),
        Some(password.clone())
    );
    drop(h);
    // A new app: the profile is listed, opening it brings back the password from the keyring.
    let mut h = harness(options(lang, dir.path(), keyring.clone()));
    h.run_ok();
    h.get_by_label(&label(w.open)).click();
    wait_for(&mut h, Screen::Location);
    assert!(
        h.state().has_password_for_tests(),
        "the password came back from the keyring"
    );
    drop(h);
    // "Check … again" from the start page runs the saved settings straight away.
    let mut h = harness(options(lang, dir.path(), keyring.clone()));
    h.run_ok();
    h.get_by_label(&label(w.again)).click();
    wait_for(&mut h, Screen::Result);
    assert!(h.query_by_label_contains(w.works).is_some());
    // The profile file never holds the password.
    for e in std::fs::read_dir(dir.path().join("profiles"))
        .expect("dir")
        .flatten()
    {
        let text = std::fs::read_to_string(e.path()).unwrap_or_default();
        assert!(!text.contains(&password));
    }
    drop(h);
    // Deleting it in the app removes the file and the keyring entry.
    let mut h = harness(options(lang, dir.path(), keyring.clone()));
    h.run_ok();
    h.get_by_label(&label(w.delete)).click();
    let deadline = Instant::now() + Duration::from_secs(20);
    // The notice comes first; the list is then read again from disk in the background.
    while h.query_by_label_contains(w.deleted).is_none()
        || h.query_by_label(&label(w.open)).is_some()
    {
        assert!(
            Instant::now() < deadline,
            "profile not deleted, or still listed"
        );
        h.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        !dir.path()
            .join("profiles")
            .read_dir()
            .expect("dir")
            .any(|e| e
                .expect("entry")
                .path()
                .extension()
                .is_some_and(|x| x == "toml")),
        "the profile file is gone"
    );
    assert_eq!(keyring.get(&name).expect("keyring").map(|_| ()), None);
}

/// "Fill in the server from my address" for a domain the built-in table does not know: the
/// app asks DNS in the background (the test's dnsmasq serves SRV records for srv.test) and
/// says where the settings came from; for a domain nobody describes, it says so.
fn fill_in_from_dns(lang: Lang, email: &str, nothing: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = session_harness(lang, dir.path());
    h.run_ok();
    h.state_mut().screen = Screen::Account;
    h.run_ok();
    for (address, expect) in [
        ("max@srv.test", "_submissions._tcp.srv.test"),
        ("max@own-mx.test", nothing),
    ] {
        // Typing is enough: the lookup starts after a short pause.
        type_into(&mut h, email, address);
        wait_for_label(&mut h, expect);
        h.run_ok();
    }
    // The form still holds what the SRV record said (nothing found does not clear it).
    let f = h.state().form_for_tests();
    assert_eq!(
        (f.host.as_str(), f.port.as_str(), f.security),
        (
            "mail.srv.test",
            "465",
            smtp_doctor::smtp::Security::ImplicitTls
        )
    );
    assert!(f.auth);
}

#[test]
fn fill_in_the_server_from_dns_in_english() {
    fill_in_from_dns(
        Lang::En,
        "E-mail address",
        "No settings were found for own-mx.test",
    );
}

#[test]
fn fill_in_the_server_from_dns_in_german() {
    fill_in_from_dns(
        Lang::De,
        "E-Mail-Adresse",
        "Für own-mx.test wurden keine Einstellungen gefunden",
    );
}

/// Presses Tab until the widget labelled `label` has the keyboard focus.
fn tab_to(h: &mut Harness<'_, DoctorApp>, label: &str) {
    for _ in 0..60 {
        if h.get_by_label(label).is_focused() {
            return;
        }
        h.key_press(egui::Key::Tab);
        h.run_ok();
    }
    panic!("Tab never reaches {label:?}");
}

/// The smallest window (800×600) and no mouse: Tab moves between the controls, Enter and
/// Space press them, from the start page to the recipient screen.
fn keyboard_only(lang: Lang, w: &Words) {
    let lab = Lab::get();
    let dir = tempfile::tempdir().expect("tempdir");
    let opts = options(lang, dir.path(), Arc::new(SessionSecrets::default()));
    let mut h = Harness::builder()
        .with_size(egui::vec2(800.0, 600.0))
        .build_eframe(move |cc| DoctorApp::new(&cc.egui_ctx, opts, None));
    h.run_ok();
    tab_to(&mut h, w.check);
    h.key_press(egui::Key::Enter);
    h.run_ok();
    assert_eq!(h.state().screen, Screen::Location);
    tab_to(&mut h, w.travel);
    h.key_press(egui::Key::Space);
    h.run_ok();
    assert_eq!(
        h.state().screen,
        Screen::Account,
        "Space chose the location"
    );
    // Each screen puts the focus on its first field.
    assert!(h.get_by_label(w.email).is_focused());
    h.get_by_label(w.email).type_text(&lab.var("ALICE_USER"));
    h.run_ok();
    tab_to(&mut h, w.manual);
    h.key_press(egui::Key::Enter);
    h.run_ok();
    tab_to(&mut h, w.host);
    h.get_by_label(w.host).type_text("127.0.0.1");
    h.run_ok();
    // At 800×600 the form is taller than the window: the focused control scrolls into view.
    tab_to(&mut h, w.next);
    h.key_press(egui::Key::Enter);
    h.run_ok();
    assert_eq!(h.state().screen, Screen::Recipient);
    tab_to(&mut h, w.start);
}

#[test]
fn keyboard_only_at_800_by_600_in_english() {
    keyboard_only(Lang::En, &EN);
}

#[test]
fn keyboard_only_at_800_by_600_in_german() {
    keyboard_only(Lang::De, &DE);
}

/// A whole mailbox pasted by mistake: the box keeps a bounded prefix and says so, and the
/// seed's dialog inside it is still explained.
#[test]
fn an_oversized_paste_is_cut_with_a_notice_in_both_languages() {
    for (lang, paste, explain, cut, title) in [
        (
            Lang::En,
            "I have an error message",
            "Explain",
            "Only the first",
            "The outgoing server refused to pass your message on",
        ),
        (
            Lang::De,
            "Ich habe eine Fehlermeldung",
            "Erklären",
            "Nur die ersten",
            "Der Postausgangsserver hat die Weitergabe an fremde Adressen (Relay) abgelehnt",
        ),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut h = session_harness(lang, dir.path());
        h.run_ok();
        let huge = format!("{SEED_550}\n{}", "x".repeat(300_000));
        paste_text(&mut h, lang, paste, &huge);
        assert!(
            h.query_by_label_contains(cut).is_some(),
            "{lang:?}: no notice"
        );
        h.get_by_label(explain).click();
        h.run_ok();
        assert!(
            h.query_by_label_contains(title).is_some(),
            "{lang:?}: the dialog at the start is still explained"
        );
    }
}

/// The idle app on its start screen asks for no frame: no repaint is requested for at
/// least 2 s (a window title re-sent every frame used to keep a CPU core busy).
#[test]
fn the_idle_start_screen_requests_no_repaint() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = session_harness(Lang::De, dir.path());
    h.run_ok();
    // The saved settings are read in the background: let that arrive first.
    std::thread::sleep(Duration::from_millis(300));
    h.run_ok();
    let started = Instant::now();
    let mut frames = 0;
    while started.elapsed() < Duration::from_millis(2500) {
        h.step();
        frames += 1;
        let delay = h.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
        assert!(
            delay >= Duration::from_secs(2),
            "frame {frames}: the idle start screen asks for a repaint after {delay:?}"
        );
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// The lab's domain as a provider row, given to the app through its options only (the
/// shipped table has no lab.test). Like a hotel network that lets the provider's plain port
/// through but where the server relays only for logged-in users on its submission port.
fn lab_provider(port: u16) -> smtp_doctor::autodetect::Provider {
    toml::from_str(&format!(
        r#"
id = "lab"
name = "Lab Mail"
domains = ["lab.test"]
username = "email"
[[submission]]
host = "127.0.0.1"
port = {port}
security = "none"
[policy]
from_must_match_login = true
"#
    ))
    .expect("a provider row")
}

struct HotelWords {
    check: &'static str,
    travel: &'static str,
    email: &'static str,
    password: &'static str,
    found: &'static str,
    policy: &'static str,
    yes: &'static str,
    fails: &'static str,
    apply: &'static str,
    works: &'static str,
    set_it: &'static str,
}

const HOTEL_DE: HotelWords = HotelWords {
    check: "Meinen E-Mail-Versand prüfen",
    travel: "Unterwegs: Hotel, Flughafen, Café, mobiler Hotspot oder fremdes WLAN",
    email: "E-Mail-Adresse",
    password: "Passwort",
    found: "Lab Mail: 127.0.0.1, Port",
    policy: "Lab Mail nimmt als Absender nur Ihre eigene Adresse an",
    yes: "Ja, jetzt prüfen",
    fails: "Der Versand scheitert:",
    apply: "Mit dieser Änderung erneut prüfen",
    works: "Ihr Versand funktioniert von hier aus",
    set_it: "So stellen Sie es in Ihrem E-Mail-Programm ein:",
};

const HOTEL_EN: HotelWords = HotelWords {
    check: "Check my e-mail sending",
    travel: "On the road: hotel, airport, café, mobile hotspot or someone else's Wi-Fi",
    email: "E-mail address",
    password: "Password",
    found: "Lab Mail: 127.0.0.1, port",
    policy: "Lab Mail only accepts your own address as the sender",
    yes: "Yes, check now",
    fails: "Sending fails:",
    apply: "Check again with this change",
    works: "Your e-mail sending works from here",
    set_it: "How to set it in your mail program:",
};

/// A user of a known provider in a hotel, from the start page to a verified fix, counting
/// what they do (clicks and typed fields): at most 6 when the settings found are the ones
/// their mail program uses. Snapshots of each screen in the language and theme.
fn hotel_user(lang: Lang, theme: egui::Theme, w: &HotelWords) {
    let lab = Lab::get();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut opts = options(lang, dir.path(), Arc::new(SessionSecrets::default()));
    opts.extra_providers = vec![lab_provider(lab.port("RELAY"))];
    let mut h = Harness::builder()
        .with_size(egui::vec2(900.0, 900.0))
        .with_theme(theme)
        .build_eframe(move |cc| DoctorApp::new(&cc.egui_ctx, opts, None));
    let tag = format!(
        "{}_{}",
        match lang {
            Lang::De => "de",
            Lang::En => "en",
        },
        match theme {
            egui::Theme::Light => "light",
            egui::Theme::Dark => "dark",
        }
    );
    let mut interactions = 0;
    h.run_ok();
    h.snapshot(format!("{tag}_1_start"));
    h.get_by_label(w.check).click();
    interactions += 1;
    h.run_ok();
    h.snapshot(format!("{tag}_2_location"));
    h.get_by_label(w.travel).click();
    interactions += 1;
    h.run_ok();
    assert_eq!(h.state().screen, Screen::Account);
    type_into(&mut h, w.email, &lab.var("ALICE_USER"));
    interactions += 1;
    type_into(&mut h, w.password, &lab.var("ALICE_PASSWORD"));
    interactions += 1;
    // Found in the provider table at once, with the provider's policy, before any check.
    assert!(
        h.query_by_label_contains(w.found).is_some(),
        "{tag}: found line"
    );
    assert!(
        h.query_by_label_contains(w.policy).is_some(),
        "{tag}: policy"
    );
    assert_eq!(
        h.state().form_for_tests().account_kind,
        smtp_doctor::diagnosis::situation::AccountKind::Freemail,
        "a known e-mail service is not the Internet provider's mailbox"
    );
    h.snapshot(format!("{tag}_3_account"));
    h.get_by_label(w.yes).click();
    interactions += 1;
    h.step();
    assert_eq!(h.state().screen, Screen::Checking);
    wait_for(&mut h, Screen::Result);
    assert!(
        h.query_by_label_contains(w.fails).is_some(),
        "{tag}: the red banner"
    );
    h.snapshot(format!("{tag}_4_result"));
    h.get_by_label(w.apply).click();
    interactions += 1;
    h.step();
    wait_for(&mut h, Screen::Result);
    assert!(
        h.query_by_label_contains(w.works).is_some(),
        "{tag}: the green banner after the change"
    );
    assert!(
        h.query_by_label_contains(w.set_it).is_some(),
        "{tag}: the final settings as a table"
    );
    h.snapshot(format!("{tag}_5_fixed"));
    assert!(
        interactions <= 6,
        "{tag}: {interactions} interactions from start to a verified fix"
    );
}

#[test]
fn hotel_user_to_a_verified_fix_in_german_light() {
    hotel_user(Lang::De, egui::Theme::Light, &HOTEL_DE);
}

#[test]
fn hotel_user_to_a_verified_fix_in_german_dark() {
    hotel_user(Lang::De, egui::Theme::Dark, &HOTEL_DE);
}

#[test]
fn hotel_user_to_a_verified_fix_in_english_light() {
    hotel_user(Lang::En, egui::Theme::Light, &HOTEL_EN);
}

#[test]
fn hotel_user_to_a_verified_fix_in_english_dark() {
    hotel_user(Lang::En, egui::Theme::Dark, &HOTEL_EN);
}

/// The pasted error is evidence about the settings being checked: the app fuses it with its
/// live check exactly as `check` does, and the result says the two agree.
fn paste_then_check(lang: Lang, w: &Words, paste: &str, explain: &str, live: &str, agree: &str) {
    let lab = Lab::get();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = session_harness(lang, dir.path());
    h.run_ok();
    paste_text(&mut h, lang, paste, SEED_550);
    h.get_by_label(explain).click();
    h.run_ok();
    // The button sits below the explanation: reach it by keyboard (it scrolls into view).
    h.get_by_label(live).focus();
    h.run_ok();
    h.key_press(egui::Key::Enter);
    h.run_ok();
    assert_eq!(h.state().screen, Screen::Location);
    h.get_by_label(w.travel).click();
    h.run_ok();
    assert_eq!(h.state().screen, Screen::Account);
    if h.query_by_label(w.manual).is_some() {
        h.get_by_label(w.manual).click();
        h.run_ok();
    }
    // The dialog named smtp.beispiel.com on port 25; the check goes to the lab instead
    // (never to the internet), still without login, as in the dialog.
    type_into(&mut h, w.email, &lab.var("ALICE_USER"));
    type_into(&mut h, w.host, "127.0.0.1");
    type_into(&mut h, w.port, &lab.port("RELAY").to_string());
    h.get_by_label(w.none).click();
    h.get_by_label(w.auth).click();
    h.run_ok();
    h.get_by_label(w.next).click();
    h.run_ok();
    h.get_by_label(w.start).click();
    h.step();
    wait_for(&mut h, Screen::Result);
    assert!(
        h.query_by_label_contains(w.relay_title).is_some(),
        "the check finds the relay refusal"
    );
    assert!(
        h.query_by_label_contains(agree).is_some(),
        "the result names the pasted evidence"
    );
    assert!(h.query_by_label_contains("Relay verweigert").is_some());
}

#[test]
fn a_pasted_error_is_fused_with_the_check_in_german() {
    paste_then_check(
        Lang::De,
        &DE,
        "Ich habe eine Fehlermeldung",
        "Erklären",
        "Diese Einstellungen jetzt am Server prüfen",
        "Die Fehlermeldung, die Sie eingefügt haben, sagt dasselbe",
    );
}

#[test]
fn a_pasted_error_is_fused_with_the_check_in_english() {
    paste_then_check(
        Lang::En,
        &EN,
        "I have an error message",
        "Explain",
        "Check these settings live",
        "The error message you pasted says the same",
    );
}

/// Every screen the dark runs above show, in the light theme too (the quick path's screens
/// come from the hotel runs in both themes). One harness per test.
#[test]
fn the_manual_form_and_its_result_in_the_light_theme_in_german() {
    travel_relay_then_fix_in(Lang::De, &DE, true, egui::Theme::Light, "de_light_manual");
}

#[test]
fn the_manual_form_and_its_result_in_the_light_theme_in_english() {
    travel_relay_then_fix_in(Lang::En, &EN, true, egui::Theme::Light, "en_light_manual");
}

#[test]
fn the_checking_screen_in_the_light_theme_in_german() {
    checking_and_cancel_in(
        Lang::De,
        "de_light",
        "Prüfung starten",
        "Abbrechen",
        egui::Theme::Light,
    );
}

#[test]
fn the_checking_screen_in_the_light_theme_in_english() {
    checking_and_cancel_in(
        Lang::En,
        "en_light",
        "Start the check",
        "Cancel",
        egui::Theme::Light,
    );
}

#[test]
fn the_paste_screen_in_the_light_theme_in_german() {
    paste_seed_in(
        Lang::De,
        "de_light",
        "Ich habe eine Fehlermeldung",
        "Erklären",
        "Der Postausgangsserver hat die Weitergabe an fremde Adressen (Relay) abgelehnt",
        egui::Theme::Light,
    );
}

#[test]
fn the_paste_screen_in_the_light_theme_in_english() {
    paste_seed_in(
        Lang::En,
        "en_light",
        "I have an error message",
        "Explain",
        "The outgoing server refused to pass your message on",
        egui::Theme::Light,
    );
}

/// The account screen offers the accounts Thunderbird is set up with; taking one over fills
/// every field and makes the fixes speak Thunderbird's labels.
fn take_over_from_thunderbird(lang: Lang, w: &Words, button: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut opts = options(lang, dir.path(), Arc::new(SessionSecrets::default()));
    opts.thunderbird_dir = Some(crate::util::fixture("import/thunderbird"));
    let mut h = harness(opts);
    h.run_ok();
    h.get_by_label(w.check).click();
    h.run_ok();
    h.get_by_label(w.travel).click();
    h.run_ok();
    assert_eq!(h.state().screen, Screen::Account);
    wait_for_label(&mut h, button);
    h.get_by_label_contains(button).click();
    h.run_ok();
    let f = h.state().form_for_tests();
    assert_eq!(f.email, "max.mustermann@gmx.de");
    assert_eq!((f.host.as_str(), f.port.as_str()), ("mail.gmx.net", "25"));
    assert_eq!(f.client, smtp_doctor::diagnosis::MailClient::Thunderbird);
    // The full form is open with what Thunderbird uses.
    assert!(h.query_by_label(w.host).is_some());
}

#[test]
fn take_over_the_settings_from_thunderbird_in_german() {
    take_over_from_thunderbird(
        Lang::De,
        &DE,
        "Aus Thunderbird übernehmen: max.mustermann@gmx.de",
    );
}

#[test]
fn take_over_the_settings_from_thunderbird_in_english() {
    take_over_from_thunderbird(
        Lang::En,
        &EN,
        "Take over from Thunderbird: max.mustermann@gmx.de",
    );
}
