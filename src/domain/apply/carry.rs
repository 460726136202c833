//! Carrying a manifest out: the account, billing accounts, users and grants, in order.

use super::*;
use crate::domain::billing::{self, BillingChanges, NewBillingAccount};
use crate::domain::edits::{self, QuotaKind};
use crate::domain::hierarchy;
use crate::domain::model::BillingAccount;
use crate::domain::money::Currency;
use crate::domain::names::{fold, Name};
use crate::domain::users;
use crate::domain::Env;
use crate::error::{Error, Result};
use crate::manifest::{AccountSpec, BillingSpec, GrantSpec, Loc, Manifest, UserSpec};
use crate::store::Tx;
use std::collections::HashMap;

/// Make the store match `m`, in the caller's transaction: create what is missing, change what
/// differs, leave the rest. The changes append no audit entries of their own; one entry sums
/// the apply up (R25). `progress` is told how many projects and subprojects are done.
pub fn apply(tx: &Tx, env: &Env, m: &Manifest, progress: &mut dyn FnMut(u64)) -> Result<Plan> {
    let bulk = Env {
        bulk: true,
        ..env.clone()
    };
    let env = &bulk;
    tx.prepare_apply(m.projects.iter().map(|p| 1 + p.subprojects.len()).sum())?;
    let mut plan = Plan::default();
    account(tx, env, m, &mut plan)?;
    billing_accounts(tx, env, &m.billing_accounts, &mut plan)?;
    for u in &m.users {
        user(tx, env, u, &mut plan)?;
    }
    let mut done = 0u64;
    // The store's statistics are refreshed as it grows fourfold, so that what the apply reads
    // is planned for the table it reads (a few times in all, however large the manifest).
    let mut refresh_at = 2_000;
    for p in &m.projects {
        project(tx, env, p, &mut plan, &mut done, progress)?;
        if plan.changes.len() >= refresh_at {
            tx.refresh_node_statistics()?;
            refresh_at = plan.changes.len().saturating_mul(4);
        }
    }
    for u in &m.users {
        for g in &u.grants {
            grant(tx, env, u, g, &mut plan)?;
        }
    }
    if !plan.changes.is_empty() {
        let created = plan.changes.iter().filter(|c| c.op == Op::Create).count();
        tx.append_audit(
            env.now(),
            &env.principal.audit_name(),
            "apply",
            &m.file,
            "ok",
            Some(&format!(
                "{} change(s): {created} created, {} updated{}",
                plan.changes.len(),
                plan.changes.len() - created,
                if plan.secrets.is_empty() {
                    String::new()
                } else {
                    format!(
                        ", keys issued: {}",
                        plan.secrets
                            .iter()
                            .map(|k| k.id.as_str())
                            .collect::<Vec<_>>()
                            .join(" ")
                    )
                }
            )),
        )?;
    }
    Ok(plan)
}

pub(super) fn account(tx: &Tx, env: &Env, m: &Manifest, plan: &mut Plan) -> Result<()> {
    let start = Loc {
        file: m.file.as_str().into(),
        line: 1,
        col: 1,
    };
    match tx.account()? {
        None => {
            let a: &AccountSpec = m.account.as_ref().ok_or_else(|| {
                start
                    .error("there is no store yet, and the manifest has no [account] to create it with")
                    .hint("add [account] with name = \"...\", or run acctl init first")
            })?;
            if m.billing_accounts.is_empty() || m.projects.is_empty() {
                return Err(start
                    .error("a new store needs at least one [[billing_account]] and one [[project]]")
                    .hint("apply onto a new store adds no defaults: name them in the manifest"));
            }
            let created = hierarchy::create_account(tx, env, &a.name).map_err(|e| at(&a.loc, e))?;
            let fields = quotas(tx, env, a, &mut plan.warnings)?;
            plan.create("account", created.name, created.id.to_string(), fields);
        }
        Some(existing) => {
            if let Some(a) = &m.account {
                let name = Name::parse(&a.name, "account").map_err(|e| at(&a.loc, e))?;
                let mut fields = Vec::new();
                if name.as_str() != existing.name {
                    let renamed = hierarchy::rename_account(tx, env, name.as_str())
                        .map_err(|e| at(&a.loc, e))?;
                    fields.push(changed("name", existing.name.clone(), renamed.name));
                }
                fields.extend(quotas(tx, env, a, &mut plan.warnings)?);
                if !fields.is_empty() {
                    plan.update(
                        "account",
                        name.as_str().to_string(),
                        existing.id.to_string(),
                        fields,
                    );
                }
            }
        }
    }
    Ok(())
}

