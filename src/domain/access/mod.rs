//! R17-R24: who may do what, and why. Every command asks [`authorize`] before it reads or
//! changes a target; `access check` asks [`decide`], the same function, for its answer, so the
//! explanation and the enforcement cannot disagree.

mod reach;
mod secrets;

pub use reach::*;
pub use secrets::*;

use super::clock::RealNow;
use super::model::{ApiKey, Grant, KeyRole, KeyState, Node, Role, Status};
use crate::error::{Error, RefusedAttempt, Result};
use crate::store::Tx;
use uuid::Uuid;

/// Who acts on the store (R17).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Principal {
    /// The owner of the store file, running acctl with no credentials: may do everything.
    Operator,
    /// A user, as the operator runs commands with `--as EMAIL`.
    User { id: Uuid, email: String },
    /// An API key, authenticated by its secret; `at` is the real time of the command, by
    /// which the key is judged (never `ACCTL_NOW`, R38).
    Key {
        id: String,
        node_id: Uuid,
        at: RealNow,
    },
}

impl Principal {
    /// How the principal is named in the audit log and in answers: `operator`,
    /// `user:EMAIL`, `key:ID`.
    pub fn audit_name(&self) -> String {
        match self {
            Principal::Operator => "operator".to_string(),
            Principal::User { email, .. } => format!("user:{email}"),
            Principal::Key { id, .. } => format!("key:{id}"),
        }
    }

    /// How the principal is named in messages: `the operator`, `user alice@x`, `key ak_…`.
    pub fn label(&self) -> String {
        match self {
            Principal::Operator => "the operator".to_string(),
            Principal::User { email, .. } => format!("user {email}"),
            Principal::Key { id, .. } => format!("key {id}"),
        }
    }

    pub fn is_operator(&self) -> bool {
        matches!(self, Principal::Operator)
    }
}

/// The actions of CLI.md's `access check` table, each governing a set of commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Read,
    ResourceManage,
    UsageRecord,
    KeyManage,
    SubprojectManage,
    GrantManage,
    BillingManage,
    /// Deleting a project: the operator's alone (R16, R19).
    ProjectDelete,
    /// Creating projects, renaming the account: an admin on the account.
    AccountManage,
    /// Moving a resource to another project's tree (R37): the operator, or an admin on both
    /// projects; never a key.
    ResourceTransfer,
}

