//! The app's look: a light and a dark palette (the system decides, the user can switch),
//! readable sizes, generous spacing, one primary button per screen, one icon per status.
//!
//! Colours that carry information (status text, banner text, links, the primary button's
//! label) meet WCAG 2.2 AAA (≥ 7:1) against every background they are drawn on; all other
//! text meets AA (≥ 4.5:1). `tests` below checks both themes.

use eframe::egui::{
    self, Color32, CornerRadius, FontFamily, FontId, RichText, Stroke, TextStyle, Theme,
};

/// The colours of one theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// Window background.
    pub bg: Color32,
    /// Cards and text fields.
    pub surface: Color32,
    /// Ordinary buttons and collapsed sections.
    pub control: Color32,
    /// Body text.
    pub text: Color32,
    /// Secondary text (hints, times).
    pub weak: Color32,
    /// "Works" (text and icon).
    pub ok: Color32,
    /// Background of the green banner.
    pub ok_bg: Color32,
    /// "Fails" (text and icon).
    pub problem: Color32,
    /// Background of the red banner.
    pub problem_bg: Color32,
    /// "Works, but" (text and icon).
    pub warning: Color32,
    /// Background of the amber banner.
    pub warning_bg: Color32,
    /// Primary button, links, the running step.
    pub accent: Color32,
    /// Text on the primary button.
    pub on_accent: Color32,
    /// The keyboard focus ring.
    pub focus: Color32,
}

/// The light theme.
pub const LIGHT: Palette = Palette {
    bg: Color32::from_rgb(0xFA, 0xFA, 0xF8),
    surface: Color32::from_rgb(0xFF, 0xFF, 0xFF),
    control: Color32::from_rgb(0xE6, 0xE6, 0xE2),
    text: Color32::from_rgb(0x1B, 0x1B, 0x1B),
    weak: Color32::from_rgb(0x47, 0x47, 0x47),
    ok: Color32::from_rgb(0x08, 0x52, 0x20),
    ok_bg: Color32::from_rgb(0xE3, 0xF2, 0xE7),
    problem: Color32::from_rgb(0x8A, 0x14, 0x14),
    problem_bg: Color32::from_rgb(0xFB, 0xE7, 0xE7),
    warning: Color32::from_rgb(0x63, 0x3F, 0x00),
    warning_bg: Color32::from_rgb(0xFF, 0xF1, 0xD1),
    accent: Color32::from_rgb(0x0B, 0x4A, 0x94),
    on_accent: Color32::from_rgb(0xFF, 0xFF, 0xFF),
    focus: Color32::from_rgb(0x1B, 0x1B, 0x1B),
};

/// The dark theme.
pub const DARK: Palette = Palette {
    bg: Color32::from_rgb(0x1C, 0x1C, 0x1E),
    surface: Color32::from_rgb(0x26, 0x26, 0x29),
    control: Color32::from_rgb(0x3A, 0x3A, 0x3F),
    text: Color32::from_rgb(0xED, 0xED, 0xED),
    weak: Color32::from_rgb(0xC4, 0xC4, 0xC4),
    ok: Color32::from_rgb(0x86, 0xE0, 0xA2),
    ok_bg: Color32::from_rgb(0x12, 0x35, 0x1F),
    problem: Color32::from_rgb(0xFF, 0xA8, 0xA8),
    problem_bg: Color32::from_rgb(0x45, 0x18, 0x18),
    warning: Color32::from_rgb(0xFF, 0xD3, 0x7A),
    warning_bg: Color32::from_rgb(0x3D, 0x2C, 0x05),
    accent: Color32::from_rgb(0x9D, 0xC4, 0xFF),
    on_accent: Color32::from_rgb(0x0E, 0x1A, 0x2B),
    focus: Color32::from_rgb(0xED, 0xED, 0xED),
};

/// The palette of the theme `ui` is drawn in.
pub fn palette(ui: &egui::Ui) -> &'static Palette {
    if ui.visuals().dark_mode {
        &DARK
    } else {
        &LIGHT
    }
}

/// Body text size in points (≥ 15 px as the issue asks).
pub const BODY: f32 = 16.0;

/// Installs both themes' styles on `ctx` (the theme preference itself is left alone: the
/// system's, until the user switches).
pub fn install(ctx: &egui::Context) {
    ctx.set_style_of(Theme::Light, style(Theme::Light));
    ctx.set_style_of(Theme::Dark, style(Theme::Dark));
}

