//! R10-R12: recording one charge, refused when the target, its limit or its balance say no.

use super::*;
use crate::domain::access::{Action, Scope};
use crate::domain::hierarchy::require_live;
use crate::domain::model::{BillingAccount, LimitPeriod, Node, Status};
use crate::domain::money::{Amount, Currency};
use crate::domain::spend::{self, Alert};
use crate::domain::Env;
use crate::error::{Error, Result};
use crate::store::Tx;
use uuid::Uuid;

/// What recording a charge did: a new charge, or the first result of a retry (R10).
pub struct Recorded {
    pub charge: Charge,
    pub replayed: bool,
    /// The target as it is after the charge (its total spent).
    pub target: Node,
    /// The alerts the charge raised (R30).
    pub alerts: Vec<Alert>,
}

/// Why a charge cannot be recorded on `target` at all, whatever its amount.
pub(super) fn check_target(target: &Node) -> Result<()> {
    match target.status {
        Status::Deleted => require_live(target),
        Status::Suspended => Err(Error::blocked(format!(
            "charge blocked: subproject {} is suspended",
            target.display_name()
        ))
        .hint(format!(
            "resume it with: acctl subproject resume {}",
            target.path()
        ))),
        Status::Active => Ok(()),
    }
}

/// R10: a charge repeating an idempotency key is a retry of the first charge, answered with
/// it, when it names the same target and amount (and no other currency); else it is refused.
/// `first`: the first charge's target, amount and currency; `again`: the repeat's, its currency
/// if it names one.
pub(super) fn check_retry(
    key: &str,
    first: (Uuid, Amount, Currency),
    again: (Uuid, Amount, Option<Currency>),
) -> Result<()> {
    let (target, amount, currency) = first;
    if again.0 != target || again.1 != amount {
        return Err(Error::conflict(format!(
            "idempotency key {key:?} was already used for a charge of {} {currency} on another target or with another amount",
            amount.format(&currency),
        ))
        .hint("use a new key for a new charge"));
    }
    // A retry names the same charge: a different currency is another charge.
    if let Some(cur) = again.2.filter(|cur| *cur != currency) {
        return Err(Error::conflict(format!(
            "idempotency key {key:?} was already used for a charge in {currency}, not {cur}"
        ))
        .hint("use a new key for a new charge"));
    }
    Ok(())
}

pub(super) fn check_currency(named: Option<Currency>, ba: &BillingAccount) -> Result<()> {
    match named {
        Some(c) if c != ba.currency => Err(Error::invalid(format!(
            "currency {c} is not the billing account's: {:?} bills in {}",
            ba.name, ba.currency
        ))
        .hint("amounts are written in the billing account's currency")),
        _ => Ok(()),
    }
}

pub(super) fn limit_error(
    target: &Node,
    amount: Amount,
    spent: Amount,
    limit: Amount,
    cur: &Currency,
    month: Period,
) -> Error {
    let left = limit
        .checked_sub(spent)
        .unwrap_or(Amount::ZERO)
        .max(Amount::ZERO);
    let what = match target.limit_period {
        LimitPeriod::Lifetime => format!(
            "{}'s total spent above its credit limit",
            target.display_name()
        ),
        LimitPeriod::Monthly => format!(
            "{}'s spending in {month} above its monthly credit limit",
            target.display_name()
        ),
    };
    Error::blocked(format!(
        "charge blocked: {} {cur} would take {what} of {} {cur} ({} {cur} left)",
        amount.format(cur),
        limit.format(cur),
        left.format(cur),
    ))
    .hint(format!(
        "raise the limit with: acctl subproject set-limit {} AMOUNT",
        target.path()
    ))
}

pub(super) fn balance_error(ba: &BillingAccount, amount: Amount, balance: Amount) -> Error {
    let cur = &ba.currency;
    Error::blocked(format!(
        "charge blocked: {} {cur} would overdraw prepaid billing account {:?} (balance {} {cur})",
        amount.format(cur),
        ba.name,
        balance.format(cur),
    ))
    .hint(format!(
        "top it up with: acctl billing topup {} AMOUNT",
        ba.name
    ))
}

/// R10-R12: record a charge against a project or subproject. The check and the write happen in
/// the caller's one write transaction (`BEGIN IMMEDIATE`), so concurrent charges never overspend.
pub fn record(tx: &Tx, env: &Env, target: &Node, c: NewCharge) -> Result<Recorded> {
    env.require(tx, Action::UsageRecord, Scope::Node(target.id))?;
    if !c.amount.is_positive() {
        return Err(Error::invalid("a charge's amount must be above zero"));
    }
    let (product, description) = charge_texts(c.product.as_deref(), c.description.as_deref())?;
    let c = NewCharge {
        product,
        description,
        ..c
    };
    if let Some(key) = &c.idempotency_key {
        if let Some(first) = tx.charge_by_key(key)? {
            check_retry(
                key,
                (first.target_id, first.amount, first.currency),
                (target.id, c.amount, c.currency),
            )?;
            return Ok(Recorded {
                charge: first,
                replayed: true,
                target: target.clone(),
                alerts: Vec::new(),
            });
        }
    }
    check_target(target)?;
    let ba_id = tx.billing_account_id_of(target.id)?;
    let ba = tx.billing_account(ba_id)?;
    check_currency(c.currency, &ba)?;
    let created_at = c.at.unwrap_or_else(|| env.now());
    let month = Period::of(created_at);
    let month_key = month.to_string();
    // R29: a monthly limit counts what was spent in the charge's calendar month.
    let spent = spend::counted(target.limit_period, target.total_spent, || {
        tx.month_spent(target.id, &month_key)
    })?;
    let spent_after = spent.checked_add(c.amount)?;
    if let Some(limit) = target.credit_limit {
        if spent_after > limit {
            return Err(limit_error(
                target,
                c.amount,
                spent,
                limit,
                &ba.currency,
                month,
            ));
        }
    }
    if let Some(balance) = ba.balance {
        if balance.checked_sub(c.amount)? < Amount::ZERO {
            return Err(balance_error(&ba, c.amount, balance));
        }
    }
    // Overflow of the running total is refused before anything is written.
    target.total_spent.checked_add(c.amount)?;
    if ba.balance.is_some() {
        tx.adjust_balance(ba.id, Amount::ZERO.checked_sub(c.amount)?)?;
    }
    let charge = Charge {
        id: Uuid::new_v4(),
        target_id: target.id,
        billing_account_id: ba.id,
        amount: c.amount,
        currency: ba.currency,
        product: c.product,
        quantity: c.quantity,
        description: c.description,
        created_at,
        idempotency_key: c.idempotency_key,
        reversed: Amount::ZERO,
    };
    tx.insert_charge(&charge)?;
    tx.add_total_spent(target.id, charge.amount)?;
    tx.add_month_spent(target.id, &month_key, charge.amount)?;
    env.audit_node(
        tx,
        "usage.record",
        target,
        Some(&format!(
            "charge {} of {} {} to billing account {:?}",
            charge.id,
            charge.amount.format(&ba.currency),
            ba.currency,
            ba.name
        )),
    )?;
    let alerts = spend::raise_alerts(
        tx,
        env,
        target,
        &spend::alert_period(target.limit_period, created_at),
        spent_after,
        None,
        Some(charge.id),
    )?;
    Ok(Recorded {
        charge,
        replayed: false,
        target: tx.node_again(target)?,
        alerts,
    })
}
