//! The probe sequence: resolve → connect → (TLS) → greeting → EHLO → (STARTTLS → EHLO) →
//! relay test without login → AUTH → relay test with login → (POP3 → relay test) → QUIT.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Instant;

use super::auth::{self, Credentials};
use super::command::Command;
use super::conn::{Conn, ReadFailure};
use super::net::Network;
use super::pop3;
use super::reply::Reply;
use super::steps::{Outcome, Phase, Step, StepKind, TranscriptLine};
use super::{ProbeConfig, ProbeEvent, ProbeReport, RelayResult, Sink, TlsMode};

/// At most this many addresses of one name are tried.
const MAX_ADDRESSES: usize = 4;

struct Recorder<'a> {
    port: u16,
    start: Instant,
    step_start: Instant,
    steps: Vec<Step>,
    sink: Option<&'a Sink>,
}

impl Recorder<'_> {
    fn begin(&mut self, kind: StepKind, phase: Phase, target: Option<&str>) {
        self.step_start = Instant::now();
        if let Some(sink) = self.sink {
            sink(&ProbeEvent::Started {
                port: self.port,
                kind,
                phase,
                target: target.map(str::to_owned),
            });
        }
    }

    fn finish(
        &mut self,
        kind: StepKind,
        phase: Phase,
        target: Option<&str>,
        outcome: Outcome,
        transcript: Vec<TranscriptLine>,
    ) {
        let step = Step {
            kind,
            phase,
            target: target.map(str::to_owned),
            outcome,
            started_ms: ms(self.step_start.duration_since(self.start)),
            duration_ms: ms(self.step_start.elapsed()),
            transcript,
        };
        if let Some(sink) = self.sink {
            sink(&ProbeEvent::Finished {
                port: self.port,
                step: step.clone(),
            });
        }
        self.steps.push(step);
    }
}

/// At most this many further named recipients are asked for in one round.
const MAX_MORE_RCPTS: usize = 8;

use crate::smtp::address::domain_or_empty as domain_of;

fn ms(d: std::time::Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// The session state the sequence threads through.
struct Session<'a> {
    cfg: &'a ProbeConfig,
    helo_name: String,
    /// QUIT already went out with the last pipelined round.
    quit_sent: bool,
    rec: Recorder<'a>,
    report: ProbeReport,
}

/// A stop: the connection is gone or must not be reused.
struct Stop;

impl<'a> Session<'a> {
    fn new(cfg: &'a ProbeConfig, sink: Option<&'a Sink>) -> Session<'a> {
        let now = Instant::now();
        Session {
            cfg,
            helo_name: String::new(),
            quit_sent: false,
            rec: Recorder {
                port: cfg.port,
                start: now,
                step_start: now,
                steps: vec![],
                sink,
            },
            report: ProbeReport {
                host: cfg.host.clone(),
                port: cfg.port,
                tls_mode: cfg.tls.resolve(cfg.port),
                steps: vec![],
                capabilities: vec![],
                max_message_size: None,
                encrypted: false,
                tls: None,
                unauthenticated: None,
                authenticated: None,
                after_pop: None,
                sending_works: false,
                total_ms: 0,
            },
        }
    }

    /// QUIT, unless it already went out; a server closing without 221 is fine.
    async fn quit(&mut self, conn: &mut Conn) {
        if self.quit_sent {
            return;
        }
        self.rec.begin(StepKind::Quit, Phase::Connection, None);
        let outcome = match conn.command(Command::Quit).await {
            Ok(r) => reply_outcome(r),
            Err(e) => e.into_outcome(),
        };
        let t = conn.take_transcript();
        self.rec
            .finish(StepKind::Quit, Phase::Connection, None, outcome, t);
    }

    fn into_report(self) -> ProbeReport {
        let mut report = self.report;
        report.steps = self.rec.steps;
        report.total_ms = ms(self.rec.start.elapsed());
        report.sending_works = [
            report.authenticated,
            report.unauthenticated,
            report.after_pop,
        ]
        .iter()
        .flatten()
        .any(RelayResult::works);
        report
    }
}

/// Runs one probe. Never fails: every problem is a step outcome in the report.
pub async fn probe(cfg: &ProbeConfig, net: &dyn Network, sink: Option<&Sink>) -> ProbeReport {
    let tls_mode = cfg.tls.resolve(cfg.port);
    let mut s = Session::new(cfg, sink);
    if let Ok(mut conn) = s.connect_and_greet(net, tls_mode).await
        && s.session(net, &mut conn, tls_mode).await.is_ok()
    {
        s.quit(&mut conn).await;
    }
    s.into_report()
}

