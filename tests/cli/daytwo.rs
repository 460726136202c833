//! R33-R37, day-two operations: editing, protection and restore, restricted keys, quotas,
//! moves across projects, and finding a target's history across renames.

use crate::common::Sandbox;
use crate::fixtures::{access_check, argv, manifest};

/// Acme with projects prod (subprojects acme, beta) and dev.
fn org() -> Sandbox {
    let s = Sandbox::with_project("prod");
    s.project("dev");
    s.subproject_with("prod/acme", &["--external-id", "c-1"]);
    s.subproject("prod/beta");
    s
}

fn issue(s: &Sandbox, target: &str, role: &str) -> (String, String) {
    let k = s.json(&["key", "issue", target, "--role", role]);
    assert_eq!(k["role"], role, "{k}");
    (
        k["id"].as_str().unwrap().to_string(),
        k["secret"].as_str().unwrap().to_string(),
    )
}

// --- R35: restricted keys ----------------------------------------------------------------------

#[test]
fn r35_a_usage_key_records_usage_and_reads_and_nothing_else() {
    let s = org();
    let (id, secret) = issue(&s, "prod", "usage");
    s.ok_key(&secret, &["usage", "record", "prod/acme", "1.00"]);
    s.ok_key(&secret, &["subproject", "show", "prod/acme"]);
    s.ok_key(&secret, &["balance"]);
    s.denied_key(
        &secret,
        &[
            &["resource", "add", "prod/acme", "--kind", "app", "x"][..],
            &["subproject", "create", "prod", "gamma"],
            &["key", "issue", "prod/acme"],
            &["subproject", "suspend", "prod/acme"],
        ],
        "role usage",
    );
    let last = s.json(&["audit", "list", "--actor", &id, "--limit", "1"]);
    assert_eq!(last[0]["outcome"], "denied");
    assert_eq!(last[0]["action"], "subproject.manage");
}

#[test]
fn r35_a_read_key_only_reads() {
    let s = org();
    let (id, secret) = issue(&s, "prod/acme", "read");
    s.ok_key(&secret, &["subproject", "show", "prod/acme"]);
    s.ok_key(&secret, &["balance"]);
    // The refusal names every role that may: a usage key records usage too.
    let o = s.refused_key(&secret, &["usage", "record", "prod/acme", "1.00"], 5);
    o.says("usage.record needs a usage or full key");
    let why = s.run(&access_check(&id, "prod/acme", "usage.record"));
    assert_eq!(why.code, 5, "{}", why.snap());
    assert!(
        why.stdout
            .contains("usage.record needs a usage or full key"),
        "{}",
        why.snap()
    );
    let o = s.refused_key(&secret, &["subproject", "suspend", "prod/acme"], 5);
    o.says("needs a full key");
    s.refused_key(
        &secret,
        &["resource", "add", "prod/acme", "--kind", "app", "x"],
        5,
    );
}

#[test]
fn r35_the_role_is_shown_kept_by_rotation_and_full_by_default() {
    let s = org();
    let (id, _) = issue(&s, "prod", "usage");
    let full = s.json(&["key", "issue", "prod/acme"]);
    assert_eq!(full["role"], "full");
    let rotated = s.json(&["key", "rotate", &id]);
    assert_eq!(rotated["role"], "usage");
    assert_eq!(s.json(&["key", "show", &id])["role"], "usage");
    let list = s.json(&["key", "list", "prod"]);
    assert!(list
        .as_array()
        .unwrap()
        .iter()
        .all(|k| k["role"] == "usage" || k["role"] == "full"));
    // The new secret keeps the role.
    let secret = rotated["secret"].as_str().unwrap();
    s.refused_key(secret, &["subproject", "create", "prod", "x"], 5);
    s.refused(&["key", "issue", "prod", "--role", "admin"], 2);
}

