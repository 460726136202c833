//! R28: copying a whole store, row for row, from one transaction into another, whichever
//! backends they are on: the same ids, times, history and audit chain.

use super::db::{ToValue, Value};
use super::{Engine, Tx};
use crate::error::Result;

/// Every table of the model, in an order that inserts parents before children, with its
/// columns and the order its rows are read in. `rowid` keeps charges' and top-ups'
/// insertion order (SQLite's implicit rowid, PostgreSQL's identity column).
const TABLES: &[(&str, &str, &str)] = &[
    (
        "account",
        "id, singleton, name, created_at, quota_subprojects, quota_keys",
        "id",
    ),
    (
        "billing_account",
        "id, name, name_key, kind, currency, balance, legal_name, address, tax_id, is_default, created_at, \
         updated_at",
        "id",
    ),
    (
        "node",
        "id, parent_id, name, name_key, billing_account_id, external_id, credit_limit, \
         total_spent, status, created_at, deleted_at, limit_period, alert_thresholds, \
         updated_at, protected",
        "parent_id IS NOT NULL, id",
    ),
    ("spend_month", "node_id, month, spent", "node_id, month"),
    ("label", "node_id, key, value", "node_id, key"),
    ("resource", "id, node_id, kind, value, created_at", "id"),
    ("\"user\"", "id, email, email_key, name, created_at", "id"),
    ("grant_", "user_id, node_id, role, created_at", "user_id, node_id"),
    (
        "api_key",
        "id, name, node_id, created_at, expires_at, revoked_at, role",
        "id",
    ),
    ("key_secret", "hash, key_id, created_at, ends_at", "hash"),
    (
        "topup",
        "rowid, id, billing_account_id, amount, created_at, idempotency_key",
        "rowid",
    ),
    (
        "charge",
        "rowid, id, node_id, billing_account_id, amount, product, quantity, description, \
         created_at, idempotency_key",
        "rowid",
    ),
    (
        "charge_month",
        "month, billing_account_id, node_id, product, quantity, units, micros, charges",
        "month, billing_account_id, node_id, product",
    ),
    (
        "reversal",
        "rowid, id, charge_id, node_id, billing_account_id, amount, reason, created_at, \
         idempotency_key",
        "rowid",
    ),
    (
        "transfer",
        "rowid, id, from_billing_account_id, to_billing_account_id, amount, created_at, \
         idempotency_key",
        "rowid",
    ),
    (
        "alert",
        "seq, id, at, node_id, threshold, spent, limit_amount, period, currency, charge_id",
        "seq",
    ),
    (
        "audit",
        "seq, at, actor, action, target, outcome, detail, prev_hash, hash, target_id",
        "seq",
    ),
];

/// How many rows a copy wrote, per table.
pub type CopyCounts = Vec<(&'static str, u64)>;

impl Tx<'_> {
    /// Whether the store holds nothing at all (a new store, or one a failed copy left).
    pub fn is_empty_store(&self) -> Result<bool> {
        for (table, _, _) in TABLES {
            let n = self.query_i64(&format!("SELECT count(*) FROM {table}"), &[])?;
            if n > 0 {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Copy every row of `src` into this (empty) store; `progress` hears of each table.
    pub fn copy_from(&self, src: &Tx, mut progress: impl FnMut(&str, u64)) -> Result<CopyCounts> {
        let mut counts = Vec::new();
        for (table, columns, order) in TABLES {
            let width = columns.split(',').count();
            let marks = super::db::marks(width);
            let insert = format!("INSERT INTO {table} ({columns}) VALUES ({})", marks);
            let mut n = 0u64;
            // The source streams while the destination writes: they are two connections.
            src.query_each(
                &format!("SELECT {columns} FROM {table} ORDER BY {order}"),
                &[],
                |r| {
                    let row: Vec<Value> = (0..width).map(|i| r.value(i)).collect::<Result<_>>()?;
                    let refs: Vec<&dyn ToValue> = row.iter().map(|v| v as &dyn ToValue).collect();
                    // The error keeps its kind and flags: a conflict is still retried (R27).
                    self.exec(&insert, &refs).map_err(|mut e| {
                        e.message = format!("copying table {table}: {}", e.message);
                        e
                    })?;
                    n += 1;
                    if n.is_multiple_of(10_000) {
                        progress(table, n);
                    }
                    Ok(())
                },
            )?;
            progress(table, n);
            counts.push((*table, n));
        }
        if self.engine() == Engine::Postgres {
            // Explicit rowids were written: move the identities past them.
            for table in ["topup", "charge", "reversal", "transfer"] {
                self.query_each(
                    &format!(
                        "SELECT setval(pg_get_serial_sequence('{table}', 'rowid'), \
                         coalesce((SELECT max(rowid) FROM {table}), 0) + 1, false)"
                    ),
                    &[],
                    |_| Ok(()),
                )?;
            }
        }
        Ok(counts)
    }
}
