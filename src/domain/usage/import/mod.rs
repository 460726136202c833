//! R10, R12, R25, R26: importing a file of charges, all or nothing, streamed.
//!
//! The file is read a chunk of lines at a time, in the caller's one transaction: each chunk's
//! new targets are resolved in bulk, its idempotency keys looked up in the store at once (the
//! charges of earlier chunks are already written, so the store finds keys repeated across
//! chunks), every line is checked against the running totals, and the chunk's charges are
//! written. Once a line is refused nothing more is written (keys of lines checked after it go
//! to a scratch table, so repeats are still found) but every line is still checked, so that
//! all refused lines are counted and the first listed; the caller then rolls back. Memory grows
//! with the distinct targets (bounded by the store), never with the lines.

mod targets;

use super::*;
use crate::domain::access::Sight;
use crate::domain::clock::Timestamp;
use crate::domain::model::{BillingAccount, LimitPeriod, Node};
use crate::domain::money::{Amount, Currency, Sum};
use crate::domain::spend;
use crate::domain::Env;
use crate::error::{Error, RefusedAttempt, Result};
use crate::store::Tx;
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// How many lines make a chunk: one bulk lookup of targets and keys, one bulk write.
pub const CHUNK_LINES: usize = 8_192;

/// How many refused lines an import lists (in line order) before counting the rest.
pub const LISTED: usize = 20;

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

/// The whole import refused (R26: nothing was imported): the first refused lines in full, and
/// how many there were.
#[derive(Debug, Clone, Default)]
pub struct ImportRefused {
    /// The first [`LISTED`] refused lines, in line order.
    pub listed: Vec<LineError>,
    /// How many lines were refused.
    pub refused: usize,
    /// How many of them an API key was refused on (R25), and the first such attempt.
    pub denied: usize,
    pub attempt: Option<RefusedAttempt>,
}

impl ImportRefused {
    /// Count a refused line; keep it whole only while fewer than [`LISTED`] are kept.
    pub fn push(&mut self, line: usize, error: Error) {
        self.refused += 1;
        if let Some(a) = &error.attempt {
            self.denied += 1;
            if self.attempt.is_none() {
                self.attempt = Some((**a).clone());
            }
        }
        if self.listed.len() < LISTED {
            self.listed.push(LineError { line, error });
        }
    }

