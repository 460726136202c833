//! R13 at scale: the usage report sums whole months from the store's monthly sums and the rest
//! charge by charge, and names the charged nodes in bulk. These tests hold its rows to sums computed here, charge by
//! charge, across month boundaries, granularities, groupings, billing accounts and spans, and
//! on enough charged nodes that the report names them by one scan of every node.

use crate::common::Sandbox;
use crate::fixtures::Lcg;
use serde_json::Value;
use std::collections::BTreeMap;

/// One charge as the test imports it.
struct Charge {
    /// RFC 3339, `2026-MM-DDTHH:MM:SSZ`: strings of one shape compare as times do.
    at: String,
    billing: String,
    project: &'static str,
    sub: Option<&'static str>,
    product: Option<&'static str>,
    quantity: Option<i64>,
    cents: i64,
}

/// A row of the report, as the test compares them.
#[derive(Debug, PartialEq, Eq)]
struct Row {
    period: Option<String>,
    scope: String,
    billing: String,
    project: Option<String>,
    sub: Option<String>,
    sub_deleted: bool,
    product: Option<String>,
    quantity: i64,
    amount: String,
    charges: i64,
}

const TARGETS: [(&str, Option<&str>); 7] = [
    ("Zeta", None),
    ("Zeta", Some("x")),
    ("Zeta", Some("B")),
    ("alpha", Some("a")),
    ("alpha", None),
    ("Beta", Some("c")),
    ("Beta", Some("D")),
];
const PRODUCTS: [Option<&str>; 4] = [Some("sms"), Some("voice"), Some("Voice"), None];

/// `n` charges over January to April 2026, a tenth of them on the last and first second of a
/// month, billed to `billing` (alpha's to `alpha_billing`).
fn charges(rng: &mut Lcg, n: usize, billing: &str, alpha_billing: &str) -> Vec<Charge> {
    (0..n)
        .map(|_| {
            let (project, sub) = TARGETS[rng.below(TARGETS.len() as u64) as usize];
            let month = 1 + rng.below(4);
            let at = match rng.below(10) {
                0 => format!("2026-{month:02}-01T00:00:00Z"),
                1 => {
                    let last = [31, 28, 31, 30][month as usize - 1];
                    format!("2026-{month:02}-{last}T23:59:59Z")
                }
                _ => format!(
                    "2026-{month:02}-{:02}T{:02}:{:02}:{:02}Z",
                    1 + rng.below(28),
                    rng.below(24),
                    rng.below(60),
                    rng.below(60)
                ),
            };
            Charge {
                at,
                billing: if project == "alpha" {
                    alpha_billing.to_string()
                } else {
                    billing.to_string()
                },
                project,
                sub,
                product: PRODUCTS[rng.below(PRODUCTS.len() as u64) as usize],
                quantity: (rng.below(3) > 0).then(|| rng.below(1000) as i64),
                cents: 1 + rng.below(99_999) as i64,
            }
        })
        .collect()
}

fn import(s: &Sandbox, name: &str, charges: &[Charge]) {
    let mut lines = String::new();
    for c in charges {
        let mut line = serde_json::json!({
            "target": match c.sub {
                Some(sub) => format!("{}/{sub}", c.project),
                None => c.project.to_string(),
            },
            "amount": format!("{}.{:02}", c.cents / 100, c.cents % 100),
            "at": c.at,
        });
        if let Some(p) = c.product {
            line["product"] = p.into();
        }
        if let Some(q) = c.quantity {
            line["quantity"] = q.into();
        }
        lines.push_str(&line.to_string());
        lines.push('\n');
    }
    s.write(name, lines);
    s.ok(&["-q", "usage", "import", name]);
}

