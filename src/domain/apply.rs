//! Manifests (CLI.md "Manifests"): make the store match a manifest, and describe the store as
//! one. Every change goes through the domain function that owns its rule (so every rule and
//! every authorization applies to `apply` as to the single commands); this module only decides
//! what to change, in the manifest's order, and names the place in the file of any refusal.
//!
//! Decisions where the contract is silent:
//! - Objects are found by name (projects, billing accounts), `project/subproject` (found by
//!   external id when the manifest gives one, else by name), email (users), kind and value
//!   (resources, which are moved to where the manifest puts them, within one project's tree),
//!   and name and tier (keys).
//! - Nothing the manifest leaves out is removed or reset: labels are merged (the keys given are
//!   set, the others kept; `remove_labels` removes keys, R33), payment details, a credit
//!   limit, a billing link, a suspension, a protection or a quota are changed only when the
//!   manifest gives them. `suspended = false` resumes, `protected = false` unprotects.
//! - A key found by name keeps its role; a manifest giving another role is a conflict (R35).
//! - A subproject found by name whose external id differs from the manifest's is a conflict
//!   (exit 4): an external id is a reseller's handle and is only ever set where none was.
//! - The same name (project, subproject of one project, billing account, user, key of one
//!   tier), external id, grant scope or resource given twice in one manifest is invalid
//!   (exit 2), found before the store is touched.

use super::access::{Action, Scope};
use super::billing::{self, BillingChanges, NewBillingAccount};
use super::edits::{self, QuotaKind};
use super::hierarchy::{self, NewSubproject};
use super::keys;
use super::model::{
    format_thresholds, BillingAccount, BillingKind, KeyRole, LimitPeriod, Node, Role, Status,
    DEFAULT_THRESHOLDS,
};
use super::money::{Amount, Currency};
use super::names::{fold, parse_external_id, Labels, Name};
use super::resources::{self, ResourceKind};
use super::spend;
use super::users;
use super::Env;
use crate::error::{Error, Result};
use crate::manifest::{
    AccountSpec, BillingSpec, GrantSpec, KeySpec, Loc, Manifest, ProjectSpec, QuotaSpecs,
    ResourceSpec, SubprojectSpec, UserSpec,
};
use crate::store::{KeyFilter, NodeFilter, Tx};
use std::collections::{HashMap, HashSet};

/// Whether a change creates something or changes something that exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Create,
    Update,
}

impl Op {
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Create => "create",
            Op::Update => "update",
        }
    }
}

/// One field of a change: its value before (updates only) and after.
#[derive(Debug, Clone)]
pub struct Field {
    pub name: &'static str,
    pub from: Option<String>,
    pub to: String,
}

/// One line of the plan.
#[derive(Debug, Clone)]
pub struct Change {
    pub op: Op,
    /// `account`, `billing_account`, `user`, `grant`, `project`, `subproject`, `resource`, `key`.
    pub kind: &'static str,
    pub name: String,
    /// The id of what was created or changed.
    pub id: String,
    pub fields: Vec<Field>,
}

/// A key issued by the apply, with the secret that exists only until it is written out (R22).
pub struct IssuedKey {
    pub name: String,
    /// The path of the project or subproject it is issued on.
    pub tier: String,
    pub id: String,
    pub secret: String,
    pub loc: Loc,
}

/// What an apply did (or, rolled back, would do).
#[derive(Default)]
pub struct Plan {
    pub changes: Vec<Change>,
    pub secrets: Vec<IssuedKey>,
}

impl Plan {
    fn create(&mut self, kind: &'static str, name: String, id: String, fields: Vec<Field>) {
        self.changes.push(Change {
            op: Op::Create,
            kind,
            name,
            id,
            fields,
        });
    }
    fn update(&mut self, kind: &'static str, name: String, id: String, fields: Vec<Field>) {
        if !fields.is_empty() {
            self.changes.push(Change {
                op: Op::Update,
                kind,
                name,
                id,
                fields,
            });
        }
    }
}

/// Alert thresholds as a plan shows them: `[50, 90]`.
fn thresholds_field(t: &[u32]) -> String {
    let list: Vec<String> = t.iter().map(u32::to_string).collect();
    format!("[{}]", list.join(", "))
}