    pub fn is_empty(&self) -> bool {
        self.refused == 0
    }
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

/// What an import needs to know of a target, as the store has it.
pub struct TargetFacts {
    pub id: Uuid,
    /// The project's, or the subproject's parent's.
    pub billing_account_id: Option<Uuid>,
    pub active: bool,
    pub credit_limit: Option<Amount>,
    pub total_spent: Amount,
    pub limit_period: LimitPeriod,
    pub alert_thresholds: Vec<u32>,
}

/// What the import keeps of a target: its running totals, never its lines.
struct Target {
    id: Uuid,
    ba: u32,
    period: LimitPeriod,
    limit: Option<Amount>,
    /// An index into [`Import::threshold_sets`].
    thresholds: u32,
    /// The total spent in the store before the import, and with the lines accepted so far.
    stored: Amount,
    spent: Amount,
    /// What the accepted lines add to each month they fall in.
    months: Vec<(Period, Amount)>,
    /// The lifetime spending whose alert thresholds were weighed already (R30).
    checked: Option<Amount>,
    /// Why the target takes no charges (suspended or deleted), weighed after a line's
    /// idempotency key, as `usage record` does: a retry of a charge it took is answered (R10).
    /// Boxed: most targets take charges, and an import keeps one per target.
    blocked: Option<Box<Error>>,
}

/// A monthly limit's month (R29): what the store held, and the spending whose alert thresholds
/// were weighed already.
struct MonthLimit {
    stored: Amount,
    checked: Option<Amount>,
}

struct BaState {
    ba: BillingAccount,
    balance: Option<Amount>,
}

/// What a line accepted by [`Import::line`] counts toward its limit (R29): its month, and the
/// limit's running total with the line, as `accept` takes it into the totals.
#[derive(Clone, Copy)]
struct Counted {
    month: Period,
    after: Amount,
}

/// How a reference was resolved.
#[derive(Clone, Copy)]
enum Ref {
    Target(u32),
    Refused(u32),
}

/// A line's fields, checked.
struct Parsed {
    amount: Amount,
    currency: Option<Currency>,
    quantity: Option<i64>,
    product: Option<String>,
    description: Option<String>,
    at: Timestamp,
}

/// An import in progress: fed chunks of lines, then finished.
pub struct Import {
    now: Timestamp,
    /// What the principal sees (`None`: everything, the operator).
    sight: Option<Sight>,
    refs: HashMap<Box<str>, Ref>,
    refused_refs: Vec<Error>,
    by_id: HashMap<Uuid, u32>,
    targets: Vec<Target>,
    monthly: HashMap<(u32, Period), MonthLimit>,
    threshold_sets: Vec<Vec<u32>>,
    bas: Vec<BaState>,
    /// Nodes fetched again for a message or an alert (bounded).
    nodes: HashMap<u32, Node>,
    /// The current chunk's lines that could not be read as charges, listed in line order
    /// with its other refused lines when it is checked.
    malformed: Vec<LineError>,
    refused: ImportRefused,
    lines: usize,
    summary: ImportSummary,
    /// Whether the scratch table of checked but unwritten keys exists.
    pending_keys: bool,
    /// The chunk's accepted lines, written when it is checked.
    buffer: Vec<Charge>,
    ids: IdSource,
    /// Where this import's charges begin in the store, for the monthly roll-up.
    mark: i64,
}

/// Time-ordered charge ids (the UUIDv7 layout): random per import, then a counter, so that a
/// million inserts append to the primary-key index instead of scattering through it.
struct IdSource {
    seed: [u8; 10],
    base: u64,
    millis: u64,
    next: u64,
}

impl IdSource {
    fn new(now: Timestamp) -> Result<IdSource> {
        let mut seed = [0u8; 10];
        getrandom::fill(&mut seed).map_err(|e| Error::internal(format!("no randomness: {e}")))?;
        let base = u64::from_be_bytes([
            seed[2], seed[3], seed[4], seed[5], seed[6], seed[7], seed[8], seed[9],
        ]) >> 1;
        Ok(IdSource {
            seed,
            base,
            millis: u64::try_from(now.0).unwrap_or(0).saturating_mul(1000),
            next: 0,
        })
    }

    fn next(&mut self) -> Uuid {
        let mut bytes = self.seed;
        bytes[2..].copy_from_slice(&self.base.wrapping_add(self.next).to_be_bytes());
        self.next += 1;
        uuid::Builder::from_unix_timestamp_millis(self.millis, &bytes).into_uuid()
    }
}

/// How many nodes an import keeps fetched for messages and alerts.
const NODES_KEPT: usize = 1_024;

impl Import {
    /// Start an import in `tx`: the principal's sight is judged once.
    pub fn begin(tx: &Tx, env: &Env) -> Result<Import> {
        tx.prepare_import()?;
        let sight = if env.principal.is_operator() {
            None
        } else {
            Some(Sight::of(tx, &env.principal)?)
        };
        Ok(Import {
            now: env.now(),
            sight,
            refs: HashMap::new(),
            refused_refs: Vec::new(),
            by_id: HashMap::new(),
            targets: Vec::new(),
            monthly: HashMap::new(),
            threshold_sets: Vec::new(),
            bas: Vec::new(),
            nodes: HashMap::new(),
            malformed: Vec::new(),
            refused: ImportRefused::default(),
            lines: 0,
            summary: ImportSummary::default(),
            pending_keys: false,
            buffer: Vec::new(),
            ids: IdSource::new(env.now())?,
            mark: tx.charges_mark()?,
        })
    }

    /// A line that could not be read as a charge at all (malformed JSON or CSV): refused like
    /// any other, and the lines around it are still checked, so that one run lists them all.
    pub fn malformed(&mut self, line: usize, error: Error) {
        self.lines += 1;
        self.malformed.push(LineError { line, error });
    }

