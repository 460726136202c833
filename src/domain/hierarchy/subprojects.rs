//! Subprojects (R03, R04, R05, R12, R14, R15).

use super::*;
use crate::domain::access::{reach, Action, Reach, Scope};
use crate::domain::model::{
    Account, BillingAccount, LimitPeriod, Node, Status, DEFAULT_THRESHOLDS,
};
use crate::domain::money::Amount;
use crate::domain::names::{fold, parse_external_id, Labels, Name};
use crate::domain::Env;
use crate::error::{Error, Result};
use crate::store::{NewNode, NodeFilter, Tx};
use uuid::Uuid;

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
    may_hold_subprojects(tx, env, parent)?;
    let name = Name::parse_new(spec.name, "subproject")?;
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
        return Err(name_taken(parent, &other.name));
    }
    if let Some(other) = by_external {
        return Err(external_id_taken(
            &parent.name,
            other.external_id.as_deref().unwrap_or_default(),
            &other.name,
            true,
        ));
    }
    crate::domain::edits::check_subproject_quota(tx, parent)?;
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
    let node = new_subproject(
        id,
        parent,
        &name,
        external_id,
        credit_limit,
        spec.labels.clone(),
        env.now(),
    );
    env.audit_node(tx, "subproject.create", &node, None)?;
    Ok(SubprojectCreated {
        node,
        created: true,
        differences: Vec::new(),
    })
}

/// R03, R04: who may add subprojects to `parent`, and whether it can hold any: a live
/// project, never a subproject (three tiers at most).
fn may_hold_subprojects(tx: &Tx, env: &Env, parent: &Node) -> Result<()> {
    env.require(tx, Action::SubprojectManage, Scope::Node(parent.id))?;
    if parent.is_subproject() {
        return Err(Error::conflict(format!(
            "{} is a subproject and cannot have subprojects",
            parent.display_name()
        ))
        .hint("there are at most three tiers: account > project > subproject"));
    }
    require_live(parent)
}

/// A new subproject as it is written: active, nothing spent, the default limit period and
/// alert thresholds, unprotected.
fn new_subproject(
    id: Uuid,
    parent: &Node,
    name: &Name,
    external_id: Option<String>,
    credit_limit: Option<Amount>,
    labels: Labels,
    now: crate::domain::clock::Timestamp,
) -> Node {
    Node {
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
        labels,
        created_at: now,
        deleted_at: None,
        limit_period: LimitPeriod::Lifetime,
        alert_thresholds: DEFAULT_THRESHOLDS.to_vec(),
        spent_this_month: Amount::ZERO,
        updated_at: now,
        protected: false,
    }
}

/// R05: a sibling already has the name.
fn name_taken(parent: &Node, other: &str) -> Error {
    Error::conflict(format!(
        "project {:?} already has a subproject named {other:?}",
        parent.name
    ))
    .hint("names are unique among siblings without regard to case; --if-not-exists finds the existing one")
}

/// R05: a sibling already has the external id (`creating`: a new subproject would take it).
pub(crate) fn external_id_taken(
    project: &str,
    external_id: &str,
    other: &str,
    creating: bool,
) -> Error {
    Error::conflict(format!(
        "project {project:?} already has a subproject with external id {external_id:?}: {other:?}"
    ))
    .hint(if creating {
        "external ids are unique within a project; --if-not-exists finds the existing one"
    } else {
        "external ids are unique within a project"
    })
}

/// A new subproject for [`NewSubprojects::add`], with its values already typed.
pub struct NewChild<'a> {
    pub name: &'a str,
    pub external_id: Option<&'a str>,
    pub credit_limit: Option<Amount>,
    pub labels: Labels,
}

/// New subprojects of one project, each checked when added by the rules of
/// [`create_subproject`] (R03-R05, R36, and the same authorization), and written together by
/// [`NewSubprojects::flush`]: the live siblings are read once rather than twice per new one,
/// and the rows go in one bulk insert (COPY on a server). Nothing else may write subprojects
/// of the project between an `add` and the `flush` that writes it.
pub struct NewSubprojects {
    parent: Node,
    /// The live subprojects of the project as read, in name order.
    existing: Vec<Node>,
    /// Folded name and external id to the sibling: existing ones, then new ones.
    by_name: std::collections::HashMap<String, Sibling>,
    by_external: std::collections::HashMap<String, Sibling>,
    /// Live subprojects, with those added.
    live: i64,
    /// Checked once, at the first add: authorization, the parent, the quota.
    checked: Option<Option<i64>>,
    /// Added and not yet written, with their folded names.
    pending: Vec<(Node, String)>,
}

/// A live subproject of the project: one read (an index into `existing`), or one added.
enum Sibling {
    Existing(usize),
    New(String),
}

impl NewSubprojects {
    /// Read the live subprojects of `parent` (a project just created has none to read).
    pub fn of(tx: &Tx, parent: &Node, created: bool) -> Result<NewSubprojects> {
        let existing = if created {
            Vec::new()
        } else {
            tx.list_nodes(&NodeFilter {
                parent: Some(Some(parent.id)),
                ..NodeFilter::default()
            })?
        };
        let mut by_name = std::collections::HashMap::with_capacity(existing.len());
        let mut by_external = std::collections::HashMap::new();
        for (i, s) in existing.iter().enumerate() {
            by_name.insert(fold(&s.name), Sibling::Existing(i));
            if let Some(x) = &s.external_id {
                by_external.insert(x.clone(), Sibling::Existing(i));
            }
        }
        Ok(NewSubprojects {
            parent: parent.clone(),
            live: existing.len() as i64,
            existing,
            by_name,
            by_external,
            checked: None,
            pending: Vec::new(),
        })
    }

