//! R20-R22: API keys on a project or a subproject: issued with a secret shown once, listed,
//! revoked, rotated with a grace period, and expired.

use super::access::{new_key_id, new_secret, reach, secret_hash, Action, Reach, Scope};
use super::clock::RealNow;
use super::hierarchy::{self, require_live};
use super::model::{ApiKey, KeyRole, KeyState, Node};
use super::names::{fold, Name};
use super::Env;
use crate::error::{Error, Kind, Result};
use crate::store::{KeyFilter, Tx};
use std::collections::HashMap;
use uuid::Uuid;

/// A key with the project or subproject it is issued on.
#[derive(Debug, Clone)]
pub struct KeyView {
    pub key: ApiKey,
    pub scope: Node,
}

impl KeyView {
    /// `active`, `revoked` or `expired`, by the real clock (R38).
    pub fn status(&self, real: RealNow) -> &'static str {
        self.key.state(real).as_str()
    }
}

/// A key just issued or rotated, with its secret: the only time the secret exists outside
/// the caller's hands (R22).
pub struct WithSecret {
    pub view: KeyView,
    pub secret: String,
}

fn node_of(tx: &Tx, key: &ApiKey) -> Result<Node> {
    tx.node(key.node_id)
}

/// A key by its public id, as the principal sees the store: a key on a tier it does not reach
/// is answered as a key that does not exist (R24).
pub fn resolve_key_for(tx: &Tx, env: &Env, id: &str) -> Result<KeyView> {
    hierarchy::seen_by(tx, env, |see| {
        let view = resolve_key(tx, id)?;
        match see(view.scope.clone()) {
            Some(_) => Ok(view),
            None => Err(no_such_key(id.trim())),
        }
    })
}

fn no_such_key(id: &str) -> Error {
    Error::not_found(format!("there is no key {id:?}"))
        .hint("keys are named by their public id (ak_…); list them with: acctl key list")
}

/// A key by its public id.
pub fn resolve_key(tx: &Tx, id: &str) -> Result<KeyView> {
    let id = id.trim();
    // A secret given where a key id belongs is never echoed (R22); the id it names is public.
    if id.starts_with(super::access::SECRET_PREFIX) {
        let named = super::access::secret_key_id(id)
            .map(|k| format!(" (its id is {k})"))
            .unwrap_or_default();
        return Err(Error::invalid(format!(
            "a key's secret was given where its id belongs{named}; it is not shown"
        ))
        .hint("name keys by their public id (ak_…); a secret typed on a command line may be kept in shell history, so rotate it"));
    }
    let key = tx.key_by_id(id)?.ok_or_else(|| no_such_key(id))?;
    let scope = node_of(tx, &key)?;
    Ok(KeyView { key, scope })
}

/// What `key issue TARGET` names: a project or subproject. The account (`/`, or its name when
/// no project has it) is refused with R20's reason rather than "not found".
pub fn resolve_target(tx: &Tx, env: &Env, reference: &str) -> Result<Node> {
    let trimmed = reference.trim();
    let names_account = |tx: &Tx| -> Result<bool> {
        Ok(trimmed == "/" || fold(trimmed) == fold(&hierarchy::account(tx)?.name))
    };
    match hierarchy::resolve_target_for(tx, env, trimmed) {
        Err(e) if (e.kind == Kind::NotFound || trimmed == "/") && names_account(tx)? => {
            Err(Error::conflict(
                "keys are issued on a project or a subproject, never on the account (R20)",
            )
            .hint("name a project, or project/subproject"))
        }
        other => other,
    }
}

/// R20: issue a key on a live project or subproject (never on the account).
pub fn issue(
    tx: &Tx,
    env: &Env,
    target: &Node,
    name: Option<&str>,
    expires_in: Option<i64>,
    role: KeyRole,
) -> Result<WithSecret> {
    env.require(tx, Action::KeyManage, Scope::Node(target.id))?;
    require_live(target)?;
    let name = name.map(|n| Name::parse(n, "key")).transpose()?;
    if let Some(n) = &name {
        if let Some(other) = tx.live_key_by_name(target.id, n.as_str())? {
            return Err(Error::conflict(format!(
                "{} {} already has a live key named {:?} ({})",
                target.kind(),
                target.path(),
                n.as_str(),
                other.id
            ))
            .hint(format!("rotate it with: acctl key rotate {}", other.id)));
        }
    }
    if expires_in == Some(0) {
        return Err(Error::invalid("--expires-in must be longer than 0s"));
    }
    super::edits::check_key_quota(tx, target)?;
    let now = env.now();
    let key = ApiKey {
        id: new_key_id()?,
        name: name.map(|n| n.as_str().to_string()),
        node_id: target.id,
        created_at: now,
        expires_at: expires_in
            .map(|s| env.real_now().deadline(s, "--expires-in"))
            .transpose()?,
        revoked_at: None,
        role,
    };
    let secret = new_secret(&key.id)?;
    tx.insert_key(&key)?;
    tx.insert_key_secret(&secret_hash(&secret), &key.id, now)?;
    env.audit_node(
        tx,
        "key.issue",
        target,
        Some(&format!(
            "key {}{} role {}",
            key.id,
            key.name
                .as_deref()
                .map(|n| format!(" {n:?}"))
                .unwrap_or_default(),
            key.role.as_str()
        )),
    )?;
    Ok(WithSecret {
        view: KeyView {
            key,
            scope: target.clone(),
        },
        secret,
    })
}

