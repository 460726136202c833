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

/// The script as it is, whatever -o or -q say: it is sourced, not read.
pub fn completions(args: CompletionsArgs) -> Result<Output> {
    let script = completion_script(args.shell);
    Ok(Output::written(Box::new(move |out| out.write_all(&script))))
}

/// `config path`: where the config file is looked for. It reads no setting, so it answers
/// even when the file is malformed (that is when it is wanted).
pub fn config_path(location: &crate::config::ConfigLocation) -> Output {
    let path = location
        .path
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    Output::new(
        json!({ "path": path }),
        Human::Text(format!("{path}\n")),
        vec![path],
    )
}

pub fn run(ctx: &Ctx, cmd: ConfigCommand) -> Result<Output> {
    let path = ctx
        .config_location
        .path
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    match cmd {
        ConfigCommand::Path => Ok(config_path(&ctx.config_location)),
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
            // Where each setting comes from: the command line, the environment, the config
            // file or the default, in that order of precedence.
            let matches = Cli::command().try_get_matches().ok();
            let given = |id: &str, flag: &'static str, var: &'static str| {
                use clap::parser::ValueSource;
                match matches.as_ref().and_then(|m| m.value_source(id)) {
                    Some(ValueSource::CommandLine) => Some(flag),
                    Some(ValueSource::EnvVariable) => Some(var),
                    _ => None,
                }
            };
            let from_file = |set: bool| if set { "config file" } else { "default" };
            let sources = [
                (
                    "config",
                    given("config", "--config", "ACCTL_CONFIG").unwrap_or("default"),
                ),
                (
                    "db",
                    given("db", "--db", "ACCTL_DB").unwrap_or(from_file(
                        ctx.config.db.as_ref().is_some_and(|d| !d.is_empty()),
                    )),
                ),
                (
                    "output",
                    given("output", "--output", "ACCTL_OUTPUT")
                        .unwrap_or(from_file(ctx.config.output.is_some())),
                ),
                ("currency", from_file(ctx.config.currency.is_some())),
            ];
            let from = |name: &str| {
                sources
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map_or("default", |(_, s)| *s)
            };
            Ok(Output::new(
                json!({
                    "config": path,
                    "config_exists": exists,
                    "db": db,
                    "output": format,
                    "currency": currency,
                    "sources": sources.iter().map(|(n, s)| (n.to_string(), json!(s))).collect::<serde_json::Map<_, _>>(),
                }),
                Human::Fields(vec![
                    (
                        "config",
                        format!(
                            "{path}{}  (from {})",
                            if exists { "" } else { " (not present)" },
                            from("config")
                        ),
                    ),
                    ("db", format!("{db}  (from {})", from("db"))),
                    ("output", format!("{format}  (from {})", from("output"))),
                    (
                        "currency",
                        format!("{currency}  (from {})", from("currency")),
                    ),
                ]),
                vec![db],
            ))
        }
    }
}
