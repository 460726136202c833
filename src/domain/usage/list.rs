//! Listing charges (R10) and naming the nodes they were recorded on.

use super::*;
use crate::domain::access::{reach, Action, Reach, Scope};
use crate::domain::clock::Timestamp;
use crate::domain::model::Node;
use crate::domain::Env;
use crate::error::Result;
use crate::store::{NodeFilter, Tx};
use std::collections::HashMap;
use uuid::Uuid;

/// Charges on one target (or all), in a span (or all time), oldest first; with `limit`, only
/// the newest `limit` of them (as `audit list --limit`).
pub fn list(
    tx: &Tx,
    env: &Env,
    target: Option<&Node>,
    span: Span,
    keep: Option<usize>,
) -> Result<Vec<Charge>> {
    let mut out = list_all(tx, env, target, span.range())?;
    if let Some(n) = keep {
        out.drain(..out.len().saturating_sub(n));
    }
    Ok(out)
}

fn list_all(
    tx: &Tx,
    env: &Env,
    target: Option<&Node>,
    range: Option<(Timestamp, Timestamp)>,
) -> Result<Vec<Charge>> {
    if let Some(t) = target {
        env.require(tx, Action::Read, Scope::Node(t.id))?;
        return tx.list_charges(Some(t.id), range);
    }
    // Without a target: the charges of everything the principal reaches.
    let nodes: Vec<Uuid> = match reach(tx, &env.principal, Action::Read)? {
        Reach::All => return tx.list_charges(None, range),
        Reach::Nothing => Vec::new(),
        Reach::Subproject(s) => vec![s],
        Reach::Projects(ps) => {
            let subs = tx.list_nodes(&NodeFilter {
                parents: Some(&ps),
                include_deleted: true,
                ..NodeFilter::default()
            })?;
            ps.iter()
                .copied()
                .chain(subs.iter().map(|n| n.id))
                .collect()
        }
    };
    let mut out = Vec::new();
    for n in nodes {
        out.extend(tx.list_charges(Some(n), range)?);
    }
    out.sort_by_key(|c| (c.created_at, c.id));
    Ok(out)
}

/// The display names (`Parent > Sub`, or the project's name) of the nodes `ids` name, for
/// lists that would otherwise show bare ids. Deleted nodes keep their names.
pub fn display_names(
    tx: &Tx,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, String>> {
    let mut ids: Vec<Uuid> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    Ok(tx
        .nodes_by_ids(&ids)?
        .into_iter()
        .map(|n| (n.id, n.display_name()))
        .collect())
}
