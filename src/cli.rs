//! The command-line tree: global options and the top-level commands (CLI.md).

use crate::commands::{
    access, account, alert, apply, billing, check, config, key, project, resource, store,
    subproject, usage, user,
};
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
    /// The store: a SQLite file path or a postgres:// URL [default: `db` in the config file,
    /// else the data dir's acctl/acctl.db]
    #[arg(
        long,
        global = true,
        env = "ACCTL_DB",
        value_name = "PATH|URL",
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

    /// Act as the API key whose secret is in PATH ('-' reads stdin); env ACCTL_KEY holds one directly
    #[arg(
        long,
        global = true,
        value_name = "PATH",
        help_heading = "Global options"
    )]
    pub key_file: Option<PathBuf>,

    /// Operator only: act with exactly the permissions of this user
    #[arg(
        long = "as",
        global = true,
        value_name = "EMAIL",
        help_heading = "Global options"
    )]
    pub as_user: Option<String>,

    /// When to use colour
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, help_heading = "Global options")]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    Table,
    Json,
    /// RFC 4180: a header row of the JSON field names, then one row per listed thing
    Csv,
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
    /// Add, list and remove users
    #[command(subcommand)]
    User(user::UserCommand),
    /// Give users roles on the account or a project
    #[command(subcommand)]
    Grant(user::GrantCommand),
    /// Issue, list, revoke and rotate API keys
    #[command(subcommand)]
    Key(key::KeyCommand),
    /// Explain who may do what, and why
    #[command(subcommand)]
    Access(access::AccessCommand),
    /// Read and verify the tamper-evident audit log
    #[command(subcommand)]
    Audit(access::AuditCommand),
    /// Add, list, move and remove resources: numbers, apps, service APIs, webhooks, configs
    #[command(subcommand)]
    Resource(resource::ResourceCommand),
    /// Verify the store's integrity and every invariant of the model (exit 7 on a problem)
    Check(check::CheckArgs),
    /// Copy the store to a SQLite file, consistently, while others may write
    Backup(check::BackupArgs),
    /// Move a store between backends: copy a SQLite file or PostgreSQL database into an empty one
    #[command(subcommand)]
    Store(store::StoreCommand),
    /// Create, list, change, top up and link billing accounts (R07, R08, R11)
    #[command(subcommand)]
    Billing(billing::BillingCommand),
    /// List the alerts raised as subprojects' spending nears their limits (R30)
    #[command(subcommand)]
    Alert(alert::AlertCommand),
    /// Record, import, list, report and reverse usage (R10-R13, R31)
    #[command(subcommand)]
    Usage(usage::UsageCommand),
    /// Show balances: every billing account's, for the operator (R23)
    Balance,
    /// The invoice of a billing account for one month, by project, subproject and product
    Invoice(billing::InvoiceArgs),
    /// Make the store match a manifest: create and change, never delete (prints the plan)
    Apply(apply::ApplyArgs),
    /// Write the live structure as a manifest that apply accepts
    Export(apply::ExportArgs),
    /// Print a shell completion script
    Completions(config::CompletionsArgs),
    /// Show where the config file is and what it holds
    #[command(subcommand)]
    Config(config::ConfigCommand),
}

impl Command {
    /// Whether the command uses the config file's settings. One that does not (completions,
    /// sourced by a shell's start-up; `config path`, wanted most when the file is malformed)
    /// still answers when the file cannot be read.
    pub fn reads_settings(&self) -> bool {
        !matches!(
            self,
            Command::Completions(_) | Command::Config(config::ConfigCommand::Path)
        )
    }
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
