//! TLS with rustls: verification that records what it saw, and structured failures.
//!
//! The verifier wraps rustls' WebPKI verifier. It always records the chain and the verdict,
//! so a report can say *why* a certificate was refused (expired, wrong name, unknown issuer,
//! self-signed) even when the user chose `--insecure` to look past it. Without `--insecure`
//! the verdict stands and the handshake fails.

use std::sync::{Arc, Mutex, OnceLock};

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use serde::Serialize;
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;

use super::net::Io;

/// What was learned about a TLS session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TlsInfo {
    /// e.g. `TLSv1_3`.
    pub version: Option<String>,
    /// e.g. `TLS13_AES_256_GCM_SHA384`.
    pub cipher: Option<String>,
    /// The server's chain, leaf first.
    pub chain: Vec<CertInfo>,
    /// `None` when the certificate verified; otherwise why not.
    pub problem: Option<CertProblem>,
}

/// One certificate of the chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CertInfo {
    /// Subject DN.
    pub subject: String,
    /// Issuer DN.
    pub issuer: String,
    /// DNS names and IP addresses it is valid for.
    pub names: Vec<String>,
    /// Start of validity (RFC 2822-ish, UTC).
    pub not_before: String,
    /// End of validity.
    pub not_after: String,
}

/// Why a certificate was refused (rustls' `CertificateError`, made stable for diagnosis).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum CertProblem {
    /// Issued by a CA the system does not trust.
    UnknownIssuer,
    /// The certificate signed itself.
    SelfSigned,
    /// Past its end date.
    Expired,
    /// Before its start date.
    NotYetValid,
    /// Not issued for the name the client connected to.
    NameMismatch { expected: String },
    /// Revoked by its CA.
    Revoked,
    /// Anything else rustls reported.
    Other { detail: String },
}

/// Why TLS failed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TlsFailure {
    /// The certificate was refused.
    Certificate { problem: CertProblem },
    /// The other side does not speak TLS here (e.g. a plain SMTP greeting on a port used as
    /// implicit TLS).
    NotTls,
    /// The server offered no protocol version or cipher in common, or sent an alert.
    Handshake { detail: String },
    /// The connection broke during the handshake.
    Io { detail: String },
    /// The host name cannot be used as a TLS server name.
    BadServerName,
}

/// Trust anchors: the OS store, Mozilla's roots as a fallback when the OS has none, plus
/// any the caller adds (a company CA, the test lab's CA).
#[derive(Clone, Debug)]
pub struct TrustAnchors {
    store: Arc<RootCertStore>,
    /// The OS certificates plus the extra ones, as DER (the test message's TLS needs them).
    pub(crate) ders: Arc<Vec<CertificateDer<'static>>>,
    /// The OS store was empty and Mozilla's roots stand in.
    pub(crate) mozilla_fallback: bool,
}

struct SystemRoots {
    store: RootCertStore,
    ders: Vec<CertificateDer<'static>>,
    fallback: bool,
}

fn system_roots() -> &'static SystemRoots {
    static ROOTS: OnceLock<SystemRoots> = OnceLock::new();
    ROOTS.get_or_init(|| {
        let mut store = RootCertStore::empty();
        let native = rustls_native_certs::load_native_certs();
        let ders = native.certs.clone();
        let (added, _) = store.add_parsable_certificates(native.certs);
        let fallback = added == 0;
        if fallback {
            store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        }
        SystemRoots {
            store,
            ders,
            fallback,
        }
    })
}

impl TrustAnchors {
    /// The system's trust anchors plus `extra` (DER certificates).
    pub fn system_with(extra: Vec<CertificateDer<'static>>) -> TrustAnchors {
        let sys = system_roots();
        let mut store = sys.store.clone();
        store.add_parsable_certificates(extra.iter().cloned());
        let mut ders = sys.ders.clone();
        ders.extend(extra);
        TrustAnchors {
            store: Arc::new(store),
            ders: Arc::new(ders),
            mozilla_fallback: sys.fallback,
        }
    }

    /// No trust anchors at all (a placeholder until the real ones are loaded).
    pub fn empty() -> TrustAnchors {
        TrustAnchors {
            store: Arc::new(RootCertStore::empty()),
            ders: Arc::new(vec![]),
            mozilla_fallback: false,
        }
    }

    /// Reads PEM certificates from a file (for `--ca-file`).
    pub fn read_pem(path: &std::path::Path) -> std::io::Result<Vec<CertificateDer<'static>>> {
        use rustls::pki_types::pem::PemObject;
        let data = std::fs::read(path)?;
        let certs: Vec<_> = CertificateDer::pem_slice_iter(&data)
            .filter_map(Result::ok)
            .collect();
        if certs.is_empty() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "no PEM certificate",
            ));
        }
        Ok(certs)
    }
}

#[derive(Debug, Default)]
struct Seen {
    chain: Vec<CertificateDer<'static>>,
    problem: Option<CertProblem>,
}

