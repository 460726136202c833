//! The command-line tree: global options and the top-level commands (CLI.md).

use crate::commands::{account, billing, config, project, subproject, usage};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Administer an account model: account > project > subproject, with billing, access and audit.
#[derive(Debug, Parser)]
#[command(name = "acctl", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, clap::Args)]
pub struct GlobalArgs {
    /// The store file [default: `db` in the config file, else the data dir's acctl/acctl.db]
    #[arg(
        long,
        global = true,
        env = "ACCTL_DB",
        value_name = "PATH",
        help_heading = "Global options"
    )]
    pub db: Option<PathBuf>,

    /// The config file [default: the config dir's acctl/config.toml]
    #[arg(
        long,
        global = true,
        env = "ACCTL_CONFIG",
        value_name = "PATH",
        help_heading = "Global options"
    )]
    pub config: Option<PathBuf>,

    /// Output format [default: `output` in the config file, else table]
    #[arg(
        short,
        long,
        global = true,
        env = "ACCTL_OUTPUT",
        value_enum,
        help_heading = "Global options"
    )]
    pub output: Option<OutputFormat>,

    /// Print only ids, one per line; no status messages
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub quiet: bool,

    /// When to use colour
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, help_heading = "Global options")]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the store with its account, a default billing account and a default project
    Init(account::InitArgs),
    /// Show or rename the account
    #[command(subcommand)]
    Account(account::AccountCommand),
    /// Show the account's projects and subprojects as a tree
    Tree(project::TreeArgs),
    /// Create, list, show, rename and delete projects
    #[command(subcommand)]
    Project(project::ProjectCommand),
    /// Create, list, suspend, delete and restore subprojects
    #[command(subcommand)]
    Subproject(subproject::SubprojectCommand),
    /// Create, list, change, top up and link billing accounts (R07, R08, R11)
    #[command(subcommand)]
    Billing(billing::BillingCommand),
    /// Record, import, list and report usage (R10-R13)
    #[command(subcommand)]
    Usage(usage::UsageCommand),
    /// Show balances: every billing account's, for the operator (R23)
    Balance,
    /// The invoice of a billing account for one month, by project, subproject and product
    Invoice(billing::InvoiceArgs),
    /// Print a shell completion script
    Completions(config::CompletionsArgs),
    /// Show where the config file is and what it holds
    #[command(subcommand)]
    Config(config::ConfigCommand),
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }
}
