//! Where are you? The answer decides whether a refused relay is expected.

use eframe::egui;

use super::{DoctorApp, Screen};
use crate::diagnosis::situation::Location;

pub(super) fn show(app: &mut DoctorApp, ui: &mut egui::Ui) {
    let l = app.l.clone();
    ui.heading(l.msg("ui-location-title", &[]));
    ui.label(l.msg("ui-location-why", &[]));
    ui.add_space(8.0);
    for (loc, id) in [
        (Location::Home, "ui-location-home"),
        (Location::Office, "ui-location-office"),
        (Location::Travel, "ui-location-travel"),
    ] {
        if ui
            .radio(app.location == Some(loc), l.msg(id, &[]))
            .clicked()
        {
            app.location = Some(loc);
        }
    }
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        if ui.button(l.msg("ui-back", &[])).clicked() {
            app.screen = Screen::Start;
        }
        if ui
            .add_enabled(
                app.location.is_some(),
                egui::Button::new(l.msg("ui-next", &[])),
            )
            .clicked()
        {
            app.screen = Screen::Account;
        }
    });
}
