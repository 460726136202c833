//! Billing accounts' changes, top-ups, links, credit limits and the ledger (R07, R08, R11, R12).

use super::nodes::uuid_col;
use super::Tx;
use crate::domain::billing::{LedgerEntry, LedgerKind, Topup};
use crate::domain::clock::Timestamp;
use crate::domain::money::Amount;
use crate::error::{Error, Result};
use rusqlite::{params, OptionalExtension};
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
        self.conn()
            .prepare_cached(
                "UPDATE billing_account SET name = ?2, name_key = ?3, legal_name = ?4, \
                 address = ?5, tax_id = ?6 WHERE id = ?1",
            )?
            .execute(params![
                id.to_string(),
                name,
                name_key,
                legal_name,
                address,
                tax_id
            ])?;
        Ok(())
    }

    /// Make `id` the one default billing account.
    pub fn set_default_billing_account(&self, id: Uuid) -> Result<()> {
        self.conn().execute(
            "UPDATE billing_account SET is_default = 0 WHERE is_default = 1",
            [],
        )?;
        self.conn().execute(
            "UPDATE billing_account SET is_default = 1 WHERE id = ?1",
            [id.to_string()],
        )?;
        Ok(())
    }

    /// How many projects (deleted ones included) link to a billing account.
    pub fn count_projects_linked(&self, billing: Uuid) -> Result<i64> {
        Ok(self
            .conn()
            .prepare_cached("SELECT count(*) FROM node WHERE billing_account_id = ?1")?
            .query_row([billing.to_string()], |r| r.get(0))?)
    }

    /// How many charges and top-ups a billing account's history holds.
    pub fn count_billing_history(&self, billing: Uuid) -> Result<(i64, i64)> {
        let id = billing.to_string();
        let charges: i64 = self
            .conn()
            .prepare_cached("SELECT count(*) FROM charge WHERE billing_account_id = ?1")?
            .query_row([&id], |r| r.get(0))?;
        let topups: i64 = self
            .conn()
            .prepare_cached("SELECT count(*) FROM topup WHERE billing_account_id = ?1")?
            .query_row([&id], |r| r.get(0))?;
        Ok((charges, topups))
    }

    pub fn delete_billing_account(&self, id: Uuid) -> Result<()> {
        self.conn().execute(
            "DELETE FROM billing_account WHERE id = ?1",
            [id.to_string()],
        )?;
        Ok(())
    }

    /// Add `delta` (negative to draw down) to a prepaid balance; the store refuses a negative
    /// balance, so this can never overdraw even if a caller forgot to check.
    pub fn adjust_balance(&self, billing: Uuid, delta: Amount) -> Result<()> {
        let changed = self
            .conn()
            .prepare_cached(
                "UPDATE billing_account SET balance = balance + ?2 \
                 WHERE id = ?1 AND balance IS NOT NULL",
            )?
            .execute(params![billing.to_string(), delta.micros()])?;
        if changed != 1 {
            return Err(Error::internal(format!(
                "billing account {billing} has no balance to adjust"
            )));
        }
        Ok(())
    }

    pub fn topup_by_key(&self, key: &str) -> Result<Option<Topup>> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT id, billing_account_id, amount, created_at, idempotency_key \
                 FROM topup WHERE idempotency_key = ?1",
            )?
            .query_row([key], |r| {
                Ok(Topup {
                    id: uuid_col(r, 0)?,
                    billing_account_id: uuid_col(r, 1)?,
                    amount: Amount::from_micros(r.get(2)?),
                    created_at: Timestamp(r.get(3)?),
                    idempotency_key: r.get(4)?,
                })
            })
            .optional()?)
    }

    pub fn insert_topup(&self, t: &Topup) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO topup (id, billing_account_id, amount, created_at, idempotency_key) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                t.id.to_string(),
                t.billing_account_id.to_string(),
                t.amount.micros(),
                t.created_at.0,
                t.idempotency_key,
            ])?;
        Ok(())
    }

    /// Re-link a project to another billing account (R08).
    pub fn link_project(&self, project: Uuid, billing: Uuid) -> Result<()> {
        self.conn()
            .prepare_cached(
                "UPDATE node SET billing_account_id = ?2 WHERE id = ?1 AND parent_id IS NULL",
            )?
            .execute(params![project.to_string(), billing.to_string()])?;
        Ok(())
    }

    /// Set or clear a subproject's credit limit (R12).
    pub fn set_credit_limit(&self, sub: Uuid, limit: Option<Amount>) -> Result<()> {
        self.conn()
            .prepare_cached(
                "UPDATE node SET credit_limit = ?2 WHERE id = ?1 AND parent_id IS NOT NULL",
            )?
            .execute(params![sub.to_string(), limit.map(Amount::micros)])?;
        Ok(())
    }

    /// Top-ups and charges of a billing account in `[from, to)`, oldest first.
    pub fn ledger(
        &self,
        billing: Uuid,
        range: Option<(Timestamp, Timestamp)>,
    ) -> Result<Vec<LedgerEntry>> {
        let (from, to) = range.map_or((i64::MIN, i64::MAX), |(f, t)| (f.0, t.0));
        let mut st = self.conn().prepare_cached(
            "SELECT 'topup', id, NULL, amount, created_at, NULL, NULL, idempotency_key, rowid \
               FROM topup WHERE billing_account_id = ?1 AND created_at >= ?2 AND created_at < ?3 \
             UNION ALL \
             SELECT 'charge', id, node_id, amount, created_at, product, quantity, idempotency_key, rowid \
               FROM charge WHERE billing_account_id = ?1 AND created_at >= ?2 AND created_at < ?3 \
             ORDER BY 5, 1 DESC, 9",
        )?;
        let rows = st.query_map(params![billing.to_string(), from, to], |r| {
            let kind: String = r.get(0)?;
            Ok(LedgerEntry {
                kind: if kind == "topup" {
                    LedgerKind::Topup
                } else {
                    LedgerKind::Charge
                },
                id: uuid_col(r, 1)?,
                target_id: r
                    .get::<_, Option<String>>(2)?
                    .and_then(|s| Uuid::parse_str(&s).ok()),
                amount: Amount::from_micros(r.get(3)?),
                created_at: Timestamp(r.get(4)?),
                product: r.get(5)?,
                quantity: r.get(6)?,
                idempotency_key: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The sums R26 checks: top-ups and charges of a billing account.
    pub fn billing_sums(&self, billing: Uuid) -> Result<(Amount, Amount)> {
        let id = billing.to_string();
        let topups: i64 = self
            .conn()
            .prepare_cached(
                "SELECT coalesce(sum(amount), 0) FROM topup WHERE billing_account_id = ?1",
            )?
            .query_row([&id], |r| r.get(0))?;
        let charges: i64 = self
            .conn()
            .prepare_cached(
                "SELECT coalesce(sum(amount), 0) FROM charge WHERE billing_account_id = ?1",
            )?
            .query_row([&id], |r| r.get(0))?;
        Ok((Amount::from_micros(topups), Amount::from_micros(charges)))
    }
}
