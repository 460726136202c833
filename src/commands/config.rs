//! `completions` and `config path|show`: neither opens the store.

use super::Ctx;
use crate::cli::Cli;
use crate::error::Result;
use crate::output::{Human, Output};
use clap::{Args, CommandFactory, Subcommand};
use clap_complete::Shell;
use serde_json::json;

/// Print a completion script for a shell on stdout.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the config file's path
    Path,
    /// Print the settings in force and where each comes from
    Show,
}

/// The completion script for `shell`, as committed in `completions/`.
pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "acctl", &mut buf);
    buf
}

pub fn completions(args: CompletionsArgs) -> Result<Output> {
    let script = String::from_utf8_lossy(&completion_script(args.shell)).into_owned();
    Ok(Output::new(
        json!(script),
        Human::Text(script.clone()),
        vec![script],
    ))
}

pub fn run(ctx: &Ctx, cmd: ConfigCommand) -> Result<Output> {
    let path = ctx
        .config_location
        .path
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    match cmd {
        ConfigCommand::Path => Ok(Output::new(
            json!({ "path": path }),
            Human::Text(format!("{path}\n")),
            vec![path.clone()],
        )),
        ConfigCommand::Show => {
            let db = ctx.db.as_ref().map(ToString::to_string).unwrap_or_default();
            let format = match ctx.printer.format {
                crate::cli::OutputFormat::Table => "table",
                crate::cli::OutputFormat::Json => "json",
                crate::cli::OutputFormat::Csv => "csv",
            };
            let currency = ctx.config.currency.clone().unwrap_or_else(|| "USD".into());
            let exists = ctx
                .config_location
                .path
                .as_ref()
                .is_some_and(|p| p.exists());
            Ok(Output::new(
                json!({
                    "config": path,
                    "config_exists": exists,
                    "db": db,
                    "output": format,
                    "currency": currency,
                }),
                Human::Fields(vec![
                    (
                        "config",
                        format!("{path}{}", if exists { "" } else { " (not present)" }),
                    ),
                    ("db", db.clone()),
                    ("output", format.to_string()),
                    ("currency", currency),
                ]),
                vec![db],
            ))
        }
    }
}
