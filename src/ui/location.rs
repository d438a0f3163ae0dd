//! Where are you? The answer decides whether a refused relay is expected.

use eframe::egui;

use super::{DoctorApp, Screen, theme};
use crate::diagnosis::situation::Location;

pub(super) fn show(app: &mut DoctorApp, ui: &mut egui::Ui) {
    let l = app.l.clone();
    ui.heading(l.msg("ui-location-title", &[]));
    ui.label(l.msg("ui-location-why", &[]));
    ui.add_space(8.0);
    for (i, (loc, id)) in [
        (Location::Home, "ui-location-home"),
        (Location::Office, "ui-location-office"),
        (Location::Travel, "ui-location-travel"),
    ]
    .into_iter()
    .enumerate()
    {
        let radio = ui.radio(app.location == Some(loc), l.msg(id, &[]));
        if i == 0 {
            app.initial_focus(&radio);
        }
        if radio.clicked() {
            // Choosing is answering: on to the account.
            app.location = Some(loc);
            app.screen = Screen::Account;
        }
    }
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        if theme::secondary_button(ui, l.msg("ui-back", &[])).clicked() {
            app.screen = Screen::Start;
        }
        let next = ui
            .add_enabled_ui(app.location.is_some(), |ui| {
                theme::primary_button(ui, l.msg("ui-next", &[]))
            })
            .inner;
        if next.clicked() {
            app.screen = Screen::Account;
        }
    });
}
