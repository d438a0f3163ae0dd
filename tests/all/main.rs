//! The integration test binary (one binary, topic modules, as ripgrep does).

mod autodetect;
mod cli;
mod corpus;
mod explain_cases;
mod fusion;
mod gui;
mod i18n;
mod import;
mod probe_hostile;
pub mod probe_lab;
mod profiles;
mod robustness;
mod util;
mod verdict;
