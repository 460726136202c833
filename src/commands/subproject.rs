//! `subproject create|list|show|rename|suspend|resume|delete|restore`.

use super::Ctx;
use crate::domain::edits::{self};
use crate::domain::hierarchy::{self, NewSubproject};
use crate::domain::lists::check_limit;
use crate::domain::lists::{self, ListOptions, SortBy};
use crate::domain::model::LimitPeriod;
use crate::domain::model::Status;
use crate::domain::names::{parse_external_id, parse_id, parse_labels};
use crate::error::Result;
use crate::output::{self, Output};
use crate::store::{NodeFilter, OpenMode};
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum SubprojectCommand {
    /// Create a subproject under a project (R03)
    Create(CreateArgs),
    /// List subprojects, of one project or of all
    List(ListArgs),
    /// Show one subproject
    Show {
        /// The subproject: project/subproject or its id
        sub: String,
    },
    /// Rename a subproject
    Rename {
        /// The subproject: project/subproject or its id
        sub: String,
        /// The new name
        new: String,
    },
    /// Set or clear a subproject's credit limit (R12, R29); below what is spent is allowed, with a warning
    SetLimit {
        /// The subproject: project/subproject or its id
        sub: String,
        /// The limit in the billing currency, or `none` to remove it
        #[arg(allow_negative_numbers = true)]
        limit: String,
        /// What the limit is measured against: the total spent, or each calendar month's
        /// spending (UTC) [default: the subproject's current period, lifetime for a new one]
        #[arg(long, value_enum)]
        period: Option<PeriodArg>,
    },
    /// Set the alert thresholds of a subproject: percentages of its limit (R30; default 80,100)
    SetAlerts {
        /// The subproject: project/subproject or its id
        sub: String,
        /// Percentages from 1 to 100, comma-separated (e.g. 50,90), or `none`
        thresholds: String,
    },
    /// Suspend a subproject: its keys and charges are refused until it is resumed (R14)
    Suspend {
        /// The subproject: project/subproject or its id
        sub: String,
    },
    /// Resume a suspended subproject (R14)
    Resume {
        /// The subproject: project/subproject or its id
        sub: String,
    },
    /// Delete a subproject: revoke its keys and free its name; its charges stay (R15)
    Delete(DeleteArgs),
    /// Restore a deleted subproject, named by its id, while its name is free (R15)
    Restore {
        /// The deleted subproject's id
        id: String,
    },
    /// Edit a subproject: labels, external id and protection (R33, R34)
    Update(UpdateArgs),
}

/// Edit a subproject. What is not given stays as it is; each change is audited.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The subproject: project/subproject or its id
    pub sub: String,
    #[command(flatten)]
    pub edit: super::project::EditArgs,
    /// Set the external id (unique among the project's live subprojects)
    #[arg(long, value_name = "X", conflicts_with = "clear_external_id")]
    pub external_id: Option<String>,
    /// Clear the external id
    #[arg(long)]
    pub clear_external_id: bool,
}

/// The period a credit limit is measured over (R29).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PeriodArg {
    Lifetime,
    Monthly,
}

impl From<PeriodArg> for LimitPeriod {
    fn from(p: PeriodArg) -> LimitPeriod {
        match p {
            PeriodArg::Lifetime => LimitPeriod::Lifetime,
            PeriodArg::Monthly => LimitPeriod::Monthly,
        }
    }
}

/// Create a subproject. With --if-not-exists, an existing live subproject of the project
/// with the same external id (when one is given) or name is left unchanged and printed.
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The parent project (name or id)
    pub project: String,
    /// The subproject's name: unique among the project's live subprojects, without regard to case
    pub name: String,
    /// The reseller's own id for this customer: unique within the project
    #[arg(long, value_name = "X")]
    pub external_id: Option<String>,
    /// A credit limit in the project's billing currency (R12)
    #[arg(long, value_name = "AMOUNT")]
    pub credit_limit: Option<String>,
    /// A label, key=value (repeatable)
    #[arg(long = "label", value_name = "K=V")]
    pub labels: Vec<String>,
    /// Succeed and print the existing subproject's id when it already exists
    #[arg(long)]
    pub if_not_exists: bool,
}

