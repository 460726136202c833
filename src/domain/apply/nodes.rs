//! Carrying a manifest out: projects, subprojects and what they hold.

use super::*;
use crate::domain::access::{Action, Scope};
use crate::domain::billing;
use crate::domain::edits;
use crate::domain::hierarchy::{self, NewChild, NewSubprojects};
use crate::domain::keys;
use crate::domain::model::{Node, Status};
use crate::domain::money::Amount;
use crate::domain::names::{parse_external_id, Name};
use crate::domain::resources;
use crate::domain::spend;
use crate::domain::Env;
use crate::error::{Error, Result};
use crate::manifest::{KeySpec, LabelList, Loc, ProjectSpec, ResourceSpec, SubprojectSpec};
use crate::store::Tx;

pub(super) fn project(
    tx: &Tx,
    env: &Env,
    p: &ProjectSpec,
    plan: &mut Plan,
    done: &mut u64,
    progress: &mut dyn FnMut(u64),
) -> Result<()> {
    let name = Name::parse(&p.name, "project").map_err(|e| at(&p.loc, e))?;
    let ba = match &p.billing_account {
        Some((b, loc)) => Some(billing::resolve_billing_account(tx, b).map_err(|e| at(loc, e))?),
        None => None,
    };
    // R24: a project out of the principal's sight is as one that does not exist: the plan
    // would create it, which the principal may not, and the refusal is the same as for a
    // name no project has.
    let existing = match tx.live_project_by_key(&name.key())? {
        Some(n) if env.sees(tx, &n)? => Some(n),
        _ => None,
    };
    let (node, created) = match existing {
        None => {
            let labels = p.labels.to_map();
            let n = hierarchy::create_project(
                tx,
                env,
                name.as_str(),
                ba.as_ref().map(|b| b.name.as_str()),
                &labels,
            )
            .map_err(|e| at(&p.loc, e))?;
            let bname = match &ba {
                Some(b) => b.name.clone(),
                None => billing::default_billing_account(tx)?.name,
            };
            let mut fields = vec![set("billing_account", bname)];
            if !p.labels.is_empty() {
                fields.push(set("labels", labels_text(p.labels.iter())));
            }
            let n = protection(tx, env, n, p.protected, &p.loc, &mut fields)?;
            plan.create("project", n.name.clone(), n.id.to_string(), fields);
            (n, true)
        }
        Some(mut n) => {
            let mut fields = Vec::new();
            if let (Some(b), Some((_, loc))) = (&ba, &p.billing_account) {
                if n.billing_account_id != Some(b.id) {
                    let from = match n.billing_account_id {
                        Some(id) => tx
                            .billing_account_by_id(id)?
                            .map_or_else(|| id.to_string(), |x| x.name),
                        None => "none".into(),
                    };
                    n = billing::link(tx, env, &n.id.to_string(), b)
                        .map_err(|e| at(loc, e))?
                        .0;
                    fields.push(changed("billing_account", from, b.name.clone()));
                }
            }
            n = labels(tx, env, n, &p.labels, &p.remove_labels, &p.loc, &mut fields)?;
            n = protection(tx, env, n, p.protected, &p.loc, &mut fields)?;
            plan.update("project", n.name.clone(), n.id.to_string(), fields);
            (n, false)
        }
    };
    items(tx, env, &node, &p.resources, &p.keys, plan)?;
    *done += 1;
    progress(*done);
    // The project's subprojects, found by external id and by name in one read; new ones are
    // checked one by one and written together.
    let mut new = NewSubprojects::of(tx, &node, created)?;
    // Which entry each existing subproject was matched by: one subproject described by two
    // entries (one by its name, one by its external id) would take both in turn, and the
    // store would match the manifest only after a second apply.
    let mut claimed: std::collections::HashMap<usize, u32> = std::collections::HashMap::new();
    for s in &p.subprojects {
        let external = s
            .external_id
            .as_deref()
            .map(parse_external_id)
            .transpose()
            .map_err(|e| at(&s.loc, e))?;
        let sname = Name::parse(&s.name, "subproject").map_err(|e| at(&s.loc, e))?;
        let found = new.find_existing(external.as_deref(), &sname.key());
        match found {
            None => {
                let sub =
                    create_subproject(tx, env, &mut new, s, &sname, external.as_deref(), plan)?;
                if let Some(sub) = sub {
                    items(tx, env, &sub, &s.resources, &s.keys, plan)?;
                }
            }
            Some(i) => {
                if let Some(first) = claimed.insert(i, s.loc.line) {
                    let existing = &new.existing()[i];
                    return Err(at(
                        &s.loc,
                        Error::conflict(format!(
                            "this entry and the one at line {first} both describe the \
                             subproject {}/{} (one by its name, one by its external id)",
                            node.name, existing.name
                        ))
                        .hint("keep one entry for it, or give each entry its own name and external id"),
                    ));
                }
                // What was queued is written first: an update reads the store.
                new.flush(tx, env)?;
                let sub = update_subproject(
                    tx,
                    env,
                    &new.existing()[i],
                    s,
                    &sname,
                    external.as_deref(),
                    plan,
                )?;
                items(tx, env, &sub, &s.resources, &s.keys, plan)?;
            }
        }
        *done += 1;
        progress(*done);
    }
    new.flush(tx, env)
}

