//! R24: explaining access. `access check` answers with [`super::access::decide`], the very
//! function [`super::access::authorize`] enforces with; `who` and `list` enumerate reach.

use super::access::{decide, key_out_of_force, Action, Decision, Principal, Reach, Scope};
use super::hierarchy::resolve_target_for;
use super::keys::resolve_key_for;
use super::model::{Node, Role};
use super::users::as_user;
use super::Env;
use crate::error::Result;
use crate::store::{KeyFilter, NodeFilter, Tx};
use std::collections::BTreeMap;

/// Whom `access check` and `access list` ask about.
pub enum Subject<'a> {
    User(&'a str),
    Key(&'a str),
}

fn principal_of(tx: &Tx, env: &Env, subject: &Subject) -> Result<Principal> {
    Ok(match subject {
        Subject::User(email) => as_user(tx, email)?,
        Subject::Key(id) => {
            // R24: a key out of the caller's sight is not found, as an unknown one.
            let view = resolve_key_for(tx, env, id)?;
            Principal::Key {
                id: view.key.id,
                node_id: view.scope.id,
                at: env.real_now(),
            }
        }
    })
}

/// The target `access check --on` names: `/` for the account, else a project or subproject.
fn scope_of(tx: &Tx, env: &Env, target: &str) -> Result<(Scope, Option<Node>)> {
    if target.trim() == "/" {
        return Ok((Scope::Account, None));
    }
    // As the caller sees the store (R24): a target out of its sight is not found, exactly as
    // one that does not exist, rather than denied.
    let node = resolve_target_for(tx, env, target)?;
    Ok((Scope::Node(node.id), Some(node)))
}

/// Explaining access is for those who manage access there: the operator, or an admin.
pub fn check(
    tx: &Tx,
    env: &Env,
    subject: &Subject,
    target: &str,
    action: Action,
) -> Result<Decision> {
    let (scope, _) = scope_of(tx, env, target)?;
    env.require(tx, Action::GrantManage, scope)?;
    let principal = principal_of(tx, env, subject)?;
    decide(tx, &principal, action, scope)
}

/// One principal that reaches a target, and through what.
pub struct WhoRow {
    pub principal: String,
    pub kind: &'static str,
    /// A user's role there; `None` for keys.
    pub role: Option<Role>,
    /// The grant or key it comes through.
    pub via: String,
}

/// Every user and key that reaches a target, with the grant or key it comes through.
pub fn who(tx: &Tx, env: &Env, target: &str) -> Result<(String, Vec<WhoRow>)> {
    let (scope, node) = scope_of(tx, env, target)?;
    env.require(tx, Action::GrantManage, scope)?;
    let mut best: BTreeMap<String, (Role, String)> = BTreeMap::new();
    for g in tx.list_grants(None, None)? {
        if !Reach::of_grant(&g).covers(node.as_ref()) {
            continue;
        }
        let via = format!("grant {} on {}", g.role.as_str(), g.scope_label());
        let e = best.entry(g.email.clone()).or_insert((g.role, via.clone()));
        if g.role > e.0 {
            *e = (g.role, via);
        }
    }
    let mut rows: Vec<WhoRow> = best
        .into_iter()
        .map(|(email, (role, via))| WhoRow {
            principal: format!("user:{email}"),
            kind: "user",
            role: Some(role),
            via,
        })
        .collect();
    if let Some(n) = &node {
        // Keys on the target itself and, for a subproject, its project's keys (R20).
        let mut homes = vec![n.clone()];
        homes.extend(n.parent_id.map(|p| tx.node_by_id(p)).transpose()?.flatten());
        for home in homes {
            let ids = [home.id];
            // Every key there, judged by the domain's one key-state rule (R38).
            for key in tx.list_keys(&KeyFilter {
                nodes: Some(&ids),
                with_children: false,
            })? {
                if key_out_of_force(&key, &home, env.real_now()).is_some() {
                    continue;
                }
                rows.push(WhoRow {
                    principal: format!("key:{}", key.id),
                    kind: "key",
                    role: None,
                    via: format!("key on {} {}", home.kind(), home.path()),
                });
            }
        }
    }
    let label = node
        .map(|n| n.path())
        .unwrap_or_else(|| "the account".into());
    Ok((label, rows))
}

/// One target a principal reaches, with what it may do there.
pub struct ReachRow {
    pub target: String,
    pub kind: &'static str,
    pub role: Option<Role>,
    pub via: String,
    pub actions: Vec<Action>,
}

/// Everything a user or key reaches (R24): the account when a grant is on it, then projects
/// and their live subprojects by name, each with the actions allowed there.
pub fn list(tx: &Tx, env: &Env, subject: &Subject) -> Result<(String, Vec<ReachRow>)> {
    env.require(tx, Action::GrantManage, Scope::Account)?;
    let principal = principal_of(tx, env, subject)?;
    let allowed = |scope: Scope| -> Result<Vec<Action>> {
        let mut out = Vec::new();
        for &a in Action::CHECKABLE {
            if decide(tx, &principal, a, scope)?.allowed {
                out.push(a);
            }
        }
        Ok(out)
    };
    // A user's role on a project is the highest of the account's grant and the project's (R18).
    let grants = match &principal {
        Principal::User { id, .. } => tx.list_grants(Some(*id), None)?,
        _ => Vec::new(),
    };
    let role_on = |project: Option<uuid::Uuid>| {
        grants
            .iter()
            .filter(|g| g.project_id.is_none() || g.project_id == project)
            .max_by_key(|g| (g.role, g.project_id.is_some()))
            .map(|g| {
                (
                    g.role,
                    format!("grant {} on {}", g.role.as_str(), g.scope_label()),
                )
            })
    };
    let key_home = match &principal {
        Principal::Key { node_id, .. } => tx.node_by_id(*node_id)?,
        _ => None,
    };
    // A project's or subproject's row: what it may do there, with the role and through what.
    let node_row = |n: &Node, actions: Vec<Action>| {
        let (role, via) = match &key_home {
            Some(h) => (None, format!("key on {} {}", h.kind(), h.path())),
            None => match role_on(Some(n.parent_id.unwrap_or(n.id))) {
                Some((role, via)) => (Some(role), via),
                None => (None, String::new()),
            },
        };
        ReachRow {
            target: n.path(),
            kind: n.kind(),
            role,
            via,
            actions,
        }
    };
    let mut rows = Vec::new();
    let account_actions = allowed(Scope::Account)?;
    if !account_actions.is_empty() {
        let (role, via) = role_on(None).map_or((None, String::new()), |(r, v)| (Some(r), v));
        rows.push(ReachRow {
            target: "/".into(),
            kind: "account",
            role,
            via,
            actions: account_actions,
        });
    }
    let projects = tx.list_nodes(&NodeFilter {
        parent: Some(None),
        ..NodeFilter::default()
    })?;
    for p in projects {
        let project_actions = allowed(Scope::Node(p.id))?;
        let holds_key_below = key_home.as_ref().is_some_and(|h| h.parent_id == Some(p.id));
        if project_actions.is_empty() && !holds_key_below {
            continue;
        }
        if !project_actions.is_empty() {
            rows.push(node_row(&p, project_actions));
        }
        for s in tx.list_nodes(&NodeFilter {
            parent: Some(Some(p.id)),
            ..NodeFilter::default()
        })? {
            let actions = allowed(Scope::Node(s.id))?;
            if !actions.is_empty() {
                rows.push(node_row(&s, actions));
            }
        }
    }
    Ok((principal.audit_name(), rows))
}
