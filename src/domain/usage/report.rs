//! R13: the usage report, by project, subproject and product.

use super::*;
use crate::domain::access::{reach, Action, Reach, Scope};
use crate::domain::model::{BillingAccount, Node, Status};
use crate::domain::money::{Currency, Sum};
use crate::domain::Env;
use crate::error::{Error, Result};
use crate::store::Tx;
use std::collections::HashMap;
use uuid::Uuid;

/// Charges summed per billing account, node, product and period, as the store gives them:
/// each billing account, node and product once, and the groups naming them by index.
#[derive(Debug, Clone, Default)]
pub struct ChargeSums {
    pub billing_accounts: Vec<Uuid>,
    pub nodes: Vec<Uuid>,
    /// `None`: charges without a product.
    pub products: Vec<Option<String>>,
    pub groups: Vec<ChargeGroup>,
}

/// The charges of one billing account, node, product and period.
#[derive(Debug, Clone)]
pub struct ChargeGroup {
    /// Indexes into [`ChargeSums`]' lists.
    pub billing_account: u32,
    pub node: u32,
    pub product: u32,
    /// The start of the period these charges fall in (see [`Granularity::bucket`]).
    pub bucket: i64,
    /// Charges without a quantity count as none.
    pub quantity: i64,
    /// Summed wide (R41): no combination of charges overflows it.
    pub amount: Sum,
    pub charges: i64,
}

/// A charged node's name and parent, as the report names it.
#[derive(Debug, Clone)]
pub struct ReportNode {
    pub id: Uuid,
    pub parent_id: Option<Uuid>,
    pub name: String,
    pub parent_name: Option<String>,
    pub deleted: bool,
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
///
/// The store sums the span's charges per billing account, node, product and period in one
/// pass; from there the work grows with those groups, not with the charges: each charged node
/// is named once (in bulk), ranked once in the report's order, and every group folds into its
/// row by a key of small integers.
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
    let places = places(tx, &r, &sums.nodes)?;

    // The report's order as ranks: billing accounts by id, products by name (none first).
    let ba_rank = ranks(&sums.billing_accounts, |a, b| a.cmp(b));
    let product_rank = ranks(&sums.products, |a, b| a.cmp(b));
    let mut currencies: Vec<Option<Currency>> = vec![None; sums.billing_accounts.len()];
    let mut labels: HashMap<i64, Option<String>> = HashMap::new();

    // (bucket, billing account, project, subproject, product) ranks; 0: none.
    type Key = (i64, u32, u32, u32, u32);
    let mut index: HashMap<Key, usize> = HashMap::new();
    let mut rows: Vec<(Key, ReportRow)> = Vec::new();
    for g in &sums.groups {
        let Some(place) = &places.of_node[g.node as usize] else {
            continue;
        };
        let (ba, product) = (g.billing_account as usize, g.product as usize);
        let project = (by != GroupBy::Product).then_some(place.project);
        let sub = if by == GroupBy::Subproject {
            place.sub
        } else {
            None
        };
        let product_kept = by != GroupBy::Project && sums.products[product].is_some();
        let key = (
            g.bucket,
            ba_rank[ba],
            project.map_or(0, |p| places.projects[p].rank + 1),
            sub.map_or(0, |s| places.subs[s].rank + 1),
            if product_kept {
                product_rank[product] + 1
            } else {
                0
            },
        );
        let next = rows.len();
        let at = *index.entry(key).or_insert(next);
        if at == next {
            let currency = match currencies[ba] {
                Some(c) => c,
                None => {
                    let c = tx
                        .billing_account_by_id(sums.billing_accounts[ba])?
                        .ok_or_else(|| Error::internal("a charge's billing account is missing"))?
                        .currency;
                    currencies[ba] = Some(c);
                    c
                }
            };
            let period = labels
                .entry(g.bucket)
                .or_insert_with(|| granularity.label(g.bucket))
                .clone();
            let project = project.map(|p| &places.projects[p]);
            let sub = sub.map(|s| &places.subs[s]);
            let row = ReportRow {
                period,
                scope: match (by, sub) {
                    (GroupBy::Project, _) => "project",
                    (GroupBy::Subproject, Some(_)) => "subproject",
                    (GroupBy::Subproject, None) => "project_own",
                    (GroupBy::Product, _) => "billing_account",
                },
                billing_account_id: sums.billing_accounts[ba],
                project_id: project.map(|p| p.id),
                project_name: project.map(|p| p.name.clone()),
                subproject_id: sub.map(|s| s.id),
                subproject_name: sub.map(|s| s.name.clone()),
                subproject_deleted: sub.is_some_and(|s| s.deleted),
                product: if product_kept {
                    sums.products[product].clone()
                } else {
                    None
                },
                quantity: 0,
                amount: Sum::ZERO,
                currency,
                charges: 0,
            };
            rows.push((key, row));
        }
        let row = &mut rows[at].1;
        row.amount = row.amount.plus_sum(g.amount)?;
        row.quantity = row
            .quantity
            .checked_add(g.quantity)
            .ok_or_else(|| Error::internal("the sum of these quantities overflows"))?;
        row.charges += g.charges;
    }
    rows.sort_unstable_by_key(|(k, _)| *k);
    Ok(rows.into_iter().map(|(_, r)| r).collect())
}