/// R33: merge the manifest's labels into the node's through the domain's edit (only when
/// they change something, so that a manifest that changes nothing needs no right to).
pub(super) fn labels(
    tx: &Tx,
    env: &Env,
    n: Node,
    set_labels: &LabelList,
    remove: &[String],
    loc: &Loc,
    fields: &mut Vec<Field>,
) -> Result<Node> {
    let differs = set_labels.iter().any(|(k, v)| n.labels.get(k) != Some(v))
        || remove.iter().any(|k| n.labels.contains_key(k.trim()));
    if !differs {
        return Ok(n);
    }
    let edit = edits::NodeEdit {
        set_labels: set_labels.to_map(),
        remove_labels: remove.to_vec(),
        ..edits::NodeEdit::default()
    };
    let (after, _) = edits::update(tx, env, &n, &edit).map_err(|e| at(loc, e))?;
    fields.push(changed(
        "labels",
        labels_text(&n.labels),
        labels_text(&after.labels),
    ));
    Ok(after)
}

/// A subproject whose limit was just set, with the warning its command gives when the limit
/// is below what it has spent (R12).
fn limit_set(plan: &mut Plan, (node, below_spent): (Node, bool)) -> Node {
    if below_spent {
        plan.warnings
            .push(ApplyWarning::LimitBelowSpent(Box::new(node.clone())));
    }
    node
}

