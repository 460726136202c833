//! R17-R24: who may do what, and why. Every command asks [`authorize`] before it reads or
//! changes a target; `access check` asks [`decide`], the same function, for its answer, so the
//! explanation and the enforcement cannot disagree.

use super::clock::RealNow;
use super::model::{secret_ended, ApiKey, Grant, KeyRole, KeyState, Node, Role, Status};
use crate::error::{Error, RefusedAttempt, Result};
use crate::store::Tx;
use sha2::{Digest, Sha256};
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
    /// The actions `access check` takes, as CLI.md names them.
    pub const CHECKABLE: [Action; 7] = [
        Action::Read,
        Action::ResourceManage,
        Action::UsageRecord,
        Action::KeyManage,
        Action::SubprojectManage,
        Action::GrantManage,
        Action::BillingManage,
    ];

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

    /// Parse an action name of CLI.md's table.
    pub fn parse(s: &str) -> Result<Action> {
        let wanted = s.trim();
        Action::CHECKABLE
            .into_iter()
            .chain([
                Action::ProjectDelete,
                Action::AccountManage,
                Action::ResourceTransfer,
            ])
            .find(|a| a.name().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| {
                Error::invalid(format!("there is no action {wanted:?}")).hint(format!(
                    "actions: {}",
                    Action::CHECKABLE.map(|a| a.name()).join(", ")
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
            Action::AccountManage => {
                "the account (its name, its projects and quotas) is managed by users"
            }
            Action::GrantManage => "grants are managed by users",
            Action::ResourceTransfer => "keys never move resources across projects (R37)",
            _ => "billing accounts, users and grants are managed by users",
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
    let home = tx
        .node_by_id(key.node_id)?
        .ok_or_else(|| Error::internal(format!("key {id} sits on a missing node")))?;
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
        d.reason = format!(
            "key {id} has the role {} (R35), which {}; {} needs a full key",
            key.role.as_str(),
            match key.role {
                KeyRole::Usage => "only records usage and reads",
                _ => "only reads",
            },
            d.action.name()
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

// ---------------------------------------------------------------------------------------------
// Key secrets (R21, R22): `acctl_sk_<key id>_<64 hex digits>`, kept only as a SHA-256 hash.

/// The fixed prefix of every secret, so that secret scanners recognise leaked ones.
pub const SECRET_PREFIX: &str = "acctl_sk_";
/// The prefix of every key's public id.
pub const KEY_ID_PREFIX: &str = "ak_";

/// A new random public key id: `ak_` and 16 hex digits.
pub fn new_key_id() -> Result<String> {
    Ok(format!("{KEY_ID_PREFIX}{}", random_hex::<8>()?))
}

/// A new secret for key `id`: the prefix, the id, and 256 random bits.
pub fn new_secret(id: &str) -> Result<String> {
    Ok(format!("{SECRET_PREFIX}{id}_{}", random_hex::<32>()?))
}

fn random_hex<const N: usize>() -> Result<String> {
    let mut buf = [0u8; N];
    getrandom::fill(&mut buf)
        .map_err(|e| Error::internal(format!("the system's random source failed: {e}")))?;
    Ok(crate::store::hex(&buf))
}

/// The SHA-256 hash of a secret, as the store keeps it.
pub fn secret_hash(secret: &str) -> Vec<u8> {
    Sha256::digest(secret.as_bytes()).to_vec()
}

/// The key id a well-formed secret names, or `None` when the secret is malformed.
pub fn secret_key_id(secret: &str) -> Option<&str> {
    let rest = secret.strip_prefix(SECRET_PREFIX)?;
    let (id, random) = rest.rsplit_once('_')?;
    let digits = id.strip_prefix(KEY_ID_PREFIX)?;
    let hex = |s: &str, n: usize| {
        s.len() == n
            && s.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    (hex(digits, 16) && hex(random, 64)).then_some(id)
}

/// R21, R22: authenticate a secret with one indexed lookup of its hash, refusing a malformed,
/// unknown, ended, revoked or expired one (exit 5; the refusal is audited). `at` is the real
/// time: `ACCTL_NOW` never decides whether a key may act (R38).
pub fn authenticate(tx: &Tx, secret: &str, at: RealNow) -> Result<Principal> {
    let secret = secret.trim();
    let refuse = |id: &str, reason: String| {
        Error::denied(format!("the API key was refused: {reason}"))
            .hint("check ACCTL_KEY or --key-file; list live keys with: acctl key list")
            .attempt(RefusedAttempt {
                actor: format!("key:{id}"),
                action: "authenticate".to_string(),
                target: "-".to_string(),
                target_id: None,
                reason,
            })
    };
    if secret.is_empty() {
        // R39: a key that is set but empty is a malformed key, never "no key".
        return Err(refuse(
            "malformed",
            "it is empty (ACCTL_KEY or the key file is set but holds no secret)".to_string(),
        ));
    }
    let Some(id) = secret_key_id(secret) else {
        return Err(refuse(
            "malformed",
            format!("it is not an acctl key secret (they look like {SECRET_PREFIX}ak_…)"),
        ));
    };
    let Some((key_id, ends)) = tx.key_secret(&secret_hash(secret))? else {
        return Err(refuse(id, format!("key {id} has no such secret")));
    };
    if key_id != id {
        return Err(refuse(id, format!("key {id} has no such secret")));
    }
    let key = tx
        .key_by_id(id)?
        .ok_or_else(|| refuse(id, format!("there is no key {id}")))?;
    let home = tx
        .node_by_id(key.node_id)?
        .ok_or_else(|| Error::internal(format!("key {id} sits on a missing node")))?;
    if let Some(why) = key_out_of_force(&key, &home, at) {
        return Err(refuse(id, why));
    }
    if let Some(t) = secret_ended(ends, at) {
        return Err(refuse(
            id,
            format!(
                "this secret of key {id} was rotated and ended at {}",
                t.to_rfc3339()
            ),
        ));
    }
    Ok(Principal::Key {
        id: key.id,
        node_id: key.node_id,
        at,
    })
}
