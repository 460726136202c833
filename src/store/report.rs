//! The usage report's reads (R13): charges summed per billing account, node, product and
//! period, and the names of the nodes they were charged to.
//!
//! How it scales: see [`Tx::charge_sums`]. Beyond the rows read, the work grows with the
//! groups, which a store's structure bounds (billing accounts x nodes x products x periods),
//! however many charges it holds.

use super::db::{malformed, Row};
use super::Tx;
use crate::domain::money::{Amount, Sum};
use crate::domain::usage::{ChargeGroup, ChargeSums, Granularity, ReportNode, SumPlan, Tally};
use crate::error::{Error, Result};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use uuid::Uuid;

/// Above this many nodes, read every node in one scan rather than in `IN (...)` lists.
const SCAN_ALL_NODES: usize = 2_000;
/// How many ids one `IN (...)` list holds.
const CHUNK: usize = 500;

/// A fast hash for the per-row lookups (text the store wrote, not outside input): a word at
/// a time, multiply and rotate, as rustc's FxHash. SipHash, the default, cost about a third
/// of a month's report when it read 10,000,000 charges one by one (before the monthly sums).
#[derive(Default, Clone, Copy)]
struct Fast(u64);

impl Hasher for Fast {
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let mut b = [0u8; 8];
            b.copy_from_slice(w);
            self.add(u64::from_le_bytes(b));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_i64(&mut self, i: i64) {
        self.add(i as u64);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        // The table picks buckets by the low bits and tags by the high ones: spread both.
        self.0.rotate_left(26)
    }
}

impl Fast {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0xf135_7aea_2e62_a9c5);
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fast>>;

/// Text seen before gets its index back; new text is parsed (by `parse`) and given the next.
fn intern<T>(
    map: &mut FastMap<String, u32>,
    list: &mut Vec<T>,
    text: &str,
    parse: impl FnOnce(&str) -> Result<T>,
) -> Result<u32> {
    if let Some(&i) = map.get(text) {
        return Ok(i);
    }
    let i = next_index(list.len())?;
    list.push(parse(text)?);
    map.insert(text.to_string(), i);
    Ok(i)
}

/// An id seen before gets its index back; a new one is parsed and given the next. Ids are
/// keyed by their 36 bytes of text, held in the table itself: no allocation, no pointer to
/// follow (a report read charge by charge looks one up per charge).
fn intern_id(
    map: &mut FastMap<[u8; 36], u32>,
    list: &mut Vec<Uuid>,
    text: &str,
    col: usize,
) -> Result<u32> {
    let key: [u8; 36] = text
        .as_bytes()
        .try_into()
        .map_err(|_| malformed(col, "text that is not a UUID"))?;
    if let Some(&i) = map.get(&key) {
        return Ok(i);
    }
    let i = next_index(list.len())?;
    list.push(Uuid::parse_str(text).map_err(|_| malformed(col, "text that is not a UUID"))?);
    map.insert(key, i);
    Ok(i)
}

fn next_index(len: usize) -> Result<u32> {
    u32::try_from(len).map_err(|_| Error::internal("too many groups for one report"))
}

/// How many of a pair's groups in the current period it remembers: a node charges a few
/// products per period.
const RECENT: usize = 6;

/// A billing account and node met in the scan, and the groups it was charged to in the period
/// of its last charge: a charge finds its group here, beside the pair, without a second lookup
/// (the groups of a month over 10,000,000 charges do not fit in a processor's caches; each
/// lookup costs a miss). Charges read by day come a day at a time, so a period's groups are
/// met again and again while it lasts; those it forgets are found in the map of every group.
struct Pair {
    billing_account: u32,
    node: u32,
    period: i64,
    products: [u32; RECENT],
    groups: [u32; RECENT],
    len: u8,
}

impl Pair {
    fn new(billing_account: u32, node: u32) -> Pair {
        Pair {
            billing_account,
            node,
            period: 0,
            products: [0; RECENT],
            groups: [0; RECENT],
            len: 0,
        }
    }

    fn recent(&self, product: u32, period: i64) -> Option<u32> {
        if period != self.period {
            return None;
        }
        (0..usize::from(self.len))
            .find(|&i| self.products[i] == product)
            .map(|i| self.groups[i])
    }

