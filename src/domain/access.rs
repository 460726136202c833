//! R17-R21: who may do what. Every command asks [`authorize`] before it reads or changes a
//! target, so that enforcement has one place to live.

use crate::error::Result;
use crate::store::Tx;
use uuid::Uuid;

/// Who acts on the store (R17).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Principal {
    /// The owner of the store file, running acctl with no credentials: may do everything.
    Operator,
}

impl Principal {
    /// How the principal is named in the audit log.
    pub fn audit_name(&self) -> String {
        match self {
            Principal::Operator => "operator".to_string(),
        }
    }
}

/// The actions of CLI.md's `access check` table, each governing a set of commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Read,
    ResourceManage,
    UsageRecord,
    KeyManage,
    SubprojectManage,
    GrantManage,
    BillingManage,
    /// Deleting a project: the operator's alone (R16, R19).
    ProjectDelete,
    /// Creating projects and changing the account itself.
    AccountManage,
}

/// What an action is aimed at: the account as a whole or one project or subproject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Account,
    Node(Uuid),
}

/// Allow or refuse `action` on `scope` for `principal`.
pub fn authorize(_tx: &Tx, principal: &Principal, _action: Action, _scope: Scope) -> Result<()> {
    match principal {
        // R17: the operator may do everything.
        Principal::Operator => Ok(()),
    }
}
