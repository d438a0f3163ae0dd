//! Result: the cause in plain words, the evidence, fixes as buttons that apply and re-check.

use std::sync::Arc;

use eframe::egui;

use super::{DoctorApp, Screen};
use crate::diagnosis::Fix;
use crate::diagnosis::settings::apply;
use crate::i18n::Localizer;
use crate::present::{self, ReportFormat};

pub(super) fn show(app: &mut DoctorApp, ui: &mut egui::Ui) {
    let l = app.l.clone();
    let Some(result) = app.result.clone() else {
        app.screen = Screen::Start;
        return;
    };
    let r = &result.report;
    if let Some(fix) = &result.applied {
        let id = if result.sending_works() {
            "ui-result-fix-worked"
        } else {
            "ui-result-fix-failed"
        };
        ui.label(
            egui::RichText::new(
                l.msg(
                    id,
                    &[(
                        "fix",
                        l.fix_text(fix, app.form.client)
                            .split(". ")
                            .next()
                            .unwrap_or("")
                            .to_owned()
                            .into(),
                    )],
                ),
            )
            .strong(),
        );
    }
    ui.heading(present::verdict_text(&l, &result));
    if let Some(a) = &result.diagnosis.situation {
        ui.label(present::situation_text(&l, a));
    }
    let mut apply_fix: Option<Fix> = None;
    // The same order and severities as the report and `check`: one model.
    for (i, f) in result.diagnosis.findings.iter().enumerate() {
        ui.add_space(8.0);
        ui.label(
            egui::RichText::new(format!(
                "{}. {}: {}",
                i + 1,
                present::severity_text(&l, f.severity),
                l.cause_title(f.cause)
            ))
            .strong()
            .size(18.0),
        );
        ui.label(l.cause_explanation(f.cause));
        if let Some(e) = present::evidence_line(&l, f) {
            ui.label(format!("{}: {e}", l.msg("check-evidence", &[])));
        }
        for line in present::detail_lines(&l, f)
            .into_iter()
            .chain(present::pasted_line(&l, f))
        {
            ui.label(line);
        }
        for fix in &f.fixes {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("• {}", l.fix_text(fix, app.form.client)));
                if apply(fix, &result.settings).is_some()
                    && ui.button(l.msg("ui-result-apply", &[])).clicked()
                {
                    apply_fix = Some(fix.clone());
                }
            });
        }
    }
    for n in &result.diagnosis.notes {
        ui.add_space(8.0);
        ui.label(l.msg(&format!("note-{}", n.id()), &[]));
    }
    if !result.swept.is_empty() {
        ui.add_space(8.0);
        ui.label(egui::RichText::new(l.msg("check-sweep-heading", &[])).strong());
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
    }
    egui::CollapsingHeader::new(l.msg("ui-result-transcript", &[])).show(ui, |ui| {
        for step in &r.steps {
            for line in &step.transcript {
                ui.monospace(format!(
                    "{} {}",
                    if line.client { "C:" } else { "S:" },
                    line.text
                ));
            }
        }
    });
    ui.add_space(8.0);
    let view = &result;
    ui.horizontal(|ui| {
        if ui.button(l.msg("ui-result-copy", &[])).clicked() {
            let text = present::report_document(&l, view, ReportFormat::Text);
            ui.ctx().copy_text(text);
            app.notice = Some(l.msg("ui-result-copied", &[]));
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
        if ui.button(l.msg("ui-result-save-profile", &[])).clicked() {
            app.save_profile();
        }
        if ui.button(l.msg("ui-result-again", &[])).clicked() {
            let ctx = ui.ctx().clone();
            app.start_check(&ctx, None);
        }
        if ui.button(l.msg("ui-start-over", &[])).clicked() {
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
            Ok(()) => l.msg(
                "ui-result-saved",
                &[("path", path.display().to_string().into())],
            ),
            Err(e) => l.msg(
                "profile-problem-io",
                &[
                    ("path", path.display().to_string().into()),
                    ("detail", e.to_string().into()),
                ],
            ),
        })
    });
}
