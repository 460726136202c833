//! The rules of MODEL.md as plain Rust: no command-line types, no printing, no SQL.
//! Each rule lives in one place; the store only keeps what these functions decide.

pub mod access;
pub mod apply;
pub mod audit;
pub mod billing;
pub mod check;
pub mod clock;
pub mod copy;
pub mod edits;
pub mod explain;
pub mod hierarchy;
pub mod keys;
pub mod lists;
pub mod model;
pub mod money;
pub mod names;
pub mod resources;
pub mod spend;
pub mod usage;
pub mod users;

use crate::error::Result;
use crate::store::Tx;
use access::Principal;
use clock::{Clock, Timestamp};

/// Who is acting and when: what every rule and every audit entry needs to know.
#[derive(Debug, Clone)]
pub struct Env {
    pub clock: Clock,
    pub principal: Principal,
    /// A bulk command (a manifest) is running: the changes it makes through the domain's
    /// functions append no entry of their own; the command appends one summary entry (R25).
    pub bulk: bool,
}

impl Env {
    /// The time that dates what the command records (`ACCTL_NOW` when set).
    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// The real time, for judging keys (R38); never `ACCTL_NOW`.
    pub fn real_now(&self) -> clock::RealNow {
        self.clock.real_now()
    }

    /// Whether the acting principal may read `node` (R24): what it may not is answered, where
    /// this is asked, as what does not exist.
    pub fn sees(&self, tx: &Tx, node: &model::Node) -> Result<bool> {
        // Read access, not Sight: a subproject key's sight takes in its parent project (its
        // path names it), but it may not read it, nor learn from it which siblings exist.
        Ok(self.principal.is_operator()
            || access::decide(
                tx,
                &self.principal,
                access::Action::Read,
                access::Scope::Node(node.id),
            )?
            .allowed)
    }

    /// Refuse the command unless the acting principal may do `action` on `scope` (R19-R21,
    /// R35): the first line of every domain operation, saying who may do it.
    pub fn require(&self, tx: &Tx, action: access::Action, scope: access::Scope) -> Result<()> {
        access::authorize(tx, &self.principal, action, scope)
    }

    /// Record a change in the audit log (R25), in the change's own transaction.
    pub fn audit(&self, tx: &Tx, action: &str, target: &str, detail: Option<&str>) -> Result<()> {
        self.append(tx, action, target, None, detail)
    }

    /// Record an act on a project or subproject, with its id, so that its history is found
    /// across renames (`audit list --target ID`).
    pub fn audit_node(
        &self,
        tx: &Tx,
        action: &str,
        node: &model::Node,
        detail: Option<&str>,
    ) -> Result<()> {
        self.append(tx, action, &node.path(), Some(node.id), detail)
    }

    /// R33: a project or subproject changed: its `updated_at` moves on (in a manifest too)
    /// and the change is audited with its id.
    pub fn changed(
        &self,
        tx: &Tx,
        action: &str,
        node: &model::Node,
        detail: Option<&str>,
    ) -> Result<()> {
        tx.touch_node(node.id, self.now())?;
        self.audit_node(tx, action, node, detail)
    }

    fn append(
        &self,
        tx: &Tx,
        action: &str,
        target: &str,
        target_id: Option<uuid::Uuid>,
        detail: Option<&str>,
    ) -> Result<()> {
        if self.bulk {
            return Ok(());
        }
        tx.append_audit_about(
            self.now(),
            &self.principal.audit_name(),
            action,
            (target, target_id),
            "ok",
            detail,
        )?;
        Ok(())
    }
}
