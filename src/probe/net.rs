//! The network as an injectable dependency (in the spirit of hickory's `RuntimeProvider`):
//! production uses the OS resolver and real TCP; tests can script DNS failures without
//! touching anything but loopback.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;

use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;

/// A byte stream the probe can speak SMTP over.
pub trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// A connected stream and the local address it uses.
pub type Connection = (Box<dyn Io>, Option<SocketAddr>);

/// A boxed future, as the trait needs no extra crate for async methods.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Name resolution and TCP connections.
pub trait Network: Send + Sync {
    /// Resolves `host` to addresses with `port`.
    fn resolve<'a>(
        &'a self,
        host: &'a str,
        port: u16,
    ) -> BoxFuture<'a, Result<Vec<SocketAddr>, String>>;
    /// Opens a TCP connection (the caller applies the timeout); also returns the local
    /// address, which mail programs announce in EHLO.
    fn connect(&self, addr: SocketAddr) -> BoxFuture<'_, io::Result<Connection>>;
}

/// The real network: the OS resolver (`getaddrinfo`) and TCP.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemNetwork;

impl Network for SystemNetwork {
    fn resolve<'a>(
        &'a self,
        host: &'a str,
        port: u16,
    ) -> BoxFuture<'a, Result<Vec<SocketAddr>, String>> {
        Box::pin(async move {
            match tokio::net::lookup_host((host, port)).await {
                Ok(addrs) => {
                    let mut v: Vec<SocketAddr> = addrs.collect();
                    // IPv4 first: far more submission servers are reachable over v4 from home
                    // networks, and it keeps the step list short when v6 is half-configured.
                    v.sort_by_key(|a| a.is_ipv6());
                    v.dedup();
                    if v.is_empty() {
                        Err("no addresses".to_owned())
                    } else {
                        Ok(v)
                    }
                }
                Err(e) => Err(e.to_string()),
            }
        })
    }

    fn connect(&self, addr: SocketAddr) -> BoxFuture<'_, io::Result<Connection>> {
        Box::pin(async move {
            let s = TcpStream::connect(addr).await?;
            s.set_nodelay(true)?;
            let local = s.local_addr().ok();
            Ok((Box::new(s) as Box<dyn Io>, local))
        })
    }
}
