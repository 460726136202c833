//! R01-R05 and R14-R16: the account, its projects and their subprojects.

use super::access::{reach, unseen, Action, Reach, Scope, Sight};
use super::billing::{default_billing_account, resolve_billing_account};
use super::model::{
    Account, ApiKey, BillingAccount, BillingKind, LimitPeriod, Node, Resource, Status,
    DEFAULT_THRESHOLDS,
};
use super::money::{Amount, Currency};
use super::names::{fold, parse_external_id, Labels, Name};
use super::Env;
use crate::error::{Error, Kind, Result};
use crate::store::{NewNode, NodeFilter, Tx};
use uuid::Uuid;

/// What `init` is asked to create (R01), checked before any file is created.
pub struct InitSpec {
    account_name: Name,
    currency: Currency,
    billing_kind: BillingKind,
    billing_name: Name,
    project_name: Name,
}

impl InitSpec {
    pub fn new(
        account_name: &str,
        currency: &str,
        billing_kind: BillingKind,
        billing_name: &str,
        project_name: &str,
    ) -> Result<InitSpec> {
        Ok(InitSpec {
            account_name: Name::parse(account_name, "account")?,
            currency: Currency::parse(currency)?,
            billing_kind,
            billing_name: Name::parse(billing_name, "billing account")?,
            project_name: Name::parse(project_name, "project")?,
        })
    }
}

/// What `init` created.
pub struct Initialised {
    pub account: Account,
    pub billing_account: BillingAccount,
    pub project: Node,
}

/// R01: create the account with its default billing account and default project, at once.
pub fn init(tx: &Tx, env: &Env, spec: &InitSpec) -> Result<Initialised> {
    if let Some(existing) = tx.account()? {
        return Err(Error::conflict(format!(
            "the store already holds the account {:?}",
            existing.name
        ))
        .hint("a store holds exactly one account; use --db to name another store"));
    }
    let (account_name, billing_name) = (&spec.account_name, &spec.billing_name);
    let now = env.now();
    let account = Account {
        id: Uuid::new_v4(),
        name: account_name.as_str().to_string(),
        created_at: now,
        quotas: Default::default(),
    };
    tx.insert_account(&account)?;
    let billing = BillingAccount {
        id: Uuid::new_v4(),
        name: billing_name.as_str().to_string(),
        kind: spec.billing_kind,
        currency: spec.currency,
        balance: (spec.billing_kind == BillingKind::Prepaid).then_some(Amount::ZERO),
        legal_name: None,
        address: None,
        tax_id: None,
        is_default: true,
        created_at: now,
        updated_at: now,
    };
    tx.insert_billing_account(&billing, &billing_name.key())?;
    env.audit(tx, "account.init", &account.name, None)?;
    env.audit(tx, "billing.create", &billing.name, None)?;
    let project = insert_project(tx, env, &spec.project_name, &billing, &Labels::new())?;
    Ok(Initialised {
        account,
        billing_account: billing,
        project,
    })
}

/// R01 for a store made from a manifest: the account alone, without `init`'s default billing
/// account and project (the manifest names its own).
pub fn create_account(tx: &Tx, env: &Env, name: &str) -> Result<Account> {
    env.require(tx, Action::AccountManage, Scope::Account)?;
    if let Some(existing) = tx.account()? {
        return Err(Error::conflict(format!(
            "the store already holds the account {:?}",
            existing.name
        )));
    }
    let name = Name::parse(name, "account")?;
    let account = Account {
        id: Uuid::new_v4(),
        name: name.as_str().to_string(),
        created_at: env.now(),
        quotas: Default::default(),
    };
    tx.insert_account(&account)?;
    env.audit(tx, "account.init", &account.name, None)?;
    Ok(account)
}

/// Check labels given as a map (a manifest's inline table) as `--label k=v` is checked.
pub fn check_labels(labels: &Labels) -> Result<()> {
    for (k, v) in labels {
        let (key, value) = super::names::parse_label(&format!("{k}={v}"))?;
        if &key != k || &value != v {
            return Err(Error::invalid(format!(
                "label {k:?} = {v:?} has spaces around its key or value"
            )));
        }
    }
    Ok(())
}

