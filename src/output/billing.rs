//! Outputs of the billing, usage, balance and invoice commands, with the JSON shapes CLI.md pins.

use super::{cell, done, right};
use super::{opt, Human, Output};
use crate::domain::billing::{BalanceView, LedgerEntry, Topup};
use crate::domain::model::{BillingAccount, Node};
use crate::domain::money::{Amount, Sum};
use crate::domain::spend::Alert;
use crate::domain::usage::{Charge, CreditLine, ImportSummary, Invoice, ReportRowRef};
use comfy_table::Cell;
use serde_json::{json, Value};

fn money(a: Amount, b: &BillingAccount) -> String {
    format!("{} {}", a.format(&b.currency), b.currency)
}

fn money_sum(a: Sum, b: &BillingAccount) -> String {
    format!("{} {}", a.format(&b.currency), b.currency)
}

pub fn billing_account(b: &BillingAccount) -> Output {
    Output::new(
        super::billing_json(b),
        Human::Fields(vec![
            ("name", b.name.clone()),
            ("id", b.id.to_string()),
            ("kind", b.kind.as_str().to_string()),
            ("currency", b.currency.code.to_string()),
            (
                "balance",
                b.balance.map_or("-".to_string(), |a| money(a, b)),
            ),
            (
                "default",
                if b.is_default { "yes" } else { "no" }.to_string(),
            ),
            ("legal name", opt(&b.legal_name)),
            ("address", opt(&b.address)),
            ("tax id", opt(&b.tax_id)),
            ("created", b.created_at.to_rfc3339()),
        ]),
        vec![b.id.to_string()],
    )
}

pub fn billing_accounts(list: &[BillingAccount]) -> Output {
    Output::list(
        list,
        super::billing_json,
        |b| b.id.to_string(),
        vec!["NAME", "ID", "KIND", "CURRENCY", "BALANCE", "DEFAULT"],
        |b| {
            vec![
                cell(&b.name),
                cell(b.id),
                cell(b.kind.as_str()),
                cell(b.currency),
                right(b.balance.map_or("-".to_string(), |a| a.format(&b.currency))),
                cell(if b.is_default { "yes" } else { "" }),
            ]
        },
    )
}

pub fn balance(view: &BalanceView) -> Output {
    match view {
        BalanceView::Accounts(list) => billing_accounts(list),
        BalanceView::Project { project, billing } => {
            let cur = &billing.currency;
            let bal = billing.balance.map(|a| a.format(cur));
            Output::new(
                json!({
                    "is_subproject": false,
                    "project_id": project.id,
                    "project_name": project.name,
                    "billing_account_id": billing.id,
                    "billing_account_name": billing.name,
                    "kind": billing.kind.as_str(),
                    "balance": bal,
                    "currency": cur.code,
                }),
                Human::Fields(vec![
                    ("project", project.name.clone()),
                    (
                        "billing account",
                        format!("{} ({})", billing.name, billing.kind.as_str()),
                    ),
                    (
                        "balance",
                        bal.map_or("- (postpaid)".to_string(), |b| format!("{b} {}", cur.code)),
                    ),
                ]),
                vec![billing.id.to_string()],
            )
        }
        BalanceView::Subproject { sub, billing } => {
            let cur = &billing.currency;
            let bal = billing.balance.map(|a| a.format(cur));
            let limit = sub.credit_limit.map(|l| l.format(cur));
            let remaining = sub.credit_limit.map(|l| super::remaining(sub, l));
            let monthly = sub.limit_period == crate::domain::model::LimitPeriod::Monthly;
            let with_cur = |v: &Option<String>, none: &str| {
                v.as_ref()
                    .map_or(none.to_string(), |x| format!("{x} {}", cur.code))
            };
            Output::new(
                json!({
                    "is_subproject": true,
                    "subproject_id": sub.id,
                    "display_name": sub.display_name(),
                    "total_spent": sub.total_spent.format(cur),
                    "spent_this_month": sub.spent_this_month.format(cur),
                    "credit_limit": limit,
                    "limit_period": sub.limit_period.as_str(),
                    "remaining": remaining,
                    "billing_account_id": billing.id,
                    "kind": billing.kind.as_str(),
                    "balance": bal,
                    "currency": cur.code,
                }),
                Human::Fields({
                    let mut f = vec![
                        ("subproject", sub.display_name()),
                        (
                            "total spent",
                            format!("{} {}", sub.total_spent.format(cur), cur.code),
                        ),
                    ];
                    if monthly {
                        f.push((
                            "spent this month",
                            format!("{} {}", sub.spent_this_month.format(cur), cur.code),
                        ));
                    }
                    f.extend([
                        (
                            "credit limit",
                            if monthly {
                                format!("{} a month", with_cur(&limit, "none"))
                            } else {
                                with_cur(&limit, "none")
                            },
                        ),
                        (
                            "remaining",
                            if monthly && remaining.is_some() {
                                format!("{} this month", with_cur(&remaining, "unlimited"))
                            } else {
                                with_cur(&remaining, "unlimited")
                            },
                        ),
                        ("shared balance", with_cur(&bal, "- (postpaid)")),
                    ]);
                    f
                }),
                vec![sub.id.to_string()],
            )
        }
    }
}

