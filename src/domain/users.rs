//! R17-R19: users and the roles granted to them on the account or on a project.

use super::access::{reach, Action, Principal, Reach, Scope};
use super::hierarchy::resolve_target_for;
use super::model::{Grant, Node, Role, User};
use super::names::fold;
use super::Env;
use crate::error::{Error, Result};
use crate::store::Tx;
use uuid::Uuid;

/// An email address as users are named: one `@` between a non-empty local part and domain, no
/// spaces or control characters, at most 254 characters. Compared without regard to case.
pub fn parse_email(raw: &str) -> Result<String> {
    let email = raw.trim();
    let bad = |why: &str| {
        Err(
            Error::invalid(format!("{raw:?} is not an email address: {why}"))
                .hint("write it like alice@example.com"),
        )
    };
    if email.is_empty() {
        return bad("it is empty");
    }
    if email.chars().count() > 254 {
        return bad("it is longer than 254 characters");
    }
    if email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return bad("it holds spaces or control characters");
    }
    match email.rsplit_once('@') {
        Some((local, domain))
            if !local.is_empty() && !domain.is_empty() && !local.contains('@') =>
        {
            Ok(email.to_string())
        }
        _ => bad("it needs one @ between a name and a domain"),
    }
}

/// A user by email, without regard to case.
pub fn resolve_user(tx: &Tx, email: &str) -> Result<User> {
    let email = parse_email(email)?;
    tx.user_by_email_key(&fold(&email))?.ok_or_else(|| {
        Error::not_found(format!("there is no user {email}"))
            .hint("add one with: acctl user add EMAIL")
    })
}

/// The principal `--as EMAIL` acts as (R17).
pub fn as_user(tx: &Tx, email: &str) -> Result<Principal> {
    let user = resolve_user(tx, email)?;
    Ok(Principal::User {
        id: user.id,
        email: user.email,
    })
}

/// Only an admin on the account manages users (R19).
pub fn add_user(tx: &Tx, env: &Env, email: &str, name: Option<&str>) -> Result<User> {
    env.require(tx, Action::BillingManage, Scope::Account)?;
    let email = parse_email(email)?;
    let name = name
        .map(|n| super::names::Name::parse(n, "user"))
        .transpose()?;
    if let Some(existing) = tx.user_by_email_key(&fold(&email))? {
        return Err(
            Error::conflict(format!("the user {} already exists", existing.email))
                .hint("emails are compared without regard to case"),
        );
    }
    let user = User {
        id: Uuid::new_v4(),
        email: email.clone(),
        name: name.map(|n| n.as_str().to_string()),
        created_at: env.now(),
    };
    tx.insert_user(&user, &fold(&email))?;
    env.audit(tx, "user.add", &email, None)?;
    Ok(user)
}

/// Change a user's display name (an admin on the account, as for adding users).
pub fn set_user_name(tx: &Tx, env: &Env, user: &User, name: &str) -> Result<User> {
    env.require(tx, Action::BillingManage, Scope::Account)?;
    let name = super::names::Name::parse(name, "user")?;
    if user.name.as_deref() != Some(name.as_str()) {
        tx.set_user_name(user.id, Some(name.as_str()))?;
        env.audit(
            tx,
            "user.update",
            &user.email,
            Some(&format!("name {:?}", name.as_str())),
        )?;
    }
    tx.user_by_id(user.id)?
        .ok_or_else(|| Error::internal("a user vanished"))
}

pub fn list_users(tx: &Tx, env: &Env) -> Result<Vec<User>> {
    env.require(tx, Action::Read, Scope::Account)?;
    tx.list_users()
}

/// Remove a user and every grant of theirs.
pub fn remove_user(tx: &Tx, env: &Env, email: &str) -> Result<(User, usize)> {
    env.require(tx, Action::BillingManage, Scope::Account)?;
    let user = resolve_user(tx, email)?;
    let grants = tx.list_grants(Some(user.id), None)?.len();
    tx.delete_user(user.id)?;
    env.audit(
        tx,
        "user.remove",
        &user.email,
        Some(&format!("{grants} grant(s) removed")),
    )?;
    Ok((user, grants))
}

/// Where a grant goes: the account (`None`), or a project named by name or id (R18).
struct GrantScope {
    node: Option<Node>,
}

