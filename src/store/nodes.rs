//! Projects and subprojects (one `node` table), their labels, and what sits on them.

use super::Tx;
use crate::domain::clock::Timestamp;
use crate::domain::model::{ApiKey, Node, Resource, Status};
use crate::domain::money::{Amount, Currency};
use crate::domain::names::Labels;
use crate::error::{Error, Result};
use rusqlite::types::Value;
use rusqlite::{params, OptionalExtension, Row};
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
     b.currency, n.external_id, n.credit_limit, n.total_spent, n.status, n.created_at, n.deleted_at";
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
     n.external_id, n.credit_limit, n.total_spent, n.status, n.created_at, n.deleted_at \
     FROM node n";
const NODE_FROM: &str = "node n LEFT JOIN node p ON p.id = n.parent_id \
     JOIN billing_account b ON b.id = coalesce(n.billing_account_id, p.billing_account_id)";

pub(super) fn uuid_col(row: &Row, i: usize) -> rusqlite::Result<Uuid> {
    let s: String = row.get(i)?;
    Uuid::parse_str(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub(super) fn opt_uuid_col(row: &Row, i: usize) -> rusqlite::Result<Option<Uuid>> {
    let s: Option<String> = row.get(i)?;
    s.map(|s| {
        Uuid::parse_str(&s).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        })
    })
    .transpose()
}

pub(super) fn currency_col(row: &Row, i: usize) -> rusqlite::Result<Currency> {
    let s: String = row.get(i)?;
    Currency::parse(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            Box::new(std::io::Error::other(e.message)),
        )
    })
}

fn node_row(row: &Row) -> rusqlite::Result<Node> {
    let status: String = row.get(9)?;
    Ok(Node {
        id: uuid_col(row, 0)?,
        parent_id: opt_uuid_col(row, 1)?,
        parent_name: row.get(2)?,
        name: row.get(3)?,
        billing_account_id: opt_uuid_col(row, 4)?,
        currency: currency_col(row, 5)?,
        external_id: row.get(6)?,
        credit_limit: row.get::<_, Option<i64>>(7)?.map(Amount::from_micros),
        total_spent: Amount::from_micros(row.get(8)?),
        status: Status::parse(&status).unwrap_or(Status::Active),
        labels: Labels::new(),
        created_at: Timestamp(row.get(10)?),
        deleted_at: row.get::<_, Option<i64>>(11)?.map(Timestamp),
    })
}