/// R05: replace the labels of a live project or subproject.
pub fn set_labels(tx: &Tx, env: &Env, node: &Node, labels: &Labels) -> Result<Node> {
    env.require(tx, Action::SubprojectManage, Scope::Node(node.id))?;
    require_live(node)?;
    check_labels(labels)?;
    if &node.labels != labels {
        tx.replace_labels(node.id, labels)?;
        let text: Vec<String> = labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
        env.changed(
            tx,
            &format!("{}.labels", node.kind()),
            node,
            Some(&text.join(",")),
        )?;
    }
    tx.node_by_id(node.id)?
        .ok_or_else(|| Error::internal("a node vanished while its labels changed"))
}

/// R05: set a live subproject's external id, unique among its project's live subprojects.
pub fn set_external_id(tx: &Tx, env: &Env, sub: &Node, raw: &str) -> Result<Node> {
    env.require(tx, Action::SubprojectManage, Scope::Node(sub.id))?;
    require_live(sub)?;
    let Some(parent) = sub.parent_id else {
        return Err(Error::conflict("only subprojects have external ids"));
    };
    let x = parse_external_id(raw)?;
    if sub.external_id.as_deref() == Some(x.as_str()) {
        return Ok(sub.clone());
    }
    if let Some(other) = tx.live_subproject_by_external_id(parent, &x)? {
        return Err(Error::conflict(format!(
            "project {:?} already has a subproject with external id {x:?}: {:?}",
            sub.parent_name.clone().unwrap_or_default(),
            other.name
        ))
        .hint("external ids are unique within a project"));
    }
    tx.set_external_id(sub.id, Some(&x))?;
    env.changed(tx, "subproject.external-id", sub, Some(&format!("{x:?}")))?;
    tx.node_by_id(sub.id)?
        .ok_or_else(|| Error::internal("a subproject vanished"))
}

/// The account, which every initialised store has.
pub fn account(tx: &Tx) -> Result<Account> {
    tx.account()?.ok_or_else(|| {
        Error::not_found("the store holds no account").hint("run: acctl init --name NAME")
    })
}

pub fn rename_account(tx: &Tx, env: &Env, new_name: &str) -> Result<Account> {
    env.require(tx, Action::AccountManage, Scope::Account)?;
    let name = Name::parse(new_name, "account")?;
    let mut account = account(tx)?;
    if account.name != name.as_str() {
        tx.rename_account(name.as_str())?;
        env.audit(
            tx,
            "account.rename",
            name.as_str(),
            Some(&format!("from {:?}", account.name)),
        )?;
        account.name = name.as_str().to_string();
    }
    Ok(account)
}

// ---------------------------------------------------------------------------------------------
// Looking things up (R05): a project by name or id, a subproject by `project/sub` or id.

/// Lookups through a principal's eyes (R24): `see` gives back a node the principal may know of
/// and `None` for one it may not, so that the lookup answers as if it did not exist.
pub type See<'a> = &'a dyn Fn(Node) -> Option<Node>;

/// A lookup that judges no principal sees everything.
fn see_all(n: Node) -> Option<Node> {
    Some(n)
}

/// Run the lookup `f` as `env`'s principal sees the store: what it does not reach is not found,
/// in the same words as what does not exist; a key's attempt on it is audited (R24, R25).
pub fn seen_by<T>(tx: &Tx, env: &Env, f: impl FnOnce(See) -> Result<T>) -> Result<T> {
    if env.principal.is_operator() {
        return f(&see_all);
    }
    let sight = Sight::of(tx, &env.principal)?;
    let hidden = std::cell::RefCell::new(None);
    let see = |n: Node| {
        if sight.sees(&n) {
            Some(n)
        } else {
            *hidden.borrow_mut() = Some(n);
            None
        }
    };
    match f(&see) {
        Err(e) if e.kind == Kind::NotFound => match hidden.into_inner() {
            Some(h) => Err(unseen(tx, &env.principal, e, &h)?),
            None => Err(e),
        },
        other => other,
    }
}

/// A live project by name, or any project by id.
pub fn resolve_project(tx: &Tx, reference: &str) -> Result<Node> {
    resolve_project_in(tx, reference, &see_all)
}

