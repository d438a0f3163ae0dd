//! Result: the cause in plain words, the evidence, fixes as buttons that apply and re-check.

use std::sync::Arc;

use eframe::egui;

use super::{DoctorApp, Screen};
use crate::cli::ReportFormat;
use crate::diagnosis::Fix;
use crate::diagnosis::fuse::FindingSource;
use crate::diagnosis::settings::apply;
use crate::i18n::Localizer;

pub(super) fn show(app: &mut DoctorApp, ui: &mut egui::Ui) {
    let l = app.l.clone();
    let Some(result) = app.result.clone() else {
        app.screen = Screen::Start;
        return;
    };
    let r = &result.report;
    if let Some(fix) = &result.applied {
        let id = if r.sending_works {
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
    let verdict = if r.sending_works {
        "check-verdict-works"
    } else {
        "check-verdict-fails"
    };
    ui.heading(l.msg(
        verdict,
        &[("host", r.host.clone().into()), ("port", r.port.into())],
    ));
    if let Some(a) = &result.diagnosis.situation {
        ui.label(crate::cli::situation_text(&l, a));
    }
    let mut apply_fix: Option<Fix> = None;
    for (i, f) in result.diagnosis.findings.iter().enumerate() {
        ui.add_space(8.0);
        ui.label(
            egui::RichText::new(format!("{}. {}", i + 1, l.cause_title(f.cause)))
                .strong()
                .size(18.0),
        );
        ui.label(l.cause_explanation(f.cause));
        for s in &f.sources {
            if let FindingSource::Probe { evidence } = s {
                let step = serde_json::to_value(evidence.step)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                ui.label(format!(
                    "{}: {} – {}",
                    l.msg("check-evidence", &[]),
                    l.msg(
                        &format!("step-{step}"),
                        &[(
                            "phase",
                            serde_json::to_value(evidence.phase)
                                .ok()
                                .and_then(|v| v.as_str().map(str::to_owned))
                                .unwrap_or_default()
                                .into()
                        )]
                    ),
                    crate::cli::outcome_text(&l, &evidence.outcome)
                ));
            }
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
        let id = serde_json::to_value(n)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        ui.add_space(8.0);
        ui.label(l.msg(&format!("note-{id}"), &[]));
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
            let tls = match row.tls_mode {
                crate::probe::TlsMode::Auto => "auto",
                crate::probe::TlsMode::None => "none",
                crate::probe::TlsMode::StartTls => "starttls",
                crate::probe::TlsMode::Implicit => "implicit",
            };
            ui.label(l.msg(
                "check-sweep-row",
                &[
                    ("port", row.port.into()),
                    ("tls", tls.into()),
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
    let view = crate::cli::ReportView {
        report: &result.report,
        diagnosis: &result.diagnosis,
        swept: Some(&result.swept),
        trials: &[],
        settings: &result.settings,
        client: app.form.client,
    };
    ui.horizontal(|ui| {
        if ui.button(l.msg("ui-result-copy", &[])).clicked() {
            let text = crate::cli::report_document(&l, &view, ReportFormat::Text);
            ui.ctx().copy_text(text);
            app.notice = Some(l.msg("ui-result-copied", &[]));
        }
        ui.menu_button(l.msg("ui-result-save-report", &[]), |ui| {
            for (format, id) in [
                (ReportFormat::Markdown, "ui-result-save-markdown"),
                (ReportFormat::Text, "ui-result-save-text"),
            ] {
                if ui.button(l.msg(id, &[])).clicked() {
                    let text = crate::cli::report_document(&l, &view, format);
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
