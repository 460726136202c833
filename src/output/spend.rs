//! Outputs of spend control (R29-R32): alerts, reversals and transfers.

use super::{cell, done, right, Human, Output};
use crate::domain::model::{BillingAccount, LimitPeriod, Node};
use crate::domain::spend::{Alert, Reversed, Transferred};
use serde_json::{json, Value};

pub fn alert_json(a: &Alert) -> Value {
    json!({
        "id": a.id,
        "at": a.at.to_rfc3339(),
        "subproject_id": a.subproject_id,
        "display_name": a.display_name,
        "threshold": a.threshold,
        "spent": a.spent.format(&a.currency),
        "limit": a.limit.format(&a.currency),
        "period": a.period,
        "currency": a.currency.code,
        "charge_id": a.charge_id,
    })
}

/// The stderr line of an alert.
pub fn alert_warning(a: &Alert) -> String {
    let cur = &a.currency;
    let (limit, spent) = if a.period == "lifetime" {
        ("credit limit".to_string(), "spent".to_string())
    } else {
        (
            "monthly credit limit".to_string(),
            format!("spent in {}", a.period),
        )
    };
    format!(
        "alert: {} reached {}% of its {limit}: {spent} {} of {} {cur}",
        a.display_name,
        a.threshold,
        a.spent.format(cur),
        a.limit.format(cur),
    )
}

pub fn alerts(list: &[Alert]) -> Output {
    Output::list(
        list,
        alert_json,
        |a| a.id.to_string(),
        vec![
            "TIME",
            "ID",
            "SUBPROJECT",
            "THRESHOLD",
            "SPENT",
            "LIMIT",
            "CURRENCY",
            "PERIOD",
        ],
        |a| {
            vec![
                cell(a.at.to_rfc3339()),
                cell(a.id),
                cell(&a.display_name),
                right(format!("{}%", a.threshold)),
                right(a.spent.format(&a.currency)),
                right(a.limit.format(&a.currency)),
                cell(a.currency),
                cell(&a.period),
            ]
        },
    )
}

pub fn reversal(r: &Reversed, target_name: Option<&str>) -> Output {
    let v = &r.reversal;
    let c = &r.charge;
    let cur = &v.currency;
    let j = json!({
        "id": v.id,
        "charge_id": v.charge_id,
        "target_id": v.target_id,
        "billing_account_id": v.billing_account_id,
        "amount": v.amount.format(cur),
        "currency": cur.code,
        "reason": v.reason,
        "created_at": v.created_at.to_rfc3339(),
        "idempotency_key": v.idempotency_key,
        "replayed": r.replayed,
        "charge": super::charge_json(c, target_name),
    });
    let verb = done("reversed", r.replayed);
    let left = c
        .amount
        .checked_sub(c.reversed)
        .unwrap_or(crate::domain::money::Amount::ZERO);
    Output::new(
        j,
        Human::Text(format!(
            "{verb} {} {cur} of charge {} (reversal {}); {} {cur} of its {} {cur} left to reverse\n",
            v.amount.format(cur),
            c.id,
            v.id,
            left.format(cur),
            c.amount.format(cur),
        )),
        vec![v.id.to_string()],
    )
}

fn balance_text(b: &BillingAccount) -> String {
    b.balance.map_or("-".to_string(), |a| {
        format!("{} {}", a.format(&b.currency), b.currency)
    })
}

pub fn transfer(t: &Transferred) -> Output {
    let x = &t.transfer;
    let cur = &x.currency;
    let j = json!({
        "id": x.id,
        "from_billing_account_id": x.from_billing_account_id,
        "to_billing_account_id": x.to_billing_account_id,
        "amount": x.amount.format(cur),
        "currency": cur.code,
        "created_at": x.created_at.to_rfc3339(),
        "idempotency_key": x.idempotency_key,
        "replayed": t.replayed,
        "from": super::billing_json(&t.from),
        "to": super::billing_json(&t.to),
    });
    let verb = done("transferred", t.replayed);
    Output::new(
        j,
        Human::Text(format!(
            "{verb} {} {cur} from {:?} (balance {}) to {:?} (balance {})\n",
            x.amount.format(cur),
            t.from.name,
            balance_text(&t.from),
            t.to.name,
            balance_text(&t.to),
        )),
        vec![x.id.to_string()],
    )
}

/// A subproject's spending against its credit limit, worded once for the tree, a recorded
/// charge and warnings: `spent 12.00 of 50.00 EUR`, with ` this month` for a monthly limit
/// (R29). `None` without a limit.
pub fn spent_of_limit(n: &Node) -> Option<String> {
    let limit = n.credit_limit?;
    Some(format!(
        "spent {} of {} {}{}",
        n.spent_in_limit_period().format(&n.currency),
        limit.format(&n.currency),
        n.currency,
        this_month(n)
    ))
}

/// ` this month` for a monthly limit, nothing for a lifetime one.
fn this_month(n: &Node) -> &'static str {
    match n.limit_period {
        LimitPeriod::Monthly => " this month",
        LimitPeriod::Lifetime => "",
    }
}

/// The warning of a credit limit set below what the subproject has already spent (R12, R29).
pub fn limit_below_spent(n: &Node) -> String {
    format!(
        "the limit is below what {} has already spent{} ({} {}): its further charges are blocked",
        n.display_name(),
        this_month(n),
        n.spent_in_limit_period().format(&n.currency),
        n.currency
    )
}
