//! `resource add|list|move|remove` (R06).

use super::Ctx;
use crate::domain::hierarchy;
use crate::domain::resources::{self, ResourceKind};
use crate::error::Result;
use crate::output::{self, Output};
use crate::store::OpenMode;
use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum ResourceCommand {
    /// Put a resource on a project or subproject (R06)
    Add(AddArgs),
    /// List resources: on one project or subproject, or all that you reach
    List(ListArgs),
    /// Move a resource within one project's tree (R06), or across projects with --across-projects (R37)
    Move(MoveArgs),
    /// Remove a resource
    Remove(RemoveArgs),
}

/// The kinds of resource (R06).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// A phone number in E.164 form (+46701234567; spaces, '-', '.', '(' and ')' are dropped)
    Number,
    /// An application, by name
    App,
    /// A service API, by name
    ServiceApi,
    /// A webhook: an http or https URL
    Webhook,
    /// Another API configuration, by name
    Config,
}

impl From<KindArg> for ResourceKind {
    fn from(k: KindArg) -> ResourceKind {
        match k {
            KindArg::Number => ResourceKind::Number,
            KindArg::App => ResourceKind::App,
            KindArg::ServiceApi => ResourceKind::ServiceApi,
            KindArg::Webhook => ResourceKind::Webhook,
            KindArg::Config => ResourceKind::Config,
        }
    }
}

/// Put a resource on a project or subproject. A value sits in one place only (per kind).
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The project or subproject (name, project/subproject, or id)
    pub target: String,
    /// What the resource is
    #[arg(long, value_enum)]
    pub kind: KindArg,
    /// The number, URL or name
    pub value: String,
}

/// List resources, ordered by value.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the resources on this project or subproject [default: all that you reach]
    pub target: Option<String>,
    /// Only resources of this kind
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
}

/// Move a resource between a project and its subprojects, or between sibling subprojects.
#[derive(Debug, Args)]
pub struct MoveArgs {
    /// The resource: its id or its value
    pub resource: String,
    /// Where it goes: the project or a subproject of the same project
    pub target: String,
    /// The resource's kind, when its value is shared by two kinds
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Allow a move to another project's tree (R37): the operator, or an admin on both projects
    #[arg(long)]
    pub across_projects: bool,
}

/// Remove a resource.
#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The resource: its id or its value
    pub resource: String,
    /// The resource's kind, when its value is shared by two kinds
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
}

pub fn run(ctx: &Ctx, cmd: ResourceCommand) -> Result<Output> {
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    match cmd {
        ResourceCommand::Add(a) => {
            let placed = store.write(|tx| {
                let target = hierarchy::resolve_target_for(tx, &env, &a.target)?;
                resources::add(tx, &env, &target, a.kind.into(), &a.value)
            })?;
            let summary = format!("added {} on {}", placed.label(), placed.target_name);
            Ok(output::resource(&placed, summary))
        }
        ResourceCommand::List(a) => store.read(|tx| {
            let target = a
                .target
                .as_deref()
                .map(|t| hierarchy::resolve_target_for(tx, &env, t))
                .transpose()?;
            let list = resources::list(tx, &env, target.as_ref(), a.kind.map(Into::into))?;
            Ok(output::resources(&list))
        }),
        ResourceCommand::Move(a) => {
            let moved = store.write(|tx| {
                let r =
                    resources::resolve_resource_for(tx, &env, &a.resource, a.kind.map(Into::into))?;
                let dest = hierarchy::resolve_target_for(tx, &env, &a.target)?;
                resources::move_to(tx, &env, &r, &dest, a.across_projects)
            })?;
            let p = &moved.placed;
            if moved.changed {
                let summary = format!(
                    "moved {} from {} to {}",
                    p.label(),
                    moved.from,
                    p.target_name
                );
                Ok(output::resource(p, summary))
            } else {
                let summary = format!("{} sits on {}", p.label(), p.target_name);
                Ok(output::resource(p, summary).warn(format!(
                    "{} already sits on {}; nothing moved",
                    p.label(),
                    p.target_name
                )))
            }
        }
        ResourceCommand::Remove(a) => {
            let p = store.write(|tx| {
                let r =
                    resources::resolve_resource_for(tx, &env, &a.resource, a.kind.map(Into::into))?;
                resources::remove(tx, &env, &r)
            })?;
            let summary = format!("removed {} from {}", p.label(), p.target_name);
            Ok(output::resource(&p, summary))
        }
    }
}
