//! R26: the queries `acctl check` asks. Each returns the rows that break one invariant (an
//! empty answer means the invariant holds); the domain turns them into problems.

use super::db::Value;
use super::kept::{month_groups, NODE_SPENDING};
use super::{schema, Engine, Tx};
use crate::domain::money::Sum;
use crate::domain::usage::Tally;
use crate::error::Result;

/// A node whose total spent is off: (path, total spent, sum of its charges, currency, sum of
/// their reversals).
pub type WrongTotal = (String, i64, i64, Option<String>, i64);

/// A month of the charge roll-up that is off; see [`Tx::wrong_charge_months`].
pub type WrongChargeMonth = (String, i64, String, Option<Tally>, Option<Tally>);

/// How a node is named in a problem: `prod` or `prod/acme`, or its id when it has no name.
pub(super) const NODE_PATH: &str = "coalesce(p.name || '/' || n.name, n.name, n.id)";

impl Tx<'_> {
    fn strings(&self, sql: &str) -> Result<Vec<String>> {
        self.query_vec(sql, &[], |r| r.get(0))
    }

    fn rows(&self, sql: &str) -> Result<Vec<Vec<Value>>> {
        self.query_vec(sql, &[], |r| (0..r.len()).map(|i| r.value(i)).collect())
    }

    fn count(&self, sql: &str) -> Result<i64> {
        self.query_i64(sql, &[])
    }

    /// Ready the connection for `check`, which sums every charge several ways: on SQLite, its
    /// sorts spill to a temporary file past the page cache's size instead of growing in memory
    /// (1.4 GiB over 10,000,000 charges when they were kept in memory).
    pub fn prepare_check(&self) -> Result<()> {
        self.spill_sorts()
    }

    /// SQLite's `PRAGMA integrity_check`: the lines it reports, none when the file is sound.
    /// (A PostgreSQL server keeps its own pages; it has nothing to report here.)
    pub fn integrity_problems(&self) -> Result<Vec<String>> {
        if self.engine() != Engine::Sqlite {
            return Ok(Vec::new());
        }
        let mut lines = self.strings("PRAGMA integrity_check")?;
        lines.retain(|l| l != "ok");
        Ok(lines)
    }

    /// SQLite's `PRAGMA foreign_key_check`: (table, rowid, referenced table) of each dangling
    /// reference. PostgreSQL enforces foreign keys at every statement: none can dangle.
    pub fn foreign_key_problems(&self) -> Result<Vec<(String, Option<i64>, String)>> {
        if self.engine() != Engine::Sqlite {
            return Ok(Vec::new());
        }
        self.query_vec("PRAGMA foreign_key_check", &[], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
    }

    /// Triggers of the schema that are missing from the store (someone dropped them).
    /// (On PostgreSQL a trigger that does not fire in ordinary sessions, disabled or set to
    /// fire on replicas only, guards nothing: it counts as missing.)
    pub fn missing_triggers(&self) -> Result<Vec<String>> {
        let (present, migrations) = match self.engine() {
            Engine::Sqlite => (
                self.strings("SELECT name FROM sqlite_schema WHERE type = 'trigger'")?,
                schema::SQLITE,
            ),
            Engine::Postgres => (
                self.strings(
                    "SELECT t.tgname::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid \
                     WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal \
                     AND t.tgenabled IN ('O', 'A')",
                )?,
                schema::POSTGRES,
            ),
        };
        let mut missing = Vec::new();
        for sql in migrations {
            for part in sql.split("CREATE TRIGGER ").skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !present.contains(&name) {
                    missing.push(name);
                }
            }
        }
        Ok(missing)
    }

    /// The number of account rows (R01: exactly one).
    pub fn account_rows(&self) -> Result<i64> {
        self.count("SELECT count(*) FROM account")
    }

    /// The number of live projects (R02: at least one).
    pub fn live_project_count(&self) -> Result<i64> {
        self.count("SELECT count(*) FROM node WHERE parent_id IS NULL AND status <> 'deleted'")
    }

    /// (billing accounts, defaults among them) (R07: one or more, exactly one default).
    pub fn billing_account_counts(&self) -> Result<(i64, i64)> {
        self.query_one(
            "SELECT count(*), count(*) FILTER (WHERE is_default = 1) FROM billing_account",
            &[],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// R04: nodes whose parent has a parent: [path].
    pub fn nodes_too_deep(&self) -> Result<Vec<String>> {
        self.strings(&format!(
            "SELECT {NODE_PATH} FROM node n JOIN node p ON p.id = n.parent_id \
             WHERE p.parent_id IS NOT NULL ORDER BY 1"
        ))
    }

    /// Live subprojects of a deleted project: [path].
    pub fn live_subprojects_of_deleted_projects(&self) -> Result<Vec<String>> {
        self.strings(&format!(
            "SELECT {NODE_PATH} FROM node n JOIN node p ON p.id = n.parent_id \
             WHERE n.status <> 'deleted' AND p.status = 'deleted' ORDER BY 1"
        ))
    }

    /// R02/R08: projects linked to no existing billing account: [path].
    pub fn unlinked_projects(&self) -> Result<Vec<String>> {
        self.strings(
            "SELECT coalesce(n.name, n.id) FROM node n WHERE n.parent_id IS NULL AND NOT EXISTS \
             (SELECT 1 FROM billing_account b WHERE b.id = n.billing_account_id) ORDER BY 1",
        )
    }

    /// R03/R08: subprojects linked to a billing account: [path].
    pub fn linked_subprojects(&self) -> Result<Vec<String>> {
        self.strings(&format!(
            "SELECT {NODE_PATH} FROM node n LEFT JOIN node p ON p.id = n.parent_id \
             WHERE n.parent_id IS NOT NULL AND n.billing_account_id IS NOT NULL ORDER BY 1"
        ))
    }

    /// R08/R09: charges billed to a billing account whose currency is not the one the charged
    /// node bills in now: [charge id, charged currency, node path, node currency].
    pub fn charges_in_another_currency(&self) -> Result<Vec<Vec<Value>>> {
        self.rows(&format!(
            "SELECT c.id, cb.currency, {NODE_PATH}, nb.currency FROM charge c \
             JOIN node n ON n.id = c.node_id LEFT JOIN node p ON p.id = n.parent_id \
             JOIN billing_account nb ON nb.id = coalesce(n.billing_account_id, p.billing_account_id) \
             JOIN billing_account cb ON cb.id = c.billing_account_id \
             WHERE cb.currency <> nb.currency ORDER BY c.created_at, c.id"
        ))
    }

    /// R12/R26/R31: nodes whose total spent is not the sum of their charges less reversals:
    /// [path, total spent, sum of charges, currency].
    pub fn wrong_totals_spent(&self) -> Result<Vec<WrongTotal>> {
        self.query_vec(
            &format!(
                "SELECT {NODE_PATH}, n.total_spent, x.charged, \
                 (SELECT b.currency FROM billing_account b \
                  WHERE b.id = coalesce(n.billing_account_id, p.billing_account_id)), x.reversed \
                 FROM node n JOIN ({NODE_SPENDING}) x ON x.id = n.id \
                 LEFT JOIN node p ON p.id = n.parent_id \
                 WHERE n.total_spent <> x.charged - x.reversed ORDER BY 1, n.id"
            ),
            &[],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
    }

    /// R13/R26: the monthly roll-up's groups that differ from the charges they sum, or that
    /// one side lacks: (node path, month start, product (`''`: none), what is kept or `None`,
    /// what the charges sum to or `None`).
    pub fn wrong_charge_months(&self) -> Result<Vec<WrongChargeMonth>> {
        let groups = month_groups(self.engine(), "1 = 1");
        // Kept or summed: quantity, units, micros, charges (NULL: no such group).
        let tally = |r: &super::db::Row, at: usize| -> Result<Option<Tally>> {
            let quantity: Option<i64> = r.get(at)?;
            Ok(match quantity {
                None => None,
                Some(quantity) => Some(Tally {
                    quantity,
                    amount: Sum::of_parts(r.get(at + 1)?, r.get(at + 2)?),
                    charges: r.get(at + 3)?,
                }),
            })
        };
        self.query_vec(
            &format!(
                "WITH e AS ({groups}), \
                 k AS (SELECT month, billing_account_id, node_id, product FROM e \
                   UNION SELECT month, billing_account_id, node_id, product FROM charge_month) \
                 SELECT coalesce({NODE_PATH}, k.node_id), k.month, k.product, \
                   m.quantity, m.units, m.micros, m.charges, \
                   CAST(e.quantity AS BIGINT), CAST(e.units AS BIGINT), CAST(e.micros AS BIGINT), \
                   CAST(e.charges AS BIGINT) \
                 FROM k \
                 LEFT JOIN charge_month m ON m.month = k.month \
                   AND m.billing_account_id = k.billing_account_id AND m.node_id = k.node_id \
                   AND m.product = k.product \
                 LEFT JOIN e ON e.month = k.month AND e.billing_account_id = k.billing_account_id \
                   AND e.node_id = k.node_id AND e.product = k.product \
                 LEFT JOIN node n ON n.id = k.node_id LEFT JOIN node p ON p.id = n.parent_id \
                 WHERE m.month IS NULL OR e.month IS NULL OR m.quantity <> e.quantity \
                   OR m.units <> e.units OR m.micros <> e.micros OR m.charges <> e.charges \
                 ORDER BY 1, 2, 3, k.billing_account_id, k.node_id"
            ),
            &[],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, tally(r, 3)?, tally(r, 7)?)),
        )
    }

    /// R06/R15: resources on a deleted or missing node: [kind, value, node path or id].
    pub fn resources_on_dead_nodes(&self) -> Result<Vec<Vec<Value>>> {
        self.rows(&format!(
            "SELECT r.kind, r.value, coalesce({NODE_PATH}, r.node_id), n.status FROM resource r \
             LEFT JOIN node n ON n.id = r.node_id LEFT JOIN node p ON p.id = n.parent_id \
             WHERE n.id IS NULL OR n.status = 'deleted' ORDER BY r.kind, r.value"
        ))
    }

    /// Every resource's kind and value, for the domain to check they are canonical.
    pub fn resource_values(&self) -> Result<Vec<(String, String)>> {
        self.query_vec(
            "SELECT kind, value FROM resource ORDER BY kind, value",
            &[],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// R05: name keys shared by two live siblings: [parent path or '', name key, count].
    pub fn duplicate_live_names(&self) -> Result<Vec<Vec<Value>>> {
        self.rows(
            "SELECT coalesce(p.name, ''), n.name_key, count(*) FROM node n \
             LEFT JOIN node p ON p.id = n.parent_id WHERE n.status <> 'deleted' \
             GROUP BY n.parent_id, p.name, n.name_key HAVING count(*) > 1 ORDER BY 1, 2",
        )
    }

    /// R20: keys on no existing node: [key id].
    pub fn keys_off_nodes(&self) -> Result<Vec<String>> {
        self.strings(
            "SELECT k.id FROM api_key k WHERE NOT EXISTS \
             (SELECT 1 FROM node n WHERE n.id = k.node_id) ORDER BY k.id",
        )
    }

    /// R15/R16: keys left unrevoked on a deleted node: [key id, node path].
    pub fn live_keys_on_deleted_nodes(&self) -> Result<Vec<Vec<Value>>> {
        self.rows(&format!(
            "SELECT k.id, {NODE_PATH} FROM api_key k JOIN node n ON n.id = k.node_id \
             LEFT JOIN node p ON p.id = n.parent_id \
             WHERE n.status = 'deleted' AND k.revoked_at IS NULL ORDER BY k.id"
        ))
    }

    /// R18: grants on a subproject: [user email or id, subproject path].
    pub fn grants_on_subprojects(&self) -> Result<Vec<Vec<Value>>> {
        self.rows(&format!(
            "SELECT coalesce(u.email, g.user_id), {NODE_PATH} FROM grant_ g \
             JOIN node n ON n.id = g.node_id LEFT JOIN node p ON p.id = n.parent_id \
             LEFT JOIN \"user\" u ON u.id = g.user_id \
             WHERE n.parent_id IS NOT NULL ORDER BY 1, 2"
        ))
    }
}
