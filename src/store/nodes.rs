//! Projects and subprojects (one `node` table), their labels, and what sits on them.

use super::db::{malformed, Row, ToValue, Value};
use super::resources::{resource_row, RESOURCE_COLUMNS};
use super::Tx;
use crate::domain::clock::Timestamp;
use crate::domain::model::{parse_thresholds, ApiKey, LimitPeriod, Node, Resource, Status};
use crate::domain::money::Amount;
use crate::domain::names::Labels;
use crate::error::{Error, Result};
use uuid::Uuid;

/// A node to insert.
pub struct NewNode<'a> {
    pub id: Uuid,
    pub parent_id: Option<Uuid>,
    pub name: &'a str,
    pub name_key: &'a str,
    pub billing_account_id: Option<Uuid>,
    pub external_id: Option<&'a str>,
    pub credit_limit: Option<Amount>,
    pub labels: &'a Labels,
    pub created_at: Timestamp,
}

/// Which nodes a list returns.
#[derive(Default)]
pub struct NodeFilter<'a> {
    /// `Some(None)`: projects; `Some(Some(p))`: the subprojects of `p`; `None`: all subprojects.
    pub parent: Option<Option<Uuid>>,
    pub include_deleted: bool,
    pub external_id: Option<&'a str>,
    pub labels: Option<&'a Labels>,
    /// Only these nodes.
    pub ids: Option<&'a [Uuid]>,
    /// Only the subprojects of these projects.
    pub parents: Option<&'a [Uuid]>,
}

const NODE_COLUMNS: &str = "n.id, n.parent_id, p.name, n.name, n.billing_account_id, \
     b.currency, n.external_id, n.credit_limit, n.total_spent, n.status, n.created_at, n.deleted_at, \
     n.limit_period, n.alert_thresholds, n.updated_at, n.protected";
/// The same columns for one node found by its own columns (`n.` only), with the parent's name
/// and the billing currency as scalar subqueries. A join of `node` with itself makes SQLite
/// re-plan the statement at every new parameter (a third of a bulk apply's time); these
/// subqueries do not (measured with `sqlite3_stmt_status(SQLITE_STMTSTATUS_REPREPARE)`: a
/// cached self-join was re-prepared at every call, and a 100,000-subproject apply went from
/// 26.7 s to 6.7 s without it).
const ONE_NODE_SELECT: &str = "SELECT n.id, n.parent_id, \
     (SELECT p.name FROM node p WHERE p.id = n.parent_id), n.name, n.billing_account_id, \
     (SELECT b.currency FROM billing_account b WHERE b.id = coalesce(n.billing_account_id, \
        (SELECT p.billing_account_id FROM node p WHERE p.id = n.parent_id))), \
     n.external_id, n.credit_limit, n.total_spent, n.status, n.created_at, n.deleted_at, \
     n.limit_period, n.alert_thresholds, n.updated_at, n.protected";
/// How many ids one `IN (...)` list holds (SQLite allows 32,766 parameters, PostgreSQL 65,535).
const CHUNK: usize = 500;
const NODE_FROM: &str = "node n LEFT JOIN node p ON p.id = n.parent_id \
     JOIN billing_account b ON b.id = coalesce(n.billing_account_id, p.billing_account_id)";

/// The last column of a node query: what the node spent in the transaction's current month
/// (R29). The month is a `YYYY-MM` the store formatted itself, so it is written inline (a
/// parameter would shift every query's numbering).
fn month_column(month: &str) -> String {
    debug_assert!(month.len() == 7 && month.bytes().all(|c| c.is_ascii_digit() || c == b'-'));
    format!(
        ", coalesce((SELECT s.spent FROM spend_month s WHERE s.node_id = n.id AND s.month = '{month}'), 0)"
    )
}

fn node_row(row: &Row) -> Result<Node> {
    let thresholds: String = row.get(13)?;
    Ok(Node {
        id: row.get(0)?,
        parent_id: row.get(1)?,
        parent_name: row.get(2)?,
        name: row.get(3)?,
        billing_account_id: row.get(4)?,
        currency: row.get(5)?,
        external_id: row.get(6)?,
        credit_limit: row.get(7)?,
        total_spent: row.get(8)?,
        status: row.get(9)?,
        labels: Labels::new(),
        created_at: row.get(10)?,
        deleted_at: row.get(11)?,
        limit_period: row.get(12)?,
        alert_thresholds: parse_thresholds(&thresholds)
            .map_err(|_| malformed(13, "malformed alert thresholds"))?,
        updated_at: row.get(14)?,
        protected: row.get(15)?,
        spent_this_month: row.get(16)?,
    })
}

