//! R10, R12, R26, R30 at scale: `usage import` streams its file through one transaction a chunk
//! of lines at a time (8,192 lines). These imports span several chunks, so that what one chunk
//! leaves the next (running totals, idempotency keys, the first refusal) is proven too.

use crate::common::Sandbox;
use crate::fixtures::str_of;
use serde_json::Value;

/// More lines than two chunks hold.
const LINES: usize = 20_000;

/// A store with project `p` on the default EUR account and subprojects `p/a` and `p/b`.
fn store() -> Sandbox {
    let s = Sandbox::new();
    s.ok(&["project", "create", "p"]);
    s.ok(&["subproject", "create", "p", "a"]);
    s.ok(&["subproject", "create", "p", "b"]);
    s
}

fn line(target: &str, amount: &str, key: Option<&str>) -> String {
    match key {
        Some(k) => format!(
            "{{\"target\":\"{target}\",\"amount\":\"{amount}\",\"idempotency_key\":\"{k}\"}}\n"
        ),
        None => format!("{{\"target\":\"{target}\",\"amount\":\"{amount}\"}}\n"),
    }
}

/// [`LINES`] lines, the `i`th made by `line_at(i)`.
fn lines_of(line_at: impl Fn(usize) -> String) -> Vec<String> {
    (0..LINES).map(line_at).collect()
}

/// Write `lines` (each ending with its newline) to `name`; its path.
fn write(s: &Sandbox, name: &str, lines: &[String]) -> String {
    s.write(name, lines.concat());
    s.path(name).to_str().unwrap().to_string()
}

#[test]
fn r26_a_refused_import_of_many_chunks_lists_every_bad_line_and_changes_nothing() {
    let s = store();
    let mut lines = lines_of(|i| line(if i % 2 == 0 { "p/a" } else { "p" }, "0.01", None));
    // Bad lines in the first, the second and the last chunk.
    lines[1] = line("p/a", "x", None);
    lines[9_000] = line("p/nobody", "1", None);
    lines[LINES - 2] = line("p/b", "-1", None);
    let file = write(&s, "bad.jsonl", &lines);
    let o = s.refused(&["usage", "import", &file], 2);
    let err = &o.stderr;
    assert!(
        err.contains(&format!(
            "import refused: 3 of {LINES} line(s) refused; nothing was imported"
        )),
        "{err}"
    );
    assert!(err.contains("line 2: "), "{err}");
    assert!(
        err.contains("line 9001: subproject \"p/nobody\" not found"),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "line {}: a charge's amount must be above zero",
            LINES - 1
        )),
        "{err}"
    );
    s.check_passes();
}

#[test]
fn r29_running_totals_cross_chunks_and_every_line_past_the_limit_is_counted() {
    let s = store();
    s.ok(&[
        "subproject",
        "set-limit",
        "p/a",
        "100",
        "--period",
        "monthly",
    ]);
    // 12,000 lines of 0.01: the 10,001st passes the 100 of the month, and so do the rest.
    let lines: Vec<String> = (0..12_000).map(|_| line("p/a", "0.01", None)).collect();
    let file = write(&s, "over.jsonl", &lines);
    let o = s.refused(&["usage", "import", &file], 6);
    let err = &o.stderr;
    assert!(
        err.contains("import refused: 2000 of 12000 line(s) refused"),
        "{err}"
    );
    assert!(
        err.contains("line 10001: charge blocked: 0.01 EUR would take p > a's spending in"),
        "{err}"
    );
    assert!(!err.contains("line 10000:"), "{err}");
    assert!(err.contains("line 10020:"), "{err}");
    assert!(!err.contains("line 10021:"), "{err}");
    assert!(err.contains("... and 1980 more line(s)"), "{err}");
    // One line fewer than the limit allows imports whole.
    let file = write(&s, "fits.jsonl", &lines[..10_000]);
    assert_eq!(s.json(&["usage", "import", &file])["imported"], 10_000);
    let a = s.json(&["subproject", "show", "p/a"]);
    assert_eq!(str_of(&a, "spent_this_month"), "100.00");
    s.check_passes();
}

#[test]
fn r10_a_key_repeated_across_chunks_is_recorded_once() {
    let s = store();
    let mut lines = lines_of(|i| line("p/a", "0.01", Some(&format!("k-{i}"))));
    // The last chunk repeats the first line's key, same target and amount: a retry.
    lines[LINES - 1] = line("p/a", "0.01", Some("k-0"));
    let file = write(&s, "dup.jsonl", &lines);
    let j = s.json(&["usage", "import", &file]);
    assert_eq!(
        (j["imported"].as_i64(), j["replayed"].as_i64()),
        (Some(LINES as i64 - 1), Some(1))
    );
    assert_eq!(
        str_of(&s.json(&["subproject", "show", "p/a"]), "total_spent"),
        "199.99"
    );

    // A new file: its last line repeats its first line's key with another amount.
    let s = store();
    let mut lines = lines_of(|i| line("p/a", "0.01", Some(&format!("n-{i}"))));
    lines[LINES - 1] = line("p/a", "0.02", Some("n-0"));
    let file = write(&s, "clash.jsonl", &lines);
    let o = s.refused(&["usage", "import", &file], 4);
    assert!(
        o.stderr.contains(&format!(
            "line {LINES}: idempotency key \"n-0\" was already used"
        )),
        "{}",
        o.stderr
    );
    // The same when an earlier line was refused, so that nothing was written by then: the
    // repeat is still found.
    lines[4] = line("p/nobody", "1", None);
    let file = write(&s, "clash2.jsonl", &lines);
    let o = s.refused(&["usage", "import", &file], 3);
    assert!(
        o.stderr.contains(&format!("2 of {LINES} line(s) refused")),
        "{}",
        o.stderr
    );
    assert!(o.stderr.contains("line 5: "), "{}", o.stderr);
    assert!(
        o.stderr.contains(&format!("line {LINES}: idempotency key")),
        "{}",
        o.stderr
    );
}

