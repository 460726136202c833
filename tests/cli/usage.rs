//! R10, R12, R13 and imports: charges, credit limits, reports and invoices.

use crate::billing::reseller;
use crate::common::Sandbox;
use crate::fixtures::{argv, assert_says, charge_line, has_fields};

fn spent(s: &Sandbox, sub: &str) -> serde_json::Value {
    s.json(&["subproject", "show", sub])["total_spent"].clone()
}

#[test]
fn r10_a_charge_has_the_pinned_fields_and_lands_on_the_parents_billing_account() {
    let s = reseller();
    let c =
        s.json_line("usage record resell/acme 1.5 --product sms --quantity 3 --idempotency-key k1");
    has_fields(&c, "id target_id billing_account_id product quantity amount currency created_at idempotency_key");
    assert_eq!(c["amount"], "1.50");
    assert_eq!(c["quantity"], 3);
    let project = s.json(&["project", "show", "resell"]);
    assert_eq!(c["billing_account_id"], project["billing_account_id"]);
    assert_eq!(c["created_at"], "2026-11-23T09:00:00Z");
    let o = s.run(&["usage", "record", "resell/acme", "0.25"]);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 0
    --- stdout
    recorded charge [uuid] of 0.25 EUR on resell > acme; spent 1.75 of 10.00 EUR
    ");
}

#[test]
fn r10_a_retry_with_the_same_key_returns_the_first_result() {
    let s = reseller();
    let first = s.json_line("usage record resell/acme 2 --idempotency-key abc");
    let again = s.json_line("usage record resell/acme 2 --idempotency-key abc");
    assert_eq!(first["id"], again["id"]);
    assert_eq!(again["replayed"], true);
    assert_eq!(spent(&s, "resell/acme"), "2.00");
    let o = s.refused(&argv("usage record resell/acme 3 --idempotency-key abc"), 4);
    assert!(o.stderr.contains("already used"), "{}", o.stderr);
    s.refused(
        &["usage", "record", "resell", "2", "--idempotency-key", "abc"],
        4,
    );
}

#[test]
fn r10_a_refused_charge_records_nothing_so_its_retry_is_judged_afresh() {
    let s = reseller();
    s.ok(&["usage", "record", "resell/acme", "9"]);
    s.refused(&argv("usage record resell/acme 2 --idempotency-key r"), 6);
    s.ok(&["subproject", "set-limit", "resell/acme", "20"]);
    s.ok_line("usage record resell/acme 2 --idempotency-key r");
    assert_eq!(spent(&s, "resell/acme"), "11.00");
}

#[test]
fn r10_charges_against_deleted_or_suspended_subprojects_are_refused() {
    let s = reseller();
    s.subproject("resell/gone");
    let id = s.id(&["subproject", "show", "resell/gone"]);
    s.ok(&["subproject", "delete", &id]);
    let o = s.refused(&["usage", "record", &id, "1"], 4);
    assert!(o.stderr.contains("is deleted"), "{}", o.stderr);
    s.ok(&["subproject", "suspend", "resell/acme"]);
    let o = s.refused(&["usage", "record", "resell/acme", "1"], 6);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 6
    --- stderr
    error: charge blocked: subproject resell > acme is suspended
    hint: resume it with: acctl subproject resume resell/acme
    ");
    s.refused(&["usage", "record", "resell/nobody", "1"], 3);
}

#[test]
fn r12_charge_over_limit_is_refused_and_nothing_changes() {
    let s = reseller();
    s.ok(&["usage", "record", "resell/acme", "6"]);
    let o = s.refused(&["usage", "record", "resell/acme", "4.01"], 6);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 6
    --- stderr
    error: charge blocked: 4.01 EUR would take resell > acme's total spent above its credit limit of 10.00 EUR (4.00 EUR left)
    hint: raise the limit with: acctl subproject set-limit resell/acme AMOUNT
    ");
    // Exactly up to the limit is allowed.
    s.ok(&["usage", "record", "resell/acme", "4"]);
    let sub = s.json(&["subproject", "show", "resell/acme"]);
    assert_eq!(sub["total_spent"], "10.00");
    assert_eq!(sub["remaining"], "0.00");
    s.refused(&["usage", "record", "resell/acme", "0.000001"], 6);
}