/// List subprojects, ordered by name.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this project's subprojects (name or id)
    pub project: Option<String>,
    /// Only subprojects with this label, key=value (repeatable: all must match)
    #[arg(short = 'l', long = "selector", value_name = "K=V")]
    pub selector: Vec<String>,
    /// Only the subproject with this external id
    #[arg(long, value_name = "X")]
    pub external_id: Option<String>,
    /// Include deleted subprojects
    #[arg(long)]
    pub show_deleted: bool,
    /// Only subprojects with this status (deleted: the deleted ones alone)
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Option<SubStatusArg>,
    /// Only subprojects whose name holds this text, without regard to case
    #[arg(long, value_name = "S")]
    pub name_contains: Option<String>,
    /// Only subprojects that spent at least PERCENT of their credit limit (in the limit's period)
    #[arg(long, value_name = "PERCENT")]
    pub over: Option<String>,
    /// Order by name, by creation (oldest first), or by total spent (most first)
    #[arg(long, value_enum, default_value_t = SubSortArg::Name)]
    pub sort: SubSortArg,
    /// Only the first N, after filtering and ordering
    #[arg(long, value_name = "N")]
    pub limit: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SubStatusArg {
    Active,
    Suspended,
    Deleted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SubSortArg {
    Name,
    Created,
    Spent,
}

/// Delete a subproject. Refused while resources sit on it, unless --release-resources.
#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The subproject: project/subproject or its id
    pub sub: String,
    /// Remove the resources that sit on it
    #[arg(long)]
    pub release_resources: bool,
    /// Show what would be revoked and released, and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &Ctx, cmd: SubprojectCommand) -> Result<Output> {
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    match cmd {
        SubprojectCommand::Create(a) => {
            let labels = parse_labels(&a.labels)?;
            let created = store.write(|tx| {
                let parent = hierarchy::resolve_target_for(tx, &env, &a.project)?;
                hierarchy::create_subproject(
                    tx,
                    &env,
                    &parent,
                    &NewSubproject {
                        name: &a.name,
                        external_id: a.external_id.as_deref(),
                        credit_limit: a.credit_limit.as_deref(),
                        labels: &labels,
                        if_not_exists: a.if_not_exists,
                    },
                )
            })?;
            let mut out = output::subproject(&created.node);
            if !created.created {
                out = out.warn(format!(
                    "subproject {} already exists; left unchanged",
                    created.node.display_name()
                ));
                for d in &created.differences {
                    out = out.warn(format!("{}: {d}", created.node.display_name()));
                }
            }
            Ok(out)
        }
        SubprojectCommand::List(a) => {
            let selector = parse_labels(&a.selector)?;
            let opts = ListOptions {
                status: a.status.map(|s| match s {
                    SubStatusArg::Active => Status::Active,
                    SubStatusArg::Suspended => Status::Suspended,
                    SubStatusArg::Deleted => Status::Deleted,
                }),
                name_contains: a.name_contains,
                over: a.over.as_deref().map(lists::parse_percent).transpose()?,
                sort: match a.sort {
                    SubSortArg::Name => SortBy::Name,
                    SubSortArg::Created => SortBy::Created,
                    SubSortArg::Spent => SortBy::Spent,
                },
                limit: check_limit(a.limit)?,
            };
            let external_id = a
                .external_id
                .as_deref()
                .map(parse_external_id)
                .transpose()?;
            store.read(|tx| {
                let project = a
                    .project
                    .as_deref()
                    .map(|p| hierarchy::resolve_project_for(tx, &env, p))
                    .transpose()?;
                let list = hierarchy::list_subprojects(
                    tx,
                    &env,
                    project.as_ref(),
                    &NodeFilter {
                        parent: None,
                        include_deleted: opts.include_deleted(a.show_deleted),
                        external_id: external_id.as_deref(),
                        labels: Some(&selector),
                        ..NodeFilter::default()
                    },
                )?;
                let list = lists::apply(list, |n| n, &opts);
                Ok(output::subprojects(&list))
            })
        }
        SubprojectCommand::Show { sub } => store.read(|tx| {
            let n =
                hierarchy::visible(tx, &env, hierarchy::resolve_subproject_for(tx, &env, &sub)?)?;
            Ok(output::subproject(&n))
        }),
        SubprojectCommand::Update(a) => {
            let edit = a.edit.edit(match (&a.external_id, a.clear_external_id) {
                (Some(x), _) => Some(Some(x.as_str())),
                (None, true) => Some(None),
                (None, false) => None,
            })?;
            let (n, changes) = store.write(|tx| {
                let s = hierarchy::resolve_subproject_for(tx, &env, &a.sub)?;
                edits::update(tx, &env, &s, &edit)
            })?;
            Ok(super::project::updated(
                output::subproject(&n),
                &changes,
                &format!("subproject {}", n.display_name()),
            ))
        }
        SubprojectCommand::Rename { sub, new } => {
            let n = store.write(|tx| {
                let s = hierarchy::resolve_subproject_for(tx, &env, &sub)?;
                hierarchy::rename(tx, &env, &s, &new)
            })?;
            Ok(output::subproject(&n))
        }
        SubprojectCommand::SetLimit { sub, limit, period } => {
            let (n, below) = store.write(|tx| {
                let s = hierarchy::resolve_subproject_for(tx, &env, &sub)?;
                crate::domain::billing::set_credit_limit(
                    tx,
                    &env,
                    &s,
                    &limit,
                    period.map(Into::into),
                )
            })?;
            let out = output::subproject(&n);
            Ok(if below {
                out.warn(output::limit_below_spent(&n))
            } else {
                out
            })
        }
        SubprojectCommand::SetAlerts { sub, thresholds } => {
            let (n, changed) = store.write(|tx| {
                let s = hierarchy::resolve_subproject_for(tx, &env, &sub)?;
                crate::domain::spend::set_alerts(tx, &env, &s, &thresholds)
            })?;
            let mut out = output::subproject(&n);
            if !changed {
                out = out.warn(format!(
                    "{} already alerts at {}",
                    n.display_name(),
                    output::thresholds_text(&n.alert_thresholds)
                ));
            }
            if n.credit_limit.is_none() && !n.alert_thresholds.is_empty() {
                out = out.warn(format!(
                    "{} has no credit limit: alerts are raised once it has one",
                    n.display_name()
                ));
            }
            Ok(out)
        }
        SubprojectCommand::Suspend { sub } => suspend(&mut store, &env, &sub, true),
        SubprojectCommand::Resume { sub } => suspend(&mut store, &env, &sub, false),
        SubprojectCommand::Delete(a) => {
            let d = store.write(|tx| {
                let s = hierarchy::resolve_subproject_for(tx, &env, &a.sub)?;
                hierarchy::delete_subproject(tx, &env, &s, a.release_resources, a.dry_run)
            })?;
            Ok(output::deletion(&d))
        }
        SubprojectCommand::Restore { id } => {
            let uuid = parse_id(
                &id,
                "a subproject",
                "a deleted subproject is named by its id: acctl subproject list --show-deleted",
            )?;
            let n = store.write(|tx| {
                let s = hierarchy::resolve_subproject_for(tx, &env, &uuid.to_string())?;
                hierarchy::restore_subproject(tx, &env, &s)
            })?;
            Ok(output::subproject(&n))
        }
    }
}

fn suspend(
    store: &mut crate::store::Store,
    env: &crate::domain::Env,
    sub: &str,
    suspend: bool,
) -> Result<Output> {
    let (n, changed) = store.write(|tx| {
        let s = hierarchy::resolve_subproject_for(tx, env, sub)?;
        hierarchy::set_suspended(tx, env, &s, suspend)
    })?;
    let out = output::subproject(&n);
    Ok(if changed {
        out
    } else {
        out.warn(format!(
            "subproject {} was already {}",
            n.display_name(),
            n.status.as_str()
        ))
    })
}
