//! `apply` and `export` at scale (issue 14): a large manifest is read section by section and
//! its subprojects written in bulk, a refusal deep in it still changes nothing and names its
//! place, and `export` streams what it writes.

use crate::common::{Outcome, Sandbox};

/// A manifest of `projects` x `subs` subprojects, each with an external id, two labels and a
/// credit limit (as bench/bench_data.py writes them), for a new store.
fn big(projects: usize, subs: usize) -> String {
    format!("[account]\nname = \"Bench\"\n\n{}", body(projects, subs))
}

/// The same without `[account]`, for the sandbox's store.
fn body(projects: usize, subs: usize) -> String {
    let mut m = String::from(
        "[[billing_account]]\nname = \"main\"\nkind = \"postpaid\"\ncurrency = \"EUR\"\n\n",
    );
    for p in 0..projects {
        m.push_str(&format!(
            "[[project]]\nname = \"proj-{p:04}\"\nbilling_account = \"main\"\nlabels = {{ env = \"prod\" }}\n\n"
        ));
        for s in 0..subs {
            m.push_str(&format!(
                "[[project.subproject]]\nname = \"cust-{s:03}\"\nexternal_id = \"ext-{p}-{s}\"\ncredit_limit = \"100.00\"\nlabels = {{ tier = \"{}\", region = \"eu\" }}\n\n",
                if s % 2 == 0 { "silver" } else { "gold" }
            ));
        }
    }
    m
}

/// Where the `n`th (from 1) `pat` starts in `text`.
fn nth(text: &str, pat: &str, n: usize) -> usize {
    text.match_indices(pat).nth(n - 1).unwrap().0
}

/// The line (from 1) and column of a byte offset.
fn place(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    (
        before.matches('\n').count() + 1,
        before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1,
    )
}

/// Apply `good` with its `n`th `old` made `new`, as bad.toml: refused with exit 2 before the
/// store is opened. The outcome, and the line and column where the change stands.
fn apply_broken(
    s: &Sandbox,
    good: &str,
    old: &str,
    n: usize,
    new: &str,
) -> (Outcome, usize, usize) {
    let at = nth(good, old, n);
    let bad = format!("{}{new}{}", &good[..at], &good[at + old.len()..]);
    let (line, col) = place(&bad, at);
    s.write("bad.toml", &bad);
    (s.refused(&["apply", "-f", "bad.toml"], 2), line, col)
}

