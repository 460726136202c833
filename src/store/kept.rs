//! What the store keeps beside its records, each defined once here as a query over the records
//! it is kept from: node totals spent (R26, R31), monthly spending (R29) and the monthly usage
//! sums (R13); for prepaid balances (R11, R31, R32), the records summed, which the domain
//! weighs. Commands keep these up to date as they write; `check` compares them with these
//! definitions; `check --repair` rebuilds them from these definitions. A rebuild changes only the rows that differ and returns how many it
//! changed; a value that cannot be kept (a negative total, where reversals exceed their
//! charges) is left as it is, for `check` to go on reporting.

use super::check::NODE_PATH;
use super::usage::{month_label, month_start};
use super::{Engine, Tx};
use crate::domain::money::Sum;
use crate::error::Result;

/// Each node's charges and their reversals, summed: `id`, `charged`, `reversed`. Its total
/// spent is kept as `charged - reversed`.
pub(super) const NODE_SPENDING: &str = "SELECT n.id AS id, \
     CAST(coalesce(c.s, 0) AS BIGINT) AS charged, CAST(coalesce(r.s, 0) AS BIGINT) AS reversed \
     FROM node n \
     LEFT JOIN (SELECT node_id, sum(amount) AS s FROM charge GROUP BY node_id) c \
       ON c.node_id = n.id \
     LEFT JOIN (SELECT node_id, sum(amount) AS s FROM reversal GROUP BY node_id) r \
       ON r.node_id = n.id";

/// A billing account as its balance check needs it: what it keeps, and its money records
/// summed (each exactly, in 128 bits: however many records, R41).
#[derive(Debug, Clone)]
pub struct BalanceRecords {
    pub id: String,
    pub name: String,
    pub currency: String,
    pub prepaid: bool,
    pub balance: Option<i64>,
    pub up: Sum,
    pub down: Sum,
    pub back: Sum,
    pub t_in: Sum,
    pub t_out: Sum,
}

/// Each node's spending per month it has charges in: `node_id`, `month` (`YYYY-MM`), `spent`
/// (that month's charges less their reversals).
pub(super) fn month_spending(engine: Engine) -> String {
    format!(
        "SELECT c.node_id AS node_id, c.month AS month, \
         CAST(c.s - coalesce(r.s, 0) AS BIGINT) AS spent \
         FROM (SELECT node_id, {m} AS month, sum(amount) AS s FROM charge GROUP BY 1, 2) c \
         LEFT JOIN (SELECT ch.node_id AS node_id, {mc} AS month, sum(rv.amount) AS s \
           FROM reversal rv JOIN charge ch ON ch.id = rv.charge_id GROUP BY 1, 2) r \
         ON r.node_id = c.node_id AND r.month = c.month",
        m = month_label(engine, "created_at"),
        mc = month_label(engine, "ch.created_at"),
    )
}

/// The charges that `filter` selects, summed per month (its first second), billing account,
/// node and product (`''`: none): the columns of `charge_month`, in its order.
pub(super) fn month_groups(engine: Engine, filter: &str) -> String {
    format!(
        "SELECT {month} AS month, billing_account_id, node_id, coalesce(product, '') AS product, \
         sum(coalesce(quantity, 0)) AS quantity, sum(amount / 1000000) AS units, \
         sum(amount % 1000000) AS micros, count(*) AS charges \
         FROM charge WHERE {filter} GROUP BY 1, 2, 3, 4",
        month = month_start(engine, "created_at"),
    )
}

/// Which table a name and its lookup key belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamedTable {
    Node,
    BillingAccount,
    /// A user: the name is the email, the key `email_key`.
    User,
}

/// A name as kept: its table, its row's id, how `check` names the row (`prod/acme`,
/// `billing account main`, `user ann@example.com`), the name and its lookup key.
#[derive(Debug, Clone)]
pub struct KeptName {
    pub table: NamedTable,
    pub id: String,
    pub label: String,
    pub name: String,
    pub key: String,
}

