//! Outputs of the user, grant, key, access and audit commands, with the JSON shapes of keys
//! and access answers pinned by CLI.md.

use super::cell;
use super::{Human, Output};
use crate::domain::access::Decision;
use crate::domain::audit::Verification;
use crate::domain::clock::{RealNow, Timestamp};
use crate::domain::explain::{ReachRow, WhoRow};
use crate::domain::keys::{KeyView, WithSecret};
use crate::domain::model::{Grant, User};
use crate::store::AuditEntry;
use serde_json::{json, Value};

fn time(t: Option<Timestamp>) -> Option<String> {
    t.map(|t| t.to_rfc3339())
}

fn time_text(t: Option<Timestamp>) -> String {
    time(t).unwrap_or_else(|| "-".into())
}

// --- users and grants ------------------------------------------------------------------------

pub fn user_json(u: &User) -> Value {
    json!({ "id": u.id, "email": u.email, "name": u.name, "created_at": u.created_at.to_rfc3339() })
}

pub fn user(u: &User) -> Output {
    Output::new(
        user_json(u),
        Human::Fields(vec![
            ("email", u.email.clone()),
            ("name", u.name.clone().unwrap_or_else(|| "-".into())),
            ("id", u.id.to_string()),
            ("created", u.created_at.to_rfc3339()),
        ]),
        vec![u.id.to_string()],
    )
}

pub fn users(list: &[User]) -> Output {
    let id = |u: &User| u.id.to_string();
    Output::list(list, user_json, id, vec!["EMAIL", "NAME", "CREATED"], |u| {
        vec![
            cell(&u.email),
            cell(u.name.as_deref().unwrap_or("-")),
            cell(u.created_at.to_rfc3339()),
        ]
    })
}

pub fn grant_json(g: &Grant) -> Value {
    json!({
        "user_id": g.user_id,
        "email": g.email,
        "role": g.role.as_str(),
        "scope_kind": if g.project_id.is_some() { "project" } else { "account" },
        "project_id": g.project_id,
        "project_name": g.project_name,
        "created_at": g.created_at.to_rfc3339(),
    })
}

pub fn grant(g: &Grant) -> Output {
    Output::new(
        grant_json(g),
        Human::Text(format!(
            "{} is {} on {}\n",
            g.email,
            g.role.as_str(),
            g.scope_label()
        )),
        vec![g.user_id.to_string()],
    )
}

pub fn grants(list: &[Grant]) -> Output {
    let id = |g: &Grant| g.user_id.to_string();
    Output::list(list, grant_json, id, vec!["USER", "ROLE", "ON"], |g| {
        vec![cell(&g.email), cell(g.role.as_str()), cell(g.scope_label())]
    })
}

// --- keys ------------------------------------------------------------------------------------

pub fn key_json(k: &KeyView, now: RealNow) -> Value {
    json!({
        "id": k.key.id,
        "name": k.key.name,
        "scope_id": k.scope.id,
        "scope_kind": k.scope.kind(),
        "scope_name": k.scope.path(),
        "role": k.key.role.as_str(),
        "status": k.status(now),
        "created_at": k.key.created_at.to_rfc3339(),
        "expires_at": time(k.key.expires_at),
        "revoked_at": time(k.key.revoked_at),
    })
}

pub fn key(k: &KeyView, now: RealNow) -> Output {
    Output::new(
        key_json(k, now),
        Human::Fields(key_fields(k, now)),
        vec![k.key.id.clone()],
    )
}

fn key_fields(k: &KeyView, now: RealNow) -> Vec<(&'static str, String)> {
    vec![
        ("id", k.key.id.clone()),
        ("name", k.key.name.clone().unwrap_or_else(|| "-".into())),
        ("scope", format!("{} {}", k.scope.kind(), k.scope.path())),
        ("role", k.key.role.as_str().to_string()),
        ("status", k.status(now).to_string()),
        ("created", k.key.created_at.to_rfc3339()),
        ("expires", time_text(k.key.expires_at)),
        ("revoked", time_text(k.key.revoked_at)),
    ]
}

/// A key just issued or rotated. The secret is printed once (R22): in the JSON, in the table,
/// or alone with `-q`; with `secret_file`, it went to that file and only the id is printed.
pub fn key_with_secret(w: &WithSecret, now: RealNow, secret_file: Option<&str>) -> Output {
    let mut json = key_json(&w.view, now);
    let mut fields = key_fields(&w.view, now);
    let ids = match secret_file {
        Some(path) => {
            json["secret_file"] = json!(path);
            fields.push(("secret", format!("written to {path}")));
            vec![w.view.key.id.clone()]
        }
        None => {
            json["secret"] = json!(w.secret);
            fields.push(("secret", w.secret.clone()));
            vec![w.secret.clone()]
        }
    };
    let out = Output::new(json, Human::Fields(fields), ids);
    if secret_file.is_none() {
        out.warn("the secret is shown this once and is not kept: store it now")
    } else {
        out
    }
}

pub fn keys(list: &[KeyView], now: RealNow) -> Output {
    Output::list(
        list,
        |k| key_json(k, now),
        |k| k.key.id.clone(),
        vec!["ID", "NAME", "SCOPE", "ROLE", "STATUS", "EXPIRES"],
        |k| {
            vec![
                cell(&k.key.id),
                cell(k.key.name.as_deref().unwrap_or("-")),
                cell(k.scope.path()),
                cell(k.key.role.as_str()),
                cell(k.status(now)),
                cell(time_text(k.key.expires_at)),
            ]
        },
    )
}

