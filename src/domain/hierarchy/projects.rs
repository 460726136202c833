//! Projects (R02, R16).

use super::*;
use crate::domain::access::{Action, Scope};
use crate::domain::billing::{default_billing_account, resolve_billing_account};
use crate::domain::model::{ApiKey, BillingAccount, Node, Resource, Status};
use crate::domain::names::{Labels, Name};
use crate::domain::Env;
use crate::error::{Error, Result};
use crate::store::{NewNode, Tx};
use uuid::Uuid;

pub(super) fn insert_project(
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
    let node = tx.node(id)?;
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
    let name = Name::parse_new(name, "project")?;
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
    let name = Name::parse_new(new_name, node.kind())?;
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
            &node.action("rename"),
            node,
            Some(&format!("to {:?}", name.as_str())),
        )?;
    }
    tx.node_again(node)
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
    crate::domain::edits::refuse_if_protected(project, dry_run)?;
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

pub(super) fn finish_deletion(
    tx: &Tx,
    node: &Node,
    revoked_keys: Vec<ApiKey>,
    released_resources: Vec<Resource>,
    applied: bool,
) -> Result<Deletion> {
    let node = if applied {
        tx.node_again(node)?
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

pub(super) fn plural(n: i64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