/// [`resolve_project`] as the principal sees the store (R24).
pub fn resolve_project_for(tx: &Tx, env: &Env, reference: &str) -> Result<Node> {
    seen_by(tx, env, |see| resolve_project_in(tx, reference, see))
}

fn resolve_project_in(tx: &Tx, reference: &str, see: See) -> Result<Node> {
    let reference = reference.trim();
    if let Ok(id) = Uuid::parse_str(reference) {
        match tx.node_by_id(id)?.and_then(see) {
            Some(n) if !n.is_subproject() => return Ok(n),
            Some(n) => {
                return Err(Error::invalid(format!(
                    "{} is a subproject ({}), not a project",
                    id,
                    n.display_name()
                )))
            }
            None => {}
        }
    }
    if reference.contains('/') {
        return Err(Error::invalid(format!(
            "{reference:?} names a subproject, not a project"
        )));
    }
    tx.live_project_by_key(&fold(reference))?
        .and_then(see)
        .ok_or_else(|| {
            Error::not_found(format!("project {reference:?} not found"))
                .hint("list them with: acctl project list")
        })
}

/// A live subproject by `project/subproject`, or any subproject (deleted ones too) by id.
pub fn resolve_subproject(tx: &Tx, reference: &str) -> Result<Node> {
    resolve_subproject_in(tx, reference, &see_all)
}

/// [`resolve_subproject`] as the principal sees the store (R24).
pub fn resolve_subproject_for(tx: &Tx, env: &Env, reference: &str) -> Result<Node> {
    seen_by(tx, env, |see| resolve_subproject_in(tx, reference, see))
}

fn resolve_subproject_in(tx: &Tx, reference: &str, see: See) -> Result<Node> {
    let reference = reference.trim();
    if let Ok(id) = Uuid::parse_str(reference) {
        return match tx.node_by_id(id)?.and_then(see) {
            Some(n) if n.is_subproject() => Ok(n),
            Some(n) => Err(Error::invalid(format!(
                "{id} is a project ({}), not a subproject",
                n.name
            ))),
            None => Err(Error::not_found(format!("subproject {id} not found"))
                .hint("list them with: acctl subproject list --show-deleted")),
        };
    }
    let Some((project, sub)) = reference.split_once('/') else {
        return Err(
            Error::invalid(format!("{reference:?} does not name a subproject"))
                .hint("name a subproject as project/subproject, or by its id"),
        );
    };
    let parent = resolve_project_in(tx, project, see)?;
    tx.live_subproject_by_key(parent.id, &fold(sub.trim()))?
        .and_then(see)
        .ok_or_else(|| {
            Error::not_found(format!(
                "subproject {:?} not found",
                format!("{}/{}", parent.name, sub.trim())
            ))
            .hint(format!(
                "list them with: acctl subproject list {}",
                parent.name
            ))
        })
}

/// A project or a subproject: `name`, `project/sub`, or an id of either.
pub fn resolve_target(tx: &Tx, reference: &str) -> Result<Node> {
    resolve_target_in(tx, reference, &see_all)
}

/// [`resolve_target`] as the principal sees the store (R24).
pub fn resolve_target_for(tx: &Tx, env: &Env, reference: &str) -> Result<Node> {
    seen_by(tx, env, |see| resolve_target_in(tx, reference, see))
}

pub(crate) fn resolve_target_in(tx: &Tx, reference: &str, see: See) -> Result<Node> {
    let trimmed = reference.trim();
    if let Ok(id) = Uuid::parse_str(trimmed) {
        if let Some(n) = tx.node_by_id(id)?.and_then(see) {
            return Ok(n);
        }
        return Err(
            Error::not_found(format!("no project or subproject has the id {id}"))
                .hint("list them with: acctl tree --show-deleted"),
        );
    }
    if trimmed.contains('/') {
        resolve_subproject_in(tx, trimmed, see)
    } else {
        resolve_project_in(tx, trimmed, see)
    }
}

