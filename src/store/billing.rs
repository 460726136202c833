//! Billing accounts' changes, top-ups, links, credit limits and the ledger (R07, R08, R11, R12).

use super::db::read_row;
use super::Tx;
use crate::domain::billing::{LedgerEntry, Topup};
use crate::domain::clock::Timestamp;
use crate::domain::money::Amount;
use crate::error::Result;
use uuid::Uuid;

impl Tx<'_> {
    /// Change a billing account's name and payment details.
    pub fn update_billing_account(
        &self,
        id: Uuid,
        name: &str,
        name_key: &str,
        legal_name: Option<&str>,
        address: Option<&str>,
        tax_id: Option<&str>,
    ) -> Result<()> {
        self.exec(
            "UPDATE billing_account SET name = ?2, name_key = ?3, legal_name = ?4, \
             address = ?5, tax_id = ?6 WHERE id = ?1",
            &[&id, &name, &name_key, &legal_name, &address, &tax_id],
        )?;
        Ok(())
    }

    /// Make `id` the one default billing account.
    pub fn set_default_billing_account(&self, id: Uuid) -> Result<()> {
        self.exec(
            "UPDATE billing_account SET is_default = 0 WHERE is_default = 1",
            &[],
        )?;
        self.exec(
            "UPDATE billing_account SET is_default = 1 WHERE id = ?1",
            &[&id],
        )?;
        Ok(())
    }

    /// How many projects (deleted ones included) link to a billing account.
    pub fn count_projects_linked(&self, billing: Uuid) -> Result<i64> {
        self.query_i64(
            "SELECT count(*) FROM node WHERE billing_account_id = ?1",
            &[&billing],
        )
    }

    /// How many charges and top-ups a billing account's history holds.
    pub fn count_billing_history(&self, billing: Uuid) -> Result<(i64, i64)> {
        let charges = self.query_i64(
            "SELECT count(*) FROM charge WHERE billing_account_id = ?1",
            &[&billing],
        )?;
        let topups = self.query_i64(
            "SELECT count(*) FROM topup WHERE billing_account_id = ?1",
            &[&billing],
        )?;
        Ok((charges, topups))
    }

    pub fn delete_billing_account(&self, id: Uuid) -> Result<()> {
        self.exec("DELETE FROM billing_account WHERE id = ?1", &[&id])?;
        Ok(())
    }

    /// Add `delta` (negative to draw down) to a prepaid balance; the store refuses a negative
    /// balance, so this can never overdraw even if a caller forgot to check.
    pub fn adjust_balance(&self, billing: Uuid, delta: Amount) -> Result<()> {
        self.exec_one(
            "UPDATE billing_account SET balance = balance + ?2 \
             WHERE id = ?1 AND balance IS NOT NULL",
            &[&billing, &delta],
            || format!("billing account {billing} has no balance to adjust"),
        )
    }

    pub fn topup_by_key(&self, key: &str) -> Result<Option<Topup>> {
        self.query_opt(
            "SELECT id, billing_account_id, amount, created_at, idempotency_key \
             FROM topup WHERE idempotency_key = ?1",
            &[&key],
            |r| {
                read_row!(r => Topup {
                    id, billing_account_id, amount, created_at, idempotency_key
                })
            },
        )
    }

    pub fn insert_topup(&self, t: &Topup) -> Result<()> {
        self.exec(
            "INSERT INTO topup (id, billing_account_id, amount, created_at, idempotency_key) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
            &[
                &t.id,
                &t.billing_account_id,
                &t.amount,
                &t.created_at,
                &t.idempotency_key,
            ],
        )?;
        Ok(())
    }

    /// Re-link a project to another billing account (R08).
    pub fn link_project(&self, project: Uuid, billing: Uuid) -> Result<()> {
        self.exec(
            "UPDATE node SET billing_account_id = ?2 WHERE id = ?1 AND parent_id IS NULL",
            &[&project, &billing],
        )?;
        Ok(())
    }

    /// Set or clear a subproject's credit limit (R12).
    pub fn set_credit_limit(&self, sub: Uuid, limit: Option<Amount>) -> Result<()> {
        self.exec(
            "UPDATE node SET credit_limit = ?2 WHERE id = ?1 AND parent_id IS NOT NULL",
            &[&sub, &limit],
        )?;
        Ok(())
    }

    /// Top-ups, charges, reversals and transfers of a billing account in `[from, to)`,
    /// oldest first (at one time: money in, charges, reversals, money out).
    pub fn ledger(
        &self,
        billing: Uuid,
        range: Option<(Timestamp, Timestamp)>,
    ) -> Result<Vec<LedgerEntry>> {
        let (from, to) = super::bounds(range);
        self.query_vec(
            &format!(
            "SELECT 'topup', id, NULL, amount, created_at, NULL, NULL, idempotency_key, \
                    NULL, NULL, NULL, 0, rowid \
               FROM topup WHERE billing_account_id = ?1 AND created_at >= ?2 AND created_at < ?3 \
             UNION ALL \
             SELECT 'charge', id, node_id, amount, created_at, product, quantity, idempotency_key, \
                    NULL, NULL, NULL, 2, rowid \
               FROM charge WHERE billing_account_id = ?1 AND created_at >= ?2 AND created_at < ?3{days} \
             UNION ALL \
             SELECT 'reversal', id, node_id, amount, created_at, NULL, NULL, idempotency_key, \
                    charge_id, reason, NULL, 3, rowid \
               FROM reversal WHERE billing_account_id = ?1 AND created_at >= ?2 AND created_at < ?3 \
             UNION ALL \
             SELECT 'transfer_in', id, NULL, amount, created_at, NULL, NULL, idempotency_key, \
                    NULL, NULL, from_billing_account_id, 1, rowid \
               FROM transfer WHERE to_billing_account_id = ?1 AND created_at >= ?2 AND created_at < ?3 \
             UNION ALL \
             SELECT 'transfer_out', id, NULL, amount, created_at, NULL, NULL, idempotency_key, \
                    NULL, NULL, to_billing_account_id, 4, rowid \
               FROM transfer WHERE from_billing_account_id = ?1 AND created_at >= ?2 AND created_at < ?3 \
             ORDER BY 5, 12, 13",
                days = super::charge_days("", (from, to))
            ),
            &[&billing, &from, &to],
            // The last two columns only order the entries.
            |r| {
                read_row!(r => LedgerEntry {
                    kind, id, target_id, amount, created_at, product, quantity, idempotency_key,
                    charge_id, reason, counterparty_id
                })
            },
        )
    }

    /// The sums R26 checks: top-ups and charges of a billing account.
    pub fn billing_sums(&self, billing: Uuid) -> Result<(Amount, Amount)> {
        let topups = self.query_i64(
            "SELECT CAST(coalesce(sum(amount), 0) AS BIGINT) FROM topup WHERE billing_account_id = ?1",
            &[&billing],
        )?;
        let charges = self.query_i64(
            "SELECT CAST(coalesce(sum(amount), 0) AS BIGINT) FROM charge WHERE billing_account_id = ?1",
            &[&billing],
        )?;
        Ok((Amount::from_micros(topups), Amount::from_micros(charges)))
    }
}
