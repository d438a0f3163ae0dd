//! Live-probe latency: `cargo bench --bench probe` (needs the lab: `bash tests/lab/start.sh`).
//!
//! A latency-injecting TCP proxy on 127.0.0.1 delays every chunk by 25 ms in each direction
//! (50 ms per round trip) in front of the lab's Postfix. Measured:
//! - the full STARTTLS + AUTH relay probe (unauthenticated and authenticated rounds),
//! - swaks on the same path (`--quit-after RCPT`, same TLS and login),
//! - a 4-port sweep against each of its ports alone.
//!
//! Divide by 50 ms for round trips; figures and goals are in `docs/benchmarks.md`.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::sync::{Arc, LazyLock};
use std::time::{Duration, Instant};

use smtp_doctor::probe::{
    Credentials, ProbeConfig, Secret, SystemNetwork, TlsMode, TrustAnchors, probe, sweep,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::runtime::Runtime;

const ONE_WAY: Duration = Duration::from_millis(25);

fn main() {
    divan::main();
}

static RT: LazyLock<Runtime> = LazyLock::new(|| {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime")
});

static LAB: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let dir = std::env::var("SMTP_DOCTOR_LAB").unwrap_or_else(|_| "/tmp/smtp-doctor-lab".into());
    std::fs::read_to_string(format!("{dir}/lab.env"))
        .expect("the lab is not running: bash tests/lab/start.sh")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
});

fn lab(key: &str) -> String {
    LAB[&format!("SMTP_DOCTOR_LAB_{key}")].clone()
}

fn lab_port(name: &str) -> u16 {
    lab(&format!("PORT_{name}")).parse().expect("port")
}

/// One direction of the proxy: every chunk is forwarded `ONE_WAY` after it arrived, without
/// holding up the chunks behind it (a line with latency, not a slow line).
async fn delayed_copy(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
) {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(Instant, Vec<u8>)>();
    let reader = tokio::spawn(async move {
        let mut buf = vec![0u8; 16 * 1024];
        while let Ok(n) = from.read(&mut buf).await {
            if n == 0
                || tx
                    .send((Instant::now() + ONE_WAY, buf[..n].to_vec()))
                    .is_err()
            {
                break;
            }
        }
    });
    while let Some((due, chunk)) = rx.recv().await {
        tokio::time::sleep_until(due.into()).await;
        if to.write_all(&chunk).await.is_err() {
            break;
        }
    }
    let _ = to.shutdown().await;
    reader.abort();
}

/// Starts a proxy to `127.0.0.1:upstream` and returns its port.
fn proxy(upstream: u16) -> u16 {
    RT.block_on(async move {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                tokio::spawn(async move {
                    let Ok(server) =
                        TcpStream::connect(SocketAddr::from(([127, 0, 0, 1], upstream))).await
                    else {
                        return;
                    };
                    let _ = client.set_nodelay(true);
                    let _ = server.set_nodelay(true);
                    let (cr, cw) = client.into_split();
                    let (sr, sw) = server.into_split();
                    tokio::join!(delayed_copy(cr, sw), delayed_copy(sr, cw));
                });
            }
        });
        port
    })
}

fn config(port: u16, tls: TlsMode) -> ProbeConfig {
    let ca = TrustAnchors::read_pem(lab("CA").as_ref()).expect("lab CA");
    ProbeConfig {
        host: "127.0.0.1".into(),
        port,
        tls,
        helo: None,
        from: lab("ALICE_USER"),
        same_domain_rcpt: lab("BOB_USER"),
        outside_rcpt: lab("OUTSIDE_RCPT"),
        more_rcpts: vec![],
        credentials: Some(Credentials {
            user: lab("ALICE_USER"),
            secret: Secret::new(lab("ALICE_PASSWORD")),
            oauth2: false,
        }),
        pop3: None,
        timeout: Duration::from_secs(10),
        insecure: false,
        anchors: TrustAnchors::system_with(ca),
    }
}

/// The full probe through the 50 ms proxy: STARTTLS, both relay rounds, AUTH.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn relay_probe_starttls_auth(bencher: divan::Bencher<'_, '_>) {
    let cfg = config(proxy(lab_port("SUBMISSION")), TlsMode::StartTls);
    bencher.bench(|| {
        let r = RT.block_on(probe(&cfg, &SystemNetwork, None));
        assert!(r.sending_works);
    });
}

/// swaks on the same path, stopping after RCPT like the probe (one round, no pipelining).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn swaks_quit_after_rcpt(bencher: divan::Bencher<'_, '_>) {
    let port = proxy(lab_port("SUBMISSION"));
    bencher.bench(|| {
        let status = Command::new("swaks")
            .args([
                "--server",
                &format!("127.0.0.1:{port}"),
                "--tls",
                "--auth",
                "PLAIN",
            ])
            .args([
                "--auth-user",
                &lab("ALICE_USER"),
                "--auth-password",
                &lab("ALICE_PASSWORD"),
            ])
            .args([
                "--from",
                &lab("ALICE_USER"),
                "--to",
                &lab("OUTSIDE_RCPT"),
                "--quit-after",
                "RCPT",
            ])
            .args(["--helo", "bench.test"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("swaks runs (apt-get install swaks)");
        assert!(status.success());
    });
}

fn sweep_targets() -> Vec<(u16, TlsMode)> {
    vec![
        (proxy(lab_port("SUBMISSION")), TlsMode::StartTls),
        (proxy(lab_port("SMTPS")), TlsMode::Implicit),
        (proxy(lab_port("RELAY")), TlsMode::Auto),
        (proxy(lab_port("PLAIN_AUTH")), TlsMode::Auto),
    ]
}

/// Four ports at once.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn sweep_4_ports(bencher: divan::Bencher<'_, '_>) {
    let targets = sweep_targets();
    let cfg = config(0, TlsMode::Auto);
    bencher.bench(|| RT.block_on(sweep(&cfg, &targets, Arc::new(SystemNetwork), None)));
}

/// Each port of the sweep alone; the slowest is the sweep's yardstick.
#[divan::bench(sample_count = 10, sample_size = 1, args = ["submission", "smtps", "relay", "plain_auth"])]
fn sweep_port_alone(bencher: divan::Bencher<'_, '_>, which: &str) {
    let targets = sweep_targets();
    let i = ["submission", "smtps", "relay", "plain_auth"]
        .iter()
        .position(|w| *w == which)
        .expect("known");
    let cfg = config(targets[i].0, targets[i].1);
    bencher.bench(|| RT.block_on(probe(&cfg, &SystemNetwork, None)));
}