/// A project or subproject a report row may name, with its rank in the report's order
/// (by lowercased name, then id).
struct Named {
    id: Uuid,
    name: String,
    deleted: bool,
    rank: u32,
}

/// Where each charged node's usage goes: its project and, for a subproject, itself.
struct Place {
    project: usize,
    sub: Option<usize>,
}

struct Places {
    projects: Vec<Named>,
    subs: Vec<Named>,
    /// By the node's index in [`ChargeSums::nodes`]; `None`: out of the principal's reach.
    of_node: Vec<Option<Place>>,
}

/// Name every charged node in bulk, keep those within reach, and rank their projects and
/// subprojects in the report's order.
fn places(tx: &Tx, r: &Reach, ids: &[Uuid]) -> Result<Places> {
    let at: HashMap<Uuid, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut found: Vec<Option<ReportNode>> = Vec::new();
    found.resize_with(ids.len(), || None);
    for n in tx.report_nodes(ids)? {
        if let Some(&i) = at.get(&n.id) {
            found[i] = Some(n);
        }
    }
    let mut projects: Vec<Named> = Vec::new();
    let mut subs: Vec<Named> = Vec::new();
    let mut project_at: HashMap<Uuid, usize> = HashMap::new();
    let mut of_node = Vec::with_capacity(ids.len());
    for (id, n) in ids.iter().zip(found) {
        let n = n.ok_or_else(|| Error::internal(format!("a charge names a missing node {id}")))?;
        if !r.reaches(n.id, n.parent_id) {
            of_node.push(None);
            continue;
        }
        let (project_id, project_name) = match n.parent_id {
            Some(p) => (p, n.parent_name.clone().unwrap_or_default()),
            None => (n.id, n.name.clone()),
        };
        let project = *project_at.entry(project_id).or_insert_with(|| {
            projects.push(Named {
                id: project_id,
                name: project_name,
                deleted: false,
                rank: 0,
            });
            projects.len() - 1
        });
        let sub = n.parent_id.map(|_| {
            subs.push(Named {
                id: n.id,
                name: n.name,
                deleted: n.deleted,
                rank: 0,
            });
            subs.len() - 1
        });
        of_node.push(Some(Place { project, sub }));
    }
    rank_by_name(&mut projects);
    rank_by_name(&mut subs);
    Ok(Places {
        projects,
        subs,
        of_node,
    })
}

/// Give each its rank by (lowercased name, id).
fn rank_by_name(list: &mut [Named]) {
    let keys: Vec<(String, Uuid)> = list.iter().map(|n| (n.name.to_lowercase(), n.id)).collect();
    let order = ranks(&keys, |a, b| a.cmp(b));
    for (n, rank) in list.iter_mut().zip(order) {
        n.rank = rank;
    }
}

/// The rank of each item of `list` in the order `cmp` gives (ties keep their positions'
/// order).
fn ranks<T>(list: &[T], cmp: impl Fn(&T, &T) -> std::cmp::Ordering) -> Vec<u32> {
    let mut order: Vec<usize> = (0..list.len()).collect();
    order.sort_by(|&a, &b| cmp(&list[a], &list[b]));
    let mut rank = vec![0u32; list.len()];
    for (r, i) in order.into_iter().enumerate() {
        rank[i] = u32::try_from(r).unwrap_or(u32::MAX);
    }
    rank
}
