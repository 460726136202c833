//! `project create|list|show|rename|update|delete|restore` and `tree`.

use super::Ctx;
use crate::domain::edits::{self, NodeEdit};
use crate::domain::hierarchy;
use crate::domain::lists::check_limit;
use crate::domain::lists::{self, ListOptions, SortBy};
use crate::domain::model::Status;
use crate::domain::names::{parse_id, parse_labels, Labels};
use crate::error::{Error, Result};
use crate::output::{self, Output};
use crate::store::OpenMode;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum ProjectCommand {
    /// Create a project, linked to a billing account (R02)
    Create(CreateArgs),
    /// List projects, by name
    List(ListArgs),
    /// Show one project
    Show {
        /// The project's name or id
        project: String,
    },
    /// Rename a project
    Rename {
        /// The project's name or id
        project: String,
        /// The new name
        new: String,
    },
    /// Delete a project: operator only, needs --force (R16)
    Delete(DeleteArgs),
    /// Edit a project: labels and protection (R33, R34)
    Update(UpdateArgs),
    /// Restore a deleted project while its name is free (R34)
    Restore {
        /// The deleted project's id (project list --show-deleted shows it)
        id: String,
    },
}

/// Edit a project. What is not given stays as it is; each change is audited.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The project's name or id
    pub project: String,
    #[command(flatten)]
    pub edit: EditArgs,
}

/// The edits `project update` and `subproject update` share: labels and protection.
#[derive(Debug, Args)]
pub struct EditArgs {
    /// Set a label, key=value (repeatable)
    #[arg(long = "label", value_name = "K=V")]
    pub labels: Vec<String>,
    /// Remove the label with this key (repeatable)
    #[arg(long = "remove-label", value_name = "K")]
    pub remove_labels: Vec<String>,
    /// Protect it: deleting it is refused until --unprotect (R34)
    #[arg(long, conflicts_with = "unprotect")]
    pub protect: bool,
    /// Remove the protection
    #[arg(long)]
    pub unprotect: bool,
}

impl EditArgs {
    /// The edit these flags ask for, with an external id change (`Some(None)` clears it).
    pub fn edit<'a>(&self, external_id: Option<Option<&'a str>>) -> Result<NodeEdit<'a>> {
        Ok(NodeEdit {
            set_labels: parse_labels(&self.labels)?,
            remove_labels: self.remove_labels.clone(),
            external_id,
            protect: match (self.protect, self.unprotect) {
                (true, _) => Some(true),
                (_, true) => Some(false),
                _ => None,
            },
        })
    }
}

/// The output of an update: the object, with a warning when nothing changed.
pub fn updated(out: Output, changes: &[String], what: &str) -> Output {
    if changes.is_empty() {
        out.warn(format!("{what} already is as asked; nothing changed"))
    } else {
        out
    }
}

/// Create a project. It links to the named billing account, or to the default one.
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The project's name: unique among live projects without regard to case
    pub name: String,
    /// The billing account to link to (name or id) [default: the default billing account]
    #[arg(long, value_name = "BA")]
    pub billing: Option<String>,
    /// A label, key=value (repeatable)
    #[arg(long = "label", value_name = "K=V")]
    pub labels: Vec<String>,
}

