//! `user add|list|remove` and `grant add|list|revoke` (R17-R19).

use super::Ctx;
use crate::domain::users;
use crate::error::Result;
use crate::output::{self, Output};
use crate::store::OpenMode;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user (an admin on the account's act, R19)
    Add {
        /// The user's email: unique without regard to case
        email: String,
        /// The user's name
        #[arg(long, value_name = "S")]
        name: Option<String>,
    },
    /// List users, by email
    List,
    /// Remove a user and every grant of theirs
    Remove {
        /// The user's email
        email: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum GrantCommand {
    /// Give a user a role on the account, or with --project on a project (R18)
    Add(GrantAddArgs),
    /// List grants
    List {
        /// Only this user's grants
        #[arg(long, value_name = "EMAIL")]
        user: Option<String>,
        /// Only grants on this project
        #[arg(long, value_name = "PROJECT")]
        project: Option<String>,
    },
    /// Take back a user's grant on the account, or with --project on a project
    Revoke {
        /// The user's email
        email: String,
        /// The project the grant is on (default: the account)
        #[arg(long, value_name = "PROJECT")]
        project: Option<String>,
    },
}

/// Grant a role. A grant reaches its project and every current and future subproject of it;
/// one on the account reaches everything. Granting again replaces the role there.
#[derive(Debug, Args)]
pub struct GrantAddArgs {
    /// The user's email
    pub email: String,
    /// viewer (reads), developer (also manages resources, keys, subprojects, usage) or admin
    /// (also manages grants and billing links)
    pub role: String,
    /// The project to grant on (default: the account); never a subproject
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
}

pub fn run_user(ctx: &Ctx, cmd: UserCommand) -> Result<Output> {
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    match cmd {
        UserCommand::Add { email, name } => {
            let u = store.write(|tx| users::add_user(tx, &env, &email, name.as_deref()))?;
            Ok(output::user(&u))
        }
        UserCommand::List => {
            let list = store.read(|tx| users::list_users(tx, &env))?;
            Ok(output::users(&list))
        }
        UserCommand::Remove { email } => {
            let (u, grants) = store.write(|tx| users::remove_user(tx, &env, &email))?;
            let out = output::user(&u);
            Ok(if grants > 0 {
                out.warn(format!(
                    "{grants} grant(s) of {} removed with the user",
                    u.email
                ))
            } else {
                out
            })
        }
    }
}

pub fn run_grant(ctx: &Ctx, cmd: GrantCommand) -> Result<Output> {
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    match cmd {
        GrantCommand::Add(a) => {
            let (g, before) = store
                .write(|tx| users::add_grant(tx, &env, &a.email, &a.role, a.project.as_deref()))?;
            let out = output::grant(&g);
            Ok(match before {
                Some(b) if b == g.role => out.warn(format!(
                    "{} already is {} on {}; nothing changed",
                    g.email,
                    b.as_str(),
                    g.scope_label()
                )),
                Some(b) => out.warn(format!("{}'s role was {}", g.email, b.as_str())),
                None => out,
            })
        }
        GrantCommand::List { user, project } => {
            let list = store
                .read(|tx| users::list_grants(tx, &env, user.as_deref(), project.as_deref()))?;
            Ok(output::grants(&list))
        }
        GrantCommand::Revoke { email, project } => {
            let g = store.write(|tx| users::revoke_grant(tx, &env, &email, project.as_deref()))?;
            Ok(output::grant(&g).warn(format!(
                "revoked: {} is no longer {} on {}",
                g.email,
                g.role.as_str(),
                g.scope_label()
            )))
        }
    }
}
