//! Checking…: the steps as they happen, elapsed time, Cancel.

use eframe::egui;

use super::{DoctorApp, Screen};

pub(super) fn show(app: &mut DoctorApp, ui: &mut egui::Ui) {
    let l = app.l.clone();
    ui.heading(l.msg("ui-checking-title", &[]));
    let Some(r) = &app.running else {
        app.screen = Screen::Start;
        return;
    };
    let secs = r.started.elapsed().as_secs();
    ui.label(l.msg("ui-checking-elapsed", &[("seconds", secs.into())]));
    for (port, step) in &r.steps {
        ui.label(crate::present::step_line(&l, *port, step));
    }
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(l.msg("ui-checking-wait", &[]));
    });
    // Keep the elapsed time ticking without busy-looping.
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_millis(250));
    if ui.button(l.msg("ui-cancel", &[])).clicked() {
        app.cancel_check();
        app.screen = Screen::Recipient;
    }
}
