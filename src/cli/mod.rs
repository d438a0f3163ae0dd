//! The command-line face: parse arguments, call the core, print. Nothing else.
//!
//! Exit codes: 0 a diagnosis was printed (also `unknown`), 2 usage error. Output text comes
//! from `i18n/`; JSON keys are a stable, documented contract (README.md).

mod autodetect;
mod check;
mod hiargs;
mod import;
mod lowargs;
mod profile;

use std::ffi::OsString;
use std::io::{self, IsTerminal, Read, Write};
use std::sync::Arc;

use fluent_bundle::FluentValue;
use serde_json::{Value, json};

use crate::diagnosis::fuse::{Inputs, fuse};
use crate::diagnosis::situation::Situation;
use crate::explain::{Explanation, explain, hresult};
use crate::i18n::{Lang, Localizer};
use crate::session::Env;
use hiargs::{Command, HiArgs};
use lowargs::LowArgs;

/// The largest text `explain` reads from standard input.
pub const MAX_INPUT_MIB: usize = 16;

/// What kind of error ended a command; it decides the exit code and whether the
/// "see --help" hint fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The arguments are wrong (exit 2, with the help hint).
    Usage,
    /// The result could not be written (exit 3).
    Output,
    /// The reader went away (`| head`): not worth a message (exit 0).
    ClosedPipe,
    /// The OS keyring is missing, locked or failed (exit 1; its own message, no help hint).
    Keyring,
    /// A saved profile could not be read or written (exit 1; its own message).
    Profile,
    /// Something else failed while running (exit 1).
    Failure,
}

/// A command's error: a message id and its arguments, rendered in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError {
    kind: ErrorKind,
    id: &'static str,
    args: Vec<(&'static str, String)>,
}

impl UsageError {
    fn new(id: &'static str, args: &[(&'static str, String)]) -> UsageError {
        UsageError {
            kind: ErrorKind::Usage,
            id,
            args: args.to_vec(),
        }
    }

    fn of_kind(kind: ErrorKind, id: &'static str, args: &[(&'static str, String)]) -> UsageError {
        UsageError {
            kind,
            ..UsageError::new(id, args)
        }
    }

    /// Writing the result failed.
    fn output(e: &io::Error) -> UsageError {
        let kind = if e.kind() == io::ErrorKind::BrokenPipe {
            ErrorKind::ClosedPipe
        } else {
            ErrorKind::Output
        };
        UsageError::of_kind(kind, "cli-error-write", &[("error", e.to_string())])
    }

    /// The kind.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The process exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self.kind {
            ErrorKind::Usage => EXIT_USAGE,
            ErrorKind::Output => EXIT_OUTPUT,
            ErrorKind::ClosedPipe => EXIT_OK,
            ErrorKind::Keyring | ErrorKind::Profile | ErrorKind::Failure => EXIT_FAILURE,
        }
    }

    fn render(&self, l: &Localizer) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(k, v)| (*k, FluentValue::from(v.as_str())))
            .collect();
        l.msg(self.id, &args)
    }
}

/// Exit code: success.
pub const EXIT_OK: i32 = 0;
/// Exit code: the command failed (a problem found, a keyring or profile problem).
pub const EXIT_FAILURE: i32 = 1;
/// Exit code: usage error.
pub const EXIT_USAGE: i32 = 2;
/// Exit code: the output could not be written.
pub const EXIT_OUTPUT: i32 = 3;

/// The language named by `--lang de|en` / `--lang=de`, if any.
fn lang_hint(args: &[OsString]) -> Option<Lang> {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--lang") {
            Some("") => it.next().map(|v| v.into_owned()),
            Some(v) => v.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(v) = value {
            return Lang::from_tag(&v).filter(|_| v == "de" || v == "en");
        }
    }
    None
}

/// Runs the command line with the program's real streams and the OS language.
pub fn main_with_args(args: impl IntoIterator<Item = OsString>) -> i32 {
    let stdin = io::stdin();
    let interactive = stdin.is_terminal();
    run(
        args,
        Lang::from_os(),
        stdin.lock(),
        interactive,
        &mut io::stdout().lock(),
        &mut io::stderr().lock(),
        &Env::system(),
    )
}

