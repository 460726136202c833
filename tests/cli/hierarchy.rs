//! R01-R05 and R14-R16: the account, projects, subprojects, names and lifecycle.

use crate::common::Sandbox;
use crate::fixtures::{argv, assert_says, has_fields, project_not_found};

#[test]
fn r01_init_creates_account_default_billing_account_and_default_project() {
    let s = Sandbox::empty();
    let o = s.run(&["init", "--name", "Acme", "--currency", "eur"]);
    insta::assert_snapshot!(o.snap().replace(&s.db_url(), "[db]"), @r#"
    exit: 0
    --- stdout
    initialised account "Acme" in [db]
      billing account "default" (postpaid, EUR)
      project "default"
    "#);
    let t = s.json(&["tree"]);
    assert_eq!(t["name"], "Acme");
    assert_eq!(t["billing_accounts"][0]["name"], "default");
    assert_eq!(t["billing_accounts"][0]["currency"], "EUR");
    assert_eq!(t["billing_accounts"][0]["is_default"], true);
    assert_eq!(t["projects"][0]["name"], "default");
    assert_eq!(
        t["projects"][0]["billing_account_id"],
        t["billing_accounts"][0]["id"]
    );
    // Every change is in the audit log, hash-chained.
    assert_eq!(s.audit_count(), 3);
}

#[test]
fn r01_init_names_and_kinds_can_be_chosen() {
    let s = Sandbox::empty();
    s.ok_line(
        "init --name Globex --currency JPY --billing prepaid --billing-name main --project prod",
    );
    let t = s.json(&["tree"]);
    assert_eq!(t["billing_accounts"][0]["name"], "main");
    assert_eq!(t["billing_accounts"][0]["kind"], "prepaid");
    assert_eq!(t["billing_accounts"][0]["balance"], "0");
    assert_eq!(t["projects"][0]["name"], "prod");
}

#[test]
fn r01_a_second_init_is_refused_and_changes_nothing() {
    let s = Sandbox::new();
    let o = s.refused(&["init", "--name", "Other"], 4);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 4
    --- stderr
    error: the store already holds the account "Acme"
    hint: a store holds exactly one account; use --db to name another store
    "#);
}

#[test]
fn r01_init_refuses_bad_input_and_creates_no_file() {
    let s = Sandbox::empty();
    for (args, code) in [
        (vec!["init", "--name", ""], 2),
        (vec!["init", "--name", "x", "--currency", "EURO"], 2),
        (vec!["init", "--name", "x", "--currency", "XXX"], 2),
        (vec!["init", "--name", "x", "--project", "a/b"], 2),
        (vec!["init", "--name", "x", "--billing", "credit"], 2),
    ] {
        let o = s.run(&args);
        assert_eq!(o.code, code, "{args:?}: {}", o.snap());
        assert!(!s.has_store(), "{args:?} created a store");
    }
}

#[test]
fn r01_account_show_and_rename() {
    let s = Sandbox::new();
    s.ok(&["account", "rename", "Acme Corp"]);
    let a = s.json(&["account", "show"]);
    assert_eq!(a["name"], "Acme Corp");
    assert_eq!(a["projects"], 1);
    assert_eq!(a["default_billing_account"], "default");
    s.refused(&["account", "rename", "  "], 2);
}

#[test]
fn r02_a_project_links_to_the_default_or_named_billing_account() {
    let s = Sandbox::new();
    let p = s.json(&["project", "create", "prod", "--label", "env=prod"]);
    let t = s.json(&["tree"]);
    assert_eq!(p["billing_account_id"], t["billing_accounts"][0]["id"]);
    assert_eq!(p["labels"]["env"], "prod");
    assert_eq!(p["status"], "active");
    assert_eq!(p["created_at"], "2026-11-23T09:00:00Z");
    let p2 = s.json(&["project", "create", "staging", "--billing", "DEFAULT"]);
    assert_eq!(p2["billing_account_id"], p["billing_account_id"]);
    let o = s.refused(&["project", "create", "x", "--billing", "nope"], 3);
    assert_says(&o.stderr, "billing account \"nope\" not found");
}

#[test]
fn r02_deleting_the_last_project_is_refused() {
    let s = Sandbox::new();
    let o = s.refused(&["project", "delete", "default", "--force"], 4);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 4
    --- stderr
    error: project "default" is the last project; the account always keeps one
    hint: create another project first
    "#);
}

#[test]
fn r03_a_subproject_has_one_parent_and_bills_through_it() {
    let s = Sandbox::new();
    let p = s.json(&["project", "show", "default"]);
    let sub = s.json(&["subproject", "create", "default", "acme"]);
    assert_eq!(sub["project_id"], p["id"]);
    assert_eq!(sub["display_name"], "default > acme");
    assert_eq!(sub["currency"], "EUR");
    assert_eq!(sub["credit_limit"], serde_json::Value::Null);
    assert_eq!(sub["total_spent"], "0.00");
    assert_eq!(sub["status"], "active");
    assert!(
        sub.get("billing_account_id").is_none(),
        "a subproject has no billing link"
    );
}

#[test]
fn r04_a_subproject_under_a_subproject_is_refused() {
    let s = Sandbox::new();
    let id = s.id(&["subproject", "create", "default", "acme"]);
    let o = s.refused(&["subproject", "create", "default/acme", "deeper"], 4);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 4
    --- stderr
    error: default > acme is a subproject and cannot have subprojects
    hint: there are at most three tiers: account > project > subproject
    ");
    s.refused(&["subproject", "create", &id, "deeper"], 4);
}

#[test]
fn r05_bad_names_are_refused_and_change_nothing() {
    let s = Sandbox::new();
    let long = "x".repeat(256);
    for (name, msg) in [
        ("", "project name is empty"),
        ("   ", "project name is empty"),
        (long.as_str(), "too long: 256 characters, at most 255"),
        ("a\tb", "control character"),
        ("a/b", "contains '/'"),
        // A name that reads as an id could never be named again.
        ("7d3c9a52-2b8e-4f5c-9a1d-0c6e8f2b4a10", "reads as an id"),
        ("7d3c9a522b8e4f5c9a1d0c6e8f2b4a10", "reads as an id"),
    ] {
        let o = s.refused(&["project", "create", name], 2);
        assert!(o.stderr.contains(msg), "{name:?}: {}", o.stderr);
        let o = s.refused(&["subproject", "create", "default", name], 2);
        assert!(
            o.stderr
                .contains(&msg.replace("project name", "subproject name")),
            "{}",
            o.stderr
        );
    }
    // One made so before (by hand here) is reported by check, and the store's own export
    // still applies.
    s.project("legacy");
    s.tamper(
        "UPDATE node SET name = '7d3c9a52-2b8e-4f5c-9a1d-0c6e8f2b4a10', \
         name_key = '7d3c9a52-2b8e-4f5c-9a1d-0c6e8f2b4a10' WHERE name = 'legacy'",
    );
    s.check_finds("reads as an id");
    s.ok(&["export", "--file", "mine.toml"]);
    let before = s.fingerprint_where(Some("audit"));
    s.ok(&["apply", "-f", "mine.toml"]);
    assert_eq!(s.fingerprint_where(Some("audit")), before);
    // 255 characters (not bytes) is fine, and names are trimmed.
    let ok = "é".repeat(255);
    s.ok(&["project", "create", &ok]);
    let p = s.json(&["project", "create", "  spaced  "]);
    assert_eq!(p["name"], "spaced");
}

#[test]
fn r05_names_are_unique_among_live_siblings_without_regard_to_case() {
    let s = Sandbox::with_project("Prod");
    let o = s.refused(&["project", "create", "PROD"], 4);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 4
    --- stderr
    error: a project named "Prod" already exists
    hint: project names are unique without regard to case
    "#);
    // Unicode simple case folding: ß and ẞ fold alike, final and medial sigma fold alike.
    s.subproject("prod/Straße");
    s.refused(&["subproject", "create", "prod", "STRAẞE"], 4);
    s.subproject("prod/σας");
    s.refused(&["subproject", "create", "PROD", "ΣΑΣ"], 4);
    // The same name under another project is fine.
    s.subproject("default/straße");
    // Renaming into a taken name is refused; renaming to another case of one's own name is not.
    s.refused(&["subproject", "rename", "prod/straße", "ΣΑΣ"], 4);
    s.refused(&["project", "rename", "prod", "Default"], 4);
    let p = s.json(&["project", "rename", "prod", "PROD"]);
    assert_eq!(p["name"], "PROD");
}

#[test]
fn r05_names_are_looked_up_without_regard_to_case_and_by_uuid() {
    let s = Sandbox::new();
    let pid = s.id(&["project", "create", "Prod"]);
    let sid = s.id(&["subproject", "create", "prod", "Acme"]);
    assert_eq!(s.id(&["project", "show", "PROD"]), pid);
    assert_eq!(s.id(&["project", "show", &pid]), pid);
    assert_eq!(s.id(&["subproject", "show", "pRoD/aCmE"]), sid);
    assert_eq!(s.id(&["subproject", "show", &sid]), sid);
    assert_eq!(s.id(&["subproject", "create", &pid, "Globex"]).len(), 36);
    let o = s.refused(&["subproject", "show", "prod/nope"], 3);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 3
    --- stderr
    error: subproject "Prod/nope" not found
    hint: list them with: acctl subproject list Prod
    "#);
    let o = s.refused(&["project", "show", "nope"], 3);
    assert_eq!(o.snap(), project_not_found("nope"));
    s.refused(&["subproject", "show", "acme"], 2);
    s.refused(&["project", "show", &sid], 2);
    s.refused(&["subproject", "show", &pid], 2);
}

#[test]
fn r05_lists_are_ordered_by_name_and_select_by_label_and_external_id() {
    let s = Sandbox::with_project("prod");
    for (name, ext, tier) in [
        ("zeta", "c-3", "gold"),
        ("Alpha", "c-1", "silver"),
        ("mid", "c-2", "gold"),
    ] {
        s.ok(&[
            "subproject",
            "create",
            "prod",
            name,
            "--external-id",
            ext,
            "--label",
            &format!("tier={tier}"),
            "--label",
            "region=eu",
        ]);
    }
    let names = |v: serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        names(s.json(&["subproject", "list", "prod"])),
        ["Alpha", "mid", "zeta"]
    );
    assert_eq!(
        names(s.json(&["subproject", "list", "prod", "-l", "tier=gold"])),
        ["mid", "zeta"]
    );
    assert_eq!(
        names(s.json(&["subproject", "list", "-l", "tier=gold", "-l", "region=eu"])),
        ["mid", "zeta"]
    );
    assert_eq!(
        names(s.json(&["subproject", "list", "-l", "tier=bronze"])),
        Vec::<String>::new()
    );
    assert_eq!(
        names(s.json(&["subproject", "list", "--external-id", "c-1"])),
        ["Alpha"]
    );
    assert_eq!(names(s.json(&["project", "list"])), ["default", "prod"]);
    s.refused(&["subproject", "list", "-l", "tier"], 2);
    let table = s.ok(&["subproject", "list", "prod"]);
    assert!(table.starts_with("NAME"), "{table}");
    assert!(table.contains("prod > Alpha"), "{table}");
    let ids = s.ok(&["-q", "subproject", "list", "prod"]);
    assert_eq!(ids.lines().count(), 3);
    assert!(ids.lines().all(|l| l.len() == 36), "{ids}");
}

