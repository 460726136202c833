//! Checking a manifest on its own, before the store is opened: malformed values are exit 2.

use super::*;
use crate::domain::edits;
use crate::domain::hierarchy;
use crate::domain::model::{BillingKind, KeyRole, Node, Role};
use crate::domain::money::{Amount, Currency};
use crate::domain::names::{fold, parse_external_id, Name};
use crate::domain::resources::ResourceKind;
use crate::domain::users;
use crate::domain::Env;
use crate::error::Result;
use crate::manifest::{BillingSpec, GrantSpec, KeySpec, LabelList, Loc, Manifest, ResourceSpec};
use crate::store::Tx;
use std::collections::HashSet;

/// Check every value of a manifest and refuse what it gives twice, naming the place in the
/// file. Nothing here reads the store.
pub fn validate(m: &Manifest) -> Result<()> {
    if let Some(a) = &m.account {
        Name::parse(&a.name, "account").map_err(|e| at(&a.loc, e))?;
    }
    let mut seen = HashSet::new();
    let mut default: Option<&BillingSpec> = None;
    for b in &m.billing_accounts {
        let name = Name::parse(&b.name, "billing account").map_err(|e| at(&b.loc, e))?;
        twice(&mut seen, name.key(), &b.loc, "billing account", &b.name)?;
        kind_of(b)?;
        Currency::parse(&b.currency).map_err(|e| at(&b.currency_loc, e))?;
        if b.default {
            if let Some(first) = default {
                return Err(b.loc.error(format!(
                    "billing accounts {:?} and {:?} are both marked default; one is",
                    first.name, b.name
                )));
            }
            default = Some(b);
        }
    }
    let mut seen = HashSet::new();
    for u in &m.users {
        let email = users::parse_email(&u.email).map_err(|e| at(&u.loc, e))?;
        twice(&mut seen, fold(&email), &u.loc, "user", &email)?;
        if let Some(n) = &u.name {
            Name::parse(n, "user").map_err(|e| at(&u.loc, e))?;
        }
        let mut scopes = HashSet::new();
        for g in &u.grants {
            role_of(g)?;
            let scope = g
                .project
                .as_deref()
                .map_or(String::new(), |p| fold(p.trim()));
            if !scopes.insert(scope) {
                return Err(g.loc.error(format!(
                    "user {email} has two grants on {}; a user has one role per scope",
                    g.project.as_deref().unwrap_or("the account")
                )));
            }
        }
    }
    let mut projects = HashSet::new();
    let mut resources = HashSet::new();
    for p in &m.projects {
        let name = Name::parse(&p.name, "project").map_err(|e| at(&p.loc, e))?;
        twice(&mut projects, name.key(), &p.loc, "project", &p.name)?;
        hierarchy::check_labels(&p.labels.to_map()).map_err(|e| at(&p.loc, e))?;
        check_removals(&p.labels, &p.remove_labels, &p.loc)?;
        check_items(&p.resources, &p.keys, &mut resources)?;
        let (mut names, mut externals) = (HashSet::new(), HashSet::new());
        for s in &p.subprojects {
            let n = Name::parse(&s.name, "subproject").map_err(|e| at(&s.loc, e))?;
            twice(
                &mut names,
                n.key(),
                &s.loc,
                "subproject",
                &format!("{}/{}", p.name, s.name),
            )?;
            if let Some(x) = &s.external_id {
                let x = parse_external_id(x).map_err(|e| at(&s.loc, e))?;
                if !externals.insert(x.clone()) {
                    return Err(s
                        .loc
                        .error(format!(
                            "project {:?} has two subprojects with external id {x:?}",
                            p.name
                        ))
                        .hint("external ids are unique within a project"));
                }
            }
            if let Some((raw, loc)) = &s.credit_limit {
                Amount::parse_non_negative(raw, "a credit limit").map_err(|e| at(loc, e))?;
            }
            hierarchy::check_labels(&s.labels.to_map()).map_err(|e| at(&s.loc, e))?;
            check_removals(&s.labels, &s.remove_labels, &s.loc)?;
            check_items(&s.resources, &s.keys, &mut resources)?;
        }
    }
    Ok(())
}