/// R22: a new secret for the key; the old ones end at once, or after `grace` seconds.
pub fn rotate(tx: &Tx, env: &Env, id: &str, grace: Option<i64>) -> Result<WithSecret> {
    let view = resolve_key_for(tx, env, id)?;
    env.require(tx, Action::KeyManage, Scope::Node(view.scope.id))?;
    let now = env.now();
    let why = match view.key.state(env.real_now()) {
        KeyState::Active => None,
        KeyState::Revoked(_) => Some("is revoked"),
        KeyState::Expired(_) => Some("has expired"),
    };
    if let Some(why) = why {
        return Err(
            Error::conflict(format!("key {} {why} and cannot be rotated", view.key.id)).hint(
                format!(
                    "issue a new key with: acctl key issue {}",
                    view.scope.path()
                ),
            ),
        );
    }
    let grace = grace.unwrap_or(0);
    let ends = env.real_now().deadline(grace, "--grace")?;
    tx.end_key_secrets(&view.key.id, ends)?;
    let secret = new_secret(&view.key.id)?;
    tx.insert_key_secret(&secret_hash(&secret), &view.key.id, now)?;
    env.audit_node(
        tx,
        "key.rotate",
        &view.scope,
        Some(&format!(
            "key {}; old secret ends at {}",
            view.key.id,
            ends.to_rfc3339()
        )),
    )?;
    Ok(WithSecret { view, secret })
}

/// Revoke a key at once (R22). Revoking a revoked key changes nothing: `false`.
pub fn revoke(tx: &Tx, env: &Env, id: &str) -> Result<(KeyView, bool)> {
    let view = resolve_key_for(tx, env, id)?;
    env.require(tx, Action::KeyManage, Scope::Node(view.scope.id))?;
    if let KeyState::Revoked(_) = view.key.state(env.real_now()) {
        return Ok((view, false));
    }
    let now = env.now();
    tx.revoke_key(&view.key.id, now)?;
    tx.end_key_secrets(&view.key.id, now)?;
    env.audit_node(
        tx,
        "key.revoke",
        &view.scope,
        Some(&format!("key {}", view.key.id)),
    )?;
    Ok((resolve_key(tx, &view.key.id)?, true))
}

/// Rename a key: the name must be free among the live keys of its tier. `false`: it already
/// had that name. Whoever may manage the key may rename it.
pub fn rename(tx: &Tx, env: &Env, id: &str, name: &str) -> Result<(KeyView, bool)> {
    let view = resolve_key_for(tx, env, id)?;
    env.require(tx, Action::KeyManage, Scope::Node(view.scope.id))?;
    let name = Name::parse(name, "key")?;
    if view.key.name.as_deref() == Some(name.as_str()) {
        return Ok((view, false));
    }
    if let Some(other) = tx
        .live_key_by_name(view.scope.id, name.as_str())?
        .filter(|o| o.id != view.key.id)
    {
        return Err(Error::conflict(format!(
            "{} {} already has a live key named {:?} ({})",
            view.scope.kind(),
            view.scope.path(),
            name.as_str(),
            other.id
        ))
        .hint("key names are unique among the live keys of a project or subproject"));
    }
    tx.rename_key(&view.key.id, Some(name.as_str()))?;
    env.audit_node(
        tx,
        "key.rename",
        &view.scope,
        Some(&format!(
            "key {} from {} to {:?}",
            view.key.id,
            view.key
                .name
                .as_deref()
                .map_or("no name".to_string(), |n| format!("{n:?}")),
            name.as_str()
        )),
    )?;
    Ok((resolve_key(tx, &view.key.id)?, true))
}

pub fn show(tx: &Tx, env: &Env, id: &str) -> Result<KeyView> {
    let view = resolve_key_for(tx, env, id)?;
    env.require(tx, Action::Read, Scope::Node(view.scope.id))?;
    Ok(view)
}

/// Keys on a target (a project's include its subprojects'), or every key the principal can
/// read; live ones only unless `all`.
pub fn list(tx: &Tx, env: &Env, target: Option<&Node>, all: bool) -> Result<Vec<KeyView>> {
    let (nodes, with_children): (Option<Vec<Uuid>>, bool) = match target {
        Some(t) => {
            env.require(tx, Action::Read, Scope::Node(t.id))?;
            (Some(vec![t.id]), !t.is_subproject())
        }
        None => match reach(tx, &env.principal, Action::Read)? {
            Reach::All => (None, false),
            Reach::Projects(ps) => (Some(ps), true),
            Reach::Subproject(s) => (Some(vec![s]), false),
            Reach::Nothing => (Some(Vec::new()), false),
        },
    };
    // Every key there; the live ones are picked by the domain's one key-state rule (R38).
    let keys = tx.list_keys(&KeyFilter {
        nodes: nodes.as_deref(),
        with_children,
    })?;
    let real = env.real_now();
    let keys = keys.into_iter().filter(|k| all || k.is_active(real));
    let mut nodes: HashMap<Uuid, Node> = HashMap::new();
    let mut out = Vec::new();
    for key in keys {
        let scope = match nodes.get(&key.node_id) {
            Some(n) => n.clone(),
            None => {
                let n = node_of(tx, &key)?;
                nodes.insert(n.id, n.clone());
                n
            }
        };
        out.push(KeyView { key, scope });
    }
    Ok(out)
}