/// Refuse a deleted project or subproject (exit 4).
pub(crate) fn require_live(node: &Node) -> Result<()> {
    if node.is_live() {
        return Ok(());
    }
    let e = Error::conflict(format!(
        "{} {} is deleted",
        node.kind(),
        node.display_name()
    ));
    Err(if node.is_subproject() {
        e.hint(format!(
            "restore it first (while its name is free): acctl subproject restore {}",
            node.id
        ))
    } else {
        e.hint("a deleted project stays deleted; list the live ones with: acctl project list")
    })
}

// ---------------------------------------------------------------------------------------------
// Projects (R02, R16).

fn insert_project(
    tx: &Tx,
    env: &Env,
    name: &Name,
    billing: &BillingAccount,
    labels: &Labels,
) -> Result<Node> {
    let key = name.key();
    if let Some(existing) = tx.live_project_by_key(&key)? {
        return Err(Error::conflict(format!(
            "a project named {:?} already exists",
            existing.name
        ))
        .hint("project names are unique without regard to case"));
    }
    let id = Uuid::new_v4();
    tx.insert_node(&NewNode {
        id,
        parent_id: None,
        name: name.as_str(),
        name_key: &key,
        billing_account_id: Some(billing.id),
        external_id: None,
        credit_limit: None,
        labels,
        created_at: env.now(),
    })?;
    let node = tx
        .node_by_id(id)?
        .ok_or_else(|| Error::internal("a project vanished after its creation"))?;
    env.audit_node(
        tx,
        "project.create",
        &node,
        Some(&format!("billing account {:?}", billing.name)),
    )?;
    Ok(node)
}

/// R02: create a project, linked to the named billing account or to the default one.
pub fn create_project(
    tx: &Tx,
    env: &Env,
    name: &str,
    billing: Option<&str>,
    labels: &Labels,
) -> Result<Node> {
    env.require(tx, Action::AccountManage, Scope::Account)?;
    let name = Name::parse(name, "project")?;
    let billing = match billing {
        Some(b) => resolve_billing_account(tx, b)?,
        None => default_billing_account(tx)?,
    };
    insert_project(tx, env, &name, &billing, labels)
}

/// R05: rename a project or a subproject; the new name must be free among its live siblings.
pub fn rename(tx: &Tx, env: &Env, node: &Node, new_name: &str) -> Result<Node> {
    env.require(tx, Action::SubprojectManage, Scope::Node(node.id))?;
    require_live(node)?;
    let name = Name::parse(new_name, node.kind())?;
    let key = name.key();
    let clash = match node.parent_id {
        None => tx.live_project_by_key(&key)?,
        Some(p) => tx.live_subproject_by_key(p, &key)?,
    };
    if let Some(other) = clash.filter(|o| o.id != node.id) {
        return Err(Error::conflict(format!(
            "a {} named {:?} already exists{}",
            node.kind(),
            other.name,
            match &node.parent_name {
                Some(p) => format!(" in project {p:?}"),
                None => String::new(),
            }
        ))
        .hint("names are unique among siblings without regard to case"));
    }
    if name.as_str() != node.name {
        tx.rename_node(node.id, name.as_str(), &key)?;
        env.changed(
            tx,
            &format!("{}.rename", node.kind()),
            node,
            Some(&format!("to {:?}", name.as_str())),
        )?;
    }
    tx.node_by_id(node.id)?
        .ok_or_else(|| Error::internal("a node vanished during a rename"))
}

/// What deleting a project or subproject does, or would do with `--dry-run` (R15, R16).
pub struct Deletion {
    pub node: Node,
    pub revoked_keys: Vec<ApiKey>,
    pub released_resources: Vec<Resource>,
    pub applied: bool,
}

