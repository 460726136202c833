//! Spend control (R29-R32): alerts as spending nears a limit, reversals of charges, and
//! transfers between prepaid billing accounts. Monthly limits themselves are checked where
//! charges are recorded ([`super::usage`]).

use super::access::{reach, Action, Reach, Scope};
use super::billing::resolve_billing_account;
use super::clock::Timestamp;
use super::hierarchy::resolve_subproject_for;
use super::model::{parse_thresholds, BillingAccount, BillingKind, LimitPeriod, Node};
use super::money::{Amount, Currency};
use super::names::parse_id;
use super::usage::{Charge, Period};
use super::Env;
use crate::error::{Error, Result};
use crate::store::{NodeFilter, Tx};
use uuid::Uuid;

// ---------------------------------------------------------------------------------------------
// R30: alerts.

/// A threshold crossed: recorded once per subproject, threshold, limit period and limit.
#[derive(Debug, Clone)]
pub struct Alert {
    /// The order alerts were raised in (a cursor compares these); the store assigns it.
    pub seq: i64,
    pub id: Uuid,
    pub at: Timestamp,
    pub subproject_id: Uuid,
    pub display_name: String,
    pub threshold: u32,
    pub spent: Amount,
    pub limit: Amount,
    /// `lifetime`, or the month `YYYY-MM` of a monthly limit.
    pub period: String,
    pub currency: Currency,
    /// The charge that raised it.
    pub charge_id: Option<Uuid>,
}

/// R29: the spending a credit limit of `period` counts: the lifetime `total`, or what was spent
/// in the charge's calendar month, which `month` gives (asked only for a monthly limit). The
/// one place this is decided: a node's view, `usage record` and `usage import` all ask here.
pub fn counted<E>(
    period: LimitPeriod,
    total: Amount,
    month: impl FnOnce() -> std::result::Result<Amount, E>,
) -> std::result::Result<Amount, E> {
    match period {
        LimitPeriod::Lifetime => Ok(total),
        LimitPeriod::Monthly => month(),
    }
}

/// R30: the limit period an alert of a charge at `at` is counted in: `lifetime`, or the
/// charge's month.
pub fn alert_period(period: LimitPeriod, at: Timestamp) -> String {
    match period {
        LimitPeriod::Lifetime => "lifetime".to_string(),
        LimitPeriod::Monthly => Period::of(at).to_string(),
    }
}

/// Whether `spent` reaches `threshold` percent of `limit` (exactly, in integers).
pub fn reaches(spent: Amount, limit: Amount, threshold: u32) -> bool {
    i128::from(spent.micros()) * 100 >= i128::from(limit.micros()) * i128::from(threshold)
}

/// The thresholds of `node` that spending of `spent` has reached, for its limit.
pub fn reached(node: &Node, spent: Amount) -> Vec<u32> {
    match node.credit_limit {
        Some(limit) => node
            .alert_thresholds
            .iter()
            .copied()
            .filter(|t| reaches(spent, limit, *t))
            .collect(),
        None => Vec::new(),
    }
}

/// R30: after a charge took `node`'s spending in `period` to `spent`, record an alert for each
/// threshold reached that has none yet in this period (for this limit); returns them.
/// `checked` is spending in this period whose thresholds were already weighed in this
/// transaction (an import's earlier line): those are not looked up again.
pub fn raise_alerts(
    tx: &Tx,
    env: &Env,
    node: &Node,
    period: &str,
    spent: Amount,
    checked: Option<Amount>,
    charge_id: Option<Uuid>,
) -> Result<Vec<Alert>> {
    let Some(limit) = node.credit_limit else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for threshold in reached(node, spent) {
        if checked.is_some_and(|c| reaches(c, limit, threshold)) {
            continue;
        }
        if tx.alert_exists(node.id, threshold, period, limit)? {
            continue;
        }
        let mut a = Alert {
            seq: 0,
            id: Uuid::new_v4(),
            at: env.now(),
            subproject_id: node.id,
            display_name: node.display_name(),
            threshold,
            spent,
            limit,
            period: period.to_string(),
            currency: node.currency,
            charge_id,
        };
        a.seq = tx.insert_alert(&a)?;
        out.push(a);
    }
    Ok(out)
}

