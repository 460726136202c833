//! R26: `check --repair` rebuilds what the store keeps beside its records (totals spent,
//! prepaid balances, monthly spending, monthly usage sums, name lookup keys) from those records,
//! and changes nothing else.

use crate::common::Sandbox;
use crate::fixtures::prepaid_reseller;
use serde_json::{json, Value};

/// A prepaid reseller with charges on two products, a partial reversal and a transfer out.
fn store_with_money() -> Sandbox {
    let s = prepaid_reseller("100");
    s.billing("spare", "prepaid", "EUR");
    s.ok(&[
        "usage",
        "record",
        "resell/acme",
        "2",
        "--product",
        "sms",
        "--quantity",
        "3",
    ]);
    s.ok(&[
        "usage",
        "record",
        "resell/acme",
        "1.5",
        "--product",
        "voice",
    ]);
    let id = s.id(&["usage", "record", "resell", "4"]);
    s.ok(&[
        "usage", "reverse", &id, "--amount", "1", "--reason", "goodwill",
    ]);
    s.ok(&["billing", "transfer", "pre", "spare", "10"]);
    s.check_passes();
    s
}

/// The rebuilt list of a `check --repair` answer: (check, problems before, rows rebuilt,
/// problems after).
fn rebuilt(v: &Value) -> Vec<(String, u64, u64, u64)> {
    v["rebuilt"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["check"].as_str().unwrap().to_string(),
                r["before"].as_u64().unwrap(),
                r["rows"].as_u64().unwrap(),
                r["after"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// The last audit entry's action and detail.
fn last_audit(s: &Sandbox) -> Vec<Option<String>> {
    s.sql()
        .query_row("SELECT action, detail FROM audit ORDER BY seq DESC LIMIT 1")
}

#[test]
fn r26_repair_rebuilds_kept_sums_and_keys_from_the_records_and_changes_nothing_else() {
    let s = store_with_money();
    let sound = s.fingerprint_where(Some("audit"));
    let audits = s.audit_count();
    // Each kept value out of step with its records, as a restore or a hand edit could leave it.
    s.tamper(
        "UPDATE node SET total_spent = total_spent + 1 WHERE name = 'acme'; \
         UPDATE spend_month SET spent = spent + 7; \
         DELETE FROM charge_month WHERE product = 'sms'; \
         UPDATE charge_month SET quantity = quantity + 1 WHERE product = 'voice'; \
         UPDATE billing_account SET balance = balance + 5000000 WHERE name = 'pre'; \
         UPDATE node SET name_key = 'RESELL' WHERE name = 'resell'",
    );
    let o = s.run(&["check"]);
    assert_eq!(o.code, 7, "{}", o.snap());

    let o = s.run(&["-o", "json", "check", "--repair"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    let v = o.json();
    assert_eq!(v["ok"], true);
    assert_eq!(v["problems"], json!([]));
    assert_eq!(v["blocked_by"], json!([]));
    let tuple = |c: &str, before, rows| (c.to_string(), before, rows, 0);
    assert_eq!(
        rebuilt(&v),
        [
            tuple("total_spent", 1, 1),
            tuple("balance", 1, 1),
            // The two months kept (acme's and resell's), each off by 7.
            tuple("month_spending", 2, 2),
            // The sms row lost, the voice row's quantity off.
            tuple("charge_months", 2, 2),
            tuple("names", 1, 1),
        ]
    );
    // Every kept value is back to what acctl wrote, and no record changed.
    assert_eq!(s.fingerprint_where(Some("audit")), sound);
    s.check_passes();
    // One audit entry says what was rebuilt; the chain still verifies.
    assert_eq!(s.audit_count(), audits + 1);
    assert_eq!(
        last_audit(&s),
        [
            Some("store.repair".to_string()),
            Some(
                "total_spent: 1 problem(s) found, 1 row(s) rebuilt; balance: 1 problem(s) \
                 found, 1 row(s) rebuilt; month_spending: 2 problem(s) found, 2 row(s) \
                 rebuilt; charge_months: 2 problem(s) found, 2 row(s) rebuilt; names: 1 \
                 problem(s) found, 1 row(s) rebuilt"
                    .to_string()
            ),
        ]
    );
    assert_eq!(s.run(&["audit", "verify"]).code, 0);
    // The name can be found by its key again.
    s.ok(&["project", "show", "resell"]);
}

#[test]
fn r05_r26_repair_mends_keys_swapped_between_siblings_and_billing_account_and_email_keys() {
    let s = store_with_money();
    s.subproject("resell/a1").subproject("resell/a2");
    s.ok(&["user", "add", "Dev@example.com"]);
    let sound = s.fingerprint_where(Some("audit"));
    // Each sibling holds the other's key: neither can take its own one row at a time. A
    // billing account's key and a user's email key are off too.
    s.tamper(
        "UPDATE node SET name_key = 'x' WHERE name = 'a1'; \
         UPDATE node SET name_key = 'a1' WHERE name = 'a2'; \
         UPDATE node SET name_key = 'a2' WHERE name = 'a1'; \
         UPDATE billing_account SET name_key = 'SPARE' WHERE name = 'spare'; \
         UPDATE \"user\" SET email_key = 'zzz'",
    );
    // The user can no longer be named; check says why.
    assert_eq!(s.run(&["--as", "dev@example.com", "tree"]).code, 3);
    s.check_finds("names: user Dev@example.com: its lookup key \"zzz\"");
    let o = s.run(&["check", "--repair"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert_eq!(
        o.stdout,
        "rebuilt names: 4 problems found, 4 rows rebuilt, none left\n\
         ok: 21 checks passed, no problem found\n"
    );
    assert_eq!(s.fingerprint_where(Some("audit")), sound);
    assert_eq!(s.run(&["--as", "dev@example.com", "tree"]).code, 0);
}

#[test]
fn r26_repair_leaves_what_records_cannot_mend_and_exits_7() {
    let s = store_with_money();
    s.subproject("resell/a1").subproject("resell/a2");
    // a2 renamed by hand to a name that folds to its live sibling's key: no key can be given
    // to it without breaking R05, so it is left for a person to rename.
    s.tamper(
        "UPDATE node SET name = 'A1' WHERE name = 'a2'; \
         UPDATE node SET total_spent = total_spent + 1 WHERE name = 'acme'",
    );
    let o = s.run(&["-o", "json", "check", "--repair"]);
    assert_eq!(o.code, 7, "{}", o.snap());
    let v = o.json();
    assert_eq!(v["ok"], false);
    // The name's rebuild changed nothing, so it is not listed as rebuilt.
    assert_eq!(rebuilt(&v), [("total_spent".to_string(), 1, 1, 0)]);
    let left: Vec<&str> = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["check"].as_str().unwrap())
        .collect();
    assert_eq!(left, ["names"]);
    // Again: nothing left to rebuild, nothing written, the problem still listed.
    let before = s.fingerprint();
    let o = s.run(&["check", "--repair"]);
    assert_eq!(o.code, 7, "{}", o.snap());
    assert_eq!(
        o.stdout,
        "nothing rebuilt\n\
         names: resell/A1: its lookup key \"a2\" is not its name folded (\"a1\")\n\
         1 problem found\n"
    );
    assert_eq!(s.fingerprint(), before);
    // Renaming it back is what mends it.
    s.tamper("UPDATE node SET name = 'a2' WHERE name = 'A1'");
    s.check_passes();
}

#[test]
fn r26_r31_repair_rebuilds_nothing_from_records_in_doubt() {
    let s = store_with_money();
    // A reversal larger than its charge: rebuilding from it would raise the balance and
    // lower the totals with money that never existed.
    s.tamper(
        "UPDATE reversal SET amount = amount + 10000000; \
         UPDATE node SET total_spent = total_spent + 1 WHERE name = 'acme'",
    );
    let before = s.fingerprint();
    let o = s.run(&["-o", "json", "check", "--repair"]);
    assert_eq!(o.code, 7, "{}", o.snap());
    let v = o.json();
    assert_eq!(v["blocked_by"], json!(["reversals"]));
    assert_eq!(v["rebuilt"], json!([]));
    assert_eq!(s.fingerprint(), before);
    let o = s.run(&["check", "--repair"]);
    assert_eq!(o.code, 7, "{}", o.snap());
    assert!(
        o.stdout.starts_with(
            "nothing rebuilt: the file or the records themselves are in doubt (reversals); \
             mend them or restore a backup first\n"
        ),
        "{}",
        o.stdout
    );
    assert_eq!(s.fingerprint(), before);
}

#[test]
fn r29_repair_keeps_a_fully_reversed_month_and_drops_a_month_without_charges() {
    let s = prepaid_reseller("100");
    let id = s.id(&["usage", "record", "resell/acme", "2"]);
    s.ok(&["usage", "reverse", &id, "--reason", "all of it"]);
    s.check_passes();
    let sound = s.fingerprint_where(Some("audit"));
    // The reversed month's row (spent 0) lost, and a month the node has no charges in.
    s.tamper(
        "DELETE FROM spend_month; \
         INSERT INTO spend_month (node_id, month, spent) \
         SELECT id, '2001-01', 5 FROM node WHERE name = 'acme'",
    );
    let o = s.run(&["-o", "json", "check", "--repair"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert_eq!(
        rebuilt(&o.json()),
        [("month_spending".to_string(), 2, 2, 0)]
    );
    assert_eq!(s.fingerprint_where(Some("audit")), sound);
}

#[test]
fn r26_repair_of_a_sound_store_changes_nothing() {
    let s = store_with_money();
    let before = s.fingerprint();
    let o = s.run(&["check", "--repair"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert_eq!(
        o.stdout,
        "nothing rebuilt\nok: 21 checks passed, no problem found\n"
    );
    assert_eq!(s.fingerprint(), before);
}

#[test]
fn r26_repair_needs_account_admin_and_a_refusal_changes_nothing() {
    let s = store_with_money();
    s.user_granted("ann@example.com", "admin", "resell");
    s.tamper("UPDATE node SET total_spent = total_spent + 1 WHERE name = 'acme'");
    // A project's admin acts on the project, not on the account's sums.
    let o = s.refused(&["--as", "ann@example.com", "check", "--repair"], 5);
    assert!(o.stderr.starts_with("error: "), "{}", o.snap());
    let (_, secret) = s.issue_key("resell");
    let o = s.refused_key(&secret, &["check", "--repair"], 5);
    assert!(o.stderr.starts_with("error: "), "{}", o.snap());
}