/// R16: delete a project. Operator-only, refused while it has live subprojects or resources,
/// and for the last live project. Its charges stay.
pub fn delete_project(tx: &Tx, env: &Env, project: &Node, dry_run: bool) -> Result<Deletion> {
    env.require(tx, Action::ProjectDelete, Scope::Node(project.id))?;
    require_live(project)?;
    super::edits::refuse_if_protected(project, dry_run)?;
    let subs = tx.count_live_subprojects(project.id)?;
    if subs > 0 {
        return Err(Error::conflict(format!(
            "project {:?} still has {subs} live subproject{}",
            project.name,
            plural(subs)
        ))
        .hint(format!(
            "delete them first; list them with: acctl subproject list {}",
            project.name
        )));
    }
    let resources = tx.resources_on(project.id)?;
    if !resources.is_empty() {
        return Err(Error::conflict(format!(
            "project {:?} still holds {} resource{}",
            project.name,
            resources.len(),
            plural(resources.len() as i64)
        ))
        .hint(format!(
            "move or remove them first; list them with: acctl resource list {}",
            project.name
        )));
    }
    if tx.count_live_projects()? <= 1 {
        return Err(Error::conflict(format!(
            "project {:?} is the last project; the account always keeps one",
            project.name
        ))
        .hint("create another project first"));
    }
    let keys = tx.unrevoked_keys_on(project.id)?;
    if !dry_run {
        tx.revoke_keys_on(project.id, env.now())?;
        tx.set_node_status(project.id, Status::Deleted, env.now())?;
        env.changed(
            tx,
            "project.delete",
            project,
            Some(&format!("{} key(s) revoked", keys.len())),
        )?;
    }
    finish_deletion(tx, project, keys, Vec::new(), !dry_run)
}

fn finish_deletion(
    tx: &Tx,
    node: &Node,
    revoked_keys: Vec<ApiKey>,
    released_resources: Vec<Resource>,
    applied: bool,
) -> Result<Deletion> {
    let node = if applied {
        tx.node_by_id(node.id)?
            .ok_or_else(|| Error::internal("a node vanished during a deletion"))?
    } else {
        node.clone()
    };
    Ok(Deletion {
        node,
        revoked_keys,
        released_resources,
        applied,
    })
}

fn plural(n: i64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

// ---------------------------------------------------------------------------------------------
// Subprojects (R03, R04, R05, R12, R14, R15).

/// What `subproject create` is asked for.
pub struct NewSubproject<'a> {
    pub name: &'a str,
    pub external_id: Option<&'a str>,
    pub credit_limit: Option<&'a str>,
    pub labels: &'a Labels,
    /// Find an existing live subproject (by external id, else name) instead of failing.
    pub if_not_exists: bool,
}

/// The outcome of `subproject create`.
pub struct SubprojectCreated {
    pub node: Node,
    pub created: bool,
    /// With `--if-not-exists`, the attributes of the existing subproject that differ.
    pub differences: Vec<String>,
}

/// R03/R04: create a subproject under a live project; `parent` must itself be a project.
pub fn create_subproject(
    tx: &Tx,
    env: &Env,
    parent: &Node,
    spec: &NewSubproject,
) -> Result<SubprojectCreated> {
    env.require(tx, Action::SubprojectManage, Scope::Node(parent.id))?;
    if parent.is_subproject() {
        return Err(Error::conflict(format!(
            "{} is a subproject and cannot have subprojects",
            parent.display_name()
        ))
        .hint("there are at most three tiers: account > project > subproject"));
    }
    require_live(parent)?;
    let name = Name::parse(spec.name, "subproject")?;
    let external_id = spec.external_id.map(parse_external_id).transpose()?;
    let credit_limit = spec
        .credit_limit
        .map(|l| Amount::parse_non_negative(l, "a credit limit"))
        .transpose()?;
    let key = name.key();

    let by_external = match &external_id {
        Some(x) => tx.live_subproject_by_external_id(parent.id, x)?,
        None => None,
    };
    let by_name = tx.live_subproject_by_key(parent.id, &key)?;
    if spec.if_not_exists {
        // Found by external id when one is given, else by name (CLI.md).
        let found = if external_id.is_some() {
            by_external.clone()
        } else {
            by_name.clone()
        };
        if let Some(node) = found {
            let differences = differences(
                &node,
                &name,
                external_id.as_deref(),
                credit_limit,
                spec.labels,
            );
            return Ok(SubprojectCreated {
                node,
                created: false,
                differences,
            });
        }
    }
    if let Some(other) = by_name {
        return Err(Error::conflict(format!(
            "project {:?} already has a subproject named {:?}",
            parent.name, other.name
        ))
        .hint("names are unique among siblings without regard to case; --if-not-exists finds the existing one"));
    }
    if let Some(other) = by_external {
        return Err(Error::conflict(format!(
            "project {:?} already has a subproject with external id {:?}: {:?}",
            parent.name,
            other.external_id.unwrap_or_default(),
            other.name
        ))
        .hint("external ids are unique within a project; --if-not-exists finds the existing one"));
    }
    super::edits::check_subproject_quota(tx, parent)?;
    let id = Uuid::new_v4();
    tx.insert_node(&NewNode {
        id,
        parent_id: Some(parent.id),
        name: name.as_str(),
        name_key: &key,
        billing_account_id: None,
        external_id: external_id.as_deref(),
        credit_limit,
        labels: spec.labels,
        created_at: env.now(),
    })?;
    // What was just inserted, without reading it back (bulk applies create 100,000s).
    let node = Node {
        id,
        parent_id: Some(parent.id),
        parent_name: Some(parent.name.clone()),
        name: name.as_str().to_string(),
        billing_account_id: None,
        currency: parent.currency,
        external_id,
        credit_limit,
        total_spent: Amount::ZERO,
        status: Status::Active,
        labels: spec.labels.clone(),
        created_at: env.now(),
        deleted_at: None,
        limit_period: LimitPeriod::Lifetime,
        alert_thresholds: DEFAULT_THRESHOLDS.to_vec(),
        spent_this_month: Amount::ZERO,
        updated_at: env.now(),
        protected: false,
    };
    env.audit_node(tx, "subproject.create", &node, None)?;
    Ok(SubprojectCreated {
        node,
        created: true,
        differences: Vec::new(),
    })
}

