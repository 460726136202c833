//! The outputs of `apply` (the plan) and `export`.

use super::{Human, Output};
use crate::domain::apply::{Op, Plan};
use crate::manifest::Manifest;
use serde_json::{json, Map, Value};
use std::path::Path;

fn plural(n: usize, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// The plan: one line per change (`+ project prod (billing_account main)`, `~ subproject
/// prod/acme: credit_limit 10.00 -> 20.00`) and a summary line.
pub fn applied(plan: &Plan, applied: bool, secrets: Option<&Path>) -> Output {
    let mut text = String::new();
    let mut changes = Vec::with_capacity(plan.changes.len());
    for c in &plan.changes {
        let mut fields = Map::new();
        match c.op {
            Op::Create => {
                text.push_str(&format!("+ {} {}", c.kind, c.name));
                if !c.fields.is_empty() {
                    let list: Vec<String> = c
                        .fields
                        .iter()
                        .map(|f| format!("{} {}", f.name, f.to))
                        .collect();
                    text.push_str(&format!(" ({})", list.join(", ")));
                }
                for f in &c.fields {
                    fields.insert(f.name.to_string(), json!(f.to));
                }
            }
            Op::Update => {
                let list: Vec<String> = c
                    .fields
                    .iter()
                    .map(|f| {
                        format!(
                            "{} {} -> {}",
                            f.name,
                            f.from.as_deref().unwrap_or("none"),
                            f.to
                        )
                    })
                    .collect();
                text.push_str(&format!("~ {} {}: {}", c.kind, c.name, list.join(", ")));
                for f in &c.fields {
                    fields.insert(f.name.to_string(), json!({"from": f.from, "to": f.to}));
                }
            }
        }
        text.push('\n');
        changes.push(json!({
            "op": c.op.as_str(),
            "kind": c.kind,
            "name": c.name,
            "id": c.id,
            "fields": Value::Object(fields),
        }));
    }
    let n = plan.changes.len();
    if !applied {
        text.push_str(&format!(
            "dry run: {}, nothing applied\n",
            plural(n, "change")
        ));
    } else if n == 0 {
        text.push_str("nothing to do\n");
    } else {
        text.push_str(&format!("applied {}\n", plural(n, "change")));
    }
    let mut out = Output::new(
        json!({"changes": changes, "applied": applied}),
        Human::Text(text),
        plan.changes.iter().map(|c| c.id.clone()).collect(),
    );
    if let (Some(path), false) = (secrets, plan.secrets.is_empty()) {
        out = out.warn(format!(
            "{} written to {} (mode 0600): keep it safe, they are not shown again",
            plural(plan.secrets.len(), "key secret"),
            path.display()
        ));
    }
    out
}

/// The exported manifest: the TOML itself on stdout, or a line saying where it went.
pub fn exported(m: &Manifest, text: &str, file: Option<&Path>) -> Output {
    let subprojects: usize = m.projects.iter().map(|p| p.subprojects.len()).sum();
    let json = json!({
        "file": file.map(|p| p.display().to_string()),
        "projects": m.projects.len(),
        "subprojects": subprojects,
        "manifest": text,
    });
    let human = match file {
        Some(p) => Human::Text(format!(
            "exported {} and {} to {}\n",
            plural(m.projects.len(), "project"),
            plural(subprojects, "subproject"),
            p.display()
        )),
        None => Human::Text(text.to_string()),
    };
    Output::new(json, human, Vec::new())
}
