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
    pub tally: Tally,
}

/// What a group of charges sums to: a report's group, and its row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Charges without a quantity count as none.
    pub quantity: i64,
    /// Summed wide (R41): no combination of charges overflows it.
    pub amount: Sum,
    pub charges: i64,
}

impl Tally {
    /// Add another tally (one charge's, a month's, a group's); checked, as an internal
    /// failure (exit 1).
    pub fn add(&mut self, other: Tally) -> Result<()> {
        let overflow = || Error::internal("the sum of these charges overflows");
        self.quantity = self
            .quantity
            .checked_add(other.quantity)
            .ok_or_else(overflow)?;
        self.amount = self.amount.plus_sum(other.amount)?;
        self.charges = self
            .charges
            .checked_add(other.charges)
            .ok_or_else(overflow)?;
        Ok(())
    }
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

pub(super) struct NodeInfo {
    pub(super) project_id: Uuid,
    pub(super) project_name: String,
    pub(super) sub: Option<(Uuid, String, bool)>,
}

pub(super) fn node_info(tx: &Tx, cache: &mut HashMap<Uuid, NodeInfo>, id: Uuid) -> Result<()> {
    if cache.contains_key(&id) {
        return Ok(());
    }
    let n = tx.node(id)?;
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

/// The usage report in a compact form: every name once, each row naming them by index, rows in
/// the report's order (see [`report_lines`]). A row's strings are borrowed from here when it is
/// printed ([`Report::rows`]), so that a report of 500,000 rows holds each name once.
#[derive(Debug, Clone)]
pub struct Report {
    pub by: GroupBy,
    /// Period labels (`None` without a granularity), by [`ReportLine::period`].
    pub periods: Vec<Option<String>>,
    /// Billing accounts and their currencies, by [`ReportLine::billing_account`].
    pub billing_accounts: Vec<(Uuid, Currency)>,
    /// By [`ReportLine::project`].
    pub projects: Vec<ReportName>,
    /// By [`ReportLine::subproject`].
    pub subprojects: Vec<ReportName>,
    /// By [`ReportLine::product`].
    pub products: Vec<Option<String>>,
    pub lines: Vec<ReportLine>,
}

/// A project or subproject a report row names.
#[derive(Debug, Clone)]
pub struct ReportName {
    pub id: Uuid,
    pub name: String,
    pub deleted: bool,
}

/// One row of the report, naming its period, billing account, project, subproject and product
/// by their indexes in [`Report`]'s lists.
#[derive(Debug, Clone)]
pub struct ReportLine {
    pub period: u32,
    pub billing_account: u32,
    pub project: Option<u32>,
    pub subproject: Option<u32>,
    /// `None`: the row is not per product, or its charges have none.
    pub product: Option<u32>,
    pub tally: Tally,
}

/// One row of the report as it is printed, its texts borrowed from the [`Report`].
#[derive(Debug, Clone, Copy)]
pub struct ReportRowRef<'a> {
    pub period: Option<&'a str>,
    /// What the row's usage is (CLI.md): `project` (a whole project: its own usage and its
    /// subprojects'), `subproject`, `project_own` (the project's own usage), or
    /// `billing_account` (a product's usage across the billing account).
    pub scope: &'static str,
    pub billing_account_id: Uuid,
    pub project_id: Option<Uuid>,
    pub project_name: Option<&'a str>,
    pub subproject_id: Option<Uuid>,
    pub subproject_name: Option<&'a str>,
    pub subproject_deleted: bool,
    pub product: Option<&'a str>,
    pub quantity: i64,
    pub amount: Sum,
    pub currency: Currency,
    pub charges: i64,
}

impl Report {
    /// The row `l` names.
    pub fn row<'a>(&'a self, l: &ReportLine) -> ReportRowRef<'a> {
        let (billing_account_id, currency) = self.billing_accounts[l.billing_account as usize];
        let project = l.project.map(|p| &self.projects[p as usize]);
        let sub = l.subproject.map(|s| &self.subprojects[s as usize]);
        ReportRowRef {
            period: self.periods[l.period as usize].as_deref(),
            scope: match (self.by, sub) {
                (GroupBy::Project, _) => "project",
                (GroupBy::Subproject, Some(_)) => "subproject",
                (GroupBy::Subproject, None) => "project_own",
                (GroupBy::Product, _) => "billing_account",
            },
            billing_account_id,
            project_id: project.map(|p| p.id),
            project_name: project.map(|p| p.name.as_str()),
            subproject_id: sub.map(|s| s.id),
            subproject_name: sub.map(|s| s.name.as_str()),
            subproject_deleted: sub.is_some_and(|s| s.deleted),
            product: l.product.and_then(|p| self.products[p as usize].as_deref()),
            quantity: l.tally.quantity,
            amount: l.tally.amount,
            currency,
            charges: l.tally.charges,
        }
    }

    /// The rows, in the report's order.
    pub fn rows(&self) -> impl ExactSizeIterator<Item = ReportRowRef<'_>> + '_ {
        self.lines.iter().map(|l| self.row(l))
    }

    /// Whether its rows carry a period (a report with `--granularity day|month`).
    pub fn has_periods(&self) -> bool {
        self.periods.iter().any(Option::is_some)
    }
}