#[derive(Debug)]
struct RecordingVerifier {
    inner: Arc<WebPkiServerVerifier>,
    insecure: bool,
    seen: Arc<Mutex<Seen>>,
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let result =
            self.inner
                .verify_server_cert(end_entity, intermediates, server_name, ocsp, now);
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        seen.chain = std::iter::once(end_entity)
            .chain(intermediates)
            .map(|c| c.clone().into_owned())
            .collect();
        if let Err(e) = &result {
            seen.problem = Some(cert_problem(e, end_entity, server_name));
        }
        if self.insecure {
            Ok(ServerCertVerified::assertion())
        } else {
            result
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

fn cert_problem(
    e: &rustls::Error,
    leaf: &CertificateDer<'_>,
    name: &ServerName<'_>,
) -> CertProblem {
    let rustls::Error::InvalidCertificate(ce) = e else {
        return CertProblem::Other {
            detail: e.to_string(),
        };
    };
    match ce {
        CertificateError::UnknownIssuer => {
            if is_self_signed(leaf) {
                CertProblem::SelfSigned
            } else {
                CertProblem::UnknownIssuer
            }
        }
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => CertProblem::Expired,
        CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
            CertProblem::NotYetValid
        }
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
            CertProblem::NameMismatch {
                expected: name.to_str().into_owned(),
            }
        }
        CertificateError::Revoked => CertProblem::Revoked,
        // A certificate that signed itself with CA:TRUE (what `openssl req -x509` makes, as
        // on many NAS boxes and small servers) fails as "CA used as end entity": to the
        // user it is simply self-signed.
        _ if is_self_signed(leaf) => CertProblem::SelfSigned,
        other => CertProblem::Other {
            detail: format!("{other:?}"),
        },
    }
}

fn is_self_signed(der: &CertificateDer<'_>) -> bool {
    x509_parser::parse_x509_certificate(der)
        .map(|(_, c)| c.subject() == c.issuer())
        .unwrap_or(false)
}

fn cert_info(der: &CertificateDer<'_>) -> CertInfo {
    match x509_parser::parse_x509_certificate(der) {
        Ok((_, c)) => {
            let mut names = Vec::new();
            if let Ok(Some(san)) = c.subject_alternative_name() {
                for n in &san.value.general_names {
                    match n {
                        x509_parser::extensions::GeneralName::DNSName(d) => {
                            names.push((*d).to_owned())
                        }
                        x509_parser::extensions::GeneralName::IPAddress(ip) => {
                            if let Ok(a) = <[u8; 4]>::try_from(*ip) {
                                names.push(std::net::Ipv4Addr::from(a).to_string());
                            } else if let Ok(a) = <[u8; 16]>::try_from(*ip) {
                                names.push(std::net::Ipv6Addr::from(a).to_string());
                            }
                        }
                        _ => {}
                    }
                }
            }
            CertInfo {
                subject: c.subject().to_string(),
                issuer: c.issuer().to_string(),
                names,
                not_before: c.validity().not_before.to_string(),
                not_after: c.validity().not_after.to_string(),
            }
        }
        Err(e) => CertInfo {
            subject: format!("(unparsable certificate: {e})"),
            issuer: String::new(),
            names: vec![],
            not_before: String::new(),
            not_after: String::new(),
        },
    }
}

/// Runs a TLS handshake over `io`. On success returns the TLS stream and what was learned;
/// on failure the typed reason and whatever certificate information was seen.
pub async fn handshake(
    io: Box<dyn Io>,
    host: &str,
    anchors: &TrustAnchors,
    insecure: bool,
) -> Result<(TlsStream<Box<dyn Io>>, TlsInfo), (TlsFailure, Option<TlsInfo>)> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let inner =
        WebPkiServerVerifier::builder_with_provider(anchors.store.clone(), provider.clone())
            .build()
            .map_err(|e| {
                (
                    TlsFailure::Handshake {
                        detail: e.to_string(),
                    },
                    None,
                )
            })?;
    let seen = Arc::new(Mutex::new(Seen::default()));
    let verifier = Arc::new(RecordingVerifier {
        inner,
        insecure,
        seen: seen.clone(),
    });
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| {
            (
                TlsFailure::Handshake {
                    detail: e.to_string(),
                },
                None,
            )
        })?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    let name =
        ServerName::try_from(host.to_owned()).map_err(|_| (TlsFailure::BadServerName, None))?;
    let result = TlsConnector::from(Arc::new(config)).connect(name, io).await;
    let seen = std::mem::take(&mut *seen.lock().unwrap_or_else(|p| p.into_inner()));
    let partial = |version, cipher| TlsInfo {
        version,
        cipher,
        chain: seen.chain.iter().map(cert_info).collect(),
        problem: seen.problem.clone(),
    };
    match result {
        Ok(stream) => {
            let conn = stream.get_ref().1;
            let version = conn.protocol_version().map(|v| format!("{v:?}"));
            let cipher = conn
                .negotiated_cipher_suite()
                .map(|c| format!("{:?}", c.suite()));
            Ok((stream, partial(version, cipher)))
        }
        Err(e) => {
            let info = (!seen.chain.is_empty()).then(|| partial(None, None));
            let failure = match (
                &seen.problem,
                e.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()),
            ) {
                (Some(p), _) if !insecure => TlsFailure::Certificate { problem: p.clone() },
                (_, Some(rustls::Error::InvalidMessage(_))) => TlsFailure::NotTls,
                (_, Some(other)) => TlsFailure::Handshake {
                    detail: other.to_string(),
                },
                (_, None) => TlsFailure::Io {
                    detail: e.to_string(),
                },
            };
            Err((failure, info))
        }
    }
}
