//! R05: names of projects and subprojects, their case-insensitive keys, labels and paths.

use crate::error::{Error, Result};
use std::collections::BTreeMap;
use unicode_normalization::UnicodeNormalization;

// ---------------------------------------------------------------------------------------------
// R40: every stored text refuses what could act on a terminal or hide itself.

/// R40: the longest product name of a charge, in bytes.
pub const MAX_PRODUCT_BYTES: usize = 1024;
/// R40: the longest description of a charge, in bytes.
pub const MAX_DESCRIPTION_BYTES: usize = 4096;
/// R40: the longest billing detail (legal name, address, tax id), in bytes.
pub const MAX_DETAIL_BYTES: usize = 1024;

/// Bidirectional controls (embeddings, overrides, isolates, marks): they reorder what a
/// terminal shows, so `abc` can display as `cba` (R40).
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// Characters that show nothing: zero-width spaces and joiners, the word joiner and invisible
/// operators, the byte-order mark, the soft hyphen, the Mongolian vowel separator, the Hangul
/// fillers. A value of only these (and spaces) looks empty (R40).
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'..='\u{200D}'
                | '\u{2060}'..='\u{2064}'
                | '\u{FEFF}'
                | '\u{00AD}'
                | '\u{180E}'
                | '\u{034F}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{3164}'
                | '\u{FFA0}'
        )
}

