//! Charges: recording one, bulk import, lists and the report's aggregation (R10, R12, R13).

use super::db::{read_row, Row, ToValue};
use super::{Engine, Tx};
use crate::domain::clock::Timestamp;
use crate::domain::money::Amount;
use crate::domain::usage::Charge;
use crate::error::{Error, Result};
use uuid::Uuid;

/// Charges (`c`) with their currency and what was reversed of them, as `charge_row` reads them.
const SELECT_CHARGES: &str = "SELECT c.id, c.node_id, c.billing_account_id, c.amount, b.currency, \
     c.product, c.quantity, c.description, c.created_at, c.idempotency_key, \
     (SELECT CAST(coalesce(sum(r.amount), 0) AS BIGINT) FROM reversal r WHERE r.charge_id = c.id) \
     FROM charge c JOIN billing_account b ON b.id = c.billing_account_id";

fn charge_row(r: &Row) -> Result<Charge> {
    read_row!(r => Charge {
        id, target_id, billing_account_id, amount, currency, product, quantity, description,
        created_at, idempotency_key, reversed
    })
}

/// The UTC month of the time `column` as `YYYY-MM` (R29's months), in the backend's SQL.
pub(super) fn month_label(engine: Engine, column: &str) -> String {
    match engine {
        Engine::Sqlite => format!("strftime('%Y-%m', {column}, 'unixepoch')"),
        Engine::Postgres => {
            format!("to_char(to_timestamp({column}) AT TIME ZONE 'UTC', 'YYYY-MM')")
        }
    }
}

/// The first second (UTC) of the month of the time `column`, in the backend's SQL.
pub(super) fn month_start(engine: Engine, column: &str) -> String {
    match engine {
        Engine::Sqlite => format!("unixepoch({column}, 'unixepoch', 'start of month')"),
        Engine::Postgres => format!(
            "CAST(extract(epoch FROM date_trunc('month', to_timestamp({column}) AT TIME ZONE 'UTC')) \
             AS BIGINT)"
        ),
    }
}

