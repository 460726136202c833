//! acctl: administer an account model (account > project > subproject) kept in a local SQLite
//! store, enforcing the rules of MODEL.md.
//!
//! Layers, with data flowing one way: [`cli`] and [`commands`] (the command line) call
//! [`domain`] (the rules), which calls [`store`] (SQLite). [`output`] prints results.

pub mod atomic_file;
pub mod cli;
pub mod commands;
pub mod config;
pub mod domain;
pub mod error;
pub mod limits;
pub mod manifest;
pub mod output;
pub mod store;

use clap::Parser;
use cli::Cli;
use error::Error;
use std::process::ExitCode;

/// Parse the command line, run the command, print its result or its error, and give the exit
/// code: the whole life of one `acctl` process.
pub fn run() -> ExitCode {
    // An empty ACCTL_OUTPUT, ACCTL_CONFIG or ACCTL_DB means unset (CLI.md), as a script's
    // `VAR=` does; clap would otherwise take "" as the value. Done before any thread exists.
    // (ACCTL_KEY is not among them: set but empty, it is a malformed key, R39.)
    for var in ["ACCTL_OUTPUT", "ACCTL_CONFIG", "ACCTL_DB"] {
        if std::env::var_os(var).is_some_and(|v| v.is_empty()) {
            std::env::remove_var(var);
        }
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout with 0; usage errors to stderr with 2, as one
            // `error:` line and one `hint:` line like every other error.
            if !e.use_stderr() {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            return report(&usage_error(&e));
        }
    };
    let ctx = match commands::Ctx::new(&cli.global, cli.command.reads_settings()) {
        Ok(ctx) => ctx,
        Err(e) => return report(&e),
    };
    match commands::dispatch(&ctx, cli.command) {
        Ok(out) => {
            // A reader gone away (`acctl check | head`) does not change the answer's code.
            let answer = out.exit_code();
            match out.print(&ctx.printer).map_err(Error::output) {
                Ok(code) => ExitCode::from(code),
                Err(e) if e.reader_gone => ExitCode::from(answer),
                Err(e) => report(&e),
            }
        }
        // Output streamed while the command ran (an export) ends the same way.
        Err(e) if e.reader_gone => ExitCode::SUCCESS,
        Err(e) => {
            if let Some(attempt) = &e.attempt {
                ctx.record_refusal(attempt);
            }
            report(&e)
        }
    }
}

/// Print an error (and its hint) on stderr, once, and give its exit code.
fn report(e: &Error) -> ExitCode {
    output::print_error(e);
    ExitCode::from(e.exit_code())
}

/// clap's usage error as one error and one hint, printed as every other error is (escaped,
/// R40). The message is what clap writes before its first blank line (its tip, the usage and a
/// pointer to help come after), joined into one line; the hint is built from what the error
/// records it suggests, never from the text, which holds what was typed.
fn usage_error(e: &clap::Error) -> Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let command = command_path();
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand
    ) {
        return Error::invalid(format!("{command} needs a subcommand"))
            .hint(format!("see: {command} --help"));
    }
    let rendered = e.render().to_string();
    let head = rendered.split("\n\n").next().unwrap_or_default();
    let message = head
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let message = message.strip_prefix("error: ").unwrap_or(&message);
    let mut suggested = Vec::new();
    for kind in [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ] {
        match e.get(kind) {
            Some(ContextValue::String(s)) => suggested.push(format!("'{s}'")),
            Some(ContextValue::Strings(v)) => suggested.extend(v.iter().map(|s| format!("'{s}'"))),
            _ => {}
        }
    }
    let hint = if suggested.is_empty() {
        format!("see: {command} --help")
    } else {
        format!("did you mean {}?", suggested.join(" or "))
    };
    Error::invalid(message.to_string()).hint(hint)
}

/// The command a usage error is about, from the command line: `acctl` and each word that
/// names a subcommand of the one before (names from the command tree, not from what was
/// typed, so that a hint cannot be made to say anything else).
fn command_path() -> String {
    use clap::CommandFactory;
    let mut command = Cli::command();
    let mut path = vec!["acctl".to_string()];
    for arg in std::env::args_os().skip(1) {
        let Some(word) = arg.to_str().filter(|w| !w.starts_with('-')) else {
            continue;
        };
        if let Some(sub) = command.find_subcommand(word).cloned() {
            path.push(sub.get_name().to_string());
            command = sub;
        }
    }
    path.join(" ")
}
