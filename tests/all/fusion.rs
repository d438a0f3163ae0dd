//! Situation-aware diagnosis: the scenario table in both languages, and the acceptance
//! scenarios against the lab — the right first fix, applied and re-checked.

use std::sync::Arc;
use std::time::Duration;

use smtp_doctor::diagnosis::fuse::{FindingSource, Inputs, Note, fuse, try_fixes};
use smtp_doctor::diagnosis::settings::{AccountSettings, apply};
use smtp_doctor::diagnosis::situation::{AccountKind, Location, Prediction, Situation};
use smtp_doctor::diagnosis::{Cause, Fix, UserPath};
use smtp_doctor::explain::explain;
use smtp_doctor::i18n::{Lang, Localizer};
use smtp_doctor::probe::{
    BoxFuture, Connection, Network, ProbeConfig, ProbeReport, SystemNetwork, TlsMode, probe, sweep,
};
use smtp_doctor::smtp::Security;

use crate::probe_lab::Lab;

fn situation(location: Location, account: AccountKind, rcpt_domain: &str) -> Situation {
    Situation {
        location,
        account,
        account_domain: "proseware.com".into(),
        recipient_domain: Some(rcpt_domain.into()),
    }
}

/// The support article's table, row by row, with the sentence the user reads in both languages.
#[test]
fn scenario_table_in_both_languages() {
    use AccountKind::*;
    use Location::*;
    // (location, account, recipient domain, is relay, may be blocked, English words, German words)
    let rows = [
        (
            Home,
            Provider,
            "proseware.com",
            false,
            false,
            "not relay",
            "kein Relay",
        ),
        (
            Home,
            Provider,
            "adatum.com",
            true,
            false,
            "recognises you",
            "erkennt der Server Sie",
        ),
        (
            Office,
            Provider,
            "proseware.com",
            false,
            false,
            "not relay",
            "kein Relay",
        ),
        (
            Office,
            Provider,
            "adatum.com",
            true,
            true,
            "In the office you are not on your provider's line",
            "Im Büro sind Sie nicht",
        ),
        (
            Travel,
            Provider,
            "proseware.com",
            false,
            false,
            "not relay",
            "kein Relay",
        ),
        (
            Travel,
            Provider,
            "adatum.com",
            true,
            true,
            "On the road",
            "Unterwegs",
        ),
        (
            Travel,
            Work,
            "adatum.com",
            true,
            true,
            "unless your mail program logs in",
            "solange sich Ihr E-Mail-Programm nicht anmeldet",
        ),
        (
            Office,
            Work,
            "adatum.com",
            true,
            false,
            "company's network",
            "Firmennetz",
        ),
        (
            Home,
            Freemail,
            "adatum.com",
            true,
            true,
            "trusts no line",
            "vertraut keinem Internetanschluss",
        ),
    ];
    let (de, en) = (Localizer::new(Lang::De), Localizer::new(Lang::En));
    for (loc, acc, rcpt, relay, blocked, en_words, de_words) in rows {
        let a = situation(loc, acc, rcpt).assess();
        assert_eq!(
            (a.is_relay, a.may_be_blocked),
            (Some(relay), blocked),
            "{loc:?} {acc:?} {rcpt}"
        );
        for (l, words) in [(&en, en_words), (&de, de_words)] {
            let prediction = serde_json::to_value(a.prediction).expect("json");
            let args = [
                (
                    "prediction",
                    prediction.as_str().expect("id").to_owned().into(),
                ),
                ("location", loc.id().into()),
                ("account", acc.id().into()),
            ];
            let text = l
                .try_format("situation-prediction", None, &args)
                .expect("renders");
            assert!(
                text.contains(words),
                "{loc:?} {acc:?} {rcpt} {:?}: {text}",
                l.lang()
            );
        }
    }
}

#[test]
fn pasted_relay_error_while_travelling_puts_login_on_the_submission_port_first() {
    let e = explain("554 5.7.1 <x@adatum.com>: Relay access denied");
    let s = Situation {
        location: Location::Travel,
        account: AccountKind::Provider,
        account_domain: String::new(),
        recipient_domain: None,
    };
    let d = fuse(&Inputs {
        situation: Some(&s),
        pasted: Some(&e),
        ..Inputs::default()
    });
    let a = d.situation.expect("assessment");
    assert_eq!(
        (a.is_relay, a.may_be_blocked, a.prediction),
        (Some(true), true, Prediction::RelayNeedsLogin)
    );
    assert_eq!(d.findings[0].cause, Cause::RelayDenied);
    assert_eq!(
        d.findings[0].fixes[0],
        Fix::UseAuthenticatedSubmission {
            port: 587,
            security: Security::StartTls
        }
    );
    assert!(matches!(
        d.findings[0].sources[0],
        FindingSource::Pasted { .. }
    ));
}

