//! R26: verify the store: the database's own integrity, the model's structure and every invariant
//! that commands keep (totals spent, prepaid balances, the audit chain). Read only.

use super::access::{Action, Scope};
use super::clock::Timestamp;
use super::money::{Amount, Currency, Sum};
use super::names::{fold, reads_as_id};
use super::resources::ResourceKind;
use super::usage::{Period, Tally};
use super::Env;
use crate::error::Result;
use crate::store::Value;
use crate::store::{BalanceRecords, KeptName, Tx, AUDIT_GENESIS};

/// At most this many problems are listed per check; the rest are counted.
const MAX_PER_CHECK: usize = 50;

/// One thing found wrong: which check found it, and a one-line description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub check: &'static str,
    pub detail: String,
}

/// What `check` found.
#[derive(Debug, Default)]
pub struct Report {
    /// How many checks ran.
    pub checks_run: usize,
    pub problems: Vec<Problem>,
    /// The problems found per check, for the checks that found any: uncapped, where
    /// `problems` lists at most [`MAX_PER_CHECK`] per check.
    pub found: Vec<(&'static str, usize)>,
}

impl Report {
    /// How many problems `check` found (0 when it found none).
    pub fn found_for(&self, check: &str) -> usize {
        self.found
            .iter()
            .find(|(c, _)| *c == check)
            .map_or(0, |(_, n)| *n)
    }

    fn run(&mut self, check: &'static str, details: Vec<String>) {
        self.checks_run += 1;
        let n = details.len();
        if n > 0 {
            self.found.push((check, n));
        }
        for d in details.into_iter().take(MAX_PER_CHECK) {
            self.problems.push(Problem { check, detail: d });
        }
        if n > MAX_PER_CHECK {
            self.problems.push(Problem {
                check,
                detail: format!("... and {} more", n - MAX_PER_CHECK),
            });
        }
    }
}

fn text(v: &Value) -> String {
    v.display()
}

/// Money in a currency, for messages; raw micros when the currency is unknown.
fn money(micros: Option<i64>, currency: &str) -> String {
    match (micros, Currency::parse(currency)) {
        (Some(m), Ok(c)) => format!("{} {c}", Amount::from_micros(m).format(&c)),
        (Some(m), Err(_)) => format!("{m} micro-units {currency}"),
        (None, _) => "none".into(),
    }
}

/// The checks whose problems are sums or keys the store keeps beside its records, which
/// `check --repair` rebuilds from those records.
const TOTAL_SPENT: &str = "total_spent";
const BALANCE: &str = "balance";
const MONTH_SPENDING: &str = "month_spending";
const CHARGE_MONTHS: &str = "charge_months";
const NAMES: &str = "names";
/// The checks of the file and of the records the kept values are rebuilt from: when any of
/// them fails, nothing is rebuilt (a sum rebuilt from a doubtful record, a reversal larger than
/// its charge, would spread the damage to balances and totals).
const INTEGRITY: &str = "integrity";
const FOREIGN_KEYS: &str = "foreign_keys";
const CURRENCY: &str = "currency";
const REVERSALS: &str = "reversals";
const TRANSFERS: &str = "transfers";
const RECORDS: [&str; 5] = [INTEGRITY, FOREIGN_KEYS, CURRENCY, REVERSALS, TRANSFERS];

/// What `check --repair` can rebuild, each from the records it is kept from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rebuild {
    /// Running totals spent: charges less reversals (R26, R31).
    TotalsSpent,
    /// Prepaid balances: top-ups less charges, plus reversals and transfers (R11, R31, R32).
    Balances,
    /// Monthly spending (R29).
    MonthSpending,
    /// Monthly usage sums (R13).
    ChargeMonths,
    /// Lookup keys: each name, and each user's email, folded (R05).
    NameKeys,
}

impl Rebuild {
    const ALL: [Rebuild; 5] = [
        Rebuild::TotalsSpent,
        Rebuild::Balances,
        Rebuild::MonthSpending,
        Rebuild::ChargeMonths,
        Rebuild::NameKeys,
    ];

