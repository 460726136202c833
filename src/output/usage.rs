//! The usage report's output, written row by row from the compact [`Report`] as it is printed:
//! no copy of every row as JSON values, table cells or strings is built first (a month over
//! 10,000,000 charges has 500,000 rows). JSON and CSV are byte for byte what the generic
//! printer makes of the same document (CLI.md's pinned fields, in name order); the table is
//! what comfy-table draws, its column widths taken in one pass over the rows.

use super::{header, table, trim_lines, Output, Printer};
use crate::cli::OutputFormat;
use crate::domain::model::BillingAccount;
use crate::domain::names::escape_for_terminal;
use crate::domain::usage::{Report, ReportRowRef};
use comfy_table::{Cell, CellAlignment};
use serde::ser::{SerializeSeq, Serializer};
use serde::Serialize;
use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;
use uuid::Uuid;

/// The usage report, a row's period first when it has one (`--granularity`). Billing
/// accounts are named from `billing` (those the principal sees), else by id.
pub fn report(report: Report, billing: &[BillingAccount], p: &Printer) -> Output {
    let names: Vec<String> = report
        .billing_accounts
        .iter()
        .map(|(id, _)| {
            billing
                .iter()
                .find(|b| b.id == *id)
                .map_or_else(|| id.to_string(), |b| b.name.clone())
        })
        .collect();
    let p = p.clone();
    Output::written(Box::new(move |w| match p.format {
        OutputFormat::Json => json(&report, w),
        OutputFormat::Csv => csv(&report, w),
        OutputFormat::Table if p.quiet => {
            for r in report.rows() {
                if let Some(id) = r.subproject_id.or(r.project_id) {
                    writeln!(w, "{id}")?;
                }
            }
            Ok(())
        }
        OutputFormat::Table => human(&report, &names, report.has_periods(), &p, w),
    }))
}

/// A row as JSON: CLI.md's fields, in name order as the generic printer writes them.
#[derive(Serialize)]
pub(super) struct JsonRow<'a> {
    amount: &'a str,
    billing_account_id: Uuid,
    charges: i64,
    currency: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<&'a str>,
    product: Option<&'a str>,
    project_id: Option<Uuid>,
    project_name: Option<&'a str>,
    quantity: i64,
    scope: &'static str,
    subproject_deleted: bool,
    subproject_id: Option<Uuid>,
    subproject_name: Option<&'a str>,
}

impl<'a> JsonRow<'a> {
    /// The row's JSON, its amount already formatted.
    pub(super) fn of(r: ReportRowRef<'a>, amount: &'a str) -> JsonRow<'a> {
        JsonRow {
            amount,
            billing_account_id: r.billing_account_id,
            charges: r.charges,
            currency: r.currency.code,
            period: r.period,
            product: r.product,
            project_id: r.project_id,
            project_name: r.project_name,
            quantity: r.quantity,
            scope: r.scope,
            subproject_deleted: r.subproject_deleted,
            subproject_id: r.subproject_id,
            subproject_name: r.subproject_name,
        }
    }
}

/// The subproject cell of a row naming no subproject, by its scope.
pub(super) fn no_subproject(scope: &str) -> &'static str {
    match scope {
        "project_own" => "(project's own)",
        "project" => "(all)",
        _ => "-",
    }
}

/// `-o json`: a pretty array of the rows, each serialized as it is reached.
fn json(report: &Report, w: &mut dyn Write) -> io::Result<()> {
    let mut ser = serde_json::Serializer::pretty(&mut *w);
    let mut seq = ser.serialize_seq(Some(report.lines.len()))?;
    for r in report.rows() {
        let amount = r.amount.format(&r.currency);
        seq.serialize_element(&JsonRow::of(r, &amount))?;
    }
    seq.end()?;
    writeln!(w)
}

/// `-o csv`: the JSON rows' fields as columns, in the same order, as the generic CSV printer
/// writes them (`null` empty, booleans and numbers as JSON writes them); the header is the
/// first row's field names (with `period` when rows have one); nothing for no rows.
fn csv(report: &Report, w: &mut dyn Write) -> io::Result<()> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(w);
    for r in report.rows() {
        let amount = r.amount.format(&r.currency);
        out.serialize(JsonRow::of(r, &amount)).map_err(csv_io)?;
    }
    out.flush()
}

