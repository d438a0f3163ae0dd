//! The diagnosis: from what a check saw (and what the user pasted, and where they are) to
//! ranked findings with a severity on the user's sending path, and the verdict.
//!
//! `probe` reads a probe report, `verdict` holds the judgement model (severity, the user's
//! path, the headline), `fuse` combines every source and ranks, `situation` predicts from
//! where the user is, `settings` applies fixes to account settings.

pub mod compare;
pub mod fuse;
pub mod probe;
pub mod settings;
pub mod situation;
pub mod verdict;

// The vocabulary lives in the leaf module `findings` (the explainer stands on it too); it
// is re-exported here so `diagnosis::Cause` names the same type.
pub use crate::findings::{Cause, Fix, FixContext, MailClient, fixes_for};
pub use verdict::{Severity, UserPath, Verdict};
