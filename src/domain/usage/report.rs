//! R13: the usage report, by project, subproject and product.

use super::*;
use crate::domain::access::{reach, Action, Reach, Scope};
use crate::domain::model::{BillingAccount, Node, Status};
use crate::domain::money::{Currency, Sum};
use crate::domain::Env;
use crate::error::{Error, Result};
use crate::store::Tx;
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// Charges summed per billing account, node and product, as the store gives them.
#[derive(Debug, Clone)]
pub struct ChargeSums {
    pub billing_account_id: Uuid,
    pub node_id: Uuid,
    pub product: Option<String>,
    pub quantity: Option<i64>,
    /// Summed wide (R41): no combination of charges overflows it.
    pub amount: Sum,
    pub charges: i64,
    /// The start of the period these charges fall in (see [`Granularity::bucket`]).
    pub bucket: i64,
}

/// How the report groups its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    /// Per billing account and project (subprojects folded into their project).
    Project,
    /// Per billing account, project, subproject (or the project's own usage) and product.
    Subproject,
    /// Per billing account and product.
    Product,
}

/// One row of the usage report or of an invoice.
#[derive(Debug, Clone)]
pub struct ReportRow {
    /// The period the row covers, with a granularity (`YYYY-MM-DD` or `YYYY-MM`).
    pub period: Option<String>,
    /// What the row's usage is (CLI.md): `project` (a whole project: its own usage and its
    /// subprojects'), `subproject`, `project_own` (the project's own usage), or
    /// `billing_account` (a product's usage across the billing account).
    pub scope: &'static str,
    pub billing_account_id: Uuid,
    pub project_id: Option<Uuid>,
    pub project_name: Option<String>,
    pub subproject_id: Option<Uuid>,
    pub subproject_name: Option<String>,
    pub subproject_deleted: bool,
    pub product: Option<String>,
    pub quantity: i64,
    /// A sum over many charges and nodes: wider than one amount (R41).
    pub amount: Sum,
    pub currency: Currency,
    pub charges: i64,
}

pub(super) struct NodeInfo {
    pub(super) project_id: Uuid,
    pub(super) project_name: String,
    pub(super) sub: Option<(Uuid, String, bool)>,
}

pub(super) fn node_info(tx: &Tx, cache: &mut HashMap<Uuid, NodeInfo>, id: Uuid) -> Result<()> {
    if cache.contains_key(&id) {
        return Ok(());
    }
    let n = tx
        .node_by_id(id)?
        .ok_or_else(|| Error::internal(format!("a charge names a missing node {id}")))?;
    cache.insert(id, node_info_of(&n));
    Ok(())
}

pub(super) fn node_info_of(n: &Node) -> NodeInfo {
    match n.parent_id {
        None => NodeInfo {
            project_id: n.id,
            project_name: n.name.clone(),
            sub: None,
        },
        Some(p) => NodeInfo {
            project_id: p,
            project_name: n.parent_name.clone().unwrap_or_default(),
            sub: Some((n.id, n.name.clone(), n.status == Status::Deleted)),
        },
    }
}

/// R13: usage summed per billing account and project, subproject and product (by default),
/// over a span or all time, of one billing account or all, per period of the granularity.
/// Rows are ordered by period, billing account, project name, subproject name (the project's
/// own usage first) and product.
pub fn report(
    tx: &Tx,
    env: &Env,
    span: Span,
    granularity: Granularity,
    by: GroupBy,
    billing: Option<&BillingAccount>,
) -> Result<Vec<ReportRow>> {
    // Within reach (CLI.md): a key or a user sees the usage of what they reach.
    let r = reach(tx, &env.principal, Action::Read)?;
    if r == Reach::Nothing {
        env.require(tx, Action::Read, Scope::Account)?;
    }
    let sums = tx.charge_sums(span.range(), billing.map(|b| b.id), &|t| {
        granularity.bucket(t)
    })?;
    let mut nodes = HashMap::new();
    // Every charged node in a few queries, rather than one lookup per node.
    let mut ids: Vec<Uuid> = sums.iter().map(|s| s.node_id).collect();
    ids.sort_unstable();
    ids.dedup();
    for n in tx.nodes_by_ids(&ids)? {
        nodes.insert(n.id, node_info_of(&n));
    }
    let mut currencies: HashMap<Uuid, Currency> = HashMap::new();
    type Key = (
        i64,
        Uuid,
        Option<(String, Uuid)>,
        Option<(String, Uuid)>,
        Option<String>,
    );
    let mut rows: BTreeMap<Key, ReportRow> = BTreeMap::new();
    for s in sums {
        node_info(tx, &mut nodes, s.node_id)?;
        let info = &nodes[&s.node_id];
        let (id, parent) = match &info.sub {
            Some((sub, _, _)) => (*sub, Some(info.project_id)),
            None => (info.project_id, None),
        };
        if !r.reaches(id, parent) {
            continue;
        }
        if let std::collections::hash_map::Entry::Vacant(e) = currencies.entry(s.billing_account_id)
        {
            let ba = tx
                .billing_account_by_id(s.billing_account_id)?
                .ok_or_else(|| Error::internal("a charge's billing account is missing"))?;
            e.insert(ba.currency);
        }
        let currency = currencies[&s.billing_account_id];
        let project =
            (by != GroupBy::Product).then(|| (info.project_name.to_lowercase(), info.project_id));
        let sub = (by == GroupBy::Subproject)
            .then(|| {
                info.sub
                    .as_ref()
                    .map(|(id, name, _)| (name.to_lowercase(), *id))
            })
            .flatten();
        let product = (by != GroupBy::Project)
            .then(|| s.product.clone())
            .flatten();
        let key = (
            s.bucket,
            s.billing_account_id,
            project.clone(),
            sub.clone(),
            product.clone(),
        );
        let scope = match (by, &sub) {
            (GroupBy::Project, _) => "project",
            (GroupBy::Subproject, Some(_)) => "subproject",
            (GroupBy::Subproject, None) => "project_own",
            (GroupBy::Product, _) => "billing_account",
        };
        let row = rows.entry(key).or_insert_with(|| ReportRow {
            period: granularity.label(s.bucket),
            scope,
            billing_account_id: s.billing_account_id,
            project_id: project.as_ref().map(|p| p.1),
            project_name: project.as_ref().map(|_| info.project_name.clone()),
            subproject_id: sub.as_ref().map(|s| s.1),
            subproject_name: sub
                .as_ref()
                .and_then(|_| info.sub.as_ref().map(|s| s.1.clone())),
            subproject_deleted: sub.is_some() && info.sub.as_ref().is_some_and(|s| s.2),
            product,
            quantity: 0,
            amount: Sum::ZERO,
            currency,
            charges: 0,
        });
        row.amount = row.amount.plus_sum(s.amount)?;
        row.quantity = row
            .quantity
            .checked_add(s.quantity.unwrap_or(0))
            .ok_or_else(|| Error::internal("the sum of these quantities overflows"))?;
        row.charges += s.charges;
    }
    Ok(rows.into_values().collect())
}