fn differences(
    node: &Node,
    name: &Name,
    external_id: Option<&str>,
    credit_limit: Option<Amount>,
    labels: &Labels,
) -> Vec<String> {
    let mut out = Vec::new();
    if node.name != name.as_str() {
        out.push(format!("name is {:?}, not {:?}", node.name, name.as_str()));
    }
    if let Some(x) = external_id {
        if node.external_id.as_deref() != Some(x) {
            out.push(format!(
                "external id is {:?}, not {x:?}",
                node.external_id.as_deref().unwrap_or("")
            ));
        }
    }
    if let Some(limit) = credit_limit {
        if node.credit_limit != Some(limit) {
            out.push(format!(
                "credit limit is {}, not {}",
                node.credit_limit
                    .map(|l| l.format(&node.currency))
                    .unwrap_or_else(|| "none".into()),
                limit.format(&node.currency)
            ));
        }
    }
    if !labels.is_empty() && &node.labels != labels {
        out.push("labels differ".to_string());
    }
    out
}

/// Read one project or subproject: the principal must reach it.
pub fn visible(tx: &Tx, env: &Env, node: Node) -> Result<Node> {
    env.require(tx, Action::Read, Scope::Node(node.id))?;
    Ok(node)
}

/// The one subproject a subproject key reaches, when it lies in `project`.
fn lone_subproject_in(tx: &Tx, r: &Reach, project: &Node) -> Result<Option<Uuid>> {
    Ok(match r {
        Reach::Subproject(s) => tx
            .node_by_id(*s)?
            .filter(|n| n.parent_id == Some(project.id))
            .map(|n| n.id),
        _ => None,
    })
}

/// Projects the principal reaches, each with its number of live subprojects.
pub fn list_projects(
    tx: &Tx,
    env: &Env,
    include_deleted: bool,
    selector: &Labels,
) -> Result<Vec<(Node, i64)>> {
    let r = reach(tx, &env.principal, Action::Read)?;
    let ids: Option<Vec<Uuid>> = match &r {
        Reach::All => None,
        Reach::Projects(ps) => Some(ps.clone()),
        Reach::Subproject(_) | Reach::Nothing => Some(Vec::new()),
    };
    let list = tx.list_nodes(&NodeFilter {
        parent: Some(None),
        include_deleted,
        labels: Some(selector),
        ids: ids.as_deref(),
        ..NodeFilter::default()
    })?;
    let counts = tx.live_subproject_counts()?;
    Ok(list
        .into_iter()
        .map(|p| {
            let c = counts.get(&p.id).copied().unwrap_or(0);
            (p, c)
        })
        .collect())
}