impl Action {
    pub fn name(self) -> &'static str {
        match self {
            Action::Read => "read",
            Action::ResourceManage => "resource.manage",
            Action::UsageRecord => "usage.record",
            Action::KeyManage => "key.manage",
            Action::SubprojectManage => "subproject.manage",
            Action::GrantManage => "grant.manage",
            Action::BillingManage => "billing.manage",
            Action::ProjectDelete => "project.delete",
            Action::AccountManage => "account.manage",
            Action::ResourceTransfer => "resource.transfer",
        }
    }

    /// Every action `access check --action` takes: CLI.md's table, then those only the
    /// operator or an account admin performs, which refusals name in their hints too.
    pub const ALL: [Action; 10] = [
        Action::Read,
        Action::ResourceManage,
        Action::UsageRecord,
        Action::KeyManage,
        Action::SubprojectManage,
        Action::GrantManage,
        Action::BillingManage,
        Action::ProjectDelete,
        Action::AccountManage,
        Action::ResourceTransfer,
    ];

    /// The actions of CLI.md's table (the first of [`Action::ALL`]), which `access list`
    /// reports for each place.
    pub const CHECKABLE: &'static [Action] = Action::ALL.split_at(7).0;

    /// Parse an action's name.
    pub fn parse(s: &str) -> Result<Action> {
        let wanted = s.trim();
        Action::ALL
            .into_iter()
            .find(|a| a.name().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| {
                Error::invalid(format!("there is no action {wanted:?}")).hint(format!(
                    "actions: {}",
                    Action::ALL.map(|a| a.name()).join(", ")
                ))
            })
    }

    /// The least role a user needs for this action (R19); `None`: no user may do it.
    fn role_needed(self) -> Option<Role> {
        match self {
            Action::Read => Some(Role::Viewer),
            Action::ResourceManage
            | Action::UsageRecord
            | Action::KeyManage
            | Action::SubprojectManage => Some(Role::Developer),
            Action::GrantManage
            | Action::BillingManage
            | Action::AccountManage
            | Action::ResourceTransfer => Some(Role::Admin),
            Action::ProjectDelete => None,
        }
    }

    /// Whether an API key may ever do this (R21).
    fn open_to_keys(self) -> bool {
        matches!(
            self,
            Action::Read
                | Action::ResourceManage
                | Action::UsageRecord
                | Action::KeyManage
                | Action::SubprojectManage
        )
    }

    /// Whether only a project key (not a subproject key) may do this (R21).
    fn project_keys_only(self) -> bool {
        matches!(self, Action::KeyManage | Action::SubprojectManage)
    }

    /// Whether a key may do this only below its own tier (R39): a project key manages its
    /// subprojects' keys, never keys on the project itself (nor, by R20, above it).
    fn tier_below_only(self) -> bool {
        matches!(self, Action::KeyManage)
    }

    /// Whether a key of `role` may do this within its scope (R35).
    fn open_to_key_role(self, role: KeyRole) -> bool {
        match role {
            KeyRole::Full => true,
            KeyRole::Usage => matches!(self, Action::Read | Action::UsageRecord),
            KeyRole::Read => matches!(self, Action::Read),
        }
    }

    /// Why no key may ever do this (R21), in the action's own terms.
    fn closed_to_keys_reason(self) -> &'static str {
        match self {
            Action::ProjectDelete => "deleting a project is the operator's alone (R16)",
            Action::AccountManage => "the account (its name and its projects) is managed by users",
            Action::GrantManage => "grants are managed by users",
            Action::ResourceTransfer => "keys never move resources across projects (R37)",
            _ => "billing (accounts, reversals, transfers, quotas) and users are managed by users",
        }
    }
}

/// What an action is aimed at: the account as a whole or one project or subproject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Account,
    Node(Uuid),
}

/// The answer to "may this principal do that, and why" (R24).
#[derive(Debug, Clone)]
pub struct Decision {
    pub allowed: bool,
    pub principal: String,
    pub action: Action,
    /// The target, as a path (`prod/acme`) or `the account`.
    pub target: String,
    /// The target's id, when it is a project or subproject.
    pub target_id: Option<Uuid>,
    pub reason: String,
    /// The steps from the grant or key to the target; empty when nothing reaches it.
    pub path: Vec<String>,
}

/// Allow or refuse `action` on `scope` for `principal`. A refusal is exit 5; a key's refusal
/// carries what the audit log must record (R20, R25).
pub fn authorize(tx: &Tx, principal: &Principal, action: Action, scope: Scope) -> Result<()> {
    if principal.is_operator() {
        return Ok(()); // R17: the operator may do everything; no lookup needed.
    }
    let d = decide(tx, principal, action, scope)?;
    if d.allowed {
        return Ok(());
    }
    Err(refusal(principal, &d))
}

/// The error of a refused decision.
fn refusal(principal: &Principal, d: &Decision) -> Error {
    let (flag, value) = match principal {
        Principal::User { email, .. } => ("--user", email.clone()),
        Principal::Key { id, .. } => ("--key", id.clone()),
        Principal::Operator => ("", String::new()),
    };
    let on = if d.target == "the account" {
        "/".to_string()
    } else {
        d.target.clone()
    };
    let e = Error::denied(format!(
        "{} may not {} on {}: {}",
        principal.label(),
        d.action.name(),
        d.target,
        d.reason
    ))
    .hint(format!(
        "see why with: acctl access check {flag} {value} --on {on} --action {}",
        d.action.name()
    ));
    match principal {
        Principal::Key { .. } => e.attempt(RefusedAttempt {
            actor: principal.audit_name(),
            action: d.action.name().to_string(),
            target: d.target.clone(),
            target_id: d.target_id,
            reason: d.reason.clone(),
        }),
        _ => e,
    }
}

