//! Your account: address, server, port, encryption, login, reply address, POP before SMTP.

use eframe::egui;

use super::{DoctorApp, FormError, Screen, field};
use crate::diagnosis::MailClient;
use crate::diagnosis::situation::AccountKind;
use crate::smtp::Security;

pub(super) fn show(app: &mut DoctorApp, ui: &mut egui::Ui) {
    let l = app.l.clone();
    ui.heading(l.msg("ui-account-title", &[]));
    let err = |e: FormError| app.form_errors.contains(&e);
    let (e_email, e_host, e_port, e_reply) = (
        err(FormError::Email),
        err(FormError::Host),
        err(FormError::Port),
        err(FormError::ReplyTo),
    );
    field(
        ui,
        &l.msg("ui-account-email", &[]),
        &mut app.form.email,
        false,
    );
    if e_email {
        ui.colored_label(ui.visuals().error_fg_color, l.msg("ui-error-email", &[]));
    }
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
    field(
        ui,
        &l.msg("ui-account-reply-to", &[]),
        &mut app.form.reply_to,
        false,
    );
    if e_reply {
        ui.colored_label(ui.visuals().error_fg_color, l.msg("ui-error-reply-to", &[]));
    }
    ui.horizontal(|ui| {
        ui.add_sized(
            [220.0, 20.0],
            egui::Label::new(l.msg("ui-account-kind", &[])),
        );
        for (k, id) in [
            (AccountKind::Provider, "ui-kind-provider"),
            (AccountKind::Work, "ui-kind-work"),
            (AccountKind::Freemail, "ui-kind-freemail"),
        ] {
            ui.radio_value(&mut app.form.account_kind, k, l.msg(id, &[]));
        }
    });
    ui.separator();
    field(
        ui,
        &l.msg("ui-account-host", &[]),
        &mut app.form.host,
        false,
    );
    if e_host {
        ui.colored_label(ui.visuals().error_fg_color, l.msg("ui-error-host", &[]));
    }
    field(
        ui,
        &l.msg("ui-account-port", &[]),
        &mut app.form.port,
        false,
    );
    if e_port {
        ui.colored_label(ui.visuals().error_fg_color, l.msg("ui-error-port", &[]));
    }
    ui.horizontal(|ui| {
        ui.add_sized(
            [220.0, 20.0],
            egui::Label::new(l.msg("ui-account-security", &[])),
        );
        for (s, id) in [
            (Security::StartTls, "ui-security-starttls"),
            (Security::ImplicitTls, "ui-security-tls"),
            (Security::None, "ui-security-none"),
        ] {
            ui.radio_value(&mut app.form.security, s, l.msg(id, &[]));
        }
    });
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
    ui.horizontal_wrapped(|ui| {
        ui.add_sized(
            [220.0, 20.0],
            egui::Label::new(l.msg("ui-account-client", &[])),
        );
        for (c, name) in [
            (MailClient::Outlook, "Outlook"),
            (MailClient::Thunderbird, "Thunderbird"),
            (MailClient::AppleMail, "Apple Mail"),
            (MailClient::WindowsMail, "Windows Mail"),
        ] {
            ui.radio_value(&mut app.form.client, c, name);
        }
        ui.radio_value(
            &mut app.form.client,
            MailClient::Other,
            l.msg("ui-client-other", &[]),
        );
    });
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
