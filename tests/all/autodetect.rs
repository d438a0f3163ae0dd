//! Autodetection without the internet: the provider table row by row, a real DNS server
//! (dnsmasq on 127.0.0.1, started by `tests/run.sh` via `tests/lab/dns.sh`) for SRV and MX,
//! and an HTTP server inside the test for autoconfig — including broken, huge and slow ones.

use std::net::SocketAddr;
use std::time::Duration;

use std::collections::HashMap;

use smtp_doctor::autodetect::{
    DetectConfig, FetchProblem, PolicyId, Provider, Source, UsernameForm, by_domain, by_mx, detect,
    providers,
};
use smtp_doctor::i18n::{Lang, Localizer};
use smtp_doctor::smtp::Security;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

pub(crate) fn dns() -> SocketAddr {
    let dir = std::env::var("SMTP_DOCTOR_LAB").unwrap_or_else(|_| "/tmp/smtp-doctor-lab".into());
    let text = std::fs::read_to_string(format!("{dir}/dns.env"))
        .unwrap_or_else(|e| panic!("the test DNS server is not running ({e}); run `bash tests/run.sh` or `bash tests/lab/dns.sh start`"));
    text.trim()
        .strip_prefix("SMTP_DOCTOR_DNS=")
        .expect("dns.env")
        .parse()
        .expect("address")
}

fn config(urls: Vec<String>) -> DetectConfig {
    DetectConfig {
        offline: false,
        dns_server: Some(dns()),
        autoconfig_urls: urls,
        timeout: Duration::from_secs(2),
    }
}

#[test]
fn every_provider_row_is_complete_and_findable() {
    let all = providers();
    assert!(
        all.len() >= 30,
        "the table holds the German-speaking, hosting and international providers"
    );
    for p in all {
        assert!(!p.submission.is_empty(), "{}: no submission server", p.id);
        assert!(
            !p.domains.is_empty() || !p.mx_suffixes.is_empty(),
            "{}: neither an address domain nor an MX suffix",
            p.id
        );
        for s in &p.submission {
            assert!(
                s.host.contains('.') && !s.host.contains(' '),
                "{}: host {}",
                p.id,
                s.host
            );
            assert_ne!(
                s.security,
                Security::None,
                "{}: never recommend plain text",
                p.id
            );
        }
        assert!(
            p.source.url.starts_with("https://"),
            "{}: every row names its source",
            p.id
        );
        assert!(
            p.source.note.as_deref().is_some_and(|n| !n.is_empty()),
            "{}: every row says where each fact comes from",
            p.id
        );
        for d in &p.domains {
            assert_eq!(by_domain(d).map(|x| &x.id), Some(&p.id), "{d}");
            assert_eq!(
                by_domain(&d.to_uppercase()).map(|x| &x.id),
                Some(&p.id),
                "{d} in capitals"
            );
        }
    }
    for d in [
        "gmx.de",
        "web.de",
        "t-online.de",
        "gmail.com",
        "outlook.com",
        "hotmail.co.uk",
        "live.at",
        "outlook.at",
        "windowslive.com",
        "gmx.eu",
        "yahoo.co.uk",
        "aol.de",
        "posteo.at",
        "strato.de",
        "online.de",
        "mail.com",
        "mail.de",
        "aon.at",
        "bluewin.ch",
        "chello.at",
        "ewetel.de",
        "kabelmail.de",
    ] {
        assert!(by_domain(d).is_some(), "{d} is covered");
    }
}

#[test]
fn no_domain_or_mx_suffix_belongs_to_two_providers() {
    let mut domains: HashMap<String, &str> = HashMap::new();
    let mut suffixes: HashMap<String, &str> = HashMap::new();
    for p in providers() {
        for d in &p.domains {
            let d = d.to_ascii_lowercase();
            assert_eq!(d.trim(), d, "{}: {d:?} has spaces", p.id);
            if let Some(other) = domains.insert(d.clone(), &p.id) {
                panic!("{d} is in {other} and {}", p.id);
            }
        }
        for s in &p.mx_suffixes {
            let s = s.to_ascii_lowercase();
            if let Some(other) = suffixes.insert(s.clone(), &p.id) {
                panic!("MX suffix {s} is in {other} and {}", p.id);
            }
        }
    }
    let ids: Vec<&str> = providers().iter().map(|p| p.id.as_str()).collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "provider ids are unique");
}