/// Decide whether `principal` may do `action` on `scope`, with the reason and the path.
pub fn decide(tx: &Tx, principal: &Principal, action: Action, scope: Scope) -> Result<Decision> {
    let target_node = match scope {
        Scope::Account => None,
        Scope::Node(id) => Some(tx.node_by_id(id)?.ok_or_else(|| {
            Error::not_found(format!("no project or subproject has the id {id}"))
        })?),
    };
    let target = match &target_node {
        Some(n) => n.path(),
        None => "the account".to_string(),
    };
    let mut d = Decision {
        allowed: false,
        principal: principal.audit_name(),
        action,
        target_id: target_node.as_ref().map(|n| n.id),
        target,
        reason: String::new(),
        path: Vec::new(),
    };
    match principal {
        Principal::Operator => {
            d.allowed = true;
            d.reason = "the operator may do everything (R17)".into();
            d.path = vec!["operator".into(), d.target.clone()];
        }
        Principal::User { id, email } => decide_user(tx, *id, email, target_node.as_ref(), &mut d)?,
        Principal::Key { id, at, .. } => decide_key(tx, id, *at, target_node.as_ref(), &mut d)?,
    }
    Ok(d)
}

/// The step that names a node in a path: `project prod` or `subproject prod/acme`.
fn step(n: &Node) -> String {
    format!("{} {}", n.kind(), n.path())
}

/// R18, R19: the highest role among the grants that reach the target.
fn decide_user(
    tx: &Tx,
    user: Uuid,
    email: &str,
    target: Option<&Node>,
    d: &mut Decision,
) -> Result<()> {
    let Some(needed) = d.action.role_needed() else {
        d.reason = "deleting a project is the operator's alone (R16)".into();
        return Ok(());
    };
    // Billing accounts, users and the account itself are managed from the account (R19).
    let grants: Vec<Grant> = tx
        .list_grants(Some(user), None)?
        .into_iter()
        .filter(|g| Reach::of_grant(g).covers(target))
        .collect();
    let best = grants
        .iter()
        .max_by_key(|g| (g.role, g.project_id.is_some()))
        .cloned();
    let Some(best) = best else {
        d.reason = match target {
            Some(n) => format!(
                "no grant of {email} reaches {} (grants on the account or on project {} would)",
                n.path(),
                n.parent_name.as_deref().unwrap_or(&n.name)
            ),
            None => format!("{email} has no grant on the account"),
        };
        return Ok(());
    };
    let mut path = vec![
        format!("user {email}"),
        format!("grant {} on {}", best.role.as_str(), best.scope_label()),
    ];
    let direct = target.is_some_and(|n| best.project_id == Some(n.id));
    if let Some(n) = target {
        if let (Some(parent), None) = (&n.parent_name, best.project_id) {
            path.push(format!("project {parent}"));
        }
        if !direct {
            path.push(step(n));
        }
    }
    d.path = path;
    if best.role >= needed {
        d.allowed = true;
        d.reason = match target {
            Some(n) if !direct => format!(
                "{email} is {} on {}, which reaches {}",
                best.role.as_str(),
                best.scope_label(),
                step(n)
            ),
            _ => format!(
                "{email} is {} on {}",
                best.role.as_str(),
                best.scope_label()
            ),
        };
    } else {
        d.reason = format!(
            "{email}'s role there is {} (on {}); {} needs {}",
            best.role.as_str(),
            best.scope_label(),
            d.action.name(),
            needed.as_str()
        );
    }
    Ok(())
}