    fn remember(&mut self, product: u32, period: i64, group: u32) {
        if period != self.period {
            self.period = period;
            self.len = 0;
        }
        if usize::from(self.len) < RECENT {
            let i = usize::from(self.len);
            self.products[i] = product;
            self.groups[i] = group;
            self.len += 1;
        }
    }
}

/// Below this many products, a product is found by comparing it with each (a store has a few).
const FEW_PRODUCTS: usize = 16;

/// The index of a charge's product (`None`: none, whose index `no_product` keeps once
/// given), interned as it is first seen.
fn product_index(
    map: &mut FastMap<String, u32>,
    list: &mut Vec<Option<String>>,
    no_product: &mut Option<u32>,
    product: Option<&str>,
) -> Result<u32> {
    let Some(p) = product else {
        if let Some(i) = *no_product {
            return Ok(i);
        }
        let i = next_index(list.len())?;
        list.push(None);
        *no_product = Some(i);
        return Ok(i);
    };
    if list.len() <= FEW_PRODUCTS {
        if let Some(i) = list.iter().position(|q| q.as_deref() == Some(p)) {
            return next_index(i);
        }
    }
    intern(map, list, p, |p| Ok(Some(p.to_string())))
}

fn report_node(r: &Row) -> Result<ReportNode> {
    Ok(ReportNode {
        id: r.get(0)?,
        parent_id: r.get(1)?,
        name: r.get(2)?,
        parent_name: r.get(3)?,
        deleted: r.text(4)? == Some("deleted"),
    })
}

/// The sums being built: ids and products are interned as they are first seen, so a charge
/// allocates nothing, and every (billing account, node, product, period) has one group.
#[derive(Default)]
struct Summing {
    out: ChargeSums,
    accounts: FastMap<[u8; 36], u32>,
    nodes: FastMap<[u8; 36], u32>,
    pairs: FastMap<[u8; 72], Pair>,
    products: FastMap<String, u32>,
    no_product: Option<u32>,
    groups: FastMap<(u32, u32, u32, i64), u32>,
}

impl Summing {
    /// Add what charges of one billing account (column 0 of the row), node (column 1) and
    /// product sum to, to the group of `period`.
    fn add(&mut self, r: &Row, product: Option<&str>, period: i64, tally: Tally) -> Result<()> {
        let ba = r.text(0)?.ok_or_else(|| malformed(0, "NULL"))?;
        let node = r.text(1)?.ok_or_else(|| malformed(1, "NULL"))?;
        // One lookup for the pair: a node almost always bills to one account.
        let mut key = [0u8; 72];
        if ba.len() != 36 || node.len() != 36 {
            return Err(malformed(1, "text that is not a UUID"));
        }
        key[..36].copy_from_slice(ba.as_bytes());
        key[36..].copy_from_slice(node.as_bytes());
        let product = product_index(
            &mut self.products,
            &mut self.out.products,
            &mut self.no_product,
            product,
        )?;
        let pair = match self.pairs.get_mut(&key) {
            Some(p) => p,
            None => {
                let b = intern_id(&mut self.accounts, &mut self.out.billing_accounts, ba, 0)?;
                let n = intern_id(&mut self.nodes, &mut self.out.nodes, node, 1)?;
                self.pairs.entry(key).or_insert(Pair::new(b, n))
            }
        };
        let idx = match pair.recent(product, period) {
            Some(g) => g,
            None => {
                let next = next_index(self.out.groups.len())?;
                let g = *self
                    .groups
                    .entry((pair.billing_account, pair.node, product, period))
                    .or_insert(next);
                if g == next {
                    self.out.groups.push(ChargeGroup {
                        billing_account: pair.billing_account,
                        node: pair.node,
                        product,
                        bucket: period,
                        tally: Tally::default(),
                    });
                }
                pair.remember(product, period, g);
                g
            }
        };
        self.out.groups[idx as usize].tally.add(tally)
    }
}