    /// The project's live subprojects as they were read.
    pub fn existing(&self) -> &[Node] {
        &self.existing
    }

    /// The index in [`NewSubprojects::existing`] of the subproject read with this external id,
    /// else with this folded name (one added since is not found: adding it again is refused).
    pub fn find_existing(&self, external_id: Option<&str>, key: &str) -> Option<usize> {
        let read = |s: Option<&Sibling>| match s {
            Some(Sibling::Existing(i)) => Some(*i),
            _ => None,
        };
        external_id
            .and_then(|x| read(self.by_external.get(x)))
            .or_else(|| read(self.by_name.get(key)))
    }

    fn name_of<'a>(&'a self, s: &'a Sibling) -> &'a str {
        match s {
            Sibling::Existing(i) => &self.existing[*i].name,
            Sibling::New(name) => name,
        }
    }

    /// Check one new subproject as `create_subproject` does, and queue it; the node as it
    /// will be written.
    pub fn add(&mut self, tx: &Tx, env: &Env, spec: NewChild) -> Result<Node> {
        let parent = &self.parent;
        let quota = match self.checked {
            Some(q) => q,
            None => {
                may_hold_subprojects(tx, env, parent)?;
                let q = account(tx)?.quotas.subprojects_per_project;
                self.checked = Some(q);
                q
            }
        };
        let name = Name::parse_new(spec.name, "subproject")?;
        let external_id = spec.external_id.map(parse_external_id).transpose()?;
        let key = name.key();
        if let Some(other) = self.by_name.get(&key) {
            return Err(name_taken(parent, self.name_of(other)));
        }
        if let Some(x) = &external_id {
            if let Some(other) = self.by_external.get(x) {
                return Err(external_id_taken(
                    &parent.name,
                    x,
                    self.name_of(other),
                    true,
                ));
            }
        }
        if let Some(max) = quota {
            crate::domain::edits::subproject_quota(parent, self.live, max)?;
        }
        let node = new_subproject(
            Uuid::new_v4(),
            parent,
            &name,
            external_id,
            spec.credit_limit,
            spec.labels,
            env.now(),
        );
        self.by_name
            .insert(key.clone(), Sibling::New(node.name.clone()));
        if let Some(x) = &node.external_id {
            self.by_external
                .insert(x.clone(), Sibling::New(node.name.clone()));
        }
        self.live += 1;
        self.pending.push((node.clone(), key));
        // Written in batches, so that what waits in memory stays small however many are
        // added.
        if self.pending.len() >= 1024 {
            self.flush(tx, env)?;
        }
        Ok(node)
    }

    /// Write what was added since the last flush, and audit each (R25).
    pub fn flush(&mut self, tx: &Tx, env: &Env) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let rows: Vec<NewNode> = self
            .pending
            .iter()
            .map(|(n, key)| NewNode {
                id: n.id,
                parent_id: n.parent_id,
                name: &n.name,
                name_key: key,
                billing_account_id: None,
                external_id: n.external_id.as_deref(),
                credit_limit: n.credit_limit,
                labels: &n.labels,
                created_at: n.created_at,
            })
            .collect();
        tx.insert_nodes(&rows)?;
        for (n, _) in &self.pending {
            env.audit_node(tx, "subproject.create", n, None)?;
        }
        self.pending.clear();
        Ok(())
    }
}

pub(super) fn differences(
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
pub(super) fn lone_subproject_in(tx: &Tx, r: &Reach, project: &Node) -> Result<Option<Uuid>> {
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
    Ok((tx.node_again(sub)?, true))
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
    crate::domain::edits::refuse_if_protected(sub, dry_run)?;
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
    let parent = tx.node(parent_id)?;
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
    crate::domain::edits::check_subproject_quota(tx, &parent)?;
    tx.set_node_status(sub.id, Status::Active, env.now())?;
    env.changed(tx, "subproject.restore", sub, None)?;
    tx.node_again(sub)
}

/// The account's structure, for `tree`.
pub struct Tree {
    pub account: Account,
    pub billing_accounts: Vec<BillingAccount>,
    pub projects: Vec<TreeProject>,
}

/// A project in a tree, with its subprojects the principal reaches.
pub struct TreeProject {
    pub project: Node,
    /// Whether the principal reads the project itself. A subproject key does not (R20): it
    /// is shown its project's name and id only, which its own subproject names anyway.
    pub readable: bool,
    pub subprojects: Vec<Node>,
}

/// The tree below the account, or below one project: only what the principal reaches (a
/// subproject key sees its project's name and id, its own subproject, and the billing account
/// it bills through, as `billing show` shows that key).
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
        out.push(TreeProject {
            readable: r.contains(&p),
            project: p,
            subprojects: subs,
        });
    }
    let billing_accounts = tx
        .list_billing_accounts()?
        .into_iter()
        .filter(|b| {
            r == Reach::All
                || out
                    .iter()
                    .any(|t| t.project.billing_account_id == Some(b.id))
        })
        .collect();
    Ok(Tree {
        account,
        billing_accounts,
        projects: out,
    })
}