#[test]
fn r05_external_ids_are_unique_within_a_project() {
    let s = Sandbox::new();
    s.subproject_with("default/acme", &["--external-id", "cust-42"]);
    let o = s.refused(
        &argv("subproject create default other --external-id cust-42"),
        4,
    );
    assert!(o.stderr.contains("external id \"cust-42\""), "{}", o.stderr);
    s.project("p2");
    s.subproject_with("p2/acme", &["--external-id", "cust-42"]);
}

#[test]
fn r05_if_not_exists_finds_by_external_id_else_name() {
    let s = Sandbox::new();
    let id = s.id_line("subproject create default acme --external-id c-1");
    // Same external id, other name: found, left unchanged, differences warned about.
    let o = s.run_line("-q subproject create default renamed --external-id c-1 --if-not-exists");
    assert_eq!(o.code, 0, "{}", o.snap());
    assert_eq!(o.stdout.trim(), id);
    let o = s.run_line("subproject create default renamed --external-id c-1 --if-not-exists");
    assert_says(&o.stderr, "already exists; left unchanged");
    assert_says(&o.stderr, "name is \"acme\", not \"renamed\"");
    // By name when no external id is given.
    let before = s.fingerprint();
    assert_eq!(
        s.id(&["subproject", "create", "default", "ACME", "--if-not-exists"]),
        id
    );
    assert_eq!(
        before,
        s.fingerprint(),
        "if-not-exists on an existing one changes nothing"
    );
    // Creates when absent.
    let new = s.id_line("subproject create default globex --if-not-exists");
    assert_ne!(new, id);
    // Without the flag a duplicate is a conflict.
    s.refused(&["subproject", "create", "default", "acme"], 4);
}

