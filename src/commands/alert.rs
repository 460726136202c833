//! `alert list`: the alerts raised as subprojects' spending reached thresholds of their limits
//! (R30), for cron jobs and CI that poll.

use super::Ctx;
use crate::domain::clock::parse_since;
use crate::domain::spend;
use crate::error::Result;
use crate::output::{self, Output};
use crate::store::OpenMode;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum AlertCommand {
    /// List alerts in the order they were raised, oldest first
    List(ListArgs),
}

/// List alerts, oldest first. A poller passes the id of the last alert it saw as --after and
/// gets exactly the ones raised since.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only alerts raised after this one (its id): a cursor
    #[arg(long, value_name = "ALERT_ID")]
    pub after: Option<String>,
    /// Only alerts since: a duration back from now (12h, 30d) or an RFC 3339 time
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Only this subproject's alerts (project/subproject or its id)
    #[arg(long, value_name = "SUB")]
    pub subproject: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: AlertCommand) -> Result<Output> {
    match cmd {
        AlertCommand::List(a) => {
            let (mut store, env) = ctx.open(OpenMode::Existing)?;
            let since = a
                .since
                .as_deref()
                .map(|s| parse_since(s, env.now()))
                .transpose()?;
            store.read(|tx| {
                let list = spend::list_alerts(
                    tx,
                    &env,
                    a.after.as_deref(),
                    since,
                    a.subproject.as_deref(),
                )?;
                Ok(output::alerts(&list))
            })
        }
    }
}
