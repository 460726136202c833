//! Resolving an import's targets in bulk, each authorized as `usage record` authorizes its
//! target, with what the running checks need of them.

use super::super::*;
use super::*;
use crate::domain::access::{Action, Scope};
use crate::domain::hierarchy::{resolve_target_for, Reference};
use crate::domain::model::{LimitPeriod, Node};
use crate::domain::money::Amount;
use crate::domain::names::fold;
use crate::domain::Env;
use crate::error::{Error, Result};
use crate::store::Tx;
use std::collections::HashMap;
use uuid::Uuid;

impl Import {
    /// Resolve references not seen before: found with a few queries for the whole chunk,
    /// each authorized as `usage record` authorizes its target. What the bulk lookup does not
    /// find (or the principal does not see) is looked up alone, so that it is refused in the
    /// words (and with the audited attempt) of a single lookup.
    pub(super) fn resolve(&mut self, tx: &Tx, env: &Env, refs: &[&str]) -> Result<()> {
        if refs.is_empty() {
            return Ok(());
        }
        enum Named {
            Id(Uuid),
            Project(String),
            Sub(String, String),
            Other,
        }
        let named: Vec<Named> = refs
            .iter()
            .map(|r| match Reference::parse(r) {
                Reference::Id(id) => Named::Id(id),
                // A project named by id in a path, or nothing named: looked up alone.
                Reference::Path(p, _) if Uuid::parse_str(p).is_ok() => Named::Other,
                Reference::Path(p, s) => Named::Sub(fold(p), fold(s)),
                Reference::Project("") => Named::Other,
                Reference::Project(p) => Named::Project(fold(p)),
            })
            .collect();
        let mut project_keys: Vec<&str> = named
            .iter()
            .filter_map(|n| match n {
                Named::Project(p) | Named::Sub(p, _) => Some(p.as_str()),
                _ => None,
            })
            .collect();
        project_keys.sort_unstable();
        project_keys.dedup();
        let projects: HashMap<String, Uuid> =
            tx.live_project_ids(&project_keys)?.into_iter().collect();
        let mut sub_keys: Vec<(Uuid, &str)> = named
            .iter()
            .filter_map(|n| match n {
                Named::Sub(p, s) => projects.get(p).map(|id| (*id, s.as_str())),
                _ => None,
            })
            .collect();
        sub_keys.sort_unstable();
        sub_keys.dedup();
        let subs: HashMap<(Uuid, String), Uuid> = tx
            .live_subproject_ids(&sub_keys)?
            .into_iter()
            .map(|(p, k, id)| ((p, k), id))
            .collect();
        // Each reference's node id (and for a path, its project's), when found.
        let found: Vec<Option<(Uuid, Option<Uuid>)>> = named
            .iter()
            .map(|n| match n {
                Named::Id(id) => Some((*id, None)),
                Named::Project(p) => projects.get(p).map(|id| (*id, None)),
                Named::Sub(p, s) => {
                    let pid = projects.get(p)?;
                    subs.get(&(*pid, s.clone())).map(|id| (*id, Some(*pid)))
                }
                Named::Other => None,
            })
            .collect();
        let mut ids: Vec<Uuid> = found
            .iter()
            .flatten()
            .flat_map(|(id, p)| [Some(*id), *p])
            .flatten()
            .collect();
        ids.sort_unstable();
        ids.dedup();
        if self.sight.is_none() {
            // The operator sees everything: what a target needs is read, not whole nodes.
            let mut facts: HashMap<Uuid, TargetFacts> = tx
                .import_targets(&ids)?
                .into_iter()
                .map(|t| (t.id, t))
                .collect();
            for (r, f) in refs.iter().zip(found) {
                let resolved = match f.and_then(|(id, _)| facts.remove(&id)) {
                    Some(t) if t.active => env
                        .require(tx, Action::UsageRecord, Scope::Node(t.id))
                        .and_then(|()| self.add_target(tx, t, None)),
                    _ => self.target(tx, env, r, None),
                };
                self.remember(r, resolved)?;
            }
            return Ok(());
        }
        let nodes: HashMap<Uuid, Node> = tx
            .nodes_by_ids(&ids)?
            .into_iter()
            .map(|n| (n.id, n))
            .collect();
        for (r, f) in refs.iter().zip(found) {
            let node = f.and_then(|(id, parent)| {
                let n = nodes.get(&id)?;
                let seen = self.sight.as_ref().is_none_or(|s| {
                    s.sees(n) && parent.is_none_or(|p| nodes.get(&p).is_some_and(|p| s.sees(p)))
                });
                seen.then(|| n.clone())
            });
            let resolved = self.target(tx, env, r, node);
            self.remember(r, resolved)?;
        }
        Ok(())
    }