pub fn topup(t: &Topup, b: &BillingAccount, replayed: bool) -> Output {
    let mut j = super::billing_json(b);
    j["topup"] = json!({
        "id": t.id,
        "amount": t.amount.format(&b.currency),
        "currency": b.currency.code,
        "created_at": t.created_at.to_rfc3339(),
        "idempotency_key": t.idempotency_key,
        "replayed": replayed,
    });
    let verb = done("topped up", replayed);
    Output::new(
        j,
        Human::Text(format!(
            "{verb} {:?} by {}; balance {}\n",
            b.name,
            money(t.amount, b),
            b.balance.map_or("-".to_string(), |a| money(a, b))
        )),
        vec![t.id.to_string()],
    )
}

pub fn linked(project: &Node, b: &BillingAccount, changed: bool) -> Output {
    let mut j = super::project_json(project);
    j["changed"] = json!(changed);
    let text = if changed {
        format!(
            "linked project {:?} to billing account {:?}\n",
            project.name, b.name
        )
    } else {
        format!(
            "project {:?} was already linked to billing account {:?}\n",
            project.name, b.name
        )
    };
    Output::new(j, Human::Text(text), vec![project.id.to_string()])
}

/// The names of the nodes charges were made to, by id.
pub type Names = std::collections::HashMap<uuid::Uuid, String>;

pub fn charge_json(c: &Charge, target_name: Option<&str>) -> Value {
    json!({
        "id": c.id,
        "target_id": c.target_id,
        "target_name": target_name,
        "billing_account_id": c.billing_account_id,
        "product": c.product,
        "quantity": c.quantity,
        "amount": c.amount.format(&c.currency),
        "currency": c.currency.code,
        "description": c.description,
        "created_at": c.created_at.to_rfc3339(),
        "idempotency_key": c.idempotency_key,
        "reversed": c.reversed.format(&c.currency),
    })
}

pub fn charge(c: &Charge, target: &Node, replayed: bool, alerts: &[Alert]) -> Output {
    let mut j = charge_json(c, Some(&target.display_name()));
    j["replayed"] = json!(replayed);
    j["alerts"] = Value::Array(alerts.iter().map(super::alert_json).collect());
    let verb = super::done("recorded", replayed);
    let spent = super::spent_of_limit(target)
        .map(|s| format!("; {s}"))
        .unwrap_or_default();
    let mut out = Output::new(
        j,
        Human::Text(format!(
            "{verb} charge {} of {} {} on {}{spent}\n",
            c.id,
            c.amount.format(&c.currency),
            c.currency,
            target.display_name()
        )),
        vec![c.id.to_string()],
    );
    for a in alerts {
        out = out.warn(super::spend::alert_warning(a));
    }
    out
}

pub fn charges(list: &[Charge], names: &Names) -> Output {
    let name = |c: &Charge| names.get(&c.target_id).map(String::as_str);
    Output::list(
        list,
        |c| charge_json(c, name(c)),
        |c| c.id.to_string(),
        vec![
            "TIME", "ID", "TARGET", "PRODUCT", "QUANTITY", "AMOUNT", "CURRENCY",
        ],
        |c| {
            vec![
                cell(c.created_at.to_rfc3339()),
                cell(c.id),
                cell(name(c).map_or_else(|| c.target_id.to_string(), str::to_string)),
                cell(c.product.as_deref().unwrap_or("-")),
                right(c.quantity.map_or("-".to_string(), |q| q.to_string())),
                right(c.amount.format(&c.currency)),
                cell(c.currency),
            ]
        },
    )
}