// --- access ----------------------------------------------------------------------------------

pub fn decision(d: &Decision) -> Output {
    let json = json!({
        "allowed": d.allowed,
        "principal": d.principal,
        "action": d.action.name(),
        "target": d.target,
        "reason": d.reason,
        "path": d.path,
    });
    let mut text = format!(
        "{}: {} may {}{} on {}\nreason: {}\n",
        if d.allowed { "allowed" } else { "denied" },
        d.principal,
        if d.allowed { "" } else { "not " },
        d.action.name(),
        d.target,
        d.reason
    );
    if !d.path.is_empty() {
        text.push_str(&format!("path: {}\n", d.path.join(" -> ")));
    }
    let out = Output::new(
        json,
        Human::Text(text),
        vec![if d.allowed { "allowed" } else { "denied" }.to_string()],
    );
    if d.allowed {
        out
    } else {
        out.exit_with(5)
    }
}

pub fn who(target: &str, rows: &[WhoRow]) -> Output {
    Output::new(
        Value::Array(
            rows.iter()
                .map(|r| {
                    json!({
                        "target": target,
                        "principal": r.principal,
                        "kind": r.kind,
                        "role": r.role.map(|x| x.as_str()),
                        "via": r.via,
                    })
                })
                .collect(),
        ),
        Human::Rows(
            vec!["PRINCIPAL", "ROLE", "VIA"],
            rows.iter()
                .map(|r| {
                    vec![
                        cell(&r.principal),
                        cell(r.role.map(|x| x.as_str()).unwrap_or("key")),
                        cell(&r.via),
                    ]
                })
                .collect(),
        ),
        rows.iter().map(|r| r.principal.clone()).collect(),
    )
}

pub fn reach(principal: &str, rows: &[ReachRow]) -> Output {
    let actions = |r: &ReachRow| r.actions.iter().map(|a| a.name()).collect::<Vec<_>>();
    Output::new(
        Value::Array(
            rows.iter()
                .map(|r| {
                    json!({
                        "principal": principal,
                        "target": r.target,
                        "kind": r.kind,
                        "role": r.role.map(|x| x.as_str()),
                        "via": r.via,
                        "actions": actions(r),
                    })
                })
                .collect(),
        ),
        Human::Rows(
            vec!["TARGET", "KIND", "VIA", "ACTIONS"],
            rows.iter()
                .map(|r| {
                    vec![
                        cell(&r.target),
                        cell(r.kind),
                        cell(&r.via),
                        cell(actions(r).join(",")),
                    ]
                })
                .collect(),
        ),
        rows.iter().map(|r| r.target.clone()).collect(),
    )
}

// --- audit -----------------------------------------------------------------------------------

pub fn audit_json(e: &AuditEntry) -> Value {
    json!({
        "seq": e.seq,
        "at": e.at.to_rfc3339(),
        "actor": e.actor,
        "action": e.action,
        "target": e.target,
        "target_id": e.target_id,
        "outcome": e.outcome,
        "detail": e.detail,
        "prev_hash": e.prev_hash,
        "hash": e.hash,
    })
}

pub fn audit_entries(list: &[AuditEntry]) -> Output {
    Output::list(
        list,
        audit_json,
        |e| e.seq.to_string(),
        vec![
            "SEQ", "AT", "ACTOR", "ACTION", "TARGET", "OUTCOME", "DETAIL",
        ],
        |e| {
            vec![
                cell(e.seq),
                cell(e.at.to_rfc3339()),
                cell(&e.actor),
                cell(&e.action),
                cell(&e.target),
                cell(&e.outcome),
                cell(e.detail.as_deref().unwrap_or("")),
            ]
        },
    )
}

pub fn audit_head(e: Option<&AuditEntry>) -> Output {
    match e {
        Some(e) => Output::new(
            json!({ "seq": e.seq, "at": e.at.to_rfc3339(), "hash": e.hash }),
            Human::Text(format!("{}\n", e.hash)),
            vec![e.hash.clone()],
        ),
        None => Output::new(
            json!({ "seq": 0, "at": null, "hash": crate::store::GENESIS }),
            Human::Text(format!("{}\n", crate::store::GENESIS)),
            vec![crate::store::GENESIS.to_string()],
        ),
    }
}

pub fn verification(v: &Verification) -> Output {
    let json = json!({
        "ok": v.problems.is_empty(),
        "entries": v.entries,
        "head": v.head,
        "problems": v.problems,
    });
    let text = if v.problems.is_empty() {
        format!(
            "ok: {} entries, chain intact; head {}\n",
            v.entries,
            v.head.as_deref().unwrap_or(crate::store::GENESIS)
        )
    } else {
        let mut t = format!(
            "FAILED: {} problem(s) in {} entries\n",
            v.problems.len(),
            v.entries
        );
        for p in &v.problems {
            t.push_str(&format!("  {p}\n"));
        }
        t
    };
    let out = Output::new(json, Human::Text(text), Vec::new());
    if v.problems.is_empty() {
        out
    } else {
        out.exit_with(7)
    }
}
