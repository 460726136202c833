//! R05: names of projects and subprojects, their case-insensitive keys, labels and paths.

use crate::error::{Error, Result};
use std::collections::BTreeMap;

/// The longest name, in characters, after trimming (R05).
pub const MAX_NAME_CHARS: usize = 255;

/// A valid project or subproject name (R05): trimmed, 1 to 255 characters, no control
/// characters, no `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name(String);

impl Name {
    /// Check a name as R05 asks. `what` names the thing in the error ("project", "subproject").
    pub fn parse(raw: &str, what: &str) -> Result<Name> {
        let name = raw.trim();
        if name.is_empty() {
            return Err(Error::invalid(format!("{what} name is empty"))
                .hint("a name has 1 to 255 characters"));
        }
        let chars = name.chars().count();
        if chars > MAX_NAME_CHARS {
            return Err(Error::invalid(format!(
                "{what} name is too long: {chars} characters, at most {MAX_NAME_CHARS}"
            )));
        }
        if let Some(c) = name.chars().find(|c| c.is_control()) {
            return Err(Error::invalid(format!(
                "{what} name {name:?} contains the control character {c:?}"
            )));
        }
        if name.contains('/') {
            return Err(Error::invalid(format!("{what} name {name:?} contains '/'"))
                .hint("'/' separates a project from its subproject, as in prod/acme"));
        }
        Ok(Name(name.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key names are compared and looked up by (R05): Unicode simple case folding.
    pub fn key(&self) -> String {
        fold(&self.0)
    }
}

/// Unicode simple case folding of a whole string, used for every case-insensitive comparison.
pub fn fold(s: &str) -> String {
    s.chars().map(casefold::simple_fold_char).collect()
}

/// Labels (`key=value`) on a project or subproject, kept sorted by key.
pub type Labels = BTreeMap<String, String>;

/// Parse one `key=value` label or selector. Keys: 1 to 63 characters of letters, digits, `-`,
/// `_`, `.` and `/`; values: up to 255 characters, no control characters.
pub fn parse_label(raw: &str) -> Result<(String, String)> {
    let Some((k, v)) = raw.split_once('=') else {
        return Err(Error::invalid(format!("label {raw:?} is not key=value"))
            .hint("write labels like env=prod"));
    };
    let (k, v) = (k.trim(), v.trim());
    let key_ok = !k.is_empty()
        && k.chars().count() <= 63
        && k.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'));
    if !key_ok {
        return Err(Error::invalid(format!("label key {k:?} is not valid"))
            .hint("a label key has 1 to 63 letters, digits, '-', '_', '.' or '/'"));
    }
    if v.chars().count() > 255 || v.chars().any(|c| c.is_control()) {
        return Err(Error::invalid(format!(
            "label value for {k:?} is not valid: at most 255 characters, no control characters"
        )));
    }
    Ok((k.to_string(), v.to_string()))
}

/// Parse repeated `--label k=v` flags; a key given twice is refused.
pub fn parse_labels(raw: &[String]) -> Result<Labels> {
    let mut labels = Labels::new();
    for r in raw {
        let (k, v) = parse_label(r)?;
        if labels.insert(k.clone(), v).is_some() {
            return Err(Error::invalid(format!("label {k:?} is given twice")));
        }
    }
    Ok(labels)
}

/// Whether `labels` carries every `key=value` of `selector`.
pub fn matches_selector(labels: &Labels, selector: &Labels) -> bool {
    selector.iter().all(|(k, v)| labels.get(k) == Some(v))
}

/// An external id a reseller gives a subproject: 1 to 255 characters, no control characters.
pub fn parse_external_id(raw: &str) -> Result<String> {
    let x = raw.trim();
    if x.is_empty() || x.chars().count() > 255 || x.chars().any(|c| c.is_control()) {
        return Err(Error::invalid(format!(
            "external id {raw:?} is not valid: 1 to 255 characters, no control characters"
        )));
    }
    Ok(x.to_string())
}

/// The display name of a subproject (R05): `Parent > Sub`.
pub fn display_name(project: &str, subproject: &str) -> String {
    format!("{project} > {subproject}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r05_names_are_trimmed_and_checked() {
        assert_eq!(Name::parse("  prod ", "project").unwrap().as_str(), "prod");
        assert!(Name::parse("   ", "project").is_err());
        assert!(Name::parse("a/b", "project").is_err());
        assert!(Name::parse("a\u{7}b", "project").is_err());
        assert!(Name::parse(&"x".repeat(255), "project").is_ok());
        assert!(Name::parse(&"é".repeat(256), "project").is_err());
    }

    #[test]
    fn r05_names_fold_without_regard_to_case() {
        assert_eq!(fold("ProD"), fold("prod"));
        assert_eq!(fold("ΣΑΣ"), fold("σας"));
        assert_eq!(fold("Straße"), "straße");
    }

    #[test]
    fn labels_parse_and_select() {
        let l = parse_labels(&["env=prod".into(), "tier=gold".into()]).unwrap();
        let s = parse_labels(&["env=prod".into()]).unwrap();
        assert!(matches_selector(&l, &s));
        assert!(parse_label("novalue").is_err());
        assert!(parse_label("=x").is_err());
        assert!(parse_labels(&["a=1".into(), "a=2".into()]).is_err());
    }
}