#[test]
fn r14_suspend_and_resume_are_statuses() {
    let s = Sandbox::new();
    s.subproject("default/acme");
    let v = s.json(&["subproject", "suspend", "default/acme"]);
    assert_eq!(v["status"], "suspended");
    let before = s.fingerprint();
    let o = s.run(&["subproject", "suspend", "default/acme"]);
    assert_eq!(o.code, 0);
    assert!(o.stderr.contains("already suspended"), "{}", o.stderr);
    assert_eq!(before, s.fingerprint());
    let v = s.json(&["subproject", "resume", "default/acme"]);
    assert_eq!(v["status"], "active");
    s.refused(&["subproject", "suspend", "default/nope"], 3);
}

fn add_key_and_resource(s: &Sandbox, node: &str) {
    let conn = s.sql();
    conn.execute(
        "INSERT INTO api_key (id, name, node_id, created_at) VALUES ('ak_test', 'ci', ?1, 0)",
        &[node],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO resource (id, node_id, kind, value, created_at) \
         VALUES ('22222222-2222-4222-8222-222222222222', ?1, 'number', '+46700000000', 0)",
        &[node],
    )
    .unwrap();
}

#[test]
fn r15_deleting_a_subproject_with_resources_needs_release() {
    let s = Sandbox::new();
    let id = s.id(&["subproject", "create", "default", "acme"]);
    add_key_and_resource(&s, &id);
    let o = s.refused(&["subproject", "delete", "default/acme"], 4);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 4
    --- stderr
    error: subproject default > acme still holds 1 resource
    hint: move them away first, or pass --release-resources to remove them
    ");
    // --dry-run shows what would happen and changes nothing.
    let before = s.fingerprint();
    let o = s.run_line("subproject delete default/acme --release-resources --dry-run");
    insta::assert_snapshot!(o.snap(), @r"
    exit: 0
    --- stdout
    would delete subproject default > acme
      would revoke key ak_test
      would release resource number +46700000000
    ");
    assert_eq!(before, s.fingerprint());
    let v = s.json_line("subproject delete default/acme --release-resources");
    assert_eq!(v["applied"], true);
    assert_eq!(v["revoked_keys"][0], "ak_test");
    assert_eq!(v["target"]["status"], "deleted");
    let conn = s.sql();
    let revoked = conn.query_opt_i64("SELECT revoked_at FROM api_key WHERE id = 'ak_test'");
    assert!(revoked.is_some());
    assert_eq!(conn.query_i64("SELECT count(*) FROM resource"), 0);
}

#[test]
fn r15_deletion_is_soft_frees_the_name_and_restore_needs_it_free() {
    let s = Sandbox::new();
    let old = s.id(&["subproject", "create", "default", "acme"]);
    add_key_and_resource(&s, &old);
    s.ok_line("subproject delete default/acme --release-resources");
    // Gone from lists, shown when asked, still shown by id.
    assert_eq!(s.json(&["subproject", "list"]).as_array().unwrap().len(), 0);
    let all = s.json(&["subproject", "list", "--show-deleted"]);
    assert_eq!(all[0]["status"], "deleted");
    assert_eq!(s.json(&["subproject", "show", &old])["status"], "deleted");
    s.refused(&["subproject", "show", "default/acme"], 3);
    // The name is free again.
    s.subproject("default/ACME");
    let o = s.refused(&["subproject", "restore", &old], 4);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 4
    --- stderr
    error: cannot restore default > acme: project "default" has a live subproject named "ACME"
    hint: rename the live one first, then restore
    "#);
    s.ok(&["subproject", "rename", "default/acme", "acme-new"]);
    let v = s.json(&["subproject", "restore", &old]);
    assert_eq!(v["status"], "active");
    assert_eq!(v["deleted_at"], serde_json::Value::Null);
    // Its revoked keys stay revoked.
    let revoked = s
        .sql()
        .query_opt_i64("SELECT revoked_at FROM api_key WHERE id = 'ak_test'");
    assert!(revoked.is_some());
    s.refused(&["subproject", "restore", &old], 4);
    s.refused(&["subproject", "restore", "default/acme"], 2);
    s.refused(
        &argv("subproject restore 33333333-3333-4333-8333-333333333333"),
        3,
    );
}

#[test]
fn r15_deleted_subprojects_can_be_shown_in_the_tree() {
    let s = Sandbox::new();
    s.subproject("default/acme");
    s.subproject_limited("default/globex", "50");
    s.ok(&["subproject", "suspend", "default/globex"]);
    s.ok(&["subproject", "delete", "default/acme"]);
    let o = s.run(&["tree", "--show-deleted"]);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 0
    --- stdout
    Acme (account)
    └── default  billing: default (postpaid EUR)
        ├── acme [deleted]
        └── globex [suspended]  spent 0.00 of 50.00 EUR
    ");
    let o = s.run(&["tree"]);
    assert!(!o.stdout.contains("acme"), "{}", o.stdout);
}

#[test]
fn r16_deleting_a_project_needs_force_and_an_empty_project() {
    let s = Sandbox::with_project("prod");
    s.subproject("prod/acme");
    let o = s.refused(&["project", "delete", "prod"], 2);
    assert!(o.stderr.contains("needs --force"), "{}", o.stderr);
    let o = s.refused(&["project", "delete", "prod", "--force"], 4);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 4
    --- stderr
    error: project "prod" still has 1 live subproject
    hint: delete them first; list them with: acctl subproject list prod
    "#);
    s.ok(&["subproject", "delete", "prod/acme"]);
    let pid = s.id(&["project", "show", "prod"]);
    add_key_and_resource(&s, &pid);
    let o = s.refused(&["project", "delete", "prod", "--force"], 4);
    assert!(o.stderr.contains("still holds 1 resource"), "{}", o.stderr);
    s.sql().execute("DELETE FROM resource", &[]).unwrap();
    let before = s.fingerprint();
    let o = s.run(&["project", "delete", "prod", "--dry-run"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert_says(&o.stdout, "would delete project prod");
    assert_eq!(before, s.fingerprint());
    let v = s.json(&["project", "delete", "prod", "--force"]);
    assert_eq!(v["target"]["status"], "deleted");
    assert_eq!(v["revoked_keys"][0], "ak_test");
    // Its name is free; it is still shown by id and with --show-deleted.
    s.project("prod");
    assert_eq!(s.json(&["project", "show", &pid])["status"], "deleted");
    assert_eq!(
        s.json(&["project", "list", "--show-deleted"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    // A deleted project's subprojects cannot be restored.
    let subs = s.json(&["subproject", "list", "--show-deleted"]);
    let sub = subs[0]["id"].as_str().unwrap();
    let o = s.refused(&["subproject", "restore", sub], 4);
    assert!(o.stderr.contains("is deleted"), "{}", o.stderr);
}

#[test]
fn json_fields_are_the_pinned_ones() {
    let s = Sandbox::new();
    let p = s.json(&["project", "show", "default"]);
    has_fields(&p, "id name billing_account_id labels status created_at");
    let sub = s.json_line("subproject create default a --credit-limit 10.5");
    has_fields(&sub, "id name project_id display_name external_id labels credit_limit total_spent currency status created_at");
    assert_eq!(sub["credit_limit"], "10.50");
}
