//! The import rules of ARCHITECTURE.md, checked on the source: the core never imports a face
//! or egui, the faces do not import each other, and the core modules form no cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The top-level modules a file belongs to and the `crate::<module>` paths it uses (comments
/// and doc comments left out).
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in rust_files(&src) {
        let rel = file.strip_prefix(&src).expect("under src");
        let module = rel
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .unwrap_or("")
            .trim_end_matches(".rs")
            .to_owned();
        let text = std::fs::read_to_string(&file).expect("readable source");
        let used = out.entry(module.clone()).or_default();
        for line in text.lines() {
            let code = line.split("//").next().unwrap_or("");
            for (i, _) in code.match_indices("crate::") {
                let rest = &code[i + "crate::".len()..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() && name != module {
                    used.insert(name);
                }
            }
            if code.contains("egui") || code.contains("eframe") {
                used.insert("egui".into());
            }
        }
    }
    out
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut v = vec![];
    for e in std::fs::read_dir(dir).expect("src readable").flatten() {
        let p = e.path();
        if p.is_dir() {
            v.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            v.push(p);
        }
    }
    v
}

const CORE: [&str; 10] = [
    "findings",
    "smtp",
    "explain",
    "probe",
    "diagnosis",
    "profiles",
    "autodetect",
    "import",
    "session",
    "i18n",
];

#[test]
fn the_core_never_imports_a_face_or_egui() {
    let all = imports();
    for m in CORE {
        let used = all.get(m).unwrap_or_else(|| panic!("module {m} missing"));
        for face in ["ui", "cli", "present", "egui"] {
            assert!(!used.contains(face), "{m} imports {face}: {used:?}");
        }
    }
}

#[test]
fn the_faces_do_not_import_each_other() {
    let all = imports();
    assert!(!all["ui"].contains("cli"), "ui imports cli");
    assert!(!all["cli"].contains("ui"), "cli imports ui");
    assert!(!all["present"].contains("ui") && !all["present"].contains("cli"));
}

#[test]
fn no_cycle_among_the_core_modules() {
    let all = imports();
    let core: BTreeSet<&str> = CORE.into_iter().collect();
    // Depth-first search for a back edge, restricted to core modules.
    fn visit<'a>(
        m: &'a str,
        all: &'a BTreeMap<String, BTreeSet<String>>,
        core: &BTreeSet<&str>,
        stack: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) {
        if done.contains(m) {
            return;
        }
        if let Some(pos) = stack.iter().position(|s| *s == m) {
            panic!("import cycle: {:?} → {m}", &stack[pos..]);
        }
        stack.push(m);
        for next in all.get(m).into_iter().flatten() {
            if core.contains(next.as_str()) {
                visit(next, all, core, stack, done);
            }
        }
        stack.pop();
        done.insert(m);
    }
    let mut done = BTreeSet::new();
    for m in CORE {
        visit(m, &all, &core, &mut vec![], &mut done);
    }
}
