//! The queries of a streamed `usage import` (R10, R26): targets, idempotency keys and
//! monthly spending looked up a chunk at a time, and running totals written in bulk.
//!
//! Lists of values go in groups of a fixed size (the last one padded with repeats of its last
//! value where a repeat is harmless), so that each query is one cached statement.

use super::db::marks;
use super::db::{FromCol, ToValue};
use super::{Engine, Tx};
use crate::domain::model::{parse_thresholds, LimitPeriod, Status};
use crate::domain::money::Amount;
use crate::domain::usage::TargetFacts;
use crate::error::Result;
use uuid::Uuid;

/// How many values one lookup names.
const GROUP: usize = 512;
/// How many rows one bulk update or upsert writes.
const WRITE_GROUP: usize = 256;
/// An import's SQLite page cache (see [`Tx::prepare_import`]).
const IMPORT_CACHE_KIB: usize = 8 << 10;
/// Its cache while it sums its charges per month: the sort's share of memory is the cache's
/// size, and at 8 MiB the import's peak grew by a fifth.
const ROLL_UP_CACHE_KIB: usize = 2 << 10;

/// `?a, ?a+1, ..` in rows of `width`, `rows` of them: `(?1, ?2), (?3, ?4)`.
fn rows_of(rows: usize, width: usize, cast: &[&str]) -> String {
    let mut out = String::with_capacity(rows * width * 8);
    for r in 0..rows {
        if r > 0 {
            out.push_str(", ");
        }
        out.push('(');
        for c in 0..width {
            if c > 0 {
                out.push_str(", ");
            }
            let n = r * width + c + 1;
            match cast.get(c).copied().filter(|t| !t.is_empty()) {
                Some(t) => out.push_str(&format!("CAST(?{n} AS {t})")),
                None => out.push_str(&format!("?{n}")),
            }
        }
        out.push(')');
    }
    out
}

/// Each group of `items`, padded to `GROUP` with repeats of its last item.
fn padded<T: Copy>(items: &[T]) -> impl Iterator<Item = Vec<T>> + '_ {
    items.chunks(GROUP).map(|c| {
        let mut v = c.to_vec();
        if let Some(&last) = c.last() {
            v.resize(GROUP, last);
        }
        v
    })
}

