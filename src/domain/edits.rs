//! Day-two operations (R33, R34, R36): editing projects and subprojects after creation,
//! protecting them from deletion, restoring a deleted project, and the account's quotas.

use super::access::{Action, Scope};
use super::hierarchy::{account, require_live};
use super::model::{Account, Node, Quotas, Status};
use super::names::{fold, parse_external_id, parse_label, Labels};
use super::Env;
use crate::error::{Error, Result};
use crate::store::Tx;

/// What `project update` / `subproject update` change; what is left `None` or empty stays.
#[derive(Debug, Default)]
pub struct NodeEdit<'a> {
    /// Labels to set (added, or their value replaced).
    pub set_labels: Labels,
    /// Label keys to remove.
    pub remove_labels: Vec<String>,
    /// `Some(Some(x))` sets the external id, `Some(None)` clears it.
    pub external_id: Option<Option<&'a str>>,
    /// `Some(true)` protects, `Some(false)` removes the protection (R34).
    pub protect: Option<bool>,
}

/// A label key given to `--remove-label`, checked as a key of `--label`.
pub fn parse_label_key(raw: &str) -> Result<String> {
    let (k, _) = parse_label(&format!("{}=x", raw.trim()))?;
    Ok(k)
}

/// R33, R34: edit a live project or subproject. Returns the node as it is now and what
/// changed, in words (empty: nothing did, and nothing is written).
pub fn update(tx: &Tx, env: &Env, node: &Node, edit: &NodeEdit) -> Result<(Node, Vec<String>)> {
    env.require(tx, Action::SubprojectManage, Scope::Node(node.id))?;
    require_live(node)?;
    super::hierarchy::check_labels(&edit.set_labels)?;
    let mut remove = Vec::with_capacity(edit.remove_labels.len());
    for k in &edit.remove_labels {
        let k = parse_label_key(k)?;
        if edit.set_labels.contains_key(&k) {
            return Err(
                Error::invalid(format!("label {k:?} is both set and removed"))
                    .hint("give it with --label or with --remove-label, not both"),
            );
        }
        remove.push(k);
    }
    let mut changes = Vec::new();

    // Labels: set, then removed; one write of the whole set when it differs.
    let mut labels = node.labels.clone();
    for (k, v) in &edit.set_labels {
        if labels.get(k) != Some(v) {
            changes.push(format!("label {k}={v}"));
            labels.insert(k.clone(), v.clone());
        }
    }
    for k in &remove {
        if labels.remove(k).is_some() {
            changes.push(format!("label {k} removed"));
        }
    }
    if labels != node.labels {
        tx.replace_labels(node.id, &labels)?;
    }

    if let Some(x) = &edit.external_id {
        let Some(parent) = node.parent_id else {
            return Err(Error::conflict(format!(
                "{} is a project: only subprojects have external ids (R05)",
                node.name
            ))
            .hint("set it on the customer's subproject: acctl subproject update PROJECT/SUB --external-id X"));
        };
        let wanted = x.map(parse_external_id).transpose()?;
        if wanted != node.external_id {
            if let Some(w) = &wanted {
                if let Some(other) = tx
                    .live_subproject_by_external_id(parent, w)?
                    .filter(|o| o.id != node.id)
                {
                    return Err(super::hierarchy::external_id_taken(
                        node.parent_name.as_deref().unwrap_or_default(),
                        w,
                        &other.name,
                        false,
                    ));
                }
            }
            tx.set_external_id(node.id, wanted.as_deref())?;
            changes.push(match (&node.external_id, &wanted) {
                (Some(a), Some(b)) => format!("external id {a:?} -> {b:?}"),
                (None, Some(b)) => format!("external id {b:?}"),
                (Some(a), None) => format!("external id {a:?} cleared"),
                (None, None) => String::new(),
            });
        }
    }

    if let Some(p) = edit.protect {
        if p != node.protected {
            tx.set_protected(node.id, p)?;
            changes.push(if p { "protected" } else { "unprotected" }.to_string());
        }
    }

    if !changes.is_empty() {
        env.changed(tx, &node.action("update"), node, Some(&changes.join("; ")))?;
    }
    let after = tx.node_again(node)?;
    Ok((after, changes))
}

