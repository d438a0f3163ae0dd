//! Result: a status banner with one sentence of why, the ONE recommended change as the
//! primary button and where to make it in the user's mail program; further options (fixes
//! de-duplicated across findings) and the details folded; warnings below; the report.
//!
//! Findings come ranked from the core (`CheckReport.diagnosis`): this screen keeps their
//! order and severities, as `present::report_document` does.

use std::sync::Arc;

use eframe::egui::{self, RichText};

use super::theme::{self, Status};
use super::{DoctorApp, Screen};
use crate::diagnosis::fuse::RankedFinding;
use crate::diagnosis::settings::{AccountSettings, apply};
use crate::diagnosis::{Fix, MailClient, Severity};
use crate::i18n::Localizer;
use crate::present::{self, ReportFormat};
use crate::session::CheckReport;

/// A fix in two parts: what to change, and where (the mail program's click path).
fn fix_parts(l: &Localizer, fix: &Fix, client: MailClient) -> (String, Option<String>) {
    let args = Localizer::fix_args(fix, client);
    let id = format!("fix-{}", fix.id());
    let what = l.msg(&id, &args);
    let how = l.has(&id, Some("how")).then(|| l.attr(&id, "how", &args));
    (what, how)
}

/// The first sentence of a text.
fn first_sentence(s: &str) -> String {
    match s.find(". ") {
        Some(i) => s[..=i].to_owned(),
        None => s.to_owned(),
    }
}

/// The fixes of `findings`, in the report's order, each once.
fn unique_fixes<'a>(findings: impl Iterator<Item = &'a RankedFinding>) -> Vec<Fix> {
    let mut out: Vec<Fix> = vec![];
    for f in findings {
        for fix in &f.fixes {
            if !out.contains(fix) {
                out.push(fix.clone());
            }
        }
    }
    out
}

/// The banner: its status, headline and one sentence of why.
fn banner_text(l: &Localizer, r: &CheckReport) -> (Status, String, String) {
    let v = &r.diagnosis.verdict;
    let findings = &r.diagnosis.findings;
    let first = |sev: Severity| findings.iter().find(|f| f.severity == sev);
    if !v.sending_works {
        let f = first(Severity::Blocking);
        let headline = f.map_or_else(String::new, |f| l.cause_title(f.cause));
        let why = if v.works_for_others {
            l.msg(
                "ui-result-fails-for",
                &[("recipients", v.refused_recipients.join(", ").into())],
            )
        } else {
            f.map_or_else(String::new, |f| {
                first_sentence(&l.cause_explanation(f.cause))
            })
        };
        (
            Status::Problem,
            l.msg("ui-result-fails", &[("headline", headline.into())]),
            why,
        )
    } else if v.warning_count > 0 {
        let why = first(Severity::Warning).map_or_else(String::new, |f| l.cause_title(f.cause));
        (Status::Warning, l.msg("ui-result-works-but", &[]), why)
    } else {
        (
            Status::Ok,
            l.msg("ui-result-works", &[]),
            l.msg("ui-result-works-why", &[]),
        )
    }
}

/// One fix: what (strong), where (weak), and, when it can be applied, a button.
fn fix_block(
    ui: &mut egui::Ui,
    l: &Localizer,
    fix: &Fix,
    client: MailClient,
    settings: &AccountSettings,
    primary: bool,
    apply_fix: &mut Option<Fix>,
) {
    let (what, how) = fix_parts(l, fix, client);
    ui.label(RichText::new(what).strong());
    if let Some(how) = how {
        ui.label(l.msg("ui-result-where", &[("how", how.into())]));
    }
    if apply(fix, settings).is_some() {
        let clicked = if primary {
            theme::primary_button(ui, l.msg("ui-result-apply-primary", &[])).clicked()
        } else {
            theme::secondary_button(ui, l.msg("ui-result-apply", &[])).clicked()
        };
        if clicked {
            *apply_fix = Some(fix.clone());
        }
    }
}