fn set(name: &'static str, to: impl Into<String>) -> Field {
    Field {
        name,
        from: None,
        to: to.into(),
    }
}

fn changed(name: &'static str, from: impl Into<String>, to: impl Into<String>) -> Field {
    Field {
        name,
        from: Some(from.into()),
        to: to.into(),
    }
}

/// Put the place in the file before an error's message, keeping its kind (and so its exit
/// code), hint and audit record.
pub fn at(loc: &Loc, mut e: Error) -> Error {
    e.message = format!("{}:{}:{}: {}", loc.file, loc.line, loc.col, e.message);
    e
}

fn labels_text(labels: &Labels) -> String {
    if labels.is_empty() {
        return "none".to_string();
    }
    labels
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

// ---------------------------------------------------------------------------------------------
// Checking a manifest on its own, before the store is opened: malformed values are exit 2.

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
            Name::parse(n, "user name").map_err(|e| at(&u.loc, e))?;
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
        hierarchy::check_labels(&p.labels).map_err(|e| at(&p.loc, e))?;
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
            hierarchy::check_labels(&s.labels).map_err(|e| at(&s.loc, e))?;
            check_removals(&s.labels, &s.remove_labels, &s.loc)?;
            check_items(&s.resources, &s.keys, &mut resources)?;
        }
    }
    Ok(())
}

