//! The `smtp-doctor` binary: a thin shell over the library. Without arguments it will open
//! the desktop app; with a subcommand it is the command-line tool.

fn main() {
    std::process::exit(smtp_doctor::cli::main_with_args(
        std::env::args_os().skip(1),
    ));
}