/// Runs the command line (without the program name in `args`). Streams, the language and the
/// environment (network, keyring, profile folder) are parameters so tests can drive it
/// in-process.
pub fn run(
    args: impl IntoIterator<Item = OsString>,
    os_lang: Lang,
    mut stdin: impl Read,
    stdin_is_terminal: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
    env: &Env,
) -> i32 {
    let args: Vec<OsString> = args.into_iter().collect();
    // An explicit --lang also applies to errors in the rest of the command line.
    let err_lang = lang_hint(&args).unwrap_or(os_lang);
    let hi = LowArgs::parse(args)
        .map_err(|e| (err_lang, e))
        .and_then(|low| HiArgs::from_low(low, os_lang, &env.profiles));
    let hi = match hi {
        Ok(hi) => hi,
        Err((lang, e)) => return usage_error(&Localizer::new(lang), &e, err),
    };
    let l = Arc::new(Localizer::new(hi.lang));
    let result = match hi.command {
        Command::Autodetect(args) => {
            return match autodetect::run(&l, &args, out) {
                Ok(code) => code,
                Err(e) => usage_error(&l, &e, err),
            };
        }
        Command::Profile(cmd) => {
            return match profile::run(&l, &cmd, &mut stdin, out, err, env) {
                Ok(code) => code,
                Err(e) => usage_error(&l, &e, err),
            };
        }
        Command::Import(args) => {
            return match import::run(&l, &args, out, env) {
                Ok(code) => code,
                Err(e) => usage_error(&l, &e, err),
            };
        }
        Command::Check(args) => {
            return match check::run(l.clone(), &args, &mut stdin, out, err, env) {
                Ok(code) => code,
                Err(e) => usage_error(&l, &e, err),
            };
        }
        Command::Help => writeln!(
            out,
            "{}",
            l.msg("cli-help", &[("version", env!("CARGO_PKG_VERSION").into())])
        ),
        Command::Version => writeln!(out, "smtp-doctor {}", env!("CARGO_PKG_VERSION")),
        Command::Explain {
            text,
            json,
            client,
            location,
            account,
            from,
        } => {
            let text = match text {
                Some(t) => t,
                None => {
                    if stdin_is_terminal {
                        let _ = writeln!(err, "{}", l.msg("cli-paste-prompt", &[]));
                    }
                    match read_limited(&mut stdin) {
                        Ok(t) => t,
                        Err(e) => return usage_error(&l, &e, err),
                    }
                }
            };
            if text.trim().is_empty() {
                return usage_error(&l, &UsageError::new("cli-error-empty-input", &[]), err);
            }
            let mut e = explain(&text);
            if let Some(c) = client {
                e.facts.client = c;
            }
            // Where the user is can change which fix comes first.
            let situation = location.map(|location| Situation {
                location,
                account,
                account_domain: from
                    .as_deref()
                    .and_then(crate::smtp::address::domain)
                    .map_or(String::new(), str::to_owned),
                recipient_domain: e
                    .facts
                    .rejected_address
                    .as_deref()
                    .and_then(crate::smtp::address::domain)
                    .map(str::to_owned),
            });
            let provider = from
                .as_deref()
                .and_then(crate::autodetect::domain_of)
                .and_then(|d| crate::autodetect::by_domain(&d));
            let diagnosis = fuse(&Inputs {
                situation: situation.as_ref(),
                pasted: Some(&e),
                provider,
                ..Inputs::default()
            });
            if let Some(f) = diagnosis.findings.iter().find(|f| f.cause == e.cause) {
                e.fixes = f.fixes.clone();
            }
            if json {
                let mut v = explanation_json(&l, &e);
                v["situation"] = diagnosis
                    .situation
                    .as_ref()
                    .map_or(Value::Null, |a| crate::present::situation_json(&l, a));
                writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&v).unwrap_or_default()
                )
            } else {
                let mut text = explanation_text(&l, &e);
                if let Some(a) = &diagnosis.situation {
                    text.push_str(&format!("\n{}\n", crate::present::situation_text(&l, a)));
                }
                write!(out, "{text}")
            }
        }
    };
    match result {
        Ok(()) => EXIT_OK,
        // A closed pipe (`| head`) is not worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => EXIT_OK,
        Err(e) => {
            let _ = writeln!(
                err,
                "{}: {}",
                l.msg("cli-error-prefix", &[]),
                l.msg("cli-error-write", &[("error", e.to_string().into())])
            );
            EXIT_OUTPUT
        }
    }
}

