//! R12: concurrent charges never overspend a credit limit or overdraw a prepaid balance.
//! Many `acctl usage record` processes are started together against one store.

use crate::billing::reseller;
use crate::common::Sandbox;
use std::process::{Command, Stdio};

const PROCESSES: usize = 12;

/// Start `PROCESSES` charges of `amount` on `target` at once; returns their exit codes and stderr.
fn charge_together(s: &Sandbox, target: &str, amount: &str) -> Vec<(i32, String)> {
    let bin = assert_cmd::cargo::cargo_bin("acctl");
    let children: Vec<_> = (0..PROCESSES)
        .map(|_| {
            Command::new(&bin)
                .env_clear()
                .env("ACCTL_DB", s.db_url())
                .env("ACCTL_CONFIG", s.dir.path().join("config.toml"))
                .env("ACCTL_NOW", &s.now)
                .env("NO_COLOR", "1")
                .args(["-q", "usage", "record", target, amount])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn acctl")
        })
        .collect();
    children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().expect("wait acctl");
            (
                out.status.code().unwrap_or(-1),
                String::from_utf8_lossy(&out.stderr).into_owned(),
            )
        })
        .collect()
}

/// Every process exited 0 or 6 (blocked), none met a lock, and `expected_ok` of them succeeded;
/// returns how many did.
fn check(results: &[(i32, String)], expected_ok: usize) -> i64 {
    let ok = results.iter().filter(|(c, _)| *c == 0).count();
    for (code, err) in results {
        assert!(*code == 0 || *code == 6, "exit {code}: {err}");
        assert!(
            !err.contains("database is locked") && !err.contains("stayed locked"),
            "{err}"
        );
    }
    assert_eq!(ok, expected_ok, "{results:?}");
    ok as i64
}

/// The one row of three integers that `sql` reads from the store.
fn three(s: &Sandbox, sql: &str) -> [i64; 3] {
    let row = s.sql().query_i64s(sql);
    row.try_into()
        .unwrap_or_else(|row| panic!("{sql}: {row:?} is not three integers"))
}

#[test]
fn r12_concurrent_charges_never_pass_the_credit_limit() {
    let s = reseller();
    // 10.00 allows six charges of 1.50 (9.00), whatever the order.
    let results = charge_together(&s, "resell/acme", "1.5");
    let ok = check(&results, 6);
    let [n, sum, spent] = three(
        &s,
        "SELECT count(c.id), coalesce(sum(c.amount), 0), n.total_spent FROM node n \
         LEFT JOIN charge c ON c.node_id = n.id WHERE n.name = 'acme' GROUP BY n.total_spent",
    );
    assert_eq!(n, ok, "charges recorded == processes that exited 0");
    assert_eq!(sum, spent, "total spent == sum of charges");
    assert!(spent <= 10_000_000, "overspent: {spent}");
    assert_eq!(spent, 9_000_000);
}

#[test]
fn r12_concurrent_charges_never_overdraw_a_prepaid_balance() {
    let s = reseller();
    s.project_on("pp", "pre").topup("pre", "10");
    let results = charge_together(&s, "pp", "1.5");
    let ok = check(&results, 6);
    let [n, sum, balance] = three(
        &s,
        "SELECT (SELECT count(*) FROM charge), (SELECT coalesce(sum(amount), 0) FROM charge), \
         (SELECT balance FROM billing_account WHERE name = 'pre')",
    );
    assert_eq!(n, ok);
    assert_eq!(balance, 10_000_000 - sum, "balance == top-ups - charges");
    assert!(balance >= 0);
    assert_eq!(balance, 1_000_000);
}

/// Run `args` in `PROCESSES` acctl processes at once (through the harness, so on either
/// backend); returns their exit codes and stderr.
fn together(s: &Sandbox, args: &[&str]) -> Vec<(i32, String)> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..PROCESSES)
            .map(|_| scope.spawn(|| s.run(args)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                let o = h.join().expect("a thread running acctl");
                (o.code, o.stderr)
            })
            .collect()
    })
}

fn field(v: &serde_json::Value, k: &str) -> String {
    v[k].as_str().unwrap_or_default().to_string()
}

#[test]
fn r29_concurrent_charges_never_pass_a_monthly_limit() {
    let mut s = reseller();
    s.ok_line("subproject set-limit resell/acme 10 --period monthly");
    // October is spent up to 9.00; November starts from zero.
    s.now = "2026-10-20T09:00:00Z".into();
    s.ok(&["usage", "record", "resell/acme", "9"]);
    s.now = crate::common::NOW.into();
    let results = together(&s, &["-q", "usage", "record", "resell/acme", "1.5"]);
    check(&results, 6);
    let sub = s.json(&["subproject", "show", "resell/acme"]);
    assert_eq!(field(&sub, "spent_this_month"), "9.00");
    assert_eq!(field(&sub, "total_spent"), "18.00");
    // R30 under the same race: November's 80% alert was raised exactly once.
    let alerts = s.json(&["alert", "list"]);
    let nov: Vec<_> = alerts
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["period"] == "2026-11")
        .collect();
    assert_eq!(nov.len(), 1, "{alerts}");
    assert_eq!(nov[0]["threshold"], 80);
    assert_eq!(s.run(&["check"]).code, 0);
}

#[test]
fn r32_concurrent_transfers_never_overdraw_the_source() {
    let s = reseller();
    s.billing("pre2", "prepaid", "EUR");
    s.topup("pre", "10");
    let results = together(&s, &["-q", "billing", "transfer", "pre", "pre2", "1.5"]);
    check(&results, 6);
    assert_eq!(
        field(&s.json(&["billing", "show", "pre"]), "balance"),
        "1.00"
    );
    assert_eq!(
        field(&s.json(&["billing", "show", "pre2"]), "balance"),
        "9.00"
    );
    let ledger = s.json(&["billing", "ledger", "pre2"]);
    assert_eq!(ledger.as_array().unwrap().len(), 6);
    assert_eq!(s.run(&["check"]).code, 0);
}