/// R13: usage summed per billing account and project, subproject and product (by default),
/// over a span or all time, of one billing account or all, per period of the granularity.
/// Rows are ordered by period, billing account, project name, subproject name (the project's
/// own usage first) and product.
///
/// The store sums the span's charges per billing account, node, product and period (whole
/// months from its monthly sums, the rest charge by charge, see [`SumPlan`]); from there the
/// work grows with those groups, not with the charges: each charged node
/// is named once (in bulk), ranked once in the report's order, and every group folds into its
/// row by a key of small integers. Names are kept once, rows name them by index.
pub fn report_lines(
    tx: &Tx,
    env: &Env,
    span: Span,
    granularity: Granularity,
    by: GroupBy,
    billing: Option<&BillingAccount>,
) -> Result<Report> {
    // Within reach (CLI.md): a key or a user sees the usage of what they reach.
    let r = reach(tx, &env.principal, Action::Read)?;
    if r == Reach::Nothing {
        env.require(tx, Action::Read, Scope::Account)?;
    }
    let sums = tx.charge_sums(
        &SumPlan::of(span, granularity),
        billing.map(|b| b.id),
        granularity,
    )?;
    let places = places(tx, &r, &sums.nodes)?;

    // The report's order as ranks: billing accounts by id, products by name (none first).
    let ba_rank = ranks(&sums.billing_accounts, |a, b| a.cmp(b));
    let product_rank = ranks(&sums.products, |a, b| a.cmp(b));
    let mut billing_accounts = Vec::with_capacity(sums.billing_accounts.len());
    for id in &sums.billing_accounts {
        billing_accounts.push((*id, tx.billing_account(*id)?.currency));
    }
    let mut periods: Vec<Option<String>> = Vec::new();
    let mut period_at: HashMap<i64, u32> = HashMap::new();

    // (bucket, billing account, project, subproject, product) ranks; 0: none.
    type Key = (i64, u32, u32, u32, u32);
    let mut index: HashMap<Key, usize> = HashMap::new();
    let mut lines: Vec<(Key, ReportLine)> = Vec::new();
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
        let next = lines.len();
        // Per subproject, a group is its row (a node is one project or subproject): rows
        // are pushed as they come and the few equal keys (none in a sound store) fold after
        // sorting, without a lookup per group.
        let at = if by == GroupBy::Subproject {
            next
        } else {
            *index.entry(key).or_insert(next)
        };
        if at == next {
            let period = match period_at.get(&g.bucket) {
                Some(&i) => i,
                None => {
                    let i = index_of(periods.len())?;
                    periods.push(granularity.label(g.bucket));
                    period_at.insert(g.bucket, i);
                    i
                }
            };
            let line = ReportLine {
                period,
                billing_account: g.billing_account,
                project: project.map(index_of).transpose()?,
                subproject: sub.map(index_of).transpose()?,
                product: product_kept.then_some(g.product),
                tally: Tally::default(),
            };
            lines.push((key, line));
        }
        lines[at].1.tally.add(g.tally)?;
    }
    drop(index);
    lines.sort_unstable_by_key(|(k, _)| *k);
    let mut folded: Vec<(Key, ReportLine)> = Vec::with_capacity(lines.len());
    for (key, line) in lines {
        match folded.last_mut() {
            Some((k, last)) if *k == key => last.tally.add(line.tally)?,
            _ => folded.push((key, line)),
        }
    }
    let lines = folded;
    let name = |n: Named| ReportName {
        id: n.id,
        name: n.name,
        deleted: n.deleted,
    };
    Ok(Report {
        by,
        periods,
        billing_accounts,
        projects: places.projects.into_iter().map(name).collect(),
        subprojects: places.subs.into_iter().map(name).collect(),
        products: sums.products,
        lines: lines.into_iter().map(|(_, l)| l).collect(),
    })
}

fn index_of(i: usize) -> Result<u32> {
    u32::try_from(i).map_err(|_| Error::internal("too many rows for one report"))
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
