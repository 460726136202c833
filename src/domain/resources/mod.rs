//! R06: resources (phone numbers, apps, service APIs, webhooks, API configurations) sitting on
//! exactly one project or subproject, and moving only within one project's tree.
//!
//! Decisions where the contract is silent:
//! - A value is unique **per kind** (the store's `UNIQUE (kind, value)`): an app and a config
//!   may share a name, a number can never sit in two places.
//! - Values are stored in a canonical form: numbers as `+` and digits (spaces, dashes, dots and
//!   parentheses between digits are accepted and dropped), webhooks with the scheme in lower
//!   case, the host in IDNA ASCII form without a trailing dot, and no default port (80 for
//!   http, 443 for https); names (app, service-api, config) trimmed, compared exactly.
//! - A resource is named by its id or its value; a value shared by two kinds needs `--kind`.

mod parse;

pub use parse::*;

use super::access::{reach, Action, Reach, Scope};
use super::hierarchy::require_live;
use super::model::{Node, Resource};
use super::Env;
use crate::error::{Error, Result};
use crate::store::Tx;
use uuid::Uuid;

/// A resource with the project or subproject it sits on, as lists and answers show it.
#[derive(Debug, Clone)]
pub struct PlacedResource {
    pub resource: Resource,
    /// `true` when it sits on a subproject.
    pub on_subproject: bool,
    /// `Parent > Sub` or the project's name.
    pub target_name: String,
    /// `parent/sub` or the project's name: the path that names the target on the command line.
    pub target_path: String,
}

impl PlacedResource {
    fn on(resource: Resource, node: &Node) -> PlacedResource {
        PlacedResource {
            resource,
            on_subproject: node.is_subproject(),
            target_name: node.display_name(),
            target_path: node.path(),
        }
    }

    /// How the resource is named in messages and in the audit log: `number +46701234567`.
    pub fn label(&self) -> String {
        label(&self.resource)
    }
}

fn label(r: &Resource) -> String {
    format!("{} {}", r.kind, r.value)
}

fn node_of(tx: &Tx, r: &Resource) -> Result<Node> {
    tx.node_by_id(r.node_id)?.ok_or_else(|| {
        Error::internal(format!(
            "resource {} sits on a missing node {}",
            r.id, r.node_id
        ))
        .hint("run: acctl check")
    })
}

/// The project whose tree a node belongs to: itself for a project, its parent for a subproject.
fn tree_of(node: &Node) -> Uuid {
    node.parent_id.unwrap_or(node.id)
}

/// A resource by its id, or by its value (in any accepted spelling: `+46 70 123` finds
/// `+4670123`). A value shared by two kinds needs `kind`.
pub fn resolve_resource(tx: &Tx, reference: &str, kind: Option<ResourceKind>) -> Result<Resource> {
    resolve_resource_in(tx, reference, kind, &|n| Some(n))
}

/// [`resolve_resource`] as the principal sees the store: a resource on a project or subproject
/// it does not reach is answered as one that does not exist (R24).
pub fn resolve_resource_for(
    tx: &Tx,
    env: &Env,
    reference: &str,
    kind: Option<ResourceKind>,
) -> Result<Resource> {
    super::hierarchy::seen_by(tx, env, |see| resolve_resource_in(tx, reference, kind, see))
}