/// Why a key cannot act at the real time `at` at all (revoked, expired, its tier deleted or
/// suspended), or `None` when it is in force (R14, R15, R22, R38).
pub fn key_out_of_force(key: &ApiKey, node: &Node, at: RealNow) -> Option<String> {
    match key.state(at) {
        KeyState::Revoked(t) => {
            return Some(format!("key {} was revoked at {}", key.id, t.to_rfc3339()))
        }
        KeyState::Expired(t) => {
            return Some(format!("key {} expired at {}", key.id, t.to_rfc3339()))
        }
        KeyState::Active => {}
    }
    match node.status {
        Status::Deleted => Some(format!(
            "key {}'s {} {} is deleted",
            key.id,
            node.kind(),
            node.path()
        )),
        Status::Suspended => Some(format!(
            "key {}'s subproject {} is suspended (R14)",
            key.id,
            node.path()
        )),
        Status::Active => None,
    }
}

/// R20, R21: a key reaches its own tier and, for a project key, the project's subprojects.
fn decide_key(
    tx: &Tx,
    id: &str,
    at: RealNow,
    target: Option<&Node>,
    d: &mut Decision,
) -> Result<()> {
    let Some(key) = tx.key_by_id(id)? else {
        d.reason = format!("there is no key {id}");
        return Ok(());
    };
    let home = tx.node(key.node_id)?;
    if let Some(why) = key_out_of_force(&key, &home, at) {
        d.reason = why;
        return Ok(());
    }
    let key_step = format!("key {id} on {}", step(&home));
    if !d.action.open_to_keys() {
        d.reason = format!(
            "no key may {} (R21): {}",
            d.action.name(),
            d.action.closed_to_keys_reason()
        );
        return Ok(());
    }
    let Some(t) = target else {
        d.reason =
            "a key never reaches the account, only its own project or subproject (R20)".to_string();
        return Ok(());
    };
    if !Reach::of_key(&home).contains(t) {
        d.reason = if home.is_subproject() && Some(t.id) == home.parent_id {
            format!(
                "a subproject key reaches its subproject {} alone, never its parent project (R20)",
                home.path()
            )
        } else if home.is_subproject() && t.parent_id == home.parent_id {
            format!(
                "a subproject key reaches its subproject {} alone, never a sibling (R20)",
                home.path()
            )
        } else {
            format!(
                "the key's scope is {} {}; {} is outside it (R20)",
                home.kind(),
                home.path(),
                t.path()
            )
        };
        return Ok(());
    }
    if !d.action.open_to_key_role(key.role) {
        // The roles that may, named from the same table that decides it.
        let roles: Vec<&str> = [KeyRole::Usage, KeyRole::Full]
            .into_iter()
            .filter(|r| d.action.open_to_key_role(*r))
            .map(|r| r.as_str())
            .collect();
        d.reason = format!(
            "key {id} has the role {} (R35), which {}; {} needs a {} key",
            key.role.as_str(),
            match key.role {
                KeyRole::Usage => "only records usage and reads",
                _ => "only reads",
            },
            d.action.name(),
            roles.join(" or ")
        );
        return Ok(());
    }
    if d.action.project_keys_only() && home.is_subproject() {
        d.reason = format!(
            "only a project key may {} (R21); key {id} is a subproject key",
            d.action.name()
        );
        return Ok(());
    }
    if d.action.tier_below_only() && t.id == home.id {
        // R39: a leaked key must not mint a replacement that survives its own revocation.
        d.reason = format!(
            "a key manages only the keys of the tier below it: key {id} is on {} {}, so keys \
             there are managed by a user or the operator",
            home.kind(),
            home.path()
        );
        return Ok(());
    }
    d.allowed = true;
    d.path = vec![key_step];
    let role = key.role.as_str();
    if t.id != home.id {
        d.path.push(step(t));
        d.reason = format!(
            "key {id} (role {role}) is issued on project {}, which reaches its subproject {}",
            home.path(),
            t.path()
        );
    } else {
        d.reason = format!("key {id} (role {role}) is issued on {}", step(&home));
    }
    Ok(())
}