#[test]
fn situation_alone_predicts_the_refusal_with_low_confidence() {
    let s = situation(Location::Travel, AccountKind::Provider, "adatum.com");
    let d = fuse(&Inputs {
        situation: Some(&s),
        ..Inputs::default()
    });
    assert_eq!(d.findings.len(), 1);
    assert_eq!(d.findings[0].cause, Cause::RelayDenied);
    assert_eq!(
        d.findings[0].confidence,
        smtp_doctor::explain::Confidence::Low
    );
    // At home on the provider's line nothing is predicted to fail: only the silent-drop note.
    let s = situation(Location::Home, AccountKind::Provider, "adatum.com");
    let d = fuse(&Inputs {
        situation: Some(&s),
        ..Inputs::default()
    });
    assert!(d.findings.is_empty());
    assert_eq!(d.notes, vec![Note::SilentDrop]);
}

fn settings_for(lab: &Lab, port: u16, security: Security, auth: bool) -> AccountSettings {
    AccountSettings {
        host: lab.var("HOST"),
        port,
        security,
        auth,
        username: Some(lab.var("ALICE_USER")),
        from: lab.var("ALICE_USER"),
        reply_to: None,
        pop_before_smtp: None,
    }
}

fn config_for(lab: &Lab, s: &AccountSettings) -> ProbeConfig {
    let mut c = lab.config(s.port, TlsMode::from_security(s.security));
    c.from = s.from.clone();
    c.credentials = Some(lab.alice());
    c
}

async fn recheck(lab: &Lab, s: AccountSettings, net: Arc<dyn Network>) -> ProbeReport {
    probe(&config_for(lab, &s), net.as_ref(), None).await
}

/// Acceptance: on the road, provider account, a server that relays only for its own network,
/// an outside recipient → relay refused, "log in on the submission port" first; applying it
/// re-checks green.
#[cfg(feature = "lab")]
#[tokio::test]
async fn travel_relay_refused_then_login_on_submission_port_works() {
    let lab = Lab::get();
    let settings = settings_for(&lab, lab.port("RELAY"), Security::None, false);
    let net: Arc<dyn Network> = Arc::new(SystemNetwork);
    let report = recheck(&lab, settings.clone(), net.clone()).await;
    let base = config_for(&lab, &settings);
    let swept = sweep(
        &base,
        &[(lab.port("SUBMISSION"), TlsMode::StartTls)],
        net.clone(),
        None,
    )
    .await;
    let s = Situation {
        location: Location::Travel,
        account: AccountKind::Provider,
        account_domain: "lab.test".into(),
        recipient_domain: Some("outside.example".into()),
    };
    let d = fuse(&Inputs {
        situation: Some(&s),
        settings: Some(&settings),
        report: Some(&report),
        sweep: &swept,
        pasted: None,
        login: Some("alice@lab.test"),
        provider: None,
        path: None,
        recommended: None,
    });
    assert!(
        d.situation
            .is_some_and(|a| a.is_relay == Some(true) && a.may_be_blocked)
    );
    let first = &d.findings[0];
    assert_eq!(first.cause, Cause::RelayDenied);
    let want = Fix::UseAuthenticatedSubmission {
        port: lab.port("SUBMISSION"),
        security: Security::StartTls,
    };
    assert_eq!(first.fixes[0], want);
    let trials = try_fixes(&settings, &first.fixes, &UserPath::default(), |s| {
        recheck(&lab, s, net.clone())
    })
    .await;
    assert_eq!(trials.len(), 1, "the first fix already works: {trials:#?}");
    assert!(trials[0].works);
    assert_eq!(
        (
            trials[0].settings.port,
            trials[0].settings.security,
            trials[0].settings.auth
        ),
        (lab.port("SUBMISSION"), Security::StartTls, true)
    );
}