/// The report's rows, summed here charge by charge: charges in `[from, to)` (times as
/// `2026-MM-DD` or none), of `billing` or all, grouped `by`, a row per `granularity`, ordered
/// by period, billing account id, project and subproject (case-folded names; the project's own
/// usage first) and product.
#[allow(clippy::too_many_arguments)]
fn expected(
    all: &[Charge],
    from: Option<&str>,
    to: Option<&str>,
    granularity: &str,
    by: &str,
    billing: Option<&str>,
    deleted: &[(&str, &str)],
) -> Vec<Row> {
    type Key = (
        Option<String>,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    let mut rows: BTreeMap<Key, Row> = BTreeMap::new();
    for c in all {
        if from.is_some_and(|f| c.at.as_str() < f)
            || to.is_some_and(|t| c.at.as_str() >= t)
            || billing.is_some_and(|b| b != c.billing)
        {
            continue;
        }
        let period = match granularity {
            "day" => Some(c.at[..10].to_string()),
            "month" => Some(c.at[..7].to_string()),
            _ => None,
        };
        let project = (by != "product").then(|| c.project.to_string());
        let sub = (by == "subproject").then_some(c.sub).flatten();
        let product = (by != "project").then_some(c.product).flatten();
        let key = (
            period.clone(),
            c.billing.clone(),
            project.as_ref().map(|p| p.to_lowercase()),
            sub.map(str::to_lowercase),
            product.map(str::to_string),
        );
        let row = rows.entry(key).or_insert_with(|| Row {
            period,
            scope: match (by, sub) {
                ("project", _) => "project",
                ("subproject", Some(_)) => "subproject",
                ("subproject", None) => "project_own",
                _ => "billing_account",
            }
            .to_string(),
            billing: c.billing.clone(),
            project,
            sub: sub.map(str::to_string),
            sub_deleted: sub.is_some_and(|s| deleted.contains(&(c.project, s))),
            product: product.map(str::to_string),
            quantity: 0,
            amount: "0".into(),
            charges: 0,
        });
        let cents: i64 = row.amount.parse::<i64>().unwrap() + c.cents;
        row.amount = cents.to_string();
        row.quantity += c.quantity.unwrap_or(0);
        row.charges += 1;
    }
    rows.into_values()
        .map(|mut r| {
            let cents: i64 = r.amount.parse().unwrap();
            r.amount = format!("{}.{:02}", cents / 100, cents % 100);
            r
        })
        .collect()
}

fn text(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

fn rows(report: &Value) -> Vec<Row> {
    report
        .as_array()
        .unwrap()
        .iter()
        .map(|r| Row {
            period: text(&r["period"]),
            scope: text(&r["scope"]).unwrap(),
            billing: text(&r["billing_account_id"]).unwrap(),
            project: text(&r["project_name"]),
            sub: text(&r["subproject_name"]),
            sub_deleted: r["subproject_deleted"].as_bool().unwrap(),
            product: text(&r["product"]),
            quantity: r["quantity"].as_i64().unwrap(),
            amount: text(&r["amount"]).unwrap(),
            charges: r["charges"].as_i64().unwrap(),
        })
        .collect()
}

fn billing_id(s: &Sandbox, name: &str) -> String {
    s.json(&["billing", "list"])
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["name"] == name)
        .and_then(|b| text(&b["id"]))
        .unwrap()
}

#[test]
fn r13_report_across_month_boundaries_and_granularities_equals_the_charges_summed_one_by_one() {
    let mut s = Sandbox::new();
    for p in ["Zeta", "alpha", "Beta"] {
        s.ok(&["project", "create", p]);
    }
    for (p, sub) in TARGETS {
        if let Some(sub) = sub {
            s.ok(&["subproject", "create", p, sub]);
        }
    }
    s.ok(&[
        "billing",
        "create",
        "second",
        "--kind",
        "postpaid",
        "--currency",
        "EUR",
    ]);
    let first = billing_id(&s, "default");
    let second = billing_id(&s, "second");
    // Two imports: alpha bills to the default account, then to the second one (a charge
    // keeps the account it was billed to).
    let mut rng = Lcg(14);
    let mut all = charges(&mut rng, 400, &first, &first);
    import(&s, "one.jsonl", &all);
    s.ok(&["billing", "link", "alpha", "second"]);
    let more = charges(&mut rng, 400, &first, &second);
    import(&s, "two.jsonl", &more);
    all.extend(more);
    // Charges recorded one at a time add to the same monthly sums as imported ones.
    let recorded = charges(&mut rng, 40, &first, &second);
    for c in &recorded {
        s.now = c.at.clone();
        let target = match c.sub {
            Some(sub) => format!("{}/{sub}", c.project),
            None => c.project.to_string(),
        };
        let amount = format!("{}.{:02}", c.cents / 100, c.cents % 100);
        let quantity = c.quantity.map(|q| q.to_string());
        let mut args = vec!["-q", "usage", "record", &target, &amount];
        if let Some(p) = c.product {
            args.extend(["--product", p]);
        }
        if let Some(q) = &quantity {
            args.extend(["--quantity", q]);
        }
        s.ok(&args);
    }
    s.now = crate::common::NOW.into();
    all.extend(recorded);
    // A deleted subproject's usage stays, marked; a reversal does not change the report (it
    // shows charges, before reversals).
    s.ok(&["subproject", "delete", "Beta/D"]);
    let deleted = [("Beta", "D")];
    let charge = s.json(&["usage", "list", "--limit", "1"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    s.ok(&["usage", "reverse", &charge, "--reason", "test"]);

    // Whole months (read from the monthly sums), parts of months (read charge by charge), and
    // spans with both: a month and a few days on either side, within one month, open ends.
    let spans: [(Option<&str>, Option<&str>); 8] = [
        (None, None),
        (Some("2026-02-01"), Some("2026-03-01")),
        (Some("2026-01-31"), Some("2026-03-02")),
        (Some("2026-03-15"), None),
        (None, Some("2026-02-01")),
        (Some("2026-02-10"), Some("2026-02-20")),
        (Some("2026-01-15"), Some("2026-04-01")),
        (None, Some("2026-03-09")),
    ];
    let mut compared = 0;
    for (from, to) in spans {
        for granularity in ["none", "day", "month"] {
            for by in ["subproject", "project", "product"] {
                for billing in [None, Some("second")] {
                    let mut args = vec!["usage", "report", "--granularity", granularity];
                    args.extend(["--by", by]);
                    if let Some(f) = from {
                        args.extend(["--from", f]);
                    }
                    if let Some(t) = to {
                        args.extend(["--to", t]);
                    }
                    if let Some(b) = billing {
                        args.extend(["--billing", b]);
                    }
                    let id = billing.map(|_| second.as_str());
                    let want = expected(&all, from, to, granularity, by, id, &deleted);
                    assert_eq!(rows(&s.json(&args)), want, "acctl {args:?}");
                    compared += want.len();
                }
            }
        }
    }
    assert!(compared > 1_000, "too few rows compared: {compared}");
    // The monthly sums agree with the charges, as `check` verifies them.
    s.check_passes();
    // --period is the month's --from and --to.
    assert_eq!(
        s.ok(&[
            "usage",
            "report",
            "--period",
            "2026-02",
            "--granularity",
            "day"
        ]),
        s.ok(&[
            "usage",
            "report",
            "--from",
            "2026-02-01",
            "--to",
            "2026-03-01",
            "--granularity",
            "day"
        ])
    );
}

#[test]
fn r13_report_names_thousands_of_charged_nodes_as_it_names_a_few() {
    // Over 2,000 charged nodes: the report reads every node's name in one scan rather than in
    // lists of ids; the rows must name each the same.
    let s = Sandbox::new();
    let mut manifest = String::new();
    for p in 0..3 {
        manifest.push_str(&format!("[[project]]\nname = \"p{p}\"\n\n"));
        for sub in 0..700 {
            manifest.push_str(&format!("[[project.subproject]]\nname = \"s{sub:03}\"\n\n"));
        }
    }
    s.write("m.toml", manifest);
    s.ok(&["-q", "apply", "-f", "m.toml"]);
    let mut lines = String::new();
    for p in 0..3 {
        for sub in 0..700 {
            // Sub s{n} of p{p} is charged n + 1 cents, twice, in two months.
            for at in ["2026-03-31T23:00:00Z", "2026-04-01T01:00:00Z"] {
                let cents = sub + 1;
                lines.push_str(&format!(
                    "{{\"target\":\"p{p}/s{sub:03}\",\"amount\":\"{}.{:02}\",\"product\":\"sms\",\"at\":\"{at}\"}}\n",
                    cents / 100,
                    cents % 100
                ));
            }
        }
    }
    s.write("c.jsonl", lines);
    s.ok(&["-q", "usage", "import", "c.jsonl"]);
    for (args, per_row) in [
        (vec!["usage", "report"], 2),
        (vec!["usage", "report", "--period", "2026-04"], 1),
    ] {
        let got = rows(&s.json(&args));
        assert_eq!(got.len(), 2_100, "acctl {args:?}");
        for (i, r) in got.iter().enumerate() {
            let (p, sub) = (i / 700, i % 700);
            let cents = (sub as i64 + 1) * per_row;
            assert_eq!(r.project.as_deref(), Some(format!("p{p}").as_str()));
            assert_eq!(r.sub.as_deref(), Some(format!("s{sub:03}").as_str()));
            assert_eq!(r.amount, format!("{}.{:02}", cents / 100, cents % 100));
            assert_eq!(r.charges, per_row);
        }
    }
    // By project: one row each, its subprojects' charges summed.
    let by_project = rows(&s.json(&["usage", "report", "--by", "project"]));
    let total: i64 = (1..=700).sum::<i64>() * 2;
    let amount = format!("{}.{:02}", total / 100, total % 100);
    assert_eq!(
        by_project
            .iter()
            .map(|r| (r.project.clone().unwrap(), r.amount.clone(), r.charges))
            .collect::<Vec<_>>(),
        (0..3)
            .map(|p| (format!("p{p}"), amount.clone(), 1_400))
            .collect::<Vec<_>>()
    );
}

/// A report row as the old printer built it: CLI.md's fields in a JSON object (by name).
fn json_row(cols: &[Option<String>], period: Option<&str>, deleted: &[String]) -> Value {
    // cols: billing, node id, parent id, node name, parent name, product, quantity, micros,
    // charges.
    let text = |i: usize| cols[i].clone();
    let int = |i: usize| cols[i].as_deref().unwrap().parse::<i64>().unwrap();
    let micros = int(7);
    let frac = format!("{:06}", micros % 1_000_000);
    let digits = frac.trim_end_matches('0').len().max(2);
    let amount = format!("{}.{}", micros / 1_000_000, &frac[..digits]);
    let sub = text(2).is_some();
    let mut row = serde_json::Map::new();
    row.insert("amount".into(), amount.into());
    row.insert("billing_account_id".into(), text(0).into());
    row.insert("charges".into(), int(8).into());
    row.insert("currency".into(), "EUR".into());
    if let Some(p) = period {
        row.insert("period".into(), p.into());
    }
    row.insert("product".into(), text(5).into());
    row.insert(
        "project_id".into(),
        if sub { text(2) } else { text(1) }.into(),
    );
    row.insert(
        "project_name".into(),
        if sub { text(4) } else { text(3) }.into(),
    );
    row.insert("quantity".into(), int(6).into());
    row.insert(
        "scope".into(),
        if sub { "subproject" } else { "project_own" }.into(),
    );
    row.insert(
        "subproject_deleted".into(),
        (sub && deleted.contains(&text(1).unwrap())).into(),
    );
    row.insert(
        "subproject_id".into(),
        sub.then(|| text(1)).flatten().into(),
    );
    row.insert(
        "subproject_name".into(),
        sub.then(|| text(3)).flatten().into(),
    );
    Value::Object(row)
}

/// A cell of the CSV the generic printer wrote.
fn csv_cell(v: &Value) -> String {
    let s = match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[test]
fn r13_a_report_of_thousands_of_rows_prints_the_sums_sql_makes_as_json_csv_and_an_aligned_table() {
    // Over 3,000 rows per month, names wide, accented, with a comma or a quote, a deleted
    // subproject: the rows stream through the printer; each form must hold what SQL sums from
    // the charges, in the report's order, as the printer built it from JSON values before.
    let s = Sandbox::new();
    let names = |sub: usize| match sub % 50 {
        0 => format!("日本-{sub}"),
        1 => format!("Ünï {sub}"),
        2 => format!("a,b {sub}"),
        3 => format!("q\"{sub}"),
        _ => format!("s{sub:03}"),
    };
    let mut manifest = String::new();
    for p in ["p0", "P1"] {
        manifest.push_str(&format!("[[project]]\nname = \"{p}\"\n\n"));
        for sub in 0..400 {
            let name = names(sub).replace('"', "\\\"");
            manifest.push_str(&format!("[[project.subproject]]\nname = \"{name}\"\n\n"));
        }
    }
    s.write("m.toml", manifest);
    s.ok(&["-q", "apply", "-f", "m.toml"]);
    let mut lines = String::new();
    let mut rng = Lcg(7);
    for p in ["p0", "P1"] {
        for sub in (0..400).map(Some).chain([None]) {
            let target = match sub {
                Some(sub) => serde_json::to_string(&format!("{p}/{}", names(sub))).unwrap(),
                None => format!("\"{p}\""),
            };
            for (i, product) in ["sms", "voice", "Voice", ""].iter().enumerate() {
                for month in ["2026-03", "2026-04"] {
                    for _ in 0..=rng.below(2) {
                        let micros = 1 + rng.below(9_999_999);
                        let mut line = format!(
                            "{{\"target\":{target},\"amount\":\"{}.{:06}\",\"at\":\"{month}-{:02}T{:02}:00:00Z\"",
                            micros / 1_000_000,
                            micros % 1_000_000,
                            1 + rng.below(28),
                            rng.below(24),
                        );
                        if !product.is_empty() {
                            line.push_str(&format!(",\"product\":\"{product}\""));
                        }
                        if i != 1 {
                            line.push_str(&format!(",\"quantity\":{}", rng.below(100)));
                        }
                        lines.push_str(&line);
                        lines.push_str("}\n");
                    }
                }
            }
        }
    }
    s.write("c.jsonl", lines);
    s.ok(&["-q", "usage", "import", "c.jsonl"]);
    s.ok(&["subproject", "delete", "p0/s004"]);
    let deleted = vec![s.sql().query_row(
        "SELECT n.id FROM node n JOIN node p ON p.id = n.parent_id \
         WHERE p.name = 'p0' AND n.name = 's004'",
    )[0]
    .clone()
    .unwrap()];

    for (period, args) in [
        (None, vec!["usage", "report", "--period", "2026-04"]),
        (Some(()), vec!["usage", "report", "--granularity", "month"]),
    ] {
        // The rows, summed by SQL.
        let (from, to) = if period.is_some() {
            ("0", "9999999999")
        } else {
            ("1775001600", "1777593600")
        };
        let mut sums = s.sql().query_rows(&format!(
            "SELECT c.billing_account_id, n.id, n.parent_id, n.name, p.name, c.product, \
             CAST(sum(coalesce(c.quantity, 0)) AS BIGINT), CAST(sum(c.amount) AS BIGINT), \
             count(*), CASE WHEN c.created_at < 1775001600 THEN '2026-03' ELSE '2026-04' END \
             FROM charge c JOIN node n ON n.id = c.node_id LEFT JOIN node p ON p.id = n.parent_id \
             WHERE c.created_at >= {from} AND c.created_at < {to} \
             GROUP BY c.billing_account_id, n.id, n.parent_id, n.name, p.name, c.product, \
             CASE WHEN c.created_at < 1775001600 THEN '2026-03' ELSE '2026-04' END"
        ));
        let lower = |v: &Option<String>| v.as_deref().unwrap_or_default().to_lowercase();
        sums.sort_by_key(|c| {
            let (project, project_id, sub, sub_id) = match &c[2] {
                Some(parent) => (
                    lower(&c[4]),
                    parent.clone(),
                    Some(lower(&c[3])),
                    c[1].clone(),
                ),
                None => (lower(&c[3]), c[1].clone().unwrap(), None, None),
            };
            (
                period.and(c[9].clone()),
                c[0].clone(),
                project,
                project_id,
                sub,
                sub_id,
                c[5].clone(),
            )
        });
        let want: Vec<Value> = sums
            .iter()
            .map(|c| json_row(c, period.and(c[9].as_deref()), &deleted))
            .collect();
        assert!(want.len() > 3_000, "too few rows: {}", want.len());

        // JSON: byte for byte what the generic printer wrote of these values.
        let json = s.ok(&[&["-o", "json"], &args[..]].concat());
        let doc = Value::Array(want.clone());
        assert_eq!(json, serde_json::to_string_pretty(&doc).unwrap() + "\n");

        // CSV: a header of the fields, a line per row.
        let fields: Vec<&String> = want[0].as_object().unwrap().keys().collect();
        let mut csv = fields
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join(",")
            + "\r\n";
        for r in &want {
            let cells: Vec<String> = fields.iter().map(|f| csv_cell(&r[f.as_str()])).collect();
            csv.push_str(&cells.join(","));
            csv.push_str("\r\n");
        }
        assert_eq!(s.ok(&[&["-o", "csv"], &args[..]].concat()), csv);

        // The table: every column as wide as its widest text (on the terminal: 日 takes two
        // columns), numbers aligned right, two spaces between columns.
        let mut table: Vec<Vec<(String, bool)>> = vec![];
        let mut head = vec![];
        if period.is_some() {
            head.push("PERIOD");
        }
        head.extend(
            "SCOPE BILLING PROJECT SUBPROJECT PRODUCT QUANTITY AMOUNT CURRENCY CHARGES".split(' '),
        );
        table.push(head.iter().map(|h| (h.to_string(), false)).collect());
        for r in &want {
            let t = |k: &str| r[k].as_str().unwrap_or("-").to_string();
            let mut row = vec![];
            if period.is_some() {
                row.push((t("period"), false));
            }
            let sub = match (
                r["subproject_name"].as_str(),
                r["subproject_deleted"] == true,
            ) {
                (Some(n), true) => format!("{n} (deleted)"),
                (Some(n), false) => n.to_string(),
                (None, _) => "(project's own)".to_string(),
            };
            row.extend([
                (t("scope"), false),
                ("default".to_string(), false),
                (t("project_name"), false),
                (sub, false),
                (t("product"), false),
                (r["quantity"].to_string(), true),
                (t("amount"), true),
                (t("currency"), false),
                (r["charges"].to_string(), true),
            ]);
            table.push(row);
        }
        use unicode_width::UnicodeWidthStr;
        let widths: Vec<usize> = (0..head.len())
            .map(|i| table.iter().map(|r| r[i].0.width()).max().unwrap())
            .collect();
        let mut text = String::new();
        for row in &table {
            let cells: Vec<String> = row
                .iter()
                .zip(&widths)
                .map(|((c, right), w)| {
                    let pad = " ".repeat(w - c.width());
                    if *right {
                        format!("{pad}{c}")
                    } else {
                        format!("{c}{pad}")
                    }
                })
                .collect();
            text.push_str(cells.join("  ").trim_end());
            text.push('\n');
        }
        assert_eq!(s.ok(&args), text, "acctl {args:?}");
    }
}
