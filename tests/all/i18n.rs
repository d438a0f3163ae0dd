//! Both languages are first-class: same messages, same attributes, same arguments, and
//! every cause and fix renders without a Fluent error in each language.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use fluent_syntax::parser::parse;

use smtp_doctor::diagnosis::{Cause, Fix, MailClient};
use smtp_doctor::i18n::{Lang, Localizer};

/// message id (or `id.attr`) → variables it uses.
type Shape = BTreeMap<String, BTreeSet<String>>;

fn shape(lang: Lang) -> Shape {
    let mut out = Shape::new();
    for (name, src) in lang.sources() {
        let res = parse(*src).unwrap_or_else(|(_, e)| panic!("{name}: {e:?}"));
        for entry in &res.body {
            let (id, value, attrs) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            assert!(!out.contains_key(&id), "{name}: {id} defined twice");
            let mut vars = BTreeSet::new();
            if let Some(v) = value {
                pattern_vars(v, &mut vars);
            }
            out.insert(id.clone(), vars);
            for a in attrs {
                let mut vars = BTreeSet::new();
                pattern_vars(&a.value, &mut vars);
                out.insert(format!("{id}.{}", a.id.name), vars);
            }
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

fn expr_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expr_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        _ => {}
    }
}

#[test]
fn german_and_english_have_the_same_messages_and_arguments() {
    let (de, en) = (shape(Lang::De), shape(Lang::En));
    let de_ids: BTreeSet<_> = de.keys().collect();
    let en_ids: BTreeSet<_> = en.keys().collect();
    assert_eq!(
        de_ids.symmetric_difference(&en_ids).collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "message ids differ between de and en"
    );
    for (id, vars) in &de {
        assert_eq!(vars, &en[id], "arguments of {id} differ between de and en");
    }
    assert!(de.len() > 60, "suspiciously few messages: {}", de.len());
}

#[test]
fn every_cause_has_a_title_and_an_explanation_in_both_languages() {
    for lang in Lang::ALL {
        let l = Localizer::new(lang);
        for c in Cause::ALL {
            let id = format!("cause-{}", c.id());
            let title = l.try_format(&id, None, &[]).expect("title");
            let expl = l
                .try_format(&id, Some("explanation"), &[])
                .expect("explanation");
            assert!(
                title.len() > 10 && expl.len() > 80,
                "{lang:?} {id} too short"
            );
        }
    }
}

#[test]
fn every_fix_renders_for_every_mail_program_in_both_languages() {
    for lang in Lang::ALL {
        let l = Localizer::new(lang);
        for fix in Fix::examples() {
            for client in MailClient::ALL {
                let args = Localizer::fix_args(&fix, client);
                let id = format!("fix-{}", fix.id());
                l.try_format(&id, None, &args)
                    .unwrap_or_else(|e| panic!("{lang:?} {e}"));
                if l.has(&id, Some("how")) {
                    l.try_format(&id, Some("how"), &args)
                        .unwrap_or_else(|e| panic!("{lang:?} {e}"));
                }
                let text = l.fix_text(&fix, client);
                assert!(
                    !text.contains('{') && !text.contains('\u{2068}'),
                    "{lang:?} {fix:?}: {text}"
                );
                assert!(text.len() > 30, "{lang:?} {fix:?}: {text}");
                // Typed arguments reach the sentence.
                if let Fix::CheckRecipientAddress { address: Some(a) } = &fix {
                    assert!(text.contains(a.as_str()), "{text}");
                }
                if let Fix::UseSubmissionPort { port, .. } = &fix {
                    assert!(text.contains(&port.to_string()), "{text}");
                }
            }
        }
    }
}

#[test]
fn fix_texts_name_the_setting_as_the_mail_program_does() {
    let de = Localizer::new(Lang::De);
    let en = Localizer::new(Lang::En);
    let t = de.fix_text(&Fix::EnableSmtpAuth, MailClient::Outlook);
    assert!(
        t.contains("„Der Postausgangsserver (SMTP) erfordert Authentifizierung“"),
        "{t}"
    );
    let t = de.fix_text(&Fix::EnableSmtpAuth, MailClient::Thunderbird);
    assert!(
        t.contains("„Authentifizierungsmethode:“") && t.contains("„Passwort, normal“"),
        "{t}"
    );
    let t = en.fix_text(&Fix::EnableSmtpAuth, MailClient::Outlook);
    assert!(
        t.contains("\"My outgoing server (SMTP) requires authentication\""),
        "{t}"
    );
    let t = en.fix_text(&Fix::PopBeforeSmtp, MailClient::Outlook);
    assert!(
        t.contains("\"Log on to incoming mail server before sending mail\""),
        "{t}"
    );
}

#[test]
fn os_locale_tags_map_to_languages() {
    assert_eq!(Lang::from_tag("de_CH.UTF-8"), Some(Lang::De));
    assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
    assert_eq!(Lang::from_tag("it_IT"), None);
}

/// Message ids the code builds at run time (`format!("step-{…}")` and the like) exist in
/// both languages, for every value they can take. The source is scanned for such prefixes,
/// so a new one without a check here fails.
#[test]
fn every_message_id_built_at_run_time_exists_in_both_languages() {
    use smtp_doctor::diagnosis::fuse::Note;
    use smtp_doctor::present::check::OUTCOME_IDS;
    use smtp_doctor::probe::StepKind;

    // `ui-task-*` is checked by the unit test next to the app's task list
    // (`ui::checking::tests`), where its enum is visible.
    let checked = ["cause", "fix", "note", "outcome", "step", "ui-task"];
    let src = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = std::collections::BTreeSet::new();
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).expect("src").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            for (i, _) in text.match_indices("msg(&format!(\"") {
                let rest = &text[i + "msg(&format!(\"".len()..];
                if let Some((prefix, _)) = rest.split_once("-{") {
                    found.insert(prefix.to_owned());
                }
            }
        }
    }
    for p in &found {
        assert!(
            checked.contains(&p.as_str()),
            "unchecked dynamic message prefix {p}-"
        );
    }
    for lang in Lang::ALL {
        let l = Localizer::new(lang);
        for c in Cause::ALL {
            assert!(
                l.has(&format!("cause-{}", c.id()), None),
                "{lang:?} cause {c}"
            );
        }
        for f in Fix::examples() {
            assert!(
                l.has(&format!("fix-{}", f.id()), None),
                "{lang:?} fix {}",
                f.id()
            );
        }
        for n in Note::ALL {
            assert!(l.has(&format!("note-{}", n.id()), None), "{lang:?} note");
        }
        for o in OUTCOME_IDS {
            assert!(l.has(&format!("outcome-{o}"), None), "{lang:?} outcome {o}");
        }
        for k in StepKind::ALL {
            let id = format!("step-{}", k.id());
            assert!(l.has(&id, None), "{lang:?} {id}");
            // Every phase selects a wording without a Fluent error.
            for phase in [
                "connection",
                "unauthenticated",
                "authenticated",
                "after_pop",
            ] {
                let text = l.msg(&id, &[("phase", phase.into())]);
                assert!(
                    !text.is_empty() && !text.contains("step-"),
                    "{lang:?} {id} {phase}"
                );
            }
        }
    }
}
