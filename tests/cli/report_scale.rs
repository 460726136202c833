//! R13 at scale: the usage report sums charges in one pass over the span's index range and
//! names the charged nodes in bulk. These tests hold its rows to sums computed here, charge by
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
    std::fs::write(s.path(name), lines).unwrap();
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
    let s = Sandbox::new();
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
    // A deleted subproject's usage stays, marked; a reversal does not change the report (it
    // shows charges, before reversals).
    s.ok(&["subproject", "delete", "Beta/D"]);
    let deleted = [("Beta", "D")];
    let charge = s.json(&["usage", "list", "--limit", "1"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    s.ok(&["usage", "reverse", &charge, "--reason", "test"]);

    let spans: [(Option<&str>, Option<&str>); 5] = [
        (None, None),
        (Some("2026-02-01"), Some("2026-03-01")),
        (Some("2026-01-31"), Some("2026-03-02")),
        (Some("2026-03-15"), None),
        (None, Some("2026-02-01")),
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
    std::fs::write(s.path("m.toml"), manifest).unwrap();
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
    std::fs::write(s.path("c.jsonl"), lines).unwrap();
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