/// The settings as a short table (after a change worked: what to set in the mail program).
fn settings_table(ui: &mut egui::Ui, l: &Localizer, s: &AccountSettings) {
    let security = l.msg("ui-security-name", &[("security", s.security.id().into())]);
    let yes_no = |b: bool| l.msg(if b { "value-yes" } else { "value-no" }, &[]);
    egui::Grid::new("final-settings")
        .num_columns(2)
        .spacing([24.0, 8.0])
        .show(ui, |ui| {
            for (label, value) in [
                (l.msg("ui-account-host", &[]), s.host.clone()),
                (l.msg("ui-account-port", &[]), s.port.to_string()),
                (l.msg("ui-account-security", &[]), security),
                (l.msg("ui-account-auth-short", &[]), yes_no(s.auth)),
                (
                    l.msg("ui-account-username", &[]),
                    s.username.clone().unwrap_or_default(),
                ),
            ] {
                ui.label(RichText::new(label).color(theme::palette(ui).weak));
                ui.label(RichText::new(value).strong());
                ui.end_row();
            }
        });
}

pub(super) fn show(app: &mut DoctorApp, ui: &mut egui::Ui) {
    let l = app.l.clone();
    let Some(result) = app.result.clone() else {
        app.screen = Screen::Start;
        return;
    };
    let client = app.form.client;
    let r = &result.report;
    let findings = &result.diagnosis.findings;
    let mut apply_fix: Option<Fix> = None;

    if let Some(fix) = &result.applied {
        let id = if result.sending_works() {
            "ui-result-fix-worked"
        } else {
            "ui-result-fix-failed"
        };
        let (what, _) = fix_parts(&l, fix, client);
        ui.label(RichText::new(l.msg(id, &[("fix", what.into())])).strong());
    }
    let (status, headline, why) = banner_text(&l, &result);
    theme::banner(
        ui,
        status,
        &headline,
        Some(&why).filter(|w| !w.is_empty()).map(String::as_str),
    );
    // The error the user pasted says the same as the check: say so where it is seen.
    if let Some(line) = findings
        .iter()
        .filter(|f| f.severity == Severity::Blocking)
        .find_map(|f| present::pasted_line(&l, f))
    {
        ui.label(line);
    }
    ui.add_space(8.0);

    // After a change that worked: what to set, as a table.
    if result.applied.is_some() && result.sending_works() {
        theme::card(ui, |ui| {
            ui.label(
                RichText::new(l.msg("ui-result-set-it", &[("client", client.id().into())]))
                    .size(19.0)
                    .strong(),
            );
            settings_table(ui, &l, &result.settings);
        });
        ui.add_space(8.0);
    }

    // The one recommended change: the first fix of the blocking findings that can be applied
    // (else their first fix, as advice).
    let blocking_fixes = unique_fixes(findings.iter().filter(|f| f.severity == Severity::Blocking));
    let recommended = blocking_fixes
        .iter()
        .find(|f| apply(f, &result.settings).is_some())
        .or(blocking_fixes.first())
        .cloned();
    let mut shown: Vec<Fix> = vec![];
    if let Some(fix) = &recommended {
        theme::card(ui, |ui| {
            ui.label(
                RichText::new(l.msg("ui-result-recommended", &[]))
                    .size(19.0)
                    .strong(),
            );
            fix_block(ui, &l, fix, client, &result.settings, true, &mut apply_fix);
        });
        shown.push(fix.clone());
        let others: Vec<&Fix> = blocking_fixes.iter().filter(|f| *f != fix).collect();
        if !others.is_empty() {
            egui::CollapsingHeader::new(l.msg("ui-result-more-options", &[]))
                .id_salt("more-options")
                .show(ui, |ui| {
                    for (i, fix) in others.iter().enumerate() {
                        if i > 0 {
                            ui.separator();
                        }
                        fix_block(ui, &l, fix, client, &result.settings, false, &mut apply_fix);
                    }
                });
            shown.extend(others.into_iter().cloned());
        }
    }

    // What the check found, in the report's order: blocking findings and information folded
    // (the banner names the first), warnings open below.
    // Blocking findings and notes (nothing to change) go in the fold, warnings stay open.
    let blocking: Vec<&RankedFinding> = findings
        .iter()
        .filter(|f| f.severity != Severity::Warning)
        .collect();
    if !blocking.is_empty() {
        egui::CollapsingHeader::new(l.msg("ui-result-why", &[]))
            .id_salt("why")
            .show(ui, |ui| {
                for f in &blocking {
                    finding_block(ui, &l, f);
                }
                if let Some(a) = &result.diagnosis.situation {
                    ui.label(present::situation_text(&l, a));
                }
            });
    }
    for f in findings.iter().filter(|f| f.severity == Severity::Warning) {
        ui.add_space(6.0);
        theme::card(ui, |ui| {
            finding_block(ui, &l, f);
            for fix in &f.fixes {
                if !shown.contains(fix) {
                    fix_block(ui, &l, fix, client, &result.settings, false, &mut apply_fix);
                    shown.push(fix.clone());
                }
            }
        });
    }
    for n in &result.diagnosis.notes {
        ui.label(
            RichText::new(l.msg(&format!("note-{}", n.id()), &[])).color(theme::palette(ui).weak),
        );
    }

    ui.add_space(6.0);
    if !result.swept.is_empty() {
        egui::CollapsingHeader::new(l.msg("check-sweep-heading", &[]))
            .id_salt("sweep")
            .show(ui, |ui| {
                for row in &result.swept {
                    let reached = row
                        .steps
                        .iter()
                        .any(|s| matches!(s.outcome, crate::probe::Outcome::Connected { .. }));
                    let yes_no = |b: bool| l.msg(if b { "value-yes" } else { "value-no" }, &[]);
                    ui.label(l.msg(
                        "check-sweep-row",
                        &[
                            ("port", row.port.into()),
                            ("tls", present::tls_mode_id(row.tls_mode).into()),
                            ("reached", yes_no(reached).into()),
                            ("works", yes_no(row.sending_works).into()),
                        ],
                    ));
                }
            });
    }
    egui::CollapsingHeader::new(l.msg("ui-result-steps", &[]))
        .id_salt("steps")
        .show(ui, |ui| {
            let steps: Vec<&crate::probe::Step> = r.steps.iter().collect();
            super::checking::task_list(ui, &l, &steps, false);
        });
    egui::CollapsingHeader::new(l.msg("ui-result-transcript", &[]))
        .id_salt("transcript")
        .show(ui, |ui| {
            for step in &r.steps {
                for line in &step.transcript {
                    ui.label(
                        RichText::new(format!(
                            "{} {}",
                            if line.client { "C:" } else { "S:" },
                            line.text
                        ))
                        .monospace(),
                    );
                }
            }
        });
    if let Some(tls) = &r.tls {
        egui::CollapsingHeader::new(l.msg("ui-result-certificate", &[]))
            .id_salt("certificate")
            .show(ui, |ui| {
                if let Some(p) = &tls.problem {
                    ui.label(present::cert_problem_text(&l, p));
                }
                ui.label(
                    RichText::new(format!(
                        "{} {}",
                        tls.version.as_deref().unwrap_or(""),
                        tls.cipher.as_deref().unwrap_or("")
                    ))
                    .monospace(),
                );
                for c in &tls.chain {
                    ui.label(present::check::certificate_text(&l, c));
                }
            });
    }

    ui.add_space(10.0);
    let view = &result;
    ui.horizontal_wrapped(|ui| {
        let primary_done = recommended.is_some();
        let again = if primary_done {
            theme::secondary_button(ui, l.msg("ui-result-again", &[]))
        } else {
            theme::primary_button(ui, l.msg("ui-result-save-profile", &[]))
        };
        if primary_done {
            if again.clicked() {
                let ctx = ui.ctx().clone();
                app.start_check(&ctx, None);
            }
        } else if again.clicked() {
            app.save_profile();
        }
        if theme::secondary_button(ui, l.msg("ui-result-copy", &[])).clicked() {
            let text = present::report_document(&l, view, ReportFormat::Text);
            ui.ctx().copy_text(text);
            app.notice = Some(l.msg("ui-result-copied", &[]).into());
        }
        ui.menu_button(l.msg("ui-result-save-report", &[]), |ui| {
            for (format, id) in [
                (ReportFormat::Markdown, "ui-result-save-markdown"),
                (ReportFormat::Text, "ui-result-save-text"),
            ] {
                if ui.button(l.msg(id, &[])).clicked() {
                    let text = present::report_document(&l, view, format);
                    save_report(app, &l, text, format);
                    ui.close();
                }
            }
        });
        if primary_done {
            if theme::secondary_button(ui, l.msg("ui-result-save-profile", &[])).clicked() {
                app.save_profile();
            }
        } else if theme::secondary_button(ui, l.msg("ui-result-again", &[])).clicked() {
            let ctx = ui.ctx().clone();
            app.start_check(&ctx, None);
        }
        if theme::secondary_button(ui, l.msg("ui-start-over", &[])).clicked() {
            app.screen = Screen::Start;
        }
    });
    if let Some(fix) = apply_fix
        && let Some(next) = apply(&fix, &result.settings)
    {
        app.form.set_settings(&next);
        let ctx = ui.ctx().clone();
        app.start_check(&ctx, Some(fix));
    }
}

