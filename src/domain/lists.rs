//! Filters, orders and limits of `project list` and `subproject list`, applied to what the
//! principal reaches (the lists of `hierarchy` decide the reach; these only narrow it).

use super::model::{Node, Status};
use super::names::fold;
use crate::error::{Error, Result};

/// How a list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// By name, without regard to case (the lists' own order).
    #[default]
    Name,
    /// Oldest first.
    Created,
    /// Most spent first (a subproject's total spent), then by name.
    Spent,
}

/// What a list keeps, and in which order.
#[derive(Debug, Clone, Default)]
pub struct ListOptions {
    /// Only this status (`deleted` lists deleted ones, as `--show-deleted` does).
    pub status: Option<Status>,
    /// Only names holding this text, compared as names are (Unicode case folding).
    pub name_contains: Option<String>,
    /// Only subprojects whose spending in their limit's period is at least this percent of
    /// their credit limit (subprojects without a limit never are).
    pub over: Option<u32>,
    pub sort: SortBy,
    /// At most this many, after filtering and ordering.
    pub limit: Option<usize>,
}

impl ListOptions {
    /// Whether deleted nodes must be read at all.
    pub fn include_deleted(&self, show_deleted: bool) -> bool {
        show_deleted || self.status == Some(Status::Deleted)
    }
}

/// `--over PERCENT`: a whole number of percent, `80` or `80%`.
pub fn parse_percent(raw: &str) -> Result<u32> {
    let s = raw.trim();
    s.strip_suffix('%')
        .unwrap_or(s)
        .parse::<u32>()
        .map_err(|_| {
            Error::invalid(format!("--over {raw:?} is not a percentage"))
                .hint("write a whole number of percent, like --over 80 (100: at or past the limit)")
        })
}

/// Whether `sub` has spent at least `percent` of its credit limit in the limit's period.
/// The same test as an alert threshold's (R30), on the spending the limit counts (R29).
pub fn is_over(sub: &Node, percent: u32) -> bool {
    sub.credit_limit
        .is_some_and(|limit| super::spend::reaches(sub.spent_in_limit_period(), limit, percent))
}

/// Filter, order and cut `items` (each holding a node) as `opts` say.
pub fn apply<T>(items: Vec<T>, node: impl Fn(&T) -> &Node, opts: &ListOptions) -> Vec<T> {
    let needle = opts.name_contains.as_deref().map(fold);
    let mut kept = Vec::with_capacity(items.len());
    for item in items {
        let n = node(&item);
        if opts.status.is_some_and(|s| s != n.status) {
            continue;
        }
        if needle
            .as_ref()
            .is_some_and(|t| !fold(&n.name).contains(t.as_str()))
        {
            continue;
        }
        if let Some(p) = opts.over {
            if !is_over(n, p) {
                continue;
            }
        }
        kept.push(item);
    }
    // Stable sorts: ties keep the list's order by name.
    match opts.sort {
        SortBy::Name => {}
        SortBy::Created => kept.sort_by_key(|i| node(i).created_at),
        SortBy::Spent => kept.sort_by_key(|i| std::cmp::Reverse(node(i).total_spent)),
    }
    if let Some(n) = opts.limit {
        kept.truncate(n);
    }
    kept
}

/// A `--limit N` of any list: at least 1 (checked before the store is opened).
pub fn check_limit(limit: Option<i64>) -> Result<Option<usize>> {
    match limit {
        None => Ok(None),
        Some(n) if n >= 1 => Ok(Some(usize::try_from(n).unwrap_or(usize::MAX))),
        Some(n) => Err(
            Error::invalid(format!("--limit {n}: the limit must be at least 1"))
                .hint("--limit N shows N rows; leave it out to show them all"),
        ),
    }
}
