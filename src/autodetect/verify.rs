//! The quick check of the best candidates: does the endpoint answer as a submission server
//! from this network, with the encryption the candidate names?
//!
//! A table row or a DNS record can be right and still useless from here: a hotel network
//! that filters 465, a stale autoconfig file, a certificate for another name. So the top few
//! candidates get the probe's first steps only ([`crate::probe::reach`]: connect, TLS,
//! greeting, EHLO, STARTTLS, QUIT), concurrently, with the per-step timeout of the lookup.
//! No sender, no recipient and no login are sent. Candidates that answered move to the front; the failure
//! of one that did not is kept as the probe step that failed, so the diagnosis and the text
//! for it are the ones the live check uses.

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use super::Candidate;
use crate::probe::{Network, ProbeConfig, Step, TlsMode, TrustAnchors, reach};

/// How to verify.
#[derive(Clone, Debug)]
pub struct VerifyConfig {
    /// How many of the best candidates to try.
    pub top: usize,
    /// Per-step timeout.
    pub timeout: Duration,
    /// Certificates to trust.
    pub anchors: TrustAnchors,
}

/// What the quick check of one candidate found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Verification {
    /// The server greeted, answered EHLO and the encryption is up.
    pub reachable: bool,
    /// The login methods it offers (empty when it offers none, or was not reached).
    pub auth_mechanisms: Vec<String>,
    /// The step that failed, when it was not reachable.
    pub failed_step: Option<Step>,
    /// How long the check took.
    pub total_ms: u64,
}

/// A sender for the probe's configuration; `reach` never sends MAIL FROM.
const UNUSED_ADDRESS: &str = "postmaster@invalid";

/// Checks the first `cfg.top` candidates concurrently, stores the results in them and moves
/// the reachable ones to the front (in their previous order), then the unchecked ones, then
/// those that failed.
pub async fn verify(candidates: &mut [Candidate], net: Arc<dyn Network>, cfg: &VerifyConfig) {
    let n = cfg.top.min(candidates.len());
    let mut set = tokio::task::JoinSet::new();
    for (i, c) in candidates.iter().take(n).enumerate() {
        let probe_cfg = ProbeConfig {
            host: c.host.clone(),
            port: c.port,
            tls: TlsMode::from_security(c.security),
            helo: None,
            from: UNUSED_ADDRESS.into(),
            same_domain_rcpt: UNUSED_ADDRESS.into(),
            outside_rcpt: UNUSED_ADDRESS.into(),
            more_rcpts: vec![],
            credentials: None,
            pop3: None,
            timeout: cfg.timeout,
            insecure: false,
            anchors: cfg.anchors.clone(),
        };
        let net = net.clone();
        set.spawn(async move {
            let (report, reachable) = reach(&probe_cfg, net.as_ref(), None).await;
            // `reach` stops at the step that failed, so that step is the last one recorded.
            let failed_step = if reachable {
                None
            } else {
                report.steps.last().cloned()
            };
            (
                i,
                Verification {
                    reachable,
                    auth_mechanisms: if reachable {
                        report.auth_mechanisms()
                    } else {
                        vec![]
                    },
                    failed_step,
                    total_ms: report.total_ms,
                },
            )
        });
    }
    while let Some(r) = set.join_next().await {
        if let Ok((i, v)) = r {
            candidates[i].verification = Some(v);
        }
    }
    candidates.sort_by_key(|c| match &c.verification {
        Some(v) if v.reachable => 0,
        None => 1,
        Some(_) => 2,
    });
}
