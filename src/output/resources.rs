//! Outputs of the resource commands (R06) and of `check` and `backup` (R26).

use super::{cell, plural};
use super::{Human, Output};
use crate::domain::check::{Rebuilt, RepairPlan, Report};
use crate::domain::resources::PlacedResource;
use serde_json::{json, Value};

/// The JSON shape of a resource: `id`, `kind`, `value`, `target_id`, `target_kind`,
/// `target_name` (display name), `created_at`.
pub fn resource_json(p: &PlacedResource) -> Value {
    let r = &p.resource;
    json!({
        "id": r.id,
        "kind": r.kind,
        "value": r.value,
        "target_id": r.node_id,
        "target_kind": if p.on_subproject { "subproject" } else { "project" },
        "target_name": p.target_name,
        "target_path": p.target_path,
        "created_at": r.created_at.to_rfc3339(),
    })
}

/// One resource after a change, with a one-line human summary.
pub fn resource(p: &PlacedResource, summary: String) -> Output {
    let r = &p.resource;
    Output::new(
        resource_json(p),
        Human::Text(format!("{summary}\n  id {}\n", r.id)),
        vec![r.id.to_string()],
    )
}

pub fn resources(list: &[PlacedResource]) -> Output {
    let id = |p: &PlacedResource| p.resource.id.to_string();
    let headers = vec!["VALUE", "KIND", "ON", "ID", "CREATED"];
    Output::list(list, resource_json, id, headers, |p| {
        vec![
            cell(&p.resource.value),
            cell(&p.resource.kind),
            cell(&p.target_name),
            cell(p.resource.id),
            cell(p.resource.created_at.to_rfc3339()),
        ]
    })
}

/// The report of `check`: exit 0 when clean, 7 when a problem was found.
pub fn check_report(r: &Report) -> Output {
    let (j, text) = check_parts(r);
    with_check_exit(r, Output::new(j, Human::Text(text), Vec::new()))
}

/// The report of `check --repair`: what was rebuilt, then the check that followed.
pub fn repair_report(plan: &RepairPlan, rebuilt: &[Rebuilt], after: &Report) -> Output {
    let (mut j, checked) = check_parts(after);
    let left = |check: &str| after.found_for(check);
    j["blocked_by"] = json!(plan.blocked_by);
    j["rebuilt"] = rebuilt
        .iter()
        .map(|r| json!({"check": r.check, "before": r.before, "rows": r.rows, "after": left(r.check)}))
        .collect();
    let mut text = String::new();
    if !plan.blocked_by.is_empty() {
        text.push_str(&format!(
            "nothing rebuilt: the file or the records themselves are in doubt ({}); mend them \
             or restore a backup first\n",
            plan.blocked_by.join(", ")
        ));
    } else if rebuilt.is_empty() {
        text.push_str("nothing rebuilt\n");
    }
    for r in rebuilt {
        let after = left(r.check);
        text.push_str(&format!(
            "rebuilt {}: {} found, {} rebuilt, {} left\n",
            r.check,
            plural(r.before, "problem"),
            plural(r.rows, "row"),
            if after == 0 {
                "none".to_string()
            } else {
                after.to_string()
            }
        ));
    }
    text.push_str(&checked);
    with_check_exit(after, Output::new(j, Human::Text(text), Vec::new()))
}

/// A check's JSON and text.
fn check_parts(r: &Report) -> (Value, String) {
    let ok = r.problems.is_empty();
    let j = json!({
        "ok": ok,
        "checks": r.checks_run,
        "problems": r.problems.iter().map(|p| json!({"check": p.check, "detail": p.detail})).collect::<Vec<_>>(),
    });
    let text = if ok {
        format!("ok: {} checks passed, no problem found\n", r.checks_run)
    } else {
        let mut t = String::new();
        for p in &r.problems {
            t.push_str(&format!("{}: {}\n", p.check, p.detail));
        }
        t.push_str(&format!("{} found\n", plural(r.problems.len(), "problem")));
        t
    };
    (j, text)
}

/// Exit 7 when the check found anything.
fn with_check_exit(r: &Report, out: Output) -> Output {
    if r.problems.is_empty() {
        out
    } else {
        out.exit_with(7)
    }
}

/// The report of `backup`.
pub fn backup_report(path: &std::path::Path, bytes: u64) -> Output {
    Output::new(
        json!({ "path": path, "bytes": bytes }),
        Human::Text(format!("backed up to {} ({bytes} bytes)\n", path.display())),
        vec![path.display().to_string()],
    )
}

/// The report of `store copy` (R28).
pub fn store_copied(
    src: &crate::store::Location,
    dst: &crate::store::Location,
    c: &crate::domain::copy::Copied,
) -> Output {
    let rows: u64 = c.counts.iter().map(|(_, n)| n).sum();
    let tables: serde_json::Map<String, serde_json::Value> = c
        .counts
        .iter()
        .map(|(t, n)| (t.trim_matches('"').to_string(), json!(n)))
        .collect();
    let head = c.audit_head.clone().unwrap_or_default();
    let mut text = format!("copied {src} to {dst}: {rows} rows\n");
    for (t, n) in &c.counts {
        text.push_str(&format!("  {:<16} {n}\n", t.trim_matches('"')));
    }
    text.push_str(&format!(
        "check passed ({} checks); audit verified ({} entries, head {head})\n",
        c.checks_run, c.audit_entries
    ));
    Output::new(
        json!({
            "source": src.to_string(),
            "destination": dst.to_string(),
            "rows": rows,
            "tables": tables,
            "audit_head": c.audit_head,
            "checked": true,
        }),
        Human::Text(text),
        vec![dst.to_string()],
    )
}