/// R33: `remove_labels` names valid keys, none of them also set by `labels`.
pub(super) fn check_removals(labels: &LabelList, remove: &[String], loc: &Loc) -> Result<()> {
    for k in remove {
        let key = edits::parse_label_key(k).map_err(|e| at(loc, e))?;
        if labels.contains_key(&key) {
            return Err(loc.error(format!(
                "label {key:?} is both in labels and in remove_labels"
            )));
        }
    }
    Ok(())
}

/// R34: protect or unprotect as the manifest says, adding the change to `fields`.
pub(super) fn protection(
    tx: &Tx,
    env: &Env,
    n: Node,
    wanted: Option<bool>,
    loc: &Loc,
    fields: &mut Vec<Field>,
) -> Result<Node> {
    let Some(p) = wanted.filter(|p| *p != n.protected) else {
        return Ok(n);
    };
    let from = n.protected.to_string();
    let edit = edits::NodeEdit {
        protect: Some(p),
        ..edits::NodeEdit::default()
    };
    let (n, _) = edits::update(tx, env, &n, &edit).map_err(|e| at(loc, e))?;
    fields.push(changed("protected", from, p.to_string()));
    Ok(n)
}

pub(super) fn twice(
    seen: &mut HashSet<String>,
    key: String,
    loc: &Loc,
    what: &str,
    name: &str,
) -> Result<()> {
    if seen.insert(key) {
        Ok(())
    } else {
        Err(loc
            .error(format!("{what} {name:?} is given twice"))
            .hint("names are compared without regard to case; describe each thing once"))
    }
}

pub(super) fn kind_of(b: &BillingSpec) -> Result<BillingKind> {
    BillingKind::parse(b.kind.trim()).ok_or_else(|| {
        b.kind_loc.error(format!(
            "billing account kind {:?} is not prepaid or postpaid",
            b.kind
        ))
    })
}

pub(super) fn role_of(g: &GrantSpec) -> Result<Role> {
    Role::parse(&g.role).ok_or_else(|| {
        g.loc
            .error(format!("there is no role {:?}", g.role.trim()))
            .hint("roles: viewer, developer, admin")
    })
}

/// R35: a manifest key's role, `full` when not given.
pub(super) fn key_role_of(k: &KeySpec) -> Result<KeyRole> {
    match &k.role {
        None => Ok(KeyRole::Full),
        Some(r) => KeyRole::parse(r).ok_or_else(|| {
            k.loc
                .error(format!("key {:?} has an unknown role {r:?}", k.name))
                .hint("a key's role is full, usage or read")
        }),
    }
}

pub(super) fn resource_of(r: &ResourceSpec) -> Result<(ResourceKind, String)> {
    let kind = ResourceKind::parse(r.kind.trim()).ok_or_else(|| {
        r.loc
            .error(format!("there is no resource kind {:?}", r.kind))
            .hint("kinds: number, app, service-api, webhook, config")
    })?;
    let value = kind.canonical(&r.value).map_err(|e| at(&r.loc, e))?;
    Ok((kind, value))
}

pub(super) fn check_items(
    resources: &[ResourceSpec],
    keys: &[KeySpec],
    seen: &mut HashSet<(&'static str, String)>,
) -> Result<()> {
    for r in resources {
        let (kind, value) = resource_of(r)?;
        if !seen.insert((kind.as_str(), value.clone())) {
            return Err(r.loc.error(format!(
                "{} {value} is given twice; a resource sits in one place only (R06)",
                kind.as_str()
            )));
        }
    }
    let mut names = HashSet::new();
    for k in keys {
        let n = Name::parse(&k.name, "key").map_err(|e| at(&k.loc, e))?;
        if !names.insert(n.as_str().to_string()) {
            return Err(k.loc.error(format!("key {:?} is given twice here", k.name)));
        }
        key_role_of(k)?;
    }
    Ok(())
}
