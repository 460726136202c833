//! Spend control (R29-R32): what each node spent per month, alerts, reversals and transfers.

use super::db::{read_row, Row};
use super::Tx;
use crate::domain::clock::Timestamp;
use crate::domain::money::Amount;
use crate::domain::spend::{Alert, Reversal, Transfer};
use crate::error::Result;
use uuid::Uuid;

const ALERT_COLUMNS: &str = "a.seq, a.id, a.at, a.node_id, \
     coalesce(p.name || ' > ' || n.name, n.name), a.threshold, a.spent, a.limit_amount, \
     a.period, a.currency, a.charge_id";

fn alert_row(r: &Row) -> Result<Alert> {
    read_row!(r => Alert {
        seq, id, at, subproject_id, display_name, threshold, spent, limit, period, currency,
        charge_id
    })
}

/// Reversals (`r`) with their currency, as `reversal_row` reads them.
const SELECT_REVERSALS: &str = "SELECT r.id, r.charge_id, r.node_id, r.billing_account_id, \
     r.amount, b.currency, r.reason, r.created_at, r.idempotency_key \
     FROM reversal r JOIN billing_account b ON b.id = r.billing_account_id";

fn reversal_row(r: &Row) -> Result<Reversal> {
    read_row!(r => Reversal {
        id, charge_id, target_id, billing_account_id, amount, currency, reason, created_at,
        idempotency_key
    })
}

/// Transfers (`t`) with their currency, as `transfer_row` reads them.
const SELECT_TRANSFERS: &str = "SELECT t.id, t.from_billing_account_id, t.to_billing_account_id, \
     t.amount, b.currency, t.created_at, t.idempotency_key \
     FROM transfer t JOIN billing_account b ON b.id = t.from_billing_account_id";

fn transfer_row(r: &Row) -> Result<Transfer> {
    read_row!(r => Transfer {
        id, from_billing_account_id, to_billing_account_id, amount, currency, created_at,
        idempotency_key
    })
}