/// R34: refuse deleting a protected project or subproject, naming the command that removes
/// the protection. With `dry_run` the message says the deletion would be refused.
pub fn refuse_if_protected(node: &Node, dry_run: bool) -> Result<()> {
    if !node.protected {
        return Ok(());
    }
    let reference = match node.parent_id {
        Some(_) => node.path(),
        None => node.name.clone(),
    };
    Err(Error::conflict(format!(
        "{}{} {} is protected (R34)",
        if dry_run {
            "the deletion would be refused: "
        } else {
            ""
        },
        node.kind(),
        node.display_name()
    ))
    .hint(format!(
        "remove the protection first: acctl {} update {} --unprotect",
        node.kind(),
        shell_word(&reference)
    )))
}

/// A word as a shell would need it in a hint: quoted when it holds anything but plain
/// characters.
fn shell_word(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/' | ':'))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// R34: restore a deleted project while its name is free among the live projects. Its
/// subprojects' state is untouched and its revoked keys stay revoked. Whoever may create
/// projects (an admin on the account) may restore one.
pub fn restore_project(tx: &Tx, env: &Env, project: &Node) -> Result<Node> {
    env.require(tx, Action::AccountManage, Scope::Account)?;
    if project.is_subproject() {
        return Err(Error::invalid(format!(
            "{} is a subproject; restore it with: acctl subproject restore {}",
            project.display_name(),
            project.id
        )));
    }
    if project.status != Status::Deleted {
        return Err(
            Error::conflict(format!("project {:?} is not deleted", project.name))
                .hint("only a deleted project can be restored"),
        );
    }
    if let Some(other) = tx.live_project_by_key(&fold(&project.name))? {
        return Err(Error::conflict(format!(
            "cannot restore project {:?}: a live project is named {:?}",
            project.name, other.name
        ))
        .hint(format!(
            "rename the live one first (acctl project rename {} NEW), then restore",
            shell_word(&other.name)
        )));
    }
    tx.set_node_status(project.id, Status::Active, env.now())?;
    env.changed(tx, "project.restore", project, None)?;
    tx.node_again(project)
}

// ---------------------------------------------------------------------------------------------
// R36: quotas.

/// The quotas `account set-quota` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuotaKind {
    SubprojectsPerProject,
    KeysPerTarget,
}

impl QuotaKind {
    pub const ALL: [QuotaKind; 2] = [QuotaKind::SubprojectsPerProject, QuotaKind::KeysPerTarget];

    pub fn name(self) -> &'static str {
        match self {
            QuotaKind::SubprojectsPerProject => "subprojects-per-project",
            QuotaKind::KeysPerTarget => "keys-per-target",
        }
    }

    pub fn parse(s: &str) -> Result<QuotaKind> {
        let wanted = s.trim().replace('_', "-");
        QuotaKind::ALL
            .into_iter()
            .find(|q| q.name().eq_ignore_ascii_case(&wanted))
            .ok_or_else(|| {
                Error::invalid(format!("there is no quota {:?}", s.trim())).hint(format!(
                    "quotas: {}",
                    QuotaKind::ALL.map(|q| q.name()).join(", ")
                ))
            })
    }

    pub fn get(self, q: &Quotas) -> Option<i64> {
        match self {
            QuotaKind::SubprojectsPerProject => q.subprojects_per_project,
            QuotaKind::KeysPerTarget => q.keys_per_target,
        }
    }

    fn set(self, q: &mut Quotas, v: Option<i64>) {
        match self {
            QuotaKind::SubprojectsPerProject => q.subprojects_per_project = v,
            QuotaKind::KeysPerTarget => q.keys_per_target = v,
        }
    }
}

