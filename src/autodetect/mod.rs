//! From an e-mail address to the right outgoing server, with provenance.
//!
//! Four sources, ranked: the built-in provider table (offline, from the providers' own
//! documentation), RFC 6186 SRV records (`_submissions._tcp`, `_submission._tcp`), Mozilla
//! autoconfig (the domain's own file, then Thunderbird's ISPDB), and the MX records (a custom
//! domain hosted at Google, Microsoft, IONOS … gets that provider's settings). The network
//! sources run concurrently, each under a timeout; a failing source is reported, never fatal.
//! On request, [`verify`] tries the best few from this network (connection and EHLO only)
//! and moves those that answer to the front.

pub mod autoconfig;
mod table;
mod verify;

pub use autoconfig::FetchProblem;
pub use table::{
    Policy, PolicyId, Provider, SourceRef, Submission, UsernameForm, by_domain, by_mx, providers,
};

pub use verify::{Verification, VerifyConfig, verify};

use std::net::SocketAddr;
use std::time::Duration;

use hickory_resolver::config::{ConnectionConfig, NameServerConfig, ResolverConfig};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::proto::rr::RData;
use hickory_resolver::{Resolver, TokioResolver};
use serde::Serialize;

use crate::smtp::Security;

/// The Thunderbird order of autoconfig locations; `{domain}` and `{address}` are filled in.
pub const DEFAULT_AUTOCONFIG_URLS: [&str; 4] = [
    "https://autoconfig.{domain}/mail/config-v1.1.xml?emailaddress={address}",
    "https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml",
    "http://autoconfig.{domain}/mail/config-v1.1.xml",
    "https://autoconfig.thunderbird.net/v1.1/{domain}",
];

/// Where a candidate comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Source {
    /// The built-in table.
    Table { provider: String },
    /// An RFC 6186 SRV record.
    Srv { record: String },
    /// An autoconfig document.
    Autoconfig { url: String },
    /// A custom domain whose MX belongs to a known provider.
    Mx { exchange: String, provider: String },
}

/// A proposed outgoing server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Candidate {
    /// Host name.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Encryption.
    pub security: Security,
    /// How the user name is formed, when a source says so.
    pub username_form: Option<UsernameForm>,
    /// Where it comes from.
    pub source: Source,
    /// 0–100.
    pub confidence: u8,
    /// The quick check from this network, when one was asked for ([`verify`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
}

/// A source that gave nothing usable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceProblem {
    /// `srv`, `autoconfig` or `mx`.
    pub source: &'static str,
    /// The record name or URL asked.
    pub target: String,
    /// What went wrong.
    pub problem: FetchProblem,
}

/// The result.
#[derive(Clone, Debug, Serialize)]
pub struct Detection {
    /// The address asked about.
    pub address: String,
    /// Its domain.
    pub domain: String,
    /// The provider, when known (its policies matter to the diagnosis).
    pub provider: Option<Provider>,
    /// Candidates, best first; no duplicates.
    pub candidates: Vec<Candidate>,
    /// Sources that failed.
    pub problems: Vec<SourceProblem>,
}

/// How to look.
#[derive(Clone, Debug)]
pub struct DetectConfig {
    /// Use only the built-in table.
    pub offline: bool,
    /// A specific DNS server (tests, or a user's choice); the system's otherwise.
    pub dns_server: Option<SocketAddr>,
    /// Autoconfig URL templates, tried in order.
    pub autoconfig_urls: Vec<String>,
    /// Timeout per source.
    pub timeout: Duration,
}

impl Default for DetectConfig {
    fn default() -> Self {
        DetectConfig {
            offline: false,
            dns_server: None,
            autoconfig_urls: DEFAULT_AUTOCONFIG_URLS
                .iter()
                .map(|s| (*s).to_owned())
                .collect(),
            timeout: Duration::from_secs(5),
        }
    }
}

/// The domain of an address, or `None` when it is not one.
pub fn domain_of(address: &str) -> Option<String> {
    let (local, domain) = address.trim().rsplit_once('@')?;
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    let ok = !local.is_empty()
        && domain.contains('.')
        && domain.len() <= 253
        && domain.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    ok.then_some(domain)
}