impl Tx<'_> {
    /// Run `sql` (a VALUES list of [`GROUP`] pairs) over `keys` a group at a time, and read
    /// three columns of each row.
    fn triples_by_pairs<A, B, C>(&self, sql: &str, keys: &[(Uuid, &str)]) -> Result<Vec<(A, B, C)>>
    where
        A: FromCol,
        B: FromCol,
        C: FromCol,
    {
        let mut out = Vec::new();
        for group in padded(keys) {
            let args: Vec<&dyn ToValue> = group
                .iter()
                .flat_map(|(a, b)| [a as &dyn ToValue, b as &dyn ToValue])
                .collect();
            self.query_each(sql, &args, |r| {
                out.push((r.get(0)?, r.get(1)?, r.get(2)?));
                Ok(())
            })?;
        }
        Ok(out)
    }

    /// Ready the connection for an import: on SQLite, a page cache of a fixed size (8 MiB), so
    /// that memory stays flat however long the file: pages past it spill to the WAL, as they do
    /// under SQLite's own `.import` (measured: 32 MiB and even 400 MiB of cache saved less than
    /// a fifth of a million-line import's time). PostgreSQL's buffers are the server's; there,
    /// every lookup of an import goes by an index: a plan cached while `charge` was small (a
    /// sequential scan, when autovacuum had seen the table empty) was kept as the import filled
    /// it, and each chunk's key lookups read the whole table (measured on such a store: 177 s
    /// for 100,000 lines, 10.9 s now; planning each lookup afresh instead took 16 s).
    ///
    /// On SQLite, temporary data also goes to a file: the monthly roll-up sorts every charge
    /// of the import once, and in memory that sort alone held 150 MiB at 1,000,000 lines.
    pub fn prepare_import(&self) -> Result<()> {
        match self.engine() {
            Engine::Sqlite => {
                self.spill_sorts()?;
                self.page_cache(IMPORT_CACHE_KIB)
            }
            Engine::Postgres => self.batch("SET LOCAL enable_seqscan = off"),
        }
    }

    /// Add the charges inserted after `mark` to the monthly roll-up, in one statement that
    /// sums them per group and then merges the groups in key order (an import's last step;
    /// the rows it reads back are the ones it just wrote). On SQLite the sort is held to
    /// [`ROLL_UP_CACHE_KIB`] of memory, the rest in a temporary file, and the cache stays that
    /// size: what the import writes after it is a few rows (balances, its audit entry), and
    /// growing the cache back raised the import's peak (63.9 MiB against 63.0-63.2 at
    /// 1,000,000 lines).
    pub fn roll_up_charges_after(&self, mark: i64) -> Result<()> {
        self.page_cache(ROLL_UP_CACHE_KIB)?;
        self.roll_up("rowid > ?1", &[&mark])
    }

    /// The ids of the live projects with these folded names, by name.
    pub fn live_project_ids(&self, keys: &[&str]) -> Result<Vec<(String, Uuid)>> {
        let sql = format!(
            "SELECT name_key, id FROM node WHERE parent_id IS NULL AND status <> 'deleted' \
             AND name_key IN ({})",
            marks(GROUP)
        );
        let mut out = Vec::new();
        for group in padded(keys) {
            let args: Vec<&dyn ToValue> = group.iter().map(|k| k as &dyn ToValue).collect();
            self.query_each(&sql, &args, |r| {
                out.push((r.get(0)?, r.get(1)?));
                Ok(())
            })?;
        }
        Ok(out)
    }

    /// What an import needs of these projects and subprojects (unknown ids are left out).
    pub fn import_targets(&self, ids: &[Uuid]) -> Result<Vec<TargetFacts>> {
        let sql = format!(
            "SELECT n.id, coalesce(n.billing_account_id, \
             (SELECT p.billing_account_id FROM node p WHERE p.id = n.parent_id)), n.status, \
             n.credit_limit, n.total_spent, n.limit_period, n.alert_thresholds \
             FROM node n WHERE n.id IN ({})",
            marks(GROUP)
        );
        let mut out: Vec<TargetFacts> = Vec::new();
        for group in padded(ids) {
            let args: Vec<&dyn ToValue> = group.iter().map(|k| k as &dyn ToValue).collect();
            self.query_each(&sql, &args, |r| {
                let status: String = r.get(2)?;
                let period: String = r.get(5)?;
                let thresholds: String = r.get(6)?;
                out.push(TargetFacts {
                    id: r.get(0)?,
                    billing_account_id: r.get(1)?,
                    active: Status::parse(&status) == Some(Status::Active),
                    credit_limit: r.get(3)?,
                    total_spent: r.get(4)?,
                    limit_period: LimitPeriod::parse(&period)
                        .ok_or_else(|| super::db::malformed(5, "an unknown limit period"))?,
                    alert_thresholds: parse_thresholds(&thresholds)
                        .map_err(|_| super::db::malformed(6, "malformed alert thresholds"))?,
                });
                Ok(())
            })?;
        }
        out.sort_unstable_by_key(|t| t.id);
        out.dedup_by_key(|t| t.id);
        Ok(out)
    }

    /// The ids of the live subprojects with these parents and folded names.
    pub fn live_subproject_ids(&self, keys: &[(Uuid, &str)]) -> Result<Vec<(Uuid, String, Uuid)>> {
        let sql = format!(
            "SELECT s.parent_id, s.name_key, s.id FROM (VALUES {}) AS v \
             CROSS JOIN node s WHERE s.parent_id = v.column1 AND s.name_key = v.column2 \
             AND s.status <> 'deleted'",
            rows_of(GROUP, 2, &["TEXT", "TEXT"])
        );
        self.triples_by_pairs(&sql, keys)
    }

    /// Which of these idempotency keys a charge holds (or, with `pending`, an import's
    /// checked but unwritten line), with that charge's target and amount (R10).
    pub fn charge_keys(&self, keys: &[&str], pending: bool) -> Result<Vec<(String, Uuid, Amount)>> {
        let from_charge = format!(
            "SELECT idempotency_key, node_id, amount FROM charge WHERE idempotency_key IN ({})",
            marks(GROUP)
        );
        let from_pending = format!(
            "SELECT idempotency_key, node_id, amount FROM import_key \
             WHERE idempotency_key IN ({})",
            marks(GROUP)
        );
        let mut out: Vec<(String, Uuid, Amount)> = Vec::new();
        for group in padded(keys) {
            let args: Vec<&dyn ToValue> = group.iter().map(|k| k as &dyn ToValue).collect();
            let tables: &[&String] = if pending {
                &[&from_charge, &from_pending]
            } else {
                &[&from_charge]
            };
            for sql in tables {
                self.query_each(sql, &args, |r| {
                    out.push((r.get(0)?, r.get(1)?, r.get(2)?));
                    Ok(())
                })?;
            }
        }
        // A padded group names its last key more than once.
        out.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        out.dedup_by(|a, b| a.0 == b.0);
        Ok(out)
    }

    /// A scratch table for the keys of an import's lines that were checked but will not be
    /// written (a line before them was refused), so that later lines repeating them are still
    /// found; gone with the transaction.
    pub fn create_import_keys(&self) -> Result<()> {
        let sql = match self.engine() {
            Engine::Sqlite => {
                "CREATE TEMP TABLE IF NOT EXISTS import_key (idempotency_key TEXT PRIMARY KEY, \
                 node_id TEXT NOT NULL, amount INTEGER NOT NULL)"
            }
            Engine::Postgres => {
                "CREATE TEMP TABLE IF NOT EXISTS import_key (idempotency_key TEXT COLLATE \"C\" \
                 PRIMARY KEY, node_id TEXT NOT NULL, amount BIGINT NOT NULL) ON COMMIT DROP"
            }
        };
        self.batch(sql)
    }

    /// Keep checked lines' keys in the scratch table (see [`Tx::create_import_keys`]).
    pub fn insert_import_keys(&self, keys: &[(&str, Uuid, Amount)]) -> Result<()> {
        self.insert_triples(
            "INSERT INTO import_key (idempotency_key, node_id, amount)",
            "",
            keys,
            WRITE_GROUP,
        )
    }

    /// `head VALUES (..), (..) tail` over `rows` (a text, a text and an amount each), `per`
    /// rows a statement.
    fn insert_triples<A: ToValue, B: ToValue>(
        &self,
        head: &str,
        tail: &str,
        rows: &[(A, B, Amount)],
        per: usize,
    ) -> Result<()> {
        for group in rows.chunks(per) {
            let sql = format!(
                "{head} VALUES {} {tail}",
                rows_of(group.len(), 3, &["", "", "BIGINT"])
            );
            let args: Vec<&dyn ToValue> = group
                .iter()
                .flat_map(|(a, b, c)| [a as &dyn ToValue, b as &dyn ToValue, c as &dyn ToValue])
                .collect();
            self.exec(&sql, &args)?;
        }
        Ok(())
    }

    /// What these nodes spent in these months (`YYYY-MM`), for those that spent anything (R29).
    pub fn months_spent(&self, keys: &[(Uuid, &str)]) -> Result<Vec<(Uuid, String, Amount)>> {
        let sql = format!(
            "SELECT s.node_id, s.month, s.spent FROM (VALUES {}) AS v \
             CROSS JOIN spend_month s WHERE s.node_id = v.column1 AND s.month = v.column2",
            rows_of(GROUP, 2, &["TEXT", "TEXT"])
        );
        let mut out: Vec<(Uuid, String, Amount)> = self.triples_by_pairs(&sql, keys)?;
        out.sort_unstable_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        out.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        Ok(out)
    }

    /// Raise many nodes' running totals spent, each by its amount (each node once).
    pub fn add_totals_spent(&self, deltas: &[(Uuid, Amount)]) -> Result<()> {
        if self.engine() == Engine::Sqlite {
            // One cached statement per row: no round trip on a file, each row found by its
            // key (a `CASE id WHEN ..` over a group compares every row with every key).
            for (node, delta) in deltas {
                self.add_total_spent(*node, *delta)?;
            }
            return Ok(());
        }
        for group in deltas.chunks(WRITE_GROUP) {
            // PostgreSQL joins a VALUES list by hash.
            let n = group.len();
            let args: Vec<&dyn ToValue> = group
                .iter()
                .flat_map(|(n, a)| [n as &dyn ToValue, a as &dyn ToValue])
                .collect();
            let sql = format!(
                "UPDATE node SET total_spent = total_spent + v.delta FROM (VALUES {}) \
                 AS v (id, delta) WHERE node.id = v.id",
                rows_of(n, 2, &["TEXT", "BIGINT"])
            );
            if self.exec(&sql, &args)? != n {
                return Err(crate::error::Error::internal(
                    "a node charged by the import vanished",
                ));
            }
        }
        Ok(())
    }

    /// Add what many nodes spent in months (`YYYY-MM`, each pair once, each amount above
    /// zero) to their monthly spending (R29).
    pub fn add_months_spent(&self, deltas: &[(Uuid, String, Amount)]) -> Result<()> {
        if self.engine() == Engine::Sqlite {
            // One cached statement per row, as `usage record` writes it.
            for (node, month, delta) in deltas {
                self.add_month_spent(*node, month, *delta)?;
            }
            return Ok(());
        }
        // A group of rows per round trip on a server.
        self.insert_triples(
            "INSERT INTO spend_month (node_id, month, spent)",
            "ON CONFLICT (node_id, month) DO UPDATE SET spent = spend_month.spent + excluded.spent",
            deltas,
            WRITE_GROUP,
        )
    }
}
