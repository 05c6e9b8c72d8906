use clap::Parser;

/// The one place above both `cli` and `ui`: no subcommand opens the window.
fn main() {
    let cli = politburo::cli::Cli::parse();
    #[cfg(feature = "gui")]
    if cli.command.is_none() {
        politburo::ui::run(cli.library());
        return;
    }
    std::process::exit(politburo::cli::run(cli));
}