fn style(theme: Theme) -> egui::Style {
    let p = match theme {
        Theme::Light => LIGHT,
        Theme::Dark => DARK,
    };
    let mut s = egui::Style {
        visuals: match theme {
            Theme::Light => egui::Visuals::light(),
            Theme::Dark => egui::Visuals::dark(),
        },
        ..egui::Style::default()
    };
    // A steady text cursor: calmer, and a focused field does not keep the app repainting
    // (a blinking cursor asks for a frame twice a second).
    s.visuals.text_cursor.blink = false;
    s.text_styles = [
        (
            TextStyle::Heading,
            FontId::new(25.0, FontFamily::Proportional),
        ),
        (TextStyle::Body, FontId::new(BODY, FontFamily::Proportional)),
        (
            TextStyle::Button,
            FontId::new(BODY, FontFamily::Proportional),
        ),
        (
            TextStyle::Small,
            FontId::new(14.0, FontFamily::Proportional),
        ),
        (
            TextStyle::Monospace,
            FontId::new(14.5, FontFamily::Monospace),
        ),
    ]
    .into();
    s.spacing.item_spacing = egui::vec2(10.0, 10.0);
    s.spacing.button_padding = egui::vec2(14.0, 7.0);
    s.spacing.interact_size = egui::vec2(40.0, 30.0);
    s.spacing.icon_width = 18.0;
    s.spacing.icon_width_inner = 10.0;
    s.spacing.indent = 24.0;
    let v = &mut s.visuals;
    v.override_text_color = Some(p.text);
    v.weak_text_color = Some(p.weak);
    v.hyperlink_color = p.accent;
    v.panel_fill = p.bg;
    v.window_fill = p.surface;
    v.faint_bg_color = p.surface;
    v.extreme_bg_color = p.surface;
    v.text_edit_bg_color = Some(p.surface);
    v.code_bg_color = p.control;
    v.warn_fg_color = p.warning;
    v.error_fg_color = p.problem;
    v.selection.bg_fill = if theme == Theme::Light {
        Color32::from_rgb(0xC9, 0xDC, 0xF5)
    } else {
        Color32::from_rgb(0x2E, 0x4A, 0x72)
    };
    // Focus is drawn with `active` (egui uses it for the focused widget) and, for text
    // fields, with the selection stroke: a thick ring in the text colour, visible on any fill.
    v.selection.stroke = Stroke::new(2.5, p.focus);
    let radius = CornerRadius::same(6);
    let border = Stroke::new(1.0, p.weak);
    for (w, fill) in [
        (&mut v.widgets.noninteractive, p.bg),
        (&mut v.widgets.inactive, p.control),
        (&mut v.widgets.hovered, p.control),
        (&mut v.widgets.active, p.control),
        (&mut v.widgets.open, p.control),
    ] {
        w.bg_fill = fill;
        w.weak_bg_fill = fill;
        w.corner_radius = radius;
        w.fg_stroke = Stroke::new(1.5, p.text);
    }
    v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, p.control);
    v.widgets.noninteractive.fg_stroke = Stroke::new(1.0, p.text);
    v.widgets.inactive.bg_stroke = border;
    v.widgets.hovered.bg_stroke = Stroke::new(1.5, p.text);
    v.widgets.active.bg_stroke = Stroke::new(3.0, p.focus);
    v.widgets.active.expansion = 1.0;
    v.widgets.open.bg_stroke = Stroke::new(1.5, p.text);
    s
}

/// The theme the user picked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeChoice {
    /// Follow the system.
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// egui's preference for this choice.
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// A status, with its icon and colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Worked.
    Ok,
    /// Failed.
    Problem,
    /// Works, but.
    Warning,
    /// Running now.
    Running,
    /// Not reached (yet).
    Pending,
}

impl Status {
    /// The icon: one glyph per status, the same on every screen.
    pub fn icon(self) -> &'static str {
        match self {
            Status::Ok => "✔",
            Status::Problem => "✖",
            Status::Warning => "⚠",
            Status::Running => "➜",
            Status::Pending => "○",
        }
    }

    /// The colour of the icon (and of the status text).
    pub fn color(self, p: &Palette) -> Color32 {
        match self {
            Status::Ok => p.ok,
            Status::Problem => p.problem,
            Status::Warning => p.warning,
            Status::Running => p.accent,
            Status::Pending => p.weak,
        }
    }

    /// The banner background.
    pub fn banner_bg(self, p: &Palette) -> Color32 {
        match self {
            Status::Ok => p.ok_bg,
            Status::Problem => p.problem_bg,
            Status::Warning => p.warning_bg,
            Status::Running | Status::Pending => p.surface,
        }
    }
}