/// R36: the quotas `[account.quotas]` gives; those it leaves out stay as they are.
pub(super) fn quotas(
    tx: &Tx,
    env: &Env,
    a: &AccountSpec,
    warnings: &mut Vec<ApplyWarning>,
) -> Result<Vec<Field>> {
    let have = hierarchy::account(tx)?.quotas;
    let text = |v: Option<i64>| v.map_or("none".to_string(), |n| n.to_string());
    let mut fields = Vec::new();
    for (kind, spec) in [
        (
            QuotaKind::SubprojectsPerProject,
            &a.quotas.subprojects_per_project,
        ),
        (QuotaKind::KeysPerTarget, &a.quotas.keys_per_target),
    ] {
        let Some((wanted, loc)) = spec else { continue };
        if kind.get(&have) != *wanted {
            let (_, over) = edits::set_quota(tx, env, kind, *wanted).map_err(|e| at(loc, e))?;
            if !over.is_empty() {
                warnings.push(ApplyWarning::OverQuota {
                    quota: kind.name(),
                    value: *wanted,
                    over,
                });
            }
            fields.push(changed(
                match kind {
                    QuotaKind::SubprojectsPerProject => "quota subprojects_per_project",
                    QuotaKind::KeysPerTarget => "quota keys_per_target",
                },
                text(kind.get(&have)),
                text(*wanted),
            ));
        }
    }
    Ok(fields)
}

pub(super) fn billing_accounts(
    tx: &Tx,
    env: &Env,
    specs: &[BillingSpec],
    plan: &mut Plan,
) -> Result<()> {
    let mut created: HashMap<uuid::Uuid, usize> = HashMap::new();
    for b in specs {
        let kind = kind_of(b)?;
        let currency = Currency::parse(&b.currency).map_err(|e| at(&b.currency_loc, e))?;
        let name = Name::parse(&b.name, "billing account").map_err(|e| at(&b.loc, e))?;
        match tx.billing_account_by_key(&name.key())? {
            None => {
                let ba = billing::create(
                    tx,
                    env,
                    &NewBillingAccount {
                        name: name.as_str(),
                        kind,
                        currency: &b.currency,
                        legal_name: b.legal_name.as_deref(),
                        address: b.address.as_deref(),
                        tax_id: b.tax_id.as_deref(),
                    },
                )
                .map_err(|e| at(&b.loc, e))?;
                let mut fields = vec![
                    set("kind", ba.kind.as_str()),
                    set("currency", ba.currency.to_string()),
                ];
                for (f, v) in [
                    ("legal_name", &ba.legal_name),
                    ("address", &ba.address),
                    ("tax_id", &ba.tax_id),
                ] {
                    if let Some(v) = v {
                        fields.push(set(f, v.clone()));
                    }
                }
                if ba.is_default {
                    fields.push(set("default", "true"));
                }
                created.insert(ba.id, plan.changes.len());
                plan.create("billing_account", ba.name, ba.id.to_string(), fields);
            }
            Some(ba) => {
                if ba.kind != kind || ba.currency != currency {
                    return Err(at(
                        &b.loc,
                        Error::conflict(format!(
                            "billing account {:?} is {} {}; the manifest says {} {}",
                            ba.name,
                            ba.kind.as_str(),
                            ba.currency,
                            kind.as_str(),
                            currency
                        ))
                        .hint(
                            "a billing account's kind and currency are fixed (R07): create another",
                        ),
                    ));
                }
                let wanted = |v: &Option<String>| {
                    v.as_deref()
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                };
                let mut fields = Vec::new();
                let mut ch = BillingChanges::default();
                for (f, spec, have, slot) in [
                    (
                        "legal_name",
                        &b.legal_name,
                        &ba.legal_name,
                        &mut ch.legal_name,
                    ),
                    ("address", &b.address, &ba.address, &mut ch.address),
                    ("tax_id", &b.tax_id, &ba.tax_id, &mut ch.tax_id),
                ] {
                    if let Some(w) = wanted(spec) {
                        if have.as_deref() != Some(w.as_str()) {
                            fields.push(changed(f, opt_text(have), w));
                            *slot = spec.as_deref();
                        }
                    }
                }
                if !fields.is_empty() {
                    billing::update(tx, env, &ba, &ch).map_err(|e| at(&b.loc, e))?;
                }
                plan.update(
                    "billing_account",
                    ba.name.clone(),
                    ba.id.to_string(),
                    fields,
                );
            }
        }
    }
    if let Some(b) = specs.iter().find(|b| b.default) {
        let ba: BillingAccount = billing::resolve_billing_account(tx, &b.name)?;
        if !ba.is_default {
            billing::update(
                tx,
                env,
                &ba,
                &BillingChanges {
                    make_default: true,
                    ..BillingChanges::default()
                },
            )
            .map_err(|e| at(&b.loc, e))?;
            match created.get(&ba.id) {
                Some(&i) => {
                    let mut fields = std::mem::take(&mut plan.changes[i].fields).into_vec();
                    fields.push(set("default", "true"));
                    plan.changes[i].fields = fields.into();
                }
                None => plan.update(
                    "billing_account",
                    ba.name.clone(),
                    ba.id.to_string(),
                    vec![changed("default", "false", "true")],
                ),
            }
            // A billing account created earlier in this apply became the default on its own
            // (the first one is): it no longer is.
            for (id, &i) in &created {
                if *id != ba.id {
                    let mut fields = std::mem::take(&mut plan.changes[i].fields).into_vec();
                    fields.retain(|f| f.name != "default");
                    plan.changes[i].fields = fields.into();
                }
            }
        }
    }
    Ok(())
}

