//! `smtp-doctor autodetect ADDRESS`: which outgoing server, port and encryption to use.

use std::io::Write;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use super::UsageError;
use crate::autodetect::{
    DEFAULT_AUTOCONFIG_URLS, DetectConfig, Detection, VerifyConfig, detect, verify,
};
use crate::i18n::Localizer;
use crate::probe::SystemNetwork;

/// How many of the best candidates `--verify` checks.
const VERIFY_TOP: usize = 3;

/// Validated `autodetect` arguments.
#[derive(Debug)]
pub(crate) struct AutodetectArgs {
    pub address: String,
    pub offline: bool,
    /// Quick-check the best candidates from this network.
    pub verify: bool,
    /// Extra certificates to trust for that check.
    pub ca_file: Option<std::path::PathBuf>,
    pub json: bool,
    pub dns_server: Option<SocketAddr>,
    pub autoconfig_urls: Vec<String>,
    pub timeout: Duration,
}

impl AutodetectArgs {
    fn config(&self) -> DetectConfig {
        DetectConfig {
            offline: self.offline,
            dns_server: self.dns_server,
            autoconfig_urls: if self.autoconfig_urls.is_empty() {
                DEFAULT_AUTOCONFIG_URLS
                    .iter()
                    .map(|s| (*s).to_owned())
                    .collect()
            } else {
                self.autoconfig_urls.clone()
            },
            timeout: self.timeout,
        }
    }
}

/// The human-readable result.
pub fn detection_text(l: &Localizer, d: &Detection) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    match &d.provider {
        Some(p) => {
            let _ = writeln!(
                s,
                "{}",
                l.msg("autodetect-provider", &[("name", p.name.clone().into())])
            );
        }
        None => {
            let _ = writeln!(
                s,
                "{}",
                l.msg(
                    "autodetect-provider-unknown",
                    &[("domain", d.domain.clone().into())]
                )
            );
        }
    }
    if d.candidates.is_empty() {
        let _ = writeln!(s, "{}", l.msg("autodetect-none", &[]));
    }
    for (i, c) in d.candidates.iter().enumerate() {
        let form = c.username_form.map_or("unknown", |f| match f {
            crate::autodetect::UsernameForm::Email => "email",
            crate::autodetect::UsernameForm::Localpart => "localpart",
        });
        let _ = writeln!(
            s,
            "  {}. {}",
            i + 1,
            l.msg(
                "autodetect-candidate",
                &[
                    ("host", c.host.clone().into()),
                    ("port", c.port.into()),
                    ("security", c.security.id().into()),
                    ("username", form.into()),
                    ("confidence", c.confidence.into()),
                    ("source", crate::present::source_text(l, &c.source).into()),
                ]
            )
        );
        if let Some(v) = &c.verification {
            let line = if v.reachable {
                let mut t = l.msg("autodetect-verified", &[("ms", v.total_ms.into())]);
                if !v.auth_mechanisms.is_empty() {
                    t.push(' ');
                    t.push_str(&l.msg(
                        "autodetect-verified-auth",
                        &[("mechanisms", v.auth_mechanisms.join(" ").into())],
                    ));
                }
                format!("✓ {t}")
            } else {
                let why = v.failed_step.as_ref().map_or_else(String::new, |step| {
                    format!(
                        "{}: {}",
                        l.msg(
                            &format!("step-{}", step.kind.id()),
                            &[("phase", crate::present::phase_id(step.phase).into())]
                        ),
                        crate::present::outcome_text(l, &step.outcome)
                    )
                });
                format!(
                    "✗ {}",
                    l.msg("autodetect-unreachable", &[("reason", why.into())])
                )
            };
            let _ = writeln!(s, "     {line}");
        }
    }
    if let Some(p) = &d.provider {
        let policy = &p.policy;
        for (on, id) in [
            (
                policy.enable_in_webmail,
                "autodetect-policy-enable-in-webmail",
            ),
            (
                policy.from_must_match_login,
                "autodetect-policy-from-must-match",
            ),
            (
                policy.app_password_with_2fa,
                "autodetect-policy-app-password",
            ),
            (policy.basic_auth_disabled, "autodetect-policy-oauth2"),
            (policy.pop_before_smtp, "autodetect-policy-pop-before-smtp"),
        ] {
            if on {
                let _ = writeln!(s, "  – {}", l.msg(id, &[("name", p.name.clone().into())]));
            }
        }
    }
    if !d.problems.is_empty() {
        let _ = writeln!(
            s,
            "{}",
            l.msg("autodetect-problems", &[("count", d.problems.len().into())])
        );
    }
    s
}

/// Runs `autodetect`; exit 0 with at least one candidate, 1 without.
pub(crate) fn run(
    l: &Localizer,
    a: &AutodetectArgs,
    out: &mut dyn Write,
) -> Result<i32, UsageError> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| UsageError::new("cli-error-runtime", &[("error", e.to_string())]))?;
    let cfg = a.config();
    let anchors = if a.verify {
        Some(super::check::anchors(a.ca_file.as_deref())?)
    } else {
        None
    };
    let detection = rt.block_on(async {
        let mut d = detect(&a.address, &cfg).await?;
        if let Some(anchors) = anchors {
            let vcfg = VerifyConfig {
                top: VERIFY_TOP,
                timeout: a.timeout,
                anchors,
            };
            verify(&mut d.candidates, Arc::new(SystemNetwork), &vcfg).await;
        }
        Some(d)
    });
    rt.shutdown_timeout(Duration::from_millis(100));
    let Some(d) = detection else {
        return Err(UsageError::new(
            "cli-error-bad-address",
            &[("value", a.address.clone())],
        ));
    };
    let text = if a.json {
        serde_json::to_string_pretty(&d).unwrap_or_default() + "\n"
    } else {
        detection_text(l, &d)
    };
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| UsageError::output(&e))?;
    Ok(if d.candidates.is_empty() { 1 } else { 0 })
}
