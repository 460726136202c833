//! `-o csv` for every list and report, and the empty environment variables that mean unset.

use crate::billing::reseller;
use crate::common::Sandbox;

/// Parse CSV output: the header and the rows.
fn parse(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

/// The header's field names are the JSON's, and each row holds the JSON element's values.
fn assert_matches_json(s: &Sandbox, args: &[&str]) {
    let mut csv_args = vec!["-o", "csv"];
    csv_args.extend_from_slice(args);
    let text = s.ok(&csv_args);
    let json = s.json(args);
    let items = match &json {
        serde_json::Value::Array(a) => a.clone(),
        one => vec![one.clone()],
    };
    if items.is_empty() {
        assert_eq!(text, "", "{args:?}: an empty list prints nothing");
        return;
    }
    let (header, rows) = parse(&text);
    let mut fields: Vec<String> = items[0].as_object().unwrap().keys().cloned().collect();
    fields.sort();
    let mut sorted = header.clone();
    sorted.sort();
    assert_eq!(sorted, fields, "{args:?}: the header is the JSON's fields");
    assert_eq!(rows.len(), items.len(), "{args:?}: one row per element");
    for (row, item) in rows.iter().zip(&items) {
        for (h, v) in header.iter().zip(row) {
            match &item[h] {
                serde_json::Value::String(s) => assert_eq!(v, s, "{args:?} {h}"),
                serde_json::Value::Null => assert_eq!(v, "", "{args:?} {h}"),
                serde_json::Value::Number(n) => assert_eq!(v, &n.to_string(), "{args:?} {h}"),
                serde_json::Value::Bool(b) => assert_eq!(v, &b.to_string(), "{args:?} {h}"),
                _ => {}
            }
        }
    }
}

/// The reseller store with a charge of 1.50 on resell/acme whose product needs quoting in CSV.
fn quoted_product() -> Sandbox {
    let s = reseller();
    let product = ["--product", "sms, \"intl\""];
    s.ok(&[&["usage", "record", "resell/acme", "1.5"][..], &product].concat());
    s
}

#[test]
fn csv_every_list_and_report_has_a_header_of_the_json_fields_and_a_row_per_element() {
    let s = quoted_product();
    s.ok(&["usage", "record", "resell", "0.25"]);
    s.user_granted("ann@example.com", "viewer", "resell");
    s.issue_key("resell/acme");
    s.resource("resell/acme", "number", "+15550100");
    for args in [
        &["project", "list"][..],
        &["subproject", "list"],
        &["billing", "list"],
        &["balance"],
        &["usage", "list"],
        &["usage", "report"],
        &["usage", "report", "--by", "project"],
        &["usage", "report", "--by", "product"],
        &["billing", "ledger", "default"],
        &["key", "list", "--all"],
        &["user", "list"],
        &["grant", "list"],
        &["resource", "list"],
        &["audit", "list"],
        &["project", "show", "resell"],
        &["subproject", "show", "resell/acme"],
        &["account", "show"],
    ] {
        assert_matches_json(&s, args);
    }
}

#[test]
fn csv_quotes_fields_as_rfc_4180_and_keeps_money_as_in_json() {
    let s = quoted_product();
    let text = s.ok(&["-o", "csv", "usage", "report"]);
    assert!(text.contains(",\"sms, \"\"intl\"\"\","), "{text}");
    assert!(text.ends_with("\r\n"), "RFC 4180 lines end in CRLF");
    let (header, rows) = parse(&text);
    let amount = header.iter().position(|h| h == "amount").unwrap();
    let currency = header.iter().position(|h| h == "currency").unwrap();
    assert_eq!(rows[0][amount], "1.50");
    assert_eq!(rows[0][currency], "EUR");
}

#[test]
fn csv_flattens_labels_into_one_sorted_cell() {
    let s = Sandbox::new();
    s.ok_line("project create web --label team=core --label env=a;b");
    let text = s.ok(&["-o", "csv", "project", "list"]);
    let (header, rows) = parse(&text);
    let labels = header.iter().position(|h| h == "labels").unwrap();
    let web = rows
        .iter()
        .find(|r| r.contains(&"web".to_string()))
        .unwrap();
    assert_eq!(web[labels], "env=a\\;b;team=core");
}

#[test]
fn csv_of_an_invoice_is_its_lines_with_their_period() {
    let s = reseller();
    s.ok(&["usage", "record", "resell/acme", "2", "--product", "sms"]);
    let text = s.ok(&["-o", "csv", "invoice", "default", "--period", "2026-11"]);
    let (header, rows) = parse(&text);
    assert_eq!(rows.len(), 1);
    let period = header.iter().position(|h| h == "period").unwrap();
    assert_eq!(rows[0][period], "2026-11");
}

#[test]
fn csv_is_chosen_by_acctl_output_and_by_the_config_file() {
    let s = reseller();
    // From the environment, then from the config file.
    let from_env = s.ok_env(&["project", "list"], &[("ACCTL_OUTPUT", "csv")]);
    s.write("config.toml", "output = \"csv\"\n");
    for text in [from_env, s.ok(&["project", "list"])] {
        assert!(text.starts_with("billing_account_id,"), "{text}");
    }
    // The flag wins over both.
    assert!(s
        .ok(&["-o", "table", "project", "list"])
        .starts_with("NAME"));
}

#[test]
fn csv_with_quiet_is_still_csv_and_a_refusal_prints_no_csv() {
    let s = reseller();
    let text = s.ok(&["-q", "-o", "csv", "project", "list"]);
    assert!(text.starts_with("billing_account_id,"), "{text}");
    let o = s.refused(&["-o", "csv", "project", "show", "nope"], 3);
    assert!(o.stdout.is_empty());
}

#[test]
fn an_empty_acctl_output_is_unset() {
    let s = reseller();
    let listed = s.ok_env(&["project", "list"], &[("ACCTL_OUTPUT", "")]);
    assert!(listed.starts_with("NAME"), "{listed}");
    // Unset falls through to the config file.
    s.write("config.toml", "output = \"json\"\n");
    let listed = s.ok_env(&["project", "list"], &[("ACCTL_OUTPUT", "")]);
    assert!(listed.starts_with('['), "{listed}");
}

#[test]
fn an_empty_acctl_config_is_unset_and_the_default_file_is_used() {
    let s = reseller();
    let o = s.run_with(&["config", "path"], |c| {
        c.env("ACCTL_CONFIG", "");
        c.env("XDG_CONFIG_HOME", s.path("xdg"));
    });
    assert_eq!(o.code, 0, "{}", o.snap());
    assert!(o.stdout.contains("acctl/config.toml"), "{}", o.stdout);
    let o = s.run_with(&["project", "list"], |c| {
        c.env("ACCTL_CONFIG", "");
        c.env("XDG_CONFIG_HOME", s.path("xdg"));
    });
    assert_eq!(o.code, 0, "{}", o.snap());
}

#[test]
fn an_unknown_output_format_is_refused_with_exit_2() {
    let s = reseller();
    s.refused(&["-o", "yaml", "project", "list"], 2);
    let before = s.fingerprint();
    let o = s.run_with(&["project", "list"], |c| {
        c.env("ACCTL_OUTPUT", "yaml");
    });
    assert_eq!(o.code, 2);
    assert_eq!(before, s.fingerprint());
}
