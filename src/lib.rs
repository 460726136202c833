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
use std::io::Write;
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
            let _ = writeln!(
                std::io::stderr(),
                "{}",
                usage_error(&e.render().to_string())
            );
            return ExitCode::from(2);
        }
    };
    // What reads no setting answers before the config file is read: completions sourced by a
    // shell's start-up, and `config path` (wanted most when the file is malformed).
    let command = match cli.command {
        cli::Command::Completions(a) => {
            return print_early(&cli.global, commands::config::completions(a))
        }
        cli::Command::Config(commands::config::ConfigCommand::Path) => {
            let location = config::ConfigLocation::find(cli.global.config.as_deref());
            return print_early(&cli.global, Ok(commands::config::config_path(&location)));
        }
        other => other,
    };
    let cli = cli::Cli { command, ..cli };
    let ctx = match commands::Ctx::new(&cli.global) {
        Ok(ctx) => ctx,
        Err(e) => return report(&e, cli.global.quiet),
    };
    match commands::dispatch(&ctx, cli.command) {
        Ok(out) => {
            // A reader gone away (`acctl check | head`) does not change the answer's code.
            let answer = out.exit_code();
            match out.print(&ctx.printer).map_err(Error::output) {
                Ok(code) => ExitCode::from(code),
                Err(e) if e.reader_gone => ExitCode::from(answer),
                Err(e) => report(&e, false),
            }
        }
        // Output streamed while the command ran (an export) ends the same way.
        Err(e) if e.reader_gone => ExitCode::SUCCESS,
        Err(e) => {
            if let Some(attempt) = &e.attempt {
                ctx.record_refusal(attempt);
            }
            report(&e, false)
        }
    }
}

/// Print an error (and its hint) on stderr, once, and give its exit code.
/// Print the answer of a command that ran without the config file's settings.
fn print_early(g: &cli::GlobalArgs, result: error::Result<output::Output>) -> ExitCode {
    let printer = output::Printer::new(
        g.output.unwrap_or(cli::OutputFormat::Table),
        g.quiet,
        g.color,
    );
    let printed = result.and_then(|out| {
        let answer = out.exit_code();
        match out.print(&printer).map_err(Error::output) {
            Err(e) if e.reader_gone => Ok(answer),
            other => other,
        }
    });
    match printed {
        Ok(code) => ExitCode::from(code),
        Err(e) => report(&e, g.quiet),
    }
}

fn report(e: &Error, _quiet: bool) -> ExitCode {
    use domain::names::escape_for_terminal as esc;
    let mut err = std::io::stderr().lock();
    // One line each, with nothing in them that could act on a terminal (R40); a message that
    // lists offending lines (an import's) keeps its line breaks.
    let _ = writeln!(err, "error: {}", esc(&e.message, true));
    if let Some(h) = &e.hint {
        let _ = writeln!(err, "hint: {}", esc(h, false));
    }
    ExitCode::from(e.exit_code())
}

/// clap's usage error (a message over several lines, a tip, the usage, a pointer to help) as
/// one `error:` line and one `hint:` line: the tip when clap has one, else the command's help.
fn usage_error(rendered: &str) -> String {
    let mut message = Vec::new();
    let mut tips = Vec::new();
    let mut command = None;
    for line in rendered.lines().map(str::trim) {
        if let Some(usage) = line.strip_prefix("Usage: ") {
            let words: Vec<&str> = usage
                .split_whitespace()
                .take_while(|w| !w.starts_with(['[', '<', '-']))
                .collect();
            command = Some(words.join(" "));
            break;
        }
        if let Some(tip) = line.strip_prefix("tip: ") {
            tips.push(tip.to_string());
        } else if !line.is_empty() && !line.starts_with("For more information") {
            message.push(line);
        }
    }
    let hint = if tips.is_empty() {
        format!("see: {} --help", command.unwrap_or_else(|| "acctl".into()))
    } else {
        tips.join("; ")
    };
    format!("{}\nhint: {hint}", message.join(" "))
}
