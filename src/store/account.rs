//! The account and its billing accounts.

use super::nodes::{currency_col, uuid_col};
use super::Tx;
use crate::domain::clock::Timestamp;
use crate::domain::model::{Account, BillingAccount, BillingKind};
use crate::domain::money::Amount;
use crate::error::Result;
use rusqlite::{params, OptionalExtension, Row};
use uuid::Uuid;

const BA_COLUMNS: &str = "id, name, kind, currency, balance, legal_name, address, tax_id, \
     is_default, created_at";

fn billing_row(row: &Row) -> rusqlite::Result<BillingAccount> {
    let kind: String = row.get(2)?;
    Ok(BillingAccount {
        id: uuid_col(row, 0)?,
        name: row.get(1)?,
        kind: BillingKind::parse(&kind).unwrap_or(BillingKind::Postpaid),
        currency: currency_col(row, 3)?,
        balance: row.get::<_, Option<i64>>(4)?.map(Amount::from_micros),
        legal_name: row.get(5)?,
        address: row.get(6)?,
        tax_id: row.get(7)?,
        is_default: row.get(8)?,
        created_at: Timestamp(row.get(9)?),
    })
}

impl Tx<'_> {
    pub fn account(&self) -> Result<Option<Account>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT id, name, created_at FROM account")?
            .query_row([], |r| {
                Ok(Account {
                    id: uuid_col(r, 0)?,
                    name: r.get(1)?,
                    created_at: Timestamp(r.get(2)?),
                })
            })
            .optional()?)
    }

    pub fn insert_account(&self, a: &Account) -> Result<()> {
        self.conn().execute(
            "INSERT INTO account (id, name, created_at) VALUES (?1, ?2, ?3)",
            params![a.id.to_string(), a.name, a.created_at.0],
        )?;
        Ok(())
    }

    pub fn rename_account(&self, name: &str) -> Result<()> {
        self.conn()
            .execute("UPDATE account SET name = ?1", [name])?;
        Ok(())
    }

    pub fn insert_billing_account(&self, b: &BillingAccount, name_key: &str) -> Result<()> {
        self.conn().execute(
            "INSERT INTO billing_account (id, name, name_key, kind, currency, balance, legal_name, \
             address, tax_id, is_default, created_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                b.id.to_string(),
                b.name,
                name_key,
                b.kind.as_str(),
                b.currency.code,
                b.balance.map(Amount::micros),
                b.legal_name,
                b.address,
                b.tax_id,
                b.is_default,
                b.created_at.0,
            ],
        )?;
        Ok(())
    }

    pub fn billing_account_by_id(&self, id: Uuid) -> Result<Option<BillingAccount>> {
        Ok(self
            .conn()
            .prepare_cached(&format!(
                "SELECT {BA_COLUMNS} FROM billing_account WHERE id = ?1"
            ))?
            .query_row([id.to_string()], billing_row)
            .optional()?)
    }

    pub fn billing_account_by_key(&self, key: &str) -> Result<Option<BillingAccount>> {
        Ok(self
            .conn()
            .prepare_cached(&format!(
                "SELECT {BA_COLUMNS} FROM billing_account WHERE name_key = ?1"
            ))?
            .query_row([key], billing_row)
            .optional()?)
    }

    pub fn default_billing_account(&self) -> Result<Option<BillingAccount>> {
        Ok(self
            .conn()
            .prepare_cached(&format!(
                "SELECT {BA_COLUMNS} FROM billing_account WHERE is_default = 1"
            ))?
            .query_row([], billing_row)
            .optional()?)
    }

    pub fn list_billing_accounts(&self) -> Result<Vec<BillingAccount>> {
        let mut st = self.conn().prepare_cached(&format!(
            "SELECT {BA_COLUMNS} FROM billing_account ORDER BY name_key, name"
        ))?;
        let rows = st.query_map([], billing_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