    /// The check that finds what this rebuild mends.
    pub fn check(self) -> &'static str {
        match self {
            Rebuild::TotalsSpent => TOTAL_SPENT,
            Rebuild::Balances => BALANCE,
            Rebuild::MonthSpending => MONTH_SPENDING,
            Rebuild::ChargeMonths => CHARGE_MONTHS,
            Rebuild::NameKeys => NAMES,
        }
    }

    /// Rebuild: the rows changed.
    fn run(self, tx: &Tx) -> Result<usize> {
        match self {
            Rebuild::TotalsSpent => tx.rebuild_totals_spent(),
            Rebuild::Balances => rebuild_balances(tx),
            Rebuild::MonthSpending => tx.rebuild_month_spending(),
            Rebuild::ChargeMonths => tx.rebuild_charge_months(),
            Rebuild::NameKeys => rebuild_name_keys(tx),
        }
    }
}

/// Give every name its folded key (R05), in two steps so that keys swapped or passed along
/// between siblings are mended too: each wrong key first becomes a key no name folds to (a
/// control character and the row's id), then each row takes its folded key. A row whose folded
/// key another row must not share (a live sibling, another billing account) gets its old key
/// back if it is still free, else keeps the stand-in: two names that fold alike need a rename,
/// which `check` reports either way. Returns the rows whose key changed.
fn rebuild_name_keys(tx: &Tx) -> Result<usize> {
    let wrong: Vec<KeptName> = tx
        .kept_names()?
        .into_iter()
        .filter(|k| fold(&k.name) != k.key)
        .collect();
    for k in &wrong {
        tx.set_name_key(k.table, &k.id, &format!("\u{1}{}", k.id))?;
    }
    let mut changed = 0;
    for k in &wrong {
        if tx.set_name_key(k.table, &k.id, &fold(&k.name))?
            || !tx.set_name_key(k.table, &k.id, &k.key)?
        {
            changed += 1;
        }
    }
    Ok(changed)
}

/// What `check --repair` will rebuild after a check: each kind of kept value the check found
/// out of step; nothing at all when the check found the file or the records in doubt.
#[derive(Debug, Default)]
pub struct RepairPlan {
    pub rebuilds: Vec<Rebuild>,
    /// The checks of the file and records that failed, which stop every rebuild.
    pub blocked_by: Vec<&'static str>,
}

impl RepairPlan {
    pub fn of(report: &Report) -> RepairPlan {
        let found = |check: &str| report.found_for(check) > 0;
        let blocked_by: Vec<&'static str> = RECORDS.into_iter().filter(|c| found(c)).collect();
        let rebuilds = if blocked_by.is_empty() {
            Rebuild::ALL
                .into_iter()
                .filter(|r| found(r.check()))
                .collect()
        } else {
            Vec::new()
        };
        RepairPlan {
            rebuilds,
            blocked_by,
        }
    }
}

/// One rebuild that changed the store: its check, the problems that check found before, and
/// the rows changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rebuilt {
    pub check: &'static str,
    pub before: usize,
    pub rows: usize,
}

