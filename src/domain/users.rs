//! R17-R19: users and the roles granted to them on the account or on a project.

use super::access::{authorize, reach, Action, Principal, Reach, Scope};
use super::hierarchy::resolve_target;
use super::model::{Grant, Role, User};
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
    authorize(tx, &env.principal, Action::BillingManage, Scope::Account)?;
    let email = parse_email(email)?;
    let name = name
        .map(|n| super::names::Name::parse(n, "user name"))
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
    authorize(tx, &env.principal, Action::BillingManage, Scope::Account)?;
    let name = super::names::Name::parse(name, "user name")?;
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
    authorize(tx, &env.principal, Action::Read, Scope::Account)?;
    tx.list_users()
}

/// Remove a user and every grant of theirs.
pub fn remove_user(tx: &Tx, env: &Env, email: &str) -> Result<(User, usize)> {
    authorize(tx, &env.principal, Action::BillingManage, Scope::Account)?;
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

/// Where a grant goes: the account, or a project named by name or id (R18).
fn grant_scope(tx: &Tx, project: Option<&str>) -> Result<(Option<Uuid>, Scope, String)> {
    let Some(reference) = project else {
        return Ok((None, Scope::Account, "the account".to_string()));
    };
    let node = resolve_target(tx, reference)?;
    Ok((Some(node.id), Scope::Node(node.id), node.path()))
}

fn refuse_subproject(tx: &Tx, node: Option<Uuid>) -> Result<()> {
    let Some(id) = node else { return Ok(()) };
    let Some(n) = tx.node_by_id(id)? else {
        return Ok(());
    };
    if n.is_subproject() {
        let parent = n.parent_name.clone().unwrap_or_default();
        return Err(Error::conflict(format!(
            "cannot grant on subproject {}: subprojects have no user management of their own (R18)",
            n.path()
        ))
        .hint(format!(
            "subprojects inherit their parent's user access: grant on the project with --project {parent}"
        )));
    }
    Ok(())
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
    let (node, scope, _) = grant_scope(tx, project)?;
    authorize(tx, &env.principal, Action::GrantManage, scope)?;
    refuse_subproject(tx, node)?;
    let user = resolve_user(tx, email)?;
    let before = tx
        .list_grants(Some(user.id), Some(node))?
        .into_iter()
        .next()
        .map(|g| g.role);
    let grant = |tx: &Tx| -> Result<Grant> {
        tx.list_grants(Some(user.id), Some(node))?
            .into_iter()
            .next()
            .ok_or_else(|| Error::internal("a grant vanished"))
    };
    if before == Some(role) {
        return Ok((grant(tx)?, before));
    }
    tx.upsert_grant(user.id, node, role, env.now())?;
    let g = grant(tx)?;
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
    let (node, scope, label) = grant_scope(tx, project)?;
    authorize(tx, &env.principal, Action::GrantManage, scope)?;
    let user = resolve_user(tx, email)?;
    let Some(g) = tx
        .list_grants(Some(user.id), Some(node))?
        .into_iter()
        .next()
    else {
        return Err(
            Error::not_found(format!("{} has no grant on {label}", user.email)).hint(format!(
                "list their grants with: acctl grant list --user {}",
                user.email
            )),
        );
    };
    tx.delete_grant(user.id, node)?;
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
            let (node, scope, _) = grant_scope(tx, Some(p))?;
            authorize(tx, &env.principal, Action::Read, scope)?;
            Some(node)
        }
        None => None,
    };
    let grants = tx.list_grants(user.map(|u| u.id), scope)?;
    let visible = reach(tx, &env.principal, Action::Read)?;
    Ok(grants
        .into_iter()
        .filter(|g| match (&visible, g.project_id) {
            (Reach::All, _) => true,
            (Reach::Projects(ps), Some(p)) => ps.contains(&p),
            _ => false,
        })
        .collect())
}