#[test]
fn ports_and_encryption_agree_in_every_row() {
    for p in providers() {
        for s in &p.submission {
            let ok = match s.port {
                465 => s.security == Security::ImplicitTls,
                587 | 25 => matches!(s.security, Security::StartTls | Security::None),
                _ => false,
            };
            assert!(ok, "{}: {}:{} with {:?}", p.id, s.host, s.port, s.security);
        }
        let mut rows: Vec<_> = p.submission.iter().map(|s| (&s.host, s.port)).collect();
        rows.sort();
        rows.dedup();
        assert_eq!(rows.len(), p.submission.len(), "{}: a row twice", p.id);
    }
}

/// One line of `tests/fixtures/provider-reference.txt`.
struct ReferenceSection {
    title: String,
    rows: Vec<(String, u16, Security)>,
    domains: Vec<String>,
    mx: Vec<String>,
}

fn reference() -> Vec<ReferenceSection> {
    let text = include_str!("../fixtures/provider-reference.txt");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split(" | ").map(str::trim).collect();
            assert_eq!(cols.len(), 4, "fixture line: {l}");
            let rows = cols[1]
                .split(';')
                .map(str::trim)
                .filter(|r| !r.is_empty())
                .map(|r| {
                    let f: Vec<&str> = r.split(' ').collect();
                    let security = match f[2] {
                        "SSL" => Security::ImplicitTls,
                        "STARTTLS" => Security::StartTls,
                        other => panic!("security {other} in {l}"),
                    };
                    (f[0].to_owned(), f[1].parse().expect("port"), security)
                })
                .collect();
            let words = |c: &str| c.split_whitespace().map(str::to_owned).collect();
            ReferenceSection {
                title: cols[0].to_owned(),
                rows,
                domains: words(cols[2]),
                mx: words(cols[3]),
            }
        })
        .collect()
}

fn serves(p: &Provider, sec: &ReferenceSection) -> bool {
    p.submission
        .iter()
        .any(|s| sec.rows.iter().any(|(h, ..)| *h == s.host))
}

#[test]
fn every_provider_and_host_of_the_reference_is_in_the_table() {
    let sections = reference();
    assert!(sections.len() >= 35, "the whole reference file is copied");
    let mut absent = vec![];
    for sec in &sections {
        if sec.rows.is_empty() {
            absent.push(sec.title.as_str());
            continue;
        }
        for (host, port, security) in &sec.rows {
            assert!(
                providers().iter().any(|p| p
                    .submission
                    .iter()
                    .any(|s| s.host == *host && s.port == *port && s.security == *security)),
                "{}: {host}:{port} {security:?} is not in the table",
                sec.title
            );
        }
        for d in &sec.domains {
            let p =
                by_domain(d).unwrap_or_else(|| panic!("{}: {d} is not in the table", sec.title));
            assert!(serves(p, sec), "{}: {d} maps to {}", sec.title, p.id);
        }
        for m in &sec.mx {
            let p = by_mx(&format!("mx00.{m}"))
                .unwrap_or_else(|| panic!("{}: MX suffix {m} is not in the table", sec.title));
            assert!(serves(p, sec), "{}: MX {m} maps to {}", sec.title, p.id);
        }
    }
    // Neither source knows these two; a new gap in the reference shows up here.
    assert_eq!(absent, ["all-inkl (kasserver.com)", "netcup"]);
}

