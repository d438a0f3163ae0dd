//! Your account: first only the address and the password; the server settings are looked
//! up while the user types and shown in one line with their source, then the question that
//! matters ("are these the settings your mail program uses?"). "No" opens every field.

use eframe::egui::{self, RichText};

use super::{DoctorApp, FormError, Screen, field, theme};
use crate::diagnosis::MailClient;
use crate::diagnosis::situation::AccountKind;
use crate::i18n::Localizer;
use crate::smtp::Security;

pub(super) fn show(app: &mut DoctorApp, ui: &mut egui::Ui) {
    let l = app.l.clone();
    ui.heading(l.msg("ui-account-title", &[]));
    ui.label(l.msg("ui-account-intro", &[]));
    let errors = app.form_errors.clone();
    let error = |e: FormError, id: &'static str| errors.contains(&e).then_some(id);
    let email = checked_field(
        ui,
        &l,
        "ui-account-email",
        &mut app.form.email,
        error(FormError::Email, "ui-error-email"),
    );
    app.initial_focus(&email);
    if email.changed() {
        app.email_changed();
    }
    app.lookup_after_pause();
    field(
        ui,
        &l.msg("ui-account-password", &[]),
        &mut app.form.password,
        true,
    );
    ui.add_space(6.0);

    // What the lookup found, and the question that matters.
    if let Some(address) = app.detecting_address() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(l.msg("ui-account-detecting", &[("address", address.into())]));
        });
    }
    let found = app
        .found
        .clone()
        .filter(|f| f.address == app.form.email.trim());
    if let Some(n) = app.found_nothing.clone() {
        theme::card(ui, |ui| {
            ui.horizontal_top(|ui| {
                theme::status_icon(ui, theme::Status::Warning);
                ui.label(n);
            });
        });
    }
    if let Some(f) = &found {
        theme::card(ui, |ui| {
            ui.horizontal_top(|ui| {
                theme::status_icon(ui, theme::Status::Ok);
                ui.label(RichText::new(&f.line).strong());
            });
            for p in &f.policies {
                ui.horizontal_top(|ui| {
                    theme::status_icon(ui, theme::Status::Warning);
                    ui.label(p.as_str());
                });
            }
            if !app.full_form {
                ui.add_space(4.0);
                ui.label(l.msg("ui-account-question", &[]));
                ui.horizontal_wrapped(|ui| {
                    if theme::primary_button(ui, l.msg("ui-account-yes", &[])).clicked() {
                        // The found settings are the ones in use: check them now.
                        app.form.auth = true;
                        let ctx = ui.ctx().clone();
                        app.start_check(&ctx, None);
                    }
                    if theme::secondary_button(ui, l.msg("ui-account-no", &[])).clicked() {
                        app.full_form = true;
                    }
                });
            }
        });
    } else if !app.full_form
        && app.detecting_address().is_none()
        && theme::secondary_button(ui, l.msg("ui-account-manual", &[])).clicked()
    {
        app.full_form = true;
    }

    // The settings the mail program really uses: nothing typed, nothing mistyped.
    let mut take: Option<crate::import::ImportedAccount> = None;
    for a in app.imported.iter().take(5) {
        if ui
            .button(l.msg(
                "ui-account-take-over",
                &[
                    ("program", a.source.client().id().into()),
                    ("email", a.email.clone().into()),
                ],
            ))
            .clicked()
        {
            take = Some(a.clone());
        }
    }
    if let Some(a) = take {
        app.take_over(&a);
    }

    if app.full_form {
        ui.add_space(8.0);
        full_form(app, ui, &l, &errors);
    }
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        if theme::secondary_button(ui, l.msg("ui-back", &[])).clicked() {
            app.screen = Screen::Location;
        }
        if app.full_form && theme::primary_button(ui, l.msg("ui-next", &[])).clicked() {
            match app.form.settings() {
                Ok(_) => {
                    app.form_errors.clear();
                    app.screen = Screen::Recipient;
                }
                Err(errors) => app.form_errors = errors,
            }
        }
    });
}

