//! R06: resources on projects and subprojects.

use super::db::{read_row, Row, ToValue, Value};
use super::Tx;
use crate::domain::model::Resource;
use crate::domain::names::display_name;
use crate::domain::resources::PlacedResource;
use crate::error::Result;
use uuid::Uuid;

pub(super) const RESOURCE_COLUMNS: &str = "r.id, r.node_id, r.kind, r.value, r.created_at";

pub(super) fn resource_row(row: &Row) -> Result<Resource> {
    read_row!(row => Resource { id, node_id, kind, value, created_at })
}

fn placed_row(row: &Row) -> Result<PlacedResource> {
    let resource = resource_row(row)?;
    let name: String = row.get(5)?;
    let parent: Option<String> = row.get(6)?;
    Ok(match parent {
        Some(p) => PlacedResource {
            resource,
            on_subproject: true,
            target_name: display_name(&p, &name),
            target_path: format!("{p}/{name}"),
        },
        None => PlacedResource {
            resource,
            on_subproject: false,
            target_name: name.clone(),
            target_path: name,
        },
    })
}

impl Tx<'_> {
    pub fn insert_resource(&self, r: &Resource) -> Result<()> {
        self.exec(
            "INSERT INTO resource (id, node_id, kind, value, created_at) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
            &[&r.id, &r.node_id, &r.kind, &r.value, &r.created_at],
        )?;
        Ok(())
    }

    pub fn resource_by_id(&self, id: Uuid) -> Result<Option<Resource>> {
        self.query_opt(
            &format!("SELECT {RESOURCE_COLUMNS} FROM resource r WHERE r.id = ?1"),
            &[&id],
            resource_row,
        )
    }

    pub fn resource_by_value(&self, kind: &str, value: &str) -> Result<Option<Resource>> {
        self.query_opt(
            &format!(
                "SELECT {RESOURCE_COLUMNS} FROM resource r WHERE r.kind = ?1 AND r.value = ?2"
            ),
            &[&kind, &value],
            resource_row,
        )
    }

    /// Move a resource onto another node; exactly one row must change.
    pub fn move_resource(&self, id: Uuid, node: Uuid) -> Result<()> {
        self.exec_one(
            "UPDATE resource SET node_id = ?2 WHERE id = ?1",
            &[&id, &node],
            || format!("resource {id} vanished during a move"),
        )
    }

    pub fn delete_resource(&self, id: Uuid) -> Result<()> {
        self.exec_one("DELETE FROM resource WHERE id = ?1", &[&id], || {
            format!("resource {id} vanished during its removal")
        })
    }

    /// Resources with where they sit: on one node, or on every node; of one kind or all;
    /// ordered by value, then kind.
    pub fn placed_resources(
        &self,
        node: Option<Uuid>,
        kind: Option<&str>,
    ) -> Result<Vec<PlacedResource>> {
        let mut sql = format!(
            "SELECT {RESOURCE_COLUMNS}, n.name, p.name FROM resource r \
             JOIN node n ON n.id = r.node_id LEFT JOIN node p ON p.id = n.parent_id WHERE 1 = 1"
        );
        let mut args: Vec<Value> = Vec::new();
        if let Some(id) = node {
            args.push(id.to_value());
            sql.push_str(&format!(" AND r.node_id = ?{}", args.len()));
        }
        if let Some(k) = kind {
            args.push(k.to_value());
            sql.push_str(&format!(" AND r.kind = ?{}", args.len()));
        }
        sql.push_str(" ORDER BY r.value, r.kind");
        let refs: Vec<&dyn ToValue> = args.iter().map(|a| a as &dyn ToValue).collect();
        self.query_vec(&sql, &refs, placed_row)
    }
}