impl Tx<'_> {
    /// What a node spent in one month (`YYYY-MM`): its charges of that month less their
    /// reversals (R29).
    pub fn month_spent(&self, node: Uuid, month: &str) -> Result<Amount> {
        Ok(self
            .query_opt(
                "SELECT spent FROM spend_month WHERE node_id = ?1 AND month = ?2",
                &[&node, &month],
                |r| r.get(0),
            )?
            .unwrap_or(Amount::ZERO))
    }

    /// Add `delta` (negative for a reversal) to what a node spent in one month.
    pub fn add_month_spent(&self, node: Uuid, month: &str, delta: Amount) -> Result<()> {
        if delta < Amount::ZERO {
            // A row of a negative amount would fail its CHECK before ON CONFLICT is weighed.
            return self.exec_one(
                "UPDATE spend_month SET spent = spent + ?3 WHERE node_id = ?1 AND month = ?2",
                &[&node, &month, &delta],
                || format!("node {node} has no spending kept for {month}"),
            );
        }
        self.exec(
            "INSERT INTO spend_month (node_id, month, spent) VALUES (?1, ?2, ?3) \
             ON CONFLICT (node_id, month) DO UPDATE SET spent = spend_month.spent + excluded.spent",
            &[&node, &month, &delta],
        )?;
        Ok(())
    }

    /// Whether an alert was already raised for this subproject, threshold, period and limit.
    pub fn alert_exists(
        &self,
        node: Uuid,
        threshold: u32,
        period: &str,
        limit: Amount,
    ) -> Result<bool> {
        Ok(self.query_i64(
            "SELECT count(*) FROM alert WHERE node_id = ?1 AND threshold = ?2 AND period = ?3 \
             AND limit_amount = ?4",
            &[&node, &i64::from(threshold), &period, &limit],
        )? > 0)
    }

    /// Record an alert after every one before it (writers are serialised: the next `seq` is
    /// the largest plus one, whatever `a.seq` says); returns its `seq`.
    pub fn insert_alert(&self, a: &Alert) -> Result<i64> {
        let seq = self.query_i64("SELECT coalesce(max(seq), 0) + 1 FROM alert", &[])?;
        self.exec(
            "INSERT INTO alert (seq, id, at, node_id, threshold, spent, limit_amount, period, \
             currency, charge_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            &[
                &seq,
                &a.id,
                &a.at,
                &a.subproject_id,
                &i64::from(a.threshold),
                &a.spent,
                &a.limit,
                &a.period,
                &a.currency.code,
                &a.charge_id,
            ],
        )?;
        Ok(seq)
    }

    pub fn alert_by_id(&self, id: Uuid) -> Result<Option<Alert>> {
        self.query_opt(
            &format!(
                "SELECT {ALERT_COLUMNS} FROM alert a JOIN node n ON n.id = a.node_id \
                 LEFT JOIN node p ON p.id = n.parent_id WHERE a.id = ?1"
            ),
            &[&id],
            alert_row,
        )
    }

    /// Alerts after `after_seq`, at or after `since`, of some subprojects (or all), in the
    /// order they were raised.
    pub fn list_alerts(
        &self,
        after_seq: i64,
        since: Option<Timestamp>,
        nodes: Option<&[Uuid]>,
    ) -> Result<Vec<Alert>> {
        let since = since.map_or(i64::MIN, |t| t.0);
        let all = self.query_vec(
            &format!(
                "SELECT {ALERT_COLUMNS} FROM alert a JOIN node n ON n.id = a.node_id \
                 LEFT JOIN node p ON p.id = n.parent_id \
                 WHERE a.seq > ?1 AND a.at >= ?2 ORDER BY a.seq"
            ),
            &[&after_seq, &since],
            alert_row,
        )?;
        Ok(match nodes {
            None => all,
            Some(ns) => all
                .into_iter()
                .filter(|a| ns.contains(&a.subproject_id))
                .collect(),
        })
    }

    /// The sum of a charge's reversals.
    pub fn reversed_of(&self, charge: Uuid) -> Result<Amount> {
        Ok(Amount::from_micros(self.query_i64(
            "SELECT CAST(coalesce(sum(amount), 0) AS BIGINT) FROM reversal WHERE charge_id = ?1",
            &[&charge],
        )?))
    }

    pub fn reversal_by_key(&self, key: &str) -> Result<Option<Reversal>> {
        self.query_opt(
            &format!("{SELECT_REVERSALS} WHERE r.idempotency_key = ?1"),
            &[&key],
            reversal_row,
        )
    }

    pub fn insert_reversal(&self, r: &Reversal) -> Result<()> {
        self.exec(
            "INSERT INTO reversal (id, charge_id, node_id, billing_account_id, amount, reason, \
             created_at, idempotency_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            &[
                &r.id,
                &r.charge_id,
                &r.target_id,
                &r.billing_account_id,
                &r.amount,
                &r.reason,
                &r.created_at,
                &r.idempotency_key,
            ],
        )?;
        Ok(())
    }

    /// Reversals of one billing account made in `[from, to)`, oldest first.
    pub fn reversals_of_billing(
        &self,
        billing: Uuid,
        (from, to): (Timestamp, Timestamp),
    ) -> Result<Vec<Reversal>> {
        self.query_vec(
            &format!(
                "{SELECT_REVERSALS} \
                 WHERE r.billing_account_id = ?1 AND r.created_at >= ?2 AND r.created_at < ?3 \
                 ORDER BY r.created_at, r.rowid"
            ),
            &[&billing, &from, &to],
            reversal_row,
        )
    }

    pub fn transfer_by_key(&self, key: &str) -> Result<Option<Transfer>> {
        self.query_opt(
            &format!("{SELECT_TRANSFERS} WHERE t.idempotency_key = ?1"),
            &[&key],
            transfer_row,
        )
    }

    pub fn insert_transfer(&self, t: &Transfer) -> Result<()> {
        self.exec(
            "INSERT INTO transfer (id, from_billing_account_id, to_billing_account_id, amount, \
             created_at, idempotency_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            &[
                &t.id,
                &t.from_billing_account_id,
                &t.to_billing_account_id,
                &t.amount,
                &t.created_at,
                &t.idempotency_key,
            ],
        )?;
        Ok(())
    }

    /// R29/R31/R26: (node path, month, kept spending, charges less reversals of that month)
    /// wherever the two differ, or a month is kept with no charges or charges have no month.
    pub fn wrong_month_spending(&self) -> Result<Vec<(String, String, i64, i64)>> {
        let sql = format!(
            "WITH e AS ({spending}), \
             k AS (SELECT node_id, month FROM e UNION SELECT node_id, month FROM spend_month) \
             SELECT coalesce(p.name || '/' || n.name, n.name, k.node_id), k.month, \
                    CAST(coalesce(sm.spent, -1) AS BIGINT), CAST(coalesce(e.spent, 0) AS BIGINT) \
             FROM k LEFT JOIN spend_month sm ON sm.node_id = k.node_id AND sm.month = k.month \
             LEFT JOIN e ON e.node_id = k.node_id AND e.month = k.month \
             LEFT JOIN node n ON n.id = k.node_id LEFT JOIN node p ON p.id = n.parent_id \
             WHERE sm.spent IS NULL OR sm.spent <> coalesce(e.spent, 0) ORDER BY 1, 2, k.node_id",
            spending = super::kept::month_spending(self.engine()),
        );
        self.query_vec(&sql, &[], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
    }

    /// R31: charges whose reversals add up to more than the charge, or that name another
    /// node or billing account than their charge: [charge id, detail].
    pub fn bad_reversals(&self) -> Result<Vec<(String, String)>> {
        let mut out = self.query_vec(
            "SELECT c.id, 'reversed ' || CAST(sum(r.amount) AS TEXT) || ' of ' || CAST(c.amount AS TEXT) \
             FROM reversal r JOIN charge c ON c.id = r.charge_id \
             GROUP BY c.id, c.amount HAVING sum(r.amount) > c.amount ORDER BY 1",
            &[],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        out.extend(self.query_vec(
            "SELECT c.id, 'reversal ' || r.id || ' names another target or billing account' \
             FROM reversal r JOIN charge c ON c.id = r.charge_id \
             WHERE r.node_id <> c.node_id OR r.billing_account_id <> c.billing_account_id ORDER BY 1",
            &[],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?);
        Ok(out)
    }

    /// R32: transfers between accounts that are not both prepaid in one currency: [id].
    pub fn bad_transfers(&self) -> Result<Vec<String>> {
        self.query_vec(
            "SELECT t.id FROM transfer t \
             JOIN billing_account f ON f.id = t.from_billing_account_id \
             JOIN billing_account d ON d.id = t.to_billing_account_id \
             WHERE f.kind <> 'prepaid' OR d.kind <> 'prepaid' OR f.currency <> d.currency \
             ORDER BY t.id",
            &[],
            |r| r.get(0),
        )
    }
}
