//! Manifests (CLI.md "Manifests"): `apply` and `export`.

use crate::common::Sandbox;
use crate::fixtures::manifest;
use std::path::Path;

/// The projects of `small()`.
const SMALL_PROJECTS: &str = r#"
[[project]]
name = "prod"
billing_account = "main"
labels = { env = "prod" }

[[project.subproject]]
name = "acme"
external_id = "cust-1"
credit_limit = "10.00"
labels = { tier = "gold" }
resources = [{ kind = "number", value = "+46 70 123 45 67" }]
"#;

/// Account Acme, billing account main, project prod and subproject prod/acme with a resource.
fn small() -> String {
    manifest("postpaid", true, SMALL_PROJECTS)
}

fn count(s: &Sandbox, sql: &str) -> i64 {
    s.sql().query_i64(sql)
}

#[test]
fn cli_apply_prints_the_plan_applies_it_and_a_second_apply_has_nothing_to_do() {
    let s = Sandbox::empty();
    s.write("m.toml", small());
    let o = s.run(&["apply", "-f", "m.toml"]);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 0
    --- stdout
    + account Acme
    + billing_account main (kind postpaid, currency EUR, default true)
    + project prod (billing_account main, labels env=prod)
    + subproject prod/acme (external_id cust-1, credit_limit 10.00, labels tier=gold)
    + resource number +46701234567 (on prod/acme)
    applied 5 changes
    ");
    let fp = s.fingerprint();
    let again = s.run(&["apply", "-f", "m.toml"]);
    insta::assert_snapshot!(again.snap(), @r"
    exit: 0
    --- stdout
    nothing to do
    ");
    assert_eq!(fp, s.fingerprint(), "a second apply changed the store");

    // A change: the plan says what it was and what it becomes.
    s.write("m.toml", small().replace("\"10.00\"", "\"20.00\""));
    let o = s.run(&["apply", "-f", "m.toml"]);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 0
    --- stdout
    ~ subproject prod/acme: credit_limit 10.00 -> 20.00
    applied 1 change
    ");
    s.write("m.toml", small().replace("\"10.00\"", "\"30.00\""));
    let v = s.json(&["apply", "-f", "m.toml", "--dry-run"]);
    assert_eq!(v["applied"], false);
    assert_eq!(v["changes"][0]["op"], "update");
    assert_eq!(v["changes"][0]["kind"], "subproject");
    assert_eq!(v["changes"][0]["name"], "prod/acme");
    assert_eq!(v["changes"][0]["fields"]["credit_limit"]["from"], "20.00");
    assert_eq!(v["changes"][0]["fields"]["credit_limit"]["to"], "30.00");
    let v = s.json(&["apply", "-f", "m.toml"]);
    assert_eq!(v["applied"], true);
    assert_eq!(v["changes"].as_array().unwrap().len(), 1);
}

#[test]
fn cli_apply_never_deletes_what_the_manifest_omits_and_merges_labels() {
    let s = Sandbox::empty();
    s.write("m.toml", small());
    s.ok(&["apply", "-f", "m.toml"]);
    s.project("other");
    s.ok(&["subproject", "create", "prod", "extra", "--label", "a=1"]);
    s.ok(&["subproject", "suspend", "prod/acme"]);
    // Omitting `suspended` leaves the suspension; labels given are merged into those there.
    s.write(
        "m.toml",
        small().replace("tier = \"gold\"", "tier = \"gold\", region = \"eu\""),
    );
    let o = s.run(&["apply", "-f", "m.toml"]);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 0
    --- stdout
    ~ subproject prod/acme: labels tier=gold -> region=eu,tier=gold
    applied 1 change
    ");
    let sub = s.json(&["subproject", "show", "prod/acme"]);
    assert_eq!(sub["status"], "suspended");
    assert_eq!(
        s.json(&["subproject", "show", "prod/extra"])["labels"]["a"],
        "1"
    );
    s.ok(&["project", "show", "other"]);
    // `suspended = false` resumes.
    s.write(
        "m.toml",
        small().replace(
            "credit_limit = \"10.00\"",
            "credit_limit = \"10.00\"\nsuspended = false",
        ),
    );
    let o = s.run(&["apply", "-f", "m.toml"]);
    assert!(
        o.stdout
            .contains("~ subproject prod/acme: status suspended -> active"),
        "{}",
        o.snap()
    );
}

#[test]
fn cli_apply_dry_run_changes_nothing() {
    let s = Sandbox::new();
    s.write(
        "m.toml",
        small().replace("name = \"Acme\"", "name = \"Acme Ltd\""),
    );
    let before = s.fingerprint();
    let o = s.run(&["apply", "-f", "m.toml", "--dry-run"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    insta::assert_snapshot!(o.snap(), @r"
    exit: 0
    --- stdout
    ~ account Acme Ltd: name Acme -> Acme Ltd
    + billing_account main (kind postpaid, currency EUR, default true)
    + project prod (billing_account main, labels env=prod)
    + subproject prod/acme (external_id cust-1, credit_limit 10.00, labels tier=gold)
    + resource number +46701234567 (on prod/acme)
    dry run: 5 changes, nothing applied
    ");
    assert_eq!(before, s.fingerprint());

    // On a store that does not exist, a dry run leaves no file behind.
    let e = Sandbox::empty();
    e.write("m.toml", small());
    let o = e.run(&["apply", "-f", "m.toml", "--dry-run"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert!(o.stdout.ends_with("dry run: 5 changes, nothing applied\n"));
    assert!(!e.has_store(), "a dry run created the store");
}

#[test]
fn cli_apply_onto_a_missing_store_creates_exactly_the_manifest() {
    let s = Sandbox::empty();
    s.write("m.toml", small());
    s.ok(&["apply", "-f", "m.toml"]);
    assert_eq!(count(&s, "SELECT count(*) FROM billing_account"), 1);
    assert_eq!(
        count(&s, "SELECT count(*) FROM node WHERE parent_id IS NULL"),
        1
    );
    assert_eq!(count(&s, "SELECT count(*) FROM node"), 2);
    let tree = s.json(&["tree"]);
    assert_eq!(tree["name"], "Acme");
    assert_eq!(tree["projects"][0]["name"], "prod");
    s.ok(&["check"]);

    // A new store needs an account, a billing account and a project: no defaults are added.
    let e = Sandbox::empty();
    e.write("m.toml", "[account]\nname = \"A\"\n");
    let o = e.refused(&["apply", "-f", "m.toml"], 2);
    assert!(
        o.stderr.starts_with("error: m.toml:1:1: a new store needs at least one [[billing_account]] and one [[project]]"),
        "{}",
        o.snap()
    );
    assert!(!e.has_store());
}

fn refused_at(s: &Sandbox, manifest: &str, code: i32, wanted: &str) {
    s.write("bad.toml", manifest);
    let o = s.refused(&["apply", "-f", "bad.toml"], code);
    assert!(
        o.stderr.starts_with(&format!("error: {wanted}")),
        "wanted {wanted:?}:\n{}",
        o.snap()
    );
}

#[test]
fn cli_apply_errors_name_file_line_and_column_and_change_nothing() {
    let s = Sandbox::new();
    // An unknown billing account: not found (3), at the value.
    refused_at(
        &s,
        "[[project]]\nname = \"p\"\nbilling_account = \"nope\"\n",
        3,
        "bad.toml:3:19: billing account \"nope\" not found",
    );
    // A subproject under a subproject (R04): invalid (2), at the nested table.
    refused_at(
        &s,
        "[[project]]\nname = \"p\"\n\n[[project.subproject]]\nname = \"s\"\n\n[[project.subproject.subproject]]\nname = \"x\"\n",
        2,
        "bad.toml:7:1: subproject \"s\" cannot have subprojects (R04",
    );
    // A duplicate name (without regard to case): invalid (2), at the second one.
    refused_at(
        &s,
        "[[project]]\nname = \"p\"\n\n[[project]]\nname = \"P\"\n",
        2,
        "bad.toml:4:1: project \"P\" is given twice",
    );
    // A bad amount (too precise, R09): invalid (2), at the value.
    refused_at(
        &s,
        "[[project]]\nname = \"p\"\n\n[[project.subproject]]\nname = \"s\"\ncredit_limit = \"1.0000001\"\n",
        2,
        "bad.toml:6:16: ",
    );
    // Malformed TOML and unknown fields.
    refused_at(&s, "[[project]\n", 2, "bad.toml:1:");
    refused_at(
        &s,
        "[[project]]\nname = \"p\"\ncolour = \"red\"\n",
        2,
        "bad.toml:3:1:",
    );
    // A conflict found while applying keeps the model's exit code (4): a subproject name
    // already live in the store under another external id, and a kind that cannot change.
    s.ok(&["subproject", "create", "default", "s", "--external-id", "a"]);
    refused_at(
        &s,
        "[[project]]\nname = \"default\"\n\n[[project.subproject]]\nname = \"s\"\nexternal_id = \"b\"\n",
        4,
        "bad.toml:4:1: subproject default/s has the external id \"a\"",
    );
    // Two entries describing one subproject, one by its name and one by its external id,
    // in either order: refused, rather than taken by both in turn (the store would match the
    // manifest only after a second apply).
    for (first, second, line) in [
        ("name = \"s\"", "name = \"t\"\nexternal_id = \"a\"", 7),
        ("name = \"t\"\nexternal_id = \"a\"", "name = \"s\"", 8),
    ] {
        refused_at(
            &s,
            &format!(
                "[[project]]\nname = \"default\"\n\n[[project.subproject]]\n{first}\n\n\
                 [[project.subproject]]\n{second}\n"
            ),
            4,
            &format!(
                "bad.toml:{line}:1: this entry and the one at line 4 both describe the subproject \
                 default/s (one by its name, one by its external id)"
            ),
        );
    }
    refused_at(
        &s,
        "[[billing_account]]\nname = \"default\"\nkind = \"prepaid\"\ncurrency = \"EUR\"\n",
        4,
        "bad.toml:1:1: billing account \"default\" is postpaid EUR; the manifest says prepaid EUR",
    );
    // An error after many good changes still changes nothing (one transaction).
    refused_at(
        &s,
        "[[project]]\nname = \"q\"\n\n[[project.subproject]]\nname = \"s1\"\n\n[[project]]\nname = \"r\"\nresources = [{ kind = \"number\", value = \"+46700000001\" }]\n\n[[project]]\nname = \"t\"\nbilling_account = \"missing\"\n",
        3,
        "bad.toml:13:19:",
    );
    // From standard input, the place names <stdin>.
    let o = s.run_with(&["apply", "-f", "-"], |c| {
        c.write_stdin("[[project]]\nname = \"a/b\"\n");
    });
    assert_eq!(o.code, 2, "{}", o.snap());
    o.says_first("error: <stdin>:1:1: project name \"a/b\" contains '/'");
}

/// The projects of `with_keys()`.
const KEYED_PROJECTS: &str = r#"
[[project]]
name = "prod"
keys = [{ name = "ci" }]

[[project.subproject]]
name = "acme"
keys = [{ name = "app" }]
"#;

/// Keys on a project and on a subproject.
fn with_keys() -> String {
    manifest("prepaid", false, KEYED_PROJECTS)
}

#[test]
fn r22_apply_that_issues_keys_needs_secrets_out_and_writes_them_0600() {
    let s = Sandbox::new();
    s.write("k.toml", with_keys());
    let o = s.refused(&["apply", "-f", "k.toml"], 2);
    o.says_first("error: k.toml:12:9: this manifest issues 2 key(s)");
    // A dry run issues nothing and needs no file.
    let before = s.fingerprint();
    let o = s.run(&["apply", "-f", "k.toml", "--dry-run"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert!(o.stdout.contains("+ key ci (on prod)\n"), "{}", o.snap());
    assert_eq!(before, s.fingerprint());

    let o = s.run(&["apply", "-f", "k.toml", "--secrets-out", "keys.tsv"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    let path = s.path("keys.tsv");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert_eq!(&lines[0][..2], &["ci", "prod"]);
    assert_eq!(&lines[1][..2], &["app", "prod/acme"]);
    assert!(lines[1][2].starts_with("ak_") && lines[1][3].starts_with("acctl_sk_"));
    // The secret works as ACCTL_KEY, with the key's own scope (R20).
    let out = s.ok_key(
        lines[1][3],
        &["-o", "json", "subproject", "show", "prod/acme"],
    );
    assert!(out.contains("\"acme\""));
    s.refused_key_unseen(lines[1][3], &["project", "show", "default"]);
    // Again: the keys exist by name and tier, so no secrets file is needed (and the existing
    // one is left as it is).
    let o = s.run(&["apply", "-f", "k.toml", "--secrets-out", "keys.tsv"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert_eq!(o.stdout, "nothing to do\n");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    // A secrets file that exists already refuses an apply that would issue keys.
    s.write("k2.toml", with_keys().replace("\"ci\"", "\"ci2\""));
    let o = s.refused(&["apply", "-f", "k2.toml", "--secrets-out", "keys.tsv"], 2);
    o.says("cannot create the secrets file keys.tsv");
}

#[test]
fn r25_one_summary_audit_entry_per_apply_and_the_chain_verifies() {
    let s = Sandbox::new();
    let before = s.audit_count();
    s.write(
        "m.toml",
        small().replace("name = \"Acme\"", "name = \"Acme\"\n"),
    );
    s.ok(&["apply", "-f", "m.toml"]);
    assert_eq!(s.audit_count(), before + 1);
    let last = s
        .sql()
        .query_row("SELECT action, target, detail FROM audit ORDER BY seq DESC LIMIT 1");
    assert_eq!(
        last,
        [
            Some("apply".to_string()),
            Some("m.toml".to_string()),
            Some("4 change(s): 4 created, 0 updated".to_string())
        ]
    );
    // Nothing to do: no entry.
    s.ok(&["apply", "-f", "m.toml"]);
    assert_eq!(s.audit_count(), before + 1);
    s.ok(&["audit", "verify"]);
}

#[test]
fn r19_apply_as_a_user_changes_only_what_the_user_may() {
    let s = Sandbox::with_project("prod");
    s.user_granted("dev@acme.example", "developer", "prod");
    s.write(
        "dev.toml",
        "[[project]]\nname = \"prod\"\n\n[[project.subproject]]\nname = \"s\"\n",
    );
    let o = s.run(&["--as", "dev@acme.example", "apply", "-f", "dev.toml"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    s.write("other.toml", "[[project]]\nname = \"new\"\n");
    let o = s.refused(
        &["--as", "dev@acme.example", "apply", "-f", "other.toml"],
        5,
    );
    o.says_first("error: other.toml:1:1: user dev@acme.example may not");
}

/// A store with every kind of object the manifest holds.
fn everything() -> Sandbox {
    let s = Sandbox::empty();
    s.ok(&[
        "init",
        "--name",
        "Everything Inc",
        "--currency",
        "EUR",
        "--billing",
        "prepaid",
        "--billing-name",
        "eur-pre",
    ]);
    s.ok(&[
        "billing",
        "create",
        "usd-post",
        "--kind",
        "postpaid",
        "--currency",
        "USD",
        "--legal-name",
        "Everything LLC",
        "--address",
        "1 Main St, \"Springfield\"",
        "--tax-id",
        "US-1",
    ]);
    s.ok_line("project create beta --billing usd-post --label env=staging --label team=core");
    s.ok(&["project", "create", "Alpha", "--label", "env=prod"]);
    s.subproject_with(
        "Alpha/zeta",
        &[
            "--external-id",
            "crm-9",
            "--credit-limit",
            "12.5",
            "--label",
            "tier=gold",
        ],
    );
    s.subproject("Alpha/eta");
    s.ok(&["subproject", "suspend", "Alpha/eta"]);
    s.subproject("Alpha/gone");
    s.ok(&["subproject", "delete", "Alpha/gone"]);
    s.ok(&["subproject", "create", "beta", "b1", "--credit-limit", "0"]);
    for (t, k, v) in [
        ("Alpha", "number", "+46700000001"),
        ("Alpha", "app", "alpha-app"),
        ("Alpha/zeta", "webhook", "https://Zeta.example/hook?x=1"),
        ("Alpha/zeta", "service-api", "sms"),
        ("beta/b1", "config", "routing"),
        ("beta", "number", "+15555550100"),
    ] {
        s.ok(&["resource", "add", t, "--kind", k, v]);
    }
    s.ok(&["user", "add", "admin@x.example", "--name", "Admin"]);
    s.ok(&["user", "add", "dev@x.example"]);
    s.ok(&["grant", "add", "admin@x.example", "admin"]);
    s.ok_line("grant add dev@x.example developer --project beta");
    s.ok_line("grant add dev@x.example viewer --project Alpha");
    s.ok(&["key", "issue", "Alpha", "--name", "ci"]);
    s.ok(&["key", "issue", "Alpha/zeta", "--name", "zeta-app"]);
    s.ok(&["key", "issue", "beta/b1", "--name", "b1-app"]);
    let revoked = s.json(&["key", "issue", "beta", "--name", "old"]);
    s.ok(&["key", "revoke", revoked["id"].as_str().unwrap()]);
    s.ok(&["key", "issue", "beta"]); // unnamed: a manifest names keys, so it is left out
    s
}

#[test]
fn cli_export_apply_onto_an_empty_store_and_export_again_gives_the_same_file() {
    let s = everything();
    let first = s.ok(&["export"]);
    assert!(first.contains("[[project.subproject]]\nname = \"zeta\"\nexternal_id = \"crm-9\"\ncredit_limit = \"12.50\""), "{first}");
    assert!(first.contains("suspended = true"));
    assert!(
        !first.contains("gone") && !first.contains("\"old\""),
        "{first}"
    );
    // Sorted by name, without regard to case.
    assert!(first.find("name = \"Alpha\"").unwrap() < first.find("name = \"beta\"").unwrap());
    s.ok(&["export", "--file", "out.toml"]);
    assert_eq!(std::fs::read_to_string(s.path("out.toml")).unwrap(), first);
    // The exported file applied to the store it came from changes nothing.
    let o = s.run(&["apply", "-f", "out.toml"]);
    assert_eq!(o.stdout, "nothing to do\n", "{}", o.snap());

    let e = Sandbox::empty();
    e.write("m.toml", &first);
    let o = e.run(&["apply", "-f", "m.toml", "--secrets-out", "s.tsv"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    let second = e.ok(&["export"]);
    assert_eq!(first, second);
    e.ok(&["check"]);
}

#[test]
fn cli_every_example_applies_cleanly_twice_and_check_passes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        n += 1;
        let s = Sandbox::empty();
        let file = path.to_str().unwrap();
        let o = s.run(&["apply", "-f", file, "--secrets-out", "secrets.tsv"]);
        assert_eq!(o.code, 0, "{file}:\n{}", o.snap());
        let o = s.run(&["apply", "-f", file, "--secrets-out", "secrets.tsv"]);
        assert_eq!(o.stdout, "nothing to do\n", "{file}:\n{}", o.snap());
        s.ok(&["check"]);
        s.ok(&["audit", "verify"]);
    }
    assert!(n >= 4, "only {n} examples found");
}

/// A manifest of `n` subprojects under one project.
fn large(n: usize) -> String {
    let mut m = String::from("[[project]]\nname = \"big\"\n");
    for i in 0..n {
        m.push_str(&format!(
            "\n[[project.subproject]]\nname = \"c{i:06}\"\nexternal_id = \"x{i}\"\ncredit_limit = \"100.00\"\nlabels = {{ tier = \"t{}\" }}\n",
            i % 3
        ));
    }
    m
}

#[test]
fn r26_apply_killed_midway_changes_nothing() {
    let s = Sandbox::new();
    s.write("big.toml", large(20_000));
    let before = s.fingerprint();
    let mut child = s
        .process(&["apply", "-f", "big.toml"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the apply is writing (SQLite: its WAL file appears: the manifest has been
    // parsed and the transaction is starting; PostgreSQL: a transaction holds a write lock on
    // the node table), then let it write for a while. A debug build takes many seconds over
    // 20,000 subprojects, whose commit comes only at the end; the pages it writes stay in its
    // page cache (64 MiB) until then, so the WAL's size says nothing about progress.
    let wal = s.path("acctl.db-wal");
    let sql = s.sql();
    let writing = || {
        if s.sqlite() {
            return wal.exists();
        }
        sql.query_i64(
            "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation \
             WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = 'node' \
             AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()",
        ) > 0
    };
    let start = std::time::Instant::now();
    while !writing() {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the apply ended before it could be killed"
        );
        assert!(
            start.elapsed().as_secs() < 120,
            "the store was never opened"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    std::thread::sleep(std::time::Duration::from_millis(700));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the apply ended before it could be killed"
    );
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), None, "the apply was not killed midway");
    assert_eq!(before, s.fingerprint());
    s.ok(&["check"]);
}

#[test]
fn cli_the_readme_manifest_example_applies() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = &readme[readme.find("## Manifests").expect("a Manifests section")..];
    let start = section.find("```toml\n").expect("a toml example") + "```toml\n".len();
    let example = &section[start..start + section[start..].find("```").unwrap()];
    let s = Sandbox::empty();
    s.write("readme.toml", example);
    let o = s.run(&["apply", "-f", "readme.toml", "--secrets-out", "s.tsv"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert_eq!(s.ok(&["apply", "-f", "readme.toml"]), "nothing to do\n");
    s.ok(&["check"]);
}

#[test]
fn r12_r36_apply_warns_of_a_limit_below_spent_and_a_quota_below_what_exists() {
    let s = Sandbox::empty();
    s.write("m.toml", small());
    s.ok(&["apply", "-f", "m.toml"]);
    s.ok(&["usage", "record", "prod/acme", "5"]);
    // The same changes `subproject set-limit` and `account set-quota` warn about, by manifest.
    let lowered = small().replace("\"10.00\"", "\"2.00\"").replace(
        "name = \"Acme\"\n",
        "name = \"Acme\"\nquotas = { subprojects_per_project = 0 }\n",
    );
    s.write("m.toml", &lowered);
    for args in [
        &["apply", "-f", "m.toml", "--dry-run"][..],
        &["apply", "-f", "m.toml"],
    ] {
        let o = s.run(args);
        assert_eq!(o.code, 0, "{}", o.snap());
        o.says("warning: the limit is below what prod > acme has already spent (5.00 EUR)");
        o.says("over the quota subprojects-per-project of 0");
    }
    let sub = s.json(&["subproject", "show", "prod/acme"]);
    assert_eq!(sub["credit_limit"], "2.00", "{sub}");
}

#[test]
fn r12_r29_apply_changes_a_limit_and_its_period_as_one_set_limit_does() {
    let mut s = Sandbox::empty();
    s.write("m.toml", small());
    s.ok(&["apply", "-f", "m.toml"]);
    // 6.00 spent in all, 1.00 of it this month.
    s.now = "2026-10-10T00:00:00Z".into();
    s.ok(&["usage", "record", "prod/acme", "5"]);
    s.now = crate::common::NOW.into();
    s.ok(&["usage", "record", "prod/acme", "1"]);
    // A monthly limit of 4.00 is above this month's 1.00: no warning, though it is below the
    // lifetime's 6.00 the limit had counted until now.
    let monthly = small().replace(
        "credit_limit = \"10.00\"",
        "credit_limit = \"4.00\"\nlimit_period = \"monthly\"",
    );
    assert_ne!(monthly, small(), "the manifest did not change");
    s.write("m.toml", &monthly);
    let o = s.run(&["apply", "-f", "m.toml"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert!(!o.stderr.contains("warning"), "{}", o.snap());
    assert!(
        o.stdout
            .contains("credit_limit 10.00 -> 4.00, limit_period lifetime -> monthly"),
        "{}",
        o.snap()
    );
    let sub = s.json(&["subproject", "show", "prod/acme"]);
    assert_eq!(sub["credit_limit"], "4.00", "{sub}");
    assert_eq!(sub["limit_period"], "monthly", "{sub}");
}
