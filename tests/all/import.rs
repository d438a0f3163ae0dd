//! Reading the mail program's own settings: Thunderbird profiles and `prefs.js`, Outlook
//! registry exports (UTF-16LE, as regedit writes them), and every way a file can be wrong.

use proptest::prelude::*;

use smtp_doctor::diagnosis::MailClient;
use smtp_doctor::diagnosis::settings::AccountSettings;
use smtp_doctor::i18n::{Lang, Localizer};
use smtp_doctor::import::{
    AuthKind, ImportError, ImportedAccount, Incoming, IncomingKind, MAX_FILE_BYTES, MailProgram,
    outlook_reg, thunderbird,
};
use smtp_doctor::smtp::Security;

use crate::util::fixture;

fn thunderbird_accounts() -> Vec<ImportedAccount> {
    let root = fixture("import/thunderbird");
    let profiles = thunderbird::profiles_in(&root).expect("profiles.ini");
    assert_eq!(profiles.len(), 2);
    assert!(profiles[0].is_default);
    assert_eq!(profiles[0].name, "default-release");
    thunderbird::accounts_in_profile(&profiles[0].path).expect("prefs.js")
}

#[test]
fn thunderbird_profile_with_three_accounts() {
    let a = thunderbird_accounts();
    assert_eq!(a.len(), 3, "the local folders have no identity: {a:#?}");

    // GMX on port 25 without login.
    assert_eq!(a[0].source, MailProgram::Thunderbird);
    assert_eq!(a[0].email, "max.mustermann@gmx.de");
    assert_eq!(a[0].display_name.as_deref(), Some("Max Mustermann"));
    assert_eq!(
        (a[0].smtp_host.as_str(), a[0].smtp_port),
        ("mail.gmx.net", 25)
    );
    assert_eq!(a[0].security, Security::None);
    assert_eq!(a[0].auth, AuthKind::None);
    assert_eq!(a[0].username, None);
    assert_eq!(
        a[0].incoming,
        Some(Incoming {
            kind: IncomingKind::Pop3,
            host: "pop.gmx.net".into(),
            port: 995,
            username: Some("max.mustermann@gmx.de".into()),
        })
    );

    // A custom domain on STARTTLS 587 with a normal password, through the default server.
    assert_eq!(a[1].label, "Müller Bau – Büro");
    assert_eq!(a[1].email, "info@mueller-bau.de");
    assert_eq!(
        a[1].display_name.as_deref(),
        Some("Müller Bau GmbH \"Büro\""),
        "\\u escapes and quotes"
    );
    assert_eq!(a[1].reply_to.as_deref(), Some("buero@mueller-bau.de"));
    assert_eq!(
        (a[1].smtp_host.as_str(), a[1].smtp_port, a[1].security),
        ("smtp.mueller-bau.de", 587, Security::StartTls)
    );
    assert_eq!(a[1].auth, AuthKind::Password);
    assert_eq!(a[1].username.as_deref(), Some("info@mueller-bau.de"));
    assert_eq!(
        a[1].incoming.as_ref().map(|i| i.kind),
        Some(IncomingKind::Imap)
    );

    // Outlook.com with OAuth2.
    assert_eq!(a[2].email, "max.mustermann@outlook.de");
    assert_eq!(
        (a[2].smtp_host.as_str(), a[2].smtp_port, a[2].security),
        ("smtp-mail.outlook.com", 587, Security::StartTls)
    );
    assert_eq!(a[2].auth, AuthKind::OAuth2);
}

#[test]
fn thunderbird_accounts_become_the_settings_the_check_uses() {
    let a = thunderbird_accounts();
    let s = AccountSettings::from(&a[0]);
    assert_eq!(
        s,
        AccountSettings {
            host: "mail.gmx.net".into(),
            port: 25,
            security: Security::None,
            auth: false,
            username: None,
            from: "max.mustermann@gmx.de".into(),
            reply_to: None,
            pop_before_smtp: None,
        }
    );
    let s = AccountSettings::from(&a[1]);
    assert!(s.auth);
    assert_eq!(s.reply_to.as_deref(), Some("buero@mueller-bau.de"));
    assert_eq!(MailProgram::Thunderbird.client(), MailClient::Thunderbird);
}