impl Tx<'_> {
    pub fn insert_node(&self, n: &NewNode) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO node (id, parent_id, name, name_key, billing_account_id, external_id, \
                 credit_limit, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                n.id.to_string(),
                n.parent_id.map(|p| p.to_string()),
                n.name,
                n.name_key,
                n.billing_account_id.map(|b| b.to_string()),
                n.external_id,
                n.credit_limit.map(Amount::micros),
                n.created_at.0,
            ])?;
        // A new node has no labels yet: insert them without clearing first.
        self.insert_labels(&n.id.to_string(), n.labels)
    }

    fn insert_labels(&self, id: &str, labels: &Labels) -> Result<()> {
        let mut ins = self
            .conn()
            .prepare_cached("INSERT INTO label (node_id, key, value) VALUES (?1, ?2, ?3)")?;
        for (k, v) in labels {
            ins.execute(params![id, k, v])?;
        }
        Ok(())
    }

    pub fn replace_labels(&self, node: Uuid, labels: &Labels) -> Result<()> {
        let id = node.to_string();
        self.conn()
            .prepare_cached("DELETE FROM label WHERE node_id = ?1")?
            .execute([&id])?;
        self.insert_labels(&id, labels)
    }

    fn load_labels(&self, node: &mut Node) -> Result<()> {
        let mut st = self
            .conn()
            .prepare_cached("SELECT key, value FROM label WHERE node_id = ?1")?;
        let rows = st.query_map([node.id.to_string()], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in rows {
            let (k, v) = row?;
            node.labels.insert(k, v);
        }
        Ok(())
    }

    fn one_node(&self, where_sql: &str, args: &[&dyn rusqlite::ToSql]) -> Result<Option<Node>> {
        let sql = format!("{ONE_NODE_SELECT} WHERE {where_sql}");
        let node = self
            .conn()
            .prepare_cached(&sql)?
            .query_row(args, node_row)
            .optional()?;
        match node {
            Some(mut n) => {
                self.load_labels(&mut n)?;
                Ok(Some(n))
            }
            None => Ok(None),
        }
    }

    /// A project or subproject by id, deleted or not.
    pub fn node_by_id(&self, id: Uuid) -> Result<Option<Node>> {
        self.one_node("n.id = ?1", &[&id.to_string()])
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
            &[&parent.to_string(), &key],
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
            &[&parent.to_string(), &external_id],
        )
    }

    /// Nodes matching `filter`, ordered by name (case-insensitively) and then by parent.
    pub fn list_nodes(&self, filter: &NodeFilter) -> Result<Vec<Node>> {
        let mut sql = format!("SELECT {NODE_COLUMNS} FROM {NODE_FROM} WHERE 1 = 1");
        let mut args: Vec<Value> = Vec::new();
        match filter.parent {
            Some(None) => sql.push_str(" AND n.parent_id IS NULL"),
            Some(Some(p)) => {
                args.push(Value::Text(p.to_string()));
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
                args.push(Value::Text(id.to_string()));
                marks.push(format!("?{}", args.len()));
            }
            sql.push_str(&format!(" AND {column} IN ({})", marks.join(", ")));
        }
        if let Some(x) = filter.external_id {
            args.push(Value::Text(x.to_string()));
            sql.push_str(&format!(" AND n.external_id = ?{}", args.len()));
        }
        for (k, v) in filter.labels.into_iter().flatten() {
            args.push(Value::Text(k.clone()));
            args.push(Value::Text(v.clone()));
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM label l WHERE l.node_id = n.id AND l.key = ?{} AND l.value = ?{})",
                args.len() - 1,
                args.len()
            ));
        }
        sql.push_str(" ORDER BY n.name_key, n.name, p.name_key, n.created_at, n.id");
        let mut st = self.conn().prepare(&sql)?;
        let mut nodes = st
            .query_map(rusqlite::params_from_iter(args), node_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for n in &mut nodes {
            self.load_labels(n)?;
        }
        Ok(nodes)
    }

    pub fn count_live_projects(&self) -> Result<i64> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT count(*) FROM node WHERE parent_id IS NULL AND status <> 'deleted'",
            )?
            .query_row([], |r| r.get(0))?)
    }

    /// How many live projects and live subprojects there are.
    pub fn count_live_nodes(&self) -> Result<(i64, i64)> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT count(*) FILTER (WHERE parent_id IS NULL), \
                 count(*) FILTER (WHERE parent_id IS NOT NULL) \
                 FROM node WHERE status <> 'deleted'",
            )?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?)
    }

    /// The number of live subprojects of every project that has any.
    pub fn live_subproject_counts(&self) -> Result<std::collections::HashMap<Uuid, i64>> {
        let mut st = self.conn().prepare_cached(
            "SELECT parent_id, count(*) FROM node \
             WHERE parent_id IS NOT NULL AND status <> 'deleted' GROUP BY parent_id",
        )?;
        let rows = st.query_map([], |r| Ok((uuid_col(r, 0)?, r.get::<_, i64>(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn count_live_subprojects(&self, parent: Uuid) -> Result<i64> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT count(*) FROM node WHERE parent_id = ?1 AND status <> 'deleted'",
            )?
            .query_row([parent.to_string()], |r| r.get(0))?)
    }

    pub fn set_external_id(&self, id: Uuid, external_id: Option<&str>) -> Result<()> {
        self.conn()
            .prepare_cached("UPDATE node SET external_id = ?2 WHERE id = ?1")?
            .execute(params![id.to_string(), external_id])?;
        Ok(())
    }

    pub fn rename_node(&self, id: Uuid, name: &str, name_key: &str) -> Result<()> {
        self.conn()
            .prepare_cached("UPDATE node SET name = ?2, name_key = ?3 WHERE id = ?1")?
            .execute(params![id.to_string(), name, name_key])?;
        Ok(())
    }

    /// Set a node's status; `deleted_at` follows it (set when deleting, cleared otherwise).
    pub fn set_node_status(&self, id: Uuid, status: Status, at: Timestamp) -> Result<()> {
        let deleted_at = (status == Status::Deleted).then_some(at.0);
        let changed = self
            .conn()
            .prepare_cached("UPDATE node SET status = ?2, deleted_at = ?3 WHERE id = ?1")?
            .execute(params![id.to_string(), status.as_str(), deleted_at])?;
        if changed != 1 {
            return Err(Error::internal(format!(
                "node {id} vanished during an update"
            )));
        }
        Ok(())
    }

    /// Resources sitting on a node, by value.
    pub fn resources_on(&self, node: Uuid) -> Result<Vec<Resource>> {
        let mut st = self.conn().prepare_cached(
            "SELECT id, node_id, kind, value, created_at FROM resource WHERE node_id = ?1 ORDER BY value",
        )?;
        let rows = st.query_map([node.to_string()], |r| {
            Ok(Resource {
                id: uuid_col(r, 0)?,
                node_id: uuid_col(r, 1)?,
                kind: r.get(2)?,
                value: r.get(3)?,
                created_at: Timestamp(r.get(4)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub fn remove_resources_on(&self, node: Uuid) -> Result<usize> {
        Ok(self
            .conn()
            .prepare_cached("DELETE FROM resource WHERE node_id = ?1")?
            .execute([node.to_string()])?)
    }

    /// Keys on a node that are not revoked (expired ones included: revoking them is harmless).
    pub fn unrevoked_keys_on(&self, node: Uuid) -> Result<Vec<ApiKey>> {
        let mut st = self.conn().prepare_cached(&format!(
            "SELECT {} FROM api_key k WHERE k.node_id = ?1 AND k.revoked_at IS NULL ORDER BY k.id",
            super::access::KEY_COLUMNS
        ))?;
        let rows = st.query_map([node.to_string()], super::access::key_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub fn revoke_keys_on(&self, node: Uuid, at: Timestamp) -> Result<usize> {
        Ok(self
            .conn()
            .prepare_cached(
                "UPDATE api_key SET revoked_at = ?2 WHERE node_id = ?1 AND revoked_at IS NULL",
            )?
            .execute(params![node.to_string(), at.0])?)
    }
}