/// List live projects (deleted ones with --show-deleted), ordered by name.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only projects with this label, key=value (repeatable: all must match)
    #[arg(short = 'l', long = "selector", value_name = "K=V")]
    pub selector: Vec<String>,
    /// Include deleted projects
    #[arg(long)]
    pub show_deleted: bool,
    /// Only projects with this status (deleted: the deleted ones alone)
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Option<ProjectStatusArg>,
    /// Only projects whose name holds this text, without regard to case
    #[arg(long, value_name = "S")]
    pub name_contains: Option<String>,
    /// Order by name, or by creation (oldest first)
    #[arg(long, value_enum, default_value_t = ProjectSortArg::Name)]
    pub sort: ProjectSortArg,
    /// Only the first N, after filtering and ordering
    #[arg(long, value_name = "N")]
    pub limit: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ProjectStatusArg {
    Active,
    Deleted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ProjectSortArg {
    Name,
    Created,
}

/// Delete a project. Refused while it has live subprojects or resources, and for the last
/// live project. Its keys are revoked; its charges stay in reports and invoices.
#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The project's name or id
    pub project: String,
    /// Confirm the deletion (required)
    #[arg(long)]
    pub force: bool,
    /// Show what would be deleted and revoked, and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// Show the account's projects and subprojects as a tree.
#[derive(Debug, Args)]
pub struct TreeArgs {
    /// Only this project (name or id)
    pub project: Option<String>,
    /// Include deleted projects and subprojects
    #[arg(long)]
    pub show_deleted: bool,
}

pub fn run(ctx: &Ctx, cmd: ProjectCommand) -> Result<Output> {
    // Refuse before opening the store: a forgotten --force must not even look.
    if let ProjectCommand::Delete(a) = &cmd {
        if !a.force && !a.dry_run {
            return Err(
                Error::invalid(format!("deleting project {:?} needs --force", a.project)).hint(
                    "deleting a project is exceptional; add --dry-run to see what it would do",
                ),
            );
        }
    }
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    match cmd {
        ProjectCommand::Create(a) => {
            let labels = parse_labels(&a.labels)?;
            let (node, billing) = store.write(|tx| {
                let n =
                    hierarchy::create_project(tx, &env, &a.name, a.billing.as_deref(), &labels)?;
                let b = billing_name(tx, &n)?;
                Ok((n, b))
            })?;
            Ok(output::project(&node, &billing))
        }
        ProjectCommand::List(a) => {
            let selector: Labels = parse_labels(&a.selector)?;
            let opts = ListOptions {
                status: a.status.map(|s| match s {
                    ProjectStatusArg::Active => Status::Active,
                    ProjectStatusArg::Deleted => Status::Deleted,
                }),
                name_contains: a.name_contains,
                over: None,
                sort: match a.sort {
                    ProjectSortArg::Name => SortBy::Name,
                    ProjectSortArg::Created => SortBy::Created,
                },
                limit: check_limit(a.limit)?,
            };
            store.read(|tx| {
                let include_deleted = opts.include_deleted(a.show_deleted);
                let rows = hierarchy::list_projects(tx, &env, include_deleted, &selector)?;
                let rows = lists::apply(rows, |(n, _)| n, &opts);
                let (list, counts): (Vec<_>, Vec<_>) = rows.into_iter().unzip();
                Ok(output::projects(&list, &counts))
            })
        }
        ProjectCommand::Show { project } => store.read(|tx| {
            let n = hierarchy::visible(
                tx,
                &env,
                hierarchy::resolve_project_for(tx, &env, &project)?,
            )?;
            Ok(output::project(&n, &billing_name(tx, &n)?))
        }),
        ProjectCommand::Rename { project, new } => {
            let (n, b) = store.write(|tx| {
                let p = hierarchy::resolve_project_for(tx, &env, &project)?;
                let n = hierarchy::rename(tx, &env, &p, &new)?;
                Ok((n.clone(), billing_name(tx, &n)?))
            })?;
            Ok(output::project(&n, &b))
        }
        ProjectCommand::Delete(a) => {
            let d = store.write(|tx| {
                let p = hierarchy::resolve_project_for(tx, &env, &a.project)?;
                hierarchy::delete_project(tx, &env, &p, a.dry_run)
            })?;
            Ok(output::deletion(&d))
        }
        ProjectCommand::Update(a) => {
            let edit = a.edit.edit(None)?;
            let (n, b, changes) = store.write(|tx| {
                let p = hierarchy::resolve_project_for(tx, &env, &a.project)?;
                let (n, changes) = edits::update(tx, &env, &p, &edit)?;
                Ok((n.clone(), billing_name(tx, &n)?, changes))
            })?;
            Ok(updated(
                output::project(&n, &b),
                &changes,
                &format!("project {:?}", n.name),
            ))
        }
        ProjectCommand::Restore { id } => {
            let uuid = parse_id(
                &id,
                "a project",
                "a deleted project is named by its id: acctl project list --show-deleted",
            )?;
            let (n, b) = store.write(|tx| {
                // Named within the caller's sight, as every lookup is: a deleted project out of
                // reach is not found.
                let p = hierarchy::resolve_project_for(tx, &env, &uuid.to_string())?;
                let n = edits::restore_project(tx, &env, &p)?;
                Ok((n.clone(), billing_name(tx, &n)?))
            })?;
            Ok(output::project(&n, &b))
        }
    }
}

fn billing_name(tx: &crate::store::Tx, n: &crate::domain::model::Node) -> Result<String> {
    Ok(match n.billing_account_id {
        Some(id) => tx
            .billing_account_by_id(id)?
            .map(|b| b.name)
            .unwrap_or_default(),
        None => String::new(),
    })
}

pub fn tree(ctx: &Ctx, args: TreeArgs) -> Result<Output> {
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    store.read(|tx| {
        let only = args
            .project
            .as_deref()
            .map(|p| hierarchy::resolve_project_for(tx, &env, p))
            .transpose()?;
        let t = hierarchy::tree(tx, &env, only.as_ref(), args.show_deleted)?;
        Ok(output::tree(&t))
    })
}
