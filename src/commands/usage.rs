//! `usage record|import|list|report`.

use super::import_lines::{format_of, open_input, CountingReader, ImportFormat, Lines};
use super::Ctx;
use crate::domain::hierarchy;
use crate::domain::money::{Amount, Currency};
use crate::domain::usage::{self, Granularity, GroupBy, NewCharge, Span};
use crate::error::{Error, Result};
use crate::output::{self, Output};
use crate::store::OpenMode;
use clap::{Args, Subcommand, ValueEnum};
use std::io::Read;

#[derive(Debug, Subcommand)]
pub enum UsageCommand {
    /// Record a charge against a project or subproject (R10-R12)
    Record(RecordArgs),
    /// Import charges from JSON lines or CSV: all or nothing
    Import(ImportArgs),
    /// List charges, oldest first
    List(ListArgs),
    /// Usage summed by billing account, project, subproject and product (R13)
    Report(ReportArgs),
    /// Reverse a charge, wholly or in part: spending falls, a prepaid balance is refunded (R31)
    Reverse(ReverseArgs),
}

/// Reverse a charge by AMOUNT, or by what is left of it. The charge is kept as it was; the
/// reversal lowers the subproject's spending (and that of the charge's month), refunds a
/// prepaid balance, and is a credit line on the invoice of the month it is made in.
#[derive(Debug, Args)]
pub struct ReverseArgs {
    /// The charge's id
    pub charge_id: String,
    /// How much to reverse [default: what is left of the charge]
    #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
    pub amount: Option<String>,
    /// Why: kept with the reversal and in the audit log
    #[arg(long, value_name = "S")]
    pub reason: String,
    /// A key that makes a retry safe: the same key is reversed once
    #[arg(long, value_name = "S")]
    pub idempotency_key: Option<String>,
}

/// Record a charge. It is billed to the billing account the project (or the subproject's
/// parent) is linked to now. Refused (exit 6) when it would pass the subproject's credit limit
/// or overdraw a prepaid balance, or when the subproject is suspended.
#[derive(Debug, Args)]
pub struct RecordArgs {
    /// The project or subproject (project/subproject or an id)
    pub target: String,
    /// The charge's total, a plain decimal in the billing currency (e.g. 0.0078)
    #[arg(allow_negative_numbers = true)]
    pub amount: String,
    /// The product, for reports
    #[arg(long, value_name = "S")]
    pub product: Option<String>,
    /// The number of units, for reports
    #[arg(long, value_name = "N")]
    pub quantity: Option<String>,
    /// A description
    #[arg(long, value_name = "S")]
    pub description: Option<String>,
    /// A key that makes a retry safe: the same key is recorded once
    #[arg(long, value_name = "S")]
    pub idempotency_key: Option<String>,
    /// The currency the amount is in: must be the billing account's
    #[arg(long, value_name = "CUR")]
    pub currency: Option<String>,
}

/// List charges, oldest first, with the name of what each was charged to.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this project or subproject's charges
    pub target: Option<String>,
    #[command(flatten)]
    pub span: SpanArgs,
    /// Only the newest N charges (still printed oldest first)
    #[arg(long, value_name = "N")]
    pub limit: Option<i64>,
}