impl Tx<'_> {
    /// Ready the connection for an apply of `nodes` projects and subprojects: on SQLite, a
    /// page cache in proportion to it (about what its manifest weighs, from 8 to 64 MiB),
    /// rather than always the most, since memory is what caps the size of a manifest. Pages
    /// beyond it are spilled to the WAL during the transaction; measured over 100,000
    /// subprojects, 16 MiB was as fast as 64.
    pub fn prepare_apply(&self, nodes: usize) -> Result<()> {
        self.page_cache((nodes.saturating_mul(128) / 1024).clamp(8 << 10, 64 << 10))
    }

    /// Ready the connection for a read of the whole store that visits each page about once
    /// (an export): on SQLite, a small page cache (2 MiB), full on any store but a tiny one,
    /// so that memory does not grow with the store.
    pub fn prepare_scan(&self) -> Result<()> {
        self.page_cache(2 << 10)
    }

    /// On PostgreSQL, refresh the planner's statistics of the node tables: after a bulk insert
    /// they describe a table many times smaller, and the plans made from them (a re-apply's
    /// reads of 100,000 subprojects) took six times as long. SQLite keeps none to refresh.
    pub fn refresh_node_statistics(&self) -> Result<()> {
        if self.engine() == super::Engine::Postgres {
            self.batch("ANALYZE node, label")?;
        }
        Ok(())
    }

    /// On SQLite, sorts larger than the page cache spill to a temporary file instead of growing
    /// in memory (where a connection keeps them otherwise): for the commands that sort every
    /// charge (an import's monthly sums, `check`). Before anything temporary is opened.
    pub(super) fn spill_sorts(&self) -> Result<()> {
        if self.engine() == super::Engine::Sqlite {
            self.batch("PRAGMA temp_store = FILE")?;
        }
        Ok(())
    }

    pub(super) fn page_cache(&self, kib: usize) -> Result<()> {
        if self.engine() == super::Engine::Sqlite {
            self.batch(&format!("PRAGMA cache_size = -{kib}"))?;
        }
        Ok(())
    }

    pub fn insert_node(&self, n: &NewNode) -> Result<()> {
        self.exec(
            "INSERT INTO node (id, parent_id, name, name_key, billing_account_id, external_id, \
             credit_limit, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            &[
                &n.id,
                &n.parent_id,
                &n.name,
                &n.name_key,
                &n.billing_account_id,
                &n.external_id,
                &n.credit_limit,
                &n.created_at,
            ],
        )?;
        // A new node has no labels yet: insert them without clearing first.
        self.insert_labels(n.id, n.labels)
    }

    /// Insert many new nodes and their labels in two statements' worth of work: COPY on a
    /// server (two round trips, not one per row), cached INSERTs on a file.
    pub fn insert_nodes(&self, nodes: &[NewNode]) -> Result<()> {
        use super::db::ColType::{Int, Text};
        if nodes.is_empty() {
            return Ok(());
        }
        let mut rows = nodes.iter().map(|n| {
            vec![
                n.id.to_value(),
                n.parent_id.to_value(),
                n.name.to_value(),
                n.name_key.to_value(),
                n.billing_account_id.to_value(),
                n.external_id.to_value(),
                n.credit_limit.to_value(),
                n.created_at.to_value(),
                n.created_at.to_value(),
            ]
        });
        self.insert_many(
            "node",
            &[
                ("id", Text),
                ("parent_id", Text),
                ("name", Text),
                ("name_key", Text),
                ("billing_account_id", Text),
                ("external_id", Text),
                ("credit_limit", Int),
                ("created_at", Int),
                ("updated_at", Int),
            ],
            &mut rows,
        )?;
        let mut labels = nodes.iter().flat_map(|n| {
            n.labels
                .iter()
                .map(move |(k, v)| vec![n.id.to_value(), k.to_value(), v.to_value()])
        });
        self.insert_many(
            "label",
            &[("node_id", Text), ("key", Text), ("value", Text)],
            &mut labels,
        )?;
        Ok(())
    }

    fn insert_labels(&self, id: Uuid, labels: &Labels) -> Result<()> {
        for (k, v) in labels {
            self.exec(
                "INSERT INTO label (node_id, key, value) VALUES (?1, ?2, ?3)",
                &[&id, k, v],
            )?;
        }
        Ok(())
    }

    pub fn replace_labels(&self, node: Uuid, labels: &Labels) -> Result<()> {
        self.exec("DELETE FROM label WHERE node_id = ?1", &[&node])?;
        self.insert_labels(node, labels)
    }

    fn load_labels(&self, node: &mut Node) -> Result<()> {
        let mut labels = Labels::new();
        self.query_each(
            "SELECT key, value FROM label WHERE node_id = ?1",
            &[&node.id],
            |r| {
                labels.insert(r.get(0)?, r.get(1)?);
                Ok(())
            },
        )?;
        node.labels = labels;
        Ok(())
    }

    /// The labels of many nodes, in a few queries rather than one per node (a round trip each
    /// on a server).
    fn load_labels_many(&self, nodes: &mut [Node]) -> Result<()> {
        let mut at: std::collections::HashMap<Uuid, usize> = std::collections::HashMap::new();
        for (i, n) in nodes.iter().enumerate() {
            at.insert(n.id, i);
        }
        let ids: Vec<Uuid> = nodes.iter().map(|n| n.id).collect();
        for chunk in ids.chunks(CHUNK) {
            let marks = super::db::marks(chunk.len());
            let args: Vec<&dyn ToValue> = chunk.iter().map(|id| id as &dyn ToValue).collect();
            let mut found: Vec<(Uuid, String, String)> = Vec::new();
            self.query_each(
                &format!(
                    "SELECT node_id, key, value FROM label WHERE node_id IN ({})",
                    marks
                ),
                &args,
                |r| {
                    found.push((r.get(0)?, r.get(1)?, r.get(2)?));
                    Ok(())
                },
            )?;
            for (id, k, v) in found {
                if let Some(&i) = at.get(&id) {
                    nodes[i].labels.insert(k, v);
                }
            }
        }
        Ok(())
    }

    /// Projects and subprojects by id, deleted or not, in any order; unknown ids are left out.
    pub fn nodes_by_ids(&self, ids: &[Uuid]) -> Result<Vec<Node>> {
        let mut nodes = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(CHUNK) {
            let marks = super::db::marks(chunk.len());
            let args: Vec<&dyn ToValue> = chunk.iter().map(|id| id as &dyn ToValue).collect();
            nodes.extend(self.query_vec(
                &format!(
                    "{ONE_NODE_SELECT}{} FROM node n WHERE n.id IN ({})",
                    month_column(&self.month),
                    marks
                ),
                &args,
                node_row,
            )?);
        }
        self.load_labels_many(&mut nodes)?;
        Ok(nodes)
    }

    fn one_node(&self, where_sql: &str, args: &[&dyn ToValue]) -> Result<Option<Node>> {
        let sql = format!(
            "{ONE_NODE_SELECT}{} FROM node n WHERE {where_sql}",
            month_column(&self.month)
        );
        match self.query_opt(&sql, args, node_row)? {
            Some(mut n) => {
                self.load_labels(&mut n)?;
                Ok(Some(n))
            }
            None => Ok(None),
        }
    }

    /// A project or subproject by id, deleted or not.
    pub fn node_by_id(&self, id: Uuid) -> Result<Option<Node>> {
        self.one_node("n.id = ?1", &[&id])
    }

    /// A project or subproject the store must hold: one a row refers to (a charge's, a key's,
    /// a subproject's parent), or one just written. Missing is a broken store (exit 1).
    pub fn node(&self, id: Uuid) -> Result<Node> {
        self.node_by_id(id)?.ok_or_else(|| {
            Error::internal(format!("project or subproject {id} is missing"))
                .hint("run: acctl check")
        })
    }

    /// A project or subproject read again after a change in this transaction: it is there.
    pub fn node_again(&self, node: &Node) -> Result<Node> {
        self.node(node.id)
    }

    /// A live project by its folded name.
    pub fn live_project_by_key(&self, key: &str) -> Result<Option<Node>> {
        self.one_node(
            "n.parent_id IS NULL AND n.name_key = ?1 AND n.status <> 'deleted'",
            &[&key],
        )
    }

    /// A live subproject of `parent` by its folded name.
    pub fn live_subproject_by_key(&self, parent: Uuid, key: &str) -> Result<Option<Node>> {
        self.one_node(
            "n.parent_id = ?1 AND n.name_key = ?2 AND n.status <> 'deleted'",
            &[&parent, &key],
        )
    }

    /// A live subproject of `parent` by its external id.
    pub fn live_subproject_by_external_id(
        &self,
        parent: Uuid,
        external_id: &str,
    ) -> Result<Option<Node>> {
        self.one_node(
            "n.parent_id = ?1 AND n.external_id = ?2 AND n.status <> 'deleted'",
            &[&parent, &external_id],
        )
    }

    /// Nodes matching `filter`, ordered by name (case-insensitively) and then by parent.
    pub fn list_nodes(&self, filter: &NodeFilter) -> Result<Vec<Node>> {
        let mut sql = format!(
            "SELECT {NODE_COLUMNS}{} FROM {NODE_FROM} WHERE 1 = 1",
            month_column(&self.month)
        );
        let mut args: Vec<Value> = Vec::new();
        match filter.parent {
            Some(None) => sql.push_str(" AND n.parent_id IS NULL"),
            Some(Some(p)) => {
                args.push(p.to_value());
                sql.push_str(&format!(" AND n.parent_id = ?{}", args.len()));
            }
            None => sql.push_str(" AND n.parent_id IS NOT NULL"),
        }
        if !filter.include_deleted {
            sql.push_str(" AND n.status <> 'deleted'");
        }
        for (column, list) in [("n.id", filter.ids), ("n.parent_id", filter.parents)] {
            let Some(list) = list else { continue };
            if list.is_empty() {
                return Ok(Vec::new());
            }
            let mut marks = Vec::with_capacity(list.len());
            for id in list {
                args.push(id.to_value());
                marks.push(format!("?{}", args.len()));
            }
            sql.push_str(&format!(" AND {column} IN ({})", marks.join(", ")));
        }
        if let Some(x) = filter.external_id {
            args.push(x.to_value());
            sql.push_str(&format!(" AND n.external_id = ?{}", args.len()));
        }
        for (k, v) in filter.labels.into_iter().flatten() {
            args.push(k.to_value());
            args.push(v.to_value());
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM label l WHERE l.node_id = n.id AND l.key = ?{} AND l.value = ?{})",
                args.len() - 1,
                args.len()
            ));
        }
        sql.push_str(" ORDER BY n.name_key, n.name, p.name_key, n.created_at, n.id");
        let refs: Vec<&dyn ToValue> = args.iter().map(|a| a as &dyn ToValue).collect();
        let mut nodes = self.query_vec(&sql, &refs, node_row)?;
        self.load_labels_many(&mut nodes)?;
        Ok(nodes)
    }

    pub fn count_live_projects(&self) -> Result<i64> {
        self.query_i64(
            "SELECT count(*) FROM node WHERE parent_id IS NULL AND status <> 'deleted'",
            &[],
        )
    }

    /// How many live projects and live subprojects there are.
    pub fn count_live_nodes(&self) -> Result<(i64, i64)> {
        self.query_one(
            "SELECT count(*) FILTER (WHERE parent_id IS NULL), \
             count(*) FILTER (WHERE parent_id IS NOT NULL) \
             FROM node WHERE status <> 'deleted'",
            &[],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// The number of live subprojects of every project that has any.
    pub fn live_subproject_counts(&self) -> Result<std::collections::HashMap<Uuid, i64>> {
        let pairs = self.query_vec(
            "SELECT parent_id, count(*) FROM node \
             WHERE parent_id IS NOT NULL AND status <> 'deleted' GROUP BY parent_id",
            &[],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(pairs.into_iter().collect())
    }

    pub fn count_live_subprojects(&self, parent: Uuid) -> Result<i64> {
        self.query_i64(
            "SELECT count(*) FROM node WHERE parent_id = ?1 AND status <> 'deleted'",
            &[&parent],
        )
    }

    /// Set a subproject's limit period (R29).
    pub fn set_limit_period(&self, id: Uuid, period: LimitPeriod) -> Result<()> {
        self.exec(
            "UPDATE node SET limit_period = ?2 WHERE id = ?1 AND parent_id IS NOT NULL",
            &[&id, &period.as_str()],
        )?;
        Ok(())
    }

    /// Set a subproject's alert thresholds (R30).
    pub fn set_alert_thresholds(&self, id: Uuid, thresholds: &[u32]) -> Result<()> {
        self.exec(
            "UPDATE node SET alert_thresholds = ?2 WHERE id = ?1 AND parent_id IS NOT NULL",
            &[&id, &crate::domain::model::format_thresholds(thresholds)],
        )?;
        Ok(())
    }

    /// R33: a node changed at `at`.
    pub fn touch_node(&self, id: Uuid, at: Timestamp) -> Result<()> {
        self.exec("UPDATE node SET updated_at = ?2 WHERE id = ?1", &[&id, &at])?;
        Ok(())
    }

    /// R34: protect a node or remove its protection.
    pub fn set_protected(&self, id: Uuid, protected: bool) -> Result<()> {
        self.exec(
            "UPDATE node SET protected = ?2 WHERE id = ?1",
            &[&id, &protected],
        )?;
        Ok(())
    }

    pub fn set_external_id(&self, id: Uuid, external_id: Option<&str>) -> Result<()> {
        self.exec(
            "UPDATE node SET external_id = ?2 WHERE id = ?1",
            &[&id, &external_id],
        )?;
        Ok(())
    }

    pub fn rename_node(&self, id: Uuid, name: &str, name_key: &str) -> Result<()> {
        self.exec(
            "UPDATE node SET name = ?2, name_key = ?3 WHERE id = ?1",
            &[&id, &name, &name_key],
        )?;
        Ok(())
    }

    /// Set a node's status; `deleted_at` follows it (set when deleting, cleared otherwise).
    pub fn set_node_status(&self, id: Uuid, status: Status, at: Timestamp) -> Result<()> {
        let deleted_at = (status == Status::Deleted).then_some(at);
        let changed = self.exec(
            "UPDATE node SET status = ?2, deleted_at = ?3 WHERE id = ?1",
            &[&id, &status.as_str(), &deleted_at],
        )?;
        if changed != 1 {
            return Err(Error::internal(format!(
                "node {id} vanished during an update"
            )));
        }
        Ok(())
    }

    /// Resources sitting on a node, by value.
    pub fn resources_on(&self, node: Uuid) -> Result<Vec<Resource>> {
        self.query_vec(
            &format!(
                "SELECT {RESOURCE_COLUMNS} FROM resource r WHERE r.node_id = ?1 ORDER BY r.value"
            ),
            &[&node],
            resource_row,
        )
    }

    /// Resources sitting on any of `nodes`, in no particular order (a few reads, not one per
    /// node).
    pub fn resources_on_nodes(&self, nodes: &[Uuid]) -> Result<Vec<Resource>> {
        let mut out = Vec::new();
        for chunk in nodes.chunks(CHUNK) {
            let marks = super::db::marks(chunk.len());
            let args: Vec<&dyn ToValue> = chunk.iter().map(|id| id as &dyn ToValue).collect();
            out.extend(self.query_vec(
                &format!("SELECT {RESOURCE_COLUMNS} FROM resource r WHERE r.node_id IN ({marks})"),
                &args,
                resource_row,
            )?);
        }
        Ok(out)
    }

    pub fn remove_resources_on(&self, node: Uuid) -> Result<usize> {
        self.exec("DELETE FROM resource WHERE node_id = ?1", &[&node])
    }

    /// Keys on a node that are not revoked (expired ones included: revoking them is harmless).
    pub fn unrevoked_keys_on(&self, node: Uuid) -> Result<Vec<ApiKey>> {
        self.query_vec(
            &format!(
                "SELECT {} FROM api_key k WHERE k.node_id = ?1 AND k.revoked_at IS NULL ORDER BY k.id",
                super::access::KEY_COLUMNS
            ),
            &[&node],
            super::access::key_row,
        )
    }

    pub fn revoke_keys_on(&self, node: Uuid, at: Timestamp) -> Result<usize> {
        self.exec(
            "UPDATE api_key SET revoked_at = ?2 WHERE node_id = ?1 AND revoked_at IS NULL",
            &[&node, &at],
        )
    }
}