/// R30: set a subproject's alert thresholds (`50,90`, or `none`).
pub fn set_alerts(tx: &Tx, env: &Env, sub: &Node, raw: &str) -> Result<(Node, bool)> {
    env.require(tx, Action::SubprojectManage, Scope::Node(sub.id))?;
    // An empty value (an unset shell variable) is a mistake, not a way to say "none".
    if raw.trim().is_empty() {
        return Err(Error::invalid("alert thresholds are empty")
            .hint("write percentages of the limit, like 50,90, or none for no alerts"));
    }
    let thresholds = parse_thresholds(raw).map_err(|e| {
        Error::invalid(format!("alert thresholds {raw:?}: {e}"))
            .hint("write percentages of the limit, like 50,90, or none")
    })?;
    set_alert_thresholds(tx, env, sub, thresholds)
}

/// R30: [`set_alerts`] with the thresholds already read (ascending, without repeats).
pub fn set_alert_thresholds(
    tx: &Tx,
    env: &Env,
    sub: &Node,
    thresholds: Vec<u32>,
) -> Result<(Node, bool)> {
    env.require(tx, Action::SubprojectManage, Scope::Node(sub.id))?;
    super::billing::subproject_setting(
        sub,
        "credit limits and alerts (R30)",
        "set them on one of its subprojects: acctl subproject set-alerts PROJECT/SUB 50,90",
    )?;
    let changed = thresholds != sub.alert_thresholds;
    if changed {
        tx.set_alert_thresholds(sub.id, &thresholds)?;
        env.changed(
            tx,
            "subproject.set-alerts",
            sub,
            Some(&if thresholds.is_empty() {
                "none".to_string()
            } else {
                super::model::format_thresholds(&thresholds)
            }),
        )?;
    }
    Ok((tx.node_again(sub)?, changed))
}

/// R30: alerts in the order they were raised, after a cursor (an alert's id), at or after a
/// time, of one subproject or of all the principal reaches.
pub fn list_alerts(
    tx: &Tx,
    env: &Env,
    after: Option<&str>,
    since: Option<Timestamp>,
    subproject: Option<&str>,
) -> Result<Vec<Alert>> {
    let after_seq = match after {
        None => 0,
        Some(raw) => {
            let id = parse_id(
                raw,
                "an alert",
                "--after takes the id of the last alert you saw",
            )?;
            let a = tx.alert_by_id(id)?.ok_or_else(|| {
                Error::not_found(format!("alert {id} not found"))
                    .hint("--after takes the id of an alert listed by: acctl alert list")
            })?;
            a.seq
        }
    };
    if let Some(s) = subproject {
        let node = resolve_subproject_for(tx, env, s)?;
        env.require(tx, Action::Read, Scope::Node(node.id))?;
        return tx.list_alerts(after_seq, since, Some(&[node.id]));
    }
    match reach(tx, &env.principal, Action::Read)? {
        Reach::All => tx.list_alerts(after_seq, since, None),
        Reach::Subproject(s) => tx.list_alerts(after_seq, since, Some(&[s])),
        Reach::Projects(ps) => {
            let subs: Vec<Uuid> = tx
                .list_nodes(&NodeFilter {
                    parents: Some(&ps),
                    include_deleted: true,
                    ..NodeFilter::default()
                })?
                .iter()
                .map(|n| n.id)
                .collect();
            tx.list_alerts(after_seq, since, Some(&subs))
        }
        Reach::Nothing => {
            env.require(tx, Action::Read, Scope::Account)?;
            Ok(Vec::new())
        }
    }
}

// ---------------------------------------------------------------------------------------------
// R31: reversals.

/// A reversal of a charge, wholly or in part.
#[derive(Debug, Clone)]
pub struct Reversal {
    pub id: Uuid,
    pub charge_id: Uuid,
    pub target_id: Uuid,
    pub billing_account_id: Uuid,
    pub amount: Amount,
    pub currency: Currency,
    pub reason: String,
    pub created_at: Timestamp,
    pub idempotency_key: Option<String>,
}

/// What reversing did: the reversal (or the first one, for a repeated key) and the charge as
/// it is after it.
pub struct Reversed {
    pub reversal: Reversal,
    pub charge: Charge,
    pub replayed: bool,
}

