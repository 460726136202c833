//! R26: rebuilding what the store keeps beside its records, for `check --repair`. Each rebuild
//! recomputes one kind of kept sum from the records it sums (charges, reversals, top-ups,
//! transfers), which it reads and never changes, with the same sums `check` compares them to.
//! A value that cannot be kept (a negative total, where reversals exceed their charges) is left
//! as it is, for `check` to go on reporting.

use super::usage::month_label;
use super::Tx;
use crate::error::Result;

/// Which table a name and its lookup key belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamedTable {
    Node,
    BillingAccount,
}

/// A name as kept: its table, its row's id, the name and its lookup key.
pub type KeptName = (NamedTable, String, String, String);

impl Tx<'_> {
    /// Every node's running total spent: its charges less their reversals (R26, R31).
    pub fn rebuild_totals_spent(&self) -> Result<()> {
        self.exec(
            "UPDATE node SET total_spent = x.s FROM (SELECT n.id AS id, \
             CAST(coalesce(c.s, 0) - coalesce(r.s, 0) AS BIGINT) AS s FROM node n \
             LEFT JOIN (SELECT node_id, sum(amount) AS s FROM charge GROUP BY node_id) c \
               ON c.node_id = n.id \
             LEFT JOIN (SELECT node_id, sum(amount) AS s FROM reversal GROUP BY node_id) r \
               ON r.node_id = n.id) x \
             WHERE x.id = node.id AND node.total_spent <> x.s AND x.s >= 0",
            &[],
        )?;
        Ok(())
    }

    /// Every node's monthly spending (R29): for each month it has charges in, those charges
    /// less their reversals (R31), and no other month.
    pub fn rebuild_month_spending(&self) -> Result<()> {
        let month = |column| month_label(self.engine(), column);
        self.exec("DELETE FROM spend_month", &[])?;
        self.exec(
            &format!(
                "INSERT INTO spend_month (node_id, month, spent) \
                 SELECT c.node_id, c.month, CAST(c.s - coalesce(r.s, 0) AS BIGINT) FROM \
                 (SELECT node_id, {m} AS month, sum(amount) AS s FROM charge GROUP BY 1, 2) c \
                 LEFT JOIN (SELECT ch.node_id AS node_id, {mc} AS month, sum(rv.amount) AS s \
                   FROM reversal rv JOIN charge ch ON ch.id = rv.charge_id GROUP BY 1, 2) r \
                 ON r.node_id = c.node_id AND r.month = c.month \
                 WHERE c.s - coalesce(r.s, 0) >= 0",
                m = month("created_at"),
                mc = month("ch.created_at"),
            ),
            &[],
        )?;
        Ok(())
    }

    /// The monthly usage sums (R13), from every charge.
    pub fn rebuild_charge_months(&self) -> Result<()> {
        self.exec("DELETE FROM charge_month", &[])?;
        self.roll_up("1 = 1", &[])
    }

    /// Every billing account's balance (R11): a prepaid one's top-ups less its charges, plus
    /// reversals and transfers in, less transfers out (R31, R32); none for a postpaid one.
    pub fn rebuild_balances(&self) -> Result<()> {
        let sum = |table: &str, column: &str| {
            format!(
                "LEFT JOIN (SELECT {column} AS id, sum(amount) AS s FROM {table} GROUP BY 1) \
                 {table}_{column} ON {table}_{column}.id = b.id"
            )
        };
        self.exec(
            &format!(
                "UPDATE billing_account SET balance = x.balance FROM (SELECT b.id AS id, \
                 CASE WHEN b.kind = 'prepaid' THEN CAST(coalesce(topup_billing_account_id.s, 0) \
                   - coalesce(charge_billing_account_id.s, 0) \
                   + coalesce(reversal_billing_account_id.s, 0) \
                   + coalesce(transfer_to_billing_account_id.s, 0) \
                   - coalesce(transfer_from_billing_account_id.s, 0) AS BIGINT) END AS balance \
                 FROM billing_account b {} {} {} {} {}) x \
                 WHERE x.id = billing_account.id \
                 AND billing_account.balance IS DISTINCT FROM x.balance \
                 AND (x.balance IS NULL OR x.balance >= 0)",
                sum("topup", "billing_account_id"),
                sum("charge", "billing_account_id"),
                sum("reversal", "billing_account_id"),
                sum("transfer", "to_billing_account_id"),
                sum("transfer", "from_billing_account_id"),
            ),
            &[],
        )?;
        Ok(())
    }

    /// Every name of a node or billing account, with its kept lookup key (R05).
    pub fn kept_names(&self) -> Result<Vec<KeptName>> {
        let mut out = self.query_vec("SELECT id, name, name_key FROM node", &[], |r| {
            Ok((NamedTable::Node, r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
        out.extend(
            self.query_vec("SELECT id, name, name_key FROM billing_account", &[], |r| {
                Ok((NamedTable::BillingAccount, r.get(0)?, r.get(1)?, r.get(2)?))
            })?,
        );
        Ok(out)
    }

    /// Set a row's lookup key, unless another row that must not share it already has it (a
    /// live sibling, any other billing account): `false` then, and nothing changed.
    pub fn set_name_key(&self, table: NamedTable, id: &str, key: &str) -> Result<bool> {
        let sql = match table {
            NamedTable::Node => {
                "UPDATE node SET name_key = ?2 WHERE id = ?1 AND NOT (status <> 'deleted' \
                 AND EXISTS (SELECT 1 FROM node o WHERE o.id <> ?1 AND o.status <> 'deleted' \
                 AND o.name_key = ?2 AND coalesce(o.parent_id, '') = coalesce(node.parent_id, '')))"
            }
            NamedTable::BillingAccount => {
                "UPDATE billing_account SET name_key = ?2 WHERE id = ?1 AND NOT EXISTS \
                 (SELECT 1 FROM billing_account o WHERE o.id <> ?1 AND o.name_key = ?2)"
            }
        };
        Ok(self.exec(sql, &[&id, &key])? == 1)
    }
}