/// A quota's value as given: a whole number of at least 0, or `none`.
pub fn parse_quota_value(raw: &str) -> Result<Option<i64>> {
    let t = raw.trim();
    if t.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    match t.parse::<i64>() {
        Ok(n) if n >= 0 => Ok(Some(n)),
        _ => Err(Error::invalid(format!(
            "{t:?} is not a quota: give a whole number of at least 0, or none"
        ))
        .hint("e.g. acctl account set-quota subprojects-per-project 500, or none to remove it")),
    }
}

/// R36: set or remove one quota. Lowering it below what exists is allowed; the returned
/// lines name what is over it, for a warning.
pub fn set_quota(
    tx: &Tx,
    env: &Env,
    kind: QuotaKind,
    value: Option<i64>,
) -> Result<(Account, Vec<String>)> {
    env.require(tx, Action::BillingManage, Scope::Account)?;
    let mut a = account(tx)?;
    if kind.get(&a.quotas) == value {
        return Ok((a, Vec::new()));
    }
    kind.set(&mut a.quotas, value);
    tx.set_quotas(&a.quotas)?;
    env.audit(
        tx,
        "account.set-quota",
        &a.name,
        Some(&format!(
            "{} {}",
            kind.name(),
            value.map_or("none".to_string(), |n| n.to_string())
        )),
    )?;
    let over = match value {
        None => Vec::new(),
        Some(n) => over_quota(tx, kind, n)?,
    };
    Ok((a, over))
}

/// What already holds more than `n` (for the warning of a lowered quota).
fn over_quota(tx: &Tx, kind: QuotaKind, n: i64) -> Result<Vec<String>> {
    Ok(match kind {
        QuotaKind::SubprojectsPerProject => tx
            .live_subproject_counts()?
            .into_iter()
            .filter(|(_, c)| *c > n)
            .map(|(id, c)| -> Result<String> {
                let name = tx.node_by_id(id)?.map_or(id.to_string(), |p| p.name);
                Ok(format!("project {name:?} has {c} live subprojects"))
            })
            .collect::<Result<Vec<_>>>()?,
        QuotaKind::KeysPerTarget => tx
            .unrevoked_key_counts()?
            .into_iter()
            .filter(|(_, c)| *c > n)
            .map(|(id, c)| -> Result<String> {
                let name = tx.node_by_id(id)?.map_or(id.to_string(), |p| p.path());
                Ok(format!("{name} has {c} unrevoked keys"))
            })
            .collect::<Result<Vec<_>>>()?,
    })
}

/// R36: refuse a new live subproject of `project` beyond the quota (exit 4, naming it).
pub fn check_subproject_quota(tx: &Tx, project: &Node) -> Result<()> {
    let Some(max) = account(tx)?.quotas.subprojects_per_project else {
        return Ok(());
    };
    let have = tx.count_live_subprojects(project.id)?;
    subproject_quota(project, have, max)
}

/// R36: refuse one more live subproject of `project`, which holds `have`, beyond `max`.
pub fn subproject_quota(project: &Node, have: i64, max: i64) -> Result<()> {
    if have >= max {
        return Err(Error::conflict(format!(
            "project {:?} holds {have} live subproject(s), the most the quota \
             subprojects-per-project allows ({max}) (R36)",
            project.name
        ))
        .hint(format!(
            "delete one, or raise the quota: acctl account set-quota subprojects-per-project {}",
            max + 1
        )));
    }
    Ok(())
}

/// R36: refuse a new key on `target` beyond the quota (exit 4, naming it).
pub fn check_key_quota(tx: &Tx, target: &Node) -> Result<()> {
    let Some(max) = account(tx)?.quotas.keys_per_target else {
        return Ok(());
    };
    let have = tx.count_unrevoked_keys(target.id)?;
    if have >= max {
        return Err(Error::conflict(format!(
            "{} {} holds {have} unrevoked key(s), the most the quota keys-per-target allows \
             ({max}) (R36)",
            target.kind(),
            target.path()
        ))
        .hint(format!(
            "revoke one (acctl key list {}), or raise the quota: acctl account set-quota keys-per-target {}",
            shell_word(&target.path()),
            max + 1
        )));
    }
    Ok(())
}
