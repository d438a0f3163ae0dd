//! Hostile input: arbitrary bytes, huge pastes, pathological lines. The explainer must never
//! panic, and must still find an error buried at the end of a huge paste.

use proptest::prelude::*;

use smtp_doctor::diagnosis::Cause;
use smtp_doctor::explain::explain;
use smtp_doctor::i18n::{Lang, Localizer};

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let text = String::from_utf8_lossy(&bytes);
        let e = explain(&text);
        // Rendering must not panic either, in both languages.
        for lang in Lang::ALL {
            let r = Localizer::new(lang).render(&e);
            prop_assert!(!r.title.is_empty());
        }
    }

    #[test]
    fn smtp_shaped_noise_never_panics(
        code in 200u16..600,
        class in 0u8..10,
        subject in 0u16..1200,
        detail in 0u16..1200,
        words in "[ -~äöüß„“\\n]{0,300}",
    ) {
        let text = format!("{code}-{class}.{subject}.{detail} {words}\n{code} {words} 0x800CCC{:02X}", detail % 256);
        let e = explain(&text);
        prop_assert!(Cause::ALL.contains(&e.cause));
    }

    #[test]
    fn unicode_text_never_panics(text in "\\PC{0,2000}") {
        let _ = explain(&text);
    }
}

#[test]
fn one_mebibyte_of_noise_then_the_error() {
    let mut text = "x".repeat(1 << 20);
    text.push_str("\n550 5.7.1 <a@b.example>: Relay access denied\n");
    let e = explain(&text);
    assert_eq!(e.cause, Cause::RelayDenied);
    assert_eq!(e.facts.reply_code.map(|c| c.get()), Some(550));
}

#[test]
fn a_hundred_thousand_lines() {
    let mut text = String::new();
    for i in 0..100_000 {
        text.push_str(&format!(
            "250-line {i} of a very long bounce 192.0.2.{} port: {}\n",
            i % 256,
            i % 65536
        ));
    }
    text.push_str("452 4.5.3 Error: too many recipients\n");
    let e = explain(&text);
    assert_eq!(e.cause, Cause::RateLimited);
}

#[test]
fn one_mebibyte_single_line_full_of_numbers() {
    // Many reply-code candidates on one line must not make parsing quadratic; this finishes in
    // well under a second (the benchmark records the figure), and must find the code.
    let text = "550 ".repeat(1 << 18);
    let e = explain(&text);
    assert_eq!(e.facts.reply_code.map(|c| c.get()), Some(550));
}

#[test]
fn server_response_is_capped() {
    let text = format!(
        "Serverantwort: \"554 {}\", Anschluss: 25",
        "y".repeat(100_000)
    );
    let e = explain(&text);
    assert!(e.facts.server_response.as_deref().map_or(0, str::len) <= 2000 * 4);
}
