//! Outputs of the account, project, subproject and tree commands, and the JSON shapes of
//! their objects pinned by CLI.md.

use super::{cell, right};
use super::{labels_text, opt, status_cell, Human, Output};
use crate::domain::hierarchy::{Deletion, Tree};
use crate::domain::model::{Account, BillingAccount, Node, Status};
use serde_json::{json, Value};

// --- JSON shapes pinned by CLI.md ------------------------------------------------------------

pub fn project_json(n: &Node) -> Value {
    json!({
        "id": n.id,
        "name": n.name,
        "billing_account_id": n.billing_account_id,
        "labels": n.labels,
        "status": n.status.as_str(),
        "created_at": n.created_at.to_rfc3339(),
        "deleted_at": n.deleted_at.map(|t| t.to_rfc3339()),
        "currency": n.currency.code,
        "updated_at": n.updated_at.to_rfc3339(),
        "protected": n.protected,
    })
}

pub fn subproject_json(n: &Node) -> Value {
    json!({
        "id": n.id,
        "name": n.name,
        "project_id": n.parent_id,
        "project_name": n.parent_name,
        "display_name": n.display_name(),
        "external_id": n.external_id,
        "labels": n.labels,
        "credit_limit": n.credit_limit.map(|l| l.format(&n.currency)),
        "limit_period": n.limit_period.as_str(),
        "total_spent": n.total_spent.format(&n.currency),
        "spent_this_month": n.spent_this_month.format(&n.currency),
        "remaining": n.credit_limit.map(|l| remaining(n, l)),
        "alert_thresholds": n.alert_thresholds,
        "currency": n.currency.code,
        "status": n.status.as_str(),
        "created_at": n.created_at.to_rfc3339(),
        "deleted_at": n.deleted_at.map(|t| t.to_rfc3339()),
        "updated_at": n.updated_at.to_rfc3339(),
        "protected": n.protected,
    })
}

/// What is left of the limit in its period (R12, R29).
pub fn remaining(n: &Node, limit: crate::domain::money::Amount) -> String {
    limit
        .checked_sub(n.spent_in_limit_period())
        .map(|r| {
            r.max(crate::domain::money::Amount::ZERO)
                .format(&n.currency)
        })
        .unwrap_or_else(|_| "0".into())
}

pub fn node_json(n: &Node) -> Value {
    if n.is_subproject() {
        subproject_json(n)
    } else {
        project_json(n)
    }
}

pub fn billing_json(b: &BillingAccount) -> Value {
    json!({
        "id": b.id,
        "name": b.name,
        "kind": b.kind.as_str(),
        "currency": b.currency.code,
        "balance": b.balance.map(|a| a.format(&b.currency)),
        "legal_name": b.legal_name,
        "address": b.address,
        "tax_id": b.tax_id,
        "is_default": b.is_default,
        "created_at": b.created_at.to_rfc3339(),
        "updated_at": b.updated_at.to_rfc3339(),
    })
}

pub fn account_json(a: &Account) -> Value {
    json!({ "id": a.id, "name": a.name, "created_at": a.created_at.to_rfc3339() })
}

// --- Outputs ---------------------------------------------------------------------------------

pub fn account(a: &Account, billing: &[BillingAccount], projects: i64, subprojects: i64) -> Output {
    let mut j = account_json(a);
    j["billing_accounts"] = json!(billing.len());
    j["projects"] = json!(projects);
    j["subprojects"] = json!(subprojects);
    let default = billing
        .iter()
        .find(|b| b.is_default)
        .map(|b| b.name.clone());
    j["default_billing_account"] = json!(default);
    let quota_text = |v: Option<i64>| v.map_or("none".to_string(), |n| n.to_string());
    j["quotas"] = json!({
        "subprojects_per_project": a.quotas.subprojects_per_project,
        "keys_per_target": a.quotas.keys_per_target,
    });
    Output::new(
        j,
        Human::Fields(vec![
            ("name", a.name.clone()),
            ("id", a.id.to_string()),
            ("created", a.created_at.to_rfc3339()),
            ("billing accounts", billing.len().to_string()),
            ("default billing", opt(&default)),
            ("projects", projects.to_string()),
            ("subprojects", subprojects.to_string()),
            (
                "quota subprojects-per-project",
                quota_text(a.quotas.subprojects_per_project),
            ),
            (
                "quota keys-per-target",
                quota_text(a.quotas.keys_per_target),
            ),
        ]),
        vec![a.id.to_string()],
    )
}

