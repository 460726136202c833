//! R07/R13/R31: a billing account's invoice for a month, with its credit lines.

use super::*;
use crate::domain::access::{Action, Scope};
use crate::domain::billing::resolve_billing_account;
use crate::domain::clock::Timestamp;
use crate::domain::model::BillingAccount;
use crate::domain::money::Sum;
use crate::domain::spend;
use crate::domain::Env;
use crate::error::Result;
use crate::store::Tx;
use std::collections::HashMap;
use uuid::Uuid;

/// One invoice: a billing account's usage in one month, by project, subproject and product,
/// and a credit line for each reversal made in that month (R31).
pub struct Invoice {
    pub billing_account: BillingAccount,
    pub period: Period,
    /// The usage lines: the month's report of the billing account, by subproject.
    pub lines: Report,
    pub credits: Vec<CreditLine>,
    /// The usage lines' sum.
    pub usage_total: Sum,
    /// The credit lines' sum (positive: what is taken off).
    pub credits_total: Sum,
    /// Usage less credits.
    pub total: Sum,
}

/// A reversal on an invoice: a credit, in the month it was made (R31).
pub struct CreditLine {
    pub reversal: spend::Reversal,
    pub project_id: Uuid,
    pub project_name: String,
    pub subproject_id: Option<Uuid>,
    pub subproject_name: Option<String>,
    pub subproject_deleted: bool,
    /// The reversed charge's product and time.
    pub product: Option<String>,
    pub charged_at: Option<Timestamp>,
}

/// R07/R13/R31: the invoice of a billing account for a month; deleted subprojects' usage
/// stays; reversals made in the month are credit lines.
pub fn invoice(tx: &Tx, env: &Env, billing: &BillingAccount, period: Period) -> Result<Invoice> {
    env.require(tx, Action::BillingManage, Scope::Account)?;
    let lines = report_lines(
        tx,
        env,
        period.into(),
        Granularity::None,
        GroupBy::Subproject,
        Some(billing),
    )?;
    let mut usage_total = Sum::ZERO;
    for l in &lines.lines {
        usage_total = usage_total.plus_sum(l.tally.amount)?;
    }
    let mut credits = Vec::new();
    let mut credits_total = Sum::ZERO;
    let mut nodes = HashMap::new();
    for r in tx.reversals_of_billing(billing.id, period.range())? {
        node_info(tx, &mut nodes, r.target_id)?;
        let info = &nodes[&r.target_id];
        let charge = tx.charge_by_id(r.charge_id)?;
        credits_total = credits_total.plus(r.amount)?;
        credits.push(CreditLine {
            project_id: info.project_id,
            project_name: info.project_name.clone(),
            subproject_id: info.sub.as_ref().map(|s| s.0),
            subproject_name: info.sub.as_ref().map(|s| s.1.clone()),
            subproject_deleted: info.sub.as_ref().is_some_and(|s| s.2),
            product: charge.as_ref().and_then(|c| c.product.clone()),
            charged_at: charge.as_ref().map(|c| c.created_at),
            reversal: r,
        });
    }
    Ok(Invoice {
        billing_account: billing.clone(),
        period,
        lines,
        credits,
        usage_total,
        credits_total,
        total: usage_total.minus_sum(credits_total)?,
    })
}

/// Resolve a billing account for a report filter.
pub fn report_billing(tx: &Tx, reference: Option<&str>) -> Result<Option<BillingAccount>> {
    reference
        .map(|r| resolve_billing_account(tx, r))
        .transpose()
}
