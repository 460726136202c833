//! R07-R13: billing accounts, links, charges, balances and limits.

use super::model::BillingAccount;
use super::names::fold;
use crate::error::{Error, Result};
use crate::store::Tx;
use uuid::Uuid;

/// A billing account by its id or its name (without regard to case).
pub fn resolve_billing_account(tx: &Tx, reference: &str) -> Result<BillingAccount> {
    let reference = reference.trim();
    if let Ok(id) = Uuid::parse_str(reference) {
        if let Some(b) = tx.billing_account_by_id(id)? {
            return Ok(b);
        }
    }
    tx.billing_account_by_key(&fold(reference))?.ok_or_else(|| {
        Error::not_found(format!("billing account {reference:?} not found"))
            .hint("list them with: acctl billing list")
    })
}

/// The billing account `project create` links to when none is named (R07).
pub fn default_billing_account(tx: &Tx) -> Result<BillingAccount> {
    tx.default_billing_account()?.ok_or_else(|| {
        Error::not_found("there is no default billing account").hint(
            "name one with --billing, or mark one with: acctl billing update BA --make-default",
        )
    })
}