#[test]
fn rows_follow_their_sources() {
    let get = |id: &str| {
        providers()
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    // Vodafone: the ISPDB's only row is 465 SSL/TLS; it comes first.
    let v = get("vodafone");
    assert_eq!(
        (
            v.submission[0].host.as_str(),
            v.submission[0].port,
            v.submission[0].security
        ),
        ("smtp.vodafonemail.de", 465, Security::ImplicitTls)
    );
    assert!(v.source.url.contains("ispdb/vodafonemail.de.xml"));
    for d in ["vodafonemail.de", "arcor.de", "kabelmail.de"] {
        assert_eq!(by_domain(d).map(|p| p.id.as_str()), Some("vodafone"), "{d}");
    }
    // WEB.DE: both sources give the local part as the user name.
    assert_eq!(get("webde").username, UsernameForm::Localpart);
    // The stated policies.
    assert!(get("telekom").policy.separate_mail_password);
    assert!(get("gmx").policy.enable_in_webmail);
    assert!(get("webde").policy.enable_in_webmail);
    assert!(get("outlook").policy.basic_auth_disabled);
    // Withdrawn or unmerged sources are not verified.
    assert!(!get("ionos").source.verified);
    assert!(!get("ewe").source.verified);
    for p in providers() {
        if p.source
            .url
            .contains("thunderbird/autoconfig/blob/c6ad796/")
            || p.source.url.contains("deltachat/provider-db/blob/5c14381/")
        {
            assert!(p.source.verified, "{}: read at the cited commit", p.id);
        }
    }
}

#[test]
fn the_most_specific_mx_suffix_wins() {
    assert_eq!(
        by_mx("mx-aol.mail.gm0.yahoodns.net.").map(|p| p.id.as_str()),
        Some("aol")
    );
    assert_eq!(
        by_mx("mta5.am0.yahoodns.net").map(|p| p.id.as_str()),
        Some("yahoo")
    );
    assert_eq!(
        by_mx("example-com.mail.protection.outlook.com").map(|p| p.id.as_str()),
        Some("microsoft365")
    );
    assert_eq!(
        by_mx("eur.olc.protection.outlook.com").map(|p| p.id.as_str()),
        Some("outlook")
    );
    assert_eq!(
        by_mx("mx00.kundenserver.de").map(|p| p.id.as_str()),
        Some("einsundeins")
    );
    assert!(by_mx("protection.outlook.com").is_none());
    assert!(
        by_mx("notrzone.de").is_none(),
        "a suffix matches whole labels only"
    );
}

#[test]
fn every_policy_has_words_in_both_languages() {
    for lang in [Lang::De, Lang::En] {
        let l = Localizer::new(lang);
        for id in PolicyId::ALL {
            let text = l
                .try_format(id.message_id(), None, &[("name", "Telekom".into())])
                .unwrap_or_else(|e| panic!("{lang:?} {id:?}: {e}"));
            assert!(text.contains("Telekom"), "{lang:?} {id:?}: {text}");
        }
    }
    let t = providers()
        .iter()
        .find(|p| p.id == "telekom")
        .expect("telekom");
    assert_eq!(t.policy.ids(), [PolicyId::SeparateMailPassword]);
}

#[tokio::test]
async fn offline_uses_the_table_only() {
    let cfg = DetectConfig {
        offline: true,
        ..DetectConfig::default()
    };
    let d = detect("Max.Mustermann@GMX.de", &cfg)
        .await
        .expect("valid address");
    assert_eq!(d.domain, "gmx.de");
    assert_eq!(d.provider.as_ref().map(|p| p.id.as_str()), Some("gmx"));
    assert!(!d.candidates.is_empty());
    assert!(
        d.candidates
            .iter()
            .all(|c| matches!(c.source, Source::Table { .. }))
    );
    assert!(d.problems.is_empty());
    assert!(detect("not an address", &cfg).await.is_none());
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn srv_records_rank_implicit_tls_and_starttls() {
    let d = detect("max@srv.test", &config(vec![]))
        .await
        .expect("valid");
    let srv: Vec<_> = d
        .candidates
        .iter()
        .filter(|c| matches!(c.source, Source::Srv { .. }))
        .collect();
    assert_eq!(srv.len(), 2, "{:#?}", d.candidates);
    assert_eq!(
        (srv[0].host.as_str(), srv[0].port, srv[0].security),
        ("mail.srv.test", 465, Security::ImplicitTls)
    );
    assert_eq!((srv[1].port, srv[1].security), (587, Security::StartTls));
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn srv_dot_means_no_service() {
    let d = detect("max@nosubmission.test", &config(vec![]))
        .await
        .expect("valid");
    assert!(d.candidates.is_empty(), "{:#?}", d.candidates);
}

#[cfg(feature = "lab")]
#[tokio::test]
async fn mx_of_a_hosted_domain_selects_the_provider() {
    let d = detect("chef@hosted-google.test", &config(vec![]))
        .await
        .expect("valid");
    let first = d.candidates.first().expect("a candidate");
    assert_eq!(first.host, "smtp.gmail.com");
    assert!(
        matches!(&first.source, Source::Mx { provider, .. } if provider == "google"),
        "{first:?}"
    );
    let d = detect("chef@hosted-microsoft.test", &config(vec![]))
        .await
        .expect("valid");
    assert_eq!(
        d.candidates.first().map(|c| c.host.as_str()),
        Some("smtp.office365.com")
    );
    // An MX of nobody known: no candidate from it.
    let d = detect("chef@own-mx.test", &config(vec![]))
        .await
        .expect("valid");
    assert!(d.candidates.is_empty());
}

/// Serves one canned HTTP response per connection: (status, body, delay before answering).
async fn http_server(routes: Vec<(&'static str, u16, Vec<u8>, Duration)>) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    tokio::spawn(async move {
        while let Ok((mut s, _)) = listener.accept().await {
            let routes = routes.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 4096];
                let n = s.read(&mut buf).await.unwrap_or(0);
                let req = String::from_utf8_lossy(&buf[..n]).into_owned();
                let path = req.split_whitespace().nth(1).unwrap_or("/").to_owned();
                let (status, body, delay) = routes
                    .iter()
                    .find(|(p, ..)| path.starts_with(p))
                    .map(|(_, st, b, d)| (*st, b.clone(), *d))
                    .unwrap_or((404, b"not found".to_vec(), Duration::ZERO));
                tokio::time::sleep(delay).await;
                let head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nContent-Type: text/xml\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = s.write_all(head.as_bytes()).await;
                let _ = s.write_all(&body).await;
            });
        }
    });
    port
}

