//! The account and its billing accounts.

use super::db::{read_row, Row};
use super::Tx;
use crate::domain::clock::Timestamp;
use crate::domain::model::{Account, BillingAccount, Quotas};
use crate::error::{Error, Result};
use uuid::Uuid;

const BA_COLUMNS: &str = "id, name, kind, currency, balance, legal_name, address, tax_id, \
     is_default, created_at, updated_at";

fn billing_row(row: &Row) -> Result<BillingAccount> {
    read_row!(row => BillingAccount {
        id, name, kind, currency, balance, legal_name, address, tax_id, is_default, created_at,
        updated_at
    })
}

impl Tx<'_> {
    pub fn account(&self) -> Result<Option<Account>> {
        self.query_opt(
            "SELECT id, name, created_at, quota_subprojects, quota_keys FROM account",
            &[],
            |r| {
                Ok(Account {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    created_at: r.get(2)?,
                    quotas: Quotas {
                        subprojects_per_project: r.get(3)?,
                        keys_per_target: r.get(4)?,
                    },
                })
            },
        )
    }

    pub fn insert_account(&self, a: &Account) -> Result<()> {
        self.exec(
            "INSERT INTO account (id, name, created_at, quota_subprojects, quota_keys) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
            &[
                &a.id,
                &a.name,
                &a.created_at,
                &a.quotas.subprojects_per_project,
                &a.quotas.keys_per_target,
            ],
        )?;
        Ok(())
    }

    pub fn rename_account(&self, name: &str) -> Result<()> {
        self.exec("UPDATE account SET name = ?1", &[&name])?;
        Ok(())
    }

    /// R36: set the account's quotas.
    pub fn set_quotas(&self, q: &Quotas) -> Result<()> {
        self.exec(
            "UPDATE account SET quota_subprojects = ?1, quota_keys = ?2",
            &[&q.subprojects_per_project, &q.keys_per_target],
        )?;
        Ok(())
    }

    /// R33: a billing account changed at `at`.
    pub fn touch_billing_account(&self, id: Uuid, at: Timestamp) -> Result<()> {
        self.exec(
            "UPDATE billing_account SET updated_at = ?2 WHERE id = ?1",
            &[&id, &at],
        )?;
        Ok(())
    }

    pub fn insert_billing_account(&self, b: &BillingAccount, name_key: &str) -> Result<()> {
        self.exec(
            "INSERT INTO billing_account (id, name, name_key, kind, currency, balance, legal_name, \
             address, tax_id, is_default, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            &[
                &b.id,
                &b.name,
                &name_key,
                &b.kind.as_str(),
                &b.currency.code,
                &b.balance,
                &b.legal_name,
                &b.address,
                &b.tax_id,
                &b.is_default,
                &b.created_at,
                &b.updated_at,
            ],
        )?;
        Ok(())
    }

    pub fn billing_account_by_id(&self, id: Uuid) -> Result<Option<BillingAccount>> {
        self.query_opt(
            &format!("SELECT {BA_COLUMNS} FROM billing_account WHERE id = ?1"),
            &[&id],
            billing_row,
        )
    }

    /// A billing account the store must hold: one a row refers to, or one just changed.
    pub fn billing_account(&self, id: Uuid) -> Result<BillingAccount> {
        self.billing_account_by_id(id)?
            .ok_or_else(|| Error::internal(format!("billing account {id} is missing")))
    }

    pub fn billing_account_by_key(&self, key: &str) -> Result<Option<BillingAccount>> {
        self.query_opt(
            &format!("SELECT {BA_COLUMNS} FROM billing_account WHERE name_key = ?1"),
            &[&key],
            billing_row,
        )
    }

    pub fn default_billing_account(&self) -> Result<Option<BillingAccount>> {
        self.query_opt(
            &format!("SELECT {BA_COLUMNS} FROM billing_account WHERE is_default = 1"),
            &[],
            billing_row,
        )
    }

    pub fn list_billing_accounts(&self) -> Result<Vec<BillingAccount>> {
        self.query_vec(
            &format!("SELECT {BA_COLUMNS} FROM billing_account ORDER BY name_key, name"),
            &[],
            billing_row,
        )
    }
}
