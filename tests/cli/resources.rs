//! R06 resources, and how they bear on deleting subprojects (R15) and projects (R16).

use crate::common::Sandbox;
use crate::fixtures::{argv, assert_says, has_fields};

/// A store with projects `default` (subprojects `acme`, `globex`) and `prod` (subproject `web`).
fn store() -> Sandbox {
    let s = Sandbox::new();
    s.subproject("default/acme");
    s.subproject("default/globex");
    s.project("prod");
    s.subproject("prod/web");
    s
}

fn count(s: &Sandbox, sql: &str) -> i64 {
    s.sql().query_i64(sql)
}

#[test]
fn r06_add_puts_a_canonical_value_on_one_target() {
    let s = store();
    let o = s.run(&[
        "resource",
        "add",
        "default/acme",
        "--kind",
        "number",
        "+46 70-123 45 67",
    ]);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 0
    --- stdout
    added number +46701234567 on default > acme
      id [uuid]
    ");
    let v = s.json_line("resource add default --kind webhook HTTPS://Hooks.Example.com/In?x=1");
    assert_eq!(v["kind"], "webhook");
    assert_eq!(v["value"], "https://hooks.example.com/In?x=1");
    assert_eq!(v["target_kind"], "project");
    assert_eq!(v["target_name"], "default");
    assert_eq!(v["created_at"], crate::common::NOW);
    let project = s.id(&["project", "show", "default"]);
    assert_eq!(v["target_id"], project.as_str());
    let v = s.json(&[
        "resource",
        "add",
        "default/acme",
        "--kind",
        "app",
        "  SMS bot ",
    ]);
    assert_eq!(v["value"], "SMS bot");
    assert_eq!(v["target_kind"], "subproject");
    assert_eq!(v["target_name"], "default > acme");
    has_fields(
        &v,
        "id kind value target_id target_kind target_name created_at",
    );
    // -q prints the id alone.
    let id = s.id(&["resource", "add", "prod", "--kind", "config", "sip-trunk"]);
    assert_eq!(s.json(&["resource", "list", "prod"])[0]["id"], id.as_str());
}

#[test]
fn r06_bad_values_are_refused_and_change_nothing() {
    let s = store();
    let refused = |kind: &str, value: &str, says: &str| {
        let o = s.refused(&["resource", "add", "default", "--kind", kind, value], 2);
        assert!(o.stderr.contains(says), "{kind} {value:?}: {}", o.stderr);
    };
    for (value, says) in [
        ("46701234567", "no leading '+'"),
        ("+0701234567", "starts with 0"),
        ("+1", "E.164 numbers have 2 to 15"),
        ("+1234567890123456", "E.164 numbers have 2 to 15"),
        ("+46 70 ABC", "contains 'A'"),
    ] {
        refused("number", value, says);
    }
    for (value, says) in [
        ("ftp://example.com/x", "not http or https"),
        ("example.com/hook", "no scheme"),
        ("https:///hook", "no host"),
        ("https://bob:secret@example.com/", "user name or password"),
        ("https://example.com:70000/", "port"),
    ] {
        refused("webhook", value, says);
    }
    refused("app", "   ", "empty");
    refused("config", "a\u{7}b", "control character");
    refused("service-api", &"x".repeat(256), "too long");
    let o = s.refused(&["resource", "add", "default", "--kind", "number", "12"], 2);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 2
    --- stderr
    error: number "12" is not in E.164 form: no leading '+'
    hint: write a number in E.164 form: + then the country code and number, e.g. +46701234567
    "#);
    s.refused(&["resource", "add", "default", "--kind", "fax", "+4670"], 2);
    s.refused(&["resource", "add", "nope", "--kind", "app", "x"], 3);
    s.refused(
        &["resource", "add", "default/nope", "--kind", "app", "x"],
        3,
    );
}

