//! Validated settings derived from [`LowArgs`](super::lowargs::LowArgs).

use std::ffi::OsString;

use super::UsageError;
use super::lowargs::LowArgs;
use crate::diagnosis::MailClient;
use crate::i18n::Lang;

/// What to do.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Command {
    /// Print help.
    Help,
    /// Print the version.
    Version,
    /// Explain an error text.
    Explain {
        /// The text, or `None` to read standard input.
        text: Option<String>,
        json: bool,
        client: Option<MailClient>,
    },
}

/// Checked settings.
#[derive(Debug)]
pub(crate) struct HiArgs {
    pub lang: Lang,
    pub command: Command,
}

impl HiArgs {
    /// Validates `low`. `os_lang` is used when no `--lang` was given.
    pub(crate) fn from_low(low: LowArgs, os_lang: Lang) -> Result<HiArgs, (Lang, UsageError)> {
        let lang = match &low.lang {
            None => os_lang,
            Some(v) => match v.as_str() {
                "de" => Lang::De,
                "en" => Lang::En,
                _ => {
                    return Err((
                        os_lang,
                        UsageError::new("cli-error-bad-lang", &[("value", v.clone())]),
                    ));
                }
            },
        };
        let fail = |e| Err((lang, e));
        if low.help {
            return Ok(HiArgs {
                lang,
                command: Command::Help,
            });
        }
        if low.version {
            return Ok(HiArgs {
                lang,
                command: Command::Version,
            });
        }
        let command = match low.command.as_deref() {
            // Until the GUI lands, no command prints the help.
            None => Command::Help,
            Some("help") => Command::Help,
            Some("explain") => {
                let client = match low.client.as_deref() {
                    None => None,
                    Some(c) => match MailClient::from_id(c) {
                        Some(c) => Some(c),
                        None => {
                            return fail(UsageError::new(
                                "cli-error-bad-client",
                                &[("value", c.to_owned())],
                            ));
                        }
                    },
                };
                let text = match low.positional.as_slice() {
                    [] => None,
                    [t] if t == "-" => None,
                    [t] => Some(os_to_string(t).map_err(|e| (lang, e))?),
                    _ => return fail(UsageError::new("cli-error-too-many-texts", &[])),
                };
                Command::Explain {
                    text,
                    json: low.json,
                    client,
                }
            }
            Some(other) => {
                return fail(UsageError::new(
                    "cli-error-unknown-command",
                    &[("command", other.to_owned())],
                ));
            }
        };
        Ok(HiArgs { lang, command })
    }
}

fn os_to_string(s: &OsString) -> Result<String, UsageError> {
    s.clone().into_string().map_err(|v| {
        UsageError::new(
            "cli-error-bad-argument",
            &[("value", v.to_string_lossy().into_owned())],
        )
    })
}