const XML: &str = r#"<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="auto.test"><domain>auto.test</domain>
<outgoingServer type="smtp"><hostname>smtp.%EMAILDOMAIN%</hostname><port>587</port>
<socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider></clientConfig>"#;

#[cfg(feature = "lab")]
#[tokio::test]
async fn autoconfig_from_the_first_url_that_answers() {
    let port = http_server(vec![
        ("/good/", 200, XML.as_bytes().to_vec(), Duration::ZERO),
        (
            "/broken/",
            200,
            b"<clientConfig><outgoingServer".to_vec(),
            Duration::ZERO,
        ),
        ("/huge/", 200, vec![b' '; 300 * 1024], Duration::ZERO),
        (
            "/slow/",
            200,
            XML.as_bytes().to_vec(),
            Duration::from_secs(5),
        ),
    ])
    .await;
    let url = |p: &str| {
        format!("http://127.0.0.1:{port}/{p}/{{domain}}/config-v1.1.xml?emailaddress={{address}}")
    };
    // 404, broken XML, a huge answer and a slow one are each a reported problem; then the good one.
    let cfg = config(vec![
        url("missing"),
        url("broken"),
        url("huge"),
        url("slow"),
        url("good"),
    ]);
    let started = std::time::Instant::now();
    let d = detect("max@auto.test", &cfg).await.expect("valid");
    let auto: Vec<_> = d
        .candidates
        .iter()
        .filter(|c| matches!(c.source, Source::Autoconfig { .. }))
        .collect();
    assert_eq!(auto.len(), 1, "{:#?}", d);
    assert_eq!(
        (auto[0].host.as_str(), auto[0].port, auto[0].security),
        ("smtp.auto.test", 587, Security::StartTls)
    );
    let problems: Vec<&FetchProblem> = d
        .problems
        .iter()
        .filter(|p| p.source == "autoconfig")
        .map(|p| &p.problem)
        .collect();
    assert!(
        matches!(problems[0], FetchProblem::Status { code: 404 }),
        "{problems:?}"
    );
    assert!(
        matches!(problems[1], FetchProblem::Malformed { .. }),
        "{problems:?}"
    );
    assert!(
        matches!(problems[2], FetchProblem::TooLarge),
        "{problems:?}"
    );
    assert!(matches!(problems[3], FetchProblem::Timeout), "{problems:?}");
    // Bounded: the slow server costs one timeout, not its whole delay (no timing assertion
    // beyond that sanity bound: speed goals live in benchmarks).
    assert!(started.elapsed() < Duration::from_secs(30));
}

