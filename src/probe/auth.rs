//! SASL for SMTP AUTH: PLAIN, LOGIN, CRAM-MD5 and XOAUTH2.
//!
//! Small enough to write here (each is a few lines of base64), and it keeps full control of
//! what reaches the transcript: payloads go out as [`Command::Auth`] / [`Command::AuthData`],
//! which always redact themselves.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, Mac};
use md5::Md5;
use serde::Serialize;

use super::command::Command;
use super::conn::{Conn, ReadFailure};
use super::reply::Reply;

/// A secret (password or OAuth2 token). Never printed, never serialised.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(s: impl Into<String>) -> Secret {
        Secret(s.into())
    }

    /// The secret itself; only for building wire payloads.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

/// Login data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credentials {
    /// User name (often the full address).
    pub user: String,
    /// Password, or an OAuth2 access token when `oauth2` is set.
    pub secret: Secret,
    /// Use XOAUTH2 with `secret` as the bearer token.
    pub oauth2: bool,
}

/// A SASL mechanism the probe can use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Mechanism {
    /// RFC 4616.
    Plain,
    /// The de-facto LOGIN mechanism.
    Login,
    /// RFC 2195.
    CramMd5,
    /// Google/Microsoft OAuth2 bearer tokens.
    XOAuth2,
}

impl Mechanism {
    /// Name on the wire.
    pub fn name(self) -> &'static str {
        match self {
            Mechanism::Plain => "PLAIN",
            Mechanism::Login => "LOGIN",
            Mechanism::CramMd5 => "CRAM-MD5",
            Mechanism::XOAuth2 => "XOAUTH2",
        }
    }
}

/// Picks a mechanism from what the server offers: XOAUTH2 for tokens, otherwise PLAIN,
/// LOGIN, CRAM-MD5 in that order (over TLS the simple ones are as safe and most widely
/// supported).
pub fn choose(offered: &[String], creds: &Credentials) -> Option<Mechanism> {
    let has = |m: Mechanism| offered.iter().any(|o| o.eq_ignore_ascii_case(m.name()));
    if creds.oauth2 {
        return has(Mechanism::XOAuth2).then_some(Mechanism::XOAuth2);
    }
    [Mechanism::Plain, Mechanism::Login, Mechanism::CramMd5]
        .into_iter()
        .find(|m| has(*m))
}

/// Runs the SASL exchange; returns the server's final reply. A server that still asks for
/// more (334) after the last step gets the exchange cancelled (`*`, RFC 4954), so the
/// recorded reply is the refusal, never a dangling challenge.
pub async fn authenticate(
    conn: &mut Conn,
    mech: Mechanism,
    creds: &Credentials,
) -> Result<Reply, ReadFailure> {
    let reply = exchange(conn, mech, creds).await?;
    if reply.code.get() == 334 {
        return conn.command(Command::AuthData("*".into())).await;
    }
    Ok(reply)
}

async fn exchange(
    conn: &mut Conn,
    mech: Mechanism,
    creds: &Credentials,
) -> Result<Reply, ReadFailure> {
    let user = &creds.user;
    let secret = creds.secret.expose();
    match mech {
        Mechanism::Plain => {
            let payload = B64.encode(format!("\0{user}\0{secret}"));
            conn.command(Command::Auth {
                mechanism: "PLAIN",
                initial: Some(payload),
            })
            .await
        }
        Mechanism::Login => {
            let r = conn
                .command(Command::Auth {
                    mechanism: "LOGIN",
                    initial: None,
                })
                .await?;
            if r.code.get() != 334 {
                return Ok(r);
            }
            let r = conn.command(Command::AuthData(B64.encode(user))).await?;
            if r.code.get() != 334 {
                return Ok(r);
            }
            conn.command(Command::AuthData(B64.encode(secret))).await
        }
        Mechanism::CramMd5 => {
            let r = conn
                .command(Command::Auth {
                    mechanism: "CRAM-MD5",
                    initial: None,
                })
                .await?;
            if r.code.get() != 334 {
                return Ok(r);
            }
            let challenge = B64
                .decode(r.lines.first().map_or("", |l| l.trim()))
                .unwrap_or_default();
            conn.command(Command::AuthData(cram_md5_response(
                user, secret, &challenge,
            )))
            .await
        }
        Mechanism::XOAuth2 => {
            let payload = xoauth2_payload(user, secret);
            let r = conn
                .command(Command::Auth {
                    mechanism: "XOAUTH2",
                    initial: Some(payload),
                })
                .await?;
            if r.code.get() != 334 {
                return Ok(r);
            }
            // The 334 carries a JSON error; an empty line ends the exchange with the real reply.
            conn.command(Command::AuthData(String::new())).await
        }
    }
}

/// The XOAUTH2 initial response (Google's and Microsoft's SASL XOAUTH2 format).
fn xoauth2_payload(user: &str, token: &str) -> String {
    B64.encode(format!("user={user}\x01auth=Bearer {token}\x01\x01"))
}

fn cram_md5_response(user: &str, secret: &str, challenge: &[u8]) -> String {
    let mut mac =
        <Hmac<Md5> as Mac>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
    mac.update(challenge);
    let digest = mac.finalize().into_bytes();
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    B64.encode(format!("{user} {hex}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn creds(oauth2: bool) -> Credentials {
        Credentials {
            user: "alice".into(),
            secret: Secret::new("pw"),
            oauth2,
        }
    }

    #[test]
    fn cram_md5_matches_rfc_2195_example() {
        // RFC 2195 §2: user "tim", secret "tanstaaftanstaaf".
        let challenge = b"<1896.697170952@postoffice.reston.mci.net>";
        let r = cram_md5_response("tim", "tanstaaftanstaaf", challenge);
        assert_eq!(r, "dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw");
    }

    #[test]
    fn xoauth2_matches_the_documented_example() {
        assert_eq!(
            xoauth2_payload(
                "someuser@example.com",
                "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"
            ),
            "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="
        );
    }

    #[test]
    fn mechanism_choice() {
        let offered = vec!["LOGIN".to_owned(), "PLAIN".to_owned()];
        assert_eq!(choose(&offered, &creds(false)), Some(Mechanism::Plain));
        assert_eq!(
            choose(&["cram-md5".to_owned()], &creds(false)),
            Some(Mechanism::CramMd5)
        );
        assert_eq!(choose(&offered, &creds(true)), None);
        assert_eq!(
            choose(&["XOAUTH2".to_owned()], &creds(true)),
            Some(Mechanism::XOAuth2)
        );
        assert_eq!(choose(&["NTLM".to_owned()], &creds(false)), None);
    }

    #[test]
    fn secrets_do_not_debug_print() {
        assert_eq!(format!("{:?}", creds(false)).matches("pw").count(), 0);
    }
}