/// The time a list or report covers: a month, or dates (UTC); all time without either.
#[derive(Debug, Args)]
pub struct SpanArgs {
    /// Only this month (UTC), YYYY-MM
    #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["from", "to"])]
    pub period: Option<String>,
    /// From this day on (UTC, inclusive), YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Up to this day (UTC, exclusive), YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

impl SpanArgs {
    fn span(&self) -> Result<Span> {
        Span::parse(
            self.period.as_deref(),
            self.from.as_deref(),
            self.to.as_deref(),
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GranularityArg {
    Day,
    Month,
    None,
}

/// Import charges, one a line, with the fields of `usage record`: target, amount, and
/// optionally product, quantity, description, idempotency_key, currency and at (RFC 3339).
/// Every line is checked first; any refused line imports nothing and each is listed by number.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file ('-' reads standard input)
    pub file: String,
    /// The file's format [default: from its extension; jsonl for standard input]
    #[arg(long, value_enum)]
    pub format: Option<ImportFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ByArg {
    Project,
    Subproject,
    Product,
}

/// Usage summed per billing account and project, subproject (or the project's own usage) and
/// product: over a month, dates, or all time; per day or month with --granularity. Each row's
/// `scope` says what it sums: a whole `project`, a `subproject`, the project's own usage
/// (`project_own`), or a product across a billing account (`billing_account`).
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub span: SpanArgs,
    /// A row per day or month, with a period column [default: none, one row over the span]
    #[arg(long, value_enum)]
    pub granularity: Option<GranularityArg>,
    /// Group rows by project; by project, subproject and product; or by product
    #[arg(long, value_enum, default_value_t = ByArg::Subproject)]
    pub by: ByArg,
    /// Only this billing account's usage
    #[arg(long, value_name = "BA")]
    pub billing: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: UsageCommand) -> Result<Output> {
    match cmd {
        UsageCommand::Record(a) => record(ctx, a),
        UsageCommand::Import(a) => import(ctx, a),
        UsageCommand::Reverse(a) => {
            let amount = a
                .amount
                .as_deref()
                .map(|x| Amount::parse_positive(x, "a reversal's amount"))
                .transpose()?;
            let reason = crate::domain::spend::parse_reason(&a.reason)?;
            let key = a
                .idempotency_key
                .as_deref()
                .map(usage::parse_idempotency_key)
                .transpose()?;
            let (mut store, env) = ctx.open(OpenMode::Existing)?;
            let (r, names) = store.write(|tx| {
                let r = crate::domain::spend::reverse(
                    tx,
                    &env,
                    &a.charge_id,
                    amount,
                    &reason,
                    key.as_deref(),
                )?;
                let names = usage::display_names(tx, [r.charge.target_id])?;
                Ok((r, names))
            })?;
            Ok(output::reversal(
                &r,
                names.get(&r.charge.target_id).map(String::as_str),
            ))
        }
        UsageCommand::List(a) => {
            let span = a.span.span()?;
            let limit = crate::domain::lists::check_limit(a.limit)?;
            let (mut store, env) = ctx.open(OpenMode::Existing)?;
            store.read(|tx| {
                let t = a
                    .target
                    .as_deref()
                    .map(|t| hierarchy::resolve_target_for(tx, &env, t))
                    .transpose()?;
                let list = usage::list(tx, &env, t.as_ref(), span, limit)?;
                let names = usage::display_names(tx, list.iter().map(|c| c.target_id))?;
                Ok(output::charges(&list, &names))
            })
        }
        UsageCommand::Report(a) => {
            let span = a.span.span()?;
            let granularity = match a.granularity {
                None | Some(GranularityArg::None) => Granularity::None,
                Some(GranularityArg::Day) => Granularity::Day,
                Some(GranularityArg::Month) => Granularity::Month,
            };
            let by = match a.by {
                ByArg::Project => GroupBy::Project,
                ByArg::Subproject => GroupBy::Subproject,
                ByArg::Product => GroupBy::Product,
            };
            let (mut store, env) = ctx.open(OpenMode::Existing)?;
            store.read(|tx| {
                let ba = usage::report_billing(tx, a.billing.as_deref())?;
                let report = usage::report_lines(tx, &env, span, granularity, by, ba.as_ref())?;
                let visible = crate::domain::billing::list(tx, &env)?;
                Ok(output::report(report, &visible, &ctx.printer))
            })
        }
    }
}

fn record(ctx: &Ctx, a: RecordArgs) -> Result<Output> {
    // Outside input is checked before the store is opened.
    let charge = NewCharge {
        amount: Amount::parse_positive(&a.amount, "a charge's amount")?,
        product: a.product.filter(|p| !p.trim().is_empty()),
        quantity: a
            .quantity
            .as_deref()
            .map(usage::parse_quantity)
            .transpose()?,
        description: a.description,
        idempotency_key: a
            .idempotency_key
            .as_deref()
            .map(usage::parse_idempotency_key)
            .transpose()?,
        currency: a.currency.as_deref().map(Currency::parse).transpose()?,
        at: None,
    };
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    let rec = store.write(|tx| {
        let target = hierarchy::resolve_target_for(tx, &env, &a.target)?;
        usage::record(tx, &env, &target, charge.clone())
    })?;
    Ok(output::charge(
        &rec.charge,
        &rec.target,
        rec.replayed,
        &rec.alerts,
    ))
}

fn refusal(r: &usage::ImportRefused, total: usize) -> Error {
    let mut msg = format!(
        "import refused: {} of {total} line(s) refused; nothing was imported",
        r.refused
    );
    // Each line's own hint under it (once while the lines below repeat it): how to mend it.
    let mut last_hint = None;
    for e in &r.listed {
        if e.line == 0 {
            msg.push_str(&format!("\n  {}", e.error.message));
        } else {
            msg.push_str(&format!("\n  line {}: {}", e.line, e.error.message));
        }
        if let Some(h) = e.error.hint.as_deref().filter(|h| last_hint != Some(*h)) {
            msg.push_str(&format!("\n    hint: {h}"));
        }
        last_hint = e.error.hint.as_deref();
    }
    if r.refused > r.listed.len() {
        msg.push_str(&format!(
            "\n  ... and {} more line(s)",
            r.refused - r.listed.len()
        ));
    }
    // The exit code is the first refused line's: 2 for malformed input, 3, 4, 6 ...
    let kind = r
        .listed
        .first()
        .map_or(crate::error::Kind::Invalid, |e| e.error.kind);
    let e = Error::new(kind, msg).hint("fix the lines listed and import the whole file again");
    // A key's refused lines are one refused attempt in the audit log (R25).
    match &r.attempt {
        Some(first) => e.attempt(crate::error::RefusedAttempt {
            action: "usage.import".to_string(),
            reason: format!(
                "{} line(s) outside the key's reach, the first on {}: {}",
                r.denied, first.target, first.reason
            ),
            ..first.clone()
        }),
        None => e,
    }
}

fn import(ctx: &Ctx, a: ImportArgs) -> Result<Output> {
    crate::domain::names::check_file_name(&a.file)?;
    let format = format_of(&a.file, a.format)?;
    let source = if a.file == "-" {
        "standard input".to_string()
    } else {
        a.file.clone()
    };
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    let mut input = Some(open_input(&a.file)?);
    // Standard input has no size to measure progress against: no bar.
    let bar = if a.file == "-" {
        indicatif::ProgressBar::hidden()
    } else {
        let size = std::fs::metadata(&a.file).map_or(0, |m| m.len());
        ctx.printer.progress_bytes(size, "importing")
    };
    // The file is streamed through the one transaction: a chunk is read, checked and
    // written before the next is read (R26: a refused line rolls it all back).
    let summary = store.write(|tx| {
        let input = match input.take() {
            Some(i) => i,
            // A retried transaction (R27) reads the file again; standard input cannot be.
            None if a.file != "-" => open_input(&a.file)?,
            None => {
                return Err(Error::internal(
                    "standard input was read once already: run the import again",
                ))
            }
        };
        let count = std::rc::Rc::new(std::cell::Cell::new(0));
        let input: Box<dyn Read> = Box::new(CountingReader {
            inner: input,
            count: count.clone(),
        });
        let mut lines = Lines::new(input, format)?;
        let mut imp = usage::Import::begin(tx, &env)?;
        let mut chunk = Vec::with_capacity(usage::CHUNK_LINES);
        loop {
            let more = lines.fill(&mut chunk, usage::CHUNK_LINES, &mut |n, e| {
                imp.malformed(n, e)
            })?;
            imp.check(tx, &env, &chunk)?;
            bar.set_position(count.get());
            if !more {
                break;
            }
        }
        let total = imp.lines();
        imp.finish(tx, &env, &source)?
            .map_err(|r| refusal(&r, total))
    });
    bar.finish_and_clear();
    Ok(output::imported(&summary?, &source))
}
