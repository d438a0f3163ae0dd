//! The integration test binary (one binary, topic modules, as ripgrep does).

mod cli;
mod corpus;
mod explain_cases;
mod i18n;
mod robustness;
mod util;