impl Tx<'_> {
    /// The charge recorded with an idempotency key, if any (R10).
    pub fn charge_by_key(&self, key: &str) -> Result<Option<Charge>> {
        self.query_opt(
            &format!("{SELECT_CHARGES} WHERE c.idempotency_key = ?1"),
            &[&key],
            charge_row,
        )
    }

    /// A charge by its id (R31).
    pub fn charge_by_id(&self, id: Uuid) -> Result<Option<Charge>> {
        self.query_opt(
            &format!("{SELECT_CHARGES} WHERE c.id = ?1"),
            &[&id],
            charge_row,
        )
    }

    /// The id of the billing account a project, or a subproject's parent, links to now.
    pub fn billing_account_id_of(&self, node: Uuid) -> Result<Uuid> {
        let id: Option<Option<Uuid>> = self.query_opt(
            "SELECT coalesce(n.billing_account_id, p.billing_account_id) \
             FROM node n LEFT JOIN node p ON p.id = n.parent_id WHERE n.id = ?1",
            &[&node],
            |r| r.get(0),
        )?;
        id.flatten()
            .ok_or_else(|| Error::internal(format!("node {node} has no billing account")))
    }

    /// Insert one charge, and add it to its month's roll-up (its total spent and balance are
    /// the caller's to move).
    pub fn insert_charge(&self, c: &Charge) -> Result<()> {
        self.exec(
            "INSERT INTO charge (id, node_id, billing_account_id, amount, product, quantity, \
             description, created_at, idempotency_key) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            &[
                &c.id,
                &c.target_id,
                &c.billing_account_id,
                &c.amount,
                &c.product,
                &c.quantity,
                &c.description,
                &c.created_at,
                &c.idempotency_key,
            ],
        )?;
        self.roll_up("id = ?1", &[&c.id])
    }

    /// Where the charges this transaction inserts from now on begin: each has a greater
    /// rowid (writers take the store's write lock first, so no other inserts in between).
    pub fn charges_mark(&self) -> Result<i64> {
        self.query_i64(
            "SELECT CAST(coalesce(max(rowid), 0) AS BIGINT) FROM charge",
            &[],
        )
    }

    /// Add the charges that `filter` selects to `charge_month` (R13), by the sums
    /// [`super::kept::month_groups`] defines; `check` verifies the whole against them.
    pub(super) fn roll_up(&self, filter: &str, args: &[&dyn ToValue]) -> Result<()> {
        self.exec(
            &format!(
                "INSERT INTO charge_month \
                 (month, billing_account_id, node_id, product, quantity, units, micros, charges) \
                 {} \
                 ON CONFLICT (month, billing_account_id, node_id, product) DO UPDATE SET \
                 quantity = charge_month.quantity + excluded.quantity, \
                 units = charge_month.units + excluded.units, \
                 micros = charge_month.micros + excluded.micros, \
                 charges = charge_month.charges + excluded.charges",
                super::kept::month_groups(self.engine(), filter)
            ),
            args,
        )?;
        Ok(())
    }

    /// Insert many charges at once (an import's writing phase). Unlike [`Tx::insert_charge`]
    /// they are not added to the monthly roll-up here: the import adds them all at its end
    /// ([`Tx::roll_up_charges_after`] the [`Tx::charges_mark`] it took first).
    pub fn insert_charges(&self, charges: &[Charge]) -> Result<()> {
        use super::db::ColType::{Int, Text};
        let mut rows = charges.iter().map(|c| {
            vec![
                c.id.to_value(),
                c.target_id.to_value(),
                c.billing_account_id.to_value(),
                c.amount.to_value(),
                c.product.to_value(),
                c.quantity.to_value(),
                c.description.to_value(),
                c.created_at.to_value(),
                c.idempotency_key.to_value(),
            ]
        });
        self.insert_many(
            "charge",
            &[
                ("id", Text),
                ("node_id", Text),
                ("billing_account_id", Text),
                ("amount", Int),
                ("product", Text),
                ("quantity", Int),
                ("description", Text),
                ("created_at", Int),
                ("idempotency_key", Text),
            ],
            &mut rows,
        )?;
        Ok(())
    }

    /// Move a node's running total spent by `delta`: up by a charge, down (negative) by a
    /// reversal.
    pub fn add_total_spent(&self, node: Uuid, delta: Amount) -> Result<()> {
        self.exec_one(
            "UPDATE node SET total_spent = total_spent + ?2 WHERE id = ?1",
            &[&node, &delta],
            || format!("node {node} vanished"),
        )
    }

    /// Charges on `node` (or all), in `[from, to)` (or all time), oldest first.
    pub fn list_charges(
        &self,
        node: Option<Uuid>,
        range: Option<(Timestamp, Timestamp)>,
    ) -> Result<Vec<Charge>> {
        let (from, to) = super::bounds(range);
        let node_filter = if node.is_some() {
            "c.node_id = ?3"
        } else {
            "CAST(?3 AS TEXT) IS NULL"
        };
        self.query_vec(
            &format!(
                "{SELECT_CHARGES} \
                 WHERE {node_filter} AND c.created_at >= ?1 AND c.created_at < ?2{days} \
                 ORDER BY c.created_at / 86400, c.created_at, c.rowid",
                days = super::charge_days("c.", (from, to))
            ),
            &[&from, &to, &node],
            charge_row,
        )
    }

    /// Every node whose running total spent differs from the sum of its charges less their
    /// reversals (R26, R31).
    pub fn total_spent_mismatches(&self) -> Result<Vec<(Uuid, Amount, Amount)>> {
        self.query_vec(
            "SELECT n.id, n.total_spent, CAST(coalesce(s.total, 0) - coalesce(r.total, 0) AS BIGINT) \
             FROM node n \
             LEFT JOIN (SELECT node_id, sum(amount) AS total FROM charge GROUP BY node_id) s \
               ON s.node_id = n.id \
             LEFT JOIN (SELECT node_id, sum(amount) AS total FROM reversal GROUP BY node_id) r \
               ON r.node_id = n.id \
             WHERE n.total_spent <> coalesce(s.total, 0) - coalesce(r.total, 0)",
            &[],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
    }
}