/// Queue a new subproject (checked now, written with the others of its project), or, when it
/// needs more than its row (a period, thresholds, a status, a protection, resources or keys),
/// write it at once and carry those out: the node as it is then (`None`: queued).
pub(super) fn create_subproject(
    tx: &Tx,
    env: &Env,
    new: &mut NewSubprojects,
    s: &SubprojectSpec,
    name: &Name,
    external: Option<&str>,
    plan: &mut Plan,
) -> Result<Option<Node>> {
    let credit_limit = match &s.credit_limit {
        Some((raw, loc)) => {
            Some(Amount::parse_non_negative(raw, "a credit limit").map_err(|e| at(loc, e))?)
        }
        None => None,
    };
    let mut node = new
        .add(
            tx,
            env,
            NewChild {
                name: name.as_str(),
                external_id: external,
                credit_limit,
                labels: s.labels.to_map(),
            },
        )
        .map_err(|e| at(&s.loc, e))?;
    let mut fields = Vec::new();
    if let Some(x) = &node.external_id {
        fields.push(set("external_id", x.clone()));
    }
    if let Some(l) = node.credit_limit {
        fields.push(set("credit_limit", l.format(&node.currency)));
    }
    if !node.labels.is_empty() {
        fields.push(set("labels", labels_text(&node.labels)));
    }
    let period = s
        .limit_period
        .as_ref()
        .filter(|(p, _)| *p != node.limit_period);
    let thresholds = s
        .alert_thresholds
        .as_ref()
        .filter(|(t, _)| *t != node.alert_thresholds);
    let more = period.is_some()
        || thresholds.is_some()
        || s.suspended == Some(true)
        || s.protected == Some(true)
        || !s.resources.is_empty()
        || !s.keys.is_empty();
    if !more {
        plan.create("subproject", node.path(), node.id.to_string(), fields);
        return Ok(None);
    }
    new.flush(tx, env)?;
    if let Some((period, loc)) = period {
        // A new subproject has spent nothing: no limit is below it.
        node = billing::set_limit(tx, env, &node, node.credit_limit, Some(*period))
            .map_err(|e| at(loc, e))?
            .0;
        fields.push(set("limit_period", period.as_str()));
    }
    if let Some((t, loc)) = thresholds {
        node = spend::set_alert_thresholds(tx, env, &node, t.clone())
            .map_err(|e| at(loc, e))?
            .0;
        fields.push(set("alert_thresholds", thresholds_field(t)));
    }
    if s.suspended == Some(true) {
        node = hierarchy::set_suspended(tx, env, &node, true)
            .map_err(|e| at(&s.loc, e))?
            .0;
        fields.push(set("status", "suspended"));
    }
    let node = protection(tx, env, node, s.protected, &s.loc, &mut fields)?;
    plan.create("subproject", node.path(), node.id.to_string(), fields);
    Ok(Some(node))
}

pub(super) fn update_subproject(
    tx: &Tx,
    env: &Env,
    existing: &Node,
    s: &SubprojectSpec,
    name: &Name,
    external: Option<&str>,
    plan: &mut Plan,
) -> Result<Node> {
    env.require(tx, Action::Read, Scope::Node(existing.id))
        .map_err(|e| at(&s.loc, e))?;
    let mut n = existing.clone();
    let mut fields = Vec::new();
    if let Some(x) = external {
        match &n.external_id {
            Some(have) if have != x => {
                return Err(at(
                    &s.loc,
                    Error::conflict(format!(
                        "subproject {} has the external id {have:?}; the manifest says {x:?}",
                        n.path()
                    ))
                    .hint("an external id is set once; give the one it has, or none"),
                ))
            }
            Some(_) => {}
            None => {
                let edit = edits::NodeEdit {
                    external_id: Some(Some(x)),
                    ..edits::NodeEdit::default()
                };
                n = edits::update(tx, env, &n, &edit)
                    .map_err(|e| at(&s.loc, e))?
                    .0;
                fields.push(changed("external_id", "none", x));
            }
        }
    }
    if n.name != name.as_str() {
        let from = n.name.clone();
        n = hierarchy::rename(tx, env, &n, name.as_str()).map_err(|e| at(&s.loc, e))?;
        fields.push(changed("name", from, n.name.clone()));
    }
    // The limit and its period change together, as `subproject set-limit` changes them: one
    // audited change, and R12's warning judged against the period the limit ends with.
    let limit = match &s.credit_limit {
        Some((raw, loc)) => {
            Some(Amount::parse_non_negative(raw, "a credit limit").map_err(|e| at(loc, e))?)
        }
        None => None,
    };
    let new_limit = limit.filter(|l| n.credit_limit != Some(*l));
    let new_period = s
        .limit_period
        .as_ref()
        .filter(|(p, _)| *p != n.limit_period);
    if new_limit.is_some() || new_period.is_some() {
        // A refusal points at the value that asked for the change.
        let loc = new_limit
            .and(s.credit_limit.as_ref().map(|(_, l)| l))
            .or(new_period.map(|(_, l)| l))
            .unwrap_or(&s.loc);
        let before = n.clone();
        n = limit_set(
            plan,
            billing::set_limit(
                tx,
                env,
                &n,
                new_limit.or(before.credit_limit),
                new_period.map(|(p, _)| *p),
            )
            .map_err(|e| at(loc, e))?,
        );
        if let Some(limit) = new_limit {
            let from = before
                .credit_limit
                .map_or_else(|| "none".to_string(), |l| l.format(&before.currency));
            fields.push(changed("credit_limit", from, limit.format(&n.currency)));
        }
        if let Some((period, _)) = new_period {
            fields.push(changed(
                "limit_period",
                before.limit_period.as_str(),
                period.as_str(),
            ));
        }
    }
    if let Some((t, loc)) = &s.alert_thresholds {
        if *t != n.alert_thresholds {
            let from = thresholds_field(&n.alert_thresholds);
            n = spend::set_alert_thresholds(tx, env, &n, t.clone())
                .map_err(|e| at(loc, e))?
                .0;
            fields.push(changed("alert_thresholds", from, thresholds_field(t)));
        }
    }
    n = labels(tx, env, n, &s.labels, &s.remove_labels, &s.loc, &mut fields)?;
    if let Some(suspend) = s.suspended {
        if (n.status == Status::Suspended) != suspend {
            let from = n.status.as_str();
            n = hierarchy::set_suspended(tx, env, &n, suspend)
                .map_err(|e| at(&s.loc, e))?
                .0;
            fields.push(changed("status", from, n.status.as_str()));
        }
    }
    n = protection(tx, env, n, s.protected, &s.loc, &mut fields)?;
    plan.update("subproject", n.path(), n.id.to_string(), fields);
    Ok(n)
}