#[test]
fn r35_access_check_and_list_name_the_role() {
    let s = org();
    let (id, _) = issue(&s, "prod", "usage");
    let no = s.run_json(&access_check(&id, "prod/acme", "resource.manage"));
    assert_eq!(no.code, 5, "{}", no.snap());
    let v: serde_json::Value = serde_json::from_str(&no.stdout).unwrap();
    assert_eq!(v["allowed"], false);
    assert!(v["reason"].as_str().unwrap().contains("role usage"), "{v}");
    let yes = s.json(&access_check(&id, "prod/acme", "usage.record"));
    assert_eq!(yes["allowed"], true);
    assert!(
        yes["reason"].as_str().unwrap().contains("role usage"),
        "{yes}"
    );
    let reach = s.ok(&["access", "list", "--key", &id]);
    assert!(reach.contains("usage.record"), "{reach}");
}

#[test]
fn r35_keys_refused_for_project_delete_and_account_manage_get_a_fitting_reason() {
    let s = org();
    let (id, _) = issue(&s, "prod", "full");
    for (action, words) in [
        ("project.delete", "operator's alone"),
        ("account.manage", "the account"),
    ] {
        let o = s.run(&[
            "access", "check", "--key", &id, "--on", "prod", "--action", action,
        ]);
        assert_eq!(o.code, 5, "{}", o.snap());
        assert!(o.stdout.contains(words), "{}", o.snap());
        assert!(
            !o.stdout.contains("billing accounts, users"),
            "{}",
            o.snap()
        );
    }
}

/// A project with a usage key and a full one.
const KEYED: &str = r#"
[[project]]
name = "prod"
keys = [{ name = "meter", role = "usage" }, { name = "ci" }]
"#;

