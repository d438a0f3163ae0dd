//! Your account: address, server, port, encryption, login, reply address, POP before SMTP.

use eframe::egui;

use super::{DoctorApp, FormError, Screen, field};
use crate::diagnosis::MailClient;
use crate::diagnosis::situation::AccountKind;
use crate::i18n::Localizer;
use crate::smtp::Security;

pub(super) fn show(app: &mut DoctorApp, ui: &mut egui::Ui) {
    let l = app.l.clone();
    ui.heading(l.msg("ui-account-title", &[]));
    let errors = app.form_errors.clone();
    let error = |e: FormError, id: &'static str| errors.contains(&e).then_some(id);
    checked_field(
        ui,
        &l,
        "ui-account-email",
        &mut app.form.email,
        error(FormError::Email, "ui-error-email"),
    );
    ui.horizontal(|ui| {
        if ui.button(l.msg("ui-account-fill", &[])).clicked() {
            // The built-in table answers at once; otherwise DNS and autoconfig are asked in
            // the background (a few seconds at most) while the screen stays usable. Clicking
            // again starts a new lookup; the older one's answer is then ignored.
            if let Some(p) = app.form.fill_from_provider() {
                app.stop_detect();
                app.notice = Some(l.msg("ui-account-filled", &[("name", p.name.clone().into())]));
            } else if crate::autodetect::domain_of(&app.form.email).is_some() {
                app.notice = None;
                app.start_detect();
            } else {
                app.stop_detect();
                app.notice = Some(l.msg("ui-error-email", &[]));
            }
        }
        if let Some(address) = app.detecting_address() {
            ui.spinner();
            ui.label(l.msg("ui-account-detecting", &[("address", address.into())]));
        }
    });
    field(
        ui,
        &l.msg("ui-account-name", &[]),
        &mut app.form.display_name,
        false,
    );
    checked_field(
        ui,
        &l,
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
        false,
    );
    ui.separator();
    checked_field(
        ui,
        &l,
        "ui-account-host",
        &mut app.form.host,
        error(FormError::Host, "ui-error-host"),
    );
    checked_field(
        ui,
        &l,
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
    field(
        ui,
        &l.msg("ui-account-password", &[]),
        &mut app.form.password,
        true,
    );
    ui.checkbox(&mut app.form.remember, l.msg("ui-account-remember", &[]));
    field(
        ui,
        &l.msg("ui-account-pop3", &[]),
        &mut app.form.pop3,
        false,
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
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        if ui.button(l.msg("ui-back", &[])).clicked() {
            app.screen = Screen::Location;
        }
        if ui.button(l.msg("ui-next", &[])).clicked() {
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

/// A text field and, under it, its error from the last "Next" (message id), if any.
fn checked_field(
    ui: &mut egui::Ui,
    l: &Localizer,
    label_id: &str,
    value: &mut String,
    error_id: Option<&str>,
) {
    field(ui, &l.msg(label_id, &[]), value, false);
    if let Some(id) = error_id {
        ui.colored_label(ui.visuals().error_fg_color, l.msg(id, &[]));
    }
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