/// The resources and keys the manifest puts on a project or subproject.
pub(super) fn items(
    tx: &Tx,
    env: &Env,
    node: &Node,
    resources: &[ResourceSpec],
    keys: &[KeySpec],
    plan: &mut Plan,
) -> Result<()> {
    for r in resources {
        let (kind, value) = resource_of(r)?;
        match tx.resource_by_value(kind.as_str(), &value)? {
            Some(have) if have.node_id == node.id => {}
            Some(have) => {
                // R24: held out of the caller's sight, it is refused as `resource add` refuses
                // it, without saying where.
                if !env.sees(tx, &tx.node(have.node_id)?)? {
                    return Err(at(&r.loc, resources::already_held(tx, env, &have, node)?));
                }
                let moved =
                    resources::move_to(tx, env, &have, node, false).map_err(|e| at(&r.loc, e))?;
                plan.update(
                    "resource",
                    moved.placed.label(),
                    have.id.to_string(),
                    vec![changed("on", moved.from, node.path())],
                );
            }
            None => {
                let placed =
                    resources::add(tx, env, node, kind, &value).map_err(|e| at(&r.loc, e))?;
                plan.create(
                    "resource",
                    placed.label(),
                    placed.resource.id.to_string(),
                    vec![set("on", node.path())],
                );
            }
        }
    }
    for k in keys {
        let name = Name::parse(&k.name, "key").map_err(|e| at(&k.loc, e))?;
        let role = key_role_of(k)?;
        if let Some(have) = tx.live_key_by_name(node.id, name.as_str())? {
            // Keys that exist by name and tier are left alone; a role is never changed in
            // place, since scripts hold the key's secret (R35).
            if k.role.is_some() && have.role != role {
                return Err(at(
                    &k.loc,
                    Error::conflict(format!(
                        "key {} ({:?} on {}) has the role {}; the manifest says {}",
                        have.id,
                        name.as_str(),
                        node.path(),
                        have.role.as_str(),
                        role.as_str()
                    ))
                    .hint(format!(
                        "a key's role never changes: revoke it (acctl key revoke {}) and apply again to issue a new one",
                        have.id
                    )),
                ));
            }
            continue;
        }
        let issued = keys::issue(tx, env, node, Some(name.as_str()), None, role)
            .map_err(|e| at(&k.loc, e))?;
        plan.create(
            "key",
            name.as_str().to_string(),
            issued.view.key.id.clone(),
            vec![set("on", node.path())],
        );
        plan.secrets.push(IssuedKey {
            name: name.as_str().to_string(),
            tier: node.path(),
            id: issued.view.key.id.clone(),
            secret: issued.secret,
            loc: k.loc.clone(),
        });
    }
    Ok(())
}