/// Without a sweep the same fix goes to the standard port 587 (not the lab's), and the loop
/// moves on to the next fix.
#[cfg(feature = "lab")]
#[tokio::test]
async fn login_needed_but_switched_off_says_switch_it_on() {
    let lab = Lab::get();
    // The submission service, but the mail program does not log in.
    let settings = settings_for(&lab, lab.port("SUBMISSION"), Security::StartTls, false);
    let report = recheck(&lab, settings.clone(), Arc::new(SystemNetwork)).await;
    assert!(
        report.authenticated.is_some_and(|r| r.works()),
        "with login it works"
    );
    let d = fuse(&Inputs {
        settings: Some(&settings),
        report: Some(&report),
        login: Some("alice@lab.test"),
        ..Inputs::default()
    });
    assert_eq!(
        d.findings[0].fixes[0],
        Fix::EnableSmtpAuth,
        "{:#?}",
        d.findings
    );
    let after = apply(&Fix::EnableSmtpAuth, &settings).expect("a settings change");
    assert!(after.auth);
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn sender_not_owned_first_fix_applies_and_rechecks_green() {
    let lab = Lab::get();
    let mut settings = settings_for(&lab, lab.port("SUBMISSION"), Security::StartTls, true);
    settings.from = lab.var("BOB_USER");
    let report = recheck(&lab, settings.clone(), Arc::new(SystemNetwork)).await;
    let d = fuse(&Inputs {
        settings: Some(&settings),
        report: Some(&report),
        login: Some("alice@lab.test"),
        ..Inputs::default()
    });
    assert_eq!(d.findings[0].cause, Cause::SenderRejectedNotOwned);
    assert!(matches!(
        d.findings[0].fixes[0],
        Fix::UseOwnAddressAsSender { .. }
    ));
    let trials = try_fixes(&settings, &d.findings[0].fixes, &UserPath::default(), |s| {
        recheck(&lab, s, Arc::new(SystemNetwork))
    })
    .await;
    assert!(
        trials
            .first()
            .is_some_and(|t| t.works && t.settings.from == "alice@lab.test"),
        "{trials:#?}"
    );
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn tls_required_first_fix_applies_and_rechecks_green() {
    let lab = Lab::get();
    let settings = settings_for(&lab, lab.port("TLS_REQUIRED"), Security::None, true);
    let report = recheck(&lab, settings.clone(), Arc::new(SystemNetwork)).await;
    let d = fuse(&Inputs {
        settings: Some(&settings),
        report: Some(&report),
        login: Some("alice@lab.test"),
        ..Inputs::default()
    });
    assert_eq!(d.findings[0].cause, Cause::TlsRequired, "{:#?}", d.findings);
    assert_eq!(
        d.findings[0].fixes[0],
        Fix::SwitchEncryption {
            port: lab.port("TLS_REQUIRED"),
            security: Security::StartTls
        }
    );
    let trials = try_fixes(&settings, &d.findings[0].fixes, &UserPath::default(), |s| {
        recheck(&lab, s, Arc::new(SystemNetwork))
    })
    .await;
    assert!(trials.first().is_some_and(|t| t.works), "{trials:#?}");
}

/// Port 25 silently dropped by the network (scripted: connects to port 25 never complete);
/// everything else is the real loopback.
struct Port25Filtered;

impl Network for Port25Filtered {
    fn resolve<'a>(
        &'a self,
        host: &'a str,
        port: u16,
    ) -> BoxFuture<'a, Result<Vec<std::net::SocketAddr>, String>> {
        SystemNetwork.resolve(host, port)
    }
    fn connect(&self, addr: std::net::SocketAddr) -> BoxFuture<'_, std::io::Result<Connection>> {
        if addr.port() == 25 {
            Box::pin(async {
                tokio::time::sleep(Duration::from_secs(3600)).await;
                Err(std::io::Error::other("unreachable"))
            })
        } else {
            SystemNetwork.connect(addr)
        }
    }
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn filtered_port_25_while_submission_works() {
    let lab = Lab::get();
    let net: Arc<dyn Network> = Arc::new(Port25Filtered);
    let settings = settings_for(&lab, 25, Security::None, true);
    let mut cfg = config_for(&lab, &settings);
    cfg.timeout = Duration::from_secs(1);
    let report = probe(&cfg, net.as_ref(), None).await;
    let swept = sweep(
        &cfg,
        &[
            (25, TlsMode::Auto),
            (lab.port("SUBMISSION"), TlsMode::StartTls),
        ],
        net.clone(),
        None,
    )
    .await;
    let d = fuse(&Inputs {
        settings: Some(&settings),
        report: Some(&report),
        sweep: &swept,
        login: Some("alice@lab.test"),
        ..Inputs::default()
    });
    assert_eq!(
        d.findings[0].cause,
        Cause::BlockedDynamicIpOrPort25,
        "{:#?}",
        d.findings
    );
    let want = Fix::UseAuthenticatedSubmission {
        port: lab.port("SUBMISSION"),
        security: Security::StartTls,
    };
    assert_eq!(d.findings[0].fixes[0], want);
    let trials = try_fixes(&settings, &d.findings[0].fixes, &UserPath::default(), |s| {
        recheck(&lab, s, net.clone())
    })
    .await;
    assert!(trials.first().is_some_and(|t| t.works), "{trials:#?}");
}

#[test]
fn provider_policies_reorder_the_fixes() {
    use smtp_doctor::autodetect::by_domain;
    let e = explain("535 5.7.8 Error: authentication failed: authentication failure");
    let gmx = by_domain("gmx.de").expect("GMX in the table");
    let d = fuse(&Inputs {
        pasted: Some(&e),
        provider: Some(gmx),
        ..Inputs::default()
    });
    assert_eq!(d.findings[0].cause, Cause::AuthFailed);
    assert_eq!(
        d.findings[0].fixes[0],
        Fix::EnableMailAccessInWebmail,
        "GMX: access for mail programs is off by default"
    );
    let fastmail = by_domain("fastmail.com").expect("Fastmail in the table");
    let d = fuse(&Inputs {
        pasted: Some(&e),
        provider: Some(fastmail),
        ..Inputs::default()
    });
    assert!(
        d.findings[0]
            .fixes
            .iter()
            .take(2)
            .any(|f| *f == Fix::CreateAppPassword),
        "{:?}",
        d.findings[0].fixes
    );
    let m365 = smtp_doctor::autodetect::providers()
        .iter()
        .find(|p| p.id == "microsoft365")
        .expect("M365");
    let d = fuse(&Inputs {
        pasted: Some(&e),
        provider: Some(m365),
        ..Inputs::default()
    });
    assert_eq!(d.findings[0].fixes[0], Fix::UseOAuth2);
}
