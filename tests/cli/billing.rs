//! R07, R08, R09, R11: billing accounts, links, money and prepaid balances.

use crate::common::Sandbox;
use crate::fixtures::{billing_create, column, has_fields};

/// Kept here for the modules that import it from billing; it lives with the other fixtures.
pub use crate::fixtures::reseller;

#[test]
fn r07_billing_accounts_are_created_listed_and_shown_with_the_pinned_fields() {
    let s = Sandbox::new();
    let o = s.run(&[
        "billing",
        "create",
        "Ops",
        "--kind",
        "prepaid",
        "--currency",
        "bhd",
        "--legal-name",
        "Ops Ltd",
        "--address",
        "1 Main St",
        "--tax-id",
        "GB123",
    ]);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 0
    --- stdout
    name        Ops
    id          [uuid]
    kind        prepaid
    currency    BHD
    balance     0.000 BHD
    default     no
    legal name  Ops Ltd
    address     1 Main St
    tax id      GB123
    created     2026-11-23T09:00:00Z
    ");
    let b = s.json(&["billing", "show", "ops"]);
    has_fields(
        &b,
        "id name kind currency balance legal_name address tax_id",
    );
    assert_eq!(b["balance"], "0.000");
    let list = s.json(&["billing", "list"]);
    assert_eq!(column(&list, "name"), ["default", "Ops"]);
    assert_eq!(
        list[0]["balance"],
        serde_json::Value::Null,
        "postpaid has no balance"
    );
}

#[test]
fn r07_names_are_unique_without_regard_to_case_and_input_is_checked() {
    let s = Sandbox::new();
    for (name, kind, currency, code, says) in [
        ("DEFAULT", "postpaid", "EUR", 4, "already exists"),
        ("x", "postpaid", "EURO", 2, "ISO 4217"),
        ("x", "credit", "EUR", 2, "error: "),
        ("", "postpaid", "EUR", 2, "error: "),
    ] {
        let o = s.refused(&billing_create(name, kind, currency), code);
        assert!(o.stderr.contains(says), "{}", o.stderr);
    }
}

#[test]
fn r07_update_renames_changes_details_and_moves_the_default() {
    let s = Sandbox::new();
    s.billing("b2", "postpaid", "EUR");
    let b = s.json_line("billing update b2 --name Second --tax-id X1 --make-default");
    assert_eq!(b["name"], "Second");
    assert_eq!(b["tax_id"], "X1");
    assert_eq!(b["is_default"], true);
    assert_eq!(s.json(&["billing", "show", "default"])["is_default"], false);
    // New projects link to the new default.
    let p = s.json(&["project", "create", "p"]);
    assert_eq!(p["billing_account_id"], b["id"]);
}

#[test]
fn r08_deleting_a_linked_or_default_billing_account_is_refused() {
    let s = Sandbox::new();
    let o = s.refused(&["billing", "delete", "default"], 4);
    assert!(o.stderr.contains("is the default"), "{}", o.stderr);
    s.billing("b2", "postpaid", "EUR");
    s.project_on("p", "b2");
    let o = s.refused(&["billing", "delete", "b2"], 4);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 4
    --- stderr
    error: billing account "b2" is linked to 1 project
    hint: link them to another billing account first: acctl billing link PROJECT BA
    "#);
    s.ok(&["billing", "link", "p", "default"]);
    s.ok(&["billing", "delete", "b2"]);
    s.refused(&["billing", "show", "b2"], 3);
}

#[test]
fn r08_a_subproject_cannot_be_linked_and_currencies_must_match() {
    let s = reseller();
    let o = s.refused(&["billing", "link", "resell/acme", "pre"], 4);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 4
    --- stderr
    error: resell > acme is a subproject: it cannot be linked to a billing account
    hint: a subproject bills through its parent project; link that instead: acctl billing link resell pre
    "#);
    let o = s.refused(&["billing", "link", "resell", "usd"], 4);
    assert!(o.stderr.contains("bills in EUR"), "{}", o.stderr);
    s.refused(&["billing", "link", "nope", "pre"], 3);
    s.refused(&["billing", "link", "resell", "nope"], 3);
}

#[test]
fn r08_relinking_moves_future_charges_not_past_ones() {
    let s = reseller();
    s.topup("pre", "100");
    let first = s.json(&["usage", "record", "resell/acme", "2"]);
    s.ok(&["billing", "link", "resell", "pre"]);
    let second = s.json(&["usage", "record", "resell/acme", "3"]);
    let default = s.json(&["billing", "show", "default"]);
    let pre = s.json(&["billing", "show", "pre"]);
    assert_eq!(first["billing_account_id"], default["id"]);
    assert_eq!(second["billing_account_id"], pre["id"]);
    assert_eq!(pre["balance"], "97.00");
    let inv = s.json(&["invoice", "default", "--period", "2026-11"]);
    assert_eq!(inv["total"], "2.00");
    let inv = s.json(&["invoice", "pre", "--period", "2026-11"]);
    assert_eq!(inv["total"], "3.00");
}

