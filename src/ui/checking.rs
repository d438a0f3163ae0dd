//! Checking…: a task list in plain words (find the server → connection → encryption → login
//! → sender → recipient), each with its icon and time, the server's replies on demand, Cancel.

use eframe::egui::{self, RichText};

use super::theme::{self, Status};
use super::{DoctorApp, Screen};
use crate::i18n::Localizer;
use crate::probe::{Step, StepKind};

/// The tasks the user sees, in order; each gathers some of the probe's steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Task {
    Find,
    Connect,
    Encrypt,
    Login,
    Sender,
    Recipient,
}

impl Task {
    const ALL: [Task; 6] = [
        Task::Find,
        Task::Connect,
        Task::Encrypt,
        Task::Login,
        Task::Sender,
        Task::Recipient,
    ];

    fn of(kind: StepKind) -> Option<Task> {
        Some(match kind {
            StepKind::Resolve => Task::Find,
            StepKind::Connect | StepKind::Greeting | StepKind::Ehlo | StepKind::Helo => {
                Task::Connect
            }
            StepKind::TlsHandshake | StepKind::StartTls => Task::Encrypt,
            StepKind::Auth | StepKind::PopLogin => Task::Login,
            StepKind::MailFrom => Task::Sender,
            StepKind::RcptSameDomain | StepKind::RcptOutside => Task::Recipient,
            _ => return None,
        })
    }

    fn id(self) -> &'static str {
        match self {
            Task::Find => "find",
            Task::Connect => "connect",
            Task::Encrypt => "encrypt",
            Task::Login => "login",
            Task::Sender => "sender",
            Task::Recipient => "recipient",
        }
    }
}

/// Shows the task list for `steps` (the main check's steps so far); `running`: the check
/// is still going.
pub(super) fn task_list(ui: &mut egui::Ui, l: &Localizer, steps: &[&Step], running: bool) {
    let last_task = steps.iter().rev().find_map(|s| Task::of(s.kind));
    let last_index = last_task.and_then(|t| Task::ALL.iter().position(|x| *x == t));
    for (i, task) in Task::ALL.into_iter().enumerate() {
        let mine: Vec<&Step> = steps
            .iter()
            .copied()
            .filter(|s| Task::of(s.kind) == Some(task))
            .collect();
        let status = match mine.last() {
            None if running && last_index.is_none_or(|k| i == k + 1) => Status::Running,
            None => Status::Pending,
            Some(s) if s.outcome.is_success() => Status::Ok,
            // Refused first, accepted later (relay without, then with login): fine.
            Some(_) if mine.iter().any(|s| s.outcome.is_success()) => Status::Warning,
            Some(_) if running && last_index.is_some_and(|k| k > i) => Status::Warning,
            Some(_) => Status::Problem,
        };
        let ms: u64 = mine.iter().map(|s| s.duration_ms).sum();
        ui.horizontal(|ui| {
            if status == Status::Running {
                ui.add(egui::Spinner::new().size(theme::BODY + 2.0));
            } else {
                theme::status_icon(ui, status);
            }
            let name = l.msg(&format!("ui-task-{}", task.id()), &[]);
            let text = RichText::new(name);
            ui.label(if status == Status::Pending {
                text.color(theme::palette(ui).weak)
            } else {
                text.strong()
            });
            if !mine.is_empty() {
                ui.label(
                    RichText::new(l.msg("ui-task-time", &[("ms", ms.into())]))
                        .color(theme::palette(ui).weak),
                );
            }
            let state = l.msg(
                "ui-task-status",
                &[(
                    "status",
                    match status {
                        Status::Ok => "ok",
                        Status::Problem => "problem",
                        Status::Warning => "warning",
                        Status::Running => "running",
                        Status::Pending => "pending",
                    }
                    .into(),
                )],
            );
            ui.label(RichText::new(state).color(status.color(theme::palette(ui))));
        });
        if !mine.is_empty() {
            ui.indent(("task", i), |ui| {
                egui::CollapsingHeader::new(l.msg("ui-task-reply", &[]))
                    .id_salt(("task-reply", i))
                    .show(ui, |ui| {
                        for s in &mine {
                            let name = l.msg(
                                &format!("step-{}", s.kind.id()),
                                &[("phase", crate::present::phase_id(s.phase).into())],
                            );
                            ui.label(
                                RichText::new(format!(
                                    "{name}: {}",
                                    crate::present::outcome_text(l, &s.outcome)
                                ))
                                .monospace(),
                            );
                        }
                    });
            });
        }
    }
}

pub(super) fn show(app: &mut DoctorApp, ui: &mut egui::Ui) {
    let l = app.l.clone();
    ui.heading(l.msg("ui-checking-title", &[]));
    let Some(r) = &app.running else {
        app.screen = Screen::Start;
        return;
    };
    let secs = r.started.elapsed().as_secs();
    ui.label(l.msg("ui-checking-wait", &[("seconds", secs.into())]));
    ui.add_space(6.0);
    let steps: Vec<&Step> = r
        .steps
        .iter()
        .filter(|(port, _)| *port == r.port)
        .map(|(_, s)| s)
        .collect();
    theme::card(ui, |ui| task_list(ui, &l, &steps, true));
    // Keep the elapsed time ticking without busy-looping (only while a check runs).
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_millis(500));
    ui.add_space(8.0);
    let cancel = theme::secondary_button(ui, l.msg("ui-cancel", &[]));
    app.initial_focus(&cancel);
    if cancel.clicked() {
        app.cancel_check();
        app.screen = Screen::Recipient;
    }
}

#[cfg(test)]
mod tests {
    use super::Task;
    use crate::i18n::{Lang, Localizer};

    #[test]
    fn every_task_has_a_name_in_both_languages() {
        for lang in Lang::ALL {
            let l = Localizer::new(lang);
            for t in Task::ALL {
                assert!(
                    l.has(&format!("ui-task-{}", t.id()), None),
                    "{lang:?} {}",
                    t.id()
                );
            }
        }
    }
}