/// What `account show` prints.
pub struct AccountSummary {
    pub account: Account,
    pub billing_accounts: Vec<BillingAccount>,
    pub projects: i64,
    pub subprojects: i64,
}

pub fn account_summary(tx: &Tx, env: &Env) -> Result<AccountSummary> {
    env.require(tx, Action::Read, Scope::Account)?;
    let (projects, subprojects) = tx.count_live_nodes()?;
    Ok(AccountSummary {
        account: account(tx)?,
        billing_accounts: tx.list_billing_accounts()?,
        projects,
        subprojects,
    })
}

/// List subprojects, of one project or of all, limited to what the principal reaches (a
/// subproject key sees its own subproject alone).
pub fn list_subprojects(
    tx: &Tx,
    env: &Env,
    project: Option<&Node>,
    filter: &NodeFilter,
) -> Result<Vec<Node>> {
    let r = reach(tx, &env.principal, Action::Read)?;
    let only: Vec<Uuid>;
    let parents: Vec<Uuid>;
    let (ids, parent_ids) = match project {
        Some(p) if r.contains(p) => (None, None),
        Some(p) => match lone_subproject_in(tx, &r, p)? {
            Some(s) => {
                only = vec![s];
                (Some(only.as_slice()), None)
            }
            None => {
                // Nothing of the project is reached: refuse, naming why.
                env.require(tx, Action::Read, Scope::Node(p.id))?;
                (None, None)
            }
        },
        None => match &r {
            Reach::All => (None, None),
            Reach::Projects(ps) => {
                parents = ps.clone();
                (None, Some(parents.as_slice()))
            }
            Reach::Subproject(s) => {
                only = vec![*s];
                (Some(only.as_slice()), None)
            }
            Reach::Nothing => return Ok(Vec::new()),
        },
    };
    tx.list_nodes(&NodeFilter {
        parent: project.map(|p| Some(p.id)),
        include_deleted: filter.include_deleted,
        external_id: filter.external_id,
        labels: filter.labels,
        ids,
        parents: parent_ids,
    })
}

/// R14: suspend or resume a subproject. Doing it twice changes nothing and is not an error.
pub fn set_suspended(tx: &Tx, env: &Env, sub: &Node, suspend: bool) -> Result<(Node, bool)> {
    env.require(tx, Action::SubprojectManage, Scope::Node(sub.id))?;
    require_live(sub)?;
    let wanted = if suspend {
        Status::Suspended
    } else {
        Status::Active
    };
    if sub.status == wanted {
        return Ok((sub.clone(), false));
    }
    tx.set_node_status(sub.id, wanted, env.now())?;
    env.changed(
        tx,
        if suspend {
            "subproject.suspend"
        } else {
            "subproject.resume"
        },
        sub,
        None,
    )?;
    let node = tx
        .node_by_id(sub.id)?
        .ok_or_else(|| Error::internal("a subproject vanished"))?;
    Ok((node, true))
}

/// R15: delete a subproject: revoke its keys, free its name, keep its charges. Refused while
/// resources sit on it unless `release` removes them.
pub fn delete_subproject(
    tx: &Tx,
    env: &Env,
    sub: &Node,
    release: bool,
    dry_run: bool,
) -> Result<Deletion> {
    env.require(tx, Action::SubprojectManage, Scope::Node(sub.id))?;
    require_live(sub)?;
    super::edits::refuse_if_protected(sub, dry_run)?;
    let resources = tx.resources_on(sub.id)?;
    if !resources.is_empty() && !release {
        return Err(Error::conflict(format!(
            "subproject {} still holds {} resource{}",
            sub.display_name(),
            resources.len(),
            plural(resources.len() as i64)
        ))
        .hint("move them away first, or pass --release-resources to remove them"));
    }
    let keys = tx.unrevoked_keys_on(sub.id)?;
    if !dry_run {
        tx.revoke_keys_on(sub.id, env.now())?;
        tx.remove_resources_on(sub.id)?;
        tx.set_node_status(sub.id, Status::Deleted, env.now())?;
        env.changed(
            tx,
            "subproject.delete",
            sub,
            Some(&format!(
                "{} key(s) revoked, {} resource(s) released",
                keys.len(),
                resources.len()
            )),
        )?;
    }
    finish_deletion(tx, sub, keys, resources, !dry_run)
}