fn table_candidates(p: &Provider, source: impl Fn() -> Source, base: u8) -> Vec<Candidate> {
    p.submission
        .iter()
        .enumerate()
        .map(|(i, s)| Candidate {
            host: s.host.clone(),
            port: s.port,
            security: s.security,
            username_form: Some(p.username),
            source: source(),
            confidence: base.saturating_sub(u8::try_from(i).unwrap_or(u8::MAX).saturating_mul(3)),
            verification: None,
        })
        .collect()
}

fn resolver(cfg: &DetectConfig) -> Option<TokioResolver> {
    let builder = match cfg.dns_server {
        Some(addr) => {
            let mut udp = ConnectionConfig::udp();
            udp.port = addr.port();
            let mut tcp = ConnectionConfig::tcp();
            tcp.port = addr.port();
            let ns = NameServerConfig::new(addr.ip(), true, vec![udp, tcp]);
            Resolver::builder_with_config(
                ResolverConfig::from_name_servers(vec![ns]),
                TokioRuntimeProvider::default(),
            )
        }
        None => Resolver::builder_tokio().ok()?,
    };
    let mut builder = builder;
    builder.options_mut().timeout = cfg.timeout;
    builder.options_mut().attempts = 1;
    builder.build().ok()
}

async fn srv(
    res: &TokioResolver,
    name: String,
    security: Security,
    base: u8,
    cfg: &DetectConfig,
) -> Result<Vec<Candidate>, SourceProblem> {
    let fail = |problem| SourceProblem {
        source: "srv",
        target: name.clone(),
        problem,
    };
    let lookup = bounded(cfg.timeout, res.srv_lookup(name.as_str()))
        .await
        .map_err(fail)?;
    let mut records: Vec<_> = lookup
        .answers()
        .iter()
        .filter_map(|r| match &r.data {
            RData::SRV(s) => Some(s.clone()),
            _ => None,
        })
        .collect();
    // RFC 2782: lowest priority first, then highest weight.
    records.sort_by_key(|s| (s.priority, std::cmp::Reverse(s.weight)));
    Ok(records
        .into_iter()
        .filter(|s| s.target.to_ascii() != "." && s.port != 0) // "." = service not offered (RFC 6186 §4)
        .enumerate()
        .map(|(i, s)| Candidate {
            host: s.target.to_ascii().trim_end_matches('.').to_owned(),
            port: s.port,
            security,
            username_form: None,
            source: Source::Srv {
                record: name.trim_end_matches('.').to_owned(),
            },
            confidence: base.saturating_sub(u8::try_from(i).unwrap_or(u8::MAX)),
            verification: None,
        })
        .collect())
}

/// A DNS lookup under the source's timeout; a timeout or a resolver error is the problem.
async fn bounded<T, E: std::fmt::Display>(
    timeout: Duration,
    lookup: impl Future<Output = Result<T, E>>,
) -> Result<T, FetchProblem> {
    match tokio::time::timeout(timeout, lookup).await {
        Err(_) => Err(FetchProblem::Timeout),
        Ok(Err(e)) => Err(FetchProblem::Network {
            detail: e.to_string(),
        }),
        Ok(Ok(v)) => Ok(v),
    }
}

async fn mx(
    res: &TokioResolver,
    domain: &str,
    cfg: &DetectConfig,
) -> Result<Vec<Candidate>, SourceProblem> {
    let fail = |problem| SourceProblem {
        source: "mx",
        target: domain.to_owned(),
        problem,
    };
    let lookup = bounded(cfg.timeout, res.mx_lookup(format!("{domain}.")))
        .await
        .map_err(fail)?;
    let mut exchanges: Vec<_> = lookup
        .answers()
        .iter()
        .filter_map(|r| match &r.data {
            RData::MX(m) => Some((
                m.preference,
                m.exchange.to_ascii().trim_end_matches('.').to_owned(),
            )),
            _ => None,
        })
        .collect();
    exchanges.sort();
    Ok(exchanges
        .iter()
        .find_map(|(_, ex)| by_mx(ex).map(|p| (ex.clone(), p)))
        .map(|(ex, p)| {
            table_candidates(
                p,
                || Source::Mx {
                    exchange: ex.clone(),
                    provider: p.id.clone(),
                },
                70,
            )
        })
        .unwrap_or_default())
}

