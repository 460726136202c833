//! R10, R12, R13: recording usage as charges (one, or a whole import), listing them, and the
//! usage report broken down by project, subproject and product.

use super::access::{reach, Action, Reach, Scope};
use super::billing::resolve_billing_account;
use super::clock::Timestamp;
use super::hierarchy::{require_live, resolve_target_for};
use super::model::{BillingAccount, LimitPeriod, Node, Status};
use super::money::{Amount, Currency, Sum};
use super::names::{
    clean_optional, is_forbidden, is_invisible, MAX_DESCRIPTION_BYTES, MAX_PRODUCT_BYTES,
};
use super::spend::{self, Alert};
use super::Env;
use crate::error::{Error, Result};
use crate::store::{NodeFilter, Tx};
use chrono::{Datelike, NaiveDate, TimeZone, Utc};
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// A recorded charge (R10). Its billing account is fixed when it is recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charge {
    pub id: Uuid,
    pub target_id: Uuid,
    pub billing_account_id: Uuid,
    pub amount: Amount,
    pub currency: Currency,
    pub product: Option<String>,
    pub quantity: Option<i64>,
    pub description: Option<String>,
    pub created_at: Timestamp,
    pub idempotency_key: Option<String>,
    /// The sum of its reversals (R31).
    pub reversed: Amount,
}

/// A charge to record, before it is checked.
#[derive(Debug, Clone, Default)]
pub struct NewCharge {
    pub amount: Amount,
    pub product: Option<String>,
    pub quantity: Option<i64>,
    pub description: Option<String>,
    pub idempotency_key: Option<String>,
    /// The currency the caller named, if any: it must be the billing account's (R09).
    pub currency: Option<Currency>,
    /// When the usage happened (an import's `at`); now when `None`.
    pub at: Option<Timestamp>,
}

/// A calendar month in UTC (`YYYY-MM`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub year: i32,
    pub month: u32,
}

impl Period {
    pub fn parse(raw: &str) -> Result<Period> {
        let s = raw.trim();
        let bad = || {
            Error::invalid(format!("{raw:?} is not a period"))
                .hint("write a period as YYYY-MM, like 2026-11")
        };
        let b = s.as_bytes();
        if b.len() != 7
            || b[4] != b'-'
            || !s[..4]
                .bytes()
                .chain(s[5..].bytes())
                .all(|c| c.is_ascii_digit())
        {
            return Err(bad());
        }
        let year: i32 = s[..4].parse().map_err(|_| bad())?;
        let month: u32 = s[5..].parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(Period { year, month })
    }

    /// `[first second of the month, first second of the next)`, UTC.
    pub fn range(self) -> (Timestamp, Timestamp) {
        let start = |y: i32, m: u32| {
            NaiveDate::from_ymd_opt(y, m, 1)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|t| Utc.from_utc_datetime(&t).timestamp())
                .unwrap_or(0)
        };
        let (ny, nm) = if self.month == 12 {
            (self.year + 1, 1)
        } else {
            (self.year, self.month + 1)
        };
        (
            Timestamp(start(self.year, self.month)),
            Timestamp(start(ny, nm)),
        )
    }

    /// The period a time falls in.
    pub fn of(t: Timestamp) -> Period {
        let d = Utc
            .timestamp_opt(t.0, 0)
            .single()
            .unwrap_or_default()
            .date_naive();
        Period {
            year: d.year(),
            month: d.month(),
        }
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// A span of time `[from, to)` in UTC that lists and reports cover: a month (`--period`),
/// dates (`--from` inclusive, `--to` exclusive, either may be left open), or all time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub from: Option<Timestamp>,
    pub to: Option<Timestamp>,
}

impl Span {
    /// The span named by `--period YYYY-MM` or `--from DATE` / `--to DATE` (never both).
    pub fn parse(period: Option<&str>, from: Option<&str>, to: Option<&str>) -> Result<Span> {
        if let Some(p) = period {
            if from.is_some() || to.is_some() {
                return Err(
                    Error::invalid("--period cannot be combined with --from or --to")
                        .hint("name a month with --period, or dates with --from and --to"),
                );
            }
            let (f, t) = Period::parse(p)?.range();
            return Ok(Span {
                from: Some(f),
                to: Some(t),
            });
        }
        let span = Span {
            from: from.map(|d| parse_date(d, "--from")).transpose()?,
            to: to.map(|d| parse_date(d, "--to")).transpose()?,
        };
        if let (Some(f), Some(t)) = (span.from, span.to) {
            if f >= t {
                return Err(Error::invalid(format!(
                    "--from {} is not before --to {}: the span is empty",
                    from.unwrap_or_default(),
                    to.unwrap_or_default()
                ))
                .hint("--from is inclusive and --to exclusive: --from 2026-11-01 --to 2026-12-01 is November"));
            }
        }
        Ok(span)
    }

    /// The span as the store's half-open range, `None` for all time.
    pub fn range(self) -> Option<(Timestamp, Timestamp)> {
        if self.from.is_none() && self.to.is_none() {
            return None;
        }
        Some((
            self.from.unwrap_or(Timestamp(i64::MIN)),
            self.to.unwrap_or(Timestamp(i64::MAX)),
        ))
    }
}