#[test]
fn r03_r05_a_large_manifest_applies_reapplies_with_nothing_to_do_exports_and_round_trips() {
    let s = Sandbox::empty();
    let text = big(20, 100);
    s.write("big.toml", &text);
    let o = s.run(&["apply", "-f", "big.toml"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    // One line per change: the account, the billing account, 20 projects, 2,000 subprojects.
    assert!(
        o.stdout.ends_with("applied 2022 changes\n"),
        "{}",
        &o.stdout[o.stdout.len() - 200..]
    );
    assert!(o
        .stdout
        .contains("+ subproject proj-0003/cust-007 (external_id ext-3-7, credit_limit 100.00, labels region=eu,tier=gold)\n"));
    let sql = s.sql();
    assert_eq!(
        sql.query_i64("SELECT count(*) FROM node WHERE parent_id IS NOT NULL"),
        2000
    );
    assert_eq!(sql.query_i64("SELECT count(*) FROM label"), 4020);
    assert_eq!(
        s.json(&["subproject", "show", "proj-0019/cust-099"])["external_id"],
        "ext-19-99"
    );
    s.ok(&["check"]);

    // Again: nothing to do, and the store is as it was.
    let fp = s.fingerprint();
    assert_eq!(s.ok(&["apply", "-f", "big.toml"]), "nothing to do\n");
    assert_eq!(fp, s.fingerprint());

    // The export, in every form, is the manifest of the store, and it round-trips.
    let exported = s.ok(&["export"]);
    assert_eq!(exported.matches("[[project.subproject]]").count(), 2000);
    let doc = s.json(&["export"]);
    assert_eq!(doc["manifest"], exported.as_str());
    assert_eq!(doc["projects"], 20);
    assert_eq!(doc["subprojects"], 2000);
    assert_eq!(doc["file"], serde_json::Value::Null);
    assert_eq!(s.ok(&["-q", "export"]), "");
    let o = s.run(&["export", "--file", "out.toml"]);
    assert_eq!(
        o.stdout,
        "exported 20 projects and 2000 subprojects to out.toml\n"
    );
    assert_eq!(
        std::fs::read_to_string(s.path("out.toml")).unwrap(),
        exported
    );
    let doc = s.json(&["export", "--file", "json.toml"]);
    assert_eq!(doc["manifest"], exported.as_str());
    assert_eq!(doc["file"], "json.toml");
    assert_eq!(s.ok(&["apply", "-f", "out.toml"]), "nothing to do\n");

    let e = Sandbox::empty();
    e.write("m.toml", &exported);
    e.ok(&["apply", "-f", "m.toml"]);
    assert_eq!(e.ok(&["export"]), exported);
}

#[test]
fn r05_a_large_plan_prints_the_same_in_json_and_as_ids() {
    let s = Sandbox::new();
    s.write("big.toml", body(3, 50));
    let v = s.json(&["apply", "-f", "big.toml", "--dry-run"]);
    assert_eq!(v["applied"], false);
    let changes = v["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1 + 3 + 150);
    let sub = &changes[2];
    assert_eq!(sub["op"], "create");
    assert_eq!(sub["kind"], "subproject");
    assert_eq!(sub["name"], "proj-0000/cust-000");
    assert_eq!(sub["fields"]["credit_limit"], "100.00");
    assert_eq!(sub["fields"]["labels"], "region=eu,tier=silver");
    let ids = s.ok(&["-q", "apply", "-f", "big.toml"]);
    assert_eq!(ids.lines().count(), 154);
    let one = s.json(&["subproject", "show", "proj-0002/cust-049"]);
    assert!(ids.lines().any(|l| l == one["id"].as_str().unwrap()));
    // A change to many: each line says what it was and what it becomes.
    s.write("big.toml", body(3, 50).replace("\"100.00\"", "\"250.00\""));
    let v = s.json(&["apply", "-f", "big.toml"]);
    let changes = v["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 150);
    assert_eq!(changes[0]["fields"]["credit_limit"]["from"], "100.00");
    assert_eq!(changes[0]["fields"]["credit_limit"]["to"], "250.00");
}

#[test]
fn r05_a_refusal_deep_in_a_large_manifest_changes_nothing_and_names_its_place() {
    let s = Sandbox::new();
    let good = body(10, 200);
    // A clash found while applying (exit 4): the 1,501st subproject takes a name the store
    // holds under another external id; the place is its table's.
    s.ok(&["project", "create", "proj-0007"]);
    s.ok(&[
        "subproject",
        "create",
        "proj-0007",
        "cust-100",
        "--external-id",
        "other",
    ]);
    s.write("big.toml", &good);
    let (line, _) = place(&good, nth(&good, "[[project.subproject]]", 1501));
    let o = s.refused(&["apply", "-f", "big.toml"], 4);
    assert!(
        o.stderr.starts_with(&format!(
            "error: big.toml:{line}:1: subproject proj-0007/cust-100 has the external id \"other\""
        )),
        "line {line}: {}",
        o.snap()
    );
    // A malformed value (exit 2), found before the store is opened, at the value.
    let (o, line, col) = apply_broken(&s, &good, "\"100.00\"", 1801, "\"1.0000001\"");
    o.says_first(&format!("error: bad.toml:{line}:{col}: "));
    // A syntax error deep in a project section: the parser's own message and place.
    let (o, line, _) = apply_broken(&s, &good, "labels = { tier", 1999, "labels = { tier tier");
    o.says_first(&format!("error: bad.toml:{line}:"));
    // A section after the projects is read as the whole document is.
    let s = Sandbox::new();
    let tail = format!("{good}[[user]]\nemail = \"late@example.com\"\n");
    s.write("tail.toml", &tail);
    let o = s.run(&["apply", "-f", "tail.toml", "--dry-run"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert!(
        o.stdout.contains("+ user late@example.com\n"),
        "{}",
        o.snap()
    );
    // A project's part before any project, and a string that holds a project's header.
    s.write(
        "orphan.toml",
        "[[project.subproject]]\nname = \"x\"\n\n[[project]]\nname = \"p\"\n",
    );
    s.refused(&["apply", "-f", "orphan.toml"], 2);
    s.write(
        "quoted.toml",
        "[[billing_account]]\nname = \"b\"\nkind = \"postpaid\"\ncurrency = \"EUR\"\nlegal_name = \"\"\"\n[[project]]\nname = \\\"q\\\"\n\"\"\"\n\n[[project]]\nname = \"p\"\n",
    );
    // The string was read whole (and is then refused for its line break, R40).
    let o = s.refused(&["apply", "-f", "quoted.toml"], 2);
    assert!(
        o.stderr
            .starts_with("error: quoted.toml:1:1: the legal name \"[[project]]"),
        "{}",
        o.snap()
    );
}

#[test]
fn r36_the_quota_is_enforced_on_subprojects_created_in_bulk() {
    let s = Sandbox::new();
    s.ok(&["account", "set-quota", "subprojects-per-project", "150"]);
    s.write("big.toml", body(1, 151));
    let text = body(1, 151);
    let (line, _) = place(&text, nth(&text, "[[project.subproject]]", 151));
    let o = s.refused(&["apply", "-f", "big.toml"], 4);
    assert!(
        o.stderr.starts_with(&format!("error: big.toml:{line}:1: project \"proj-0000\" holds 150 live subproject(s), the most the quota")),
        "{}",
        o.snap()
    );
    s.write("ok.toml", body(1, 150));
    s.ok(&["apply", "-f", "ok.toml"]);
}

#[test]
fn r42_export_file_never_clobbers_and_leaves_no_temporary_file() {
    let s = Sandbox::new();
    s.write("big.toml", body(5, 100));
    s.ok(&["apply", "-f", "big.toml"]);
    s.write("taken.toml", "precious");
    let o = s.refused(&["export", "--file", "taken.toml"], 2);
    o.says("exists already");
    assert_eq!(
        std::fs::read_to_string(s.path("taken.toml")).unwrap(),
        "precious"
    );
    // A directory that cannot take the file: refused, nothing left behind.
    let o = s.run(&["export", "--file", "missing-dir/out.toml"]);
    assert_ne!(o.code, 0, "{}", o.snap());
    s.ok(&["export", "--file", "taken.toml", "--force"]);
    assert!(std::fs::read_to_string(s.path("taken.toml"))
        .unwrap()
        .starts_with("# acctl manifest"));
    let leftovers: Vec<String> = std::fs::read_dir(s.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
