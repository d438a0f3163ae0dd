//! Accuracy on labelled real-world error texts.
//!
//! `sample.jsonl` is the product's reference sample (85 texts from `shared/corpus`).
//! `holdout.jsonl` (187 texts) was collected separately from public sources after the first
//! rule set was written; on first contact the rules scored 70 % on it. Its misses were then
//! used to widen the rules with general knowledge (whole families of wording, provider
//! codes), never by copying a sentence, so it is no longer blind: a larger unseen set is
//! the real judge. Both print a per-cause report; the sample must reach 97 %, the hold-out
//! set 92 %.

use std::collections::BTreeMap;

use smtp_doctor::diagnosis::Cause;
use smtp_doctor::explain::explain;

use crate::util::{Sample, load_corpus};

struct Report {
    total: usize,
    correct: usize,
    misses: Vec<String>,
}

fn evaluate(name: &str, samples: &[Sample]) -> Report {
    let mut per: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut misses = vec![];
    let mut correct = 0;
    for s in samples {
        assert!(
            Cause::from_id(&s.cause).is_some(),
            "{name}: label {} is no cause id",
            s.cause
        );
        let got = explain(&s.text).cause;
        let e = per.entry(s.cause.as_str()).or_default();
        e.0 += 1;
        if got.id() == s.cause {
            e.1 += 1;
            correct += 1;
        } else {
            misses.push(format!(
                "  want {:<28} got {:<28} [{}] {:.110}",
                s.cause,
                got.id(),
                s.source,
                s.text.replace('\n', "⏎")
            ));
        }
    }
    println!(
        "{name}: {correct}/{} correct ({:.1} %)",
        samples.len(),
        100.0 * correct as f64 / samples.len() as f64
    );
    for (cause, (n, ok)) in &per {
        println!(
            "  {cause:<28} {ok:>3}/{n:<3} {:>5.1} %",
            100.0 * *ok as f64 / *n as f64
        );
    }
    for m in &misses {
        println!("{m}");
    }
    Report {
        total: samples.len(),
        correct,
        misses,
    }
}

#[test]
fn sample_corpus_accuracy_at_least_97_percent() {
    let samples = load_corpus("sample.jsonl");
    assert_eq!(samples.len(), 85, "the reference sample has 85 texts");
    let r = evaluate("sample", &samples);
    let acc = r.correct as f64 / r.total as f64;
    assert!(
        acc >= 0.97,
        "accuracy {:.1} % below 97 %:\n{}",
        acc * 100.0,
        r.misses.join("\n")
    );
}

#[test]
fn holdout_corpus_accuracy_at_least_92_percent() {
    let samples = load_corpus("holdout.jsonl");
    assert!(
        samples.len() >= 150,
        "hold-out set unexpectedly small: {}",
        samples.len()
    );
    let r = evaluate("holdout", &samples);
    let acc = r.correct as f64 / r.total as f64;
    assert!(
        acc >= 0.92,
        "accuracy {:.1} % below 92 %:\n{}",
        acc * 100.0,
        r.misses.join("\n")
    );
}

#[test]
fn fresh_set_does_not_regress() {
    // The blind set of docs/accuracy.md: measured once untuned (87.1 %); no rule was made
    // from it. This only guards against the explainer getting worse on unseen texts.
    let samples = load_corpus("fresh.jsonl");
    assert!(samples.len() >= 100, "fresh set: {}", samples.len());
    let r = evaluate("fresh", &samples);
    let acc = r.correct as f64 / r.total as f64;
    assert!(
        acc >= 0.85,
        "accuracy {:.1} % below 85 %:\n{}",
        acc * 100.0,
        r.misses.join("\n")
    );
}

#[test]
fn sample_codes_are_extracted() {
    // Where the corpus records the reply code or enhanced code, the parser must find it.
    let mut checked = 0;
    for s in load_corpus("sample.jsonl") {
        let e = explain(&s.text);
        if let Some(code) = s.code
            && s.text.contains(&code.to_string())
        {
            assert_eq!(
                e.facts.reply_code.map(|c| c.get()),
                Some(code),
                "reply code of {:?}",
                s.text
            );
            checked += 1;
        }
        if let Some(enh) = &s.enhanced
            && s.text.contains(enh.as_str())
        {
            assert_eq!(
                e.facts.enhanced_code.map(|c| c.to_string()).as_deref(),
                Some(enh.as_str()),
                "enhanced code of {:?}",
                s.text
            );
            checked += 1;
        }
    }
    assert!(checked > 80, "only {checked} codes checked");
}