fn resolve_resource_in(
    tx: &Tx,
    reference: &str,
    kind: Option<ResourceKind>,
    see: super::hierarchy::See,
) -> Result<Resource> {
    let seen = |r: Resource| -> Result<Option<Resource>> { Ok(see(node_of(tx, &r)?).map(|_| r)) };
    let reference = reference.trim();
    if let Ok(id) = Uuid::parse_str(reference) {
        if let Some(r) = tx.resource_by_id(id)? {
            if kind.is_none_or(|k| k.as_str() == r.kind) {
                if let Some(r) = seen(r)? {
                    return Ok(r);
                }
            }
        }
    }
    let kinds: Vec<ResourceKind> = match kind {
        Some(k) => vec![k],
        None => ResourceKind::ALL.to_vec(),
    };
    let mut found = Vec::new();
    for k in kinds {
        // A reference that is not a valid value of this kind cannot name one of this kind.
        if let Ok(value) = k.canonical(reference) {
            if let Some(r) = tx.resource_by_value(k.as_str(), &value)? {
                if let Some(r) = seen(r)? {
                    found.push(r);
                }
            }
        }
    }
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(Error::not_found(format!(
            "{} {reference:?} not found",
            kind.map(|k| k.as_str()).unwrap_or("resource")
        ))
        .hint("list them with: acctl resource list")),
        _ => Err(Error::invalid(format!(
            "{reference:?} names {} resources: {}",
            found.len(),
            found.iter().map(label).collect::<Vec<_>>().join(", ")
        ))
        .hint("say which with --kind KIND, or name it by its id")),
    }
}

/// R06: the refusal of a resource value held already, wanted on `target`. Where it sits is
/// named only to a principal who may see that place (R24).
pub(crate) fn already_held(
    tx: &Tx,
    env: &Env,
    existing: &Resource,
    target: &Node,
) -> Result<Error> {
    let owner = node_of(tx, existing)?;
    let seen = existing.node_id == target.id || env.sees(tx, &owner)?;
    let place = if seen {
        format!(" on {}", owner.display_name())
    } else {
        String::new()
    };
    Ok(Error::conflict(format!(
        "{} already sits{place}; a resource sits in one place only",
        label(existing)
    ))
    .hint(if seen && tree_of(&owner) == tree_of(target) {
        format!(
            "move it with: acctl resource move {} {}",
            existing.id,
            target.path()
        )
    } else {
        "resources move only within one project's tree: remove it where it sits first".to_string()
    }))
}

/// R06: put a new resource on a live project or subproject. Its value must not sit anywhere.
pub fn add(
    tx: &Tx,
    env: &Env,
    target: &Node,
    kind: ResourceKind,
    raw_value: &str,
) -> Result<PlacedResource> {
    env.require(tx, Action::ResourceManage, Scope::Node(target.id))?;
    require_live(target)?;
    let value = kind.canonical(raw_value)?;
    if let Some(existing) = tx.resource_by_value(kind.as_str(), &value)? {
        return Err(already_held(tx, env, &existing, target)?);
    }
    let resource = Resource {
        id: Uuid::new_v4(),
        node_id: target.id,
        kind: kind.as_str().to_string(),
        value,
        created_at: env.now(),
    };
    tx.insert_resource(&resource)?;
    env.audit(
        tx,
        "resource.add",
        &label(&resource),
        Some(&format!("on {}", target.path())),
    )?;
    Ok(PlacedResource::on(resource, target))
}

/// The outcome of a move: the resource where it now sits, and whether anything changed.
pub struct Moved {
    pub placed: PlacedResource,
    pub from: String,
    pub changed: bool,
}

/// R06: move a resource within one project's tree: between the project and its subprojects,
/// or between sibling subprojects. Refused across projects (unless `across`, R37) and onto a
/// deleted subproject.
pub fn move_to(
    tx: &Tx,
    env: &Env,
    resource: &Resource,
    dest: &Node,
    across: bool,
) -> Result<Moved> {
    let source = node_of(tx, resource)?;
    if across && tree_of(&source) != tree_of(dest) {
        return transfer(tx, env, resource, &source, dest);
    }
    env.require(tx, Action::ResourceManage, Scope::Node(source.id))?;
    env.require(tx, Action::ResourceManage, Scope::Node(dest.id))?;
    require_live(dest)?;
    if tree_of(&source) != tree_of(dest) {
        return Err(Error::conflict(format!(
            "cannot move {} from {} to {}: a resource moves only within one project's tree",
            label(resource),
            source.display_name(),
            dest.display_name()
        ))
        .hint(format!(
            "to hand it to another project, the operator or an admin on both projects runs: \
             acctl resource move {} {} --across-projects",
            resource.id,
            dest.path()
        )));
    }
    let from = source.display_name();
    if source.id == dest.id {
        return Ok(Moved {
            placed: PlacedResource::on(resource.clone(), dest),
            from,
            changed: false,
        });
    }
    tx.move_resource(resource.id, dest.id)?;
    env.audit(
        tx,
        "resource.move",
        &label(resource),
        Some(&format!("from {} to {}", source.path(), dest.path())),
    )?;
    let mut moved = resource.clone();
    moved.node_id = dest.id;
    Ok(Moved {
        placed: PlacedResource::on(moved, dest),
        from,
        changed: true,
    })
}