/// R15: restore a deleted subproject while its name (and external id) is free and its project
/// is live. Its revoked keys stay revoked.
pub fn restore_subproject(tx: &Tx, env: &Env, sub: &Node) -> Result<Node> {
    env.require(tx, Action::SubprojectManage, Scope::Node(sub.id))?;
    if sub.status != Status::Deleted {
        return Err(
            Error::conflict(format!("subproject {} is not deleted", sub.display_name())).hint(
                "only a deleted subproject can be restored; see it with: acctl subproject show",
            ),
        );
    }
    let parent_id = sub
        .parent_id
        .ok_or_else(|| Error::internal("a subproject without a parent"))?;
    let parent = tx
        .node_by_id(parent_id)?
        .ok_or_else(|| Error::internal("a subproject's parent is missing"))?;
    if !parent.is_live() {
        return Err(Error::conflict(format!(
            "cannot restore {}: its project {:?} is deleted",
            sub.display_name(),
            parent.name
        )));
    }
    if let Some(other) = tx.live_subproject_by_key(parent_id, &fold(&sub.name))? {
        return Err(Error::conflict(format!(
            "cannot restore {}: project {:?} has a live subproject named {:?}",
            sub.display_name(),
            parent.name,
            other.name
        ))
        .hint("rename the live one first, then restore"));
    }
    if let Some(x) = &sub.external_id {
        if let Some(other) = tx.live_subproject_by_external_id(parent_id, x)? {
            return Err(Error::conflict(format!(
                "cannot restore {}: the live subproject {:?} has its external id {x:?}",
                sub.display_name(),
                other.name
            ))
            .hint("external ids are unique among live subprojects; delete the live one first"));
        }
    }
    super::edits::check_subproject_quota(tx, &parent)?;
    tx.set_node_status(sub.id, Status::Active, env.now())?;
    env.changed(tx, "subproject.restore", sub, None)?;
    tx.node_by_id(sub.id)?
        .ok_or_else(|| Error::internal("a subproject vanished"))
}

/// The account's structure, for `tree`.
pub struct Tree {
    pub account: Account,
    pub billing_accounts: Vec<BillingAccount>,
    pub projects: Vec<(Node, Vec<Node>)>,
}

/// The tree below the account, or below one project: only what the principal reaches (a
/// subproject key sees its project's name and its own subproject).
pub fn tree(tx: &Tx, env: &Env, only: Option<&Node>, include_deleted: bool) -> Result<Tree> {
    let account = account(tx)?;
    let r = reach(tx, &env.principal, Action::Read)?;
    let lone = match &r {
        Reach::Subproject(s) => tx.node_by_id(*s)?,
        _ => None,
    };
    let shown =
        |p: &Node| r.contains(p) || lone.as_ref().is_some_and(|s| s.parent_id == Some(p.id));
    let projects = match only {
        Some(p) => {
            if !shown(p) {
                env.require(tx, Action::Read, Scope::Node(p.id))?;
            }
            vec![p.clone()]
        }
        None => tx
            .list_nodes(&NodeFilter {
                parent: Some(None),
                include_deleted,
                ..NodeFilter::default()
            })?
            .into_iter()
            .filter(|p| shown(p))
            .collect(),
    };
    let mut out = Vec::with_capacity(projects.len());
    for p in projects {
        let subs = tx
            .list_nodes(&NodeFilter {
                parent: Some(Some(p.id)),
                include_deleted,
                ..NodeFilter::default()
            })?
            .into_iter()
            .filter(|s| r.contains(s))
            .collect();
        out.push((p, subs));
    }
    let billing_accounts = tx
        .list_billing_accounts()?
        .into_iter()
        .filter(|b| r == Reach::All || out.iter().any(|(p, _)| p.billing_account_id == Some(b.id)))
        .collect();
    Ok(Tree {
        account,
        billing_accounts,
        projects: out,
    })
}
