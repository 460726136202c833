//! One module per noun; each verb is a documented `Args` struct and a `run` function that
//! resolves names through the domain, calls one domain operation and builds an [`Output`].

pub mod access;
pub mod account;
pub mod alert;
pub mod apply;
pub mod billing;
pub mod check;
pub mod config;
mod import_lines;
pub mod key;
pub mod project;
pub mod resource;
pub mod secrets_file;
pub mod store;
pub mod subproject;
pub mod usage;
pub mod user;

use crate::cli::{Command, GlobalArgs, OutputFormat};
use crate::config::{Config, ConfigLocation};
use crate::domain::access::{authenticate, Principal};
use crate::domain::clock::Clock;
use crate::domain::users;
use crate::domain::Env;
use crate::error::{Error, RefusedAttempt, Result};
use crate::output::{Output, Printer};
use crate::store::{Location, OpenMode, Store};

/// What every command may need: where the store is, the config, how to print.
pub struct Ctx {
    /// The store: a file path or a PostgreSQL URL (R27).
    pub db: Option<Location>,
    pub config_location: ConfigLocation,
    pub config: Config,
    pub printer: Printer,
    acctl_now: Option<String>,
    credential: Credential,
}

/// Whom the command acts as, before the store has been asked (R17).
enum Credential {
    Operator,
    /// A key's secret, from `--key-file` or `ACCTL_KEY` (never from argv, R22).
    Key(String),
    /// `--as EMAIL`.
    User(String),
}

impl Ctx {
    /// Resolve the global options against the environment and the config file.
    /// `reads_settings`: whether the command uses them (see
    /// [`crate::cli::Command::reads_settings`]); one that does not is never failed by them: a
    /// config file that cannot be read gives way to the defaults, and neither the store nor
    /// a credential is resolved (a key file is not read).
    pub fn new(g: &GlobalArgs, reads_settings: bool) -> Result<Ctx> {
        let config_location = ConfigLocation::find(g.config.as_deref());
        let config = match config_location.load() {
            Err(_) if !reads_settings => Default::default(),
            loaded => loaded?,
        };
        if !reads_settings {
            let format = g.output.or(config.output).unwrap_or(OutputFormat::Table);
            return Ok(Ctx {
                db: None,
                config_location,
                config,
                printer: Printer::new(format, g.quiet, g.color),
                acctl_now: None,
                credential: Credential::Operator,
            });
        }
        let format = g.output.or(config.output).unwrap_or(OutputFormat::Table);
        // An empty ACCTL_DB was taken as unset before parsing (lib.rs); so is an empty `db`
        // in the config file.
        let named =
            g.db.clone()
                .or_else(|| config.db.clone().filter(|s| !s.is_empty()).map(Into::into));
        let db = match named {
            Some(p) => Some(Location::from_path(&p)?),
            None => dirs::data_dir().map(|d| Location::Sqlite(d.join("acctl").join("acctl.db"))),
        };
        let printer = Printer::new(format, g.quiet, g.color);
        let credential = Credential::from_args(g, &printer)?;
        Ok(Ctx {
            db,
            config_location,
            config,
            printer,
            acctl_now: std::env::var("ACCTL_NOW").ok().filter(|s| !s.is_empty()),
            credential,
        })
    }

    /// Record a key's refused attempt in the audit log, after the refused command's own
    /// transaction was rolled back (R25). Best effort: the refusal itself is what matters.
    pub fn record_refusal(&self, attempt: &RefusedAttempt) {
        let record = || -> Result<()> {
            let clock = Clock::from_env(self.acctl_now.as_deref())?;
            let mut store = Store::open(self.db_path()?, OpenMode::Existing)?;
            store.write(|tx| crate::domain::audit::record_refusal(tx, clock.now(), attempt))
        };
        if let Err(e) = record() {
            self.printer
                .warn(&format!("the refusal could not be audited: {}", e.message));
        }
    }

    /// Where the store is.
    pub fn db_path(&self) -> Result<&Location> {
        self.db.as_ref().ok_or_else(|| {
            Error::invalid("no store named: this platform has no data directory")
                .hint("name the store with --db PATH or ACCTL_DB")
        })
    }

    /// Open the store and build the acting environment (the operator, at the command's time).
    pub fn open(&self, mode: OpenMode) -> Result<(Store, Env)> {
        self.open_at(self.db_path()?, mode)
    }

