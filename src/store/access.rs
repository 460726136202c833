//! Users, grants, API keys and the hashes of their secrets (R17-R22).

use super::db::{read_row, Row, ToValue, Value};
use super::Tx;
use crate::domain::clock::Timestamp;
use crate::domain::model::{ApiKey, Grant, Role, User};
use crate::error::Result;
use uuid::Uuid;

fn user_row(r: &Row) -> Result<User> {
    read_row!(r => User { id, email, name, created_at })
}

const GRANT_SELECT: &str = "SELECT g.user_id, u.email, g.node_id, n.name, g.role, g.created_at \
     FROM grant_ g JOIN \"user\" u ON u.id = g.user_id LEFT JOIN node n ON n.id = g.node_id";

fn grant_row(r: &Row) -> Result<Grant> {
    read_row!(r => Grant { user_id, email, project_id, project_name, role, created_at })
}

pub(super) const KEY_COLUMNS: &str =
    "k.id, k.name, k.node_id, k.created_at, k.expires_at, k.revoked_at, k.role";

pub(super) fn key_row(r: &Row) -> Result<ApiKey> {
    read_row!(r => ApiKey { id, name, node_id, created_at, expires_at, revoked_at, role })
}

/// Which keys a list returns.
pub struct KeyFilter<'a> {
    /// Keys on these nodes.
    pub nodes: Option<&'a [Uuid]>,
    /// Keys on these nodes' subprojects too.
    pub with_children: bool,
}