fn row_json(r: ReportRowRef) -> Value {
    let amount = r.amount.format(&r.currency);
    serde_json::to_value(super::usage::JsonRow::of(r, &amount)).unwrap_or_default()
}

/// An invoice's usage line in text: project, subproject, product, quantity, amount.
fn invoice_cells(r: ReportRowRef) -> Vec<Cell> {
    let sub = match (r.subproject_name, r.subproject_deleted) {
        (Some(n), true) => format!("{n} (deleted)"),
        (Some(n), false) => n.to_string(),
        (None, _) => super::usage::no_subproject(r.scope).to_string(),
    };
    vec![
        cell(r.project_name.unwrap_or("-")),
        cell(sub),
        cell(r.product.unwrap_or("-")),
        right(r.quantity.to_string()),
        right(r.amount.format(&r.currency)),
    ]
}

fn credit_json(c: &CreditLine, b: &BillingAccount) -> Value {
    let r = &c.reversal;
    json!({
        "kind": "credit",
        "billing_account_id": b.id,
        "project_id": c.project_id,
        "project_name": c.project_name,
        "subproject_id": c.subproject_id,
        "subproject_name": c.subproject_name,
        "subproject_deleted": c.subproject_deleted,
        "product": c.product,
        "quantity": 0,
        "amount": Amount::ZERO
            .checked_sub(r.amount)
            .unwrap_or(Amount::ZERO)
            .format(&b.currency),
        "currency": b.currency.code,
        "charges": 0,
        "reversal_id": r.id,
        "charge_id": r.charge_id,
        "charged_at": c.charged_at.map(|t| t.to_rfc3339()),
        "reason": r.reason,
        "created_at": r.created_at.to_rfc3339(),
    })
}

pub fn invoice(inv: &Invoice) -> Output {
    let b = &inv.billing_account;
    let j = json!({
        "billing_account_id": b.id,
        "billing_account_name": b.name,
        "legal_name": b.legal_name,
        "address": b.address,
        "tax_id": b.tax_id,
        "period": inv.period.to_string(),
        "currency": b.currency.code,
        "lines": inv
            .lines
            .rows()
            .map(|r| {
                let mut j = row_json(r);
                j["kind"] = json!("usage");
                j
            })
            .chain(inv.credits.iter().map(|c| credit_json(c, b)))
            .collect::<Vec<_>>(),
        "usage_total": inv.usage_total.format(&b.currency),
        "credits_total": inv.credits_total.format(&b.currency),
        "total": inv.total.format(&b.currency),
    });
    let mut text = format!(
        "Invoice {} for billing account {:?} ({})\n",
        inv.period, b.name, b.currency
    );
    for (k, v) in [
        ("legal name", &b.legal_name),
        ("address", &b.address),
        ("tax id", &b.tax_id),
    ] {
        if let Some(v) = v {
            text.push_str(&format!("{k}: {v}\n"));
        }
    }
    text.push('\n');
    let mut t = comfy_table::Table::new();
    t.load_preset(comfy_table::presets::NOTHING)
        .set_content_arrangement(comfy_table::ContentArrangement::Disabled)
        .force_no_tty();
    t.set_header(vec![
        "PROJECT",
        "SUBPROJECT",
        "PRODUCT",
        "QUANTITY",
        "AMOUNT",
    ]);
    for r in inv.lines.rows() {
        t.add_row(invoice_cells(r));
    }
    for c in &inv.credits {
        let sub = match (&c.subproject_name, c.subproject_deleted) {
            (Some(n), true) => format!("{n} (deleted)"),
            (Some(n), false) => n.clone(),
            (None, _) => "(project)".to_string(),
        };
        t.add_row(vec![
            cell(&c.project_name),
            cell(sub),
            cell(format!(
                "credit: {} ({})",
                c.product.as_deref().unwrap_or("-"),
                c.reversal.reason
            )),
            right(String::new()),
            right(format!("-{}", c.reversal.amount.format(&b.currency))),
        ]);
    }
    if !inv.lines.lines.is_empty() || !inv.credits.is_empty() {
        for l in t.to_string().lines() {
            text.push_str(l.strip_prefix(' ').unwrap_or(l).trim_end());
            text.push('\n');
        }
        text.push('\n');
    }
    if !inv.credits.is_empty() {
        text.push_str(&format!("usage: {}\n", money_sum(inv.usage_total, b)));
        text.push_str(&format!("credits: -{}\n", money_sum(inv.credits_total, b)));
    }
    text.push_str(&format!("total: {}\n", money_sum(inv.total, b)));
    // As CSV, an invoice is its lines (usage and credits), each naming its period.
    let lines = j["lines"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|mut r| {
            r["period"] = json!(inv.period.to_string());
            r
        })
        .collect();
    Output::new(j, Human::Text(text), vec![b.id.to_string()]).csv_rows(Value::Array(lines))
}