#[test]
fn outlook_pop_account_with_ssl_on_465() {
    let a = outlook_reg::accounts_in_file(&fixture("import/outlook/pop-ssl-465.reg"))
        .expect("a regedit export");
    assert_eq!(
        a.len(),
        1,
        "the data file entry has no outgoing server: {a:#?}"
    );
    let a = &a[0];
    assert_eq!(a.source, MailProgram::Outlook);
    assert_eq!(a.label, "Jürgen Müller (T-Online)");
    assert_eq!(a.display_name.as_deref(), Some("Jürgen Müller"));
    assert_eq!(a.email, "juergen.mueller@t-online.de");
    assert_eq!(a.reply_to.as_deref(), Some("j.mueller@t-online.de"));
    assert_eq!(
        (a.smtp_host.as_str(), a.smtp_port, a.security),
        ("securesmtp.t-online.de", 465, Security::ImplicitTls)
    );
    assert_eq!(a.auth, AuthKind::Password);
    assert_eq!(
        a.username.as_deref(),
        Some("juergen.mueller@t-online.de"),
        "same login as the incoming server"
    );
    assert_eq!(
        a.incoming,
        Some(Incoming {
            kind: IncomingKind::Pop3,
            host: "securepop.t-online.de".into(),
            port: 995,
            username: Some("juergen.mueller@t-online.de".into()),
        })
    );
    assert!(!a.pop_before_smtp);
    let s = AccountSettings::from(a);
    assert_eq!(
        (s.port, s.security, s.auth),
        (465, Security::ImplicitTls, true)
    );
    assert_eq!(MailProgram::Outlook.client(), MailClient::Outlook);
}

#[test]
fn outlook_imap_account_without_encryption_on_25() {
    let a = outlook_reg::accounts_in_file(&fixture("import/outlook/imap-plain-25.reg"))
        .expect("a regedit export");
    assert_eq!(a.len(), 1);
    let a = &a[0];
    assert_eq!(
        a.display_name.as_deref(),
        Some("SV Musterstadt – Geschäftsstelle")
    );
    assert_eq!(
        (a.smtp_host.as_str(), a.smtp_port, a.security, &a.auth),
        (
            "mail.sportverein-musterstadt.de",
            25,
            Security::None,
            &AuthKind::None
        )
    );
    assert_eq!(a.username, None);
    assert_eq!(
        a.incoming.as_ref().map(|i| (i.kind, i.port)),
        Some((IncomingKind::Imap, 143))
    );
    assert!(!AccountSettings::from(a).auth);
}