async fn autoconfig(
    address: &str,
    domain: &str,
    cfg: &DetectConfig,
) -> (Vec<Candidate>, Vec<SourceProblem>) {
    let mut problems = vec![];
    for (i, template) in cfg.autoconfig_urls.iter().enumerate() {
        let url = template
            .replace("{domain}", domain)
            .replace("{address}", address);
        let timeout = cfg.timeout;
        let fetch_url = url.clone();
        let fetched = tokio::task::spawn_blocking(move || autoconfig::fetch(&fetch_url, timeout))
            .await
            .unwrap_or_else(|e| {
                Err(FetchProblem::Network {
                    detail: e.to_string(),
                })
            });
        match fetched.and_then(|xml| autoconfig::parse(&xml, address)) {
            Ok(servers) => {
                // The domain's own file ranks above the shared database.
                let base: u8 = if template.contains("thunderbird.net") {
                    75
                } else {
                    80
                };
                let cands = servers
                    .into_iter()
                    .enumerate()
                    .map(|(j, s)| Candidate {
                        host: s.host,
                        port: s.port,
                        security: s.security,
                        username_form: s.username,
                        source: Source::Autoconfig { url: url.clone() },
                        confidence: base.saturating_sub(u8::try_from(i + j).unwrap_or(u8::MAX)),
                        verification: None,
                    })
                    .collect();
                return (cands, problems);
            }
            Err(problem) => problems.push(SourceProblem {
                source: "autoconfig",
                target: url,
                problem,
            }),
        }
    }
    (vec![], problems)
}

/// Proposes outgoing servers for `address`.
pub async fn detect(address: &str, cfg: &DetectConfig) -> Option<Detection> {
    let domain = domain_of(address)?;
    let provider = by_domain(&domain).cloned();
    let mut candidates: Vec<Candidate> = provider
        .as_ref()
        .map(|p| {
            table_candidates(
                p,
                || Source::Table {
                    provider: p.id.clone(),
                },
                95,
            )
        })
        .unwrap_or_default();
    let mut problems = vec![];
    if !cfg.offline {
        let (dns, auto) = tokio::join!(
            async {
                let Some(res) = resolver(cfg) else {
                    return (
                        vec![],
                        vec![SourceProblem {
                            source: "srv",
                            target: domain.clone(),
                            problem: FetchProblem::Network {
                                detail: "no DNS configuration".into(),
                            },
                        }],
                    );
                };
                let (a, b, c) = tokio::join!(
                    srv(
                        &res,
                        format!("_submissions._tcp.{domain}."),
                        Security::ImplicitTls,
                        86,
                        cfg
                    ),
                    srv(
                        &res,
                        format!("_submission._tcp.{domain}."),
                        Security::StartTls,
                        85,
                        cfg
                    ),
                    mx(&res, &domain, cfg),
                );
                let mut cands = vec![];
                let mut probs = vec![];
                for r in [a, b, c] {
                    match r {
                        Ok(c) => cands.extend(c),
                        Err(p) => probs.push(p),
                    }
                }
                (cands, probs)
            },
            autoconfig(address, &domain, cfg),
        );
        candidates.extend(dns.0);
        problems.extend(dns.1);
        candidates.extend(auto.0);
        problems.extend(auto.1);
    }
    // Best first; the same endpoint from several sources counts once, at its best rank.
    candidates.sort_by_key(|c| std::cmp::Reverse(c.confidence));
    let mut seen = std::collections::HashSet::new();
    candidates.retain(|c| seen.insert((c.host.to_ascii_lowercase(), c.port, c.security)));
    Some(Detection {
        address: address.trim().to_owned(),
        domain,
        provider,
        candidates,
        problems,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_are_validated() {
        assert_eq!(domain_of("Max@GMX.de").as_deref(), Some("gmx.de"));
        assert_eq!(domain_of("no-at-sign"), None);
        assert_eq!(domain_of("a@localhost"), None);
        assert_eq!(domain_of("a@bad_domain.de"), None);
    }
}
