//! Write the man pages of `acctl` and every subcommand, generated from the clap tree, into the
//! directory given (default `man/`): `acctl.1`, `acctl-project.1`, `acctl-project-list.1` ...
//! Run through `scripts/man.sh`; `tests/cli/man.rs` fails when the committed pages are stale.

use clap::CommandFactory;

fn main() -> std::io::Result<()> {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| std::path::PathBuf::from("man"), Into::into);
    std::fs::create_dir_all(&dir)?;
    // Pages of subcommands that no longer exist must go too.
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "1") {
            std::fs::remove_file(path)?;
        }
    }
    clap_mangen::generate_to(acctl::cli::Cli::command(), &dir)
}
