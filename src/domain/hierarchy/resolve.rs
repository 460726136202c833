//! Looking things up (R05): a project by name or id, a subproject by `project/sub` or id.

use crate::domain::access::{unseen, Sight};
use crate::domain::model::Node;
use crate::domain::names::fold;
use crate::domain::Env;
use crate::error::{Error, Kind, Result};
use crate::store::Tx;
use uuid::Uuid;

/// Lookups through a principal's eyes (R24): `see` gives back a node the principal may know of
/// and `None` for one it may not, so that the lookup answers as if it did not exist.
pub type See<'a> = &'a dyn Fn(Node) -> Option<Node>;

/// A lookup that judges no principal sees everything.
pub(super) fn see_all(n: Node) -> Option<Node> {
    Some(n)
}

/// Run the lookup `f` as `env`'s principal sees the store: what it does not reach is not found,
/// in the same words as what does not exist; a key's attempt on it is audited (R24, R25).
pub fn seen_by<T>(tx: &Tx, env: &Env, f: impl FnOnce(See) -> Result<T>) -> Result<T> {
    if env.principal.is_operator() {
        return f(&see_all);
    }
    let sight = Sight::of(tx, &env.principal)?;
    let hidden = std::cell::RefCell::new(None);
    let see = |n: Node| {
        if sight.sees(&n) {
            Some(n)
        } else {
            *hidden.borrow_mut() = Some(n);
            None
        }
    };
    match f(&see) {
        Err(e) if e.kind == Kind::NotFound => match hidden.into_inner() {
            Some(h) => Err(unseen(tx, &env.principal, e, &h)?),
            None => Err(e),
        },
        other => other,
    }
}

/// A live project by name, or any project by id, as the principal sees the store (R24).
pub fn resolve_project_for(tx: &Tx, env: &Env, reference: &str) -> Result<Node> {
    seen_by(tx, env, |see| resolve_project_in(tx, reference, see))
}

pub(super) fn resolve_project_in(tx: &Tx, reference: &str, see: See) -> Result<Node> {
    let reference = reference.trim();
    match Reference::parse(reference) {
        // An id not found may still be a name.
        Reference::Id(id) => match tx.node_by_id(id)?.and_then(see) {
            Some(n) if !n.is_subproject() => return Ok(n),
            Some(n) => {
                return Err(Error::invalid(format!(
                    "{} is a subproject ({}), not a project",
                    id,
                    n.display_name()
                )))
            }
            None => {}
        },
        Reference::Path(..) => {
            return Err(Error::invalid(format!(
                "{reference:?} names a subproject, not a project"
            )))
        }
        Reference::Project(_) => {}
    }
    tx.live_project_by_key(&fold(reference))?
        .and_then(see)
        .ok_or_else(|| {
            Error::not_found(format!("project {reference:?} not found"))
                .hint("list them with: acctl project list")
        })
}

/// A live subproject by `project/subproject`, or any subproject (deleted ones too) by id, as
/// the principal sees the store (R24).
pub fn resolve_subproject_for(tx: &Tx, env: &Env, reference: &str) -> Result<Node> {
    seen_by(tx, env, |see| resolve_subproject_in(tx, reference, see))
}

pub(super) fn resolve_subproject_in(tx: &Tx, reference: &str, see: See) -> Result<Node> {
    let reference = reference.trim();
    let (project, sub) = match Reference::parse(reference) {
        Reference::Id(id) => {
            return match tx.node_by_id(id)?.and_then(see) {
                Some(n) if n.is_subproject() => Ok(n),
                Some(n) => Err(Error::invalid(format!(
                    "{id} is a project ({}), not a subproject",
                    n.name
                ))),
                None => Err(Error::not_found(format!("subproject {id} not found"))
                    .hint("list them with: acctl subproject list --show-deleted")),
            }
        }
        Reference::Project(_) => {
            return Err(
                Error::invalid(format!("{reference:?} does not name a subproject"))
                    .hint("name a subproject as project/subproject, or by its id"),
            )
        }
        Reference::Path(project, sub) => (project, sub),
    };
    let parent = resolve_project_in(tx, project, see)?;
    tx.live_subproject_by_key(parent.id, &fold(sub))?
        .and_then(see)
        .ok_or_else(|| {
            Error::not_found(format!(
                "subproject {:?} not found",
                format!("{}/{}", parent.name, sub)
            ))
            .hint(format!(
                "list them with: acctl subproject list {}",
                parent.name
            ))
        })
}

/// A project or a subproject: `name`, `project/sub`, or an id of either.
pub fn resolve_target(tx: &Tx, reference: &str) -> Result<Node> {
    resolve_target_in(tx, reference, &see_all)
}

/// [`resolve_target`] as the principal sees the store (R24).
pub fn resolve_target_for(tx: &Tx, env: &Env, reference: &str) -> Result<Node> {
    seen_by(tx, env, |see| resolve_target_in(tx, reference, see))
}

/// How a project or a subproject is named (R05): the one grammar of a reference, for the
/// lookups here and for an import's bulk lookup of its targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference<'a> {
    /// The id of either.
    Id(Uuid),
    /// A project's name, trimmed (possibly empty).
    Project(&'a str),
    /// `project/subproject`: the two parts, trimmed (the first possibly an id).
    Path(&'a str, &'a str),
}

impl<'a> Reference<'a> {
    pub fn parse(reference: &'a str) -> Reference<'a> {
        let t = reference.trim();
        if let Ok(id) = Uuid::parse_str(t) {
            return Reference::Id(id);
        }
        match t.split_once('/') {
            Some((p, s)) => Reference::Path(p.trim(), s.trim()),
            None => Reference::Project(t),
        }
    }
}

pub(crate) fn resolve_target_in(tx: &Tx, reference: &str, see: See) -> Result<Node> {
    match Reference::parse(reference) {
        Reference::Id(id) => tx.node_by_id(id)?.and_then(see).ok_or_else(|| {
            Error::not_found(format!("no project or subproject has the id {id}"))
                .hint("list them with: acctl tree --show-deleted")
        }),
        Reference::Path(..) => resolve_subproject_in(tx, reference, see),
        Reference::Project(p) => resolve_project_in(tx, p, see),
    }
}

/// Refuse a deleted project or subproject (exit 4).
pub(crate) fn require_live(node: &Node) -> Result<()> {
    if node.is_live() {
        return Ok(());
    }
    let e = Error::conflict(format!(
        "{} {} is deleted",
        node.kind(),
        node.display_name()
    ));
    // R15, R34: either is restored by its id while its name is free.
    Err(e.hint(format!(
        "restore it first (while its name is free): acctl {} restore {}",
        node.kind(),
        node.id
    )))
}

#[cfg(test)]
mod tests {
    use super::Reference;

    #[test]
    fn r05_a_reference_is_an_id_a_project_name_or_a_path() {
        let id = "7d3c9a52-2b8e-4f5c-9a1d-0c6e8f2b4a10";
        assert_eq!(
            Reference::parse(&format!(" {id} ")),
            Reference::Id(id.parse().unwrap())
        );
        assert_eq!(Reference::parse(" shop "), Reference::Project("shop"));
        assert_eq!(Reference::parse(""), Reference::Project(""));
        assert_eq!(
            Reference::parse(" shop / acme "),
            Reference::Path("shop", "acme")
        );
        // Only the first slash divides: the rest belongs to the subproject's part.
        assert_eq!(Reference::parse("a/b/c"), Reference::Path("a", "b/c"));
        assert_eq!(
            Reference::parse(&format!("{id}/acme")),
            Reference::Path(id, "acme")
        );
    }
}