impl From<Period> for Span {
    fn from(p: Period) -> Span {
        let (f, t) = p.range();
        Span {
            from: Some(f),
            to: Some(t),
        }
    }
}

/// A date, `YYYY-MM-DD`, as its first second in UTC.
pub fn parse_date(raw: &str, flag: &str) -> Result<Timestamp> {
    let s = raw.trim();
    let date = (s.len() == 10)
        .then(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .flatten()
        .and_then(|d| d.and_hms_opt(0, 0, 0));
    match date {
        Some(t) => Ok(Timestamp(Utc.from_utc_datetime(&t).timestamp())),
        None => Err(Error::invalid(format!("{flag} {raw:?} is not a date"))
            .hint("write a date as YYYY-MM-DD (UTC), like 2026-11-01")),
    }
}

/// How a report splits its rows over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Granularity {
    /// One row per group over the whole span.
    #[default]
    None,
    /// One row per group and UTC day.
    Day,
    /// One row per group and calendar month (UTC).
    Month,
}

impl Granularity {
    /// The start of the period a time falls in (0 for `None`: one period).
    pub fn bucket(self, t: i64) -> i64 {
        match self {
            Granularity::None => 0,
            Granularity::Day => t.div_euclid(86_400) * 86_400,
            Granularity::Month => Period::of(Timestamp(t)).range().0 .0,
        }
    }

    /// The period starting at `bucket`, as reports print it: `YYYY-MM-DD` or `YYYY-MM`.
    pub fn label(self, bucket: i64) -> Option<String> {
        match self {
            Granularity::None => None,
            Granularity::Day => Some(
                Utc.timestamp_opt(bucket, 0)
                    .single()
                    .unwrap_or_default()
                    .format("%Y-%m-%d")
                    .to_string(),
            ),
            Granularity::Month => Some(Period::of(Timestamp(bucket)).to_string()),
        }
    }
}

/// What recording a charge did: a new charge, or the first result of a retry (R10).
pub struct Recorded {
    pub charge: Charge,
    pub replayed: bool,
    /// The target as it is after the charge (its total spent).
    pub target: Node,
    /// The alerts the charge raised (R30).
    pub alerts: Vec<Alert>,
}

/// Why a charge cannot be recorded on `target` at all, whatever its amount.
fn check_target(target: &Node) -> Result<()> {
    match target.status {
        Status::Deleted => require_live(target),
        Status::Suspended => Err(Error::blocked(format!(
            "charge blocked: subproject {} is suspended",
            target.display_name()
        ))
        .hint(format!(
            "resume it with: acctl subproject resume {}",
            target.path()
        ))),
        Status::Active => Ok(()),
    }
}

fn check_currency(named: Option<Currency>, ba: &BillingAccount) -> Result<()> {
    match named {
        Some(c) if c != ba.currency => Err(Error::invalid(format!(
            "currency {c} is not the billing account's: {:?} bills in {}",
            ba.name, ba.currency
        ))
        .hint("amounts are written in the billing account's currency")),
        _ => Ok(()),
    }
}

fn limit_error(
    target: &Node,
    amount: Amount,
    spent: Amount,
    limit: Amount,
    cur: &Currency,
    month: Period,
) -> Error {
    let left = limit
        .checked_sub(spent)
        .unwrap_or(Amount::ZERO)
        .max(Amount::ZERO);
    let what = match target.limit_period {
        LimitPeriod::Lifetime => format!(
            "{}'s total spent above its credit limit",
            target.display_name()
        ),
        LimitPeriod::Monthly => format!(
            "{}'s spending in {month} above its monthly credit limit",
            target.display_name()
        ),
    };
    Error::blocked(format!(
        "charge blocked: {} {cur} would take {what} of {} {cur} ({} {cur} left)",
        amount.format(cur),
        limit.format(cur),
        left.format(cur),
    ))
    .hint(format!(
        "raise the limit with: acctl subproject set-limit {} AMOUNT",
        target.path()
    ))
}

fn balance_error(ba: &BillingAccount, amount: Amount, balance: Amount) -> Error {
    let cur = &ba.currency;
    Error::blocked(format!(
        "charge blocked: {} {cur} would overdraw prepaid billing account {:?} (balance {} {cur})",
        amount.format(cur),
        ba.name,
        balance.format(cur),
    ))
    .hint(format!(
        "top it up with: acctl billing topup {} AMOUNT",
        ba.name
    ))
}

