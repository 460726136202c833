//! `project list` and `subproject list` for scripts: --status, --name-contains, --over,
//! --sort, --limit, all within the principal's reach.

use crate::common::Sandbox;
use crate::fixtures::texts;
use serde_json::Value;

fn names(v: &Value) -> Vec<String> {
    texts(v, "name")
}

/// Project `shop` with subprojects: `Alpha` (limit 10, spent 9), `beta` (limit 10, spent 5),
/// `Gamma` (no limit, spent 20), `delta` (suspended), `omega` (deleted), created in that order
/// a minute apart.
fn shop() -> Sandbox {
    let mut s = Sandbox::new();
    s.project("shop");
    for (i, (name, limit)) in [
        ("Alpha", Some("10")),
        ("beta", Some("10")),
        ("Gamma", None),
        ("delta", None),
        ("omega", None),
    ]
    .iter()
    .enumerate()
    {
        s.now = format!("2026-11-23T09:0{i}:00Z");
        let mut args = vec!["subproject", "create", "shop", name];
        if let Some(l) = limit {
            args.extend(["--credit-limit", l]);
        }
        s.ok(&args);
    }
    s.ok(&["usage", "record", "shop/Alpha", "9"]);
    s.ok(&["usage", "record", "shop/beta", "5"]);
    s.ok(&["usage", "record", "shop/Gamma", "20"]);
    s.ok(&["subproject", "suspend", "shop/delta"]);
    s.ok(&["subproject", "delete", "shop/omega"]);
    s
}

#[test]
fn r05_subproject_list_status_filters_and_deleted_needs_no_show_deleted() {
    let s = shop();
    let active = s.json(&["subproject", "list", "shop", "--status", "active"]);
    assert_eq!(names(&active), ["Alpha", "beta", "Gamma"]);
    let susp = s.json(&["subproject", "list", "--status", "suspended"]);
    assert_eq!(names(&susp), ["delta"]);
    let deleted = s.json(&["subproject", "list", "shop", "--status", "deleted"]);
    assert_eq!(names(&deleted), ["omega"]);
    s.refused(&["subproject", "list", "--status", "gone"], 2);
}

#[test]
fn r05_name_contains_ignores_case_as_names_are_compared() {
    let s = shop();
    let l = s.json(&["subproject", "list", "shop", "--name-contains", "A"]);
    assert_eq!(names(&l), ["Alpha", "beta", "delta", "Gamma"]);
    let l = s.json(&["subproject", "list", "--name-contains", "ALP"]);
    assert_eq!(names(&l), ["Alpha"]);
    // Unicode case folding, as names are compared (R05).
    s.project("Straße");
    let l = s.json(&["project", "list", "--name-contains", "STRASSE"]);
    assert_eq!(
        names(&l),
        Vec::<String>::new(),
        "simple folding: ß is not ss"
    );
    let l = s.json(&["project", "list", "--name-contains", "STRAẞE"]);
    assert_eq!(names(&l), ["Straße"]);
    let l = s.json(&["project", "list", "--name-contains", "sho"]);
    assert_eq!(names(&l), ["shop"]);
}

#[test]
fn r12_over_lists_subprojects_at_or_past_a_share_of_their_limit() {
    let s = shop();
    assert_eq!(
        names(&s.json(&["subproject", "list", "--over", "90"])),
        ["Alpha"]
    );
    assert_eq!(
        names(&s.json(&["subproject", "list", "--over", "50%"])),
        ["Alpha", "beta"]
    );
    assert_eq!(
        names(&s.json(&["subproject", "list", "--over", "91"])),
        Vec::<String>::new()
    );
    // Without a limit a subproject is never over.
    assert_eq!(
        names(&s.json(&["subproject", "list", "--over", "0"])),
        ["Alpha", "beta"]
    );
    for bad in ["-5", "ninety", "1.5", ""] {
        s.refused(&["subproject", "list", "--over", bad], 2);
    }
}

#[test]
fn r05_sort_by_created_or_spent_and_limit_cut_after_ordering() {
    let s = shop();
    let l = s.json(&["subproject", "list", "shop", "--sort", "created"]);
    assert_eq!(names(&l), ["Alpha", "beta", "Gamma", "delta"]);
    let l = s.json(&["subproject", "list", "shop", "--sort", "spent"]);
    assert_eq!(names(&l), ["Gamma", "Alpha", "beta", "delta"]);
    let l = s.json(&["subproject", "list", "--sort", "spent", "--limit", "2"]);
    assert_eq!(names(&l), ["Gamma", "Alpha"]);
    let l = s.json(&["subproject", "list", "--limit", "1"]);
    assert_eq!(names(&l), ["Alpha"]);
    for bad in ["0", "-1", "many"] {
        s.refused(&["subproject", "list", "--limit", bad], 2);
        s.refused(&["project", "list", "--limit", bad], 2);
    }
    s.refused(&["subproject", "list", "--sort", "size"], 2);
    s.refused(&["project", "list", "--sort", "spent"], 2);
}

#[test]
fn r05_project_list_filters_by_status_name_and_sorts_by_creation() {
    let mut s = Sandbox::new();
    s.now = "2026-11-24T09:00:00Z".into();
    s.project("aaa-late");
    s.now = "2026-11-25T09:00:00Z".into();
    s.project("zzz-gone");
    s.ok(&["project", "delete", "zzz-gone", "--force"]);
    let all = names(&s.json(&["project", "list"]));
    assert!(!all.contains(&"zzz-gone".to_string()));
    let l = s.json(&["project", "list", "--status", "deleted"]);
    assert_eq!(names(&l), ["zzz-gone"]);
    let l = s.json(&["project", "list", "--sort", "created", "--status", "active"]);
    let got = names(&l);
    assert_eq!(got.last().unwrap(), "aaa-late", "{got:?}");
    let l = s.json(&["project", "list", "--sort", "created", "--limit", "1"]);
    assert_eq!(names(&l).len(), 1);
    assert_ne!(names(&l)[0], "aaa-late");
    s.refused(&["project", "list", "--status", "suspended"], 2);
}

#[test]
fn r20_filters_never_widen_a_keys_reach() {
    let s = shop();
    s.project("other");
    s.subproject_limited("other/Alpine", "1");
    s.ok(&["usage", "record", "other/Alpine", "1"]);
    let (_, secret) = s.issue_key("shop");
    let l = s.json_key(&secret, "subproject list --name-contains alp --over 50");
    assert_eq!(names(&l), ["Alpha"]);
    let l = s.json_key(&secret, "project list --sort created");
    assert_eq!(names(&l), ["shop"]);
    // A subproject key sees itself alone, whatever the filters.
    let (_, sub) = s.issue_key("shop/beta");
    let l = s.json_key(&sub, "subproject list --sort spent --status active");
    assert_eq!(names(&l), ["beta"]);
    // Naming a project out of reach is still refused (and audited), filters or not: as "not
    // found", as an unknown project is (R24).
    s.refused_key_unseen(
        &secret,
        &["subproject", "list", "other", "--name-contains", "a"],
    );
}