    /// The lines read so far (malformed ones included).
    pub fn lines(&self) -> usize {
        self.lines
    }

    /// Check a chunk of lines, in order, and write the accepted ones unless a line was refused.
    /// An `Err` is the store failing, not a line refused.
    pub fn check(&mut self, tx: &Tx, env: &Env, chunk: &[ImportLine]) -> Result<()> {
        self.lines += chunk.len();
        // The chunk's malformed lines, to be listed among its other refusals by line number.
        let mut malformed = std::mem::take(&mut self.malformed).into_iter().peekable();
        let parsed: Vec<Result<Parsed>> = chunk.iter().map(|l| self.parse(l)).collect();
        // The chunk's new targets, resolved together.
        let mut new_refs: Vec<&str> = chunk
            .iter()
            .zip(&parsed)
            .filter(|(l, p)| p.is_ok() && !self.refs.contains_key(l.target.as_str()))
            .map(|(l, _)| l.target.as_str())
            .collect();
        new_refs.sort_unstable();
        new_refs.dedup();
        self.resolve(tx, env, &new_refs)?;
        // The keys the store holds already, looked up together (R10).
        let mut keys: Vec<&str> = chunk
            .iter()
            .zip(&parsed)
            .filter(|(l, p)| {
                p.is_ok() && matches!(self.refs.get(l.target.as_str()), Some(Ref::Target(_)))
            })
            .filter_map(|(l, _)| l.idempotency_key.as_deref())
            .collect();
        keys.sort_unstable();
        keys.dedup();
        let mut known: HashMap<String, (Uuid, Amount)> = tx
            .charge_keys(&keys, self.pending_keys)?
            .into_iter()
            .map(|(k, t, a)| (k, (t, a)))
            .collect();
        self.load_months(tx, chunk, &parsed)?;
        for (l, p) in chunk.iter().zip(parsed) {
            while let Some(m) = malformed.next_if(|m| m.line < l.line) {
                self.refused.push(m.line, m.error);
            }
            let outcome = match p {
                Ok(p) => self.line(tx, l, p, &known),
                Err(e) => Err(e),
            };
            match outcome {
                Ok(Some((mut c, counted))) => {
                    if let Some(k) = &c.idempotency_key {
                        known.insert(k.clone(), (c.target_id, c.amount));
                    }
                    self.accept(tx, env, &mut c, counted)?;
                    self.buffer.push(c);
                }
                Ok(None) => self.summary.replayed += 1,
                Err(e) => self.refused.push(l.line, e),
            }
        }
        for m in malformed {
            self.refused.push(m.line, m.error);
        }
        self.flush(tx)
    }

    /// Write the accepted lines held back: in time order, so that the indexes on charge keyed
    /// by time are walked once per flush rather than at random. Once a line is refused nothing
    /// is written, but their keys go to a scratch table, where later lines still find them.
    fn flush(&mut self, tx: &Tx) -> Result<()> {
        if self.refused.is_empty() {
            self.buffer.sort_by_key(|c| c.created_at);
            tx.insert_charges(&self.buffer)?;
        } else {
            let pending: Vec<(&str, Uuid, Amount)> = self
                .buffer
                .iter()
                .filter_map(|c| {
                    c.idempotency_key
                        .as_deref()
                        .map(|k| (k, c.target_id, c.amount))
                })
                .collect();
            if !pending.is_empty() {
                if !self.pending_keys {
                    tx.create_import_keys()?;
                    self.pending_keys = true;
                }
                tx.insert_import_keys(&pending)?;
            }
        }
        self.buffer.clear();
        Ok(())
    }