/// R10-R12: record a charge against a project or subproject. The check and the write happen in
/// the caller's one write transaction (`BEGIN IMMEDIATE`), so concurrent charges never overspend.
pub fn record(tx: &Tx, env: &Env, target: &Node, c: NewCharge) -> Result<Recorded> {
    env.require(tx, Action::UsageRecord, Scope::Node(target.id))?;
    if !c.amount.is_positive() {
        return Err(Error::invalid("a charge's amount must be above zero"));
    }
    let (product, description) = charge_texts(c.product.as_deref(), c.description.as_deref())?;
    let c = NewCharge {
        product,
        description,
        ..c
    };
    if let Some(key) = &c.idempotency_key {
        if let Some(first) = tx.charge_by_key(key)? {
            if first.target_id != target.id || first.amount != c.amount {
                return Err(Error::conflict(format!(
                    "idempotency key {key:?} was already used for a charge of {} {} on another target or with another amount",
                    first.amount.format(&first.currency),
                    first.currency
                ))
                .hint("use a new key for a new charge"));
            }
            // A retry names the same charge: a different currency is another charge.
            if let Some(cur) = c.currency.filter(|cur| *cur != first.currency) {
                return Err(Error::conflict(format!(
                    "idempotency key {key:?} was already used for a charge in {}, not {cur}",
                    first.currency
                ))
                .hint("use a new key for a new charge"));
            }
            return Ok(Recorded {
                charge: first,
                replayed: true,
                target: target.clone(),
                alerts: Vec::new(),
            });
        }
    }
    check_target(target)?;
    let ba_id = tx.billing_account_id_of(target.id)?;
    let ba = tx
        .billing_account_by_id(ba_id)?
        .ok_or_else(|| Error::internal("a charge's billing account is missing"))?;
    check_currency(c.currency, &ba)?;
    let created_at = c.at.unwrap_or_else(|| env.now());
    let month = Period::of(created_at);
    let month_key = month.to_string();
    // R29: a monthly limit counts what was spent in the charge's calendar month.
    let spent = match target.limit_period {
        LimitPeriod::Lifetime => target.total_spent,
        LimitPeriod::Monthly => tx.month_spent(target.id, &month_key)?,
    };
    let spent_after = spent.checked_add(c.amount)?;
    if let Some(limit) = target.credit_limit {
        if spent_after > limit {
            return Err(limit_error(
                target,
                c.amount,
                spent,
                limit,
                &ba.currency,
                month,
            ));
        }
    }
    if let Some(balance) = ba.balance {
        if balance.checked_sub(c.amount)? < Amount::ZERO {
            return Err(balance_error(&ba, c.amount, balance));
        }
        tx.adjust_balance(ba.id, Amount::ZERO.checked_sub(c.amount)?)?;
    }
    // Overflow of the running total is refused before anything is written.
    target.total_spent.checked_add(c.amount)?;
    let charge = Charge {
        id: Uuid::new_v4(),
        target_id: target.id,
        billing_account_id: ba.id,
        amount: c.amount,
        currency: ba.currency,
        product: c.product,
        quantity: c.quantity,
        description: c.description,
        created_at,
        idempotency_key: c.idempotency_key,
        reversed: Amount::ZERO,
    };
    tx.insert_charge(&charge)?;
    tx.add_total_spent(target.id, charge.amount)?;
    tx.add_month_spent(target.id, &month_key, charge.amount)?;
    env.audit_node(
        tx,
        "usage.record",
        target,
        Some(&format!(
            "charge {} of {} {} to billing account {:?}",
            charge.id,
            charge.amount.format(&ba.currency),
            ba.currency,
            ba.name
        )),
    )?;
    let alerts = spend::raise_alerts(
        tx,
        env,
        target,
        &spend::alert_period(target, created_at),
        spent_after,
        Some(charge.id),
    )?;
    Ok(Recorded {
        charge,
        replayed: false,
        target: tx.node_by_id(target.id)?.unwrap_or_else(|| target.clone()),
        alerts,
    })
}

/// Charges on one target (or all), in a span (or all time), oldest first; with `limit`, only
/// the newest `limit` of them (as `audit list --limit`).
pub fn list(
    tx: &Tx,
    env: &Env,
    target: Option<&Node>,
    span: Span,
    limit: Option<i64>,
) -> Result<Vec<Charge>> {
    let keep = check_limit(limit)?;
    let mut out = list_all(tx, env, target, span.range())?;
    if let Some(n) = keep {
        out.drain(..out.len().saturating_sub(n));
    }
    Ok(out)
}

/// A `--limit N`: at least 1.
pub fn check_limit(limit: Option<i64>) -> Result<Option<usize>> {
    match limit {
        None => Ok(None),
        Some(n) if n >= 1 => Ok(Some(usize::try_from(n).unwrap_or(usize::MAX))),
        Some(n) => Err(Error::invalid(format!(
            "--limit {n}: the limit must be at least 1"
        ))),
    }
}

fn list_all(
    tx: &Tx,
    env: &Env,
    target: Option<&Node>,
    range: Option<(Timestamp, Timestamp)>,
) -> Result<Vec<Charge>> {
    if let Some(t) = target {
        env.require(tx, Action::Read, Scope::Node(t.id))?;
        return tx.list_charges(Some(t.id), range);
    }
    // Without a target: the charges of everything the principal reaches.
    let nodes: Vec<Uuid> = match reach(tx, &env.principal, Action::Read)? {
        Reach::All => return tx.list_charges(None, range),
        Reach::Nothing => Vec::new(),
        Reach::Subproject(s) => vec![s],
        Reach::Projects(ps) => {
            let subs = tx.list_nodes(&NodeFilter {
                parents: Some(&ps),
                include_deleted: true,
                ..NodeFilter::default()
            })?;
            ps.iter()
                .copied()
                .chain(subs.iter().map(|n| n.id))
                .collect()
        }
    };
    let mut out = Vec::new();
    for n in nodes {
        out.extend(tx.list_charges(Some(n), range)?);
    }
    out.sort_by_key(|c| (c.created_at, c.id));
    Ok(out)
}