    /// Keep how a reference resolved; the store failing is no refused line.
    pub(super) fn remember(&mut self, reference: &str, resolved: Result<u32>) -> Result<()> {
        let entry = match resolved {
            Ok(i) => Ref::Target(i),
            Err(e) if e.kind == crate::error::Kind::Internal => return Err(e),
            Err(e) => {
                self.refused_refs.push(e);
                Ref::Refused((self.refused_refs.len() - 1) as u32)
            }
        };
        self.refs.insert(reference.into(), entry);
        Ok(())
    }

    /// The target a reference names (`node`: what the bulk lookup found and the principal
    /// sees; `None`: look it up alone), authorized, and ready for charges.
    pub(super) fn target(
        &mut self,
        tx: &Tx,
        env: &Env,
        reference: &str,
        node: Option<Node>,
    ) -> Result<u32> {
        if reference.trim().is_empty() {
            return Err(Error::invalid("the line names no target"));
        }
        let node = match node {
            Some(n) => n,
            None => resolve_target_for(tx, env, reference)?,
        };
        env.require(tx, Action::UsageRecord, Scope::Node(node.id))?;
        let blocked = check_target(&node).err().map(Box::new);
        self.add_target(
            tx,
            TargetFacts {
                id: node.id,
                billing_account_id: node.billing_account_id,
                active: blocked.is_none(),
                credit_limit: node.credit_limit,
                total_spent: node.total_spent,
                limit_period: node.limit_period,
                alert_thresholds: node.alert_thresholds,
            },
            blocked,
        )
    }

    /// A target's running totals, started from what the store holds (once per node), and why
    /// it takes no charges, if it does not.
    pub(super) fn add_target(
        &mut self,
        tx: &Tx,
        t: TargetFacts,
        blocked: Option<Box<Error>>,
    ) -> Result<u32> {
        // The same node may be named two ways (path and id): share its running total.
        if let Some(&i) = self.by_id.get(&t.id) {
            return Ok(i);
        }
        let ba_id = match t.billing_account_id {
            Some(b) => b,
            None => tx.billing_account_id_of(t.id)?,
        };
        let ba = match self.bas.iter().position(|b| b.ba.id == ba_id) {
            Some(i) => i,
            None => {
                let ba = tx.billing_account(ba_id)?;
                self.bas.push(BaState {
                    balance: ba.balance,
                    ba,
                });
                self.bas.len() - 1
            }
        };
        let thresholds = match self
            .threshold_sets
            .iter()
            .position(|s| *s == t.alert_thresholds)
        {
            Some(i) => i,
            None => {
                self.threshold_sets.push(t.alert_thresholds);
                self.threshold_sets.len() - 1
            }
        };
        let i = self.targets.len() as u32;
        self.targets.push(Target {
            id: t.id,
            ba: ba as u32,
            period: t.limit_period,
            limit: t.credit_limit,
            thresholds: thresholds as u32,
            stored: t.total_spent,
            spent: t.total_spent,
            months: Vec::new(),
            blocked,
            checked: None,
        });
        self.by_id.insert(t.id, i);
        Ok(i)
    }

    /// What the store holds for the months of the chunk's lines on monthly limits (R29), in
    /// one lookup.
    pub(super) fn load_months(
        &mut self,
        tx: &Tx,
        chunk: &[ImportLine],
        parsed: &[Result<Parsed>],
    ) -> Result<()> {
        let mut wanted: Vec<(u32, Period)> = chunk
            .iter()
            .zip(parsed)
            .filter_map(|(l, p)| {
                let p = p.as_ref().ok()?;
                let Some(Ref::Target(i)) = self.refs.get(l.target.as_str()) else {
                    return None;
                };
                let t = &self.targets[*i as usize];
                let month = Period::of(p.at);
                (t.period == LimitPeriod::Monthly && !self.monthly.contains_key(&(*i, month)))
                    .then_some((*i, month))
            })
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        if wanted.is_empty() {
            return Ok(());
        }
        let keys: Vec<(Uuid, String)> = wanted
            .iter()
            .map(|(i, m)| (self.targets[*i as usize].id, m.to_string()))
            .collect();
        let refs: Vec<(Uuid, &str)> = keys.iter().map(|(id, m)| (*id, m.as_str())).collect();
        let stored: HashMap<(Uuid, String), Amount> = tx
            .months_spent(&refs)?
            .into_iter()
            .map(|(id, m, a)| ((id, m), a))
            .collect();
        for ((i, month), key) in wanted.into_iter().zip(keys) {
            self.monthly.insert(
                (i, month),
                MonthLimit {
                    stored: stored.get(&key).copied().unwrap_or(Amount::ZERO),
                    checked: None,
                },
            );
        }
        Ok(())
    }
}