/// A CSV writer's error as the I/O error it carries, its kind kept: a reader gone away is a
/// broken pipe, which is not an error (`acctl -o csv usage report | head`).
fn csv_io(e: csv::Error) -> io::Error {
    if !e.is_io_error() {
        return io::Error::other(e);
    }
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

const HEADERS: [&str; 10] = [
    "PERIOD",
    "SCOPE",
    "BILLING",
    "PROJECT",
    "SUBPROJECT",
    "PRODUCT",
    "QUANTITY",
    "AMOUNT",
    "CURRENCY",
    "CHARGES",
];
/// Numbers are aligned right.
const RIGHT: [bool; 10] = [
    false, false, false, false, false, false, true, true, false, true,
];

/// A text as a table cell shows it (R40: escaped), with its width on the terminal.
struct Text {
    text: String,
    width: usize,
}

impl Text {
    fn new(raw: &str) -> Text {
        let text = escape_for_terminal(raw, false).into_owned();
        Text {
            width: text.width(),
            text,
        }
    }
}

/// Every name a row may show, escaped and measured once.
struct Texts {
    periods: Vec<Text>,
    billing: Vec<Text>,
    projects: Vec<Text>,
    subprojects: Vec<Text>,
    products: Vec<Text>,
}

impl Texts {
    fn new(report: &Report, names: &[String]) -> Texts {
        Texts {
            periods: (report.periods.iter())
                .map(|p| Text::new(p.as_deref().unwrap_or("-")))
                .collect(),
            billing: names.iter().map(|n| Text::new(n)).collect(),
            projects: (report.projects.iter())
                .map(|p| Text::new(&p.name))
                .collect(),
            subprojects: (report.subprojects.iter())
                .map(|s| {
                    if s.deleted {
                        Text::new(&format!("{} (deleted)", s.name))
                    } else {
                        Text::new(&s.name)
                    }
                })
                .collect(),
            products: (report.products.iter())
                .map(|p| Text::new(p.as_deref().unwrap_or("-")))
                .collect(),
        }
    }

    /// The ten cells of a row (the period first), as (text, width).
    fn cells<'a>(
        &'a self,
        report: &Report,
        i: usize,
        r: &ReportRowRef<'a>,
        amount: &'a str,
        numbers: &'a mut [String; 2],
    ) -> [(&'a str, usize); 10] {
        let l = &report.lines[i];
        let ascii = |s: &'a str| (s, s.len());
        let text = |t: &'a Text| (t.text.as_str(), t.width);
        let sub = match l.subproject {
            Some(s) => text(&self.subprojects[s as usize]),
            None => ascii(no_subproject(r.scope)),
        };
        let [quantity, charges] = numbers;
        quantity.clear();
        let _ = write!(quantity, "{}", r.quantity);
        charges.clear();
        let _ = write!(charges, "{}", r.charges);
        [
            text(&self.periods[l.period as usize]),
            ascii(r.scope),
            text(&self.billing[l.billing_account as usize]),
            l.project
                .map_or(ascii("-"), |p| text(&self.projects[p as usize])),
            sub,
            l.product
                .map_or(ascii("-"), |p| text(&self.products[p as usize])),
            ascii(quantity),
            ascii(amount),
            ascii(r.currency.code),
            ascii(charges),
        ]
    }
}

/// One line of the table as comfy-table draws it without borders (both presets the printer
/// uses): each cell padded to its column's width, a space either side, `sep` between cells
/// (its vertical lines: none, or blank on a terminal); then trimmed as [`trim_lines`] trims.
fn line<'a>(
    out: &'a mut String,
    cells: &[(&str, usize)],
    widths: &[usize],
    right: &[bool],
    sep: &str,
) -> &'a str {
    out.clear();
    for (i, ((&(text, width), &w), &right)) in cells.iter().zip(widths).zip(right).enumerate() {
        let pad = w.saturating_sub(width);
        if i > 0 {
            out.push_str(sep);
        }
        out.push(' ');
        if right {
            out.extend(std::iter::repeat_n(' ', pad));
            out.push_str(text);
        } else {
            out.push_str(text);
            out.extend(std::iter::repeat_n(' ', pad));
        }
        out.push(' ');
    }
    out.strip_prefix(' ').unwrap_or(out).trim_end()
}