pub fn ledger(entries: &[LedgerEntry], b: &BillingAccount, names: &Names) -> Output {
    let name = |e: &LedgerEntry| e.target_id.and_then(|t| names.get(&t)).cloned();
    let json_rows = entries
        .iter()
        .map(|e| {
            json!({
                "kind": e.kind.as_str(),
                "id": e.id,
                "target_id": e.target_id,
                "target_name": name(e),
                "product": e.product,
                "quantity": e.quantity,
                "amount": e.amount.format(&b.currency),
                "currency": b.currency.code,
                "created_at": e.created_at.to_rfc3339(),
                "idempotency_key": e.idempotency_key,
                "charge_id": e.charge_id,
                "reason": e.reason,
                "counterparty_billing_account_id": e.counterparty_id,
            })
        })
        .collect();
    let rows = entries
        .iter()
        .map(|e| {
            let sign = if e.kind.is_debit() { "-" } else { "+" };
            vec![
                cell(e.created_at.to_rfc3339()),
                cell(e.kind.as_str()),
                cell(e.id),
                cell(name(e).unwrap_or_else(|| {
                    e.target_id
                        .or(e.counterparty_id)
                        .map_or("-".to_string(), |t| t.to_string())
                })),
                cell(e.product.as_deref().unwrap_or("-")),
                right(format!("{sign}{}", e.amount.format(&b.currency))),
                cell(b.currency),
            ]
        })
        .collect();
    Output::new(
        Value::Array(json_rows),
        Human::Rows(
            vec![
                "TIME", "KIND", "ID", "TARGET", "PRODUCT", "AMOUNT", "CURRENCY",
            ],
            rows,
        ),
        entries.iter().map(|e| e.id.to_string()).collect(),
    )
}

pub fn imported(s: &ImportSummary, source: &str) -> Output {
    let totals: Vec<Value> = s
        .total_by_currency
        .iter()
        .map(|(c, a)| {
            let cur = crate::domain::money::Currency::parse(c).ok();
            json!({ "amount": cur.map(|cur| a.format(&cur)), "currency": c })
        })
        .collect();
    let j = json!({
        "source": source,
        "imported": s.imported,
        "replayed": s.replayed,
        "totals": totals,
        "alerts": s.alerts,
    });
    let totals_text = s
        .total_by_currency
        .iter()
        .filter_map(|(c, a)| {
            crate::domain::money::Currency::parse(c)
                .ok()
                .map(|cur| format!("{} {c}", a.format(&cur)))
        })
        .collect::<Vec<_>>()
        .join(", ");
    let mut text = format!("imported {} charge(s) from {source}", s.imported);
    if !totals_text.is_empty() {
        text.push_str(&format!(" ({totals_text})"));
    }
    if s.replayed > 0 {
        text.push_str(&format!("; {} already recorded, skipped", s.replayed));
    }
    if s.alerts > 0 {
        text.push_str(&format!("; {} alert(s) raised", s.alerts));
    }
    text.push('\n');
    let out = Output::new(j, Human::Text(text), Vec::new());
    if s.alerts > 0 {
        out.warn(format!(
            "the import raised {} alert(s): spending reached alert thresholds; see acctl alert list",
            s.alerts
        ))
    } else {
        out
    }
}
