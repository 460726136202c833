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

mod read;
mod write;

pub use read::*;
pub use write::*;

use crate::domain::model::LimitPeriod;
use crate::domain::names::Labels;
use crate::error::Error;
use serde::Deserialize;
use std::sync::Arc;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::line_col;

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