fn usage_error(l: &Localizer, e: &UsageError, err: &mut dyn Write) -> i32 {
    if e.kind == ErrorKind::ClosedPipe {
        return e.exit_code();
    }
    let _ = writeln!(err, "{}: {}", l.msg("cli-error-prefix", &[]), e.render(l));
    if e.kind == ErrorKind::Usage {
        let _ = writeln!(err, "{}", l.msg("cli-hint-help", &[]));
    }
    e.exit_code()
}

/// Reads at most [`MAX_INPUT_MIB`]; invalid UTF-8 is replaced, never rejected (pastes from
/// Windows tools are often Latin-1).
fn read_limited(input: &mut impl Read) -> Result<String, UsageError> {
    let limit = MAX_INPUT_MIB * 1024 * 1024;
    let mut buf = Vec::new();
    input
        .take(limit as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| UsageError::new("cli-error-read-input", &[("error", e.to_string())]))?;
    if buf.len() > limit {
        return Err(UsageError::new(
            "cli-error-input-too-large",
            &[("limit", MAX_INPUT_MIB.to_string())],
        ));
    }
    Ok(decode(buf))
}

/// UTF-8 when the bytes are (mostly) UTF-8, otherwise Windows-1252, the encoding old Windows
/// tools save German text in („“ and umlauts included).
fn decode(buf: Vec<u8>) -> String {
    match String::from_utf8(buf) {
        Ok(s) => s,
        Err(e) => {
            let lossy = String::from_utf8_lossy(e.as_bytes());
            let valid_multibyte = lossy
                .chars()
                .any(|c| !c.is_ascii() && c != char::REPLACEMENT_CHARACTER);
            if valid_multibyte || e.utf8_error().error_len().is_none() {
                lossy.into_owned()
            } else {
                encoding_rs::WINDOWS_1252
                    .decode(e.as_bytes())
                    .0
                    .into_owned()
            }
        }
    }
}

/// The human-readable report.
pub fn explanation_text(l: &Localizer, e: &Explanation) -> String {
    use std::fmt::Write as _;
    let r = l.render(e);
    let conf = l.msg(
        "explain-confidence",
        &[("confidence", confidence_id(e).into())],
    );
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}: {} {}",
        l.msg("explain-heading-cause", &[]),
        r.title,
        conf
    );
    let _ = writeln!(s, "\n{}", r.explanation);
    if !r.facts.is_empty() {
        let _ = writeln!(s, "\n{}:", l.msg("explain-heading-facts", &[]));
        for (label, value) in &r.facts {
            let _ = writeln!(s, "  {label}: {value}");
        }
    }
    let _ = writeln!(s, "\n{}:", l.msg("explain-heading-fixes", &[]));
    if r.fixes.is_empty() {
        let _ = writeln!(s, "  {}", l.msg("explain-no-fixes", &[]));
    }
    for (i, f) in r.fixes.iter().enumerate() {
        let _ = writeln!(s, "  {}. {}", i + 1, f.text);
    }
    s
}

fn confidence_id(e: &Explanation) -> &'static str {
    match e.confidence {
        crate::explain::Confidence::High => "high",
        crate::explain::Confidence::Medium => "medium",
        crate::explain::Confidence::Low => "low",
    }
}

/// The JSON object documented in README.md.
pub fn explanation_json(l: &Localizer, e: &Explanation) -> Value {
    let r = l.render(e);
    let f = &e.facts;
    let fixes: Vec<Value> = e
        .fixes
        .iter()
        .map(|fix| crate::present::fix_json(l, fix, e.facts.client, None))
        .collect();
    json!({
        "cause": e.cause.id(),
        "confidence": e.confidence,
        "title": r.title,
        "explanation": r.explanation,
        "reply_code": f.reply_code,
        "enhanced_code": f.enhanced_code,
        "hresult": f.hresult.map(|h| format!("0x{h:08X}")),
        "hresult_symbol": f.hresult.and_then(hresult::symbol),
        "port": f.port,
        "tls": f.tls,
        "rejected_address": f.rejected_address,
        "server": f.server,
        "account": f.account,
        "protocol": f.protocol,
        "ip": f.ip,
        "server_response": f.server_response,
        "source": f.source,
        "client": f.client,
        "lang": l.lang().tag(),
        "fixes": fixes,
        "evidence": e.evidence,
    })
}
