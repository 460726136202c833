//! What a principal reaches for an action (R18, R20), and what it may learn exists (R24).

use super::*;
use crate::domain::model::{Grant, Node};
use crate::error::{Error, Result};
use crate::store::Tx;
use uuid::Uuid;

/// What a principal reaches for one action, for filtering lists without asking node by node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// Every project and subproject.
    All,
    /// These projects and all their subprojects.
    Projects(Vec<Uuid>),
    /// One subproject alone.
    Subproject(Uuid),
    Nothing,
}

impl Reach {
    /// R20: a key's scope is its own tier and everything below it: a project key reaches the
    /// project and its subprojects, a subproject key that subproject alone.
    pub fn of_key(home: &Node) -> Reach {
        if home.is_subproject() {
            Reach::Subproject(home.id)
        } else {
            Reach::Projects(vec![home.id])
        }
    }

    /// R18: a grant reaches what is on its scope and below it: an account grant every node
    /// (and the account itself), a project grant the project and its subprojects.
    pub fn of_grant(g: &Grant) -> Reach {
        match g.project_id {
            None => Reach::All,
            Some(p) => Reach::Projects(vec![p]),
        }
    }

    /// Whether a target (a node, or the account itself when `None`) is reached: only a reach
    /// of everything reaches the account.
    pub fn covers(&self, target: Option<&Node>) -> bool {
        match target {
            Some(n) => self.contains(n),
            None => *self == Reach::All,
        }
    }

    pub fn contains(&self, n: &Node) -> bool {
        self.reaches(n.id, n.parent_id)
    }

    /// Whether the node `id`, whose project is `parent` (None for a project), is reached.
    pub fn reaches(&self, id: Uuid, parent: Option<Uuid>) -> bool {
        match self {
            Reach::All => true,
            Reach::Projects(ps) => ps.contains(&id) || parent.is_some_and(|p| ps.contains(&p)),
            Reach::Subproject(s) => *s == id,
            Reach::Nothing => false,
        }
    }
}

/// What `principal` reaches for `action`: the same rules as [`decide`], for a whole list.
pub fn reach(tx: &Tx, principal: &Principal, action: Action) -> Result<Reach> {
    match principal {
        Principal::Operator => Ok(Reach::All),
        Principal::User { id, .. } => {
            let Some(needed) = action.role_needed() else {
                return Ok(Reach::Nothing);
            };
            // The union of what each grant with the role reaches (R18).
            let mut projects = Vec::new();
            for g in tx.list_grants(Some(*id), None)? {
                if g.role < needed {
                    continue;
                }
                match Reach::of_grant(&g) {
                    Reach::Projects(ps) => projects.extend(ps),
                    _ => return Ok(Reach::All),
                }
            }
            Ok(if projects.is_empty() {
                Reach::Nothing
            } else {
                Reach::Projects(projects)
            })
        }
        Principal::Key { id, at, .. } => {
            let Some(key) = tx.key_by_id(id)? else {
                return Ok(Reach::Nothing);
            };
            let Some(home) = tx.node_by_id(key.node_id)? else {
                return Ok(Reach::Nothing);
            };
            if key_out_of_force(&key, &home, *at).is_some()
                || !action.open_to_keys()
                || !action.open_to_key_role(key.role)
            {
                return Ok(Reach::Nothing);
            }
            if action.project_keys_only() && home.is_subproject() {
                return Ok(Reach::Nothing);
            }
            // R39 (tier_below_only) narrows a project key's reach to its subprojects, which
            // Reach cannot express; no list is filtered by such an action, and decide is the
            // rule for single targets.
            Ok(Reach::of_key(&home))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// What a principal may learn exists (R24): a target it does not reach is answered as unknown.

/// The projects and subprojects a principal may know of: those it reaches for reading, and a
/// subproject key's own project (its path names it). Naming anything else, by name, path, id
/// or through a resource or key on it, is answered exactly as naming nothing is: "not found"
/// (exit 3), so that a refusal never tells what exists in a tree it does not reach, as GitHub
/// answers for a private repository. Refused key attempts are still audited.
pub struct Sight {
    reach: Reach,
    own_project: Option<Uuid>,
}

impl Sight {
    pub fn of(tx: &Tx, principal: &Principal) -> Result<Sight> {
        let own_project = match principal {
            Principal::Key { node_id, .. } => tx.node_by_id(*node_id)?.and_then(|n| n.parent_id),
            _ => None,
        };
        let reach = reach(tx, principal, Action::Read)?;
        if reach == Reach::Nothing && matches!(principal, Principal::Key { .. }) {
            // A key out of force (revoked, expired, its tier suspended) reaches nothing: it is
            // refused for that reason (exit 5), whatever it names.
            return Ok(Sight::all());
        }
        Ok(Sight { reach, own_project })
    }

    /// Everything: the operator's sight, and the one of lookups that judge no principal.
    pub fn all() -> Sight {
        Sight {
            reach: Reach::All,
            own_project: None,
        }
    }

    pub fn sees(&self, n: &Node) -> bool {
        self.reach.contains(n) || self.own_project == Some(n.id)
    }
}

/// A "not found" answer for something that exists on `hidden`, out of `principal`'s sight:
/// a key's attempt is audited as refused, as a refusal is (R25); the answer says no more than
/// the one for an unknown name.
pub fn unseen(tx: &Tx, principal: &Principal, not_found: Error, hidden: &Node) -> Result<Error> {
    if !matches!(principal, Principal::Key { .. }) {
        return Ok(not_found);
    }
    let d = decide(tx, principal, Action::Read, Scope::Node(hidden.id))?;
    Ok(match refusal(principal, &d).attempt {
        Some(a) => not_found.attempt(*a),
        None => not_found,
    })
}