/// The display names (`Parent > Sub`, or the project's name) of the nodes `ids` name, for
/// lists that would otherwise show bare ids. Deleted nodes keep their names.
pub fn display_names(
    tx: &Tx,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, String>> {
    let mut ids: Vec<Uuid> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    Ok(tx
        .nodes_by_ids(&ids)?
        .into_iter()
        .map(|n| (n.id, n.display_name()))
        .collect())
}

// ---------------------------------------------------------------------------------------------
// The report (R13) and invoices.

/// Charges summed per billing account, node and product, as the store gives them.
#[derive(Debug, Clone)]
pub struct ChargeSums {
    pub billing_account_id: Uuid,
    pub node_id: Uuid,
    pub product: Option<String>,
    pub quantity: Option<i64>,
    /// Summed wide (R41): no combination of charges overflows it.
    pub amount: Sum,
    pub charges: i64,
    /// The start of the period these charges fall in (see [`Granularity::bucket`]).
    pub bucket: i64,
}

/// How the report groups its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    /// Per billing account and project (subprojects folded into their project).
    Project,
    /// Per billing account, project, subproject (or the project's own usage) and product.
    Subproject,
    /// Per billing account and product.
    Product,
}

/// One row of the usage report or of an invoice.
#[derive(Debug, Clone)]
pub struct ReportRow {
    /// The period the row covers, with a granularity (`YYYY-MM-DD` or `YYYY-MM`).
    pub period: Option<String>,
    /// What the row's usage is (CLI.md): `project` (a whole project: its own usage and its
    /// subprojects'), `subproject`, `project_own` (the project's own usage), or
    /// `billing_account` (a product's usage across the billing account).
    pub scope: &'static str,
    pub billing_account_id: Uuid,
    pub project_id: Option<Uuid>,
    pub project_name: Option<String>,
    pub subproject_id: Option<Uuid>,
    pub subproject_name: Option<String>,
    pub subproject_deleted: bool,
    pub product: Option<String>,
    pub quantity: i64,
    /// A sum over many charges and nodes: wider than one amount (R41).
    pub amount: Sum,
    pub currency: Currency,
    pub charges: i64,
}

struct NodeInfo {
    project_id: Uuid,
    project_name: String,
    sub: Option<(Uuid, String, bool)>,
}

fn node_info(tx: &Tx, cache: &mut HashMap<Uuid, NodeInfo>, id: Uuid) -> Result<()> {
    if cache.contains_key(&id) {
        return Ok(());
    }
    let n = tx
        .node_by_id(id)?
        .ok_or_else(|| Error::internal(format!("a charge names a missing node {id}")))?;
    cache.insert(id, node_info_of(&n));
    Ok(())
}

fn node_info_of(n: &Node) -> NodeInfo {
    match n.parent_id {
        None => NodeInfo {
            project_id: n.id,
            project_name: n.name.clone(),
            sub: None,
        },
        Some(p) => NodeInfo {
            project_id: p,
            project_name: n.parent_name.clone().unwrap_or_default(),
            sub: Some((n.id, n.name.clone(), n.status == Status::Deleted)),
        },
    }
}

/// R13: usage summed per billing account and project, subproject and product (by default),
/// over a span or all time, of one billing account or all, per period of the granularity.
/// Rows are ordered by period, billing account, project name, subproject name (the project's
/// own usage first) and product.
pub fn report(
    tx: &Tx,
    env: &Env,
    span: Span,
    granularity: Granularity,
    by: GroupBy,
    billing: Option<&BillingAccount>,
) -> Result<Vec<ReportRow>> {
    // Within reach (CLI.md): a key or a user sees the usage of what they reach.
    let r = reach(tx, &env.principal, Action::Read)?;
    if r == Reach::Nothing {
        env.require(tx, Action::Read, Scope::Account)?;
    }
    let sums = tx.charge_sums(span.range(), billing.map(|b| b.id), &|t| {
        granularity.bucket(t)
    })?;
    let mut nodes = HashMap::new();
    // Every charged node in a few queries, rather than one lookup per node.
    let mut ids: Vec<Uuid> = sums.iter().map(|s| s.node_id).collect();
    ids.sort_unstable();
    ids.dedup();
    for n in tx.nodes_by_ids(&ids)? {
        nodes.insert(n.id, node_info_of(&n));
    }
    let mut currencies: HashMap<Uuid, Currency> = HashMap::new();
    type Key = (
        i64,
        Uuid,
        Option<(String, Uuid)>,
        Option<(String, Uuid)>,
        Option<String>,
    );
    let mut rows: BTreeMap<Key, ReportRow> = BTreeMap::new();
    for s in sums {
        node_info(tx, &mut nodes, s.node_id)?;
        let info = &nodes[&s.node_id];
        let (id, parent) = match &info.sub {
            Some((sub, _, _)) => (*sub, Some(info.project_id)),
            None => (info.project_id, None),
        };
        if !r.reaches(id, parent) {
            continue;
        }
        if let std::collections::hash_map::Entry::Vacant(e) = currencies.entry(s.billing_account_id)
        {
            let ba = tx
                .billing_account_by_id(s.billing_account_id)?
                .ok_or_else(|| Error::internal("a charge's billing account is missing"))?;
            e.insert(ba.currency);
        }
        let currency = currencies[&s.billing_account_id];
        let project =
            (by != GroupBy::Product).then(|| (info.project_name.to_lowercase(), info.project_id));
        let sub = (by == GroupBy::Subproject)
            .then(|| {
                info.sub
                    .as_ref()
                    .map(|(id, name, _)| (name.to_lowercase(), *id))
            })
            .flatten();
        let product = (by != GroupBy::Project)
            .then(|| s.product.clone())
            .flatten();
        let key = (
            s.bucket,
            s.billing_account_id,
            project.clone(),
            sub.clone(),
            product.clone(),
        );
        let scope = match (by, &sub) {
            (GroupBy::Project, _) => "project",
            (GroupBy::Subproject, Some(_)) => "subproject",
            (GroupBy::Subproject, None) => "project_own",
            (GroupBy::Product, _) => "billing_account",
        };
        let row = rows.entry(key).or_insert_with(|| ReportRow {
            period: granularity.label(s.bucket),
            scope,
            billing_account_id: s.billing_account_id,
            project_id: project.as_ref().map(|p| p.1),
            project_name: project.as_ref().map(|_| info.project_name.clone()),
            subproject_id: sub.as_ref().map(|s| s.1),
            subproject_name: sub
                .as_ref()
                .and_then(|_| info.sub.as_ref().map(|s| s.1.clone())),
            subproject_deleted: sub.is_some() && info.sub.as_ref().is_some_and(|s| s.2),
            product,
            quantity: 0,
            amount: Sum::ZERO,
            currency,
            charges: 0,
        });
        row.amount = row.amount.plus_sum(s.amount)?;
        row.quantity = row
            .quantity
            .checked_add(s.quantity.unwrap_or(0))
            .ok_or_else(|| Error::internal("the sum of these quantities overflows"))?;
        row.charges += s.charges;
    }
    Ok(rows.into_values().collect())
}

