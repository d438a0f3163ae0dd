//! The `smtp-doctor` binary: a thin shell over the library. Without arguments it opens the
//! desktop app; with a subcommand it is the command-line tool.

fn main() {
    let args: Vec<_> = std::env::args_os().skip(1).collect();
    let code = if args.is_empty() {
        app()
    } else {
        smtp_doctor::cli::main_with_args(args)
    };
    std::process::exit(code);
}

#[cfg(feature = "gui")]
fn app() -> i32 {
    smtp_doctor::ui::run()
}

/// Built without the desktop app: say so (in the user's language) and show the help.
#[cfg(not(feature = "gui"))]
fn app() -> i32 {
    smtp_doctor::cli::main_with_args(["--help".into()])
}