/// Every setting: server, port, encryption, login, user name, POP3, reply address, the kind
/// of mailbox and the mail program.
fn full_form(app: &mut DoctorApp, ui: &mut egui::Ui, l: &Localizer, errors: &[FormError]) {
    let error = |e: FormError, id: &'static str| errors.contains(&e).then_some(id);
    ui.label(
        RichText::new(l.msg("ui-account-all-settings", &[]))
            .size(19.0)
            .strong(),
    );
    ui.horizontal(|ui| {
        if theme::secondary_button(ui, l.msg("ui-account-fill", &[])).clicked() {
            // The table answers at once; otherwise DNS and autoconfig are asked in the
            // background while the screen stays usable.
            app.email_changed();
            if app.found.is_none() && app.typed_at.take().is_some() {
                app.start_detect();
            } else if app.found.is_none() {
                app.notice = Some(l.msg("ui-error-email", &[]).into());
            }
        }
    });
    checked_field(
        ui,
        l,
        "ui-account-host",
        &mut app.form.host,
        error(FormError::Host, "ui-error-host"),
    );
    checked_field(
        ui,
        l,
        "ui-account-port",
        &mut app.form.port,
        error(FormError::Port, "ui-error-port"),
    );
    radio_row(
        ui,
        &l.msg("ui-account-security", &[]),
        &mut app.form.security,
        [
            (Security::StartTls, "ui-security-starttls"),
            (Security::ImplicitTls, "ui-security-tls"),
            (Security::None, "ui-security-none"),
        ]
        .map(|(s, id)| (s, l.msg(id, &[]))),
        false,
    );
    ui.checkbox(&mut app.form.auth, l.msg("ui-account-auth", &[]));
    field(
        ui,
        &l.msg("ui-account-username", &[]),
        &mut app.form.username,
        false,
    );
    ui.checkbox(&mut app.form.remember, l.msg("ui-account-remember", &[]));
    field(
        ui,
        &l.msg("ui-account-pop3", &[]),
        &mut app.form.pop3,
        false,
    );
    field(
        ui,
        &l.msg("ui-account-name", &[]),
        &mut app.form.display_name,
        false,
    );
    checked_field(
        ui,
        l,
        "ui-account-reply-to",
        &mut app.form.reply_to,
        error(FormError::ReplyTo, "ui-error-reply-to"),
    );
    radio_row(
        ui,
        &l.msg("ui-account-kind", &[]),
        &mut app.form.account_kind,
        [
            (AccountKind::Provider, "ui-kind-provider"),
            (AccountKind::Work, "ui-kind-work"),
            (AccountKind::Freemail, "ui-kind-freemail"),
        ]
        .map(|(k, id)| (k, l.msg(id, &[]))),
        true,
    );
    radio_row(
        ui,
        &l.msg("ui-account-client", &[]),
        &mut app.form.client,
        [
            (MailClient::Outlook, "Outlook".to_owned()),
            (MailClient::Thunderbird, "Thunderbird".to_owned()),
            (MailClient::AppleMail, "Apple Mail".to_owned()),
            (MailClient::WindowsMail, "Windows Mail".to_owned()),
            (MailClient::Other, l.msg("ui-client-other", &[])),
        ],
        true,
    );
}

/// A text field and, under it, its error from the last "Next" (message id), if any.
fn checked_field(
    ui: &mut egui::Ui,
    l: &Localizer,
    label_id: &str,
    value: &mut String,
    error_id: Option<&str>,
) -> egui::Response {
    let r = field(ui, &l.msg(label_id, &[]), value, false);
    if let Some(id) = error_id {
        ui.horizontal(|ui| {
            theme::status_icon(ui, theme::Status::Problem);
            ui.colored_label(ui.visuals().error_fg_color, l.msg(id, &[]));
        });
    }
    r
}

/// A label in the form's label column, then one radio button per choice (wrapping onto the
/// next line when `wrap` and the window is narrow).
fn radio_row<T: PartialEq + Copy, const N: usize>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut T,
    choices: [(T, String); N],
    wrap: bool,
) {
    let row = |ui: &mut egui::Ui| {
        ui.add_sized([220.0, 20.0], egui::Label::new(label));
        for (choice, text) in choices {
            ui.radio_value(value, choice, text);
        }
    };
    if wrap {
        ui.horizontal_wrapped(row);
    } else {
        ui.horizontal(row);
    }
}