/// One invoice: a billing account's usage in one month, by project, subproject and product,
/// and a credit line for each reversal made in that month (R31).
pub struct Invoice {
    pub billing_account: BillingAccount,
    pub period: Period,
    pub lines: Vec<ReportRow>,
    pub credits: Vec<CreditLine>,
    /// The usage lines' sum.
    pub usage_total: Sum,
    /// The credit lines' sum (positive: what is taken off).
    pub credits_total: Sum,
    /// Usage less credits.
    pub total: Sum,
}

/// A reversal on an invoice: a credit, in the month it was made (R31).
pub struct CreditLine {
    pub reversal: spend::Reversal,
    pub project_id: Uuid,
    pub project_name: String,
    pub subproject_id: Option<Uuid>,
    pub subproject_name: Option<String>,
    pub subproject_deleted: bool,
    /// The reversed charge's product and time.
    pub product: Option<String>,
    pub charged_at: Option<Timestamp>,
}

/// R07/R13/R31: the invoice of a billing account for a month; deleted subprojects' usage
/// stays; reversals made in the month are credit lines.
pub fn invoice(tx: &Tx, env: &Env, billing: &BillingAccount, period: Period) -> Result<Invoice> {
    env.require(tx, Action::BillingManage, Scope::Account)?;
    let lines = report(
        tx,
        env,
        period.into(),
        Granularity::None,
        GroupBy::Subproject,
        Some(billing),
    )?;
    let mut usage_total = Sum::ZERO;
    for l in &lines {
        usage_total = usage_total.plus_sum(l.amount)?;
    }
    let mut credits = Vec::new();
    let mut credits_total = Sum::ZERO;
    let mut nodes = HashMap::new();
    for r in tx.reversals_of_billing(billing.id, Some(period.range()))? {
        node_info(tx, &mut nodes, r.target_id)?;
        let info = &nodes[&r.target_id];
        let charge = tx.charge_by_id(r.charge_id)?;
        credits_total = credits_total.plus(r.amount)?;
        credits.push(CreditLine {
            project_id: info.project_id,
            project_name: info.project_name.clone(),
            subproject_id: info.sub.as_ref().map(|s| s.0),
            subproject_name: info.sub.as_ref().map(|s| s.1.clone()),
            subproject_deleted: info.sub.as_ref().is_some_and(|s| s.2),
            product: charge.as_ref().and_then(|c| c.product.clone()),
            charged_at: charge.as_ref().map(|c| c.created_at),
            reversal: r,
        });
    }
    Ok(Invoice {
        billing_account: billing.clone(),
        period,
        lines,
        credits,
        usage_total,
        credits_total,
        total: usage_total.minus_sum(credits_total)?,
    })
}

/// Resolve a billing account for a report filter.
pub fn report_billing(tx: &Tx, reference: Option<&str>) -> Result<Option<BillingAccount>> {
    reference
        .map(|r| resolve_billing_account(tx, r))
        .transpose()
}

// ---------------------------------------------------------------------------------------------
// Import (R10, R12, R25, R26): all or nothing.

/// One line of an import, as read.
#[derive(Debug, Clone, Default)]
pub struct ImportLine {
    pub line: usize,
    pub target: String,
    pub amount: String,
    pub product: Option<String>,
    pub quantity: Option<String>,
    pub description: Option<String>,
    pub idempotency_key: Option<String>,
    pub at: Option<String>,
    pub currency: Option<String>,
}