impl Tx<'_> {
    // --- users ---------------------------------------------------------------------------

    pub fn insert_user(&self, u: &User, email_key: &str) -> Result<()> {
        self.exec(
            "INSERT INTO \"user\" (id, email, email_key, name, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            &[&u.id, &u.email, &email_key, &u.name, &u.created_at],
        )?;
        Ok(())
    }

    pub fn user_by_email_key(&self, email_key: &str) -> Result<Option<User>> {
        self.query_opt(
            "SELECT id, email, name, created_at FROM \"user\" WHERE email_key = ?1",
            &[&email_key],
            user_row,
        )
    }

    pub fn set_user_name(&self, id: Uuid, name: Option<&str>) -> Result<()> {
        self.exec("UPDATE \"user\" SET name = ?2 WHERE id = ?1", &[&id, &name])?;
        Ok(())
    }

    pub fn user_by_id(&self, id: Uuid) -> Result<Option<User>> {
        self.query_opt(
            "SELECT id, email, name, created_at FROM \"user\" WHERE id = ?1",
            &[&id],
            user_row,
        )
    }

    pub fn list_users(&self) -> Result<Vec<User>> {
        self.query_vec(
            "SELECT id, email, name, created_at FROM \"user\" ORDER BY email_key",
            &[],
            user_row,
        )
    }

    /// Remove a user and every grant of theirs.
    pub fn delete_user(&self, id: Uuid) -> Result<()> {
        self.exec("DELETE FROM grant_ WHERE user_id = ?1", &[&id])?;
        self.exec("DELETE FROM \"user\" WHERE id = ?1", &[&id])?;
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
        self.delete_grant(user, project)?;
        self.exec(
            "INSERT INTO grant_ (user_id, node_id, role, created_at) VALUES (?1, ?2, ?3, ?4)",
            &[&user, &project, &role.as_str(), &at],
        )?;
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
        self.exec(
            "DELETE FROM grant_ WHERE user_id = ?1 AND coalesce(node_id, '') = coalesce(?2, '')",
            &[&user, &project],
        )
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
            args.push(u.to_value());
            sql.push_str(&format!(" AND g.user_id = ?{}", args.len()));
        }
        match scope {
            None => {}
            Some(None) => sql.push_str(" AND g.node_id IS NULL"),
            Some(Some(p)) => {
                args.push(p.to_value());
                sql.push_str(&format!(" AND g.node_id = ?{}", args.len()));
            }
        }
        sql.push_str(" ORDER BY u.email_key, g.node_id IS NOT NULL, n.name_key");
        let refs: Vec<&dyn ToValue> = args.iter().map(|a| a as &dyn ToValue).collect();
        self.query_vec(&sql, &refs, grant_row)
    }

    // --- keys ----------------------------------------------------------------------------

    pub fn insert_key(&self, k: &ApiKey) -> Result<()> {
        self.exec(
            "INSERT INTO api_key (id, name, node_id, created_at, expires_at, revoked_at, role) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            &[
                &k.id,
                &k.name,
                &k.node_id,
                &k.created_at,
                &k.expires_at,
                &k.revoked_at,
                &k.role.as_str(),
            ],
        )?;
        Ok(())
    }

    /// Keep the hash of a key's secret (never the secret itself, R22).
    pub fn insert_key_secret(&self, hash: &[u8], key: &str, at: Timestamp) -> Result<()> {
        self.exec(
            "INSERT INTO key_secret (hash, key_id, created_at, ends_at) VALUES (?1, ?2, ?3, NULL)",
            &[&hash, &key, &at],
        )?;
        Ok(())
    }

    /// The key a secret's hash belongs to and when that secret ends: one primary-key lookup.
    pub fn key_secret(&self, hash: &[u8]) -> Result<Option<(String, Option<Timestamp>)>> {
        self.query_opt(
            "SELECT key_id, ends_at FROM key_secret WHERE hash = ?1",
            &[&hash],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// End every secret of a key that would outlive `at` (rotation, R22).
    pub fn end_key_secrets(&self, key: &str, at: Timestamp) -> Result<usize> {
        self.exec(
            "UPDATE key_secret SET ends_at = ?2 WHERE key_id = ?1 AND (ends_at IS NULL OR ends_at > ?2)",
            &[&key, &at],
        )
    }

    pub fn key_by_id(&self, id: &str) -> Result<Option<ApiKey>> {
        self.query_opt(
            &format!("SELECT {KEY_COLUMNS} FROM api_key k WHERE k.id = ?1"),
            &[&id],
            key_row,
        )
    }

    /// A live (unrevoked) key on `node` with this name, if any.
    pub fn live_key_by_name(&self, node: Uuid, name: &str) -> Result<Option<ApiKey>> {
        self.query_opt(
            &format!(
                "SELECT {KEY_COLUMNS} FROM api_key k \
                 WHERE k.node_id = ?1 AND k.name = ?2 AND k.revoked_at IS NULL"
            ),
            &[&node, &name],
            key_row,
        )
    }

    /// Rename a key (`None`: no name).
    pub fn rename_key(&self, id: &str, name: Option<&str>) -> Result<()> {
        self.exec("UPDATE api_key SET name = ?2 WHERE id = ?1", &[&id, &name])?;
        Ok(())
    }

    /// How many unrevoked keys sit on a node (R36: expired ones count until revoked).
    pub fn count_unrevoked_keys(&self, node: Uuid) -> Result<i64> {
        self.query_i64(
            "SELECT count(*) FROM api_key WHERE node_id = ?1 AND revoked_at IS NULL",
            &[&node],
        )
    }

    /// The number of unrevoked keys of every node that has any.
    pub fn unrevoked_key_counts(&self) -> Result<Vec<(Uuid, i64)>> {
        self.query_vec(
            "SELECT node_id, count(*) FROM api_key WHERE revoked_at IS NULL GROUP BY node_id \
             ORDER BY node_id",
            &[],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    pub fn revoke_key(&self, id: &str, at: Timestamp) -> Result<()> {
        self.exec(
            "UPDATE api_key SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
            &[&id, &at],
        )?;
        Ok(())
    }

    /// Keys, revoked and expired ones too (which are live is the domain's rule, R38),
    /// ordered by node then name then id.
    pub fn list_keys(&self, f: &KeyFilter) -> Result<Vec<ApiKey>> {
        let mut sql = format!(
            "SELECT {KEY_COLUMNS} FROM api_key k JOIN node n ON n.id = k.node_id WHERE 1 = 1"
        );
        let mut args: Vec<Value> = Vec::new();
        if let Some(nodes) = f.nodes {
            let mut ors = Vec::new();
            for id in nodes {
                args.push(id.to_value());
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
        sql.push_str(" ORDER BY n.parent_id IS NOT NULL, n.name_key, k.name, k.id");
        let refs: Vec<&dyn ToValue> = args.iter().map(|a| a as &dyn ToValue).collect();
        self.query_vec(&sql, &refs, key_row)
    }
}