/// Only reaches the server: connect, (TLS,) greeting, EHLO, (STARTTLS, EHLO,) QUIT. No
/// sender, no recipient, no login: the quick test of whether an endpoint answers as a
/// submission server from here (autodetect's verification). `true` when it got that far,
/// with encryption established whenever the mode asks for it.
pub async fn reach(
    cfg: &ProbeConfig,
    net: &dyn Network,
    sink: Option<&Sink>,
) -> (ProbeReport, bool) {
    let tls_mode = cfg.tls.resolve(cfg.port);
    let mut s = Session::new(cfg, sink);
    let mut ready = false;
    if let Ok(mut conn) = s.connect_and_greet(net, tls_mode).await
        && s.secure(&mut conn, tls_mode).await.is_ok()
    {
        ready = true;
        s.quit(&mut conn).await;
    }
    (s.into_report(), ready)
}

/// Probes several port/encryption pairs at once ("what works from here").
pub async fn sweep(
    base: &ProbeConfig,
    targets: &[(u16, TlsMode)],
    net: Arc<dyn Network>,
    sink: Option<Sink>,
) -> Vec<ProbeReport> {
    let mut set = tokio::task::JoinSet::new();
    for (i, &(port, tls)) in targets.iter().enumerate() {
        let mut cfg = base.clone();
        cfg.port = port;
        cfg.tls = tls;
        let net = net.clone();
        let sink = sink.clone();
        set.spawn(async move { (i, probe(&cfg, net.as_ref(), sink.as_ref()).await) });
    }
    let mut out: Vec<(usize, ProbeReport)> = Vec::with_capacity(targets.len());
    while let Some(r) = set.join_next().await {
        if let Ok(r) = r {
            out.push(r);
        }
    }
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, r)| r).collect()
}

fn reply_outcome(reply: Reply) -> Outcome {
    if reply.is_positive() {
        Outcome::Accepted { reply }
    } else {
        Outcome::Rejected { reply }
    }
}