    /// The fields of a line that need no store, in the order they are checked.
    fn parse(&self, l: &ImportLine) -> Result<Parsed> {
        let amount = Amount::parse_positive(&l.amount, "a charge's amount")?;
        let currency = l.currency.as_deref().map(Currency::parse).transpose()?;
        let quantity = l.quantity.as_deref().map(parse_quantity).transpose()?;
        let (product, description) = charge_texts(l.product.as_deref(), l.description.as_deref())?;
        if let Some(k) = &l.idempotency_key {
            parse_idempotency_key(k)?;
        }
        let at = match l.at.as_deref() {
            None => self.now,
            Some(s) => Timestamp::parse_rfc3339(s).ok_or_else(|| {
                Error::invalid(format!("\"at\" is not an RFC 3339 time: {s:?}"))
                    .hint("write it like 2026-11-23T09:00:00Z")
            })?,
        };
        Ok(Parsed {
            amount,
            currency,
            quantity,
            product,
            description,
            at,
        })
    }

    /// Check one line against the store and the lines before it: a charge to write, `None`
    /// for a line its idempotency key was already recorded with, or why it is refused.
    fn line(
        &mut self,
        tx: &Tx,
        l: &ImportLine,
        p: Parsed,
        known: &HashMap<String, (Uuid, Amount)>,
    ) -> Result<Option<(Charge, Counted)>> {
        let idx = match self.refs.get(l.target.as_str()) {
            Some(Ref::Target(i)) => *i,
            Some(Ref::Refused(e)) => return Err(self.refused_refs[*e as usize].clone()),
            None => return Err(Error::internal("an import target was not resolved")),
        };
        let t = &self.targets[idx as usize];
        let ba = &self.bas[t.ba as usize];
        if let Some(key) = &l.idempotency_key {
            if let Some(&(target, amount)) = known.get(key) {
                // The first charge's currency is its billing account's: the target's when the
                // target is the same (a re-link keeps the currency, R08), else the first one's.
                let first_currency = if target == t.id {
                    ba.ba.currency
                } else {
                    match self.by_id.get(&target) {
                        Some(&i) => self.bas[self.targets[i as usize].ba as usize].ba.currency,
                        None => tx
                            .charge_by_key(key)?
                            .map_or(ba.ba.currency, |c| c.currency),
                    }
                };
                check_retry(
                    key,
                    (target, amount, first_currency),
                    (t.id, p.amount, p.currency),
                )?;
                return Ok(None);
            }
        }
        if let Some(e) = &t.blocked {
            return Err(Error::clone(e));
        }
        check_currency(p.currency, &ba.ba)?;
        let amount = p.amount;
        // Overflow of the running total is refused before anything is written.
        t.spent.checked_add(amount)?;
        let month = Period::of(p.at);
        let added = t
            .months
            .iter()
            .find(|(m, _)| *m == month)
            .map_or(Amount::ZERO, |(_, a)| *a);
        let monthly = self.monthly.get(&(idx, month));
        // R29: what the limit counts before this line: the total, or the month's.
        let before = spend::counted(t.period, t.spent, || {
            monthly
                .map_or(Amount::ZERO, |m| m.stored)
                .checked_add(added)
        })?;
        let after = before.checked_add(amount)?;
        if let Some(limit) = t.limit {
            if after > limit {
                let cur = ba.ba.currency;
                let node = self.node(tx, idx)?;
                return Err(limit_error(&node, amount, before, limit, &cur, month));
            }
        }
        if let Some(b) = ba.balance {
            if b.checked_sub(amount)? < Amount::ZERO {
                return Err(balance_error(&ba.ba, amount, b));
            }
        }
        let counted = Counted { month, after };
        Ok(Some((
            Charge {
                id: Uuid::nil(),
                target_id: t.id,
                billing_account_id: ba.ba.id,
                amount,
                currency: ba.ba.currency,
                product: p.product,
                quantity: p.quantity,
                description: p.description,
                created_at: p.at,
                idempotency_key: l.idempotency_key.clone(),
                reversed: Amount::ZERO,
            },
            counted,
        )))
    }