#[test]
fn r35_manifest_keys_carry_their_role() {
    let s = Sandbox::empty();
    s.write("m.toml", manifest("postpaid", true, KEYED));
    s.ok(&["apply", "-f", "m.toml", "--secrets-out", "k.txt"]);
    let keys = s.json(&["key", "list", "prod"]);
    let role = |name: &str| {
        keys.as_array()
            .unwrap()
            .iter()
            .find(|k| k["name"] == name)
            .unwrap()["role"]
            .clone()
    };
    assert_eq!(role("meter"), "usage");
    assert_eq!(role("ci"), "full");
    let text = s.ok(&["export"]);
    assert!(
        text.contains(r#"{ name = "meter", role = "usage" }"#),
        "{text}"
    );
    // A role that differs from the existing key's is refused with its line; nothing changes.
    s.write(
        "m2.toml",
        "[[project]]\nname = \"prod\"\nkeys = [{ name = \"meter\", role = \"read\" }]\n",
    );
    let o = s.refused(&["apply", "-f", "m2.toml", "--secrets-out", "k2.txt"], 4);
    o.says("m2.toml:3:");
}

// --- R33: editing ------------------------------------------------------------------------------

#[test]
fn r33_labels_are_set_and_removed_and_audited_with_what_changed() {
    let s = org();
    s.ok_line("project update prod --label tier=gold --label env=prod");
    let p = s.json_line("project update prod --label tier=silver --remove-label env");
    assert_eq!(p["labels"], serde_json::json!({ "tier": "silver" }));
    let last = s.json(&["audit", "list", "--limit", "1"]);
    assert_eq!(last[0]["action"], "project.update");
    let detail = last[0]["detail"].as_str().unwrap();
    assert!(
        detail.contains("tier=silver") && detail.contains("env removed"),
        "{detail}"
    );
    let sub = s.json(&["subproject", "update", "prod/acme", "--label", "x=1"]);
    assert_eq!(sub["labels"], serde_json::json!({ "x": "1" }));
    // Set and removed at once, or a bad key: invalid, nothing changes.
    s.refused(&argv("project update prod --label a=1 --remove-label a"), 2);
    s.refused(
        &["project", "update", "prod", "--remove-label", "bad key"],
        2,
    );
}

#[test]
fn r33_external_ids_are_set_and_cleared_and_stay_unique() {
    let s = org();
    let b = s.json(&["subproject", "update", "prod/beta", "--external-id", "c-2"]);
    assert_eq!(b["external_id"], "c-2");
    let o = s.refused(
        &["subproject", "update", "prod/beta", "--external-id", "c-1"],
        4,
    );
    o.says("project \"prod\" already has a subproject with external id \"c-1\": \"acme\"");
    o.says("hint: external ids are unique within a project");
    let a = s.json(&["subproject", "update", "prod/acme", "--clear-external-id"]);
    assert_eq!(a["external_id"], serde_json::Value::Null);
    // Now free: beta may take it.
    let b = s.json(&["subproject", "update", "prod/beta", "--external-id", "c-1"]);
    assert_eq!(b["external_id"], "c-1");
    let found = s.json(&["subproject", "list", "prod", "--external-id", "c-1"]);
    assert_eq!(found[0]["name"], "beta");
}

#[test]
fn r33_updated_at_follows_every_change() {
    let s = org();
    // Each change at the first of a month of 2030, and what then shows its `updated_at`.
    // Usage is history, not a change to the subproject: its month stays March.
    #[rustfmt::skip]
    let changes = [
        (1, "project update prod --label a=1", "project show prod", 1),
        (2, "subproject rename prod/acme acme2", "subproject show prod/acme2", 2),
        (3, "subproject set-limit prod/acme2 5", "subproject show prod/acme2", 3),
        (4, "billing update default --tax-id SE1", "billing show default", 4),
        (5, "usage record prod/acme2 1", "subproject show prod/acme2", 3),
    ];
    for (month, change, show, updated) in changes {
        let now = format!("2030-{month:02}-01T00:00:00Z");
        let o = s.run_with(&argv(change), |c| {
            c.env("ACCTL_NOW", &now);
        });
        assert_eq!(o.code, 0, "{}", o.snap());
        let updated = format!("2030-{updated:02}-01T00:00:00Z");
        assert_eq!(s.json(&argv(show))["updated_at"], updated, "{change}");
    }
}

#[test]
fn r33_apply_removes_labels_only_when_the_manifest_says_so() {
    let s = org();
    s.ok(&[
        "project", "update", "prod", "--label", "a=1", "--label", "b=2",
    ]);
    s.write(
        "m.toml",
        "[[project]]\nname = \"prod\"\nlabels = { c = \"3\" }\n",
    );
    s.ok(&["apply", "-f", "m.toml"]);
    let p = s.json(&["project", "show", "prod"]);
    assert_eq!(
        p["labels"],
        serde_json::json!({ "a": "1", "b": "2", "c": "3" })
    );
    s.write("m.toml", "[[project]]\nname = \"prod\"\nremove_labels = [\"a\"]\n\n[[project.subproject]]\nname = \"acme\"\nprotected = true\n");
    s.ok(&["apply", "-f", "m.toml"]);
    let p = s.json(&["project", "show", "prod"]);
    assert_eq!(p["labels"], serde_json::json!({ "b": "2", "c": "3" }));
    assert_eq!(
        s.json(&["subproject", "show", "prod/acme"])["protected"],
        true
    );
    // Idempotent: a second apply changes nothing.
    let again = s.json(&["apply", "-f", "m.toml"]);
    assert_eq!(again["changes"].as_array().unwrap().len(), 0, "{again}");
    // Set and removed at once: invalid, with the place.
    s.write(
        "bad.toml",
        "[[project]]\nname = \"prod\"\nlabels = { b = \"9\" }\nremove_labels = [\"b\"]\n",
    );
    s.refused(&["apply", "-f", "bad.toml"], 2);
}

#[test]
fn r33_export_round_trips_protection_roles_and_quotas() {
    let s = org();
    s.ok(&["project", "update", "prod", "--protect"]);
    s.ok(&["subproject", "update", "prod/acme", "--protect"]);
    s.ok(&["account", "set-quota", "keys-per-target", "3"]);
    s.ok(&["key", "issue", "prod", "--name", "meter", "--role", "read"]);
    let first = s.ok(&["export"]);
    assert!(first.contains("protected = true"), "{first}");
    assert!(first.contains("keys_per_target = 3"), "{first}");
    let t = Sandbox::empty();
    t.write("m.toml", &first);
    t.ok(&["apply", "-f", "m.toml", "--secrets-out", "k.txt"]);
    assert_eq!(t.ok(&["export"]), first);
}

// --- R34: protection and restore ----------------------------------------------------------------

#[test]
fn r34_a_protected_project_or_subproject_is_not_deleted() {
    let s = org();
    s.ok(&["subproject", "update", "prod/beta", "--protect"]);
    let o = s.refused(&["subproject", "delete", "prod/beta"], 4);
    o.says("protected");
    o.says("acctl subproject update prod/beta --unprotect");
    let dry = s.refused(&["subproject", "delete", "prod/beta", "--dry-run"], 4);
    dry.says("would be refused");
    s.ok(&["project", "update", "dev", "--protect"]);
    let o = s.refused(&["project", "delete", "dev", "--force"], 4);
    o.says("acctl project update dev --unprotect");
    s.refused(&["project", "delete", "dev", "--dry-run"], 4);
    s.ok(&["project", "update", "dev", "--unprotect"]);
    s.ok(&["project", "delete", "dev", "--force"]);
    s.ok(&["subproject", "update", "prod/beta", "--unprotect"]);
    s.ok(&["subproject", "delete", "prod/beta"]);
}

#[test]
fn r34_a_deleted_project_is_restored_while_its_name_is_free() {
    let s = org();
    let id = s.id(&["project", "show", "dev"]);
    s.ok(&["key", "issue", "dev"]);
    s.ok(&["project", "delete", "dev", "--force"]);
    // Acting on it names the way back.
    let o = s.refused(&["usage", "record", &id, "1"], 4);
    o.says(&format!(
        "hint: restore it first (while its name is free): acctl project restore {id}"
    ));
    s.project("dev");
    let o = s.refused(&["project", "restore", &id], 4);
    o.says("rename");
    s.ok(&["project", "rename", "dev", "dev-new"]);
    let p = s.json(&["project", "restore", &id]);
    assert_eq!(p["status"], "active");
    assert_eq!(p["name"], "dev");
    // Its keys stay revoked; restoring it again is refused.
    assert_eq!(s.json(&["key", "list", "dev"]).as_array().unwrap().len(), 0);
    s.refused(&["project", "restore", &id], 4);
    s.refused(&["project", "restore", "dev"], 2);
    // Only whoever may create projects restores one; keys never. A key on another project
    // does not see the deleted one (not found, as for any target out of reach); a key on the
    // deleted project itself is revoked with it.
    s.ok(&["project", "delete", "dev", "--force"]);
    let (_, secret) = s.issue_key("prod");
    s.refused_key_unseen(&secret, &["project", "restore", &id]);
    s.ok(&["user", "add", "dev@x.io"]);
    s.ok(&["grant", "add", "dev@x.io", "admin", "--project", "prod"]);
    s.refused(&["--as", "dev@x.io", "project", "restore", &id], 3);
    s.ok(&["grant", "add", "dev@x.io", "viewer"]);
    s.refused(&["--as", "dev@x.io", "project", "restore", &id], 5);
}

// --- R36: quotas ----------------------------------------------------------------------------------

#[test]
fn r36_subprojects_beyond_the_quota_are_refused_naming_it() {
    let s = org();
    s.ok(&["account", "set-quota", "subprojects-per-project", "2"]);
    let a = s.json(&["account", "show"]);
    assert_eq!(a["quotas"]["subprojects_per_project"], 2);
    let o = s.refused(&["subproject", "create", "prod", "gamma"], 4);
    o.says("subprojects-per-project");
    // dev has none: fine.
    s.subproject("dev/one");
    // A key acting on its project meets the quota too.
    let (_, secret) = s.issue_key("prod");
    s.refused_key(&secret, &["subproject", "create", "prod", "gamma"], 4);
    // Lowering below what exists warns; removing the quota lifts it.
    let low = s.run(&["account", "set-quota", "subprojects-per-project", "1"]);
    assert_eq!(low.code, 0, "{}", low.snap());
    low.says("prod");
    s.ok(&["account", "set-quota", "subprojects-per-project", "none"]);
    s.subproject("prod/gamma");
    s.refused(
        &["account", "set-quota", "subprojects-per-project", "-1"],
        2,
    );
    s.refused(&["account", "set-quota", "subprojects-per-project", "x"], 2);
    s.refused(&["account", "set-quota", "bogus", "1"], 2);
}

#[test]
fn r36_keys_beyond_the_quota_are_refused_and_restore_respects_it() {
    let s = org();
    s.ok(&["account", "set-quota", "keys-per-target", "1"]);
    s.ok(&["key", "issue", "prod/acme"]);
    let o = s.refused(&["key", "issue", "prod/acme"], 4);
    o.says("keys-per-target");
    // Per target: the project has room.
    let (_, secret) = s.issue_key("prod");
    s.refused_key(&secret, &["key", "issue", "prod/acme"], 4);
    s.ok_key(&secret, &["key", "issue", "prod/beta"]);
    // Restoring a subproject counts against its project's quota.
    let beta = s.id(&["subproject", "show", "prod/beta"]);
    s.ok(&["subproject", "delete", "prod/beta"]);
    s.ok(&["account", "set-quota", "subprojects-per-project", "1"]);
    s.refused(&["subproject", "restore", &beta], 4);
    // Keys may not set quotas.
    s.refused_key(
        &secret,
        &["account", "set-quota", "keys-per-target", "5"],
        5,
    );
}

#[test]
fn r36_apply_beyond_a_quota_is_refused_whole_with_the_line() {
    let s = org();
    s.ok(&["account", "set-quota", "subprojects-per-project", "2"]);
    s.write("m.toml", "[[project]]\nname = \"dev\"\n\n[[project.subproject]]\nname = \"a\"\n\n[[project]]\nname = \"prod\"\n\n[[project.subproject]]\nname = \"gamma\"\n");
    let o = s.refused(&["apply", "-f", "m.toml"], 4);
    o.says("m.toml:10:");
    o.says("subprojects-per-project");
    // The manifest sets quotas too.
    s.write("q.toml", "[account]\nname = \"Acme\"\n\n[account.quotas]\nsubprojects_per_project = \"none\"\nkeys_per_target = 4\n");
    s.ok(&["apply", "-f", "q.toml"]);
    let a = s.json(&["account", "show"]);
    assert_eq!(
        a["quotas"]["subprojects_per_project"],
        serde_json::Value::Null
    );
    assert_eq!(a["quotas"]["keys_per_target"], 4);
    s.ok(&["apply", "-f", "m.toml"]);
}

// --- key rename ---------------------------------------------------------------------------------

#[test]
fn r21_key_rename_keeps_id_and_secret_and_names_stay_unique() {
    let s = org();
    let (id, secret) = s.issue_key("prod");
    s.ok(&["key", "issue", "prod", "--name", "ci"]);
    let k = s.json(&["key", "rename", &id, "meter"]);
    assert_eq!(k["name"], "meter");
    assert_eq!(k["id"], id.as_str());
    s.ok_key(&secret, &["project", "show", "prod"]);
    s.refused(&["key", "rename", &id, "ci"], 4);
    s.refused(&["key", "rename", "ak_0000000000000000", "x"], 3);
    let last = s.json(&["audit", "list", "--limit", "1"]);
    assert_eq!(last[0]["action"], "key.rename");
}

// --- R37: moves across projects -------------------------------------------------------------------

#[test]
fn r37_a_resource_moves_across_projects_only_by_the_operator_or_a_two_project_admin() {
    let s = org();
    let id = s.resource("prod/acme", "number", "+46701234567");
    // Without the flag: refused as before, with a hint naming it.
    let o = s.refused(&["resource", "move", &id, "dev"], 4);
    o.says("--across-projects");
    // Keys never, not even a full key on the source project: it does not even see the
    // other project, which it is told does not exist (refusals reveal nothing).
    let (_, secret) = s.issue_key("prod");
    s.refused_key_unseen(
        &secret,
        &["resource", "move", &id, "dev", "--across-projects"],
    );
    // A user who is admin on one project only: refused; on both: allowed.
    s.user_granted("ann@x.io", "admin", "prod");
    s.ok(&["grant", "add", "ann@x.io", "developer", "--project", "dev"]);
    let as_ann = ["--as", "ann@x.io", "resource", "move", &id, "dev"];
    let move_as_ann = [&as_ann[..], &["--across-projects"]].concat();
    s.refused(&move_as_ann, 5);
    let check = s.run_line("access check --user ann@x.io --on dev --action resource.transfer");
    assert_eq!(check.code, 5, "{}", check.snap());
    s.ok(&["grant", "add", "ann@x.io", "admin", "--project", "dev"]);
    let moved = s.json(&move_as_ann);
    assert_eq!(moved["id"], id.as_str(), "{moved}");
    let list = s.json(&["resource", "list", "dev"]);
    assert_eq!(list[0]["id"], id.as_str());
    // Audited on both sides.
    for side in ["prod/acme", "dev"] {
        let entries = s.json(&["audit", "list", "--target", side]);
        let last = entries.as_array().unwrap().last().unwrap().clone();
        assert_eq!(last["action"], "resource.transfer", "{side}: {entries}");
    }
    // The operator moves it back into a subproject.
    s.ok(&["resource", "move", &id, "prod/beta", "--across-projects"]);
    s.ok(&["check"]);
    s.ok(&["audit", "verify"]);
}

// --- Audit by id ----------------------------------------------------------------------------------

#[test]
fn r25_audit_list_by_id_or_path_finds_entries_from_before_a_rename() {
    let s = org();
    let prod = s.id(&["project", "show", "prod"]);
    let acme = s.id(&["subproject", "show", "prod/acme"]);
    s.ok(&["subproject", "update", "prod/acme", "--label", "a=1"]);
    s.ok(&["project", "rename", "prod", "live"]);
    s.ok(&["subproject", "rename", "live/acme", "acme2"]);
    // A new project takes the old name: its history is its own.
    s.project("prod");
    let actions = |target: &str| -> Vec<String> {
        s.json(&["audit", "list", "--target", target])
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap().to_string())
            .collect()
    };
    for target in [acme.as_str(), "live/acme2"] {
        let a = actions(target);
        assert!(
            a.contains(&"subproject.create".to_string()),
            "{target}: {a:?}"
        );
        assert!(
            a.contains(&"subproject.update".to_string()),
            "{target}: {a:?}"
        );
        assert!(
            a.contains(&"subproject.rename".to_string()),
            "{target}: {a:?}"
        );
    }
    for target in [prod.as_str(), "live"] {
        let a = actions(target);
        assert!(a.contains(&"project.create".to_string()), "{target}: {a:?}");
        assert!(
            a.contains(&"subproject.update".to_string()),
            "{target}: {a:?}"
        );
        assert!(a.contains(&"project.rename".to_string()), "{target}: {a:?}");
    }
    assert_eq!(actions("prod"), vec!["project.create".to_string()]);
    let e = s.json(&["audit", "list", "--target", &acme, "--limit", "1"]);
    assert_eq!(e[0]["target_id"], acme.as_str());
    s.ok(&["audit", "verify"]);
}

#[test]
fn r24_key_rename_answers_a_key_out_of_reach_as_not_found() {
    let s = Sandbox::with_project("prod");
    s.project("dev");
    let (other, _) = s.issue_key("dev");
    let (_, secret) = s.issue_key("prod");
    s.refused_key_unseen(&secret, &["key", "rename", &other, "mine-now"]);
}
