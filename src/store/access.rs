//! Users, grants, API keys and the hashes of their secrets (R17-R22).

use super::nodes::{opt_uuid_col, uuid_col};
use super::Tx;
use crate::domain::clock::Timestamp;
use crate::domain::model::{ApiKey, Grant, Role, User};
use crate::error::Result;
use rusqlite::types::Value;
use rusqlite::{params, OptionalExtension, Row};
use uuid::Uuid;

fn user_row(r: &Row) -> rusqlite::Result<User> {
    Ok(User {
        id: uuid_col(r, 0)?,
        email: r.get(1)?,
        name: r.get(2)?,
        created_at: Timestamp(r.get(3)?),
    })
}

const GRANT_SELECT: &str = "SELECT g.user_id, u.email, g.node_id, n.name, g.role, g.created_at \
     FROM grant_ g JOIN user u ON u.id = g.user_id LEFT JOIN node n ON n.id = g.node_id";

fn grant_row(r: &Row) -> rusqlite::Result<Grant> {
    let role: String = r.get(4)?;
    Ok(Grant {
        user_id: uuid_col(r, 0)?,
        email: r.get(1)?,
        project_id: opt_uuid_col(r, 2)?,
        project_name: r.get(3)?,
        role: Role::parse(&role).unwrap_or(Role::Viewer),
        created_at: Timestamp(r.get(5)?),
    })
}

pub(super) const KEY_COLUMNS: &str =
    "k.id, k.name, k.node_id, k.created_at, k.expires_at, k.revoked_at";

pub(super) fn key_row(r: &Row) -> rusqlite::Result<ApiKey> {
    Ok(ApiKey {
        id: r.get(0)?,
        name: r.get(1)?,
        node_id: uuid_col(r, 2)?,
        created_at: Timestamp(r.get(3)?),
        expires_at: r.get::<_, Option<i64>>(4)?.map(Timestamp),
        revoked_at: r.get::<_, Option<i64>>(5)?.map(Timestamp),
    })
}

/// Which keys a list returns.
pub struct KeyFilter<'a> {
    /// Keys on these nodes.
    pub nodes: Option<&'a [Uuid]>,
    /// Keys on these nodes' subprojects too.
    pub with_children: bool,
    /// Revoked and expired keys too.
    pub all: bool,
    pub now: Timestamp,
}