/// A reason: 1 to 1000 characters, not blank, no control characters.
pub fn parse_reason(raw: &str) -> Result<String> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(Error::invalid("a reversal needs a reason")
            .hint("say why, e.g. --reason \"duplicate charge, ticket 4711\""));
    }
    // The one check of stored text (R40): no control or bidirectional characters, not
    // invisible-only, kept in NFC.
    let s = super::names::clean_text(s, "the reason", MAX_REASON_CHARS * 4)?;
    if s.chars().count() > MAX_REASON_CHARS {
        return Err(Error::invalid(format!(
            "the reason is too long: {} characters, at most {MAX_REASON_CHARS}",
            s.chars().count()
        ))
        .hint("say why in a sentence; put details in the ticket the reason names"));
    }
    Ok(s)
}

/// How long a reversal's reason may be (the store checks it too).
const MAX_REASON_CHARS: usize = 1000;

/// R31: reverse a charge, by `amount` or by what is left of it. The subproject's spending
/// (total, and that of the charge's month) falls, a prepaid balance is refunded, the charge
/// itself is never edited. Finance's act: billing.manage on the account.
pub fn reverse(
    tx: &Tx,
    env: &Env,
    charge_ref: &str,
    amount: Option<Amount>,
    reason: &str,
    key: Option<&str>,
) -> Result<Reversed> {
    env.require(tx, Action::BillingManage, Scope::Account)?;
    let hint = "find it with: acctl usage list TARGET";
    let charge_id = parse_id(charge_ref, "a charge", hint)?;
    let charge = tx
        .charge_by_id(charge_id)?
        .ok_or_else(|| Error::not_found(format!("charge {charge_id} not found")).hint(hint))?;
    if let Some(a) = amount {
        if !a.is_positive() {
            return Err(Error::invalid("a reversal's amount must be above zero"));
        }
    }
    if let Some(k) = key {
        if let Some(first) = tx.reversal_by_key(k)? {
            if first.charge_id != charge.id || amount.is_some_and(|a| a != first.amount) {
                return Err(Error::conflict(format!(
                    "idempotency key {k:?} was already used for a reversal of {} {} on charge {}",
                    first.amount.format(&first.currency),
                    first.currency,
                    first.charge_id
                ))
                .hint("use a new key for a new reversal"));
            }
            return Ok(Reversed {
                reversal: first,
                charge,
                replayed: true,
            });
        }
    }
    let cur = charge.currency;
    let left = charge.amount.checked_sub(charge.reversed)?;
    if !left.is_positive() {
        return Err(Error::conflict(format!(
            "charge {} of {} {cur} is already wholly reversed",
            charge.id,
            charge.amount.format(&cur)
        ))
        .hint("a charge's reversals never add up to more than the charge"));
    }
    let amount = amount.unwrap_or(left);
    if amount > left {
        return Err(Error::conflict(format!(
            "cannot reverse {} {cur} of charge {}: only {} {cur} of its {} {cur} is left to reverse",
            amount.format(&cur),
            charge.id,
            left.format(&cur),
            charge.amount.format(&cur)
        ))
        .hint(format!(
            "reverse at most what is left: --amount {}",
            left.format(&cur)
        )));
    }
    let reason = parse_reason(reason)?;
    let ba = tx.billing_account(charge.billing_account_id)?;
    let node = tx.node(charge.target_id)?;
    let r = Reversal {
        id: Uuid::new_v4(),
        charge_id: charge.id,
        target_id: charge.target_id,
        billing_account_id: ba.id,
        amount,
        currency: cur,
        reason,
        created_at: env.now(),
        idempotency_key: key.map(str::to_string),
    };
    // R41: a refund that would pass the largest balance kept is refused before anything is
    // written, as a top-up is.
    if let Some(b) = ba.balance {
        b.checked_add(amount)?;
    }
    tx.insert_reversal(&r)?;
    let taken_off = Amount::ZERO.checked_sub(amount)?;
    tx.add_total_spent(node.id, taken_off)?;
    tx.add_month_spent(
        node.id,
        &Period::of(charge.created_at).to_string(),
        taken_off,
    )?;
    if ba.balance.is_some() {
        tx.adjust_balance(ba.id, amount)?;
    }
    env.audit_node(
        tx,
        "usage.reverse",
        &node,
        Some(&format!(
            "reversal {} of {} {cur} of charge {} ({}): {}",
            r.id,
            amount.format(&cur),
            charge.id,
            if ba.balance.is_some() {
                format!("refunded to {:?}", ba.name)
            } else {
                format!("credited on {:?}", ba.name)
            },
            r.reason
        )),
    )?;
    let charge = tx
        .charge_by_id(charge.id)?
        .ok_or_else(|| Error::internal("a charge vanished"))?;
    Ok(Reversed {
        reversal: r,
        charge,
        replayed: false,
    })
}