/// R37: move a resource to another project's tree. The operator, or a user who is admin on
/// both projects; keys never. It keeps its id; both sides' histories record the move.
fn transfer(tx: &Tx, env: &Env, resource: &Resource, source: &Node, dest: &Node) -> Result<Moved> {
    for side in [source, dest] {
        env.require(tx, Action::ResourceTransfer, Scope::Node(side.id))?;
    }
    require_live(dest)?;
    tx.move_resource(resource.id, dest.id)?;
    let what = format!("{} ({})", label(resource), resource.id);
    env.audit_node(
        tx,
        "resource.transfer",
        source,
        Some(&format!("{what} out to {}", dest.path())),
    )?;
    env.audit_node(
        tx,
        "resource.transfer",
        dest,
        Some(&format!("{what} in from {}", source.path())),
    )?;
    let mut moved = resource.clone();
    moved.node_id = dest.id;
    Ok(Moved {
        placed: PlacedResource::on(moved, dest),
        from: source.display_name(),
        changed: true,
    })
}

/// R06: remove a resource from where it sits.
pub fn remove(tx: &Tx, env: &Env, resource: &Resource) -> Result<PlacedResource> {
    let owner = node_of(tx, resource)?;
    env.require(tx, Action::ResourceManage, Scope::Node(owner.id))?;
    tx.delete_resource(resource.id)?;
    env.audit(
        tx,
        "resource.remove",
        &label(resource),
        Some(&format!("from {}", owner.path())),
    )?;
    Ok(PlacedResource::on(resource.clone(), &owner))
}

/// List the resources on `target`, or, without one, every resource the principal reaches
/// (read access to the node it sits on), ordered by value then kind.
pub fn list(
    tx: &Tx,
    env: &Env,
    target: Option<&Node>,
    kind: Option<ResourceKind>,
) -> Result<Vec<PlacedResource>> {
    let kind = kind.map(ResourceKind::as_str);
    match target {
        Some(t) => {
            env.require(tx, Action::Read, Scope::Node(t.id))?;
            tx.placed_resources(Some(t.id), kind)
        }
        None => {
            let r = reach(tx, &env.principal, Action::Read)?;
            let reaches = |node: Uuid| -> Result<bool> {
                Ok(r == Reach::All || tx.node_by_id(node)?.is_some_and(|n| r.contains(&n)))
            };
            filter_reached(tx.placed_resources(None, kind)?, reaches)
        }
    }
}

/// Keep the resources on nodes that `reaches` says the principal reaches, asking once a node.
fn filter_reached(
    all: Vec<PlacedResource>,
    mut reaches: impl FnMut(Uuid) -> Result<bool>,
) -> Result<Vec<PlacedResource>> {
    let mut seen = std::collections::HashMap::new();
    let mut out = Vec::with_capacity(all.len());
    for p in all {
        let node = p.resource.node_id;
        let ok = match seen.get(&node) {
            Some(ok) => *ok,
            None => {
                let ok = reaches(node)?;
                seen.insert(node, ok);
                ok
            }
        };
        if ok {
            out.push(p);
        }
    }
    Ok(out)
}
