//! Reports and usage lists for scripts and finance: names beside ids, `--limit`, the scope of
//! report rows, any range of dates and a row per day or month.

use crate::billing::reseller;
use crate::common::Sandbox;
use crate::fixtures::texts;
use serde_json::Value;

/// Record charges of product sms on `target`, each `(at, amount)` at its own time (ACCTL_NOW
/// dates records).
fn charges_at(s: &Sandbox, target: &str, charges: &[(&str, &str)]) {
    for (at, amount) in charges {
        let record = ["usage", "record", target, amount, "--product", "sms"];
        let o = s.run_with(&record, |c| {
            c.env("ACCTL_NOW", at);
        });
        assert_eq!(o.code, 0, "{}", o.snap());
    }
}

fn amounts(v: &Value) -> Vec<String> {
    texts(v, "amount")
}

#[test]
fn r13_usage_list_names_each_target_beside_its_id() {
    let s = reseller();
    s.ok(&["usage", "record", "resell/acme", "1"]);
    s.ok(&["usage", "record", "resell", "2"]);
    let l = s.json(&["usage", "list"]);
    assert_eq!(l[0]["target_name"], "resell > acme");
    assert_eq!(l[1]["target_name"], "resell");
    let table = s.ok(&["usage", "list"]);
    assert!(table.contains("resell > acme"), "{table}");
    // A renamed target shows its name of now; a deleted one keeps its name.
    s.ok(&["subproject", "rename", "resell/acme", "acme2"]);
    assert_eq!(
        s.json(&["usage", "list"])[0]["target_name"],
        "resell > acme2"
    );
    // `usage record` says the name too.
    let c = s.json(&["usage", "record", "resell", "1"]);
    assert_eq!(c["target_name"], "resell");
}

#[test]
fn r13_the_ledger_names_each_charges_target() {
    let s = reseller();
    s.ok(&["usage", "record", "resell/acme", "1"]);
    let l = s.json(&["billing", "ledger", "default"]);
    let charge = l
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "charge")
        .unwrap();
    assert_eq!(charge["target_name"], "resell > acme");
    assert!(s
        .ok(&["billing", "ledger", "default"])
        .contains("resell > acme"));
}

#[test]
fn r13_usage_list_limit_keeps_the_newest_n_oldest_first() {
    let s = reseller();
    charges_at(
        &s,
        "resell",
        &[
            ("2026-11-01T00:00:00Z", "1"),
            ("2026-11-02T00:00:00Z", "2"),
            ("2026-11-03T00:00:00Z", "3"),
        ],
    );
    let l = s.json(&["usage", "list", "--limit", "2"]);
    assert_eq!(amounts(&l), ["2.00", "3.00"]);
    assert_eq!(
        s.json(&["usage", "list", "--limit", "10"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    for bad in ["0", "-1", "x"] {
        s.refused(&["usage", "list", "--limit", bad], 2);
    }
}

#[test]
fn r13_report_by_project_covers_the_whole_project_with_scope_project() {
    let s = reseller();
    s.ok(&["usage", "record", "resell/acme", "1", "--product", "sms"]);
    s.ok(&["usage", "record", "resell", "2", "--product", "voice"]);
    let rows = s.json(&["usage", "report", "--by", "project"]);
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["scope"], "project");
    assert_eq!(rows[0]["amount"], "3.00");
    assert_eq!(rows[0]["subproject_id"], Value::Null);
    let table = s.ok(&["usage", "report", "--by", "project"]);
    assert!(
        table.contains("project ") && table.contains("(all)"),
        "{table}"
    );
    let rows = s.json(&["usage", "report", "--by", "subproject"]);
    let scopes: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["scope"].as_str().unwrap())
        .collect();
    assert_eq!(scopes, ["project_own", "subproject"]);
    assert_eq!(rows[0]["subproject_id"], Value::Null);
    assert_eq!(rows[0]["amount"], "2.00");
    assert!(rows[1]["subproject_id"].is_string());
    let table = s.ok(&["usage", "report"]);
    assert!(
        table.contains("project_own") && table.contains("(project's own)"),
        "{table}"
    );
    let rows = s.json(&["usage", "report", "--by", "product"]);
    assert_eq!(rows[0]["scope"], "billing_account");
    // Invoice lines carry the scope too.
    let inv = s.json(&["invoice", "default", "--period", "2026-11"]);
    assert_eq!(inv["lines"][0]["scope"], "project_own");
}

#[test]
fn r13_from_is_inclusive_and_to_exclusive_in_utc() {
    let s = reseller();
    charges_at(
        &s,
        "resell",
        &[
            ("2026-10-31T23:59:59Z", "1"),
            ("2026-11-01T00:00:00Z", "2"),
            ("2026-11-14T23:59:59Z", "4"),
            ("2026-11-15T00:00:00Z", "8"),
        ],
    );
    let span = ["--from", "2026-11-01", "--to", "2026-11-15"];
    let mut args = vec!["usage", "list"];
    args.extend(span);
    assert_eq!(amounts(&s.json(&args)), ["2.00", "4.00"]);
    let mut args = vec!["usage", "report"];
    args.extend(span);
    assert_eq!(amounts(&s.json(&args)), ["6.00"]);
    // Open at either end.
    assert_eq!(
        amounts(&s.json(&["usage", "report", "--from", "2026-11-15"])),
        ["8.00"]
    );
    assert_eq!(
        amounts(&s.json(&["usage", "report", "--to", "2026-11-01"])),
        ["1.00"]
    );
    // --period is the month.
    assert_eq!(
        amounts(&s.json(&["usage", "report", "--period", "2026-11"])),
        ["14.00"]
    );
}

#[test]
fn r13_bad_or_empty_date_ranges_are_refused_with_exit_2() {
    let s = reseller();
    s.ok(&["usage", "record", "resell", "1"]);
    for cmd in [["usage", "report"], ["usage", "list"]] {
        for bad in [
            &["--from", "2026-11-31"][..],
            &["--from", "2026-11-1"],
            &["--to", "11/01/2026"],
            &["--from", "2026-11-02", "--to", "2026-11-02"],
            &["--from", "2026-11-03", "--to", "2026-11-02"],
            &["--period", "2026-11", "--from", "2026-11-01"],
        ] {
            let mut args = cmd.to_vec();
            args.extend_from_slice(bad);
            s.refused(&args, 2);
        }
    }
    s.refused(&["usage", "report", "--granularity", "week"], 2);
}

#[test]
fn r13_granularity_gives_a_row_per_period_with_a_period_column() {
    let s = reseller();
    charges_at(
        &s,
        "resell/acme",
        &[
            ("2026-10-31T23:59:59Z", "1"),
            ("2026-11-01T00:00:00Z", "2"),
            ("2026-11-01T12:00:00Z", "4"),
        ],
    );
    charges_at(&s, "resell", &[("2026-11-02T00:00:00Z", "8")]);
    let days = s.json(&["usage", "report", "--granularity", "day"]);
    let got: Vec<(String, String, String)> = days
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["period"].as_str().unwrap().to_string(),
                r["scope"].as_str().unwrap().to_string(),
                r["amount"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("2026-10-31".into(), "subproject".into(), "1.00".into()),
            ("2026-11-01".into(), "subproject".into(), "6.00".into()),
            ("2026-11-02".into(), "project_own".into(), "8.00".into()),
        ]
    );
    let months = s.json_line("usage report --granularity month --by project");
    let got: Vec<(&str, &str)> = months
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["period"].as_str().unwrap(), r["amount"].as_str().unwrap()))
        .collect();
    assert_eq!(got, [("2026-10", "1.00"), ("2026-11", "14.00")]);
    // With a range, periods are cut to it.
    let cut = s.json_line("usage report --granularity month --from 2026-11-02");
    assert_eq!(amounts(&cut), ["8.00"]);
    // none (the default) has no period field.
    let none = s.json(&["usage", "report", "--granularity", "none"]);
    assert!(none[0].get("period").is_none());
    let table = s.ok(&["usage", "report", "--granularity", "day"]);
    assert!(table.starts_with("PERIOD"), "{table}");
    let csv = s.ok(&["-o", "csv", "usage", "report", "--granularity", "month"]);
    assert!(csv.lines().next().unwrap().contains("period"), "{csv}");
}

