//! Manifests: a TOML description of the account's structure, named by name, for `apply` and
//! `export`. This module reads and writes the format; `domain::apply` decides what it means.
//!
//! ```toml
//! [account]
//! name = "Acme"
//!
//! [[billing_account]]
//! name = "main"
//! kind = "prepaid"
//! currency = "EUR"
//! default = true
//!
//! [[user]]
//! email = "ops@example.com"
//! grants = [{ role = "admin" }, { role = "developer", project = "prod" }]
//!
//! [[project]]
//! name = "prod"
//! billing_account = "main"
//! labels = { env = "prod" }
//! resources = [{ kind = "number", value = "+46700000001" }]
//! keys = [{ name = "onboarding" }]
//!
//! [[project.subproject]]
//! name = "acme"
//! external_id = "cust-1"
//! credit_limit = "100.00"
//! labels = { tier = "gold" }
//! ```

use crate::config::line_col;
use crate::domain::model::LimitPeriod;
use crate::domain::names::Labels;
use crate::error::{Error, Result};
use serde::Deserialize;
use std::fmt::Write;
use toml::Spanned;

/// A place in the manifest file, for errors: `FILE:LINE:COL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loc {
    pub file: String,
    pub line: usize,
    pub col: usize,
}

impl Loc {
    /// An invalid-input error at this place.
    pub fn error(&self, message: impl std::fmt::Display) -> Error {
        Error::invalid(format!(
            "{}:{}:{}: {message}",
            self.file, self.line, self.col
        ))
    }
}

#[derive(Debug, Clone)]
pub struct Manifest {
    /// The file it was read from, as errors name it.
    pub file: String,
    pub account: Option<AccountSpec>,
    pub billing_accounts: Vec<BillingSpec>,
    pub users: Vec<UserSpec>,
    pub projects: Vec<ProjectSpec>,
}

#[derive(Debug, Clone)]
pub struct AccountSpec {
    pub loc: Loc,
    pub name: String,
    /// R36: `None` leaves a quota as it is; `Some(None)` removes it (`"none"`).
    pub quotas: QuotaSpecs,
}

/// R36: the account's quotas in a manifest (`[account.quotas]`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuotaSpecs {
    pub subprojects_per_project: Option<(Option<i64>, Loc)>,
    pub keys_per_target: Option<(Option<i64>, Loc)>,
}

#[derive(Debug, Clone)]
pub struct BillingSpec {
    pub loc: Loc,
    pub name: String,
    pub kind: String,
    pub kind_loc: Loc,
    pub currency: String,
    pub currency_loc: Loc,
    pub default: bool,
    pub legal_name: Option<String>,
    pub address: Option<String>,
    pub tax_id: Option<String>,
}

#[derive(Debug, Clone)]
pub struct UserSpec {
    pub loc: Loc,
    pub email: String,
    pub name: Option<String>,
    pub grants: Vec<GrantSpec>,
}