#[test]
fn cli_autodetect_offline_json_and_text() {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_smtp-doctor"))
        .args(["autodetect", "max@web.de", "--offline", "--json"])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["provider"]["id"], "webde");
    assert!(
        v["candidates"][0]["host"]
            .as_str()
            .is_some_and(|h| h.ends_with("web.de"))
    );
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_smtp-doctor"))
        .args(["autodetect", "max@web.de", "--offline", "--lang", "de"])
        .output()
        .expect("runs");
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("Anbieter: WEB.DE"),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_smtp-doctor"))
        .args(["autodetect", "kein-at", "--lang", "de"])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
}

mod verify {
    //! `--verify`: the best candidates get the first steps of the probe against the real
    //! Postfix lab; reachable ones move to the front, failures keep the step that failed.

    use super::*;
    use crate::probe_lab::Lab;
    use smtp_doctor::autodetect::{Candidate, VerifyConfig, verify};
    use smtp_doctor::probe::{Outcome, StepKind, SystemNetwork, TlsFailure};
    use std::sync::Arc;

    fn candidate(host: &str, port: u16, security: Security) -> Candidate {
        Candidate {
            host: host.into(),
            port,
            security,
            username_form: None,
            source: Source::Srv {
                record: format!("_submission._tcp.{host}"),
            },
            confidence: 80,
            verification: None,
        }
    }

    /// A loopback port nobody listens on: bound, then released.
    async fn closed_port() -> u16 {
        let l = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        l.local_addr().expect("addr").port()
    }

    #[cfg(feature = "lab")]
    #[tokio::test]
    async fn reachable_candidates_move_ahead_of_refused_and_bad_certificates() {
        let lab = Lab::get();
        let host = lab.var("HOST");
        let closed = closed_port().await;
        let mut cands = vec![
            candidate(&host, closed, Security::StartTls),
            candidate(&host, lab.port("TLS_WRONG_NAME"), Security::ImplicitTls),
            candidate(&host, lab.port("SUBMISSION"), Security::StartTls),
            candidate(&host, lab.port("SMTPS"), Security::ImplicitTls),
            candidate("beyond-the-top.test", 587, Security::StartTls),
        ];
        let cfg = VerifyConfig {
            top: 4,
            timeout: Duration::from_secs(10),
            anchors: lab.anchors(),
        };
        verify(&mut cands, Arc::new(SystemNetwork), &cfg).await;
        let order: Vec<u16> = cands.iter().map(|c| c.port).collect();
        assert_eq!(
            order,
            vec![
                lab.port("SUBMISSION"),
                lab.port("SMTPS"),
                587,
                closed,
                lab.port("TLS_WRONG_NAME")
            ],
            "reachable first (in rank order), then unchecked, then failed: {cands:#?}"
        );
        for c in &cands[..2] {
            let v = c.verification.as_ref().expect("checked");
            assert!(v.reachable, "{c:#?}");
            assert!(v.failed_step.is_none());
            // Dovecot SASL behind Postfix offers PLAIN once encrypted.
            assert!(v.auth_mechanisms.iter().any(|m| m == "PLAIN"), "{c:#?}");
        }
        assert!(
            cands[2].verification.is_none(),
            "beyond the top: not checked"
        );
        let refused = cands[3].verification.as_ref().expect("checked");
        assert!(!refused.reachable);
        let step = refused.failed_step.as_ref().expect("failed step");
        assert_eq!(step.kind, StepKind::Connect);
        assert!(matches!(step.outcome, Outcome::Refused { .. }), "{step:?}");
        let wrong = cands[4].verification.as_ref().expect("checked");
        assert!(!wrong.reachable);
        assert!(wrong.auth_mechanisms.is_empty());
        let step = wrong.failed_step.as_ref().expect("failed step");
        assert_eq!(step.kind, StepKind::TlsHandshake);
        assert!(
            matches!(step.outcome, Outcome::TlsFailed { ref failure, .. } if matches!(failure, TlsFailure::Certificate { .. })),
            "{step:?}"
        );
    }

