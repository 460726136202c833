//! R10, R12, R25, R26: importing a file of charges, all or nothing.

use super::*;
use crate::domain::access::{Action, Scope};
use crate::domain::clock::Timestamp;
use crate::domain::hierarchy::resolve_target_for;
use crate::domain::model::{BillingAccount, LimitPeriod, Node};
use crate::domain::money::{Amount, Currency, Sum};
use crate::domain::spend;
use crate::domain::Env;
use crate::error::{Error, Result};
use crate::store::Tx;
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

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
