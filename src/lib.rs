//! smtp-doctor: why won't my e-mail send, and what do I change?
//!
//! The library is the whole product minus its faces: [`explain`] turns a pasted error into a
//! [`diagnosis`], [`i18n`] renders it in German or English. The binary (`src/main.rs`) and
//! its [`cli`] are thin layers over these modules; the GUI will be another.

pub mod autodetect;
pub mod cli;
pub mod diagnosis;
pub mod explain;
pub mod findings;
pub mod i18n;
pub mod import;
pub mod present;
pub mod probe;
pub mod profiles;
pub mod session;
pub mod smtp;
#[cfg(feature = "gui")]
pub mod ui;