/// A finding: icon, severity and title, the explanation, the evidence.
fn finding_block(ui: &mut egui::Ui, l: &Localizer, f: &RankedFinding) {
    let status = match f.severity {
        Severity::Blocking => Status::Problem,
        Severity::Warning => Status::Warning,
        Severity::Info => Status::Pending,
    };
    ui.horizontal_top(|ui| {
        theme::status_icon(ui, status);
        ui.label(
            RichText::new(format!(
                "{}: {}",
                present::severity_text(l, f.severity),
                l.cause_title(f.cause)
            ))
            .strong(),
        );
    });
    ui.label(l.cause_explanation(f.cause));
    if let Some(e) = present::evidence_line(l, f) {
        ui.label(
            RichText::new(format!("{}: {e}", l.msg("check-evidence", &[])))
                .color(theme::palette(ui).weak),
        );
    }
    for line in present::detail_lines(l, f)
        .into_iter()
        .chain(present::pasted_line(l, f))
    {
        ui.label(line);
    }
}

/// Writes the report into the chosen folder or the user's documents folder. Finding
/// that folder reads a file (`user-dirs.dirs`), so all of it runs on a background thread like
/// every other file; the result comes back as a notice.
fn save_report(app: &mut DoctorApp, l: &Arc<Localizer>, text: String, format: ReportFormat) {
    let l = Arc::clone(l);
    let chosen = app.opts.report_dir.clone();
    app.background(move || {
        let dir = chosen.unwrap_or_else(|| {
            directories::UserDirs::new()
                .and_then(|d| {
                    d.document_dir()
                        .map(|p| p.to_path_buf())
                        .or_else(|| Some(d.home_dir().to_path_buf()))
                })
                .unwrap_or_else(std::env::temp_dir)
        });
        let path = dir.join(format!(
            "smtp-doctor-report-{}.{}",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            format.extension()
        ));
        let written = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, text));
        super::BgMsg::Notice(match written {
            Ok(()) => l
                .msg(
                    "ui-result-saved",
                    &[("path", path.display().to_string().into())],
                )
                .into(),
            Err(e) => super::Notice::problem(
                l.msg(
                    "ui-file-problem",
                    &[("path", path.display().to_string().into())],
                ),
                e.to_string(),
            ),
        })
    });
}
