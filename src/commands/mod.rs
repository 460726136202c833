//! One module per noun; each verb is a documented `Args` struct and a `run` function that
//! resolves names through the domain, calls one domain operation and builds an [`Output`].

pub mod account;
pub mod billing;
pub mod config;
pub mod project;
pub mod subproject;
pub mod usage;

use crate::cli::{Command, GlobalArgs, OutputFormat};
use crate::config::{Config, ConfigLocation};
use crate::domain::access::Principal;
use crate::domain::clock::Clock;
use crate::domain::Env;
use crate::error::{Error, Result};
use crate::output::{Output, Printer};
use crate::store::{OpenMode, Store};
use std::path::PathBuf;

/// What every command may need: where the store is, the config, how to print.
pub struct Ctx {
    pub db: Option<PathBuf>,
    pub config_location: ConfigLocation,
    pub config: Config,
    pub printer: Printer,
    acctl_now: Option<String>,
}

impl Ctx {
    /// Resolve the global options against the environment and the config file.
    pub fn new(g: &GlobalArgs) -> Result<Ctx> {
        let config_location = ConfigLocation::find(g.config.as_deref());
        let config = config_location.load()?;
        let format = g.output.or(config.output).unwrap_or(OutputFormat::Table);
        let db =
            g.db.clone()
                .or_else(|| config.db.clone())
                .or_else(|| dirs::data_dir().map(|d| d.join("acctl").join("acctl.db")));
        Ok(Ctx {
            db,
            config_location,
            config,
            printer: Printer::new(format, g.quiet, g.color),
            acctl_now: std::env::var("ACCTL_NOW").ok().filter(|s| !s.is_empty()),
        })
    }

    /// The store file's path.
    pub fn db_path(&self) -> Result<&PathBuf> {
        self.db.as_ref().ok_or_else(|| {
            Error::invalid("no store path: this platform has no data directory")
                .hint("name the store with --db PATH or ACCTL_DB")
        })
    }

    /// Open the store and build the acting environment (the operator, at the command's time).
    pub fn open(&self, mode: OpenMode) -> Result<(Store, Env)> {
        // The clock first: a bad ACCTL_NOW is refused before the store is touched.
        let clock = Clock::from_env(self.acctl_now.as_deref())?;
        let store = Store::open(self.db_path()?, mode)?;
        Ok((
            store,
            Env {
                clock,
                principal: Principal::Operator,
            },
        ))
    }
}

/// Run one command.
pub fn dispatch(ctx: &Ctx, command: Command) -> Result<Output> {
    match command {
        Command::Init(args) => account::init(ctx, args),
        Command::Account(c) => account::run(ctx, c),
        Command::Tree(args) => project::tree(ctx, args),
        Command::Project(c) => project::run(ctx, c),
        Command::Subproject(c) => subproject::run(ctx, c),
        Command::Billing(c) => billing::run(ctx, c),
        Command::Usage(c) => usage::run(ctx, c),
        Command::Balance => billing::balance(ctx),
        Command::Invoice(args) => billing::invoice(ctx, args),
        Command::Completions(args) => config::completions(args),
        Command::Config(c) => config::run(ctx, c),
    }
}