    /// Take an accepted charge into the running totals, give it its id, and raise the alerts
    /// it brings (R30) as `usage record` does, unless the import is already refused.
    fn accept(&mut self, tx: &Tx, env: &Env, c: &mut Charge, counted: Counted) -> Result<()> {
        let idx = self.by_id[&c.target_id];
        c.id = self.ids.next();
        let t = &mut self.targets[idx as usize];
        let Counted { month, after } = counted;
        t.spent = t.spent.checked_add(c.amount)?;
        match t.months.iter_mut().find(|(m, _)| *m == month) {
            Some((_, a)) => *a = a.checked_add(c.amount)?,
            None => t.months.push((month, c.amount)),
        }
        let ba = &mut self.bas[t.ba as usize];
        if let Some(b) = ba.balance {
            ba.balance = Some(b.checked_sub(c.amount)?);
        }
        let total = self
            .summary
            .total_by_currency
            .entry(c.currency.code)
            .or_insert(Sum::ZERO);
        *total = total.plus(c.amount)?;
        self.summary.imported += 1;
        let Some(limit) = t.limit else {
            return Ok(());
        };
        let checked = match t.period {
            LimitPeriod::Lifetime => t.checked.replace(after),
            LimitPeriod::Monthly => self
                .monthly
                .get_mut(&(idx, month))
                .and_then(|m| m.checked.replace(after)),
        };
        let newly = self.threshold_sets[t.thresholds as usize].iter().any(|th| {
            spend::reaches(after, limit, *th)
                && !checked.is_some_and(|c| spend::reaches(c, limit, *th))
        });
        if newly && self.refused.is_empty() {
            let node = self.node(tx, idx)?;
            let period = spend::alert_period(node.limit_period, c.created_at);
            let raised = spend::raise_alerts(tx, env, &node, &period, after, checked, Some(c.id))?;
            self.summary.alerts += raised.len();
        }
        Ok(())
    }

    /// A target's node as the store has it, for a message or an alert.
    fn node(&mut self, tx: &Tx, idx: u32) -> Result<Node> {
        if let Some(n) = self.nodes.get(&idx) {
            return Ok(n.clone());
        }
        let n = tx.node(self.targets[idx as usize].id)?;
        if self.nodes.len() >= NODES_KEPT {
            self.nodes.clear();
        }
        self.nodes.insert(idx, n.clone());
        Ok(n)
    }

    /// Finish: the refused lines, if any (the caller rolls back), or the running totals,
    /// balances and the one audit entry written (R25). `Err`: the store failed, or the file
    /// holds no charges.
    pub fn finish(
        mut self,
        tx: &Tx,
        env: &Env,
        source: &str,
    ) -> Result<std::result::Result<ImportSummary, ImportRefused>> {
        if self.lines == 0 {
            return Err(Error::invalid(format!("{source} holds no charges")));
        }
        if !self.refused.is_empty() {
            return Ok(Err(self.refused));
        }
        self.flush(tx)?;
        // The running totals, a group at a time: the whole list is as long as the targets.
        const GROUP: usize = 4_096;
        let mut totals: Vec<(Uuid, Amount)> = Vec::with_capacity(GROUP);
        let mut months: Vec<(Uuid, String, Amount)> = Vec::with_capacity(GROUP);
        // In key order (node id, then month): each group's rows sit side by side in the
        // indexes they update, instead of a page apart each (a third of the time at 100,000
        // targets).
        let mut order: Vec<&mut Target> = self.targets.iter_mut().collect();
        order.sort_unstable_by_key(|t| t.id);
        let last = order.len();
        for (i, t) in order.into_iter().enumerate() {
            if t.spent != t.stored {
                totals.push((t.id, t.spent.checked_sub(t.stored)?));
            }
            t.months.sort_unstable_by_key(|(m, _)| (m.year, m.month));
            for (m, a) in &t.months {
                months.push((t.id, m.to_string(), *a));
            }
            if totals.len() >= GROUP || months.len() >= GROUP || i + 1 == last {
                tx.add_totals_spent(&totals)?;
                tx.add_months_spent(&months)?;
                totals.clear();
                months.clear();
            }
        }
        // R13: the month sums, in one pass over what was written.
        tx.roll_up_charges_after(self.mark)?;
        for b in &self.bas {
            if let (Some(after), Some(before)) = (b.balance, b.ba.balance) {
                if after != before {
                    tx.adjust_balance(b.ba.id, after.checked_sub(before)?)?;
                }
            }
        }
        let summary = self.summary;
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
        Ok(Ok(summary))
    }
}