/// The status icon as a label (big, in its colour).
pub fn status_icon(ui: &mut egui::Ui, status: Status) -> egui::Response {
    let p = palette(ui);
    ui.label(
        RichText::new(status.icon())
            .color(status.color(p))
            .size(BODY + 2.0),
    )
}

/// The one primary button of a screen: filled in the accent colour.
pub fn primary_button(ui: &mut egui::Ui, text: impl Into<String>) -> egui::Response {
    let p = palette(ui);
    ui.add(
        egui::Button::new(
            RichText::new(text.into())
                .color(p.on_accent)
                .size(BODY + 1.0)
                .strong(),
        )
        .fill(p.accent)
        .min_size(egui::vec2(0.0, 40.0)),
    )
}

/// A secondary button: outlined, the body size.
pub fn secondary_button(ui: &mut egui::Ui, text: impl Into<String>) -> egui::Response {
    ui.add(egui::Button::new(text.into()).min_size(egui::vec2(0.0, 36.0)))
}

/// A coloured banner: icon, a headline in the status colour, one sentence under it.
pub fn banner(ui: &mut egui::Ui, status: Status, headline: &str, body: Option<&str>) {
    let p = palette(ui);
    egui::Frame::new()
        .fill(status.banner_bg(p))
        .stroke(Stroke::new(1.5, status.color(p)))
        .corner_radius(CornerRadius::same(8))
        .inner_margin(egui::Margin::same(16))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_top(|ui| {
                ui.label(
                    RichText::new(status.icon())
                        .color(status.color(p))
                        .size(28.0),
                );
                ui.vertical(|ui| {
                    ui.label(
                        RichText::new(headline)
                            .color(status.color(p))
                            .size(21.0)
                            .strong(),
                    );
                    if let Some(b) = body {
                        ui.label(b);
                    }
                });
            });
        });
}

/// A card: a surface with a border, for one block of content.
pub fn card<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let p = palette(ui);
    egui::Frame::new()
        .fill(p.surface)
        .stroke(Stroke::new(1.0, p.control))
        .corner_radius(CornerRadius::same(8))
        .inner_margin(egui::Margin::same(14))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// WCAG 2.2 relative luminance of an sRGB colour.
pub fn luminance(c: Color32) -> f64 {
    let f = |v: u8| {
        let c = f64::from(v) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * f(c.r()) + 0.7152 * f(c.g()) + 0.0722 * f(c.b())
}

/// WCAG 2.2 contrast ratio of two colours (1 … 21).
pub fn contrast(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_of_known_pairs() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.001);
    }

    /// Information (status colours, banner text, the primary button's label, links) ≥ 7:1
    /// (AAA) on every background it is drawn on; other text ≥ 4.5:1 (AA); both themes.
    #[test]
    fn theme_colours_meet_wcag_aaa_for_information_and_aa_elsewhere() {
        for (name, p) in [("light", LIGHT), ("dark", DARK)] {
            let plain_bgs = [("bg", p.bg), ("surface", p.surface)];
            let mut information = vec![];
            for (bg_name, bg) in plain_bgs {
                for (fg_name, fg) in [
                    ("text", p.text),
                    ("weak", p.weak),
                    ("ok", p.ok),
                    ("problem", p.problem),
                    ("warning", p.warning),
                    ("accent", p.accent),
                ] {
                    information.push((fg_name, fg, bg_name, bg));
                }
            }
            for (status, fg_name) in [
                (Status::Ok, "ok"),
                (Status::Problem, "problem"),
                (Status::Warning, "warning"),
            ] {
                information.push((fg_name, status.color(&p), "banner", status.banner_bg(&p)));
                information.push(("text", p.text, "banner", status.banner_bg(&p)));
            }
            information.push(("on_accent", p.on_accent, "accent", p.accent));
            for (f, fg, b, bg) in information {
                let c = contrast(fg, bg);
                assert!(c >= 7.0, "{name}: {f} on {b} is {c:.2}:1, needs 7:1");
            }
            // Text on ordinary buttons and code blocks: AA.
            for (f, fg) in [("text", p.text), ("weak", p.weak)] {
                let c = contrast(fg, p.control);
                assert!(c >= 4.5, "{name}: {f} on control is {c:.2}:1, needs 4.5:1");
            }
            // The focus ring stands out from the background (WCAG 2.4.13: ≥ 3:1).
            assert!(contrast(p.focus, p.bg) >= 3.0, "{name}: focus ring");
        }
    }
}