/// R26: rebuild what `plan` names from the records it is kept from, in the caller's write
/// transaction, changing only rows that differ; records (charges, reversals, top-ups,
/// transfers, the audit log) are never changed. One audit entry when anything changed. Returns
/// the rebuilds that changed something.
pub fn rebuild(tx: &Tx, env: &Env, plan: &RepairPlan, before: &Report) -> Result<Vec<Rebuilt>> {
    env.require(tx, Action::AccountManage, Scope::Account)?;
    // The rebuilds sum every charge as `check` does, and spill as it does.
    tx.prepare_check()?;
    let mut done = Vec::new();
    for rebuild in &plan.rebuilds {
        let rows = rebuild.run(tx)?;
        if rows > 0 {
            let check = rebuild.check();
            done.push(Rebuilt {
                check,
                before: before.found_for(check),
                rows,
            });
        }
    }
    if !done.is_empty() {
        let detail = done
            .iter()
            .map(|r| {
                format!(
                    "{}: {} problem(s) found, {} row(s) rebuilt",
                    r.check, r.before, r.rows
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        env.audit(tx, "store.repair", "store", Some(&detail))?;
    }
    Ok(done)
}

/// R11, R31, R32: a prepaid balance as its records give it: top-ups less charges, plus
/// reversals and transfers in, less transfers out (in 128 bits, R41).
fn expected_balance(b: &BalanceRecords) -> Result<Sum> {
    b.up.minus_sum(b.down)?
        .plus_sum(b.back)?
        .plus_sum(b.t_in)?
        .minus_sum(b.t_out)
}

/// Each billing account's balance set to what its records give (none for a postpaid one),
/// where it differs and can be kept (not negative, within 64 bits): the rows changed.
fn rebuild_balances(tx: &Tx) -> Result<usize> {
    let mut changed = 0;
    for b in tx.balance_records()? {
        let wanted = if b.prepaid {
            match i64::try_from(expected_balance(&b)?.micros()) {
                Ok(v) if v >= 0 => Some(v),
                // Cannot be kept: left for `check` to report.
                _ => continue,
            }
        } else {
            None
        };
        if wanted != b.balance {
            tx.set_balance(&b.id, wanted)?;
            changed += 1;
        }
    }
    Ok(changed)
}

/// A sum in a currency, for messages; raw micro-units when the currency is unknown.
fn sum_money(s: Sum, currency: &str) -> String {
    match Currency::parse(currency) {
        Ok(c) => format!("{} {c}", s.format(&c)),
        Err(_) => format!("{} micro-units {currency}", s.micros()),
    }
}

/// Run every check, in one read transaction (one consistent snapshot).
pub fn check(tx: &Tx, env: &Env) -> Result<Report> {
    env.require(tx, Action::Read, Scope::Account)?;
    tx.prepare_check()?;
    let mut r = Report::default();

    r.run(INTEGRITY, tx.integrity_problems()?);
    r.run(
        FOREIGN_KEYS,
        tx.foreign_key_problems()?
            .into_iter()
            .map(|(table, rowid, parent)| {
                format!(
                    "{table} row {} refers to a missing {parent}",
                    rowid.map(|i| i.to_string()).unwrap_or_else(|| "?".into())
                )
            })
            .collect(),
    );
    r.run(
        "schema",
        tx.missing_triggers()?
            .into_iter()
            .map(|t| {
                format!(
                    "the trigger {t} is missing or disabled: the store no longer refuses what it guards"
                )
            })
            .collect(),
    );

    let mut singles = Vec::new();
    let accounts = tx.account_rows()?;
    if accounts != 1 {
        singles.push(format!(
            "the store holds {accounts} accounts, not exactly one (R01)"
        ));
    }
    r.run("account", singles);
    let live = tx.live_project_count()?;
    r.run(
        "projects",
        if live < 1 {
            vec!["the account has no live project (R02)".into()]
        } else {
            Vec::new()
        },
    );
    let (bas, defaults) = tx.billing_account_counts()?;
    let mut billing = Vec::new();
    if bas < 1 {
        billing.push("the account has no billing account (R07)".into());
    }
    if bas >= 1 && defaults != 1 {
        billing.push(format!(
            "{defaults} billing accounts are marked default, not exactly one (R07)"
        ));
    }
    r.run("billing_accounts", billing);

    r.run(
        "depth",
        tx.nodes_too_deep()?
            .into_iter()
            .map(|p| format!("{p} sits under a subproject: at most three tiers (R04)"))
            .collect(),
    );
    r.run(
        "orphans",
        tx.live_subprojects_of_deleted_projects()?
            .into_iter()
            .map(|p| format!("subproject {p} is live but its project is deleted"))
            .collect(),
    );
    let mut links: Vec<String> = tx
        .unlinked_projects()?
        .into_iter()
        .map(|p| format!("project {p} is linked to no existing billing account (R08)"))
        .collect();
    links.extend(
        tx.linked_subprojects()?
            .into_iter()
            .map(|p| format!("subproject {p} is linked to a billing account (R03, R08)")),
    );
    r.run("links", links);
    r.run(
        CURRENCY,
        tx.charges_in_another_currency()?
            .iter()
            .map(|row| {
                format!(
                    "charge {} is billed in {} but {} bills in {} (R08)",
                    text(&row[0]),
                    text(&row[1]),
                    text(&row[2]),
                    text(&row[3])
                )
            })
            .collect(),
    );
    r.run(
        TOTAL_SPENT,
        tx.wrong_totals_spent()?
            .into_iter()
            .map(|(path, stored, sum, cur, back)| {
                let cur = cur.unwrap_or_default();
                if back == 0 {
                    format!(
                        "{path}: total spent is {} but its charges sum to {} (R26)",
                        money(Some(stored), &cur),
                        money(Some(sum), &cur)
                    )
                } else {
                    format!(
                        "{path}: total spent is {} but its charges {} less their reversals {} is {} (R26, R31)",
                        money(Some(stored), &cur),
                        money(Some(sum), &cur),
                        money(Some(back), &cur),
                        money(sum.checked_sub(back), &cur)
                    )
                }
            })
            .collect(),
    );
    let mut balances = Vec::new();
    for b in tx.balance_records()? {
        let (name, cur) = (&b.name, b.currency.as_str());
        match (b.prepaid, b.balance) {
            (false, None) => {}
            (false, Some(v)) => balances.push(format!(
                "billing account {name:?} is postpaid but keeps a balance of {} (R11)",
                money(Some(v), cur)
            )),
            (true, None) => balances.push(format!(
                "billing account {name:?} is prepaid but has no balance (R11)"
            )),
            (true, Some(v)) => {
                let expected = expected_balance(&b)?;
                if expected.micros() == i128::from(v) {
                    continue;
                }
                let mut terms = format!(
                    "top-ups {} minus charges {}",
                    sum_money(b.up, cur),
                    sum_money(b.down, cur)
                );
                let others = [
                    ("plus reversals", b.back),
                    ("plus transfers in", b.t_in),
                    ("minus transfers out", b.t_out),
                ];
                for (word, s) in others {
                    if s != Sum::ZERO {
                        terms.push_str(&format!(" {word} {}", sum_money(s, cur)));
                    }
                }
                let rules = if others.iter().any(|(_, s)| *s != Sum::ZERO) {
                    "R26, R31, R32"
                } else {
                    "R26"
                };
                balances.push(format!(
                    "billing account {name:?}: balance is {} but {terms} is {} ({rules})",
                    money(Some(v), cur),
                    sum_money(expected, cur)
                ));
            }
        }
    }
    r.run(BALANCE, balances);

    r.run(
        MONTH_SPENDING,
        tx.wrong_month_spending()?
            .into_iter()
            .map(|(path, month, kept, expected)| {
                if kept < 0 {
                    format!(
                        "{path}: {month} has charges less reversals of {} but no monthly spending kept (R29)",
                        expected
                    )
                } else {
                    format!(
                        "{path}: spending kept for {month} is {kept} but its charges less reversals sum to {expected} (micro-units, R29, R31)"
                    )
                }
            })
            .collect(),
    );
    r.run(
        CHARGE_MONTHS,
        tx.wrong_charge_months()?
            .into_iter()
            .map(|(path, month, product, kept, summed)| {
                // A month the store mangled is shown as it is kept.
                let period = Period::of(Timestamp(month));
                let month = if period.range().0 .0 == month {
                    period.to_string()
                } else {
                    format!("month {month}")
                };
                let product = if product.is_empty() {
                    "no product".to_string()
                } else {
                    format!("product {product:?}")
                };
                let show = |t: Option<Tally>| match t {
                    None => "nothing".to_string(),
                    Some(t) => format!(
                        "{} charge(s), quantity {}, amount {}",
                        t.charges,
                        t.quantity,
                        t.amount.micros()
                    ),
                };
                format!(
                    "{path}: the usage kept for {month}, {product}, is {} but its charges are {} (micro-units, R13)",
                    show(kept),
                    show(summed)
                )
            })
            .collect(),
    );
    r.run(
        REVERSALS,
        tx.bad_reversals()?
            .into_iter()
            .map(|(charge, detail)| format!("charge {charge}: {detail} (micro-units, R31)"))
            .collect(),
    );
    r.run(
        TRANSFERS,
        tx.bad_transfers()?
            .into_iter()
            .map(|id| {
                format!("transfer {id} is not between two prepaid billing accounts of one currency (R32)")
            })
            .collect(),
    );

    let mut resources: Vec<String> = tx
        .resources_on_dead_nodes()?
        .iter()
        .map(|row| {
            let status = text(&row[3]);
            format!(
                "{} {} sits on {} {} (R06, R15)",
                text(&row[0]),
                text(&row[1]),
                if status == "deleted" {
                    "the deleted"
                } else {
                    "the missing node"
                },
                text(&row[2])
            )
        })
        .collect();
    for (kind, value) in tx.resource_values()? {
        match ResourceKind::parse(&kind) {
            None => resources.push(format!("resource {value:?} has the unknown kind {kind:?}")),
            Some(k) => match k.canonical(&value) {
                Ok(c) if c == value => {}
                Ok(c) => resources.push(format!(
                    "{kind} {value:?} is not in its canonical form {c:?} (R06)"
                )),
                Err(e) => resources.push(format!("{kind} {value:?} is not valid: {e} (R06)")),
            },
        }
    }
    r.run("resources", resources);

    let mut names: Vec<String> = tx
        .duplicate_live_names()?
        .iter()
        .map(|row| {
            let parent = text(&row[0]);
            let place = if parent.is_empty() {
                "live projects".to_string()
            } else {
                format!("live subprojects of {parent}")
            };
            format!(
                "{} {place} share the name {:?} (R05)",
                text(&row[2]),
                text(&row[1])
            )
        })
        .collect();
    for KeptName {
        label, name, key, ..
    } in tx.kept_names()?
    {
        // Made before such names were refused: only its id names it (R05).
        if reads_as_id(&name) {
            names.push(format!(
                "{label}: its name reads as an id, so only its id names it (R05); rename it"
            ));
        }
        if fold(&name) != key {
            names.push(format!(
                "{label}: its lookup key {key:?} is not its name folded ({:?})",
                fold(&name)
            ));
        }
    }
    r.run(NAMES, names);

    let mut keys: Vec<String> = tx
        .keys_off_nodes()?
        .into_iter()
        .map(|k| format!("key {k} is on no existing project or subproject (R20)"))
        .collect();
    keys.extend(tx.live_keys_on_deleted_nodes()?.iter().map(|row| {
        format!(
            "key {} is not revoked but {} is deleted (R15)",
            text(&row[0]),
            text(&row[1])
        )
    }));
    r.run("keys", keys);
    r.run(
        "grants",
        tx.grants_on_subprojects()?
            .iter()
            .map(|row| {
                format!(
                    "{} has a grant on the subproject {} (R18)",
                    text(&row[0]),
                    text(&row[1])
                )
            })
            .collect(),
    );
    r.run("audit", audit_chain(tx)?);
    Ok(r)
}

/// R25: each entry follows the one before it (seq + 1, prev_hash = its hash) and its hash is
/// the hash of its contents.
fn audit_chain(tx: &Tx) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let mut prev_seq = 0i64;
    let mut prev_hash = AUDIT_GENESIS.to_string();
    tx.for_each_audit(|e| {
        if e.seq != prev_seq + 1 {
            problems.push(format!(
                "entry {} follows entry {prev_seq}: entries are missing (R25)",
                e.seq
            ));
        }
        if e.prev_hash != prev_hash {
            problems.push(format!(
                "entry {} does not chain to the entry before it: an entry was altered or removed (R25)",
                e.seq
            ));
        }
        if e.compute_hash() != e.hash {
            problems.push(format!(
                "entry {} ({} {}) was altered: its hash does not match its contents (R25)",
                e.seq, e.action, e.target
            ));
        }
        prev_seq = e.seq;
        prev_hash = e.hash;
        Ok(())
    })?;
    Ok(problems)
}
