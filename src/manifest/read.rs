//! Reading a manifest: the raw TOML shapes, read a `[[project]]` section at a time, into typed specs with their places in the file.

use super::*;
use crate::config::line_col;
use crate::domain::edits;
use crate::domain::model::{normalise_thresholds, percentage, LimitPeriod};
use crate::error::{Error, Result};
use serde::Deserialize;
use std::sync::Arc;
use toml::Spanned;

// --- The raw TOML shapes ---------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawManifest {
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
pub(super) struct RawProjects {
    project: Vec<Spanned<RawProject>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAccount {
    name: Spanned<String>,
    quotas: Option<RawQuotas>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuotas {
    subprojects_per_project: Option<Spanned<toml::Value>>,
    keys_per_target: Option<Spanned<toml::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawBilling {
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
pub(super) struct RawUser {
    email: Spanned<String>,
    name: Option<String>,
    #[serde(default)]
    grants: Vec<Spanned<RawGrant>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawGrant {
    role: String,
    project: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawProject {
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
pub(super) struct RawSubproject {
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
pub(super) struct RawResource {
    kind: String,
    value: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawKey {
    name: String,
    role: Option<String>,
}

/// The parser's message, or one of ours where it gives none: a key with `=` and no value at
/// the end of the text gets an empty message from the TOML parser.
pub(super) fn toml_message(e: &toml::de::Error, text: &str, at: usize) -> String {
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
pub(super) struct Places<'a> {
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
    if let Some(m) = parse_in_sections(text, &places) {
        return Ok(m);
    }
    parse_whole(text, &places)
}

pub(super) fn syntax_error(e: toml::de::Error, text: &str, base: usize, places: &Places) -> Error {
    let at = base + e.span().map_or(0, |s| s.start);
    let (line, col) = line_col(places.text, at);
    Error::invalid(format!(
        "{}:{line}:{col}: {}",
        places.file,
        toml_message(&e, text, at - base)
    ))
    .hint("see the manifest format in the README ('Manifests')")
}

pub(super) fn parse_whole(text: &str, places: &Places) -> Result<Manifest> {
    let raw: RawManifest = toml::from_str(text).map_err(|e| syntax_error(e, text, 0, places))?;
    let mut projects = Vec::new();
    for p in raw.project.unwrap_or_default() {
        projects.push(project_spec(p, 0, places)?);
    }
    head(raw.account, raw.billing_account, raw.user, projects, places)
}

/// Where the text's `[[project]]` sections are: `None` when a table header is not one this
/// cut knows for sure (a quoted key, a project's part before any project).
pub(super) fn sections(text: &str) -> Option<Vec<std::ops::Range<usize>>> {
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

/// The manifest read section by section, or `None` where [`parse`] must read it whole: a
/// section it cannot cut cleanly, or anything refused (the whole reading words the refusal).
pub(super) fn parse_in_sections(text: &str, places: &Places) -> Option<Manifest> {
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
    let raw: RawManifest = toml::from_str(&rest).ok()?;
    drop(rest);
    if raw.project.is_some() {
        return None;
    }
    let mut projects = Vec::with_capacity(cuts.len());
    for c in cuts {
        let part: RawProjects = toml::from_str(&text[c.clone()]).ok()?;
        for p in part.project {
            projects.push(project_spec(p, c.start, places).ok()?);
        }
    }
    head(raw.account, raw.billing_account, raw.user, projects, places).ok()
}

pub(super) fn resources(
    list: Vec<Spanned<RawResource>>,
    base: usize,
    places: &Places,
) -> Vec<ResourceSpec> {
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

pub(super) fn keys(list: Vec<Spanned<RawKey>>, base: usize, places: &Places) -> Vec<KeySpec> {
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

pub(super) fn project_spec(
    p: Spanned<RawProject>,
    base: usize,
    places: &Places,
) -> Result<ProjectSpec> {
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

pub(super) fn head(
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

pub(super) const QUOTA: &str = "a quota is a whole number of at least 0, or \"none\"";
pub(super) const NOT_A_PERCENTAGE: &str = "is not a percentage from 1 to 100";

/// R30: a manifest's thresholds through the domain's rule (whole percentages from 1 to 100,
/// ascending, without repeats); `Err` gives the first one that is not.
pub(super) fn thresholds(list: &[i64]) -> std::result::Result<Vec<u32>, i64> {
    let mut out = Vec::with_capacity(list.len());
    for &n in list {
        out.push(u32::try_from(n).ok().and_then(percentage).ok_or(n)?);
    }
    Ok(normalise_thresholds(out))
}