pub(super) fn opt_text(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "none".to_string())
}

pub(super) fn user(tx: &Tx, env: &Env, u: &UserSpec, plan: &mut Plan) -> Result<()> {
    let email = users::parse_email(&u.email).map_err(|e| at(&u.loc, e))?;
    match tx.user_by_email_key(&fold(&email))? {
        None => {
            let created =
                users::add_user(tx, env, &email, u.name.as_deref()).map_err(|e| at(&u.loc, e))?;
            let fields = created
                .name
                .iter()
                .map(|n| set("name", n.clone()))
                .collect();
            plan.create("user", created.email, created.id.to_string(), fields);
        }
        Some(existing) => {
            if let Some(n) = &u.name {
                let n = Name::parse(n, "user").map_err(|e| at(&u.loc, e))?;
                if existing.name.as_deref() != Some(n.as_str()) {
                    let after = users::set_user_name(tx, env, &existing, n.as_str())
                        .map_err(|e| at(&u.loc, e))?;
                    plan.update(
                        "user",
                        after.email.clone(),
                        after.id.to_string(),
                        vec![changed("name", opt_text(&existing.name), n.as_str())],
                    );
                }
            }
        }
    }
    Ok(())
}

pub(super) fn grant(
    tx: &Tx,
    env: &Env,
    u: &UserSpec,
    g: &GrantSpec,
    plan: &mut Plan,
) -> Result<()> {
    let role = role_of(g)?;
    let on = g.project.as_deref().map(str::trim);
    // A grant that is already there is left alone without asking for grant.manage.
    if let Some(user) = tx.user_by_email_key(&fold(u.email.trim()))? {
        let scope = match on {
            None => Some(None),
            // R24: a project out of the caller's sight takes the common path, where it is
            // not found, as a missing one.
            Some(p) => match tx.live_project_by_key(&fold(p))? {
                Some(n) if env.sees(tx, &n)? => Some(Some(n.id)),
                _ => None,
            },
        };
        if let Some(scope) = scope {
            let have = tx.list_grants(Some(user.id), Some(scope))?;
            if have.first().is_some_and(|h| h.role == role) {
                return Ok(());
            }
        }
    }
    let (g2, before) =
        users::add_grant(tx, env, &u.email, role.as_str(), on).map_err(|e| at(&g.loc, e))?;
    let scope = g2.project_name.clone().unwrap_or_else(|| "account".into());
    let name = format!("{} on {scope}", g2.email);
    match before {
        None => plan.create(
            "grant",
            name,
            g2.user_id.to_string(),
            vec![set("role", role.as_str())],
        ),
        Some(b) => plan.update(
            "grant",
            name,
            g2.user_id.to_string(),
            vec![changed("role", b.as_str(), role.as_str())],
        ),
    }
    Ok(())
}