/// A character a stored text may never hold: a control character (C0, DEL, C1) or a
/// bidirectional control (R40).
pub fn is_forbidden(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// R40: check one stored text: trimmed, at most `max_bytes` bytes, no control or bidi
/// characters, not invisible only; returned in Unicode NFC. An empty value is refused too:
/// callers with optional texts drop empty ones before asking.
pub fn clean_text(raw: &str, what: &str, max_bytes: usize) -> Result<String> {
    let t = raw.trim();
    if let Some(c) = t.chars().find(|c| is_forbidden(*c)) {
        return Err(Error::invalid(format!(
            "{what} {} contains the {} U+{:04X}",
            escape(t),
            if c.is_control() {
                "control character"
            } else {
                "bidirectional control"
            },
            c as u32
        ))
        .hint("write it without control, escape or bidirectional characters"));
    }
    if t.chars().all(is_invisible) {
        return Err(Error::invalid(format!("{what} is empty or shows nothing"))
            .hint("write visible characters, not only spaces or zero-width ones"));
    }
    if t.len() > max_bytes {
        return Err(Error::invalid(format!(
            "{what} is too long: {} bytes, at most {max_bytes}",
            t.len()
        )));
    }
    Ok(t.nfc().collect())
}

/// [`clean_text`] for an optional text: `None`, empty or blank is `None`.
pub fn clean_optional(raw: Option<&str>, what: &str, max_bytes: usize) -> Result<Option<String>> {
    match raw {
        Some(r) if !r.trim().is_empty() => clean_text(r, what, max_bytes).map(Some),
        _ => Ok(None),
    }
}

/// R40: a text made safe to print on a terminal: control characters, bidirectional controls
/// and the other invisible characters (but the plain space) are written as `\u{..}`, so
/// nothing printed can move the cursor, recolour or reorder the screen. Line feeds and tabs
/// are kept when `keep_layout` (a tree, a manifest).
pub fn escape_for_terminal(s: &str, keep_layout: bool) -> std::borrow::Cow<'_, str> {
    let needs = |c: char| {
        (is_forbidden(c) || (is_invisible(c) && c != ' '))
            && !(keep_layout && (c == '\n' || c == '\t'))
    };
    if !s.chars().any(needs) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if needs(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// R40: a file name that the audit log will record (`usage import FILE`, `apply -f FILE`):
/// refused when it holds a control or bidi character, so that it cannot forge or hide an
/// audit line. Not trimmed or normalised: it must still name the file.
pub fn check_file_name(raw: &str) -> Result<()> {
    if raw.chars().any(is_forbidden) {
        return Err(Error::invalid(format!(
            "the file name {} contains control or bidirectional characters",
            escape(raw)
        ))
        .hint("rename the file, or pipe it in with '-'"));
    }
    Ok(())
}

/// A text quoted for a message, escaped as [`escape_for_terminal`].
fn escape(s: &str) -> String {
    format!("\"{}\"", escape_for_terminal(s, false))
}

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
        // R40: no control or bidi characters, not invisible only; kept in NFC.
        let name = clean_text(name, &format!("{what} name"), usize::MAX)?;
        if name.contains('/') {
            return Err(
                Error::invalid(format!("{what} name {} contains '/'", escape(&name)))
                    .hint("'/' separates a project from its subproject, as in prod/acme"),
            );
        }
        Ok(Name(name))
    }

    /// [`Name::parse`] for a name being given to a project, subproject or billing account
    /// (created or renamed), which commands take an id in place of (R05): a name that reads as
    /// a UUID is refused, since it could never be named again. Names kept from before are read
    /// with [`Name::parse`], so that a store's own export applies again.
    pub fn parse_new(raw: &str, what: &str) -> Result<Name> {
        let name = Name::parse(raw, what)?;
        if reads_as_id(name.as_str()) {
            return Err(Error::invalid(format!(
                "{what} name {} reads as an id",
                escape(name.as_str())
            ))
            .hint("ids and names are given in the same places: choose a name that is not a UUID"));
        }
        Ok(name)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key names are compared and looked up by (R05): Unicode simple case folding.
    pub fn key(&self) -> String {
        fold(&self.0)
    }
}

/// Whether a name reads as an id where a command takes either (R05): a UUID in any of the
/// forms a reference is parsed in.
pub fn reads_as_id(name: &str) -> bool {
    uuid::Uuid::parse_str(name.trim()).is_ok()
}

/// The form every case-insensitive comparison uses: Unicode NFC, then simple case folding,
/// then NFC again (folding can undo a composition), so that `café` written composed or
/// decomposed, in any case, is one name (R05, R40).
pub fn fold(s: &str) -> String {
    s.nfc()
        .map(casefold::simple_fold_char)
        .collect::<String>()
        .nfc()
        .collect()
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
    if v.chars().count() > 255 || v.chars().any(is_forbidden) {
        return Err(Error::invalid(format!(
            "label value for {k:?} is not valid: at most 255 characters, no control characters"
        )));
    }
    if !v.is_empty() && v.chars().all(is_invisible) {
        return Err(Error::invalid(format!(
            "label value for {k:?} shows nothing: write visible characters or none"
        )));
    }
    Ok((k.to_string(), v.nfc().collect()))
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

/// An id given on the command line, such as `--after ALERT_ID`: `what` names its kind with
/// its article ("an alert"), `hint` says where to find one.
pub fn parse_id(raw: &str, what: &str, hint: &str) -> Result<uuid::Uuid> {
    uuid::Uuid::parse_str(raw.trim())
        .map_err(|_| Error::invalid(format!("{raw:?} is not {what} id")).hint(hint))
}

/// An external id a reseller gives a subproject: 1 to 255 characters, no control characters.
pub fn parse_external_id(raw: &str) -> Result<String> {
    let x = raw.trim();
    if x.is_empty()
        || x.chars().count() > 255
        || x.chars().any(is_forbidden)
        || x.chars().all(is_invisible)
    {
        return Err(Error::invalid(format!(
            "external id {} is not valid: 1 to 255 visible characters, no control characters",
            escape(raw)
        )));
    }
    Ok(x.nfc().collect())
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
    fn r40_names_refuse_bidi_and_invisible_and_are_kept_in_nfc() {
        assert!(Name::parse("\u{200B}", "project").is_err());
        assert!(Name::parse(" \u{200B}\u{FEFF} ", "project").is_err());
        assert!(Name::parse("a\u{202E}b", "project").is_err());
        assert!(Name::parse("a\u{1b}[31m", "project").is_err());
        let nfd = Name::parse("cafe\u{301}", "project").unwrap();
        assert_eq!(nfd.as_str(), "caf\u{e9}");
        assert_eq!(fold("CAFE\u{301}"), fold("caf\u{e9}"));
    }

    #[test]
    fn r40_escape_for_terminal_leaves_nothing_that_acts() {
        assert_eq!(escape_for_terminal("plain é", false), "plain é");
        assert_eq!(escape_for_terminal("a\u{1b}[31m", false), "a\\u{1b}[31m");
        assert_eq!(escape_for_terminal("a\nb", true), "a\nb");
        assert_eq!(escape_for_terminal("a\nb", false), "a\\u{a}b");
        assert_eq!(escape_for_terminal("x\u{202e}", false), "x\\u{202e}");
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