#[test]
fn r09_bad_amounts_are_refused_and_nothing_changes() {
    let s = reseller();
    for (amount, msg) in [
        ("-1", "above zero"),
        ("0", "above zero"),
        ("0.00", "above zero"),
        ("abc", "not an amount"),
        ("1e3", "not an amount"),
        ("1,5", "not an amount"),
        ("0.0000001", "too precise"),
        ("99999999999999999999", "too large"),
    ] {
        let o = s.refused(&["usage", "record", "resell/acme", amount], 2);
        assert!(o.stderr.contains(msg), "{amount}: {}", o.stderr);
        let o = s.refused(&["billing", "topup", "pre", amount], 2);
        assert!(o.stderr.contains(msg), "{amount}: {}", o.stderr);
    }
}

#[test]
fn r09_a_currency_not_iso_or_not_the_billing_accounts_is_refused() {
    let s = reseller();
    let o = s.refused(
        &["usage", "record", "resell/acme", "1", "--currency", "XYZ"],
        2,
    );
    assert!(o.stderr.contains("ISO 4217"), "{}", o.stderr);
    let o = s.refused(
        &["usage", "record", "resell/acme", "1", "--currency", "USD"],
        2,
    );
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 2
    --- stderr
    error: currency USD is not the billing account's: "default" bills in EUR
    hint: amounts are written in the billing account's currency
    "#);
    s.ok(&["usage", "record", "resell/acme", "1", "--currency", "eur"]);
}

#[test]
fn r09_money_is_written_with_the_currency_minor_digits() {
    let s = Sandbox::with_prepaid("yen", "JPY", "120", "jp");
    let c = s.json(&["usage", "record", "jp", "0.0078"]);
    assert_eq!(c["amount"], "0.0078");
    assert_eq!(c["currency"], "JPY");
    assert_eq!(s.json(&["billing", "show", "yen"])["balance"], "119.9922");
    s.project("eu");
    assert_eq!(s.json(&["usage", "record", "eu", "3"])["amount"], "3.00");
}

#[test]
fn r09_no_floating_point_in_the_source() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offenders = Vec::new();
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                for (i, line) in text.lines().enumerate() {
                    let words = line.split(|c: char| !c.is_ascii_alphanumeric() && c != '_');
                    if words.clone().any(|w| w == "f32" || w == "f64") {
                        offenders.push(format!("{}:{}", p.display(), i + 1));
                    }
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "floating point in src/: {offenders:?}"
    );
}

#[test]
fn r11_prepaid_is_topped_up_and_drawn_down_and_never_overdrawn() {
    let s = reseller();
    s.project_on("pp", "pre");
    let o = s.refused(&["usage", "record", "pp", "0.01"], 6);
    assert!(o.stderr.contains("overdraw"), "{}", o.stderr);
    let t = s.json(&["billing", "topup", "pre", "5", "--idempotency-key", "t1"]);
    assert_eq!(t["balance"], "5.00");
    // A retried top-up is answered with the first; another amount under its key is refused.
    let again = s.json(&["billing", "topup", "pre", "5", "--idempotency-key", "t1"]);
    assert_eq!(again["topup"]["id"], t["topup"]["id"]);
    assert_eq!(again["balance"], "5.00");
    s.refused(
        &["billing", "topup", "pre", "6", "--idempotency-key", "t1"],
        4,
    );
    s.ok(&["usage", "record", "pp", "4.99"]);
    let o = s.refused(&["usage", "record", "pp", "0.02"], 6);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 6
    --- stderr
    error: charge blocked: 0.02 EUR would overdraw prepaid billing account "pre" (balance 0.01 EUR)
    hint: top it up with: acctl billing topup pre AMOUNT
    "#);
    s.ok(&["usage", "record", "pp", "0.01"]);
    assert_eq!(s.json(&["billing", "show", "pre"])["balance"], "0.00");
    // Postpaid accounts have no balance to top up.
    s.refused(&["billing", "topup", "default", "5"], 4);
    // The ledger: top-ups and charges, oldest first.
    let l = s.json(&["billing", "ledger", "pre"]);
    assert_eq!(column(&l, "kind"), ["topup", "charge", "charge"]);
    // R26: balance == top-ups - charges.
    let sums = s.sql().query_i64s(
        "SELECT (SELECT sum(amount) FROM topup), (SELECT sum(amount) FROM charge c JOIN billing_account b ON b.id = c.billing_account_id WHERE b.name = 'pre')",
    );
    assert_eq!(sums[0] - sums[1], 0);
}

#[test]
fn r07_balance_shows_every_billing_account_to_the_operator() {
    let s = reseller();
    s.topup("pre", "12.5");
    let b = s.json(&["balance"]);
    let rows: Vec<_> = b
        .as_array()
        .unwrap()
        .iter()
        .map(|b| format!("{} {} {}", b["name"], b["balance"], b["currency"]))
        .collect();
    assert_eq!(
        rows,
        [
            r#""default" null "EUR""#,
            r#""pre" "12.50" "EUR""#,
            r#""usd" null "USD""#
        ]
    );
}
