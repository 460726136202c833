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
use crate::domain::edits;
use crate::domain::model::{normalise_thresholds, percentage, LimitPeriod};
use crate::domain::names::Labels;
use crate::error::{Error, Result};
use serde::Deserialize;
use std::fmt::Write;
use std::sync::Arc;
use toml::Spanned;

/// A place in the manifest file, for errors: `FILE:LINE:COL`. The file's name is shared by
/// every place in it (a manifest of 100,000 subprojects holds half a million places).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loc {
    pub file: Arc<str>,
    pub line: u32,
    pub col: u32,
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

/// Labels as a manifest gives them: pairs in key order. A list rather than a map, since a
/// manifest holds 100,000s of them at once and a map's smallest node is half a KiB.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LabelList(Box<[(String, String)]>);

impl LabelList {
    pub fn from_map(labels: &Labels) -> LabelList {
        LabelList(labels.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
    }
    pub fn to_map(&self) -> Labels {
        self.0.iter().cloned().collect()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn contains_key(&self, key: &str) -> bool {
        self.0.iter().any(|(k, _)| k == key)
    }
    pub fn iter(&self) -> impl Iterator<Item = (&String, &String)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<'de> Deserialize<'de> for LabelList {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let map = Labels::deserialize(d)?;
        Ok(LabelList(map.into_iter().collect()))
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
    pub labels: LabelList,
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
    pub labels: LabelList,
    /// R33: label keys to remove, only ever by saying so.
    pub remove_labels: Box<[String]>,
    /// R34: `None` leaves the protection as it is.
    pub protected: Option<bool>,
    pub resources: Box<[ResourceSpec]>,
    pub keys: Box<[KeySpec]>,
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
    /// `None` when the document has no `project` key at all.
    project: Option<Vec<Spanned<RawProject>>>,
}

/// One `[[project]]` section read on its own (see [`parse`]).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProjects {
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
    labels: LabelList,
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
    labels: LabelList,
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

/// Places in one text: where each line starts, so that a place is found by a binary search.
struct Places<'a> {
    text: &'a str,
    file: Arc<str>,
    line_starts: Vec<usize>,
}

impl Places<'_> {
    fn new<'a>(text: &'a str, file: &str) -> Places<'a> {
        Places {
            text,
            file: Arc::from(file),
            line_starts: std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
        }
    }

    /// The place of a span of a part of the text that starts at `base`.
    fn at(&self, base: usize, span: std::ops::Range<usize>) -> Loc {
        let offset = (base + span.start).min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let col = self
            .text
            .get(start..offset)
            .map_or(offset - start, |l| l.chars().count())
            + 1;
        Loc {
            file: self.file.clone(),
            line: line as u32,
            col: col as u32,
        }
    }
}

/// Parse manifest text. `file` names the source in errors (`env.toml:12:3: ...`).
///
/// A manifest is read one `[[project]]` section at a time, each turned into typed specs before
/// the next is read, so that the parser's document tree is never held for the whole file (it
/// is 30 times the text). The sections other than projects are read as one document, with the
/// projects' text blanked out so that every place stays where it is. Whatever that reading
/// refuses, or cannot cut cleanly (a header it does not know, a project section before any
/// project), is read again as one whole document, so that a refusal is exactly the parser's.
pub fn parse(text: &str, file: &str) -> Result<Manifest> {
    let places = Places::new(text, file);
    if let Some(Ok(m)) = parse_in_sections(text, &places) {
        return Ok(m);
    }
    parse_whole(text, &places)
}

fn syntax_error(e: toml::de::Error, text: &str, base: usize, places: &Places) -> Error {
    let at = base + e.span().map_or(0, |s| s.start);
    let (line, col) = line_col(places.text, at);
    Error::invalid(format!(
        "{}:{line}:{col}: {}",
        places.file,
        toml_message(&e, text, at - base)
    ))
    .hint("see the manifest format in the README ('Manifests')")
}

fn parse_whole(text: &str, places: &Places) -> Result<Manifest> {
    let raw: RawManifest = toml::from_str(text).map_err(|e| syntax_error(e, text, 0, places))?;
    let mut projects = Vec::new();
    for p in raw.project.unwrap_or_default() {
        projects.push(project_spec(p, 0, places)?);
    }
    head(raw.account, raw.billing_account, raw.user, projects, places)
}

/// Where the text's `[[project]]` sections are: `None` when a table header is not one this
/// cut knows for sure (a quoted key, a project's part before any project).
fn sections(text: &str) -> Option<Vec<std::ops::Range<usize>>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    let mut in_project = false;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let t = line.trim_start_matches([' ', '\t']);
        if !t.starts_with('[') {
            continue;
        }
        let array = t.starts_with("[[");
        let rest = t[if array { 2 } else { 1 }..].trim_start_matches([' ', '\t']);
        let key_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(rest.len());
        let (key, after) = rest.split_at(key_len);
        let after = after.trim_start_matches([' ', '\t']);
        let whole_key = if after.starts_with(']') {
            true
        } else if after.starts_with('.') {
            false
        } else {
            return None;
        };
        if key.is_empty() {
            return None;
        }
        if key == "project" {
            if array && whole_key {
                if let Some(last) = out.last_mut() {
                    if in_project {
                        last.end = start;
                    }
                }
                out.push(start..text.len());
                in_project = true;
            } else if !in_project {
                return None;
            }
        } else if in_project {
            if let Some(last) = out.last_mut() {
                last.end = start;
            }
            in_project = false;
        }
    }
    Some(out)
}

