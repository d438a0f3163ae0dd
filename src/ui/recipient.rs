//! Whom were you writing to? Used for the relay test (nothing is sent to them).

use eframe::egui;

use super::{DoctorApp, Screen, field};

pub(super) fn show(app: &mut DoctorApp, ui: &mut egui::Ui) {
    let l = app.l.clone();
    ui.heading(l.msg("ui-recipient-title", &[]));
    ui.label(l.msg("ui-recipient-why", &[]));
    field(
        ui,
        &l.msg("ui-recipient-address", &[]),
        &mut app.recipient,
        false,
    );
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        if ui.button(l.msg("ui-back", &[])).clicked() {
            app.screen = Screen::Account;
        }
        if ui.button(l.msg("ui-start-the-check", &[])).clicked() {
            let ctx = ui.ctx().clone();
            app.start_check(&ctx, None);
        }
    });
}
