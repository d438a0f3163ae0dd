//! Raw command-line arguments, as typed. No validation beyond the syntax of options:
//! `hiargs.rs` turns these into checked settings (ripgrep's low/high split).

use std::ffi::OsString;

use super::UsageError;

/// Everything the user typed, still unvalidated.
#[derive(Clone, Debug, Default)]
pub(crate) struct LowArgs {
    pub command: Option<String>,
    pub lang: Option<String>,
    pub client: Option<String>,
    pub json: bool,
    pub help: bool,
    // `check`
    pub host: Option<String>,
    pub port: Option<String>,
    pub tls: Option<String>,
    pub user: Option<String>,
    pub password_stdin: bool,
    pub oauth2: bool,
    pub from: Option<String>,
    pub to: Vec<String>,
    pub sweep: bool,
    pub sweep_ports: Option<String>,
    pub timeout: Option<String>,
    pub insecure: bool,
    pub ca_file: Option<String>,
    pub helo: Option<String>,
    pub pop3_host: Option<String>,
    pub pop3_port: Option<String>,
    pub pop3_tls: Option<String>,
    pub send_test: bool,
    pub location: Option<String>,
    pub account: Option<String>,
    pub auth: Option<String>,
    pub apply_fixes: bool,
    pub profile: Option<String>,
    pub display_name: Option<String>,
    pub reply_to: Option<String>,
    pub file: Option<String>,
    pub force: bool,
    pub offline: bool,
    pub verify: bool,
    pub dns_server: Option<String>,
    pub autoconfig_urls: Vec<String>,
    pub version: bool,
    /// `check --from-mail-program thunderbird[:DIR]|outlook-reg:FILE`.
    pub from_mail_program: Option<String>,
    /// `import … --save NAME`.
    pub save: Option<String>,
    pub positional: Vec<OsString>,
}

impl LowArgs {
    pub(crate) fn parse(args: impl IntoIterator<Item = OsString>) -> Result<LowArgs, UsageError> {
        use lexopt::prelude::*;
        let mut low = LowArgs::default();
        // An error text may itself start with "-" ("-ERR Authentication failed"): an argument
        // with spaces that starts with "-" is text, not an option.
        let args: Vec<OsString> = args.into_iter().collect();
        let split = args.iter().position(|a| {
            let a = a.to_string_lossy();
            a.starts_with('-') && a.contains(char::is_whitespace) && !a.starts_with("--")
        });
        let (opts, texts) = match split {
            Some(i) => args.split_at(i),
            None => (&args[..], &[][..]),
        };
        let mut parser = lexopt::Parser::from_args(opts.iter().cloned());
        while let Some(arg) = parser.next().map_err(lexopt_error)? {
            match arg {
                Short('h') | Long("help") => low.help = true,
                Short('V') | Long("version") => low.version = true,
                Long("json") => low.json = true,
                Long("lang") => low.lang = Some(string_value(&mut parser, "--lang")?),
                Long("client") => low.client = Some(string_value(&mut parser, "--client")?),
                Long("host") => low.host = Some(string_value(&mut parser, "--host")?),
                Long("port") => low.port = Some(string_value(&mut parser, "--port")?),
                Long("tls") => low.tls = Some(string_value(&mut parser, "--tls")?),
                Long("user") => low.user = Some(string_value(&mut parser, "--user")?),
                Long("password-stdin") => low.password_stdin = true,
                Long("oauth2-token-stdin") => low.oauth2 = true,
                Long("from") => low.from = Some(string_value(&mut parser, "--from")?),
                Long("to") => low.to.push(string_value(&mut parser, "--to")?),
                Long("sweep") => low.sweep = true,
                Long("sweep-ports") => {
                    low.sweep_ports = Some(string_value(&mut parser, "--sweep-ports")?)
                }
                Long("timeout") => low.timeout = Some(string_value(&mut parser, "--timeout")?),
                Long("insecure") => low.insecure = true,
                Long("send-test-message") => low.send_test = true,
                Long("location") => low.location = Some(string_value(&mut parser, "--location")?),
                Long("account") => low.account = Some(string_value(&mut parser, "--account")?),
                Long("auth") => low.auth = Some(string_value(&mut parser, "--auth")?),
                Long("apply-fixes") => low.apply_fixes = true,
                Long("profile") => low.profile = Some(string_value(&mut parser, "--profile")?),
                Long("display-name") => {
                    low.display_name = Some(string_value(&mut parser, "--display-name")?)
                }
                Long("reply-to") => low.reply_to = Some(string_value(&mut parser, "--reply-to")?),
                Long("file") => low.file = Some(string_value(&mut parser, "--file")?),
                Long("force") => low.force = true,
                Long("offline") => low.offline = true,
                Long("verify") => low.verify = true,
                Long("dns-server") => {
                    low.dns_server = Some(string_value(&mut parser, "--dns-server")?)
                }
                Long("autoconfig-url") => low
                    .autoconfig_urls
                    .push(string_value(&mut parser, "--autoconfig-url")?),
                Long("ca-file") => low.ca_file = Some(string_value(&mut parser, "--ca-file")?),
                Long("helo") => low.helo = Some(string_value(&mut parser, "--helo")?),
                Long("pop3-host") => {
                    low.pop3_host = Some(string_value(&mut parser, "--pop3-host")?)
                }
                Long("pop3-port") => {
                    low.pop3_port = Some(string_value(&mut parser, "--pop3-port")?)
                }
                Long("pop3-tls") => low.pop3_tls = Some(string_value(&mut parser, "--pop3-tls")?),
                Long("from-mail-program") => {
                    low.from_mail_program = Some(string_value(&mut parser, "--from-mail-program")?);
                }
                Long("save") => low.save = Some(string_value(&mut parser, "--save")?),
                Value(v) if low.command.is_none() && low.positional.is_empty() => {
                    low.command = Some(v.into_string().map_err(|v| {
                        UsageError::new(
                            "cli-error-bad-argument",
                            &[("value", v.to_string_lossy().into_owned())],
                        )
                    })?);
                }
                Value(v) => low.positional.push(v),
                Short(c) => {
                    return Err(UsageError::new(
                        "cli-error-unknown-option",
                        &[("option", format!("-{c}"))],
                    ));
                }
                Long(l) => {
                    return Err(UsageError::new(
                        "cli-error-unknown-option",
                        &[("option", format!("--{l}"))],
                    ));
                }
            }
        }
        low.positional.extend(texts.iter().cloned());
        Ok(low)
    }
}

fn string_value(parser: &mut lexopt::Parser, option: &str) -> Result<String, UsageError> {
    let v = parser.value().map_err(|_| {
        UsageError::new("cli-error-missing-value", &[("option", option.to_owned())])
    })?;
    v.into_string().map_err(|v| {
        UsageError::new(
            "cli-error-bad-argument",
            &[("value", v.to_string_lossy().into_owned())],
        )
    })
}

fn lexopt_error(e: lexopt::Error) -> UsageError {
    match e {
        lexopt::Error::UnexpectedValue { option, .. } => {
            UsageError::new("cli-error-unexpected-value", &[("option", option)])
        }
        lexopt::Error::MissingValue { option } => UsageError::new(
            "cli-error-missing-value",
            &[("option", option.unwrap_or_default())],
        ),
        lexopt::Error::NonUnicodeValue(v) => UsageError::new(
            "cli-error-bad-argument",
            &[("value", v.to_string_lossy().into_owned())],
        ),
        other => UsageError::new("cli-error-bad-argument", &[("value", other.to_string())]),
    }
}
