//! Paste an error: the same explanation offline, then on to a live check.

use eframe::egui;

use super::{DoctorApp, Screen, theme};
use crate::explain::explain;
use crate::smtp::Security;

/// The most characters the paste box keeps. An error dialog or a bounce is a few KiB; a whole
/// mailbox pasted by mistake would make the text box itself slow, long before the explainer
/// (linear, about 10 ms per MiB) would be.
const PASTE_LIMIT: usize = 200_000;

pub(super) fn show(app: &mut DoctorApp, ui: &mut egui::Ui) {
    let l = app.l.clone();
    ui.heading(l.msg("ui-paste-title", &[]));
    let label = ui.label(l.msg("ui-paste-hint", &[]));
    // The box scrolls inside itself: a long bounce must not push the buttons off the page.
    egui::ScrollArea::vertical()
        .id_salt("paste")
        .max_height(260.0)
        .show(ui, |ui| {
            let edit = ui
                .add(
                    egui::TextEdit::multiline(&mut app.paste_text)
                        .desired_rows(8)
                        .desired_width(f32::INFINITY)
                        .char_limit(PASTE_LIMIT),
                )
                .labelled_by(label.id);
            app.initial_focus(&edit);
        });
    // Bytes ≥ characters: count only when it could be full.
    if app.paste_text.len() >= PASTE_LIMIT && app.paste_text.chars().count() >= PASTE_LIMIT {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            l.msg("ui-paste-too-long", &[("limit", PASTE_LIMIT.into())]),
        );
    }
    ui.horizontal(|ui| {
        if theme::secondary_button(ui, l.msg("ui-back", &[])).clicked() {
            app.screen = Screen::Start;
        }
        if theme::primary_button(ui, l.msg("ui-paste-explain", &[])).clicked() {
            // Pure computation, microseconds: fine on the UI thread.
            let e = explain(&app.paste_text);
            // The dialog shows which mail program it came from: its labels from now on.
            if e.facts.client != crate::diagnosis::MailClient::Other {
                app.form.client = e.facts.client;
            }
            app.pasted = Some(e);
        }
    });
    let Some(e) = app.pasted.clone() else { return };
    let r = l.render(&e);
    ui.add_space(8.0);
    ui.label(egui::RichText::new(&r.title).strong().size(18.0));
    ui.label(&r.explanation);
    for (label, value) in &r.facts {
        ui.label(format!("{label}: {value}"));
    }
    for f in &r.fixes {
        ui.label(format!("• {}", f.text));
    }
    if ui.button(l.msg("ui-paste-check-live", &[])).clicked() {
        if let Some(host) = &e.facts.server {
            app.form.host = host.clone();
        }
        if let Some(port) = e.facts.port {
            app.form.port = port.to_string();
            app.form.security = match (e.facts.tls, port) {
                (Some(true), 465) => Security::ImplicitTls,
                (Some(true), _) => Security::StartTls,
                (Some(false), _) => Security::None,
                (None, _) => app.form.security,
            };
        }
        if let Some(a) = &e.facts.rejected_address {
            app.recipient = a.clone();
        }
        app.screen = Screen::Location;
    }
}