/// A line the import refused, by its number.
#[derive(Debug, Clone)]
pub struct LineError {
    pub line: usize,
    pub error: Error,
}

/// The whole import refused: every offending line (R26: nothing was imported).
#[derive(Debug, Clone)]
pub struct ImportRefused {
    pub errors: Vec<LineError>,
}

/// What an import did.
#[derive(Debug, Clone, Default)]
pub struct ImportSummary {
    pub imported: usize,
    /// Lines whose idempotency key was already recorded with the same target and amount.
    pub replayed: usize,
    pub total_by_currency: BTreeMap<&'static str, Sum>,
    /// Alerts the import raised (R30).
    pub alerts: usize,
}

struct TargetState {
    node: Node,
    ba: usize,
    spent: Amount,
    /// Per month the import touches: what the store holds, and the running spending (R29).
    months: HashMap<Period, (Amount, Amount)>,
}

/// An alert an import will raise, unless the store already holds one like it (R30).
struct PendingAlert {
    target: usize,
    threshold: u32,
    period: String,
    spent: Amount,
}

struct BaState {
    ba: BillingAccount,
    balance: Option<Amount>,
}

/// An idempotency key: any non-blank text up to 255 characters, without control characters.
pub fn parse_idempotency_key(raw: &str) -> Result<String> {
    if raw.trim().is_empty()
        || raw.chars().count() > 255
        || raw.chars().any(is_forbidden)
        || raw.chars().all(is_invisible)
    {
        return Err(Error::invalid(format!("{raw:?} is not an idempotency key"))
            .hint("use 1 to 255 printable characters, e.g. a request id"));
    }
    Ok(raw.to_string())
}

/// R41: the largest quantity of one charge, so that a report's quantities (an `i64` sum) would
/// need billions of charges at this maximum to overflow.
pub const MAX_QUANTITY: i64 = 1_000_000_000;

/// R40: a charge's product and description, checked as every stored text is (empty ones
/// dropped).
fn charge_texts(
    product: Option<&str>,
    description: Option<&str>,
) -> Result<(Option<String>, Option<String>)> {
    Ok((
        clean_optional(product, "the product", MAX_PRODUCT_BYTES)?,
        clean_optional(description, "the description", MAX_DESCRIPTION_BYTES)?,
    ))
}

/// Parse a quantity: a whole number of units, zero to [`MAX_QUANTITY`].
pub fn parse_quantity(raw: &str) -> Result<i64> {
    raw.trim()
        .parse::<u64>()
        .ok()
        .and_then(|q| i64::try_from(q).ok())
        .filter(|q| *q <= MAX_QUANTITY)
        .ok_or_else(|| {
            Error::invalid(format!(
                "{raw:?} is not a quantity (a whole number of units)"
            ))
            .hint("a quantity is a whole number from 0 to 1000000000")
        })
}

