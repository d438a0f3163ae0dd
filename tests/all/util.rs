//! Helpers shared by the test modules.

use std::path::PathBuf;

/// A path under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// One labelled error text of a corpus file.
#[derive(Debug, serde::Deserialize)]
pub struct Sample {
    pub text: String,
    pub cause: String,
    #[serde(default)]
    pub code: Option<u16>,
    #[serde(default)]
    pub enhanced: Option<String>,
    #[serde(default)]
    pub source: String,
}

/// Reads a JSON-lines corpus.
pub fn load_corpus(name: &str) -> Vec<Sample> {
    let text = std::fs::read_to_string(fixture(name)).expect("corpus file readable");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{name} line {}: {e}", i + 1))
        })
        .collect()
}
