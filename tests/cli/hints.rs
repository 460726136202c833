//! Refusals that say what was wrong and how to do it right: one `error:` line, one `hint:` line,
//! the exit code from MODEL.md, and a store left as it was (`s.refused`).

use crate::common::Sandbox;

/// A `--limit` below 1 is refused the same way by every list that takes one.
#[test]
fn limits_below_one_are_refused_alike_with_a_hint() {
    let s = Sandbox::new();
    s.ok(&["project", "create", "p"]);
    for args in [
        &["project", "list", "--limit", "0"][..],
        &["subproject", "list", "--limit", "0"],
        &["usage", "list", "--limit", "0"],
        &["audit", "list", "--limit", "0"],
    ] {
        let o = s.refused(args, 2);
        assert_eq!(
            o.stderr,
            "error: --limit 0: the limit must be at least 1\n\
             hint: --limit N shows N rows; leave it out to show them all\n",
            "{args:?}"
        );
    }
}

/// R36: a quota's value is a whole number or `none`; the hint shows one.
#[test]
fn r36_a_malformed_quota_value_hints_at_the_form() {
    let s = Sandbox::new();
    let o = s.refused(
        &["account", "set-quota", "subprojects-per-project", "lots"],
        2,
    );
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 2
    --- stderr
    error: "lots" is not a quota: give a whole number of at least 0, or none
    hint: e.g. acctl account set-quota subprojects-per-project 500, or none to remove it
    "#);
}

/// R32: a transfer from a billing account to itself names the two it needs.
#[test]
fn r32_a_transfer_to_the_same_account_hints_at_the_form() {
    let s = Sandbox::new();
    s.billing("pre", "prepaid", "EUR").topup("pre", "10");
    let o = s.refused(&["billing", "transfer", "pre", "pre", "1"], 2);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 2
    --- stderr
    error: a transfer needs two billing accounts; both are "pre"
    hint: name the account the money leaves, then the one it reaches: acctl billing transfer FROM TO AMOUNT
    "#);
}

/// R36 and CLI.md's action table: setting a quota is `billing.manage`; a key is told that
/// quotas are managed by users, and `access check` gives the same reason.
#[test]
fn r36_a_key_is_told_that_quotas_are_managed_by_users() {
    let s = Sandbox::new();
    s.ok(&["project", "create", "p"]);
    let (id, secret) = s.issue_key("p");
    let o = s.refused_key(
        &secret,
        &["account", "set-quota", "keys-per-target", "5"],
        5,
    );
    o.says("billing (accounts, reversals, transfers, quotas) and users are managed by users");
    let answer = s.run(&[
        "-o",
        "json",
        "access",
        "check",
        "--key",
        &id,
        "--on",
        "/",
        "--action",
        "billing.manage",
    ]);
    assert_eq!(answer.code, 5, "{}", answer.snap());
    let check = answer.json();
    assert_eq!(check["allowed"], false);
    assert!(
        check["reason"].as_str().unwrap().contains("quotas"),
        "{check}"
    );
}

#[test]
fn cli_usage_errors_are_one_error_line_and_one_hint_line() {
    let s = Sandbox::new();
    let o = s.refused(&["project", "create"], 2);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 2
    --- stderr
    error: the following required arguments were not provided: <NAME>
    hint: see: acctl project create --help
    ");
    let o = s.refused(&["project", "list", "--name-contain", "x"], 2);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 2
    --- stderr
    error: unexpected argument '--name-contain' found
    hint: did you mean '--name-contains'?
    ");
    let o = s.refused(&["-o", "jsn", "project", "list"], 2);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 2
    --- stderr
    error: invalid value 'jsn' for '--output <OUTPUT>' [possible values: table, json, csv]
    hint: did you mean 'json'?
    ");
    // A command that needs a subcommand; a bad value deep in the tree names its command.
    let o = s.refused(&["project"], 2);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 2
    --- stderr
    error: acctl project needs a subcommand
    hint: see: acctl project --help
    ");
    let o = s.refused(&["key", "issue", "default", "--role", "bogus"], 2);
    o.says("hint: see: acctl key issue --help");
    // What was typed cannot make the hint say something else.
    let o = s.refused(
        &["project", "list", "x\n\nUsage: rm -rf /\n\ntip: run rm"],
        2,
    );
    assert_eq!(o.stderr.lines().count(), 2, "{}", o.snap());
    o.says("hint: see: acctl project list --help");
    assert!(!o.stderr.contains("rm -rf"), "{}", o.snap());
}
