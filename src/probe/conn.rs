//! One SMTP connection with hard limits: every read has a deadline, every line and reply a
//! size cap. A server that drips, floods or babbles yields a typed outcome, never a hang or
//! unbounded memory.
//!
//! Hand-rolled line reader: tokio's `read_until` has no length cap, and the cap is the whole
//! point here (a 1 MiB line must stop at the limit, not after allocating it).

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::command::Command;
use super::net::Io;
use super::reply::{Malformed, Reply, ReplyParser};
use super::steps::{Outcome, TranscriptLine};
use super::tls::{TlsFailure, TlsInfo, TrustAnchors, handshake};

/// Longest line accepted from a server (RFC 5321 allows 512; real servers send more).
pub const MAX_LINE: usize = 4096;

/// What reading a reply can end in besides a reply.
#[derive(Debug)]
pub enum ReadFailure {
    Timeout,
    Closed,
    Malformed(Malformed, String),
    Io(String),
}

impl ReadFailure {
    /// As a step outcome.
    pub fn into_outcome(self) -> Outcome {
        match self {
            ReadFailure::Timeout => Outcome::Timeout,
            ReadFailure::Closed => Outcome::Closed,
            ReadFailure::Malformed(kind, sample) => Outcome::Malformed { kind, sample },
            ReadFailure::Io(detail) => Outcome::IoError { detail },
        }
    }
}

/// An SMTP connection (plain or TLS) with its own read buffer and transcript.
pub struct Conn {
    io: Box<dyn Io>,
    buf: Vec<u8>,
    timeout: Duration,
    /// Lines of the current step.
    pub transcript: Vec<TranscriptLine>,
}

impl std::fmt::Debug for Conn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Conn")
            .field("buffered", &self.buf.len())
            .finish_non_exhaustive()
    }
}

impl Conn {
    /// Wraps a connected stream.
    pub fn new(io: Box<dyn Io>, timeout: Duration) -> Conn {
        Conn {
            io,
            buf: Vec::with_capacity(1024),
            timeout,
            transcript: vec![],
        }
    }

    /// Takes the transcript of the step that just ended.
    pub fn take_transcript(&mut self) -> Vec<TranscriptLine> {
        std::mem::take(&mut self.transcript)
    }

    /// Sends commands in one write (one for a plain command, several when pipelining).
    pub async fn send(&mut self, cmds: &[Command]) -> Result<(), ReadFailure> {
        let mut wire = String::new();
        for c in cmds {
            wire.push_str(&c.to_string());
            self.transcript.push(TranscriptLine {
                client: true,
                text: c.redacted(),
            });
        }
        let write = async {
            self.io.write_all(wire.as_bytes()).await?;
            self.io.flush().await
        };
        match tokio::time::timeout(self.timeout, write).await {
            Err(_) => Err(ReadFailure::Timeout),
            Ok(Err(e)) if is_closed(&e) => Err(ReadFailure::Closed),
            Ok(Err(e)) => Err(ReadFailure::Io(e.to_string())),
            Ok(Ok(())) => Ok(()),
        }
    }

    /// Reads one complete reply within the timeout.
    pub async fn read_reply(&mut self) -> Result<Reply, ReadFailure> {
        let deadline = Instant::now() + self.timeout;
        let mut parser = ReplyParser::default();
        loop {
            let line = self.read_line(deadline).await?;
            let text = String::from_utf8_lossy(&line).into_owned();
            self.transcript.push(TranscriptLine {
                client: false,
                text: cap(&text),
            });
            match parser.feed(&text) {
                Ok(Some(reply)) => return Ok(reply),
                Ok(None) => {}
                Err(kind) => return Err(ReadFailure::Malformed(kind, cap(&text))),
            }
        }
    }

    /// Sends one command and reads its reply.
    pub async fn command(&mut self, cmd: Command) -> Result<Reply, ReadFailure> {
        self.send(std::slice::from_ref(&cmd)).await?;
        self.read_reply().await
    }