#[test]
fn r12_the_same_target_named_by_path_and_by_id_shares_one_running_total() {
    let s = store();
    s.ok(&["subproject", "set-limit", "p/a", "10"]);
    let id = s.id(&["subproject", "show", "p/a"]);
    // 6 by path, then 6 by id: 12 passes the limit of 10.
    let lines = vec![line("p/a", "6", None), line(&id, "6", None)];
    let file = write(&s, "two.jsonl", &lines);
    let o = s.refused(&["usage", "import", &file], 6);
    assert!(
        o.stderr.contains(
            "line 2: charge blocked: 6.00 EUR would take p > a's total spent above its credit limit of 10.00 EUR (4.00 EUR left)"
        ),
        "{}",
        o.stderr
    );
    // Many lines, by path and by id in turn, over more than one chunk: one total.
    let lines = lines_of(|i| line(if i % 2 == 0 { "p/a" } else { &id }, "0.0005", None));
    let file = write(&s, "both.jsonl", &lines);
    assert_eq!(s.json(&["usage", "import", &file])["imported"], LINES);
    assert_eq!(
        str_of(&s.json(&["subproject", "show", "p/a"]), "total_spent"),
        "10.00"
    );
    s.check_passes();
}

#[test]
fn r10_a_large_import_imported_again_replays_every_line() {
    let s = store();
    s.billing("pre", "prepaid", "EUR").topup("pre", "1000");
    s.ok(&["project", "create", "q", "--billing", "pre"]);
    let targets = ["p", "p/a", "p/b", "q"];
    let lines = lines_of(|i| line(targets[i % 4], "0.01", Some(&format!("r-{i}"))));
    let file = write(&s, "big.jsonl", &lines);
    let j = s.json(&["usage", "import", &file]);
    assert_eq!(
        (j["imported"].as_i64(), j["replayed"].as_i64()),
        (Some(LINES as i64), Some(0))
    );
    // 5,000 charges of 0.01 on the prepaid account: 50 of its 1000.
    assert_eq!(s.balance("pre"), "950.00");
    let charges = || s.sql().query_i64("SELECT count(*) FROM charge");
    assert_eq!(charges(), LINES as i64);
    let again = s.json(&["usage", "import", &file]);
    assert_eq!(
        (again["imported"].as_i64(), again["replayed"].as_i64()),
        (Some(0), Some(LINES as i64))
    );
    assert_eq!(charges(), LINES as i64);
    assert_eq!(s.balance("pre"), "950.00");
    s.check_passes();
}

#[test]
fn r30_alerts_from_an_import_equal_those_from_record() {
    let s = store();
    for sub in ["p/a", "p/b"] {
        s.ok(&["subproject", "set-limit", sub, "10", "--period", "monthly"]);
        s.ok(&["subproject", "set-alerts", sub, "50,80,100"]);
    }
    let amounts = ["5", "3.5", "0.5", "1"];
    // p/a by records, p/b by one import of the same charges.
    let mut recorded = Vec::new();
    for a in amounts {
        recorded.push(s.json(&["usage", "record", "p/a", a])["id"].clone());
    }
    let lines: Vec<String> = amounts.iter().map(|a| line("p/b", a, None)).collect();
    let file = write(&s, "u.jsonl", &lines);
    let j = s.json(&["usage", "import", &file]);
    assert_eq!(j["alerts"], 3);
    let imported: Vec<Value> = s
        .json(&["usage", "list", "p/b"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].clone())
        .collect();
    let alerts = s.json(&["alert", "list"]);
    let of = |sub: &str, charges: &[Value]| -> Vec<(u64, String, String, String, usize)> {
        alerts
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["display_name"] == format!("p > {sub}"))
            .map(|a| {
                let by = charges
                    .iter()
                    .position(|c| *c == a["charge_id"])
                    .unwrap_or_else(|| panic!("alert {a} names no charge of {sub}"));
                (
                    a["threshold"].as_u64().unwrap(),
                    str_of(a, "spent").to_string(),
                    str_of(a, "limit").to_string(),
                    str_of(a, "period").to_string(),
                    by,
                )
            })
            .collect()
    };
    let from_record = of("a", &recorded);
    assert_eq!(from_record.len(), 3, "{alerts}");
    // The same thresholds, spending, limits and periods, raised by the same (nth) charge.
    assert_eq!(from_record, of("b", &imported));
}

#[test]
fn r10_a_csv_header_without_its_needed_columns_or_with_unknown_ones_is_refused_with_the_columns() {
    let s = Sandbox::with_project("web");
    for (header, says) in [
        ("target,product\n", "has no \"amount\" column"),
        ("amount\n", "has no \"target\" column"),
        ("target,amount,price\n", "unknown CSV column \"price\""),
    ] {
        s.write("h.csv", format!("{header}web,1\n"));
        let o = s.refused(&["usage", "import", "h.csv"], 2);
        o.says(says);
        o.says("idempotency_key, at, currency");
    }
}
