//! Exporting: the live structure as a manifest, project by project, so that what is held at
//! once is one project's part of the store, not the whole of it.

use crate::domain::access::{Action, Scope};
use crate::domain::hierarchy;
use crate::domain::model::{KeyRole, LimitPeriod, Node, Status, DEFAULT_THRESHOLDS};
use crate::domain::Env;
use crate::error::Result;
use crate::manifest::{
    AccountSpec, BillingSpec, GrantSpec, KeySpec, LabelList, Loc, Manifest, ProjectSpec,
    QuotaSpecs, ResourceSpec, SubprojectSpec, UserSpec,
};
use crate::store::{KeyFilter, NodeFilter, Tx};
use std::collections::HashMap;
use uuid::Uuid;

/// A part of the exported manifest, in the order it is written.
pub enum Part<'a> {
    /// The account, billing accounts and users (a manifest without projects).
    Head(&'a Manifest),
    /// One project with its subprojects.
    Project(&'a ProjectSpec),
}

/// What an export wrote.
#[derive(Debug, Clone, Copy, Default)]
pub struct Exported {
    pub projects: usize,
    pub subprojects: usize,
}

/// The live structure as a manifest, in a stable order (by name), handed to `out` part by
/// part: deleted projects and subprojects, revoked and expired keys, unnamed keys (a manifest
/// names keys) and grants on deleted projects are left out. Needs read access to the whole
/// account.
pub fn export(tx: &Tx, env: &Env, out: &mut dyn FnMut(Part) -> Result<()>) -> Result<Exported> {
    env.require(tx, Action::Read, Scope::Account)?;
    tx.prepare_scan()?;
    let here = Loc {
        file: "export".into(),
        line: 0,
        col: 0,
    };
    let account = hierarchy::account(tx)?;
    let bas = tx.list_billing_accounts()?;
    let ba_names: HashMap<Uuid, String> = bas.iter().map(|b| (b.id, b.name.clone())).collect();
    let projects = tx.list_nodes(&NodeFilter {
        parent: Some(None),
        ..NodeFilter::default()
    })?;
    let project_names: HashMap<Uuid, String> =
        projects.iter().map(|p| (p.id, p.name.clone())).collect();
    let mut user_specs = Vec::new();
    for u in tx.list_users()? {
        let grants = tx
            .list_grants(Some(u.id), None)?
            .into_iter()
            .filter_map(|g| {
                let project = match g.project_id {
                    None => None,
                    Some(id) => Some(project_names.get(&id)?.clone()),
                };
                Some(GrantSpec {
                    loc: here.clone(),
                    role: g.role.as_str().to_string(),
                    project,
                })
            })
            .collect();
        user_specs.push(UserSpec {
            loc: here.clone(),
            email: u.email,
            name: u.name,
            grants,
        });
    }
    drop(project_names);
    let head = Manifest {
        file: "export".into(),
        account: Some(AccountSpec {
            loc: here.clone(),
            name: account.name,
            quotas: QuotaSpecs {
                subprojects_per_project: account
                    .quotas
                    .subprojects_per_project
                    .map(|n| (Some(n), here.clone())),
                keys_per_target: account
                    .quotas
                    .keys_per_target
                    .map(|n| (Some(n), here.clone())),
            },
        }),
        billing_accounts: bas
            .into_iter()
            .map(|b| BillingSpec {
                loc: here.clone(),
                kind: b.kind.as_str().to_string(),
                kind_loc: here.clone(),
                currency: b.currency.to_string(),
                currency_loc: here.clone(),
                default: b.is_default,
                legal_name: b.legal_name,
                address: b.address,
                tax_id: b.tax_id,
                name: b.name,
            })
            .collect(),
        users: user_specs,
        projects: Vec::new(),
    };
    out(Part::Head(&head))?;
    drop(head);
    let mut done = Exported::default();
    for p in &projects {
        let spec = project(tx, env, p, &ba_names, &here)?;
        done.projects += 1;
        done.subprojects += spec.subprojects.len();
        out(Part::Project(&spec))?;
    }
    Ok(done)
}

/// One live project and its live subprojects, with what sits on them, in four reads.
fn project(
    tx: &Tx,
    env: &Env,
    p: &Node,
    ba_names: &HashMap<Uuid, String>,
    here: &Loc,
) -> Result<ProjectSpec> {
    let subs = tx.list_nodes(&NodeFilter {
        parent: Some(Some(p.id)),
        ..NodeFilter::default()
    })?;
    // Keys in force by the domain's one key-state rule (R38), named ones only.
    let mut keys: HashMap<Uuid, Vec<KeySpec>> = HashMap::new();
    for k in tx.list_keys(&KeyFilter {
        nodes: Some(&[p.id]),
        with_children: true,
    })? {
        if !k.is_active(env.real_now()) {
            continue;
        }
        if let Some(name) = k.name {
            keys.entry(k.node_id).or_default().push(KeySpec {
                loc: here.clone(),
                name,
                role: (k.role != KeyRole::Full).then(|| k.role.as_str().to_string()),
            });
        }
    }
    for list in keys.values_mut() {
        list.sort_by(|a, b| a.name.cmp(&b.name));
    }
    let mut ids: Vec<Uuid> = Vec::with_capacity(subs.len() + 1);
    ids.push(p.id);
    ids.extend(subs.iter().map(|s| s.id));
    let mut resources: HashMap<Uuid, Vec<ResourceSpec>> = HashMap::new();
    let mut found = tx.resources_on_nodes(&ids)?;
    found.sort_by(|a, b| (&a.kind, &a.value).cmp(&(&b.kind, &b.value)));
    for r in found {
        resources.entry(r.node_id).or_default().push(ResourceSpec {
            loc: here.clone(),
            kind: r.kind,
            value: r.value,
        });
    }
    let mut sub_specs = Vec::with_capacity(subs.len());
    for s in subs {
        sub_specs.push(SubprojectSpec {
            loc: here.clone(),
            credit_limit: s
                .credit_limit
                .map(|l| (l.format(&s.currency), here.clone())),
            limit_period: (s.limit_period != LimitPeriod::Lifetime)
                .then(|| (s.limit_period, here.clone())),
            alert_thresholds: (s.alert_thresholds != DEFAULT_THRESHOLDS)
                .then(|| (s.alert_thresholds.clone(), here.clone())),
            suspended: (s.status == Status::Suspended).then_some(true),
            protected: s.protected.then_some(true),
            remove_labels: Box::default(),
            resources: resources.remove(&s.id).unwrap_or_default().into(),
            keys: keys.remove(&s.id).unwrap_or_default().into(),
            labels: LabelList::from_map(&s.labels),
            name: s.name,
            external_id: s.external_id,
        });
    }
    Ok(ProjectSpec {
        loc: here.clone(),
        name: p.name.clone(),
        billing_account: p
            .billing_account_id
            .and_then(|id| ba_names.get(&id))
            .map(|n| (n.clone(), here.clone())),
        labels: LabelList::from_map(&p.labels),
        remove_labels: Vec::new(),
        protected: p.protected.then_some(true),
        resources: resources.remove(&p.id).unwrap_or_default(),
        keys: keys.remove(&p.id).unwrap_or_default(),
        subprojects: sub_specs,
    })
}