#[test]
fn r13_a_key_reports_only_its_reach_over_any_range() {
    let s = reseller();
    s.project("other");
    s.ok(&["usage", "record", "resell/acme", "1"]);
    s.ok(&["usage", "record", "other", "2"]);
    let (_, secret) = s.issue_key("resell");
    for line in [
        "usage report --from 2026-01-01 --granularity day",
        "usage list --limit 5",
    ] {
        assert_eq!(amounts(&s.json_key(&secret, line)), ["1.00"], "{line}");
    }
}

#[test]
fn r13_a_store_from_before_the_monthly_sums_is_upgraded_with_them() {
    let s = reseller();
    charges_at(
        &s,
        "resell/acme",
        &[
            ("2026-09-30T23:59:59Z", "1.50"),
            ("2026-10-01T00:00:00Z", "2"),
            ("2026-10-20T12:00:00Z", "3"),
        ],
    );
    charges_at(&s, "resell", &[("2026-10-05T00:00:00Z", "4")]);
    let report = ["usage", "report", "--granularity", "month"];
    let before = s.ok(&report);
    // The store as the release before the monthly sums left it (schema version 3).
    let version = if s.sqlite() {
        "PRAGMA user_version = 3"
    } else {
        "UPDATE acctl_meta SET schema_version = 3"
    };
    s.undo_schema_4(version);
    // The next command brings the schema up to date, summing the charges it holds.
    assert_eq!(s.ok(&report), before);
    assert!(
        before.contains("2026-09") && before.contains("2026-10"),
        "{before}"
    );
    s.check_passes();
    let month = |p: &str| amounts(&s.json(&["usage", "report", "--period", p]));
    assert_eq!(month("2026-09"), ["1.50"]);
    assert_eq!(month("2026-10"), ["4.00", "5.00"]);
    // And what is recorded after adds to those sums.
    charges_at(&s, "resell/acme", &[("2026-10-21T00:00:00Z", "0.50")]);
    let oct = s.json(&[
        "usage",
        "report",
        "--period",
        "2026-10",
        "--by",
        "subproject",
    ]);
    assert_eq!(amounts(&oct), ["4.00", "5.50"]);
    s.check_passes();
}