#[test]
fn r12_set_limit_below_spent_warns_and_blocks_further_charges() {
    let s = reseller();
    s.ok(&["usage", "record", "resell/acme", "5"]);
    let o = s.run(&["subproject", "set-limit", "resell/acme", "3"]);
    assert_eq!(o.code, 0);
    assert!(
        o.stderr.contains(
            "warning: the limit is below what resell > acme has already spent (5.00 EUR)"
        ),
        "{}",
        o.stderr
    );
    s.refused(&["usage", "record", "resell/acme", "0.01"], 6);
    let sub = s.json(&["subproject", "set-limit", "resell/acme", "none"]);
    assert_eq!(sub["credit_limit"], serde_json::Value::Null);
    s.ok(&["usage", "record", "resell/acme", "100"]);
    s.refused(&["subproject", "set-limit", "resell/acme", "-1"], 2);
    s.refused(&["subproject", "set-limit", "resell/acme", "lots"], 2);
    s.refused(&["subproject", "set-limit", "resell/nobody", "1"], 3);
    // Projects have no credit limit.
    s.ok(&["usage", "record", "resell", "1000"]);
}

#[test]
fn r13_reports_and_invoices_break_usage_down_by_project_subproject_and_product() {
    let s = reseller();
    s.subproject("resell/beta");
    s.ok_line("usage record resell/acme 1 --product sms --quantity 2");
    s.ok_line("usage record resell/acme 2 --product sms --quantity 3");
    s.ok_line("usage record resell/acme 0.5 --product voice");
    s.ok(&["usage", "record", "resell/beta", "4", "--product", "sms"]);
    s.ok(&["usage", "record", "resell", "0.25", "--product", "sms"]);
    let o = s.run(&["usage", "report", "--period", "2026-11"]);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 0
    --- stdout
    SCOPE        BILLING  PROJECT  SUBPROJECT       PRODUCT  QUANTITY  AMOUNT  CURRENCY  CHARGES
    project_own  default  resell   (project's own)  sms             0    0.25  EUR             1
    subproject   default  resell   acme             sms             5    3.00  EUR             2
    subproject   default  resell   acme             voice           0    0.50  EUR             1
    subproject   default  resell   beta             sms             0    4.00  EUR             1
    ");
    let rows = s.json(&["usage", "report"]);
    let r = &rows[1];
    has_fields(
        r,
        "billing_account_id project_id subproject_id product quantity amount currency charges",
    );
    assert_eq!(rows[0]["subproject_id"], serde_json::Value::Null);
    let by_project = s.json(&["usage", "report", "--by", "project"]);
    assert_eq!(by_project.as_array().unwrap().len(), 1);
    assert_eq!(by_project[0]["amount"], "7.75");
    let by_product = s.json(&["usage", "report", "--by", "product"]);
    assert_eq!(by_product[0]["product"], "sms");
    assert_eq!(by_product[0]["amount"], "7.25");
    // Another month holds nothing.
    assert_eq!(
        s.json(&["usage", "report", "--period", "2026-10"]),
        serde_json::json!([])
    );
    // A deleted subproject's usage stays on the invoice, marked.
    s.ok(&["subproject", "delete", "resell/beta"]);
    let inv = s.json(&["invoice", "default", "--period", "2026-11"]);
    assert_eq!(inv["total"], "7.75");
    assert_eq!(inv["currency"], "EUR");
    assert_eq!(inv["period"], "2026-11");
    let beta = inv["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["subproject_name"] == "beta")
        .unwrap();
    assert_eq!(beta["subproject_deleted"], true);
    let o = s.run(&["invoice", "default", "--period", "2026-11"]);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 0
    --- stdout
    Invoice 2026-11 for billing account "default" (EUR)

    PROJECT  SUBPROJECT       PRODUCT  QUANTITY  AMOUNT
    resell   (project's own)  sms             0    0.25
    resell   acme             sms             5    3.00
    resell   acme             voice           0    0.50
    resell   beta (deleted)   sms             0    4.00

    total: 7.75 EUR
    "#);
}

#[test]
fn r13_periods_must_be_yyyy_mm() {
    let s = reseller();
    for bad in [
        "2026-13", "2026-1", "26-11", "2026/11", "november", "2026-00",
    ] {
        let o = s.refused(&["usage", "report", "--period", bad], 2);
        assert!(o.stderr.contains("YYYY-MM"), "{}", o.stderr);
        s.refused(&["invoice", "default", "--period", bad], 2);
        s.refused(&["usage", "list", "--period", bad], 2);
        s.refused(&["billing", "ledger", "default", "--period", bad], 2);
    }
}

#[test]
fn r10_usage_list_shows_charges_of_a_target_and_a_period() {
    let s = reseller();
    s.ok(&["usage", "record", "resell/acme", "1"]);
    s.ok(&["usage", "record", "resell", "2"]);
    assert_eq!(s.json(&["usage", "list"]).as_array().unwrap().len(), 2);
    let l = s.json(&["usage", "list", "resell/acme", "--period", "2026-11"]);
    assert_eq!(l.as_array().unwrap().len(), 1);
    assert_eq!(l[0]["amount"], "1.00");
}

// --- import -----------------------------------------------------------------------------------

#[test]
fn r10_import_jsonl_and_csv_all_lines_with_their_own_times_and_one_audit_entry() {
    let s = reseller();
    s.write("u.jsonl", concat!(
            r#"{"target":"resell/acme","amount":"1.25","product":"sms","quantity":2,"at":"2026-10-05T10:00:00Z"}"#, "\n",
            "\n",
            r#"{"target":"resell","amount":3,"idempotency_key":"i1"}"#, "\n",
        ));
    s.write(
        "u.csv",
        "target,amount,product,at\nresell/acme,0.75,voice,2026-09-01T00:00:00Z\nresell/acme,1,,\n",
    );
    let audit_before = s.audit_count();
    let o = s.run(&["usage", "import", "u.jsonl"]);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 0
    --- stdout
    imported 2 charge(s) from u.jsonl (4.25 EUR)
    ");
    let j = s.json(&["usage", "import", "u.csv"]);
    assert_eq!(j["imported"], 2);
    let audit_after = s.audit_count();
    assert_eq!(audit_after - audit_before, 2, "one audit entry per import");
    assert_eq!(spent(&s, "resell/acme"), "3.00");
    let oct = s.json(&["usage", "list", "--period", "2026-10"]);
    assert_eq!(oct[0]["amount"], "1.25");
    // Re-importing a line with a recorded idempotency key skips it.
    s.write(
        "again.jsonl",
        r#"{"target":"resell","amount":"3","idempotency_key":"i1"}"#,
    );
    let j = s.json(&["usage", "import", "again.jsonl"]);
    assert_eq!(j["imported"], 0);
    assert_eq!(j["replayed"], 1);
    // Standard input.
    let o = s.run_with(&["-o", "json", "usage", "import", "-"], |c| {
        c.write_stdin("{\"target\":\"resell\",\"amount\":\"1\"}\n");
    });
    assert_eq!(o.code, 0, "{}", o.snap());
}

#[test]
fn r12_import_is_all_or_nothing_and_lists_every_refused_line() {
    let s = reseller();
    s.project_on("pp", "pre");
    s.topup("pre", "1");
    s.write(
        "bad.jsonl",
        concat!(
            r#"{"target":"resell/acme","amount":"6"}"#,
            "\n",
            r#"{"target":"resell/acme","amount":"5"}"#,
            "\n",
            r#"{"target":"resell/nobody","amount":"1"}"#,
            "\n",
            r#"{"target":"pp","amount":"0.6"}"#,
            "\n",
            r#"{"target":"pp","amount":"0.6"}"#,
            "\n",
            r#"{"target":"resell","amount":"1","currency":"USD"}"#,
            "\n",
            r#"{"target":"resell","amount":"-1"}"#,
            "\n",
            r#"{"target":"resell","amount":"1","at":"yesterday"}"#,
            "\n",
        ),
    );
    let o = s.refused(&["usage", "import", "bad.jsonl"], 6);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 6
    --- stderr
    error: import refused: 6 of 8 line(s) refused; nothing was imported
      line 2: charge blocked: 5.00 EUR would take resell > acme's total spent above its credit limit of 10.00 EUR (4.00 EUR left)
        hint: raise the limit with: acctl subproject set-limit resell/acme AMOUNT
      line 3: subproject "resell/nobody" not found
        hint: list them with: acctl subproject list resell
      line 5: charge blocked: 0.60 EUR would overdraw prepaid billing account "pre" (balance 0.40 EUR)
        hint: top it up with: acctl billing topup pre AMOUNT
      line 6: currency USD is not the billing account's: "default" bills in EUR
        hint: amounts are written in the billing account's currency
      line 7: a charge's amount must be above zero, got -1
      line 8: "at" is not an RFC 3339 time: "yesterday"
        hint: write it like 2026-11-23T09:00:00Z
    hint: fix the lines listed and import the whole file again
    "#);
}

#[test]
fn r10_malformed_lines_are_listed_in_order_among_the_other_refused_lines() {
    let s = reseller();
    // One run lists every offending line, malformed or not (CLI.md), in line order.
    s.write(
        "mix.jsonl",
        "{\"target\":\"resell/acme\",\"amount\":\"1\",\"quantity\":1.5}\n\
         {\"target\":\"resell/acme\",\"amount\":1.5}\n\
         {\"target\":\"nope\",\"amount\":\"1\"}\n\
         {\"target\":\"resell/acme\",\"amount\":\"1\"}\n",
    );
    let o = s.refused(&["usage", "import", "mix.jsonl"], 2);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 2
    --- stderr
    error: import refused: 3 of 4 line(s) refused; nothing was imported
      line 1: "1.5" is not a quantity (a whole number of units)
        hint: a quantity is a whole number from 0 to 1000000000
      line 2: malformed JSON line: invalid type: floating point `1.5`, expected an amount: a string like "12.50", or a whole number
      line 3: project "nope" not found
        hint: list them with: acctl project list
    hint: fix the lines listed and import the whole file again
    "#);
    // A JSON line that is not UTF-8 text is refused by its number, not as a line too long,
    // and the lines after it are still checked.
    s.write(
        "bad.jsonl",
        b"{\"target\":\"resell/acme\",\"amount\":\"\xff\"}\n{\"target\":\"nope\",\"amount\":\"1\"}\n",
    );
    let o = s.refused(&["usage", "import", "bad.jsonl"], 2);
    o.says("line 1: malformed JSON line: it is not UTF-8 text");
    o.says("line 2: project \"nope\" not found");
    s.write(
        "mix.csv",
        b"target,amount\nresell/acme,1,extra\nnope,1\nresell/acme,x\nresell/acme,\xff\n",
    );
    let o = s.refused(&["usage", "import", "mix.csv"], 2);
    insta::assert_snapshot!(o.snap(), @r#"
    exit: 2
    --- stderr
    error: import refused: 4 of 4 line(s) refused; nothing was imported
      line 2: malformed CSV line: 3 field(s), the header has 2
      line 3: project "nope" not found
        hint: list them with: acctl project list
      line 4: "x" is not an amount
        hint: write amounts as plain decimals, like 12.50 or 0.0078
      line 5: malformed CSV line: field 2 is not UTF-8 text
    hint: fix the lines listed and import the whole file again
    "#);
}

#[test]
fn r10_refused_lines_are_listed_in_order_across_chunks_and_the_first_sets_the_exit_code() {
    let s = reseller();
    // Past the first chunk of 8,192 lines: an unknown target on line 2 (exit 3, not found),
    // a malformed line in the second chunk, a bad amount on the last line.
    let mut lines: Vec<String> = (1..=8_300)
        .map(|_| "{\"target\":\"resell\",\"amount\":\"0.01\"}".to_string())
        .collect();
    lines[1] = "{\"target\":\"nope\",\"amount\":\"0.01\"}".into();
    lines[8_194] = "not json".into();
    lines[8_299] = "{\"target\":\"resell\",\"amount\":\"x\"}".into();
    s.write_lines("big.jsonl", &lines);
    let o = s.refused(&["usage", "import", "big.jsonl"], 3);
    let listed: Vec<&str> = o
        .stderr
        .lines()
        .filter(|l| l.starts_with("  line "))
        .map(|l| l.split(':').next().unwrap_or(""))
        .collect();
    assert_eq!(
        listed,
        ["  line 2", "  line 8195", "  line 8300"],
        "{}",
        o.snap()
    );
    o.says("import refused: 3 of 8300 line(s) refused; nothing was imported");
}

#[test]
fn r10_a_malformed_import_line_is_refused_with_its_number() {
    let s = reseller();
    s.write("m.jsonl", "{\"target\":\"resell\",\"amount\":\"1\"}\n{\"target\":\"resell\",\"amount\":1.5}\nnot json\n");
    let o = s.refused(&["usage", "import", "m.jsonl"], 2);
    // A fractional JSON number is refused in words a person can act on, not serde's.
    assert_says(
        &o.stderr,
        "line 2: malformed JSON line: invalid type: floating point `1.5`, expected an amount: a \
         string like \"12.50\", or a whole number",
    );
    assert_says(&o.stderr, "line 3: malformed JSON line");
    assert!(!o.stderr.contains("untagged"), "{}", o.stderr);
    s.write("m.csv", "target,amount\nresell,1\nresell,1,extra\n");
    let o = s.refused(&["usage", "import", "m.csv"], 2);
    assert_says(&o.stderr, "line 3: malformed CSV line");
    s.write("m.txt", "");
    s.refused(&["usage", "import", "m.txt"], 2);
    s.refused(&["usage", "import", "missing.jsonl"], 3);
    // Many bad lines: the first 20 are listed, then a count.
    let many: String = (0..30)
        .map(|_| "{\"target\":\"resell\",\"amount\":\"x\"}\n")
        .collect();
    s.write("many.jsonl", many);
    let o = s.refused(&["usage", "import", "many.jsonl"], 2);
    assert!(o.stderr.contains("line 20:"), "{}", o.stderr);
    assert!(!o.stderr.contains("line 21:"), "{}", o.stderr);
    assert!(o.stderr.contains("... and 10 more line(s)"), "{}", o.stderr);
}

#[test]
fn r26_total_spent_equals_the_sum_of_charges_after_records_and_imports() {
    let s = reseller();
    s.ok(&["usage", "record", "resell/acme", "1.1"]);
    s.ok(&["usage", "record", "resell", "2.2"]);
    s.write(
        "u.jsonl",
        "{\"target\":\"resell/acme\",\"amount\":\"0.000001\"}\n",
    );
    s.ok(&["usage", "import", "u.jsonl"]);
    let bad = s.sql().query_i64(
        "SELECT count(*) FROM node n WHERE total_spent <> (SELECT coalesce(sum(amount), 0) FROM charge WHERE node_id = n.id)",
    );
    assert_eq!(bad, 0);
}

#[test]
fn r13_report_filters_by_billing_account_and_each_charge_is_audited() {
    let s = reseller();
    s.topup("pre", "10").project_on("pp", "pre");
    let id = s.id(&["usage", "record", "pp", "1"]);
    assert_eq!(id.len(), 36, "-q prints the charge id: {id}");
    s.ok(&["usage", "record", "resell/acme", "2"]);
    let rows = s.json(&["usage", "report", "--billing", "pre"]);
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["amount"], "1.00");
    s.refused(&["usage", "report", "--billing", "nope"], 3);
    let n = s
        .sql()
        .query_i64("SELECT count(*) FROM audit WHERE action = 'usage.record'");
    assert_eq!(n, 2);
}

#[test]
fn r10_reimporting_a_large_keyed_file_skips_every_line() {
    let s = reseller();
    // Over a thousand keys: the store's keys are found by one ordered walk of the index.
    let text: String = (0..1500)
        .map(|i| {
            format!("{{\"target\":\"resell\",\"amount\":\"0.01\",\"idempotency_key\":\"k-{i}\"}}\n")
        })
        .collect();
    s.write("big.jsonl", &text);
    assert_eq!(s.json(&["usage", "import", "big.jsonl"])["imported"], 1500);
    let again = s.json(&["usage", "import", "big.jsonl"]);
    assert_eq!(again["imported"], 0);
    assert_eq!(again["replayed"], 1500);
    // One changed amount under a recorded key refuses the whole file.
    let changed = text.replace(
        "\"amount\":\"0.01\",\"idempotency_key\":\"k-777\"",
        "\"amount\":\"0.02\",\"idempotency_key\":\"k-777\"",
    );
    s.write("changed.jsonl", changed);
    let o = s.refused(&["usage", "import", "changed.jsonl"], 4);
    assert_says(&o.stderr, "line 778: idempotency key \"k-777\"");
    assert_eq!(
        s.json(&["project", "show", "resell"])["id"]
            .as_str()
            .map(str::len),
        Some(36)
    );
}

#[test]
fn r10_a_key_repeated_within_one_import_is_recorded_once() {
    let s = reseller();
    let keyed = |amount| charge_line("resell", amount, &[("idempotency_key", "d")]);
    s.write_lines("dup.jsonl", &[keyed("1"), keyed("1")]);
    let j = s.json(&["usage", "import", "dup.jsonl"]);
    assert_eq!(
        (j["imported"].as_i64(), j["replayed"].as_i64()),
        (Some(1), Some(1))
    );
    let keyed = |amount| charge_line("resell", amount, &[("idempotency_key", "e")]);
    s.write_lines("clash.jsonl", &[keyed("1"), keyed("2")]);
    let o = s.refused(&["usage", "import", "clash.jsonl"], 4);
    assert_says(&o.stderr, "line 2: idempotency key \"e\"");
}

#[test]
fn r10_a_keyed_retry_on_a_suspended_subproject_is_answered_alike_by_record_and_import() {
    let s = Sandbox::with_subproject("prod/acme", None);
    let key = ["--idempotency-key", "k-1"];
    s.ok(&[&["usage", "record", "prod/acme", "2"][..], &key].concat());
    s.write(
        "again.csv",
        "target,amount,idempotency_key\nprod/acme,2,k-2\n",
    );
    s.ok(&["usage", "import", "again.csv"]);
    s.ok(&["subproject", "suspend", "prod/acme"]);
    // A retry of a charge the subproject took is answered with the first result (R10), by the
    // command and by a re-run import alike; a new charge is still blocked.
    let before = s.fingerprint();
    let r = s.json(&[&["usage", "record", "prod/acme", "2"][..], &key].concat());
    assert_eq!(r["replayed"], true, "{r}");
    assert_eq!(before, s.fingerprint(), "a replay changed the store");
    let o = s.run(&["usage", "import", "again.csv"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    let charges = s.sql().query_i64("SELECT count(*) FROM charge");
    assert_eq!(charges, 2, "a replayed import line was charged again");
    s.refused(&["usage", "record", "prod/acme", "2"], 6);
    s.write(
        "new.csv",
        "target,amount,idempotency_key\nprod/acme,2,k-3\n",
    );
    let o = s.refused(&["usage", "import", "new.csv"], 6);
    o.says("is suspended");
    // A key reused for another amount is refused alike, naming the first charge.
    let o = s.refused(
        &[
            "usage",
            "record",
            "prod/acme",
            "3",
            "--idempotency-key",
            "k-2",
        ],
        4,
    );
    o.says("already used for a charge of 2.00 EUR");
    s.write(
        "other.csv",
        "target,amount,idempotency_key\nprod/acme,3,k-1\n",
    );
    let o = s.refused(&["usage", "import", "other.csv"], 4);
    o.says("already used for a charge of 2.00 EUR");
}