#[derive(Debug, Clone)]
pub struct GrantSpec {
    pub loc: Loc,
    pub role: String,
    pub project: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ProjectSpec {
    pub loc: Loc,
    pub name: String,
    pub billing_account: Option<(String, Loc)>,
    pub labels: Labels,
    /// R33: label keys to remove, only ever by saying so (`remove_labels = ["tier"]`).
    pub remove_labels: Vec<String>,
    /// R34: `None` leaves the protection as it is.
    pub protected: Option<bool>,
    pub resources: Vec<ResourceSpec>,
    pub keys: Vec<KeySpec>,
    pub subprojects: Vec<SubprojectSpec>,
}

#[derive(Debug, Clone)]
pub struct SubprojectSpec {
    pub loc: Loc,
    pub name: String,
    pub external_id: Option<String>,
    pub credit_limit: Option<(String, Loc)>,
    /// What the limit is measured over (R29); `None` leaves it as it is (lifetime when new).
    pub limit_period: Option<(LimitPeriod, Loc)>,
    /// Alert thresholds (R30), ascending; `None` leaves them (80, 100 when new).
    pub alert_thresholds: Option<(Vec<u32>, Loc)>,
    /// `Some(true)` suspends, `Some(false)` resumes, `None` leaves the status as it is.
    pub suspended: Option<bool>,
    pub labels: Labels,
    /// R33: label keys to remove, only ever by saying so.
    pub remove_labels: Vec<String>,
    /// R34: `None` leaves the protection as it is.
    pub protected: Option<bool>,
    pub resources: Vec<ResourceSpec>,
    pub keys: Vec<KeySpec>,
}

#[derive(Debug, Clone)]
pub struct ResourceSpec {
    pub loc: Loc,
    pub kind: String,
    pub value: String,
}

#[derive(Debug, Clone)]
pub struct KeySpec {
    pub loc: Loc,
    pub name: String,
    /// R35: `full` when not given.
    pub role: Option<String>,
}

// --- The raw TOML shapes ---------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    account: Option<Spanned<RawAccount>>,
    #[serde(default)]
    billing_account: Vec<Spanned<RawBilling>>,
    #[serde(default)]
    user: Vec<Spanned<RawUser>>,
    #[serde(default)]
    project: Vec<Spanned<RawProject>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAccount {
    name: Spanned<String>,
    quotas: Option<RawQuotas>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuotas {
    subprojects_per_project: Option<Spanned<toml::Value>>,
    keys_per_target: Option<Spanned<toml::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBilling {
    name: Spanned<String>,
    kind: Spanned<String>,
    currency: Spanned<String>,
    #[serde(default)]
    default: bool,
    legal_name: Option<String>,
    address: Option<String>,
    tax_id: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUser {
    email: Spanned<String>,
    name: Option<String>,
    #[serde(default)]
    grants: Vec<Spanned<RawGrant>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGrant {
    role: String,
    project: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProject {
    name: Spanned<String>,
    billing_account: Option<Spanned<String>>,
    #[serde(default)]
    labels: Labels,
    #[serde(default)]
    remove_labels: Vec<String>,
    protected: Option<bool>,
    #[serde(default)]
    resources: Vec<Spanned<RawResource>>,
    #[serde(default)]
    keys: Vec<Spanned<RawKey>>,
    #[serde(default)]
    subproject: Vec<Spanned<RawSubproject>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSubproject {
    name: Spanned<String>,
    external_id: Option<String>,
    credit_limit: Option<Spanned<String>>,
    limit_period: Option<Spanned<String>>,
    alert_thresholds: Option<Spanned<Vec<i64>>>,
    suspended: Option<bool>,
    #[serde(default)]
    labels: Labels,
    #[serde(default)]
    remove_labels: Vec<String>,
    protected: Option<bool>,
    #[serde(default)]
    resources: Vec<Spanned<RawResource>>,
    #[serde(default)]
    keys: Vec<Spanned<RawKey>>,
    /// Present only to be refused with its place: a subproject has no subprojects (R04).
    subproject: Option<Spanned<toml::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawResource {
    kind: String,
    value: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKey {
    name: String,
    role: Option<String>,
}

/// The parser's message, or one of ours where it gives none: a key with `=` and no value at
/// the end of the text gets an empty message from the TOML parser.
fn toml_message(e: &toml::de::Error, text: &str, at: usize) -> String {
    let m = e.message().trim_end();
    if !m.is_empty() {
        return m.to_string();
    }
    let before = text.get(..at.min(text.len())).unwrap_or("").trim_end();
    if before.ends_with('=') {
        "a value is missing after '='".to_string()
    } else {
        "this is not valid TOML".to_string()
    }
}

/// Parse manifest text. `file` names the source in errors (`env.toml:12:3: ...`).
pub fn parse(text: &str, file: &str) -> Result<Manifest> {
    // Where each line starts, so that a place is found by a binary search, not a scan from the
    // top of the file (a manifest of 100,000 subprojects has half a million places).
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let loc = |span: std::ops::Range<usize>| {
        let offset = span.start.min(text.len());
        let line = line_starts.partition_point(|&s| s <= offset).max(1);
        let start = line_starts[line - 1];
        let col = text
            .get(start..offset)
            .map_or(offset - start, |l| l.chars().count())
            + 1;
        Loc {
            file: file.to_string(),
            line,
            col,
        }
    };
    let raw: RawManifest = toml::from_str(text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        let (line, col) = line_col(text, at);
        Error::invalid(format!(
            "{file}:{line}:{col}: {}",
            toml_message(&e, text, at)
        ))
        .hint("see the manifest format in the README ('Manifests')")
    })?;
    let resources = |list: Vec<Spanned<RawResource>>| {
        list.into_iter()
            .map(|r| {
                let l = loc(r.span());
                let r = r.into_inner();
                ResourceSpec {
                    loc: l,
                    kind: r.kind,
                    value: r.value,
                }
            })
            .collect::<Vec<_>>()
    };
    let keys = |list: Vec<Spanned<RawKey>>| {
        list.into_iter()
            .map(|k| {
                let l = loc(k.span());
                let k = k.into_inner();
                KeySpec {
                    loc: l,
                    name: k.name,
                    role: k.role,
                }
            })
            .collect::<Vec<_>>()
    };
    let mut projects = Vec::with_capacity(raw.project.len());
    for p in raw.project {
        let p_loc = loc(p.span());
        let p = p.into_inner();
        let mut subprojects = Vec::with_capacity(p.subproject.len());
        for s in p.subproject {
            let s_loc = loc(s.span());
            let s = s.into_inner();
            if let Some(nested) = &s.subproject {
                return Err(loc(nested.span()).error(format!(
                    "subproject {:?} cannot have subprojects (R04: at most three tiers)",
                    s.name.get_ref()
                )));
            }
            let limit_period = match s.limit_period {
                None => None,
                Some(p) => {
                    let l = loc(p.span());
                    let period = LimitPeriod::parse(p.get_ref()).ok_or_else(|| {
                        l.error(format!(
                            "limit_period {:?} is neither \"lifetime\" nor \"monthly\"",
                            p.get_ref()
                        ))
                    })?;
                    Some((period, l))
                }
            };
            let alert_thresholds = match s.alert_thresholds {
                None => None,
                Some(t) => {
                    let l = loc(t.span());
                    let mut out = Vec::new();
                    for n in t.get_ref() {
                        match u32::try_from(*n) {
                            Ok(p) if (1..=100).contains(&p) => out.push(p),
                            _ => {
                                return Err(l.error(format!(
                                    "alert threshold {n} is not a percentage from 1 to 100"
                                )))
                            }
                        }
                    }
                    out.sort_unstable();
                    out.dedup();
                    Some((out, l))
                }
            };
            subprojects.push(SubprojectSpec {
                loc: s_loc,
                name: s.name.into_inner(),
                external_id: s.external_id,
                credit_limit: s.credit_limit.map(|c| {
                    let l = loc(c.span());
                    (c.into_inner(), l)
                }),
                limit_period,
                alert_thresholds,
                suspended: s.suspended,
                labels: s.labels,
                remove_labels: s.remove_labels,
                protected: s.protected,
                resources: resources(s.resources),
                keys: keys(s.keys),
            });
        }
        projects.push(ProjectSpec {
            loc: p_loc,
            name: p.name.into_inner(),
            billing_account: p.billing_account.map(|b| {
                let l = loc(b.span());
                (b.into_inner(), l)
            }),
            labels: p.labels,
            remove_labels: p.remove_labels,
            protected: p.protected,
            resources: resources(p.resources),
            keys: keys(p.keys),
            subprojects,
        });
    }
    let quota = |v: Option<Spanned<toml::Value>>| -> Result<Option<(Option<i64>, Loc)>> {
        let Some(v) = v else { return Ok(None) };
        let l = loc(v.span());
        match v.into_inner() {
            toml::Value::Integer(n) if n >= 0 => Ok(Some((Some(n), l))),
            toml::Value::String(s) if s.trim().eq_ignore_ascii_case("none") => Ok(Some((None, l))),
            _ => Err(l.error("a quota is a whole number of at least 0, or \"none\"")),
        }
    };
    let account = match raw.account {
        None => None,
        Some(a) => {
            let l = loc(a.span());
            let a = a.into_inner();
            let quotas = match a.quotas {
                None => QuotaSpecs::default(),
                Some(q) => QuotaSpecs {
                    subprojects_per_project: quota(q.subprojects_per_project)?,
                    keys_per_target: quota(q.keys_per_target)?,
                },
            };
            Some(AccountSpec {
                loc: l,
                name: a.name.into_inner(),
                quotas,
            })
        }
    };
    Ok(Manifest {
        file: file.to_string(),
        account,
        billing_accounts: raw
            .billing_account
            .into_iter()
            .map(|b| {
                let l = loc(b.span());
                let b = b.into_inner();
                BillingSpec {
                    loc: l,
                    name: b.name.into_inner(),
                    kind_loc: loc(b.kind.span()),
                    kind: b.kind.into_inner(),
                    currency_loc: loc(b.currency.span()),
                    currency: b.currency.into_inner(),
                    default: b.default,
                    legal_name: b.legal_name,
                    address: b.address,
                    tax_id: b.tax_id,
                }
            })
            .collect(),
        users: raw
            .user
            .into_iter()
            .map(|u| {
                let l = loc(u.span());
                let u = u.into_inner();
                UserSpec {
                    loc: l,
                    email: u.email.into_inner(),
                    name: u.name,
                    grants: u
                        .grants
                        .into_iter()
                        .map(|g| {
                            let l = loc(g.span());
                            let g = g.into_inner();
                            GrantSpec {
                                loc: l,
                                role: g.role,
                                project: g.project,
                            }
                        })
                        .collect(),
                }
            })
            .collect(),
        projects,
    })
}

// --- Writing (export) ------------------------------------------------------------------------

/// A TOML string literal.
fn q(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn inline_labels(labels: &Labels) -> String {
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

fn write_items(out: &mut String, resources: &[ResourceSpec], keys: &[KeySpec]) {
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

fn write_removals_and_protection(out: &mut String, remove: &[String], protected: Option<bool>) {
    if !remove.is_empty() {
        let keys: Vec<String> = remove.iter().map(|k| q(k)).collect();
        let _ = writeln!(out, "remove_labels = [{}]", keys.join(", "));
    }
    if let Some(p) = protected {
        let _ = writeln!(out, "protected = {p}");
    }
}

/// Write a manifest as TOML, in the order given (the caller sorts by name).
pub fn write(m: &Manifest) -> String {
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
    for p in &m.projects {
        let _ = write!(out, "\n[[project]]\nname = {}\n", q(&p.name));
        if let Some((b, _)) = &p.billing_account {
            let _ = writeln!(out, "billing_account = {}", q(b));
        }
        if !p.labels.is_empty() {
            let _ = writeln!(out, "labels = {}", inline_labels(&p.labels));
        }
        write_removals_and_protection(&mut out, &p.remove_labels, p.protected);
        write_items(&mut out, &p.resources, &p.keys);
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
            write_removals_and_protection(&mut out, &s.remove_labels, s.protected);
            write_items(&mut out, &s.resources, &s.keys);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"
[account]
name = "Acme"

[[billing_account]]
name = "main"
kind = "prepaid"
currency = "EUR"
default = true

[[project]]
name = "prod"
billing_account = "main"
labels = { env = "prod" }
resources = [{ kind = "number", value = "+46700000001" }]

[[project.subproject]]
name = "acme"
external_id = "cust-1"
credit_limit = "100.00"
labels = { tier = "gold" }
keys = [{ name = "app" }]
"#;

    #[test]
    fn parses_nested_subprojects_with_places() {
        let m = parse(EXAMPLE, "env.toml").unwrap();
        assert_eq!(m.account.as_ref().unwrap().name, "Acme");
        assert_eq!(m.projects[0].subprojects[0].name, "acme");
        let (limit, loc) = m.projects[0].subprojects[0].credit_limit.clone().unwrap();
        assert_eq!(limit, "100.00");
        assert_eq!((loc.line, loc.col), (20, 16));
        let (line, col) = line_col(EXAMPLE, EXAMPLE.find("\"100.00\"").unwrap());
        assert_eq!((line, col), (20, 16));
        assert_eq!((m.projects[0].loc.line, m.projects[0].loc.col), (11, 1));
    }

    #[test]
    fn a_subproject_under_a_subproject_is_refused_with_its_place() {
        let text = "[[project]]\nname = \"p\"\n[[project.subproject]]\nname = \"s\"\n[[project.subproject.subproject]]\nname = \"x\"\n";
        let e = parse(text, "m.toml").unwrap_err();
        assert!(e.message.starts_with("m.toml:5:"), "{}", e.message);
        assert!(e.message.contains("R04"), "{}", e.message);
    }

    #[test]
    fn syntax_and_unknown_fields_name_file_line_and_column() {
        let e = parse("[[project]]\nname = \"p\"\ncolour = 1\n", "m.toml").unwrap_err();
        assert!(e.message.starts_with("m.toml:3:1:"), "{}", e.message);
        let e = parse("[[project]\n", "m.toml").unwrap_err();
        assert!(e.message.starts_with("m.toml:1:"), "{}", e.message);
    }

    #[test]
    fn write_then_parse_round_trips() {
        let m = parse(EXAMPLE, "a").unwrap();
        let text = write(&m);
        let again = write(&parse(&text, "b").unwrap());
        assert_eq!(text, again);
    }
}
