use clap::Parser;

fn main() {
    let cli = politburo::cli::Cli::parse();
    std::process::exit(politburo::cli::run(cli));
}