    /// Open the store at `location` (rather than the one the global options name).
    pub fn open_at(&self, location: &Location, mode: OpenMode) -> Result<(Store, Env)> {
        // The clock first: a bad ACCTL_NOW is refused before the store is touched.
        let clock = Clock::from_env(self.acctl_now.as_deref())?;
        // Only the operator creates a store: with credentials, it must exist already.
        let mode = match self.credential {
            Credential::Operator => mode,
            _ => OpenMode::Existing,
        };
        let mut store = Store::open(location, mode)?;
        store.set_now(clock.now());
        let principal = match &self.credential {
            Credential::Operator => Principal::Operator,
            Credential::Key(secret) => {
                store.read(|tx| authenticate(tx, secret, clock.real_now()))?
            }
            Credential::User(email) => store.read(|tx| users::as_user(tx, email))?,
        };
        Ok((
            store,
            Env {
                clock,
                principal,
                bulk: false,
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
        Command::User(c) => user::run_user(ctx, c),
        Command::Grant(c) => user::run_grant(ctx, c),
        Command::Key(c) => key::run(ctx, c),
        Command::Access(c) => access::run_access(ctx, c),
        Command::Audit(c) => access::run_audit(ctx, c),
        Command::Resource(c) => resource::run(ctx, c),
        Command::Check(args) => check::check(ctx, args),
        Command::Backup(args) => check::backup(ctx, args),
        Command::Store(c) => store::run(ctx, c),
        Command::Billing(c) => billing::run(ctx, c),
        Command::Alert(c) => alert::run(ctx, c),
        Command::Usage(c) => usage::run(ctx, c),
        Command::Balance => billing::balance(ctx),
        Command::Invoice(args) => billing::invoice(ctx, args),
        Command::Apply(args) => apply::apply(ctx, args),
        Command::Export(args) => apply::export(ctx, args),
        Command::Completions(args) => config::completions(args),
        Command::Config(c) => config::run(ctx, c),
    }
}

impl Credential {
    fn from_args(g: &GlobalArgs, printer: &Printer) -> Result<Credential> {
        // R39: a set but empty or blank ACCTL_KEY is a malformed key (refused when the store
        // authenticates it, exit 5), never "no key" and so never the operator. Only an unset
        // variable means no key.
        let env_key = std::env::var_os("ACCTL_KEY").map(|s| s.to_string_lossy().into_owned());
        let key = match (&g.key_file, env_key) {
            (Some(path), _) => Some(read_key_file(path, printer)?),
            (None, Some(secret)) => Some(secret),
            (None, None) => None,
        };
        match (key, &g.as_user) {
            // A key asking to act as a user is asking for rights it does not hold: denied
            // (exit 5, CLI.md), as every refusal of who may do what.
            (Some(_), Some(_)) => Err(Error::denied(
                "--as is the operator's alone: an API key may not act as a user",
            )
            .hint("unset ACCTL_KEY and drop --key-file to act as a user")),
            (Some(secret), None) => Ok(Credential::Key(secret.trim().to_string())),
            (None, Some(email)) => Ok(Credential::User(email.clone())),
            (None, None) => Ok(Credential::Operator),
        }
    }
}

/// Read a key's secret from a file (`-`: standard input). A missing file is invalid input; an
/// empty or blank one is a malformed key, refused when authenticated (exit 5, R39); a file
/// others can read draws a warning (R22).
fn read_key_file(path: &std::path::Path, printer: &Printer) -> Result<String> {
    use crate::limits::{read_at_most, MAX_KEY_FILE_BYTES};
    let shown = path.display();
    // R40: at most a few KiB, so that `--key-file /dev/zero` is refused at once.
    let bytes = if path.as_os_str() == "-" {
        read_at_most(
            std::io::stdin().lock(),
            MAX_KEY_FILE_BYTES,
            "the key on standard input",
        )?
    } else {
        let file = std::fs::File::open(path).map_err(|e| {
            Error::invalid(format!("cannot read the key file {shown}: {e}"))
                .hint("--key-file names a file holding a key's secret, as written by key issue --secret-out")
        })?;
        let bytes = read_at_most(file, MAX_KEY_FILE_BYTES, &format!("the key file {shown}"))
            .map_err(|e| e.hint("a key file holds one secret, well under 4 KiB"))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            if let Ok(m) = std::fs::metadata(path) {
                if m.permissions().mode() & 0o077 != 0 {
                    printer.warn(&format!(
                        "the key file {shown} is readable by other users; chmod 600 {shown}"
                    ));
                }
            }
        }
        #[cfg(not(unix))]
        let _ = printer;
        bytes
    };
    // Not text: a malformed key, refused when authenticated (exit 5).
    let text = String::from_utf8_lossy(&bytes);
    Ok(text.trim().to_string())
}