/// `Some(Ok)`: the manifest, read section by section; `Some(Err)` or `None`: read it whole.
fn parse_in_sections(text: &str, places: &Places) -> Option<Result<Manifest>> {
    let cuts = sections(text)?;
    if cuts.is_empty() {
        return None;
    }
    // The rest of the document, with the projects' bytes blanked (their line breaks kept).
    let mut rest = text.as_bytes().to_vec();
    for c in &cuts {
        for b in &mut rest[c.clone()] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    }
    let rest = String::from_utf8(rest).ok()?;
    let raw: RawManifest = match toml::from_str(&rest) {
        Ok(r) => r,
        Err(_) => return Some(Err(Error::internal("read whole"))),
    };
    drop(rest);
    if raw.project.is_some() {
        return None;
    }
    let mut projects = Vec::with_capacity(cuts.len());
    for c in cuts {
        let part: RawProjects = match toml::from_str(&text[c.clone()]) {
            Ok(r) => r,
            Err(_) => return Some(Err(Error::internal("read whole"))),
        };
        for p in part.project {
            match project_spec(p, c.start, places) {
                Ok(spec) => projects.push(spec),
                Err(e) => return Some(Err(e)),
            }
        }
    }
    Some(head(
        raw.account,
        raw.billing_account,
        raw.user,
        projects,
        places,
    ))
}

fn resources(list: Vec<Spanned<RawResource>>, base: usize, places: &Places) -> Vec<ResourceSpec> {
    list.into_iter()
        .map(|r| {
            let l = places.at(base, r.span());
            let r = r.into_inner();
            ResourceSpec {
                loc: l,
                kind: r.kind,
                value: r.value,
            }
        })
        .collect()
}

fn keys(list: Vec<Spanned<RawKey>>, base: usize, places: &Places) -> Vec<KeySpec> {
    list.into_iter()
        .map(|k| {
            let l = places.at(base, k.span());
            let k = k.into_inner();
            KeySpec {
                loc: l,
                name: k.name,
                role: k.role,
            }
        })
        .collect()
}

fn project_spec(p: Spanned<RawProject>, base: usize, places: &Places) -> Result<ProjectSpec> {
    let loc = |span| places.at(base, span);
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
                let list = thresholds(t.get_ref())
                    .map_err(|n| l.error(format!("alert threshold {n} {}", NOT_A_PERCENTAGE)))?;
                Some((list, l))
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
            remove_labels: s.remove_labels.into(),
            protected: s.protected,
            resources: resources(s.resources, base, places).into(),
            keys: keys(s.keys, base, places).into(),
        });
    }
    Ok(ProjectSpec {
        loc: p_loc,
        name: p.name.into_inner(),
        billing_account: p.billing_account.map(|b| {
            let l = loc(b.span());
            (b.into_inner(), l)
        }),
        labels: p.labels,
        remove_labels: p.remove_labels,
        protected: p.protected,
        resources: resources(p.resources, base, places),
        keys: keys(p.keys, base, places),
        subprojects,
    })
}

fn head(
    account: Option<Spanned<RawAccount>>,
    billing_accounts: Vec<Spanned<RawBilling>>,
    users: Vec<Spanned<RawUser>>,
    projects: Vec<ProjectSpec>,
    places: &Places,
) -> Result<Manifest> {
    let loc = |span| places.at(0, span);
    // R36: the domain's reading of a quota's value, at the value's place.
    let quota = |v: Option<Spanned<toml::Value>>| -> Result<Option<(Option<i64>, Loc)>> {
        let Some(v) = v else { return Ok(None) };
        let l = loc(v.span());
        // A number is written as one, "none" as a string: each through the domain's reading.
        let value = match v.into_inner() {
            toml::Value::Integer(n) => edits::parse_quota_value(&n.to_string()).ok().flatten(),
            toml::Value::String(s) => match edits::parse_quota_value(&s) {
                Ok(None) => return Ok(Some((None, l))),
                _ => None,
            },
            _ => None,
        };
        match value {
            Some(n) => Ok(Some((Some(n), l))),
            None => Err(l.error(QUOTA)),
        }
    };
    let account = match account {
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
        file: places.file.to_string(),
        account,
        billing_accounts: billing_accounts
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
        users: users
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

const QUOTA: &str = "a quota is a whole number of at least 0, or \"none\"";
const NOT_A_PERCENTAGE: &str = "is not a percentage from 1 to 100";

/// R30: a manifest's thresholds through the domain's rule (whole percentages from 1 to 100,
/// ascending, without repeats); `Err` gives the first one that is not.
fn thresholds(list: &[i64]) -> std::result::Result<Vec<u32>, i64> {
    let mut out = Vec::with_capacity(list.len());
    for &n in list {
        out.push(u32::try_from(n).ok().and_then(percentage).ok_or(n)?);
    }
    Ok(normalise_thresholds(out))
}

// --- Writing (export) ------------------------------------------------------------------------

/// A TOML string literal.
fn q(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn inline_labels(labels: &LabelList) -> String {
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