#[test]
fn r06_a_value_sits_in_one_place_only() {
    let s = store();
    s.resource("default/acme", "number", "+46701234567");
    let o = s.refused(
        &[
            "resource",
            "add",
            "default/globex",
            "--kind",
            "number",
            "+46 70 123 45 67",
        ],
        4,
    );
    insta::assert_snapshot!(o.snap(), @r"
    exit: 4
    --- stderr
    error: number +46701234567 already sits on default > acme; a resource sits in one place only
    hint: move it with: acctl resource move [uuid] default/globex
    ");
    let o = s.refused(&argv("resource add prod --kind number +46701234567"), 4);
    assert!(
        o.stderr
            .contains("hint: resources move only within one project's tree"),
        "{}",
        o.stderr
    );
    let o = s.refused(
        &argv("resource add default/acme --kind number +46701234567"),
        4,
    );
    assert_says(&o.stderr, "already sits on default > acme;");
    // Uniqueness is per kind: an app and a config may share a name...
    s.ok(&["resource", "add", "default", "--kind", "app", "billing"]);
    s.ok(&["resource", "add", "prod", "--kind", "config", "billing"]);
    // ...and then naming it by value needs the kind.
    let o = s.refused(&["resource", "remove", "billing"], 2);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 2
    --- stderr
    error: "billing" names 2 resources: app billing, config billing
    hint: say which with --kind KIND, or name it by its id
    "#);
    let v = s.json(&["resource", "remove", "billing", "--kind", "config"]);
    assert_eq!(v["target_name"], "prod");
    assert_eq!(
        count(&s, "SELECT count(*) FROM resource WHERE value = 'billing'"),
        1
    );
    // The store itself refuses a second place, even from raw SQL.
    let e = s
        .sql()
        .execute(
            "INSERT INTO resource (id, node_id, kind, value, created_at) \
             SELECT '44444444-4444-4444-8444-444444444444', node_id, kind, value, 0 \
             FROM resource WHERE value = '+46701234567'",
            &[],
        )
        .unwrap_err();
    assert_eq!(e.violation, crate::common::Violation::Unique, "{e}");
}

#[test]
fn r06_move_stays_within_one_project_tree() {
    let s = store();
    let id = s.resource("default", "number", "+46701234567");
    // project -> subproject -> sibling -> project, by value or id.
    let o = s.run(&["resource", "move", "+46701234567", "default/acme"]);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 0
    --- stdout
    moved number +46701234567 from default to default > acme
      id [uuid]
    ");
    let v = s.json(&["resource", "move", &id, "default/globex"]);
    assert_eq!(v["target_name"], "default > globex");
    let v = s.json(&["resource", "move", "+46 70 1234567", "default"]);
    assert_eq!(v["target_kind"], "project");
    // Onto where it already sits: nothing changes, a warning says so.
    let before = s.fingerprint();
    let o = s.run(&["resource", "move", &id, "default"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert_says(&o.stderr, "already sits on default; nothing moved");
    assert_eq!(before, s.fingerprint());
    // Across projects: refused, from a project or a subproject, to a project or a subproject.
    let o = s.refused(&["resource", "move", &id, "prod/web"], 4);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 4
    --- stderr
    error: cannot move number +46701234567 from default to prod > web: a resource moves only within one project's tree
    hint: to hand it to another project, the operator or an admin on both projects runs: acctl resource move [uuid] prod/web --across-projects
    ");
    s.ok(&["resource", "move", &id, "default/acme"]);
    s.refused(&["resource", "move", &id, "prod"], 4);
    s.refused(&["resource", "move", &id, "prod/web"], 4);
    // Onto a deleted subproject (named by its id): refused.
    let gone = s.id(&["subproject", "create", "default", "gone"]);
    s.ok(&["subproject", "delete", "default/gone"]);
    let o = s.refused(&["resource", "move", &id, &gone], 4);
    assert_says(&o.stderr, "subproject default > gone is deleted");
    s.refused(&["resource", "add", &gone, "--kind", "app", "x"], 4);
    // Unknown resources and targets.
    s.refused(&["resource", "move", "+4699999999", "default"], 3);
    s.refused(&["resource", "move", &id, "default/nope"], 3);
    // Each move is one audit entry.
    assert_eq!(
        count(
            &s,
            "SELECT count(*) FROM audit WHERE action = 'resource.move'"
        ),
        4
    );
}

#[test]
fn r06_list_by_target_and_kind_ordered_by_value() {
    let s = store();
    s.resource("default/acme", "number", "+46700000002");
    s.resource("default", "number", "+46700000001");
    s.resource("prod/web", "webhook", "https://web.example/h");
    s.ok(&["resource", "add", "prod", "--kind", "app", "Alpha"]);
    let o = s.run(&["resource", "list"]);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 0
    --- stdout
    VALUE                  KIND     ON              ID                                    CREATED
    +46700000001           number   default         [uuid]  2026-11-23T09:00:00Z
    +46700000002           number   default > acme  [uuid]  2026-11-23T09:00:00Z
    Alpha                  app      prod            [uuid]  2026-11-23T09:00:00Z
    https://web.example/h  webhook  prod > web      [uuid]  2026-11-23T09:00:00Z
    ");
    let values = |args: &[&str]| -> Vec<String> {
        let mut full = vec!["resource", "list"];
        full.extend_from_slice(args);
        s.json(&full)
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["value"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(values(&["default"]), ["+46700000001"]);
    assert_eq!(values(&["default/acme"]), ["+46700000002"]);
    assert_eq!(
        values(&["--kind", "number"]),
        ["+46700000001", "+46700000002"]
    );
    assert_eq!(values(&["prod", "--kind", "number"]), Vec::<String>::new());
    let o = s.run(&["resource", "list", "default/globex"]);
    assert_eq!(
        (o.code, o.stdout.as_str(), o.stderr.as_str()),
        (0, "", "(none)\n")
    );
    s.refused(&["resource", "list", "nope"], 3);
    s.refused(&["resource", "list", "--kind", "fax"], 2);
}

#[test]
fn r06_remove_by_id_or_value_is_audited() {
    let s = store();
    let id = s.resource("default", "number", "+46701234567");
    s.resource("default/acme", "service-api", "Voice API");
    let o = s.run(&["resource", "remove", "+46 70 123 45 67"]);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 0
    --- stdout
    removed number +46701234567 from default
      id [uuid]
    ");
    s.refused(&["resource", "remove", &id], 3);
    s.ok(&["resource", "remove", "Voice API"]);
    s.refused(&["resource", "remove", "Voice API"], 3);
    let audit = s.sql().query_rows(
        "SELECT action, target, detail FROM audit WHERE action LIKE 'resource.%' ORDER BY seq",
    );
    let shown: Vec<String> = audit
        .iter()
        .map(|r| {
            let text = |i: usize| r[i].as_deref().unwrap_or("");
            format!("{} {} {}", text(0), text(1), text(2))
        })
        .collect();
    assert_eq!(
        shown,
        [
            "resource.add number +46701234567 on default",
            "resource.add service-api Voice API on default/acme",
            "resource.remove number +46701234567 from default",
            "resource.remove service-api Voice API from default/acme",
        ]
    );
    // The log stays intact.
    assert_eq!(s.run(&["check"]).code, 0);
}

#[test]
fn r15_deleting_a_subproject_holding_resources_needs_release() {
    let s = store();
    s.resource("default/acme", "number", "+46701234567");
    s.resource("default/acme", "webhook", "https://a.example/");
    let o = s.refused(&["subproject", "delete", "default/acme"], 4);
    assert!(o.stderr.contains("still holds 2 resources"), "{}", o.stderr);
    // A dry run predicts the refusal rather than a deletion that would not happen.
    s.refused(&["subproject", "delete", "default/acme", "--dry-run"], 4);
    let o = s.run_line("subproject delete default/acme --release-resources --dry-run");
    assert!(
        o.stdout
            .contains("would release resource number +46701234567"),
        "{}",
        o.snap()
    );
    // Moving them away first makes the plain delete possible.
    s.ok(&["resource", "move", "+46701234567", "default"]);
    let v = s.json_line("subproject delete default/acme --release-resources");
    assert_eq!(v["released_resources"][0]["value"], "https://a.example/");
    assert_eq!(count(&s, "SELECT count(*) FROM resource"), 1);
    // A released value is free to be added again.
    s.resource("prod", "webhook", "https://a.example/");
    assert_eq!(s.run(&["check"]).code, 0);
}

#[test]
fn r16_deleting_a_project_holding_resources_is_refused() {
    let s = Sandbox::with_project("prod");
    s.ok(&["resource", "add", "prod", "--kind", "app", "crm"]);
    let o = s.refused(&["project", "delete", "prod", "--force"], 4);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 4
    --- stderr
    error: project "prod" still holds 1 resource
    hint: move or remove them first; list them with: acctl resource list prod
    "#);
    s.ok(&["resource", "remove", "crm"]);
    s.ok(&["project", "delete", "prod", "--force"]);
}
