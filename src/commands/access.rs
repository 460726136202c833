//! `access check|who|list` (R24) and `audit list|verify|head` (R25).

use super::Ctx;
use crate::domain::access::Action;
use crate::domain::clock::parse_since;
use crate::domain::explain::{self, Subject};
use crate::error::{Error, Result};
use crate::output::{self, Output};
use crate::store::{AuditFilter, OpenMode};
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum AccessCommand {
    /// May this user or key do that, and why? Exit 0 allowed, 5 denied
    Check(CheckArgs),
    /// Every user and key that reaches a target, and through what
    Who {
        /// A project, project/subproject, an id, or / for the account
        target: String,
    },
    /// Everything a user or key reaches, and what it may do there
    List(SubjectArgs),
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct SubjectArgs {
    /// The user, by email
    #[arg(long, value_name = "EMAIL", group = "subject")]
    pub user: Option<String>,
    /// The key, by its public id
    #[arg(long, value_name = "KEY_ID", group = "subject")]
    pub key: Option<String>,
}

impl SubjectArgs {
    fn subject(&self) -> Result<Subject<'_>> {
        match (&self.user, &self.key) {
            (Some(u), None) => Ok(Subject::User(u)),
            (None, Some(k)) => Ok(Subject::Key(k)),
            _ => Err(Error::invalid(
                "name one principal: --user EMAIL or --key KEY_ID",
            )),
        }
    }
}

/// Answer whether a principal may do an action on a target, with the reason and the path.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub subject: SubjectArgs,
    /// The target: a project, project/subproject, an id, or / for the account
    #[arg(long, value_name = "TARGET")]
    pub on: String,
    /// read, resource.manage, usage.record, key.manage, subproject.manage, grant.manage,
    /// billing.manage, project.delete, account.manage or resource.transfer
    #[arg(long, value_name = "ACTION", default_value = "read")]
    pub action: String,
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit entries, oldest first
    List(AuditListArgs),
    /// Verify the hash chain; with --head, that a kept head hash is still in the log (exit 7 if not)
    Verify {
        /// A hash kept from `acctl audit head`
        #[arg(long, value_name = "HASH")]
        head: Option<String>,
    },
    /// Print the newest entry's hash, to keep elsewhere
    Head,
}

#[derive(Debug, Args)]
pub struct AuditListArgs {
    /// Only entries since: a duration back from now (12h, 30d) or an RFC 3339 time
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Only this actor: operator, an email, a key id (or user:EMAIL, key:ID)
    #[arg(long, value_name = "S")]
    pub actor: Option<String>,
    /// Only this target: a name or path; a project also matches its subprojects
    #[arg(long, value_name = "S")]
    pub target: Option<String>,
    /// Only the newest N entries
    #[arg(long, value_name = "N")]
    pub limit: Option<i64>,
}

pub fn run_access(ctx: &Ctx, cmd: AccessCommand) -> Result<Output> {
    match cmd {
        AccessCommand::Check(a) => {
            let action = Action::parse(&a.action)?;
            let subject = a.subject.subject()?;
            let (mut store, env) = ctx.open(OpenMode::Existing)?;
            let d = store.read(|tx| explain::check(tx, &env, &subject, &a.on, action))?;
            Ok(output::decision(&d))
        }
        AccessCommand::Who { target } => {
            let (mut store, env) = ctx.open(OpenMode::Existing)?;
            let (label, rows) = store.read(|tx| explain::who(tx, &env, &target))?;
            Ok(output::who(&label, &rows))
        }
        AccessCommand::List(a) => {
            let subject = a.subject()?;
            let (mut store, env) = ctx.open(OpenMode::Existing)?;
            let (principal, rows) = store.read(|tx| explain::list(tx, &env, &subject))?;
            Ok(output::reach(&principal, &rows))
        }
    }
}

pub fn run_audit(ctx: &Ctx, cmd: AuditCommand) -> Result<Output> {
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    match cmd {
        AuditCommand::List(a) => {
            let since = a
                .since
                .as_deref()
                .map(|s| parse_since(s, env.now()))
                .transpose()?;
            let list = store.read(|tx| {
                crate::domain::audit::list(
                    tx,
                    &env,
                    &AuditFilter {
                        since,
                        actor: a.actor.as_deref(),
                        target: a.target.as_deref(),
                        target_ids: None,
                        limit: a.limit,
                    },
                )
            })?;
            Ok(output::audit_entries(&list))
        }
        AuditCommand::Verify { head } => {
            let v = store.read(|tx| crate::domain::audit::verify(tx, &env, head.as_deref()))?;
            Ok(output::verification(&v))
        }
        AuditCommand::Head => {
            let h = store.read(|tx| crate::domain::audit::head(tx, &env))?;
            Ok(output::audit_head(h.as_ref()))
        }
    }
}
