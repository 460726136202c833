//! Writing a manifest (export), a project at a time.

use super::*;
use std::fmt::Write;

// --- Writing (export) ------------------------------------------------------------------------

/// A TOML string literal.
pub(super) fn q(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

pub(super) fn inline_labels(labels: &LabelList) -> String {
    let pairs: Vec<String> = labels
        .iter()
        .map(|(k, v)| {
            let key = if k
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                k.clone()
            } else {
                q(k)
            };
            format!("{key} = {}", q(v))
        })
        .collect();
    format!("{{ {} }}", pairs.join(", "))
}

pub(super) fn write_items(out: &mut String, resources: &[ResourceSpec], keys: &[KeySpec]) {
    if !resources.is_empty() {
        out.push_str("resources = [\n");
        for r in resources {
            let _ = writeln!(
                out,
                "  {{ kind = {}, value = {} }},",
                q(&r.kind),
                q(&r.value)
            );
        }
        out.push_str("]\n");
    }
    if !keys.is_empty() {
        out.push_str("keys = [\n");
        for k in keys {
            match k.role.as_deref().filter(|r| *r != "full") {
                Some(role) => {
                    let _ = writeln!(out, "  {{ name = {}, role = {} }},", q(&k.name), q(role));
                }
                None => {
                    let _ = writeln!(out, "  {{ name = {} }},", q(&k.name));
                }
            }
        }
        out.push_str("]\n");
    }
}

pub(super) fn write_removals_and_protection(
    out: &mut String,
    remove: &[String],
    protected: Option<bool>,
) {
    if !remove.is_empty() {
        let keys: Vec<String> = remove.iter().map(|k| q(k)).collect();
        let _ = writeln!(out, "remove_labels = [{}]", keys.join(", "));
    }
    if let Some(p) = protected {
        let _ = writeln!(out, "protected = {p}");
    }
}

/// Write a whole manifest as TOML, in the order given: for the round-trip test (`export`
/// writes it a part at a time, see `output::part_text`).
#[cfg(test)]
pub fn write(m: &Manifest) -> String {
    let mut out = write_head(m);
    for p in &m.projects {
        write_project(&mut out, p);
    }
    out
}

/// The first part of a manifest: everything but its projects, which follow it as
/// [`write_project`] writes them.
pub fn write_head(m: &Manifest) -> String {
    let mut out = String::from(
        "# acctl manifest: the account's structure (apply it with: acctl apply -f FILE)\n",
    );
    if let Some(a) = &m.account {
        let _ = write!(out, "\n[account]\nname = {}\n", q(&a.name));
        let quotas: Vec<String> = [
            ("subprojects_per_project", &a.quotas.subprojects_per_project),
            ("keys_per_target", &a.quotas.keys_per_target),
        ]
        .into_iter()
        .filter_map(|(k, v)| match v {
            Some((Some(n), _)) => Some(format!("{k} = {n}")),
            Some((None, _)) => Some(format!("{k} = \"none\"")),
            None => None,
        })
        .collect();
        if !quotas.is_empty() {
            let _ = write!(out, "\n[account.quotas]\n{}\n", quotas.join("\n"));
        }
    }
    for b in &m.billing_accounts {
        let _ = write!(
            out,
            "\n[[billing_account]]\nname = {}\nkind = {}\ncurrency = {}\n",
            q(&b.name),
            q(&b.kind),
            q(&b.currency)
        );
        if b.default {
            out.push_str("default = true\n");
        }
        for (k, v) in [
            ("legal_name", &b.legal_name),
            ("address", &b.address),
            ("tax_id", &b.tax_id),
        ] {
            if let Some(v) = v {
                let _ = writeln!(out, "{k} = {}", q(v));
            }
        }
    }
    for u in &m.users {
        let _ = write!(out, "\n[[user]]\nemail = {}\n", q(&u.email));
        if let Some(n) = &u.name {
            let _ = writeln!(out, "name = {}", q(n));
        }
        if !u.grants.is_empty() {
            out.push_str("grants = [\n");
            for g in &u.grants {
                match &g.project {
                    Some(p) => {
                        let _ = writeln!(out, "  {{ role = {}, project = {} }},", q(&g.role), q(p));
                    }
                    None => {
                        let _ = writeln!(out, "  {{ role = {} }},", q(&g.role));
                    }
                }
            }
            out.push_str("]\n");
        }
    }
    out
}

/// One project and its subprojects, appended to `out`.
pub fn write_project(out: &mut String, p: &ProjectSpec) {
    let _ = write!(out, "\n[[project]]\nname = {}\n", q(&p.name));
    if let Some((b, _)) = &p.billing_account {
        let _ = writeln!(out, "billing_account = {}", q(b));
    }
    if !p.labels.is_empty() {
        let _ = writeln!(out, "labels = {}", inline_labels(&p.labels));
    }
    write_removals_and_protection(out, &p.remove_labels, p.protected);
    write_items(out, &p.resources, &p.keys);
    for s in &p.subprojects {
        let _ = write!(out, "\n[[project.subproject]]\nname = {}\n", q(&s.name));
        if let Some(x) = &s.external_id {
            let _ = writeln!(out, "external_id = {}", q(x));
        }
        if let Some((c, _)) = &s.credit_limit {
            let _ = writeln!(out, "credit_limit = {}", q(c));
        }
        if let Some((p, _)) = &s.limit_period {
            let _ = writeln!(out, "limit_period = {}", q(p.as_str()));
        }
        if let Some((t, _)) = &s.alert_thresholds {
            let list: Vec<String> = t.iter().map(u32::to_string).collect();
            let _ = writeln!(out, "alert_thresholds = [{}]", list.join(", "));
        }
        if let Some(suspended) = s.suspended {
            let _ = writeln!(out, "suspended = {suspended}");
        }
        if !s.labels.is_empty() {
            let _ = writeln!(out, "labels = {}", inline_labels(&s.labels));
        }
        write_removals_and_protection(out, &s.remove_labels, s.protected);
        write_items(out, &s.resources, &s.keys);
    }
}
