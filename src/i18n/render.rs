//! Turns typed diagnoses into sentences.

use fluent_bundle::FluentValue;

use super::{Arg, Localizer};
use crate::diagnosis::{Cause, Fix, MailClient};
use crate::explain::{Explanation, Facts, hresult};

/// A fix, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedFix {
    /// Stable id (`fix-<id>` in the `.ftl` files).
    pub id: &'static str,
    /// The sentence, naming the setting as the user's mail program does.
    pub text: String,
}

/// An explanation, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedExplanation {
    /// Stable cause id.
    pub cause: &'static str,
    /// One-line headline.
    pub title: String,
    /// A few plain sentences for a non-expert.
    pub explanation: String,
    /// `(label, value)` pairs of what the text revealed.
    pub facts: Vec<(String, String)>,
    /// Fixes, best first.
    pub fixes: Vec<RenderedFix>,
}

impl Localizer {
    /// The headline of a cause.
    pub fn cause_title(&self, cause: Cause) -> String {
        self.msg(&format!("cause-{}", cause.id()), &[])
    }

    /// The plain-language explanation of a cause.
    pub fn cause_explanation(&self, cause: Cause) -> String {
        self.attr(&format!("cause-{}", cause.id()), "explanation", &[])
    }

    /// The sentence for `fix`, worded for `client`.
    pub fn fix_text(&self, fix: &Fix, client: MailClient) -> String {
        let args = Self::fix_args(fix, client);
        let id = format!("fix-{}", fix.id());
        let what = self.msg(&id, &args);
        if self.has(&id, Some("how")) {
            format!("{what} {}", self.attr(&id, "how", &args))
        } else {
            what
        }
    }

    /// The Fluent arguments of `fix` (message `fix-<id>`).
    pub fn fix_args(fix: &Fix, client: MailClient) -> Vec<Arg<'static>> {
        let none = || FluentValue::from("none");
        let opt = |v: &Option<String>| {
            v.as_deref()
                .map_or_else(none, |s| FluentValue::from(s.to_owned()))
        };
        let mut args: Vec<Arg<'static>> = vec![("client", client.id().into())];
        match fix {
            Fix::UseSubmissionPort { port, security }
            | Fix::SwitchEncryption { port, security }
            | Fix::UseAuthenticatedSubmission { port, security } => {
                args.push(("port", (*port).into()));
                args.push(("security", security.id().into()));
            }
            Fix::UseOwnAddressAsSender { domain } => args.push(("domain", opt(domain))),
            Fix::CheckServerName { host } => args.push(("host", opt(host))),
            Fix::UseHostFromCertificate { host } => args.push(("host", host.clone().into())),
            Fix::UseProviderSettings {
                provider,
                host,
                port,
                security,
                username,
            } => {
                args.push(("provider", provider.clone().into()));
                args.push(("host", host.clone().into()));
                args.push(("port", (*port).into()));
                args.push(("security", security.id().into()));
                args.push(("username", username.clone().into()));
            }
            Fix::CheckRecipientAddress { address } | Fix::CheckSenderAddress { address } => {
                args.push(("address", opt(address)));
            }
            Fix::WaitAndRetry { minutes } => args.push(("minutes", (*minutes).into())),
            Fix::AskProviderDelist { ip } => args.push(("ip", opt(ip))),
            _ => {}
        }
        args
    }

    /// `(label, value)` lines for the facts found in a pasted text.
    pub fn facts(&self, f: &Facts) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut push = |id: &str, v: String| out.push((self.msg(id, &[]), v));
        if let Some(r) = &f.server_response {
            push("fact-server-response", r.clone());
        }
        if let Some(c) = f.reply_code {
            push("fact-reply-code", c.to_string());
        }
        if let Some(e) = f.enhanced_code {
            push("fact-enhanced-code", e.to_string());
        }
        if let Some(h) = f.hresult {
            let sym = hresult::symbol(h)
                .map(|s| format!(" ({s})"))
                .unwrap_or_default();
            push("fact-hresult", format!("0x{h:08X}{sym}"));
        }
        if let Some(s) = &f.server {
            push("fact-server", s.clone());
        }
        if let Some(p) = f.port {
            push("fact-port", p.to_string());
        }
        if let Some(t) = f.tls {
            push(
                "fact-tls",
                self.msg(if t { "value-yes" } else { "value-no" }, &[]),
            );
        }
        if let Some(a) = &f.rejected_address {
            push("fact-rejected-address", a.clone());
        }
        if let Some(ip) = &f.ip {
            push("fact-ip", ip.clone());
        }
        out
    }

    /// Renders a whole explanation.
    pub fn render(&self, e: &Explanation) -> RenderedExplanation {
        RenderedExplanation {
            cause: e.cause.id(),
            title: self.cause_title(e.cause),
            explanation: self.cause_explanation(e.cause),
            facts: self.facts(&e.facts),
            fixes: e
                .fixes
                .iter()
                .map(|f| RenderedFix {
                    id: f.id(),
                    text: self.fix_text(f, e.facts.client),
                })
                .collect(),
        }
    }
}
