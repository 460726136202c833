//! Manifests (CLI.md "Manifests"): make the store match a manifest, and describe the store as
//! one. Every change goes through the domain function that owns its rule (so every rule and
//! every authorization applies to `apply` as to the single commands); this module only decides
//! what to change, in the manifest's order, and names the place in the file of any refusal.
//!
//! Decisions where the contract is silent:
//! - Objects are found by name (projects, billing accounts), `project/subproject` (found by
//!   external id when the manifest gives one, else by name), email (users), kind and value
//!   (resources, which are moved to where the manifest puts them, within one project's tree),
//!   and name and tier (keys).
//! - Nothing the manifest leaves out is removed or reset: labels are merged (the keys given are
//!   set, the others kept; `remove_labels` removes keys, R33), payment details, a credit
//!   limit, a billing link, a suspension, a protection or a quota are changed only when the
//!   manifest gives them. `suspended = false` resumes, `protected = false` unprotects.
//! - A key found by name keeps its role; a manifest giving another role is a conflict (R35).
//! - A subproject found by name whose external id differs from the manifest's is a conflict
//!   (exit 4): an external id is a reseller's handle and is only ever set where none was.
//! - The same name (project, subproject of one project, billing account, user, key of one
//!   tier), external id, grant scope or resource given twice in one manifest is invalid
//!   (exit 2), found before the store is touched.

mod carry;
mod export;
mod nodes;
mod validate;

pub use carry::apply;
pub use export::{export, Exported, Part};
pub use validate::validate;

use nodes::*;
use validate::*;

use crate::error::Error;
use crate::manifest::Loc;

/// Whether a change creates something or changes something that exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Create,
    Update,
}

impl Op {
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Create => "create",
            Op::Update => "update",
        }
    }
}

/// One field of a change: its value before (updates only) and after. Boxed strings, not
/// `String`s: a plan of 100,000 subprojects holds 300,000 of them.
#[derive(Debug, Clone)]
pub struct Field {
    pub name: &'static str,
    pub from: Option<Box<str>>,
    pub to: Box<str>,
}

/// One line of the plan.
#[derive(Debug, Clone)]
pub struct Change {
    pub op: Op,
    /// `account`, `billing_account`, `user`, `grant`, `project`, `subproject`, `resource`, `key`.
    pub kind: &'static str,
    pub name: Box<str>,
    /// The id of what was created or changed.
    pub id: Box<str>,
    pub fields: Box<[Field]>,
}

/// A key issued by the apply, with the secret that exists only until it is written out (R22).
pub struct IssuedKey {
    pub name: String,
    /// The path of the project or subproject it is issued on.
    pub tier: String,
    pub id: String,
    pub secret: String,
    pub loc: Loc,
}

/// What an apply did (or, rolled back, would do).
#[derive(Default)]
pub struct Plan {
    pub changes: Vec<Change>,
    pub secrets: Vec<IssuedKey>,
    /// What the rules say to warn about, as the same change made by its own command does.
    pub warnings: Vec<ApplyWarning>,
}

/// A change an apply made that its command would have warned about.
pub enum ApplyWarning {
    /// A credit limit set below what the subproject has already spent (R12).
    LimitBelowSpent(Box<crate::domain::model::Node>),
    /// A quota set below what already exists (R36): its name, its value, and what is over it.
    OverQuota {
        quota: &'static str,
        value: Option<i64>,
        over: Vec<String>,
    },
}

impl Plan {
    fn create(&mut self, kind: &'static str, name: String, id: String, fields: Vec<Field>) {
        self.changes.push(Change {
            op: Op::Create,
            kind,
            name: name.into(),
            id: id.into(),
            fields: fields.into(),
        });
    }
    fn update(&mut self, kind: &'static str, name: String, id: String, fields: Vec<Field>) {
        if !fields.is_empty() {
            self.changes.push(Change {
                op: Op::Update,
                kind,
                name: name.into(),
                id: id.into(),
                fields: fields.into(),
            });
        }
    }
}

/// Alert thresholds as a plan shows them: `[50, 90]`.
fn thresholds_field(t: &[u32]) -> String {
    let list: Vec<String> = t.iter().map(u32::to_string).collect();
    format!("[{}]", list.join(", "))
}

fn set(name: &'static str, to: impl Into<String>) -> Field {
    Field {
        name,
        from: None,
        to: to.into().into(),
    }
}

fn changed(name: &'static str, from: impl Into<String>, to: impl Into<String>) -> Field {
    Field {
        name,
        from: Some(from.into().into()),
        to: to.into().into(),
    }
}

/// Put the place in the file before an error's message, keeping its kind (and so its exit
/// code), hint and audit record.
pub fn at(loc: &Loc, mut e: Error) -> Error {
    e.message = format!("{}:{}:{}: {}", loc.file, loc.line, loc.col, e.message);
    e
}

fn labels_text<'a>(labels: impl IntoIterator<Item = (&'a String, &'a String)>) -> String {
    let text = labels
        .into_iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",");
    if text.is_empty() {
        "none".to_string()
    } else {
        text
    }
}