pub fn project(n: &Node, billing_name: &str) -> Output {
    let fields = vec![
        ("name", n.name.clone()),
        ("id", n.id.to_string()),
        ("status", n.status.as_str().to_string()),
        ("billing", format!("{billing_name} ({})", n.currency)),
    ];
    node_output(n, project_json(n), fields)
}

/// A project or subproject shown: its own `fields`, then those both tiers have (labels,
/// protection, times).
fn node_output(n: &Node, json: Value, mut fields: Vec<(&'static str, String)>) -> Output {
    fields.push(("labels", labels_text(n)));
    fields.push((
        "protected",
        if n.protected { "yes" } else { "no" }.to_string(),
    ));
    fields.push(("created", n.created_at.to_rfc3339()));
    fields.push(("updated", n.updated_at.to_rfc3339()));
    if let Some(d) = n.deleted_at {
        fields.push(("deleted", d.to_rfc3339()));
    }
    Output::new(json, Human::Fields(fields), vec![n.id.to_string()])
}

pub fn projects(list: &[Node], subproject_counts: &[i64]) -> Output {
    let rows = list
        .iter()
        .zip(subproject_counts)
        .map(|(n, c)| {
            vec![
                cell(&n.name),
                cell(n.id),
                status_cell(n.status),
                cell(n.currency),
                right(c),
                cell(labels_text(n)),
            ]
        })
        .collect();
    Output::new(
        Value::Array(list.iter().map(project_json).collect()),
        Human::Rows(
            vec!["NAME", "ID", "STATUS", "CURRENCY", "SUBPROJECTS", "LABELS"],
            rows,
        ),
        list.iter().map(|n| n.id.to_string()).collect(),
    )
}

pub fn subproject(n: &Node) -> Output {
    let mut fields = vec![
        ("name", n.display_name()),
        ("id", n.id.to_string()),
        ("status", n.status.as_str().to_string()),
        ("external id", opt(&n.external_id)),
        (
            "credit limit",
            n.credit_limit
                .map(|l| {
                    format!(
                        "{} {} ({})",
                        l.format(&n.currency),
                        n.currency,
                        n.limit_period.as_str()
                    )
                })
                .unwrap_or_else(|| "none".into()),
        ),
        (
            "total spent",
            format!("{} {}", n.total_spent.format(&n.currency), n.currency),
        ),
        (
            "spent this month",
            format!("{} {}", n.spent_this_month.format(&n.currency), n.currency),
        ),
    ];
    if let Some(l) = n.credit_limit {
        fields.push(("remaining", format!("{} {}", remaining(n, l), n.currency)));
        fields.push(("alerts at", thresholds_text(&n.alert_thresholds)));
    }
    node_output(n, subproject_json(n), fields)
}

/// `80%, 100%`, or `none`.
pub fn thresholds_text(t: &[u32]) -> String {
    if t.is_empty() {
        "none".to_string()
    } else {
        t.iter()
            .map(|p| format!("{p}%"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A limit as a list shows it: `10.00`, or `10.00/month`.
fn limit_cell(n: &Node) -> String {
    match n.credit_limit {
        None => "-".into(),
        Some(l) => match n.limit_period {
            crate::domain::model::LimitPeriod::Lifetime => l.format(&n.currency),
            crate::domain::model::LimitPeriod::Monthly => {
                format!("{}/month", l.format(&n.currency))
            }
        },
    }
}

pub fn subprojects(list: &[Node]) -> Output {
    Output::list(
        list,
        subproject_json,
        |n| n.id.to_string(),
        vec![
            "NAME",
            "ID",
            "STATUS",
            "EXTERNAL ID",
            "LIMIT",
            "SPENT",
            "THIS MONTH",
            "CURRENCY",
            "LABELS",
            "CREATED",
        ],
        |n| {
            vec![
                cell(n.display_name()),
                cell(n.id),
                status_cell(n.status),
                cell(n.external_id.as_deref().unwrap_or("-")),
                right(limit_cell(n)),
                right(n.total_spent.format(&n.currency)),
                right(n.spent_this_month.format(&n.currency)),
                cell(n.currency),
                cell(labels_text(n)),
                cell(n.created_at.to_rfc3339()),
            ]
        },
    )
}

/// A deletion, done or planned (`--dry-run`).
pub fn deletion(d: &Deletion) -> Output {
    let n = &d.node;
    let verb = if d.applied { "deleted" } else { "would delete" };
    let mut text = format!("{verb} {} {}\n", n.kind(), n.display_name());
    let (revoke, release) = if d.applied {
        ("revoked key", "released resource")
    } else {
        ("would revoke key", "would release resource")
    };
    for k in &d.revoked_keys {
        text.push_str(&format!("  {revoke} {}\n", k.id));
    }
    for r in &d.released_resources {
        text.push_str(&format!("  {release} {} {}\n", r.kind, r.value));
    }
    let j = json!({
        "applied": d.applied,
        "target": node_json(n),
        "revoked_keys": d.revoked_keys.iter().map(|k| k.id.clone()).collect::<Vec<_>>(),
        "released_resources": d.released_resources.iter().map(|r| json!({
            "id": r.id, "kind": r.kind, "value": r.value
        })).collect::<Vec<_>>(),
    });
    Output::new(j, Human::Text(text), vec![n.id.to_string()])
}

pub fn tree(t: &Tree) -> Output {
    let mut text = format!("{} (account)\n", t.account.name);
    let last_p = t.projects.len();
    for (i, tp) in t.projects.iter().enumerate() {
        let p = &tp.project;
        let (branch, stem) = if i + 1 == last_p {
            ("└── ", "    ")
        } else {
            ("├── ", "│   ")
        };
        if tp.readable {
            let billing = t
                .billing_accounts
                .iter()
                .find(|b| Some(b.id) == p.billing_account_id)
                .map(|b| format!("{} ({} {})", b.name, b.kind.as_str(), b.currency))
                .unwrap_or_default();
            let status = match p.status {
                Status::Active => String::new(),
                s => format!(" [{}]", s.as_str()),
            };
            text.push_str(&format!("{branch}{}{status}  billing: {billing}\n", p.name));
        } else {
            text.push_str(&format!("{branch}{}\n", p.name));
        }
        let subs = &tp.subprojects;
        for (j, s) in subs.iter().enumerate() {
            let b = if j + 1 == subs.len() {
                "└── "
            } else {
                "├── "
            };
            let status = match s.status {
                Status::Active => String::new(),
                st => format!(" [{}]", st.as_str()),
            };
            let limit = super::spent_of_limit(s)
                .map(|t| format!("  {t}"))
                .unwrap_or_default();
            text.push_str(&format!("{stem}{b}{}{status}{limit}\n", s.name));
        }
    }
    let mut j = account_json(&t.account);
    j["billing_accounts"] = Value::Array(t.billing_accounts.iter().map(billing_json).collect());
    j["projects"] = Value::Array(
        t.projects
            .iter()
            .map(|tp| {
                let mut pj = if tp.readable {
                    project_json(&tp.project)
                } else {
                    json!({ "id": tp.project.id, "name": tp.project.name })
                };
                pj["subprojects"] =
                    Value::Array(tp.subprojects.iter().map(subproject_json).collect());
                pj
            })
            .collect(),
    );
    let mut ids = vec![t.account.id.to_string()];
    for tp in &t.projects {
        if tp.readable {
            ids.push(tp.project.id.to_string());
        }
        ids.extend(tp.subprojects.iter().map(|s| s.id.to_string()));
    }
    Output::new(j, Human::Text(text), ids)
}

/// R36: warnings for what is already over a quota just lowered (the first ten, then a count):
/// nothing is removed, further ones are refused.
pub fn over_quota(out: Output, quota: &str, value: Option<i64>, over: &[String]) -> Output {
    const SHOWN: usize = 10;
    let mut out = out;
    for line in over.iter().take(SHOWN) {
        out = out.warn(format!(
            "{line}, over the quota {quota} of {}: nothing is removed, further ones are refused",
            value.unwrap_or_default()
        ));
    }
    if over.len() > SHOWN {
        out = out.warn(format!(
            "... and {} more over the quota",
            over.len() - SHOWN
        ));
    }
    out
}