    async fn read_line(&mut self, deadline: Instant) -> Result<Vec<u8>, ReadFailure> {
        loop {
            if let Some(pos) = self.buf.iter().position(|&b| b == b'\n') {
                let mut line: Vec<u8> = self.buf.drain(..=pos).collect();
                line.pop();
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                return Ok(line);
            }
            if self.buf.len() > MAX_LINE {
                let sample = String::from_utf8_lossy(&self.buf[..80]).into_owned();
                return Err(ReadFailure::Malformed(Malformed::TooLarge, sample));
            }
            let mut chunk = [0u8; 4096];
            let want = (MAX_LINE + 1 - self.buf.len()).min(chunk.len());
            let read =
                tokio::time::timeout_at(deadline.into(), self.io.read(&mut chunk[..want])).await;
            match read {
                Err(_) => return Err(ReadFailure::Timeout),
                Ok(Ok(0)) => return Err(ReadFailure::Closed),
                Ok(Ok(n)) => self.buf.extend_from_slice(&chunk[..n]),
                Ok(Err(e)) if is_closed(&e) => return Err(ReadFailure::Closed),
                Ok(Err(e)) => return Err(ReadFailure::Io(e.to_string())),
            }
        }
    }

    /// Upgrades to TLS (after `220` to STARTTLS, or right after connect for implicit TLS).
    /// Bytes the server sent ahead of the handshake are a protocol violation (a STARTTLS
    /// injection) and refuse the upgrade.
    pub async fn upgrade(
        self,
        host: &str,
        anchors: &TrustAnchors,
        insecure: bool,
    ) -> Result<(Conn, TlsInfo), (TlsFailure, Option<TlsInfo>)> {
        if !self.buf.is_empty() {
            return Err((
                TlsFailure::Handshake {
                    detail: "data received before the TLS handshake".into(),
                },
                None,
            ));
        }
        let timeout = self.timeout;
        match tokio::time::timeout(timeout, handshake(self.io, host, anchors, insecure)).await {
            Err(_) => Err((
                TlsFailure::Io {
                    detail: "timeout".into(),
                },
                None,
            )),
            Ok(Err(e)) => Err(e),
            Ok(Ok((stream, info))) => Ok((Conn::new(Box::new(stream), timeout), info)),
        }
    }

    /// Reads one text line (POP3), within the timeout.
    pub async fn read_text_line(&mut self) -> Result<String, ReadFailure> {
        let line = self.read_line(Instant::now() + self.timeout).await?;
        let text = String::from_utf8_lossy(&line).into_owned();
        self.transcript.push(TranscriptLine {
            client: false,
            text: cap(&text),
        });
        Ok(text)
    }

    /// Sends a raw text line (POP3); `shown` is what the transcript records.
    pub async fn send_line(&mut self, line: &str, shown: &str) -> Result<(), ReadFailure> {
        let wire = format!("{line}\r\n");
        self.transcript.push(TranscriptLine {
            client: true,
            text: shown.to_owned(),
        });
        match tokio::time::timeout(self.timeout, self.io.write_all(wire.as_bytes())).await {
            Err(_) => Err(ReadFailure::Timeout),
            Ok(Err(e)) if is_closed(&e) => Err(ReadFailure::Closed),
            Ok(Err(e)) => Err(ReadFailure::Io(e.to_string())),
            Ok(Ok(())) => Ok(()),
        }
    }
}

fn is_closed(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::*;
    matches!(
        e.kind(),
        ConnectionReset | ConnectionAborted | BrokenPipe | UnexpectedEof
    )
}

/// Transcript lines are capped too (a hostile server may send a 4 KiB line 100 times).
fn cap(s: &str) -> String {
    const MAX: usize = 512;
    if s.len() <= MAX {
        return s.to_owned();
    }
    let mut end = MAX;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &s[..end])
}