/// A scratch table's columns, in both backends' types: (name, SQLite type, PostgreSQL type).
type Columns<'a> = &'a [(&'a str, &'a str, &'a str)];

impl Tx<'_> {
    /// Every node's running total spent, where it differs (R26, R31).
    pub fn rebuild_totals_spent(&self) -> Result<usize> {
        self.exec(
            &format!(
                "UPDATE node SET total_spent = x.charged - x.reversed FROM ({NODE_SPENDING}) x \
                 WHERE x.id = node.id AND node.total_spent <> x.charged - x.reversed \
                 AND x.charged - x.reversed >= 0"
            ),
            &[],
        )
    }

    /// Every billing account with its money records summed, ordered by name: each sum read
    /// as whole units and micro-units, which cannot overflow 64 bits however many records
    /// there are (R41), and joined in 128 bits.
    pub fn balance_records(&self) -> Result<Vec<BalanceRecords>> {
        // (the term, the table, the column naming the account)
        let terms = [
            ("up", "topup", "billing_account_id"),
            ("down", "charge", "billing_account_id"),
            ("back", "reversal", "billing_account_id"),
            ("t_in", "transfer", "to_billing_account_id"),
            ("t_out", "transfer", "from_billing_account_id"),
        ];
        let columns: Vec<String> = terms
            .iter()
            .map(|(term, _, _)| {
                format!(
                    "CAST(coalesce({term}.u, 0) AS BIGINT), CAST(coalesce({term}.m, 0) AS BIGINT)"
                )
            })
            .collect();
        let joins: Vec<String> = terms
            .iter()
            .map(|(term, table, column)| {
                format!(
                    "LEFT JOIN (SELECT {column} AS id, sum(amount / 1000000) AS u, \
                     sum(amount % 1000000) AS m FROM {table} GROUP BY 1) {term} \
                     ON {term}.id = b.id"
                )
            })
            .collect();
        let sql = format!(
            "SELECT b.id, b.name, b.currency, b.kind, b.balance, {} FROM billing_account b {} \
             ORDER BY b.name_key, b.id",
            columns.join(", "),
            joins.join(" ")
        );
        self.query_vec(&sql, &[], |r| {
            let sum = |at: usize| -> Result<Sum> { Ok(Sum::of_parts(r.get(at)?, r.get(at + 1)?)) };
            let kind: String = r.get(3)?;
            Ok(BalanceRecords {
                id: r.get(0)?,
                name: r.get(1)?,
                currency: r.get(2)?,
                prepaid: kind == "prepaid",
                balance: r.get(4)?,
                up: sum(5)?,
                down: sum(7)?,
                back: sum(9)?,
                t_in: sum(11)?,
                t_out: sum(13)?,
            })
        })
    }

    /// Set a billing account's kept balance (`None`: it keeps none), for a rebuild.
    pub fn set_balance(&self, id: &str, balance: Option<i64>) -> Result<()> {
        self.exec_one(
            "UPDATE billing_account SET balance = ?2 WHERE id = ?1",
            &[&id, &balance],
            || format!("billing account {id} vanished"),
        )
    }

    /// Every node's monthly spending (R29): a row for each month it has charges in, no other.
    pub fn rebuild_month_spending(&self) -> Result<usize> {
        self.sync_from(
            "spend_month",
            &month_spending(self.engine()),
            &[
                ("node_id", "TEXT", "TEXT"),
                ("month", "TEXT", "TEXT"),
                ("spent", "INTEGER", "BIGINT"),
            ],
            2,
            "e.spent >= 0",
        )
    }

    /// The monthly usage sums (R13), from every charge.
    pub fn rebuild_charge_months(&self) -> Result<usize> {
        self.sync_from(
            "charge_month",
            &month_groups(self.engine(), "1 = 1"),
            &[
                ("month", "INTEGER", "BIGINT"),
                ("billing_account_id", "TEXT", "TEXT"),
                ("node_id", "TEXT", "TEXT"),
                ("product", "TEXT", "TEXT"),
                ("quantity", "INTEGER", "BIGINT"),
                ("units", "INTEGER", "BIGINT"),
                ("micros", "INTEGER", "BIGINT"),
                ("charges", "INTEGER", "BIGINT"),
            ],
            4,
            "1 = 1",
        )
    }

    /// Make `table` hold exactly the rows `expected` selects (its `columns`, the first `keys`
    /// of them its key), changing only what differs: rows of keys `expected` lacks are deleted,
    /// rows whose values differ are updated and missing rows inserted, each only where
    /// `usable` holds of the expected row `e` (elsewhere the kept row stays). The expected
    /// rows are computed once, into a scratch table. Returns the rows changed.
    fn sync_from(
        &self,
        table: &str,
        expected: &str,
        columns: Columns,
        keys: usize,
        usable: &str,
    ) -> Result<usize> {
        let scratch = format!("rebuilt_{table}");
        let (sqlite, pg): (Vec<String>, Vec<String>) = columns
            .iter()
            .map(|(name, s, p)| {
                (
                    format!("{name} {s} NOT NULL"),
                    format!("{name} {p} NOT NULL"),
                )
            })
            .unzip();
        let names: Vec<&str> = columns.iter().map(|(name, _, _)| *name).collect();
        let key = names[..keys].join(", ");
        self.batch(&match self.engine() {
            Engine::Sqlite => format!(
                "CREATE TEMP TABLE {scratch} ({}, PRIMARY KEY ({key}))",
                sqlite.join(", ")
            ),
            Engine::Postgres => format!(
                "CREATE TEMP TABLE {scratch} ({}, PRIMARY KEY ({key})) ON COMMIT DROP",
                pg.join(", ")
            ),
        })?;
        let all = names.join(", ");
        self.exec(&format!("INSERT INTO {scratch} ({all}) {expected}"), &[])?;
        let same_key = |a: &str, b: &str| {
            names[..keys]
                .iter()
                .map(|c| format!("{a}.{c} = {b}.{c}"))
                .collect::<Vec<_>>()
                .join(" AND ")
        };
        let differs = names[keys..]
            .iter()
            .map(|c| format!("{table}.{c} <> e.{c}"))
            .collect::<Vec<_>>()
            .join(" OR ");
        let set = names[keys..]
            .iter()
            .map(|c| format!("{c} = e.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let deleted = self.exec(
            &format!(
                "DELETE FROM {table} WHERE NOT EXISTS (SELECT 1 FROM {scratch} e WHERE {})",
                same_key("e", table)
            ),
            &[],
        )?;
        let updated = self.exec(
            &format!(
                "UPDATE {table} SET {set} FROM {scratch} e WHERE {} AND ({differs}) AND {usable}",
                same_key("e", table)
            ),
            &[],
        )?;
        let inserted = self.exec(
            &format!(
                "INSERT INTO {table} ({all}) SELECT {all} FROM {scratch} e WHERE {usable} \
                 AND NOT EXISTS (SELECT 1 FROM {table} k WHERE {})",
                same_key("k", "e")
            ),
            &[],
        )?;
        self.batch(&format!("DROP TABLE {scratch}"))?;
        Ok(deleted + updated + inserted)
    }

    /// Every name of a node or billing account and every user's email, with its kept lookup
    /// key (R05, and emails compared without regard to case), in a fixed order.
    pub fn kept_names(&self) -> Result<Vec<KeptName>> {
        let mut out = Vec::new();
        for (table, sql) in [
            (
                NamedTable::Node,
                format!(
                    "SELECT n.id, {NODE_PATH}, n.name, n.name_key FROM node n \
                     LEFT JOIN node p ON p.id = n.parent_id ORDER BY n.id"
                ),
            ),
            (
                NamedTable::BillingAccount,
                "SELECT id, 'billing account ' || name, name, name_key FROM billing_account \
                 ORDER BY id"
                    .to_string(),
            ),
            (
                NamedTable::User,
                "SELECT id, 'user ' || email, email, email_key FROM \"user\" ORDER BY id"
                    .to_string(),
            ),
        ] {
            out.extend(self.query_vec(&sql, &[], |r| {
                Ok(KeptName {
                    table,
                    id: r.get(0)?,
                    label: r.get(1)?,
                    name: r.get(2)?,
                    key: r.get(3)?,
                })
            })?);
        }
        Ok(out)
    }

    /// Set a row's lookup key, unless another row that must not share it already has it (a
    /// live sibling, any other billing account or user): `false` then, and nothing changed.
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
            NamedTable::User => {
                "UPDATE \"user\" SET email_key = ?2 WHERE id = ?1 AND NOT EXISTS \
                 (SELECT 1 FROM \"user\" o WHERE o.id <> ?1 AND o.email_key = ?2)"
            }
        };
        Ok(self.exec(sql, &[&id, &key])? == 1)
    }
}
