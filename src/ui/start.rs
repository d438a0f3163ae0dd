//! Start: check my settings, explain an error, saved profiles, language.

use eframe::egui;

use super::{DoctorApp, LangChoice, Screen};

pub(super) fn show(app: &mut DoctorApp, ui: &mut egui::Ui) {
    let l = app.l.clone();
    ui.label(l.msg("ui-start-intro", &[]));
    ui.add_space(12.0);
    if ui.button(l.msg("ui-start-check", &[])).clicked() {
        app.notice = None;
        app.screen = Screen::Location;
    }
    if ui.button(l.msg("ui-start-paste", &[])).clicked() {
        app.notice = None;
        app.screen = Screen::Paste;
    }
    ui.add_space(16.0);
    ui.heading(l.msg("ui-start-profiles", &[]));
    if let Some(w) = &app.keyring_warning {
        ui.label(w.as_str());
    }
    for p in &app.profile_problems {
        ui.label(p.as_str());
    }
    if app.profiles.is_empty() {
        ui.label(l.msg("ui-start-no-profiles", &[]));
    }
    let mut open = None;
    let mut recheck = None;
    let mut delete = None;
    for p in &app.profiles {
        ui.horizontal(|ui| {
            ui.label(format!("{} – {} ({}:{})", p.name, p.email, p.host, p.port));
            if ui
                .button(l.msg("ui-profile-open", &[("name", p.name.clone().into())]))
                .clicked()
            {
                open = Some(p.clone());
            }
            if ui
                .button(l.msg("ui-profile-check", &[("name", p.name.clone().into())]))
                .clicked()
            {
                recheck = Some(p.clone());
            }
            if ui
                .button(l.msg("ui-profile-delete", &[("name", p.name.clone().into())]))
                .clicked()
            {
                delete = Some(p.name.clone());
            }
        });
    }
    if let Some(p) = open {
        app.open_profile(p, false);
    }
    if let Some(p) = recheck {
        app.open_profile(p, true);
    }
    if let Some(n) = delete {
        app.delete_profile(&n);
    }
    ui.add_space(16.0);
    ui.horizontal(|ui| {
        ui.label(l.msg("ui-language", &[]));
        let mut choice = app.lang_choice;
        ui.radio_value(
            &mut choice,
            LangChoice::System,
            l.msg("ui-language-system", &[]),
        );
        ui.radio_value(&mut choice, LangChoice::De, "Deutsch");
        ui.radio_value(&mut choice, LangChoice::En, "English");
        if choice != app.lang_choice {
            app.set_lang(choice);
        }
    });
}