#[test]
fn outlook_exports_in_utf8_regedit4_and_pop_before_smtp() {
    let key = r"HKEY_CURRENT_USER\Software\Microsoft\Office\15.0\Outlook\Profiles\Büro\9375CFF0413111d3B88A00104B2A6676\00000005";
    let text = format!(
        "REGEDIT4\r\n\r\n[{key}]\r\n\"Account Name\"=\"Praxis\"\r\n\"Email\"=\"praxis@example.test\"\r\n\
         \"POP3 Server\"=\"pop.example.test\"\r\n\"SMTP Server\"=\"smtp.example.test\"\r\n\
         \"SMTP Use Auth\"=dword:00000001\r\n\"SMTP Auth Method\"=dword:00000002\r\n"
    );
    let a = outlook_reg::accounts_from_bytes(text.as_bytes()).expect("REGEDIT4");
    assert_eq!(a[0].smtp_port, 25, "Outlook's default port");
    assert!(a[0].pop_before_smtp);
    assert_eq!(a[0].auth, AuthKind::None);
    let s = AccountSettings::from(&a[0]);
    assert_eq!(s.pop_before_smtp.as_deref(), Some("pop.example.test"));
    assert!(!s.auth);
    // The same export as regedit writes it in Windows-1252 ("REGEDIT4" files are ANSI).
    let (ansi, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
    let a = outlook_reg::accounts_from_bytes(&ansi).expect("ANSI");
    assert_eq!(a[0].label, "Praxis");
}

#[test]
fn broken_files_give_typed_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("nope.reg");
    assert_eq!(
        outlook_reg::accounts_in_file(&missing),
        Err(ImportError::NotFound {
            path: missing.clone()
        })
    );
    assert!(matches!(
        thunderbird::profiles_in(dir.path()),
        Err(ImportError::NotFound { .. })
    ));

    // Huge: one byte over the cap, written sparsely.
    let big = dir.path().join("big.js");
    let f = std::fs::File::create(&big).expect("create");
    f.set_len(MAX_FILE_BYTES + 1).expect("set_len");
    assert_eq!(
        thunderbird::accounts_in_profile(dir.path()),
        Err(ImportError::NotFound {
            path: dir.path().join("prefs.js")
        })
    );
    std::fs::rename(&big, dir.path().join("prefs.js")).expect("rename");
    assert_eq!(
        thunderbird::accounts_in_profile(dir.path()),
        Err(ImportError::TooLarge {
            bytes: MAX_FILE_BYTES + 1,
            limit: MAX_FILE_BYTES
        })
    );

    // Not UTF-8, not prefs, no account.
    assert_eq!(
        thunderbird::accounts_from_bytes(b"user_pref(\"a\", \"\xff\xfe\");"),
        Err(ImportError::NotText)
    );
    assert_eq!(
        thunderbird::accounts_from_bytes(b"<html>hello</html>"),
        Err(ImportError::NotPrefsFile)
    );
    assert_eq!(
        thunderbird::accounts_from_bytes(b"user_pref(\"browser.x\", 1);\n"),
        Err(ImportError::NoAccounts)
    );
    assert_eq!(
        outlook_reg::accounts_from_bytes(b"[HKEY_CURRENT_USER\\X]\n\"a\"=\"b\"\n"),
        Err(ImportError::NotRegistryExport)
    );
    assert_eq!(
        outlook_reg::accounts_from_bytes(
            b"Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\X]\r\n"
        ),
        Err(ImportError::NoAccounts)
    );
    assert_eq!(
        outlook_reg::accounts_from_bytes(&[0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]),
        Err(ImportError::NotText),
        "an unpaired surrogate"
    );
    // A prefs.js cut off in the middle still yields the accounts before the cut.
    let whole = std::fs::read(fixture(
        "import/thunderbird/Profiles/k3x9wq2a.default-release/prefs.js",
    ))
    .expect("fixture");
    let cut = &whole[..whole.len() - 40];
    assert!(thunderbird::accounts_from_bytes(cut).is_ok_and(|a| !a.is_empty()));
}

#[test]
fn every_import_error_has_words_in_both_languages() {
    let errors = [
        ImportError::NotFound {
            path: "/home/max/.thunderbird".into(),
        },
        ImportError::Unreadable {
            path: "C:\\x.reg".into(),
            detail: "denied".into(),
        },
        ImportError::TooLarge {
            bytes: 9 * 1024 * 1024,
            limit: MAX_FILE_BYTES,
        },
        ImportError::NotText,
        ImportError::NotPrefsFile,
        ImportError::NotRegistryExport,
        ImportError::NoAccounts,
    ];
    let ids: Vec<_> = errors.iter().map(ImportError::message_id).collect();
    assert_eq!(ids, ImportError::MESSAGE_IDS);
    for lang in [Lang::De, Lang::En] {
        let l = Localizer::new(lang);
        for e in &errors {
            let args: Vec<_> = e.args().into_iter().map(|(k, v)| (k, v.into())).collect();
            let text = l
                .try_format(e.message_id(), None, &args)
                .unwrap_or_else(|err| panic!("{lang:?} {e:?}: {err}"));
            assert!(!text.is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_either_parser(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let _ = thunderbird::accounts_from_bytes(&bytes);
        let _ = outlook_reg::accounts_from_bytes(&bytes);
        let mut with_header = b"Windows Registry Editor Version 5.00\n".to_vec();
        with_header.extend_from_slice(&bytes);
        let _ = outlook_reg::accounts_from_bytes(&with_header);
    }

    #[test]
    fn prefs_like_text_never_panics(lines in proptest::collection::vec(
        "(user_pref|pref)?\\(?\"[a-z.0-9]{0,20}\"?,? ?(\"[^\"\\n]{0,10}(\\\\[u\"x]?[0-9a-f]{0,4})?\"|-?[0-9]{0,22}|true|false)?\\)?;?",
        0..50,
    )) {
        let _ = thunderbird::accounts_from_bytes(lines.join("\n").as_bytes());
    }
}