impl GrantScope {
    fn resolve(tx: &Tx, env: &Env, project: Option<&str>) -> Result<GrantScope> {
        let node = project
            .map(|p| resolve_target_for(tx, env, p))
            .transpose()?;
        Ok(GrantScope { node })
    }
    fn id(&self) -> Option<Uuid> {
        self.node.as_ref().map(|n| n.id)
    }
    fn scope(&self) -> Scope {
        self.node
            .as_ref()
            .map_or(Scope::Account, |n| Scope::Node(n.id))
    }
    fn label(&self) -> String {
        self.node
            .as_ref()
            .map_or_else(|| "the account".to_string(), |n| n.path())
    }
    /// R18: never on a subproject, which inherits its project's user access.
    fn refuse_subproject(&self) -> Result<()> {
        match &self.node {
            Some(n) if n.is_subproject() => Err(Error::conflict(format!(
                "cannot grant on subproject {}: subprojects have no user management of their own (R18)",
                n.path()
            ))
            .hint(format!(
                "subprojects inherit their parent's user access: grant on the project with --project {}",
                n.parent_name.as_deref().unwrap_or_default()
            ))),
            _ => Ok(()),
        }
    }
}

/// R18: give a role on the account or a project, replacing the role the user had there.
pub fn add_grant(
    tx: &Tx,
    env: &Env,
    email: &str,
    role: &str,
    project: Option<&str>,
) -> Result<(Grant, Option<Role>)> {
    let role = Role::parse(role).ok_or_else(|| {
        Error::invalid(format!("there is no role {:?}", role.trim()))
            .hint("roles: viewer, developer, admin")
    })?;
    let at = GrantScope::resolve(tx, env, project)?;
    env.require(tx, Action::GrantManage, at.scope())?;
    at.refuse_subproject()?;
    let user = resolve_user(tx, email)?;
    let before = tx.grant_of(user.id, at.id())?.map(|g| g.role);
    if before != Some(role) {
        tx.upsert_grant(user.id, at.id(), role, env.now())?;
    }
    let g = tx
        .grant_of(user.id, at.id())?
        .ok_or_else(|| Error::internal("a grant vanished"))?;
    if before == Some(role) {
        return Ok((g, before));
    }
    env.audit(
        tx,
        "grant.add",
        &user.email,
        Some(&format!(
            "{} on {}{}",
            role.as_str(),
            g.scope_label(),
            before
                .map(|b| format!(" (was {})", b.as_str()))
                .unwrap_or_default()
        )),
    )?;
    Ok((g, before))
}

/// Take back the grant a user has on the account or a project.
pub fn revoke_grant(tx: &Tx, env: &Env, email: &str, project: Option<&str>) -> Result<Grant> {
    let at = GrantScope::resolve(tx, env, project)?;
    env.require(tx, Action::GrantManage, at.scope())?;
    let user = resolve_user(tx, email)?;
    let Some(g) = tx.grant_of(user.id, at.id())? else {
        return Err(
            Error::not_found(format!("{} has no grant on {}", user.email, at.label())).hint(
                format!(
                    "list their grants with: acctl grant list --user {}",
                    user.email
                ),
            ),
        );
    };
    tx.delete_grant(user.id, at.id())?;
    env.audit(
        tx,
        "grant.revoke",
        &user.email,
        Some(&format!("{} on {}", g.role.as_str(), g.scope_label())),
    )?;
    Ok(g)
}

/// Grants, of one user and/or on one scope, limited to the scopes the principal can read.
pub fn list_grants(
    tx: &Tx,
    env: &Env,
    email: Option<&str>,
    project: Option<&str>,
) -> Result<Vec<Grant>> {
    let user = email.map(|e| resolve_user(tx, e)).transpose()?;
    let scope = match project {
        Some(p) => {
            let at = GrantScope::resolve(tx, env, Some(p))?;
            env.require(tx, Action::Read, at.scope())?;
            Some(at.id())
        }
        None => None,
    };
    let grants = tx.list_grants(user.map(|u| u.id), scope)?;
    let visible = reach(tx, &env.principal, Action::Read)?;
    Ok(grants
        .into_iter()
        .filter(|g| match g.project_id {
            Some(p) => visible.reaches(p, None),
            None => visible == Reach::All,
        })
        .collect())
}
