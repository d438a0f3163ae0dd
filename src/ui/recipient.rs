//! Whom were you writing to? Used for the relay test (nothing is sent to them).

use eframe::egui;

use super::{DoctorApp, Screen, field, theme};

pub(super) fn show(app: &mut DoctorApp, ui: &mut egui::Ui) {
    let l = app.l.clone();
    ui.heading(l.msg("ui-recipient-title", &[]));
    ui.label(l.msg("ui-recipient-why", &[]));
    let first = field(
        ui,
        &l.msg("ui-recipient-address", &[]),
        &mut app.recipient,
        false,
    );
    app.initial_focus(&first);
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        if theme::secondary_button(ui, l.msg("ui-back", &[])).clicked() {
            app.screen = Screen::Account;
        }
        if theme::primary_button(ui, l.msg("ui-start-the-check", &[])).clicked() {
            let ctx = ui.ctx().clone();
            app.start_check(&ctx, None);
        }
    });
}