impl Tx<'_> {
    /// Charges summed per billing account, node, product and period (the granularity's
    /// buckets), over the plan's span, of one billing account (or all), in one pass over each
    /// source (SQLite's GROUP BY would sort every row first).
    ///
    /// How it scales: whole months come from `charge_month`, one row per month, billing
    /// account, node and product, however many charges it sums, so a month's report reads as
    /// many rows as the store has customers and products. Partial months and reports by day
    /// read the charges of their days through `charge_day`: their cost grows with those
    /// charges. Each row costs one hash lookup here (its billing account and node, beside
    /// which its group is kept; a store of more than a few products adds a second).
    pub fn charge_sums(
        &self,
        plan: &SumPlan,
        billing: Option<Uuid>,
        granularity: Granularity,
    ) -> Result<ChargeSums> {
        // A month's sums have no days: only a plan for whole periods reads them.
        debug_assert!(plan.months.is_none() || granularity != Granularity::Day);
        let billing_filter = if billing.is_some() {
            "billing_account_id = ?3"
        } else {
            "CAST(?3 AS TEXT) IS NULL"
        };
        let mut sums = Summing::default();
        if let Some((from, to)) = plan.months {
            self.query_each(
                &format!(
                    "SELECT billing_account_id, node_id, product, quantity, units, micros, \
                     charges, month FROM charge_month \
                     WHERE month >= ?1 AND month < ?2 AND {billing_filter}"
                ),
                &[&from, &to, &billing],
                |r| {
                    let product = r.text(2)?.filter(|p| !p.is_empty());
                    let amount = Sum::of_parts(r.get(4)?, r.get(5)?);
                    let period = granularity.bucket(r.get(7)?);
                    let tally = Tally {
                        quantity: r.get(3)?,
                        amount,
                        charges: r.get(6)?,
                    };
                    sums.add(r, product, period, tally)
                },
            )?;
        }
        for &(from, to) in &plan.charges {
            self.query_each(
                &format!(
                    "SELECT billing_account_id, node_id, product, quantity, amount, created_at \
                     FROM charge \
                     WHERE created_at >= ?1 AND created_at < ?2 AND {billing_filter}{days}",
                    days = super::charge_days("", (from.0, to.0))
                ),
                &[&from, &to, &billing],
                |r| {
                    let amount: Amount = r.get(4)?;
                    let period = granularity.bucket(r.get(5)?);
                    let tally = Tally {
                        quantity: r.int(3)?.unwrap_or(0),
                        amount: Sum::from(amount),
                        charges: 1,
                    };
                    sums.add(r, r.text(2)?, period, tally)
                },
            )?;
        }
        Ok(sums.out)
    }

    /// The names and parents of the nodes `ids` (distinct), deleted ones too, in any order:
    /// few by `IN (...)` lists, many by one scan of every node.
    pub fn report_nodes(&self, ids: &[Uuid]) -> Result<Vec<ReportNode>> {
        if ids.len() > SCAN_ALL_NODES {
            // One scan of the nodes without a join: the parents' names are taken from the same
            // scan (a parent is a project, a node without one).
            let wanted: HashSet<Uuid> = ids.iter().copied().collect();
            let mut out = Vec::with_capacity(ids.len());
            let mut project_names: HashMap<Uuid, String> = HashMap::new();
            self.query_each(
                "SELECT id, parent_id, name, CAST(NULL AS TEXT), status FROM node",
                &[],
                |r| {
                    let n = report_node(r)?;
                    if n.parent_id.is_none() {
                        project_names.insert(n.id, n.name.clone());
                    }
                    if wanted.contains(&n.id) {
                        out.push(n);
                    }
                    Ok(())
                },
            )?;
            for n in &mut out {
                let Some(p) = n.parent_id else { continue };
                // A parent is a project (R04: no deeper; `check` verifies it).
                n.parent_name = project_names.get(&p).cloned();
            }
            return Ok(out);
        }
        let mut out = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(CHUNK) {
            let marks = super::db::marks(chunk.len());
            let args: Vec<&dyn super::db::ToValue> = chunk
                .iter()
                .map(|id| id as &dyn super::db::ToValue)
                .collect();
            out.extend(self.query_vec(
                &format!(
                    "SELECT n.id, n.parent_id, n.name, \
                     (SELECT p.name FROM node p WHERE p.id = n.parent_id), n.status \
                     FROM node n WHERE n.id IN ({})",
                    marks
                ),
                &args,
                report_node,
            )?);
        }
        Ok(out)
    }
}
