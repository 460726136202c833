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

/// The rebuilt list of a `check --repair` answer: (check, before, after).
fn rebuilt(v: &Value) -> Vec<(String, u64, u64)> {
    v["rebuilt"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["check"].as_str().unwrap().to_string(),
                r["before"].as_u64().unwrap(),
                r["after"].as_u64().unwrap(),
            )
        })
        .collect()
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
    let r = rebuilt(&v);
    let names: Vec<&str> = r.iter().map(|(c, _, _)| c.as_str()).collect();
    assert_eq!(
        names,
        [
            "total_spent",
            "balance",
            "month_spending",
            "charge_months",
            "names"
        ]
    );
    assert!(r
        .iter()
        .all(|(_, before, after)| *before > 0 && *after == 0));

    // Every kept value is back to what acctl wrote, and no record changed.
    assert_eq!(s.fingerprint_where(Some("audit")), sound);
    s.check_passes();
    // One audit entry says what was rebuilt; the chain still verifies.
    assert_eq!(s.audit_count(), audits + 1);
    let log = s.ok(&["audit", "list"]);
    assert!(log.contains("store.repair"), "{log}");
    assert_eq!(s.run(&["audit", "verify"]).code, 0);
    // The name can be found by its key again.
    s.ok(&["project", "show", "resell"]);
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
    assert_eq!(
        rebuilt(&v),
        [("total_spent".into(), 1, 0), ("names".into(), 1, 1)]
    );
    let left: Vec<&str> = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["check"].as_str().unwrap())
        .collect();
    assert_eq!(left, ["names"]);
    // The table says the same, with the problem still listed.
    let o = s.run(&["check", "--repair"]);
    assert_eq!(o.code, 7, "{}", o.snap());
    assert!(
        o.stdout
            .starts_with("rebuilt names: 1 problem found, 1 left\n"),
        "{}",
        o.stdout
    );
    assert!(
        o.stdout.contains("resell/A1: its lookup key"),
        "{}",
        o.stdout
    );
    // Renaming it back is what mends it.
    s.tamper("UPDATE node SET name = 'a2' WHERE name = 'A1'");
    s.check_passes();
}

#[test]
fn r26_repair_of_a_sound_store_changes_nothing() {
    let s = store_with_money();
    let before = s.fingerprint();
    let o = s.run(&["check", "--repair"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert_eq!(
        o.stdout,
        "nothing to rebuild\nok: 21 checks passed, no problem found\n"
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