impl Session<'_> {
    /// Records a step whose result is a reply (or a read failure). `Err(Stop)` when the
    /// connection broke; `Ok(reply)` otherwise, positive or not.
    fn record_reply(
        &mut self,
        conn: &mut Conn,
        kind: StepKind,
        phase: Phase,
        target: Option<&str>,
        result: Result<Reply, ReadFailure>,
    ) -> Result<Reply, Stop> {
        let t = conn.take_transcript();
        match result {
            Ok(r) => {
                self.rec
                    .finish(kind, phase, target, reply_outcome(r.clone()), t);
                Ok(r)
            }
            Err(e) => {
                self.rec.finish(kind, phase, target, e.into_outcome(), t);
                Err(Stop)
            }
        }
    }

    async fn connect_and_greet(
        &mut self,
        net: &dyn Network,
        tls_mode: TlsMode,
    ) -> Result<Conn, Stop> {
        let cfg = self.cfg;
        // 1. Resolve.
        self.rec
            .begin(StepKind::Resolve, Phase::Connection, Some(&cfg.host));
        let addrs: Vec<SocketAddr> = if let Ok(ip) = cfg.host.parse::<IpAddr>() {
            vec![SocketAddr::new(ip, cfg.port)]
        } else {
            match tokio::time::timeout(cfg.timeout, net.resolve(&cfg.host, cfg.port)).await {
                Ok(Ok(a)) => a,
                Ok(Err(detail)) => {
                    self.rec.finish(
                        StepKind::Resolve,
                        Phase::Connection,
                        Some(&cfg.host),
                        Outcome::DnsFailed { detail },
                        vec![],
                    );
                    return Err(Stop);
                }
                Err(_) => {
                    let o = Outcome::DnsFailed {
                        detail: "timeout".into(),
                    };
                    self.rec.finish(
                        StepKind::Resolve,
                        Phase::Connection,
                        Some(&cfg.host),
                        o,
                        vec![],
                    );
                    return Err(Stop);
                }
            }
        };
        let o = Outcome::Resolved {
            addresses: addrs.iter().map(SocketAddr::ip).collect(),
        };
        self.rec.finish(
            StepKind::Resolve,
            Phase::Connection,
            Some(&cfg.host),
            o,
            vec![],
        );

        // 2. Connect, address by address.
        let mut connected = None;
        for addr in addrs.into_iter().take(MAX_ADDRESSES) {
            let target = addr.to_string();
            self.rec
                .begin(StepKind::Connect, Phase::Connection, Some(&target));
            let outcome = match tokio::time::timeout(cfg.timeout, net.connect(addr)).await {
                Err(_) => Outcome::Filtered { address: addr },
                Ok(Err(e)) => match e.kind() {
                    std::io::ErrorKind::ConnectionRefused => Outcome::Refused { address: addr },
                    std::io::ErrorKind::TimedOut => Outcome::Filtered { address: addr },
                    _ => Outcome::Unreachable {
                        address: addr,
                        detail: e.to_string(),
                    },
                },
                Ok(Ok((io, local))) => {
                    connected = Some((io, local));
                    Outcome::Connected { address: addr }
                }
            };
            self.rec.finish(
                StepKind::Connect,
                Phase::Connection,
                Some(&target),
                outcome,
                vec![],
            );
            if connected.is_some() {
                break;
            }
        }
        let (io, local) = connected.ok_or(Stop)?;
        let mut conn = Conn::new(io, cfg.timeout);
        self.helo_name = cfg.helo.clone().unwrap_or_else(|| match local {
            Some(SocketAddr::V4(a)) => format!("[{}]", a.ip()),
            Some(SocketAddr::V6(a)) => format!("[IPv6:{}]", a.ip()),
            None => "localhost".to_owned(),
        });

        // 3. Implicit TLS.
        if tls_mode == TlsMode::Implicit {
            conn = self.tls(conn).await?;
        }

        // 4. Greeting.
        self.rec.begin(StepKind::Greeting, Phase::Connection, None);
        let r = conn.read_reply().await;
        let greeting =
            self.record_reply(&mut conn, StepKind::Greeting, Phase::Connection, None, r)?;
        if !greeting.is_positive() {
            return Err(Stop);
        }
        Ok(conn)
    }

    async fn tls(&mut self, conn: Conn) -> Result<Conn, Stop> {
        let cfg = self.cfg;
        self.rec
            .begin(StepKind::TlsHandshake, Phase::Connection, Some(&cfg.host));
        match conn.upgrade(&cfg.host, &cfg.anchors, cfg.insecure).await {
            Ok((c, info)) => {
                self.report.tls = Some(info.clone());
                self.report.encrypted = true;
                self.rec.finish(
                    StepKind::TlsHandshake,
                    Phase::Connection,
                    Some(&cfg.host),
                    Outcome::TlsEstablished { info },
                    vec![],
                );
                Ok(c)
            }
            Err((failure, info)) => {
                self.report.tls = info.clone();
                self.rec.finish(
                    StepKind::TlsHandshake,
                    Phase::Connection,
                    Some(&cfg.host),
                    Outcome::TlsFailed { failure, info },
                    vec![],
                );
                Err(Stop)
            }
        }
    }

    async fn ehlo(&mut self, conn: &mut Conn) -> Result<(), Stop> {
        let name = self.helo_name.clone();
        self.rec
            .begin(StepKind::Ehlo, Phase::Connection, Some(&name));
        let r = conn.command(Command::Ehlo(name.clone())).await;
        let reply = self.record_reply(conn, StepKind::Ehlo, Phase::Connection, Some(&name), r)?;
        if reply.is_positive() {
            self.report.capabilities = reply
                .lines
                .iter()
                .skip(1)
                .map(|l| l.trim().to_owned())
                .collect();
            self.report.max_message_size = self.report.capabilities.iter().find_map(|c| {
                let (k, v) = c.split_once(' ')?;
                k.eq_ignore_ascii_case("SIZE")
                    .then(|| v.trim().parse().ok())
                    .flatten()
                    .filter(|n| *n > 0)
            });
            return Ok(());
        }
        // An old or minimal server: fall back to HELO (no extensions).
        self.rec
            .begin(StepKind::Helo, Phase::Connection, Some(&name));
        let r = conn.command(Command::Helo(name.clone())).await;
        let reply = self.record_reply(conn, StepKind::Helo, Phase::Connection, Some(&name), r)?;
        self.report.capabilities.clear();
        if reply.is_positive() {
            Ok(())
        } else {
            Err(Stop)
        }
    }

    fn has_capability(&self, name: &str) -> bool {
        self.report.capabilities.iter().any(|c| {
            c.split([' ', '='])
                .next()
                .is_some_and(|k| k.eq_ignore_ascii_case(name))
        })
    }

    fn auth_mechanisms(&self) -> Vec<String> {
        self.report.auth_mechanisms()
    }

    async fn session(
        &mut self,
        net: &dyn Network,
        conn: &mut Conn,
        tls_mode: TlsMode,
    ) -> Result<(), Stop> {
        let cfg = self.cfg;
        self.secure(conn, tls_mode).await?;

        // Relay test without login.
        self.report.unauthenticated = Some(
            self.transaction(
                conn,
                Phase::Unauthenticated,
                cfg.credentials.is_none() && cfg.pop3.is_none(),
            )
            .await?,
        );

        // Login and relay test with it.
        if let Some(creds) = &cfg.credentials
            && self.login(conn, creds).await?
        {
            self.report.authenticated = Some(
                self.transaction(conn, Phase::Authenticated, cfg.pop3.is_none())
                    .await?,
            );
        }

        // POP-before-SMTP, when login did not open relaying.
        let relay_open = self.report.unauthenticated.is_some_and(|r| r.works())
            || self.report.authenticated.is_some_and(|r| r.works());
        if let (Some(pop), Some(creds), false) = (&cfg.pop3, &cfg.credentials, relay_open) {
            let target = format!("{}:{}", pop.host, pop.port);
            self.rec
                .begin(StepKind::PopLogin, Phase::AfterPop, Some(&target));
            let (outcome, t) =
                pop3::login(net, pop, creds, &cfg.anchors, cfg.insecure, cfg.timeout).await;
            let ok = outcome.is_success();
            self.rec.finish(
                StepKind::PopLogin,
                Phase::AfterPop,
                Some(&target),
                outcome,
                t,
            );
            if ok {
                self.report.after_pop = Some(self.transaction(conn, Phase::AfterPop, true).await?);
            }
        }
        Ok(())
    }

    /// EHLO, then STARTTLS and EHLO again when the mode asks for it.
    async fn secure(&mut self, conn: &mut Conn, tls_mode: TlsMode) -> Result<(), Stop> {
        let cfg = self.cfg;
        self.ehlo(conn).await?;

        // STARTTLS.
        let offered = self.has_capability("STARTTLS");
        if tls_mode == TlsMode::StartTls || (tls_mode == TlsMode::Auto && offered) {
            self.rec.begin(StepKind::StartTls, Phase::Connection, None);
            if !offered {
                let t = conn.take_transcript();
                self.rec.finish(
                    StepKind::StartTls,
                    Phase::Connection,
                    None,
                    Outcome::NotOffered,
                    t,
                );
                return Err(Stop);
            }
            let r = conn.command(Command::StartTls).await;
            let reply = self.record_reply(conn, StepKind::StartTls, Phase::Connection, None, r)?;
            if reply.code.get() == 220 {
                let plain = std::mem::replace(
                    conn,
                    Conn::new(Box::new(tokio::io::duplex(1).0), cfg.timeout),
                );
                *conn = self.tls(plain).await?;
                self.ehlo(conn).await?;
            } else if tls_mode == TlsMode::StartTls {
                return Err(Stop);
            }
        }
        Ok(())
    }

    /// AUTH. `Ok(true)` when logged in.
    async fn login(&mut self, conn: &mut Conn, creds: &Credentials) -> Result<bool, Stop> {
        // The password never travels in clear text unless the user chose "no encryption"
        // explicitly: an attacker can strip STARTTLS from the server's capabilities.
        if !self.report.encrypted && self.cfg.tls != TlsMode::None {
            self.rec.begin(StepKind::Auth, Phase::Authenticated, None);
            self.rec.finish(
                StepKind::Auth,
                Phase::Authenticated,
                None,
                Outcome::PlaintextRefused,
                vec![],
            );
            return Ok(false);
        }
        let offered = self.auth_mechanisms();
        if offered.is_empty() {
            self.rec.begin(StepKind::Auth, Phase::Authenticated, None);
            self.rec.finish(
                StepKind::Auth,
                Phase::Authenticated,
                None,
                Outcome::NotOffered,
                vec![],
            );
            return Ok(false);
        }
        let Some(mech) = auth::choose(&offered, creds) else {
            self.rec.begin(StepKind::Auth, Phase::Authenticated, None);
            self.rec.finish(
                StepKind::Auth,
                Phase::Authenticated,
                None,
                Outcome::NoCommonMechanism { offered },
                vec![],
            );
            return Ok(false);
        };
        self.rec
            .begin(StepKind::Auth, Phase::Authenticated, Some(mech.name()));
        let r = auth::authenticate(conn, mech, creds).await;
        let reply = self.record_reply(
            conn,
            StepKind::Auth,
            Phase::Authenticated,
            Some(mech.name()),
            r,
        )?;
        Ok(reply.code.get() == 235)
    }

    /// MAIL FROM, RCPT TO same domain, RCPT TO outside, RSET. Pipelined when offered.
    /// MAIL FROM, RCPT TO same domain, RCPT TO outside, RSET — and QUIT when this is the
    /// session's last round. With PIPELINING the whole group goes out in one write (RFC 2920
    /// allows RSET anywhere in a group and QUIT at its end), so a round costs one round trip.
    async fn transaction(
        &mut self,
        conn: &mut Conn,
        phase: Phase,
        last: bool,
    ) -> Result<RelayResult, Stop> {
        let cfg = self.cfg;
        let mut result = RelayResult::default();
        let mut group: Vec<(StepKind, Phase, Command, Option<&str>)> = vec![
            (
                StepKind::MailFrom,
                phase,
                Command::MailFrom(cfg.from.clone()),
                Some(cfg.from.as_str()),
            ),
            (
                StepKind::RcptSameDomain,
                phase,
                Command::RcptTo(cfg.same_domain_rcpt.clone()),
                Some(cfg.same_domain_rcpt.as_str()),
            ),
            (
                StepKind::RcptOutside,
                phase,
                Command::RcptTo(cfg.outside_rcpt.clone()),
                Some(cfg.outside_rcpt.as_str()),
            ),
        ];
        // Further recipients the user named: each is asked for, none counts for the relay
        // result (that is the first of each kind above).
        let from_domain = domain_of(&cfg.from);
        for rcpt in cfg.more_rcpts.iter().take(MAX_MORE_RCPTS) {
            let kind = if domain_of(rcpt).eq_ignore_ascii_case(from_domain) {
                StepKind::RcptSameDomain
            } else {
                StepKind::RcptOutside
            };
            group.push((
                kind,
                phase,
                Command::RcptTo(rcpt.clone()),
                Some(rcpt.as_str()),
            ));
        }
        group.push((StepKind::Rset, phase, Command::Rset, None));
        if last {
            group.push((StepKind::Quit, Phase::Connection, Command::Quit, None));
            self.quit_sent = true;
        }
        let pipelining = self.has_capability("PIPELINING");
        if pipelining {
            let (kind, ph, _, target) = &group[0];
            self.rec.begin(*kind, *ph, *target);
            let cmds: Vec<Command> = group.iter().map(|(_, _, c, _)| c.clone()).collect();
            if let Err(e) = conn.send(&cmds).await {
                let t = conn.take_transcript();
                self.rec.finish(*kind, *ph, *target, e.into_outcome(), t);
                return Err(Stop);
            }
        }
        for (i, (kind, ph, cmd, target)) in group.iter().enumerate() {
            let is_rcpt = matches!(kind, StepKind::RcptSameDomain | StepKind::RcptOutside);
            if !pipelining {
                if is_rcpt && result.sender_accepted == Some(false) {
                    continue;
                }
                self.rec.begin(*kind, *ph, *target);
                if let Err(e) = conn.send(std::slice::from_ref(cmd)).await {
                    let t = conn.take_transcript();
                    self.rec.finish(*kind, *ph, *target, e.into_outcome(), t);
                    return Err(Stop);
                }
            } else if i > 0 {
                self.rec.begin(*kind, *ph, *target);
            }
            let r = conn.read_reply().await;
            if *kind == StepKind::Quit {
                // Servers often close right after 221, or without it; either is fine.
                let t = conn.take_transcript();
                let outcome = r.map_or_else(ReadFailure::into_outcome, reply_outcome);
                self.rec.finish(*kind, *ph, *target, outcome, t);
                continue;
            }
            let reply = self.record_reply(conn, *kind, *ph, *target, r)?;
            let ok = Some(reply.is_positive());
            // After a refused MAIL FROM, a pipelined RCPT's "503 need MAIL" says nothing
            // about relaying: leave it unknown.
            let rcpt_meaningful = result.sender_accepted != Some(false);
            match (kind, i) {
                (StepKind::MailFrom, _) => result.sender_accepted = ok,
                (StepKind::RcptSameDomain, 1) if rcpt_meaningful => {
                    result.same_domain_accepted = ok;
                }
                (StepKind::RcptOutside, 2) if rcpt_meaningful => result.outside_accepted = ok,
                _ => {}
            }
        }
        Ok(result)
    }
}
