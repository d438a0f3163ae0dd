//! Start: one sentence of promise, the primary action, "I have an error message", and the
//! saved settings with their last result.

use eframe::egui::{self, RichText};

use super::theme::{self, Status};
use super::{DoctorApp, Screen};
use crate::i18n::Localizer;
use crate::profiles::LastCheck;

pub(super) fn show(app: &mut DoctorApp, ui: &mut egui::Ui) {
    let l = app.l.clone();
    ui.add_space(8.0);
    ui.heading(l.msg("ui-start-heading", &[]));
    ui.label(l.msg("ui-start-intro", &[]));
    ui.add_space(12.0);
    let primary = theme::primary_button(ui, l.msg("ui-start-check", &[]));
    app.initial_focus(&primary);
    if primary.clicked() {
        app.notice = None;
        app.screen = Screen::Location;
    }
    if theme::secondary_button(ui, l.msg("ui-start-paste", &[])).clicked() {
        app.notice = None;
        app.screen = Screen::Paste;
    }
    ui.add_space(20.0);
    if let Some(w) = &app.keyring_warning {
        w.show(ui, &l);
    }
    for p in &app.profile_problems {
        p.show(ui, &l);
    }
    if app.profiles.is_empty() {
        return;
    }
    ui.label(
        RichText::new(l.msg("ui-start-profiles", &[]))
            .size(19.0)
            .strong(),
    );
    let mut open = None;
    let mut recheck = None;
    let mut delete = None;
    for p in &app.profiles {
        theme::card(ui, |ui| {
            ui.horizontal_top(|ui| {
                let status = match &p.last_check {
                    None => Status::Pending,
                    Some(c) if c.sending_works => Status::Ok,
                    Some(_) => Status::Problem,
                };
                theme::status_icon(ui, status);
                ui.vertical(|ui| {
                    ui.label(RichText::new(&p.name).strong());
                    ui.label(
                        RichText::new(format!("{} · {}", p.email, p.host))
                            .color(theme::palette(ui).weak),
                    );
                    ui.label(last_checked(&l, p.last_check.as_ref()));
                    ui.horizontal_wrapped(|ui| {
                        if theme::secondary_button(
                            ui,
                            l.msg("ui-profile-check", &[("name", p.name.clone().into())]),
                        )
                        .clicked()
                        {
                            recheck = Some(p.clone());
                        }
                        if ui
                            .button(l.msg("ui-profile-open", &[("name", p.name.clone().into())]))
                            .clicked()
                        {
                            open = Some(p.clone());
                        }
                        if ui
                            .button(l.msg("ui-profile-delete", &[("name", p.name.clone().into())]))
                            .clicked()
                        {
                            delete = Some(p.name.clone());
                        }
                    });
                });
            });
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
}

/// "last checked: today 14:02 – sending works".
fn last_checked(l: &Localizer, c: Option<&LastCheck>) -> String {
    let Some(c) = c else {
        return l.msg("ui-last-never", &[]);
    };
    let outcome = l.msg(
        if c.sending_works {
            "ui-last-works"
        } else {
            "ui-last-problem"
        },
        &[],
    );
    l.msg(
        "ui-last-checked",
        &[
            ("when", super::when_text(l, c.at).into()),
            ("outcome", outcome.into()),
        ],
    )
}
