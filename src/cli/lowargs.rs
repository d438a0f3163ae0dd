//! Raw command-line arguments, as typed. No validation beyond the syntax of options:
//! `hiargs.rs` turns these into checked settings (ripgrep's low/high split).

use std::ffi::OsString;

use super::UsageError;

/// Everything the user typed, still unvalidated.
#[derive(Debug, Default)]
pub(crate) struct LowArgs {
    pub command: Option<String>,
    pub lang: Option<String>,
    pub client: Option<String>,
    pub json: bool,
    pub help: bool,
    pub version: bool,
    pub positional: Vec<OsString>,
}

impl LowArgs {
    pub(crate) fn parse(args: impl IntoIterator<Item = OsString>) -> Result<LowArgs, UsageError> {
        use lexopt::prelude::*;
        let mut low = LowArgs::default();
        let mut parser = lexopt::Parser::from_args(args);
        while let Some(arg) = parser.next().map_err(lexopt_error)? {
            match arg {
                Short('h') | Long("help") => low.help = true,
                Short('V') | Long("version") => low.version = true,
                Long("json") => low.json = true,
                Long("lang") => low.lang = Some(string_value(&mut parser, "--lang")?),
                Long("client") => low.client = Some(string_value(&mut parser, "--client")?),
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