impl Tx<'_> {
    // --- users ---------------------------------------------------------------------------

    pub fn insert_user(&self, u: &User, email_key: &str) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO user (id, email, email_key, name, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                u.id.to_string(),
                u.email,
                email_key,
                u.name,
                u.created_at.0
            ])?;
        Ok(())
    }

    pub fn user_by_email_key(&self, email_key: &str) -> Result<Option<User>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT id, email, name, created_at FROM user WHERE email_key = ?1")?
            .query_row([email_key], user_row)
            .optional()?)
    }

    pub fn set_user_name(&self, id: Uuid, name: Option<&str>) -> Result<()> {
        self.conn()
            .prepare_cached("UPDATE user SET name = ?2 WHERE id = ?1")?
            .execute(params![id.to_string(), name])?;
        Ok(())
    }

    pub fn user_by_id(&self, id: Uuid) -> Result<Option<User>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT id, email, name, created_at FROM user WHERE id = ?1")?
            .query_row([id.to_string()], user_row)
            .optional()?)
    }

    pub fn list_users(&self) -> Result<Vec<User>> {
        let mut st = self
            .conn()
            .prepare_cached("SELECT id, email, name, created_at FROM user ORDER BY email_key")?;
        let rows = st.query_map([], user_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Remove a user and every grant of theirs.
    pub fn delete_user(&self, id: Uuid) -> Result<()> {
        self.conn()
            .prepare_cached("DELETE FROM grant_ WHERE user_id = ?1")?
            .execute([id.to_string()])?;
        self.conn()
            .prepare_cached("DELETE FROM user WHERE id = ?1")?
            .execute([id.to_string()])?;
        Ok(())
    }

    // --- grants --------------------------------------------------------------------------

    /// Give `role` to the user on the account (`project` None) or a project, replacing the
    /// role they had there.
    pub fn upsert_grant(
        &self,
        user: Uuid,
        project: Option<Uuid>,
        role: Role,
        at: Timestamp,
    ) -> Result<()> {
        self.conn()
            .prepare_cached("DELETE FROM grant_ WHERE user_id = ?1 AND node_id IS ?2")?
            .execute(params![user.to_string(), project.map(|p| p.to_string())])?;
        self.conn()
            .prepare_cached(
                "INSERT INTO grant_ (user_id, node_id, role, created_at) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![
                user.to_string(),
                project.map(|p| p.to_string()),
                role.as_str(),
                at.0
            ])?;
        Ok(())
    }

    /// The grant a user has on the account (`None`) or on one project, if any.
    pub fn grant_of(&self, user: Uuid, project: Option<Uuid>) -> Result<Option<Grant>> {
        Ok(self
            .list_grants(Some(user), Some(project))?
            .into_iter()
            .next())
    }

    pub fn delete_grant(&self, user: Uuid, project: Option<Uuid>) -> Result<usize> {
        Ok(self
            .conn()
            .prepare_cached("DELETE FROM grant_ WHERE user_id = ?1 AND node_id IS ?2")?
            .execute(params![user.to_string(), project.map(|p| p.to_string())])?)
    }

    /// Grants, optionally of one user and/or on one scope (`Some(None)`: the account).
    pub fn list_grants(
        &self,
        user: Option<Uuid>,
        scope: Option<Option<Uuid>>,
    ) -> Result<Vec<Grant>> {
        let mut sql = format!("{GRANT_SELECT} WHERE 1 = 1");
        let mut args: Vec<Value> = Vec::new();
        if let Some(u) = user {
            args.push(Value::Text(u.to_string()));
            sql.push_str(&format!(" AND g.user_id = ?{}", args.len()));
        }
        match scope {
            None => {}
            Some(None) => sql.push_str(" AND g.node_id IS NULL"),
            Some(Some(p)) => {
                args.push(Value::Text(p.to_string()));
                sql.push_str(&format!(" AND g.node_id = ?{}", args.len()));
            }
        }
        sql.push_str(" ORDER BY u.email_key, g.node_id IS NOT NULL, n.name_key");
        let mut st = self.conn().prepare_cached(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(args), grant_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The grants that reach a node of project `project` (or the account, when None): the
    /// account's and, for a project, that project's (R18).
    pub fn grants_reaching(&self, project: Option<Uuid>) -> Result<Vec<Grant>> {
        let mut st = self.conn().prepare_cached(&format!(
            "{GRANT_SELECT} WHERE g.node_id IS NULL OR g.node_id = ?1 \
             ORDER BY u.email_key, g.node_id IS NOT NULL"
        ))?;
        let rows = st.query_map([project.map(|p| p.to_string())], grant_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    // --- keys ----------------------------------------------------------------------------

    pub fn insert_key(&self, k: &ApiKey) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO api_key (id, name, node_id, created_at, expires_at, revoked_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![
                k.id,
                k.name,
                k.node_id.to_string(),
                k.created_at.0,
                k.expires_at.map(|t| t.0),
                k.revoked_at.map(|t| t.0)
            ])?;
        Ok(())
    }

    /// Keep the hash of a key's secret (never the secret itself, R22).
    pub fn insert_key_secret(&self, hash: &[u8], key: &str, at: Timestamp) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO key_secret (hash, key_id, created_at, ends_at) VALUES (?1, ?2, ?3, NULL)",
            )?
            .execute(params![hash, key, at.0])?;
        Ok(())
    }

    /// The key a secret's hash belongs to and when that secret ends: one primary-key lookup.
    pub fn key_secret(&self, hash: &[u8]) -> Result<Option<(String, Option<Timestamp>)>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT key_id, ends_at FROM key_secret WHERE hash = ?1")?
            .query_row([hash], |r| {
                Ok((r.get(0)?, r.get::<_, Option<i64>>(1)?.map(Timestamp)))
            })
            .optional()?)
    }

    /// End every secret of a key that would outlive `at` (rotation, R22).
    pub fn end_key_secrets(&self, key: &str, at: Timestamp) -> Result<usize> {
        Ok(self
            .conn()
            .prepare_cached(
                "UPDATE key_secret SET ends_at = ?2 WHERE key_id = ?1 AND (ends_at IS NULL OR ends_at > ?2)",
            )?
            .execute(params![key, at.0])?)
    }

    pub fn key_by_id(&self, id: &str) -> Result<Option<ApiKey>> {
        Ok(self
            .conn()
            .prepare_cached(&format!(
                "SELECT {KEY_COLUMNS} FROM api_key k WHERE k.id = ?1"
            ))?
            .query_row([id], key_row)
            .optional()?)
    }

    /// A live (unrevoked) key on `node` with this name, if any.
    pub fn live_key_by_name(&self, node: Uuid, name: &str) -> Result<Option<ApiKey>> {
        Ok(self
            .conn()
            .prepare_cached(&format!(
                "SELECT {KEY_COLUMNS} FROM api_key k \
                 WHERE k.node_id = ?1 AND k.name = ?2 AND k.revoked_at IS NULL"
            ))?
            .query_row(params![node.to_string(), name], key_row)
            .optional()?)
    }

    pub fn revoke_key(&self, id: &str, at: Timestamp) -> Result<()> {
        self.conn()
            .prepare_cached(
                "UPDATE api_key SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
            )?
            .execute(params![id, at.0])?;
        Ok(())
    }

    /// Keys, ordered by node then name then id.
    pub fn list_keys(&self, f: &KeyFilter) -> Result<Vec<ApiKey>> {
        let mut sql = format!(
            "SELECT {KEY_COLUMNS} FROM api_key k JOIN node n ON n.id = k.node_id WHERE 1 = 1"
        );
        let mut args: Vec<Value> = Vec::new();
        if let Some(nodes) = f.nodes {
            let mut ors = Vec::new();
            for id in nodes {
                args.push(Value::Text(id.to_string()));
                ors.push(format!("k.node_id = ?{}", args.len()));
                if f.with_children {
                    ors.push(format!("n.parent_id = ?{}", args.len()));
                }
            }
            if ors.is_empty() {
                return Ok(Vec::new());
            }
            sql.push_str(&format!(" AND ({})", ors.join(" OR ")));
        }
        if !f.all {
            args.push(Value::Integer(f.now.0));
            sql.push_str(&format!(
                " AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > ?{})",
                args.len()
            ));
        }
        sql.push_str(" ORDER BY n.parent_id IS NOT NULL, n.name_key, k.name, k.id");
        let mut st = self.conn().prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(args), key_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
