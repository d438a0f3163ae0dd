//! Mozilla autoconfig (`config-v1.1.xml`): the domain's own file and Thunderbird's ISPDB.
//!
//! Fetched with ureq (blocking, so on a blocking thread) under a global timeout and a body
//! cap; parsed with roxmltree. Only `<outgoingServer type="smtp">` matters here.

use std::time::Duration;

use serde::Serialize;

use super::table::UsernameForm;
use crate::smtp::Security;

/// Largest autoconfig document read.
pub const MAX_BYTES: u64 = 256 * 1024;

/// One outgoing server from a config file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Outgoing {
    /// Host name (placeholders filled in).
    pub host: String,
    /// Port.
    pub port: u16,
    /// Encryption.
    pub security: Security,
    /// User name form.
    pub username: Option<UsernameForm>,
}

/// Why a source gave nothing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FetchProblem {
    /// No answer in time.
    Timeout,
    /// The document is larger than [`MAX_BYTES`].
    TooLarge,
    /// HTTP error status (404: no config there).
    Status { code: u16 },
    /// Could not connect or the transfer failed.
    Network { detail: String },
    /// Not valid autoconfig XML.
    Malformed { detail: String },
}

/// Fetches `url` (blocking).
pub fn fetch(url: &str, timeout: Duration) -> Result<String, FetchProblem> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(true)
        .max_redirects(3)
        .user_agent(concat!("smtp-doctor/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut resp = agent.get(url).call().map_err(problem)?;
    resp.body_mut()
        .with_config()
        .limit(MAX_BYTES)
        .read_to_string()
        .map_err(problem)
}

fn problem(e: ureq::Error) -> FetchProblem {
    match e {
        ureq::Error::StatusCode(code) => FetchProblem::Status { code },
        ureq::Error::Timeout(_) => FetchProblem::Timeout,
        ureq::Error::BodyExceedsLimit(_) => FetchProblem::TooLarge,
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => FetchProblem::Timeout,
        other => FetchProblem::Network {
            detail: other.to_string(),
        },
    }
}

/// The SMTP servers of an autoconfig document, in document order.
pub fn parse(xml: &str, address: &str) -> Result<Vec<Outgoing>, FetchProblem> {
    let doc = roxmltree::Document::parse(xml).map_err(|e| FetchProblem::Malformed {
        detail: e.to_string(),
    })?;
    if doc.root_element().tag_name().name() != "clientConfig" {
        return Err(FetchProblem::Malformed {
            detail: "not a clientConfig document".into(),
        });
    }
    let (local, domain) = address.rsplit_once('@').unwrap_or((address, ""));
    let fill = |s: &str| {
        s.replace("%EMAILADDRESS%", address)
            .replace("%EMAILLOCALPART%", local)
            .replace("%EMAILDOMAIN%", domain)
    };
    let text = |n: roxmltree::Node<'_, '_>, tag: &str| {
        n.children()
            .find(|c| c.has_tag_name(tag))
            .and_then(|c| c.text())
            .map(str::trim)
            .map(str::to_owned)
    };
    let mut out = vec![];
    for server in doc
        .descendants()
        .filter(|n| n.has_tag_name("outgoingServer") && n.attribute("type") == Some("smtp"))
    {
        let Some(host) = text(server, "hostname")
            .map(|h| fill(&h))
            .filter(|h| !h.is_empty())
        else {
            continue;
        };
        let Some(port) = text(server, "port")
            .and_then(|p| p.parse::<u16>().ok())
            .filter(|p| *p > 0)
        else {
            continue;
        };
        let security = match text(server, "socketType")
            .as_deref()
            .map(str::to_ascii_uppercase)
            .as_deref()
        {
            Some("SSL") | Some("TLS") => Security::ImplicitTls,
            Some("STARTTLS") => Security::StartTls,
            Some("PLAIN") => Security::None,
            _ => continue,
        };
        let username = text(server, "username").map(|u| {
            if u.contains("%EMAILLOCALPART%") {
                UsernameForm::Localpart
            } else {
                UsernameForm::Email
            }
        });
        out.push(Outgoing {
            host,
            port,
            security,
            username,
        });
    }
    if out.is_empty() {
        return Err(FetchProblem::Malformed {
            detail: "no SMTP server in the document".into(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<?xml version="1.0"?>
<clientConfig version="1.1">
  <emailProvider id="example.org">
    <domain>example.org</domain>
    <outgoingServer type="smtp">
      <hostname>smtp.%EMAILDOMAIN%</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.org</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>"#;

    #[test]
    fn parses_outgoing_servers_with_placeholders() {
        let v = parse(XML, "max@example.org").expect("valid");
        assert_eq!(
            v[0],
            Outgoing {
                host: "smtp.example.org".into(),
                port: 587,
                security: Security::StartTls,
                username: Some(UsernameForm::Localpart)
            }
        );
        assert_eq!(
            (v[1].port, v[1].security, v[1].username),
            (465, Security::ImplicitTls, Some(UsernameForm::Email))
        );
    }

    #[test]
    fn rejects_garbage() {
        assert!(matches!(
            parse("<html>nope</html>", "a@b"),
            Err(FetchProblem::Malformed { .. })
        ));
        assert!(matches!(
            parse("<clientConfig><", "a@b"),
            Err(FetchProblem::Malformed { .. })
        ));
        assert!(matches!(
            parse("<clientConfig/>", "a@b"),
            Err(FetchProblem::Malformed { .. })
        ));
    }
}