/// Check every line against the store and the lines before it (running totals in memory), then
/// write them all in the caller's one transaction, or nothing when any line is refused.
/// `progress` is called with the phase ("checking", "writing") and the lines handled so far.
pub fn import(
    tx: &Tx,
    env: &Env,
    lines: &[ImportLine],
    source: &str,
    progress: &mut dyn FnMut(&'static str, u64),
) -> std::result::Result<ImportSummary, ImportRefused> {
    let one = |e: Error| ImportRefused {
        errors: vec![LineError { line: 0, error: e }],
    };
    // Each line's target is authorized as it is resolved (usage.record on that target).
    let mut targets: HashMap<String, std::result::Result<usize, Error>> = HashMap::new();
    let mut states: Vec<TargetState> = Vec::new();
    let mut bas: Vec<BaState> = Vec::new();
    // The idempotency keys already in the store, found in one ordered pass (R10).
    let mut keys: HashMap<String, (Uuid, Amount)> = HashMap::new();
    // Whether a key repeats within the file: only then must each line's key be remembered.
    let repeats_in_file;
    {
        let mut wanted: Vec<&str> = lines
            .iter()
            .filter_map(|l| l.idempotency_key.as_deref())
            .collect();
        wanted.sort_unstable();
        let all = wanted.len();
        wanted.dedup();
        repeats_in_file = wanted.len() != all;
        for (k, target, amount) in tx.charge_keys_used(&wanted).map_err(one)? {
            keys.insert(k, (target, amount));
        }
    }
    let mut errors: Vec<LineError> = Vec::new();
    let mut pending: Vec<PendingAlert> = Vec::new();
    let mut pending_keys: std::collections::HashSet<(usize, u32, String)> =
        std::collections::HashSet::new();
    let mut accepted: Vec<(usize, Charge)> = Vec::with_capacity(lines.len());
    let mut summary = ImportSummary::default();
    let now = env.now();

    for (i, l) in lines.iter().enumerate() {
        if i % 16_384 == 0 {
            progress("checking", i as u64);
        }
        let line = l.line;
        let result = (|| -> Result<Option<Charge>> {
            let amount = Amount::parse_positive(&l.amount, "a charge's amount")?;
            let currency = l.currency.as_deref().map(Currency::parse).transpose()?;
            let quantity = l.quantity.as_deref().map(parse_quantity).transpose()?;
            let (product, description) =
                charge_texts(l.product.as_deref(), l.description.as_deref())?;
            if let Some(k) = &l.idempotency_key {
                parse_idempotency_key(k)?;
            }
            let at = match l.at.as_deref() {
                None => now,
                Some(s) => Timestamp::parse_rfc3339(s).ok_or_else(|| {
                    Error::invalid(format!("\"at\" is not an RFC 3339 time: {s:?}"))
                })?,
            };
            let idx = match targets.get(&l.target) {
                Some(r) => r.clone()?,
                None => {
                    let r = resolve_import_target(tx, env, &l.target, &mut states, &mut bas);
                    targets.insert(l.target.clone(), r.clone());
                    r?
                }
            };
            let st = &states[idx];
            if let Some(key) = &l.idempotency_key {
                let seen = keys.get(key).copied();
                if let Some((t, a)) = seen {
                    if t != st.node.id || a != amount {
                        return Err(Error::conflict(format!(
                            "idempotency key {key:?} was already used on another target or with another amount"
                        ))
                        .hint("use a new key for a new charge"));
                    }
                    // As in record: a different currency is another charge. The target's
                    // billing account has the first charge's currency (a re-link keeps it, R08).
                    let ba = &bas[st.ba].ba;
                    if let Some(cur) = currency.filter(|cur| *cur != ba.currency) {
                        return Err(Error::conflict(format!(
                            "idempotency key {key:?} was already used for a charge in {}, not {cur}",
                            ba.currency
                        ))
                        .hint("use a new key for a new charge"));
                    }
                    return Ok(None);
                }
            }
            let ba = &bas[st.ba];
            check_currency(currency, &ba.ba)?;
            let spent = st.spent.checked_add(amount)?;
            let month = Period::of(at);
            let month_before = match st.months.get(&month) {
                Some((_, running)) => *running,
                None => tx.month_spent(st.node.id, &month.to_string())?,
            };
            let month_after = month_before.checked_add(amount)?;
            let (before, after) = match st.node.limit_period {
                LimitPeriod::Lifetime => (st.spent, spent),
                LimitPeriod::Monthly => (month_before, month_after),
            };
            if let Some(limit) = st.node.credit_limit {
                if after > limit {
                    return Err(limit_error(
                        &st.node,
                        amount,
                        before,
                        limit,
                        &ba.ba.currency,
                        month,
                    ));
                }
                for threshold in spend::reached(&st.node, after) {
                    let period = spend::alert_period(&st.node, at);
                    if pending_keys.insert((idx, threshold, period.clone())) {
                        pending.push(PendingAlert {
                            target: idx,
                            threshold,
                            period,
                            spent: after,
                        });
                    }
                }
            }
            let balance = match ba.balance {
                Some(b) => {
                    let after = b.checked_sub(amount)?;
                    if after < Amount::ZERO {
                        return Err(balance_error(&ba.ba, amount, b));
                    }
                    Some(after)
                }
                None => None,
            };
            let ba_id = ba.ba.id;
            let currency = ba.ba.currency;
            let ba_idx = st.ba;
            states[idx].spent = spent;
            states[idx]
                .months
                .entry(month)
                .or_insert((month_before, month_before))
                .1 = month_after;
            bas[ba_idx].balance = balance;
            if let Some(key) = l.idempotency_key.as_ref().filter(|_| repeats_in_file) {
                keys.insert(key.clone(), (states[idx].node.id, amount));
            }
            Ok(Some(Charge {
                id: Uuid::nil(),
                target_id: states[idx].node.id,
                billing_account_id: ba_id,
                amount,
                currency,
                product,
                quantity,
                description,
                created_at: at,
                idempotency_key: l.idempotency_key.clone(),
                reversed: Amount::ZERO,
            }))
        })();
        match result {
            Ok(Some(c)) => accepted.push((line, c)),
            Ok(None) => summary.replayed += 1,
            Err(error) => errors.push(LineError { line, error }),
        }
    }
    if !errors.is_empty() {
        return Err(ImportRefused { errors });
    }
    write_import(
        tx,
        env,
        accepted,
        (&states, &bas, &pending),
        &mut summary,
        source,
        progress,
    )
    .map_err(one)?;
    Ok(summary)
}

fn resolve_import_target(
    tx: &Tx,
    env: &Env,
    reference: &str,
    states: &mut Vec<TargetState>,
    bas: &mut Vec<BaState>,
) -> Result<usize> {
    if reference.trim().is_empty() {
        return Err(Error::invalid("the line names no target"));
    }
    let node = resolve_target_for(tx, env, reference)?;
    env.require(tx, Action::UsageRecord, Scope::Node(node.id))?;
    check_target(&node)?;
    // The same node may be named two ways (path and id): share its running total.
    if let Some(i) = states.iter().position(|s| s.node.id == node.id) {
        return Ok(i);
    }
    let ba_id = tx.billing_account_id_of(node.id)?;
    let ba = match bas.iter().position(|b| b.ba.id == ba_id) {
        Some(i) => i,
        None => {
            let ba = tx
                .billing_account_by_id(ba_id)?
                .ok_or_else(|| Error::internal("a billing account is missing"))?;
            bas.push(BaState {
                balance: ba.balance,
                ba,
            });
            bas.len() - 1
        }
    };
    states.push(TargetState {
        spent: node.total_spent,
        node,
        ba,
        months: HashMap::new(),
    });
    Ok(states.len() - 1)
}

/// How many charges an import hands the store at once.
const WRITE_BATCH: usize = 8_192;

fn write_import(
    tx: &Tx,
    env: &Env,
    accepted: Vec<(usize, Charge)>,
    (states, bas, pending): (&[TargetState], &[BaState], &[PendingAlert]),
    summary: &mut ImportSummary,
    source: &str,
    progress: &mut dyn FnMut(&'static str, u64),
) -> Result<()> {
    // Time-ordered ids (UUIDv7 layout): random per import, then a counter, so that a million
    // inserts append to the primary-key index instead of scattering through it.
    let mut seed = [0u8; 10];
    getrandom::fill(&mut seed).map_err(|e| Error::internal(format!("no randomness: {e}")))?;
    let millis = u64::try_from(env.now().0).unwrap_or(0).saturating_mul(1000);
    let base = u64::from_be_bytes([
        seed[2], seed[3], seed[4], seed[5], seed[6], seed[7], seed[8], seed[9],
    ]) >> 1;
    tx.prepare_bulk(accepted.len())?;
    // In time order, every index on charge (time, billing account, node) grows at its end,
    // which keeps a million inserts in a few hot pages.
    let mut accepted = accepted;
    accepted.sort_by_key(|(_, c)| c.created_at);
    let mut batch: Vec<Charge> = Vec::with_capacity(WRITE_BATCH);
    for (n, (_, mut c)) in accepted.into_iter().enumerate() {
        if n % 16_384 == 0 {
            progress("writing", n as u64);
        }
        let mut bytes = seed;
        bytes[2..].copy_from_slice(&(base.wrapping_add(n as u64)).to_be_bytes());
        c.id = uuid::Builder::from_unix_timestamp_millis(millis, &bytes).into_uuid();
        let total = summary
            .total_by_currency
            .entry(c.currency.code)
            .or_insert(Sum::ZERO);
        *total = total.plus(c.amount)?;
        batch.push(c);
        if batch.len() == WRITE_BATCH {
            tx.insert_charges(&batch)?;
            batch.clear();
        }
        summary.imported += 1;
    }
    tx.insert_charges(&batch)?;
    for s in states {
        if s.spent != s.node.total_spent {
            tx.add_total_spent(s.node.id, s.spent.checked_sub(s.node.total_spent)?)?;
        }
        for (month, (stored, running)) in &s.months {
            if running != stored {
                tx.add_month_spent(s.node.id, &month.to_string(), running.checked_sub(*stored)?)?;
            }
        }
    }
    // R30: each threshold reached is raised once, unless an earlier command raised it.
    for p in pending {
        let node = &states[p.target].node;
        let Some(limit) = node.credit_limit else {
            continue;
        };
        if tx.alert_exists(node.id, p.threshold, &p.period, limit)? {
            continue;
        }
        let a = spend::NewAlert {
            id: Uuid::new_v4(),
            at: env.now(),
            subproject_id: node.id,
            display_name: node.display_name(),
            threshold: p.threshold,
            spent: p.spent,
            limit,
            period: p.period.clone(),
            currency: node.currency,
            charge_id: None,
        };
        tx.insert_alert(&a)?;
        summary.alerts += 1;
    }
    for b in bas {
        if let (Some(after), Some(before)) = (b.balance, b.ba.balance) {
            if after != before {
                tx.adjust_balance(b.ba.id, after.checked_sub(before)?)?;
            }
        }
    }
    let totals = summary
        .total_by_currency
        .iter()
        .map(|(c, a)| Ok(format!("{} {c}", a.format(&Currency::parse(c)?))))
        .collect::<Result<Vec<_>>>()?
        .join(", ");
    env.audit(
        tx,
        "usage.import",
        source,
        Some(&format!(
            "{} charge(s) imported ({}), {} repeated line(s) skipped, {} alert(s) raised",
            summary.imported,
            if totals.is_empty() {
                "nothing"
            } else {
                &totals
            },
            summary.replayed,
            summary.alerts
        )),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_utc_calendar_months() {
        let p = Period::parse("2026-12").unwrap();
        let (from, to) = p.range();
        assert_eq!(from.to_rfc3339(), "2026-12-01T00:00:00Z");
        assert_eq!(to.to_rfc3339(), "2027-01-01T00:00:00Z");
        assert_eq!(Period::of(Timestamp(to.0 - 1)), p);
        assert_eq!(p.to_string(), "2026-12");
        for bad in [
            "2026-13", "2026-00", "2026-1", "20261", "2026-1a", "+026-01", "",
        ] {
            assert_eq!(Period::parse(bad).unwrap_err().exit_code(), 2, "{bad}");
        }
    }

    #[test]
    fn idempotency_keys_are_printable_and_not_blank() {
        assert!(parse_idempotency_key("req-1").is_ok());
        for bad in ["", "  ", "a\u{0}b"] {
            assert!(parse_idempotency_key(bad).is_err(), "{bad:?}");
        }
    }
}