    fn lab_xml(lab: &Lab) -> String {
        format!(
            r#"<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="verify.test"><domain>verify.test</domain>
<outgoingServer type="smtp"><hostname>{host}</hostname><port>{expired}</port>
<socketType>SSL</socketType><username>%EMAILADDRESS%</username></outgoingServer>
<outgoingServer type="smtp"><hostname>{host}</hostname><port>{smtps}</port>
<socketType>SSL</socketType><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider></clientConfig>"#,
            host = lab.var("HOST"),
            expired = lab.port("TLS_EXPIRED"),
            smtps = lab.port("SMTPS"),
        )
    }

    #[cfg(feature = "lab")]
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn cli_verify_reports_what_answers_from_here_in_german_and_json() {
        let lab = Lab::get();
        let xml = lab_xml(&lab);
        let port = http_server(vec![("/cfg/", 200, xml.into_bytes(), Duration::ZERO)]).await;
        let url = format!("http://127.0.0.1:{port}/cfg/{{domain}}");
        let dns = dns().to_string();
        let ca = lab.var("CA");
        let run = move |extra: &'static [&'static str]| {
            let (url, dns, ca) = (url.clone(), dns.clone(), ca.clone());
            tokio::task::spawn_blocking(move || {
                std::process::Command::new(env!("CARGO_BIN_EXE_smtp-doctor"))
                    .args(["autodetect", "max@verify.test", "--verify"])
                    .args(["--autoconfig-url", &url, "--dns-server", &dns])
                    .args(["--ca-file", &ca, "--timeout", "10"])
                    .args(extra)
                    .output()
                    .expect("runs")
            })
        };
        let o = run(&["--lang", "de"]).await.expect("joined");
        let text = String::from_utf8_lossy(&o.stdout);
        assert_eq!(o.status.code(), Some(0), "{text}");
        let smtps = format!("Port {}", lab.port("SMTPS"));
        let expired = format!("Port {}", lab.port("TLS_EXPIRED"));
        let (a, b) = (
            text.find(&smtps).expect("smtps listed"),
            text.find(&expired).expect("expired listed"),
        );
        assert!(a < b, "the working endpoint comes first:\n{text}");
        assert!(text.contains("✓ antwortet von hier aus"), "{text}");
        assert!(text.contains("✗ funktioniert von hier aus nicht"), "{text}");
        assert!(
            text.contains("abgelaufen"),
            "the expired certificate is named:\n{text}"
        );

        let o = run(&["--json"]).await.expect("joined");
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
        let c = &v["candidates"];
        assert_eq!(c[0]["port"], lab.port("SMTPS"));
        assert_eq!(c[0]["verification"]["reachable"], true);
        assert_eq!(c[1]["verification"]["reachable"], false);
        assert_eq!(c[1]["verification"]["failed_step"]["kind"], "tls_handshake");
    }

    #[test]
    fn verify_and_offline_do_not_mix() {
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_smtp-doctor"))
            .args([
                "autodetect",
                "max@gmx.de",
                "--offline",
                "--verify",
                "--lang",
                "en",
            ])
            .output()
            .expect("runs");
        assert_eq!(o.status.code(), Some(2));
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("--verify needs the network"),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_smtp-doctor"))
            .args([
                "autodetect",
                "max@gmx.de",
                "--offline",
                "--ca-file",
                "x.pem",
            ])
            .args(["--lang", "de"])
            .output()
            .expect("runs");
        assert_eq!(o.status.code(), Some(2));
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("nur zusammen mit --verify"),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
}