/// R33: `remove_labels` names valid keys, none of them also set by `labels`.
fn check_removals(labels: &Labels, remove: &[String], loc: &Loc) -> Result<()> {
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

/// `labels` merged into `have`, then the keys of `remove` taken out (R33).
fn edited_labels(have: &Labels, set: &Labels, remove: &[String]) -> Labels {
    let mut out = have.clone();
    out.extend(set.iter().map(|(k, v)| (k.clone(), v.clone())));
    for k in remove {
        out.remove(k.trim());
    }
    out
}

/// R34: protect or unprotect as the manifest says, adding the change to `fields`.
fn protection(
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

fn twice(seen: &mut HashSet<String>, key: String, loc: &Loc, what: &str, name: &str) -> Result<()> {
    if seen.insert(key) {
        Ok(())
    } else {
        Err(loc
            .error(format!("{what} {name:?} is given twice"))
            .hint("names are compared without regard to case; describe each thing once"))
    }
}

fn kind_of(b: &BillingSpec) -> Result<BillingKind> {
    BillingKind::parse(b.kind.trim()).ok_or_else(|| {
        b.kind_loc.error(format!(
            "billing account kind {:?} is not prepaid or postpaid",
            b.kind
        ))
    })
}

fn role_of(g: &GrantSpec) -> Result<Role> {
    Role::parse(&g.role).ok_or_else(|| {
        g.loc
            .error(format!("there is no role {:?}", g.role.trim()))
            .hint("roles: viewer, developer, admin")
    })
}

/// R35: a manifest key's role, `full` when not given.
fn key_role_of(k: &KeySpec) -> Result<KeyRole> {
    match &k.role {
        None => Ok(KeyRole::Full),
        Some(r) => KeyRole::parse(r).ok_or_else(|| {
            k.loc
                .error(format!("key {:?} has an unknown role {r:?}", k.name))
                .hint("a key's role is full, usage or read")
        }),
    }
}

fn resource_of(r: &ResourceSpec) -> Result<(ResourceKind, String)> {
    let kind = ResourceKind::parse(r.kind.trim()).ok_or_else(|| {
        r.loc
            .error(format!("there is no resource kind {:?}", r.kind))
            .hint("kinds: number, app, service-api, webhook, config")
    })?;
    let value = kind.canonical(&r.value).map_err(|e| at(&r.loc, e))?;
    Ok((kind, value))
}

fn check_items(
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
        let n = Name::parse(&k.name, "key name").map_err(|e| at(&k.loc, e))?;
        if !names.insert(n.as_str().to_string()) {
            return Err(k.loc.error(format!("key {:?} is given twice here", k.name)));
        }
        key_role_of(k)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Applying.

/// Make the store match `m`, in the caller's transaction: create what is missing, change what
/// differs, leave the rest. The changes append no audit entries of their own; one entry sums
/// the apply up (R25). `progress` is told how many projects and subprojects are done.
pub fn apply(tx: &Tx, env: &Env, m: &Manifest, progress: &mut dyn FnMut(u64)) -> Result<Plan> {
    let bulk = Env {
        bulk: true,
        ..env.clone()
    };
    let env = &bulk;
    let mut plan = Plan::default();
    account(tx, env, m, &mut plan)?;
    billing_accounts(tx, env, &m.billing_accounts, &mut plan)?;
    for u in &m.users {
        user(tx, env, u, &mut plan)?;
    }
    let mut done = 0u64;
    for p in &m.projects {
        project(tx, env, p, &mut plan, &mut done, progress)?;
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

fn account(tx: &Tx, env: &Env, m: &Manifest, plan: &mut Plan) -> Result<()> {
    let start = Loc {
        file: m.file.clone(),
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
            let fields = quotas(tx, env, a)?;
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
                fields.extend(quotas(tx, env, a)?);
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
fn quotas(tx: &Tx, env: &Env, a: &AccountSpec) -> Result<Vec<Field>> {
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
            edits::set_quota(tx, env, kind, *wanted).map_err(|e| at(loc, e))?;
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

fn billing_accounts(tx: &Tx, env: &Env, specs: &[BillingSpec], plan: &mut Plan) -> Result<()> {
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
                Some(&i) => plan.changes[i].fields.push(set("default", "true")),
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
                    plan.changes[i].fields.retain(|f| f.name != "default");
                }
            }
        }
    }
    Ok(())
}

fn opt_text(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "none".to_string())
}

fn user(tx: &Tx, env: &Env, u: &UserSpec, plan: &mut Plan) -> Result<()> {
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
                let n = Name::parse(n, "user name").map_err(|e| at(&u.loc, e))?;
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

fn grant(tx: &Tx, env: &Env, u: &UserSpec, g: &GrantSpec, plan: &mut Plan) -> Result<()> {
    let role = role_of(g)?;
    let on = g.project.as_deref().map(str::trim);
    // A grant that is already there is left alone without asking for grant.manage.
    if let Some(user) = tx.user_by_email_key(&fold(u.email.trim()))? {
        let scope = match on {
            None => Some(None),
            Some(p) => tx.live_project_by_key(&fold(p))?.map(|n| Some(n.id)),
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

fn project(
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
    let (node, created) = match tx.live_project_by_key(&name.key())? {
        None => {
            let n = hierarchy::create_project(
                tx,
                env,
                name.as_str(),
                ba.as_ref().map(|b| b.name.as_str()),
                &p.labels,
            )
            .map_err(|e| at(&p.loc, e))?;
            let bname = match &ba {
                Some(b) => b.name.clone(),
                None => billing::default_billing_account(tx)?.name,
            };
            let mut fields = vec![set("billing_account", bname)];
            if !p.labels.is_empty() {
                fields.push(set("labels", labels_text(&p.labels)));
            }
            let n = protection(tx, env, n, p.protected, &p.loc, &mut fields)?;
            plan.create("project", n.name.clone(), n.id.to_string(), fields);
            (n, true)
        }
        Some(mut n) => {
            env.require(tx, Action::Read, Scope::Node(n.id))
                .map_err(|e| at(&p.loc, e))?;
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
            let merged = edited_labels(&n.labels, &p.labels, &p.remove_labels);
            if merged != n.labels {
                fields.push(changed(
                    "labels",
                    labels_text(&n.labels),
                    labels_text(&merged),
                ));
                n = hierarchy::set_labels(tx, env, &n, &merged).map_err(|e| at(&p.loc, e))?;
            }
            n = protection(tx, env, n, p.protected, &p.loc, &mut fields)?;
            plan.update("project", n.name.clone(), n.id.to_string(), fields);
            (n, false)
        }
    };
    items(tx, env, &node, &p.resources, &p.keys, plan)?;
    *done += 1;
    progress(*done);
    // The project's subprojects, found by external id and by name in one read.
    let existing = if created {
        Vec::new()
    } else {
        tx.list_nodes(&NodeFilter {
            parent: Some(Some(node.id)),
            ..NodeFilter::default()
        })?
    };
    let mut by_name: HashMap<String, usize> = HashMap::with_capacity(existing.len());
    let mut by_external: HashMap<String, usize> = HashMap::new();
    for (i, s) in existing.iter().enumerate() {
        by_name.insert(fold(&s.name), i);
        if let Some(x) = &s.external_id {
            by_external.insert(x.clone(), i);
        }
    }
    for s in &p.subprojects {
        let external = s
            .external_id
            .as_deref()
            .map(parse_external_id)
            .transpose()
            .map_err(|e| at(&s.loc, e))?;
        let sname = Name::parse(&s.name, "subproject").map_err(|e| at(&s.loc, e))?;
        let found = external
            .as_ref()
            .and_then(|x| by_external.get(x))
            .or_else(|| by_name.get(&sname.key()))
            .map(|&i| &existing[i]);
        let sub = match found {
            None => create_subproject(tx, env, &node, s, &sname, external.as_deref(), plan)?,
            Some(n) => update_subproject(tx, env, n, s, &sname, external.as_deref(), plan)?,
        };
        items(tx, env, &sub, &s.resources, &s.keys, plan)?;
        *done += 1;
        progress(*done);
    }
    Ok(())
}

fn create_subproject(
    tx: &Tx,
    env: &Env,
    parent: &Node,
    s: &SubprojectSpec,
    name: &Name,
    external: Option<&str>,
    plan: &mut Plan,
) -> Result<Node> {
    let created = hierarchy::create_subproject(
        tx,
        env,
        parent,
        &NewSubproject {
            name: name.as_str(),
            external_id: external,
            credit_limit: s.credit_limit.as_ref().map(|(c, _)| c.as_str()),
            labels: &s.labels,
            if_not_exists: false,
        },
    )
    .map_err(|e| at(&s.loc, e))?;
    let mut node = created.node;
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
    if let Some((period, loc)) = &s.limit_period {
        if *period != node.limit_period {
            let limit = node
                .credit_limit
                .map_or_else(|| "none".to_string(), |l| l.format(&node.currency));
            node = billing::set_credit_limit(tx, env, &node, &limit, Some(*period))
                .map_err(|e| at(loc, e))?
                .0;
            fields.push(set("limit_period", period.as_str()));
        }
    }
    if let Some((t, loc)) = &s.alert_thresholds {
        if *t != node.alert_thresholds {
            node = spend::set_alerts(tx, env, &node, &format_thresholds(t))
                .map_err(|e| at(loc, e))?
                .0;
            fields.push(set("alert_thresholds", thresholds_field(t)));
        }
    }
    if s.suspended == Some(true) {
        node = hierarchy::set_suspended(tx, env, &node, true)
            .map_err(|e| at(&s.loc, e))?
            .0;
        fields.push(set("status", "suspended"));
    }
    let node = protection(tx, env, node, s.protected, &s.loc, &mut fields)?;
    plan.create("subproject", node.path(), node.id.to_string(), fields);
    Ok(node)
}

fn update_subproject(
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
                n = hierarchy::set_external_id(tx, env, &n, x).map_err(|e| at(&s.loc, e))?;
                fields.push(changed("external_id", "none", x));
            }
        }
    }
    if n.name != name.as_str() {
        let from = n.name.clone();
        n = hierarchy::rename(tx, env, &n, name.as_str()).map_err(|e| at(&s.loc, e))?;
        fields.push(changed("name", from, n.name.clone()));
    }
    if let Some((raw, loc)) = &s.credit_limit {
        let limit = Amount::parse_non_negative(raw, "a credit limit").map_err(|e| at(loc, e))?;
        if n.credit_limit != Some(limit) {
            let from = n
                .credit_limit
                .map_or_else(|| "none".to_string(), |l| l.format(&n.currency));
            n = billing::set_credit_limit(tx, env, &n, raw, None)
                .map_err(|e| at(loc, e))?
                .0;
            fields.push(changed("credit_limit", from, limit.format(&n.currency)));
        }
    }
    if let Some((period, loc)) = &s.limit_period {
        if *period != n.limit_period {
            let from = n.limit_period.as_str();
            let limit = n
                .credit_limit
                .map_or_else(|| "none".to_string(), |l| l.format(&n.currency));
            n = billing::set_credit_limit(tx, env, &n, &limit, Some(*period))
                .map_err(|e| at(loc, e))?
                .0;
            fields.push(changed("limit_period", from, period.as_str()));
        }
    }
    if let Some((t, loc)) = &s.alert_thresholds {
        if *t != n.alert_thresholds {
            let from = thresholds_field(&n.alert_thresholds);
            n = spend::set_alerts(tx, env, &n, &format_thresholds(t))
                .map_err(|e| at(loc, e))?
                .0;
            fields.push(changed("alert_thresholds", from, thresholds_field(t)));
        }
    }
    let merged = edited_labels(&n.labels, &s.labels, &s.remove_labels);
    if merged != n.labels {
        fields.push(changed(
            "labels",
            labels_text(&n.labels),
            labels_text(&merged),
        ));
        n = hierarchy::set_labels(tx, env, &n, &merged).map_err(|e| at(&s.loc, e))?;
    }
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
fn items(
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
        let name = Name::parse(&k.name, "key name").map_err(|e| at(&k.loc, e))?;
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

// ---------------------------------------------------------------------------------------------
// Exporting.

/// The live structure as a manifest, in a stable order (by name): deleted projects and
/// subprojects, revoked and expired keys, unnamed keys (a manifest names keys) and grants on
/// deleted projects are left out. Needs read access to the whole account.
pub fn export(tx: &Tx, env: &Env) -> Result<Manifest> {
    env.require(tx, Action::Read, Scope::Account)?;
    let here = Loc {
        file: "export".into(),
        line: 0,
        col: 0,
    };
    let account = hierarchy::account(tx)?;
    let bas = tx.list_billing_accounts()?;
    let ba_names: HashMap<uuid::Uuid, String> =
        bas.iter().map(|b| (b.id, b.name.clone())).collect();
    let projects = tx.list_nodes(&NodeFilter {
        parent: Some(None),
        ..NodeFilter::default()
    })?;
    let project_names: HashMap<uuid::Uuid, String> =
        projects.iter().map(|p| (p.id, p.name.clone())).collect();
    let mut subs: HashMap<uuid::Uuid, Vec<Node>> = HashMap::new();
    for s in tx.list_nodes(&NodeFilter::default())? {
        if let Some(p) = s.parent_id {
            subs.entry(p).or_default().push(s);
        }
    }
    let mut keys: HashMap<uuid::Uuid, Vec<KeySpec>> = HashMap::new();
    // Every key, kept when in force by the domain's one key-state rule (R38).
    for k in tx.list_keys(&KeyFilter {
        nodes: None,
        with_children: false,
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
    let resources_of = |id: uuid::Uuid| -> Result<Vec<ResourceSpec>> {
        let mut list = tx.resources_on(id)?;
        list.sort_by(|a, b| (&a.kind, &a.value).cmp(&(&b.kind, &b.value)));
        Ok(list
            .into_iter()
            .map(|r| ResourceSpec {
                loc: here.clone(),
                kind: r.kind,
                value: r.value,
            })
            .collect())
    };
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
    let mut project_specs = Vec::with_capacity(projects.len());
    for p in &projects {
        let mut sub_specs = Vec::new();
        for s in subs.remove(&p.id).unwrap_or_default() {
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
                remove_labels: Vec::new(),
                resources: resources_of(s.id)?,
                keys: keys.remove(&s.id).unwrap_or_default(),
                name: s.name,
                external_id: s.external_id,
                labels: s.labels,
            });
        }
        project_specs.push(ProjectSpec {
            loc: here.clone(),
            name: p.name.clone(),
            billing_account: p
                .billing_account_id
                .and_then(|id| ba_names.get(&id))
                .map(|n| (n.clone(), here.clone())),
            labels: p.labels.clone(),
            remove_labels: Vec::new(),
            protected: p.protected.then_some(true),
            resources: resources_of(p.id)?,
            keys: keys.remove(&p.id).unwrap_or_default(),
            subprojects: sub_specs,
        });
    }
    Ok(Manifest {
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
        projects: project_specs,
    })
}