// ---------------------------------------------------------------------------------------------
// R32: transfers.

/// Money moved between two prepaid billing accounts of one currency.
#[derive(Debug, Clone)]
pub struct Transfer {
    pub id: Uuid,
    pub from_billing_account_id: Uuid,
    pub to_billing_account_id: Uuid,
    pub amount: Amount,
    pub currency: Currency,
    pub created_at: Timestamp,
    pub idempotency_key: Option<String>,
}

/// What a transfer did, with both accounts as they are after it.
pub struct Transferred {
    pub transfer: Transfer,
    pub from: BillingAccount,
    pub to: BillingAccount,
    pub replayed: bool,
}

fn require_prepaid(b: &BillingAccount) -> Result<Amount> {
    match (b.kind, b.balance) {
        (BillingKind::Prepaid, Some(bal)) => Ok(bal),
        _ => Err(Error::conflict(format!(
            "billing account {:?} is postpaid: money moves only between prepaid billing accounts",
            b.name
        ))
        .hint("transfers move a prepaid balance; postpaid usage accrues to invoices")),
    }
}

/// R32: move `amount` from one prepaid billing account to another of the same currency, in
/// one transaction, never taking the source below zero.
pub fn transfer(
    tx: &Tx,
    env: &Env,
    from_ref: &str,
    to_ref: &str,
    amount: Amount,
    key: Option<&str>,
) -> Result<Transferred> {
    env.require(tx, Action::BillingManage, Scope::Account)?;
    if !amount.is_positive() {
        return Err(Error::invalid("a transfer's amount must be above zero"));
    }
    let from = resolve_billing_account(tx, from_ref)?;
    let to = resolve_billing_account(tx, to_ref)?;
    if let Some(k) = key {
        if let Some(first) = tx.transfer_by_key(k)? {
            if first.from_billing_account_id != from.id
                || first.to_billing_account_id != to.id
                || first.amount != amount
            {
                return Err(Error::conflict(format!(
                    "idempotency key {k:?} was already used for another transfer"
                ))
                .hint("use a new key for a new transfer"));
            }
            return Ok(Transferred {
                transfer: first,
                from,
                to,
                replayed: true,
            });
        }
    }
    if from.id == to.id {
        return Err(Error::invalid(format!(
            "a transfer needs two billing accounts; both are {:?}",
            from.name
        ))
        .hint("name the account the money leaves, then the one it reaches: acctl billing transfer FROM TO AMOUNT"));
    }
    let balance = require_prepaid(&from)?;
    require_prepaid(&to)?;
    if from.currency != to.currency {
        return Err(Error::conflict(format!(
            "billing account {:?} is in {} and {:?} in {}: a transfer stays in one currency",
            from.name, from.currency, to.name, to.currency
        )));
    }
    let cur = from.currency;
    if balance < amount {
        return Err(Error::blocked(format!(
            "transfer blocked: {} {cur} would overdraw prepaid billing account {:?} (balance {} {cur})",
            amount.format(&cur),
            from.name,
            balance.format(&cur)
        ))
        .hint(format!(
            "transfer at most its balance, or top it up with: acctl billing topup {} AMOUNT",
            from.name
        )));
    }
    to.balance.unwrap_or(Amount::ZERO).checked_add(amount)?;
    let t = Transfer {
        id: Uuid::new_v4(),
        from_billing_account_id: from.id,
        to_billing_account_id: to.id,
        amount,
        currency: cur,
        created_at: env.now(),
        idempotency_key: key.map(str::to_string),
    };
    tx.insert_transfer(&t)?;
    tx.adjust_balance(from.id, Amount::ZERO.checked_sub(amount)?)?;
    tx.adjust_balance(to.id, amount)?;
    env.audit(
        tx,
        "billing.transfer",
        &from.name,
        Some(&format!(
            "transfer {} of {} {cur} to {:?}",
            t.id,
            amount.format(&cur),
            to.name
        )),
    )?;
    Ok(Transferred {
        from: tx.billing_account(from.id)?,
        to: tx.billing_account(to.id)?,
        transfer: t,
        replayed: false,
    })
}
