//! Explainer throughput: `cargo bench --bench explain`.
//!
//! Goal (issue 2): at most 20 µs per message on one core over the sample corpus. The
//! scaling benches show that time grows linearly with input size (1 KiB → 1 MiB).

use smtp_doctor::explain::explain;

fn main() {
    divan::main();
}

fn corpus() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample.jsonl");
    std::fs::read_to_string(path)
        .expect("sample corpus")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json line");
            v["text"].as_str().expect("text").to_owned()
        })
        .collect()
}

/// The whole 85-message sample once per iteration; divide by 85 for µs/message.
#[divan::bench]
fn sample_corpus_85_messages(bencher: divan::Bencher<'_, '_>) {
    let texts = corpus();
    bencher
        .counter(divan::counter::ItemsCount::new(texts.len()))
        .bench(|| {
            for t in &texts {
                divan::black_box(explain(divan::black_box(t)));
            }
        });
}

/// Noise of the given size with a relay denial at the end.
#[divan::bench(args = [1 << 10, 1 << 14, 1 << 17, 1 << 20])]
fn scaling_bytes(bencher: divan::Bencher<'_, '_>, size: usize) {
    let mut text = "The quick brown fox 192.0.2.1 port 25 jumps. ".repeat(size / 45 + 1);
    text.truncate(size);
    text.push_str("\n554 5.7.1 <a@b.example>: Relay access denied\n");
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| explain(divan::black_box(&text)));
}
