//! Charges: recording one, bulk import, lists and the report's aggregation (R10, R12, R13).

use super::nodes::{currency_col, uuid_col};
use super::Tx;
use crate::domain::clock::Timestamp;
use crate::domain::money::Amount;
use crate::domain::usage::{Charge, ChargeSums};
use crate::error::{Error, Result};
use rusqlite::{params, OptionalExtension, Row};
use uuid::Uuid;

const CHARGE_COLUMNS: &str = "c.id, c.node_id, c.billing_account_id, c.amount, b.currency, \
     c.product, c.quantity, c.description, c.created_at, c.idempotency_key";

fn charge_row(r: &Row) -> rusqlite::Result<Charge> {
    Ok(Charge {
        id: uuid_col(r, 0)?,
        target_id: uuid_col(r, 1)?,
        billing_account_id: uuid_col(r, 2)?,
        amount: Amount::from_micros(r.get(3)?),
        currency: currency_col(r, 4)?,
        product: r.get(5)?,
        quantity: r.get(6)?,
        description: r.get(7)?,
        created_at: Timestamp(r.get(8)?),
        idempotency_key: r.get(9)?,
    })
}

impl Tx<'_> {
    /// Ready the connection for a bulk write: a page cache large enough that a million
    /// inserts' index pages stay in memory instead of spilling to the WAL mid-transaction.
    pub fn prepare_bulk(&self, rows: usize) -> Result<()> {
        // About 400 bytes of table and index pages per charge, capped at 1 GiB.
        let kib = (rows.saturating_mul(400) / 1024).clamp(2_000, 1 << 20);
        self.conn()
            .execute_batch(&format!("PRAGMA cache_size = -{kib}"))?;
        Ok(())
    }

    /// The charge recorded with an idempotency key, if any (R10).
    pub fn charge_by_key(&self, key: &str) -> Result<Option<Charge>> {
        Ok(self
            .conn()
            .prepare_cached(&format!(
                "SELECT {CHARGE_COLUMNS} FROM charge c \
                 JOIN billing_account b ON b.id = c.billing_account_id \
                 WHERE c.idempotency_key = ?1"
            ))?
            .query_row([key], charge_row)
            .optional()?)
    }

    /// The target and amount of the charge recorded with an idempotency key, if any: the
    /// import's per-line check, kept to one indexed lookup.
    pub fn charge_key_use(&self, key: &str) -> Result<Option<(Uuid, Amount)>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT node_id, amount FROM charge WHERE idempotency_key = ?1")?
            .query_row([key], |r| {
                Ok((uuid_col(r, 0)?, Amount::from_micros(r.get(1)?)))
            })
            .optional()?)
    }

    /// Which of `sorted` (ascending, distinct) idempotency keys the store already holds, with
    /// their charge's target and amount. Few keys are looked up one by one; many are merged
    /// with one ordered walk of the unique index over their range.
    pub fn charge_keys_used(&self, sorted: &[&str]) -> Result<Vec<(String, Uuid, Amount)>> {
        let (Some(first), Some(last)) = (sorted.first(), sorted.last()) else {
            return Ok(Vec::new());
        };
        let mut found = Vec::new();
        if sorted.len() <= 1_000 {
            for k in sorted {
                if let Some((t, a)) = self.charge_key_use(k)? {
                    found.push((k.to_string(), t, a));
                }
            }
            return Ok(found);
        }
        let mut st = self.conn().prepare_cached(
            "SELECT idempotency_key FROM charge \
             WHERE idempotency_key >= ?1 AND idempotency_key <= ?2 ORDER BY idempotency_key",
        )?;
        let mut rows = st.query([first, last])?;
        let mut i = 0;
        let mut hits: Vec<String> = Vec::new();
        while let Some(r) = rows.next()? {
            let rusqlite::types::ValueRef::Text(k) = r.get_ref(0)? else {
                continue;
            };
            while i < sorted.len() && sorted[i].as_bytes() < k {
                i += 1;
            }
            if i == sorted.len() {
                break;
            }
            if sorted[i].as_bytes() == k {
                hits.push(sorted[i].to_string());
            }
        }
        drop(rows);
        for k in hits {
            if let Some((t, a)) = self.charge_key_use(&k)? {
                found.push((k, t, a));
            }
        }
        Ok(found)
    }

    /// The id of the billing account a project, or a subproject's parent, links to now.
    pub fn billing_account_id_of(&self, node: Uuid) -> Result<Uuid> {
        let id: Option<String> = self
            .conn()
            .prepare_cached(
                "SELECT coalesce(n.billing_account_id, p.billing_account_id) \
                 FROM node n LEFT JOIN node p ON p.id = n.parent_id WHERE n.id = ?1",
            )?
            .query_row([node.to_string()], |r| r.get(0))
            .optional()?
            .flatten();
        id.and_then(|s| Uuid::parse_str(&s).ok())
            .ok_or_else(|| Error::internal(format!("node {node} has no billing account")))
    }

    /// Insert one charge (its total spent and balance are the caller's to move).
    pub fn insert_charge(&self, c: &Charge) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO charge (id, node_id, billing_account_id, amount, product, quantity, \
                 description, created_at, idempotency_key) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                c.id.to_string(),
                c.target_id.to_string(),
                c.billing_account_id.to_string(),
                c.amount.micros(),
                c.product,
                c.quantity,
                c.description,
                c.created_at.0,
                c.idempotency_key,
            ])?;
        Ok(())
    }

    /// Raise a node's running total spent by `amount`.
    pub fn add_total_spent(&self, node: Uuid, amount: Amount) -> Result<()> {
        let changed = self
            .conn()
            .prepare_cached("UPDATE node SET total_spent = total_spent + ?2 WHERE id = ?1")?
            .execute(params![node.to_string(), amount.micros()])?;
        if changed != 1 {
            return Err(Error::internal(format!("node {node} vanished")));
        }
        Ok(())
    }

    /// Charges on `node` (or all), in `[from, to)` (or all time), oldest first.
    pub fn list_charges(
        &self,
        node: Option<Uuid>,
        range: Option<(Timestamp, Timestamp)>,
    ) -> Result<Vec<Charge>> {
        let (from, to) = range.map_or((i64::MIN, i64::MAX), |(f, t)| (f.0, t.0));
        let node = node.map(|n| n.to_string());
        let mut st = self.conn().prepare_cached(&format!(
            "SELECT {CHARGE_COLUMNS} FROM charge c \
             JOIN billing_account b ON b.id = c.billing_account_id \
             WHERE (?1 IS NULL OR c.node_id = ?1) AND c.created_at >= ?2 AND c.created_at < ?3 \
             ORDER BY c.created_at, c.rowid"
        ))?;
        let rows = st.query_map(params![node, from, to], charge_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Charges summed per billing account, node and product, in `[from, to)` (or all time),
    /// of one billing account (or all). Reads only the covering `charge_period` index and sums
    /// in one pass with a hash map (SQLite's GROUP BY would sort every row first).
    pub fn charge_sums(
        &self,
        range: Option<(Timestamp, Timestamp)>,
        billing: Option<Uuid>,
    ) -> Result<Vec<ChargeSums>> {
        use rusqlite::types::ValueRef;
        let (from, to) = range.map_or((i64::MIN, i64::MAX), |(f, t)| (f.0, t.0));
        let billing = billing.map(|b| b.to_string());
        let mut st = self.conn().prepare_cached(
            "SELECT billing_account_id, node_id, product, quantity, amount \
             FROM charge INDEXED BY charge_period \
             WHERE created_at >= ?1 AND created_at < ?2 \
               AND (?3 IS NULL OR billing_account_id = ?3)",
        )?;
        let mut rows = st.query(params![from, to, billing])?;
        // Key: billing account and node (fixed-length UUIDs), then '-' for no product or '+'
        // and the product: unambiguous without escaping.
        let mut groups: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        let mut out: Vec<ChargeSums> = Vec::new();
        let mut key = String::with_capacity(128);
        let overflow = || Error::invalid("the sum of these charges overflows");
        while let Some(r) = rows.next()? {
            let text = |i: usize| -> rusqlite::Result<&str> {
                match r.get_ref(i)? {
                    ValueRef::Text(t) => std::str::from_utf8(t).map_err(|e| {
                        rusqlite::Error::FromSqlConversionFailure(
                            i,
                            rusqlite::types::Type::Text,
                            Box::new(e),
                        )
                    }),
                    _ => Ok(""),
                }
            };
            let (ba, node) = (text(0)?, text(1)?);
            let product = match r.get_ref(2)? {
                ValueRef::Null => None,
                _ => Some(text(2)?),
            };
            key.clear();
            key.push_str(ba);
            key.push_str(node);
            match product {
                None => key.push('-'),
                Some(p) => {
                    key.push('+');
                    key.push_str(p);
                }
            }
            let quantity: Option<i64> = r.get(3)?;
            let amount: i64 = r.get(4)?;
            let idx = match groups.get(key.as_str()) {
                Some(&i) => i,
                None => {
                    out.push(ChargeSums {
                        billing_account_id: uuid_col(r, 0)?,
                        node_id: uuid_col(r, 1)?,
                        product: product.map(str::to_string),
                        quantity: None,
                        amount: Amount::ZERO,
                        charges: 0,
                    });
                    groups.insert(key.clone(), out.len() - 1);
                    out.len() - 1
                }
            };
            let g = &mut out[idx];
            if let Some(q) = quantity {
                g.quantity = Some(
                    g.quantity
                        .unwrap_or(0)
                        .checked_add(q)
                        .ok_or_else(overflow)?,
                );
            }
            g.amount = g.amount.checked_add(Amount::from_micros(amount))?;
            g.charges += 1;
        }
        Ok(out)
    }

    /// Every node whose running total spent differs from the sum of its charges (R26).
    pub fn total_spent_mismatches(&self) -> Result<Vec<(Uuid, Amount, Amount)>> {
        let mut st = self.conn().prepare_cached(
            "SELECT n.id, n.total_spent, coalesce(s.total, 0) FROM node n \
             LEFT JOIN (SELECT node_id, sum(amount) AS total FROM charge GROUP BY node_id) s \
               ON s.node_id = n.id \
             WHERE n.total_spent <> coalesce(s.total, 0)",
        )?;
        let rows = st.query_map([], |r| {
            Ok((
                uuid_col(r, 0)?,
                Amount::from_micros(r.get(1)?),
                Amount::from_micros(r.get(2)?),
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
