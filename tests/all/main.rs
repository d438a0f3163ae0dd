//! The integration test binary (one binary, topic modules, as ripgrep does).
//!
//! Two tiers: plain `cargo test` runs what needs no root and no lab (explainer, diagnosis,
//! the session against scripted servers on loopback, CLI in-process, i18n, import, profiles
//! in temp dirs). `--features lab` (what `tests/run.sh` turns on) adds the tests against the
//! real Postfix + Dovecot and DNS lab, the Secret Service and the GUI.

// Helpers that only the lab tier calls are unused in the fast tier.
#![cfg_attr(not(feature = "lab"), allow(dead_code, unused_imports))]

mod architecture;
mod autodetect;
mod cli;
mod cli_inprocess;
mod corpus;
mod explain_cases;
mod fusion;
#[cfg(all(feature = "lab", feature = "gui"))]
mod gui;
mod i18n;
mod import;
mod probe_hostile;
pub mod probe_lab;
mod profiles;
mod robustness;
mod util;
mod verdict;