/// The table: the column widths in one pass over the rows, then each row drawn as it is
/// reached. The borders and header are comfy-table's own, drawn around two filler rows of the
/// columns' widths; should comfy-table lay the columns out otherwise (a terminal too narrow:
/// it wraps cells), the whole table is left to it.
fn human(
    report: &Report,
    names: &[String],
    periods: bool,
    p: &Printer,
    w: &mut dyn Write,
) -> io::Result<()> {
    if report.lines.is_empty() {
        writeln!(io::stderr(), "(none)")?;
        return Ok(());
    }
    let texts = Texts::new(report, names);
    let skip = usize::from(!periods);
    let headers = &HEADERS[skip..];
    let right = &RIGHT[skip..];
    let mut widths: Vec<usize> = headers.iter().map(|h| h.len()).collect();
    let mut numbers = [String::new(), String::new()];
    // Amounts are formatted once, into one text.
    let mut amounts = String::new();
    let mut amount_ends = Vec::with_capacity(report.lines.len());
    for (i, r) in report.rows().enumerate() {
        let start = amounts.len();
        amounts.push_str(&r.amount.format(&r.currency));
        amount_ends.push(amounts.len());
        let cells = texts.cells(report, i, &r, &amounts[start..], &mut numbers);
        for (w, c) in widths.iter_mut().zip(&cells[skip..]) {
            *w = (*w).max(c.1);
        }
    }

    // comfy-table's frame around two filler rows.
    let filler: Vec<String> = widths.iter().map(|&n| "x".repeat(n)).collect();
    let mut t = table(p);
    t.set_header(headers.iter().map(|h| header(p, h)));
    for _ in 0..2 {
        t.add_row(filler.iter().map(Cell::new));
    }
    let frame = trim_lines(&t.to_string());
    let frame: Vec<&str> = frame.lines().collect();
    let mut buf = String::new();
    let filler_cells: Vec<(&str, usize)> = filler.iter().map(|f| (f.as_str(), f.len())).collect();
    let found = ["", " "].into_iter().find_map(|sep| {
        let filler_line = line(&mut buf, &filler_cells, &widths, right, sep);
        let at: Vec<usize> = (frame.iter().enumerate())
            .filter(|(_, l)| **l == filler_line)
            .map(|(i, _)| i)
            .collect();
        match at[..] {
            [first, second] => Some((sep, first, second)),
            _ => None,
        }
    });
    let Some((sep, first, second)) = found else {
        return whole_table(report, &texts, headers, right, skip, p, w);
    };
    for l in &frame[..first] {
        writeln!(w, "{l}")?;
    }
    let between = &frame[first + 1..second];
    for (i, r) in report.rows().enumerate() {
        if i > 0 {
            for l in between {
                writeln!(w, "{l}")?;
            }
        }
        let start = if i == 0 { 0 } else { amount_ends[i - 1] };
        let cells = texts.cells(report, i, &r, &amounts[start..amount_ends[i]], &mut numbers);
        w.write_all(line(&mut buf, &cells[skip..], &widths, right, sep).as_bytes())?;
        w.write_all(b"\n")?;
    }
    for l in &frame[second + 1..] {
        writeln!(w, "{l}")?;
    }
    Ok(())
}

/// The table drawn whole by comfy-table, when it lays the columns out otherwise than by their
/// widths (a terminal narrower than the table).
fn whole_table(
    report: &Report,
    texts: &Texts,
    headers: &[&str],
    right: &[bool],
    skip: usize,
    p: &Printer,
    w: &mut dyn Write,
) -> io::Result<()> {
    let mut t = table(p);
    t.set_header(headers.iter().map(|h| header(p, h)));
    let mut numbers = [String::new(), String::new()];
    for (i, r) in report.rows().enumerate() {
        let amount = r.amount.format(&r.currency);
        let cells = texts.cells(report, i, &r, &amount, &mut numbers);
        t.add_row(cells[skip..].iter().zip(right).map(|(&(text, _), &right)| {
            let c = Cell::new(Cow::Borrowed(text));
            if right {
                c.set_alignment(CellAlignment::Right)
            } else {
                c
            }
        }));
    }
    writeln!(w, "{}", trim_lines(&t.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::{Currency, Sum};
    use crate::domain::usage::{GroupBy, ReportLine, ReportName, Tally};

    fn name(n: &str, deleted: bool) -> ReportName {
        ReportName {
            id: Uuid::new_v4(),
            name: n.to_string(),
            deleted,
        }
    }

    fn sample() -> Report {
        let eur = Currency::parse("EUR").unwrap();
        let line = |project, subproject, product, charges| ReportLine {
            period: 0,
            billing_account: 0,
            project: Some(project),
            subproject,
            product,
            tally: Tally {
                quantity: charges * 7,
                amount: Sum::ZERO,
                charges,
            },
        };
        Report {
            by: GroupBy::Subproject,
            periods: vec![Some("2026-04".into())],
            billing_accounts: vec![(Uuid::new_v4(), eur)],
            projects: vec![name("alpha", false), name("日本", false)],
            subprojects: vec![name("a,b", false), name("Ünï wide 日本語", true)],
            products: vec![None, Some("sms".into())],
            lines: vec![
                line(0, None, None, 1),
                line(0, Some(0), Some(1), 12_345),
                line(1, Some(1), Some(1), 3),
            ],
        }
    }

    /// The streamed table is what comfy-table draws of the same cells, in both presets, with
    /// and without the header's style, with and without periods.
    #[test]
    fn the_streamed_table_is_comfy_tables_own() {
        let report = sample();
        let names = vec!["main".to_string()];
        let texts = Texts::new(&report, &names);
        for tty in [false, true] {
            for color in [false, true] {
                for periods in [false, true] {
                    let p = Printer {
                        format: OutputFormat::Table,
                        quiet: false,
                        color,
                        tty,
                    };
                    let mut streamed = Vec::new();
                    human(&report, &names, periods, &p, &mut streamed).unwrap();
                    let skip = usize::from(!periods);
                    let mut whole = Vec::new();
                    whole_table(
                        &report,
                        &texts,
                        &HEADERS[skip..],
                        &RIGHT[skip..],
                        skip,
                        &p,
                        &mut whole,
                    )
                    .unwrap();
                    assert_eq!(
                        String::from_utf8(streamed).unwrap(),
                        String::from_utf8(whole).unwrap(),
                        "tty {tty}, color {color}, periods {periods}"
                    );
                }
            }
        }
    }
}
