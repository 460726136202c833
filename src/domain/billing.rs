//! R07-R13: billing accounts, links, charges, balances and limits.

use super::access::{reach, Action, Principal, Reach, Scope};
use super::clock::Timestamp;
use super::hierarchy::{require_live, resolve_target_for};
use super::model::BillingAccount;
use super::model::{BillingKind, LimitPeriod, Node};
use super::money::{Amount, Currency};
use super::names::fold;
use super::names::Name;
use super::usage::Period;
use super::Env;
use crate::error::{Error, Result};
use crate::store::Tx;
use uuid::Uuid;

/// A billing account by its id or its name (without regard to case).
pub fn resolve_billing_account(tx: &Tx, reference: &str) -> Result<BillingAccount> {
    let reference = reference.trim();
    if let Ok(id) = Uuid::parse_str(reference) {
        if let Some(b) = tx.billing_account_by_id(id)? {
            return Ok(b);
        }
    }
    tx.billing_account_by_key(&fold(reference))?.ok_or_else(|| {
        Error::not_found(format!("billing account {reference:?} not found"))
            .hint("list them with: acctl billing list")
    })
}

/// The billing account `project create` links to when none is named (R07).
pub fn default_billing_account(tx: &Tx) -> Result<BillingAccount> {
    tx.default_billing_account()?.ok_or_else(|| {
        Error::not_found("there is no default billing account").hint(
            "name one with --billing, or mark one with: acctl billing update BA --make-default",
        )
    })
}

/// What `billing create` is asked for.
pub struct NewBillingAccount<'a> {
    pub name: &'a str,
    pub kind: BillingKind,
    pub currency: &'a str,
    pub legal_name: Option<&'a str>,
    pub address: Option<&'a str>,
    pub tax_id: Option<&'a str>,
}

/// R40: a billing detail is checked and kept (trimmed, NFC) as every stored text is; a blank
/// one is none.
fn detail(raw: Option<&str>, what: &str) -> Result<Option<String>> {
    super::names::clean_optional(raw, &format!("the {what}"), super::names::MAX_DETAIL_BYTES)
}

fn name_free(tx: &Tx, name: &Name, except: Option<Uuid>) -> Result<()> {
    if let Some(other) = tx.billing_account_by_key(&name.key())? {
        if Some(other.id) != except {
            return Err(Error::conflict(format!(
                "a billing account named {:?} already exists",
                other.name
            ))
            .hint("billing account names are unique without regard to case"));
        }
    }
    Ok(())
}

/// R07: create a billing account (prepaid ones start at a zero balance).
pub fn create(tx: &Tx, env: &Env, spec: &NewBillingAccount) -> Result<BillingAccount> {
    env.require(tx, Action::BillingManage, Scope::Account)?;
    let name = Name::parse_new(spec.name, "billing account")?;
    let currency = Currency::parse(spec.currency)?;
    let legal_name = detail(spec.legal_name, "legal name")?;
    let address = detail(spec.address, "address")?;
    let tax_id = detail(spec.tax_id, "tax id")?;
    name_free(tx, &name, None)?;
    let b = BillingAccount {
        id: Uuid::new_v4(),
        name: name.as_str().to_string(),
        kind: spec.kind,
        currency,
        balance: (spec.kind == BillingKind::Prepaid).then_some(Amount::ZERO),
        legal_name,
        address,
        tax_id,
        is_default: tx.default_billing_account()?.is_none(),
        created_at: env.now(),
        updated_at: env.now(),
    };
    tx.insert_billing_account(&b, &name.key())?;
    env.audit(
        tx,
        "billing.create",
        &b.name,
        Some(&format!("{} {}", b.kind.as_str(), b.currency)),
    )?;
    Ok(b)
}

/// What `billing update` changes; `None` leaves a field as it is, `Some("")` clears a detail.
#[derive(Default)]
pub struct BillingChanges<'a> {
    pub name: Option<&'a str>,
    pub legal_name: Option<&'a str>,
    pub address: Option<&'a str>,
    pub tax_id: Option<&'a str>,
    pub make_default: bool,
}

/// R07: rename a billing account, change its payment details, or make it the default. Its kind
/// and currency are fixed: limits and totals are kept in its currency.
pub fn update(
    tx: &Tx,
    env: &Env,
    b: &BillingAccount,
    ch: &BillingChanges,
) -> Result<(BillingAccount, Vec<String>)> {
    env.require(tx, Action::BillingManage, Scope::Account)?;
    // A detail not given keeps its value; one given is checked and kept as every text is.
    let given = |raw: Option<&str>, kept: &Option<String>, what: &str| match raw {
        Some(_) => detail(raw, what),
        None => Ok(kept.clone()),
    };
    let legal_name = given(ch.legal_name, &b.legal_name, "legal name")?;
    let address = given(ch.address, &b.address, "address")?;
    let tax_id = given(ch.tax_id, &b.tax_id, "tax id")?;
    let name = match ch.name {
        Some(n) => {
            let n = Name::parse_new(n, "billing account")?;
            name_free(tx, &n, Some(b.id))?;
            n
        }
        None => Name::parse(&b.name, "billing account")?,
    };
    let mut changed = Vec::new();
    if name.as_str() != b.name {
        changed.push(format!("name {:?}", name.as_str()));
    }
    if legal_name != b.legal_name {
        changed.push("legal name".to_string());
    }
    if address != b.address {
        changed.push("address".to_string());
    }
    if tax_id != b.tax_id {
        changed.push("tax id".to_string());
    }
    if !changed.is_empty() {
        tx.update_billing_account(
            b.id,
            name.as_str(),
            &name.key(),
            legal_name.as_deref(),
            address.as_deref(),
            tax_id.as_deref(),
        )?;
    }
    if ch.make_default && !b.is_default {
        // R33: the account that stops being the default changes too.
        if let Some(old) = tx.default_billing_account()? {
            tx.touch_billing_account(old.id, env.now())?;
        }
        tx.set_default_billing_account(b.id)?;
        changed.push("made the default".to_string());
    }
    if !changed.is_empty() {
        tx.touch_billing_account(b.id, env.now())?;
        env.audit(tx, "billing.update", &b.name, Some(&changed.join(", ")))?;
    }
    let after = tx.billing_account(b.id)?;
    Ok((after, changed))
}

/// R07/R08: delete a billing account that no project links to, that is not the default and
/// whose history (charges, top-ups) is empty: invoices are kept.
pub fn delete(tx: &Tx, env: &Env, b: &BillingAccount) -> Result<()> {
    env.require(tx, Action::BillingManage, Scope::Account)?;
    if b.is_default {
        return Err(
            Error::conflict(format!("billing account {:?} is the default one", b.name))
                .hint("make another the default first: acctl billing update BA --make-default"),
        );
    }
    let linked = tx.count_projects_linked(b.id)?;
    if linked > 0 {
        return Err(Error::conflict(format!(
            "billing account {:?} is linked to {linked} project{}",
            b.name,
            if linked == 1 { "" } else { "s" }
        ))
        .hint("link them to another billing account first: acctl billing link PROJECT BA"));
    }
    let (charges, topups) = tx.count_billing_history(b.id)?;
    if charges + topups > 0 {
        return Err(Error::conflict(format!(
            "billing account {:?} has {charges} charge(s) and {topups} top-up(s) on record",
            b.name
        ))
        .hint("its history stays for its invoices; it cannot be deleted"));
    }
    tx.delete_billing_account(b.id)?;
    env.audit(tx, "billing.delete", &b.name, None)?;
    Ok(())
}

/// A top-up of a prepaid billing account (R11).
#[derive(Debug, Clone)]
pub struct Topup {
    pub id: Uuid,
    pub billing_account_id: Uuid,
    pub amount: Amount,
    pub created_at: Timestamp,
    pub idempotency_key: Option<String>,
}

/// R11: raise a prepaid balance. A retry with the same idempotency key is answered with the
/// first top-up; the same key with another account or amount is refused.
pub fn topup(
    tx: &Tx,
    env: &Env,
    b: &BillingAccount,
    amount: Amount,
    key: Option<&str>,
) -> Result<(Topup, BillingAccount, bool)> {
    env.require(tx, Action::BillingManage, Scope::Account)?;
    if !amount.is_positive() {
        return Err(Error::invalid("a top-up's amount must be above zero"));
    }
    if let Some(k) = key {
        if let Some(first) = tx.topup_by_key(k)? {
            if first.billing_account_id != b.id || first.amount != amount {
                return Err(Error::conflict(format!(
                    "idempotency key {k:?} was already used for another top-up"
                ))
                .hint("use a new key for a new top-up"));
            }
            return Ok((first, b.clone(), true));
        }
    }
    let Some(balance) = b.balance else {
        return Err(Error::conflict(format!(
            "billing account {:?} is postpaid: it has no balance to top up",
            b.name
        ))
        .hint("postpaid usage accrues to the invoice of the period"));
    };
    balance.checked_add(amount)?;
    let t = Topup {
        id: Uuid::new_v4(),
        billing_account_id: b.id,
        amount,
        created_at: env.now(),
        idempotency_key: key.map(str::to_string),
    };
    tx.insert_topup(&t)?;
    tx.adjust_balance(b.id, amount)?;
    env.audit(
        tx,
        "billing.topup",
        &b.name,
        Some(&format!("{} {}", amount.format(&b.currency), b.currency)),
    )?;
    let after = tx.billing_account(b.id)?;
    Ok((t, after, false))
}

/// R08: link a project to another billing account of the same currency. Past charges keep
/// the billing account they were recorded against; only future charges go to the new one.
pub fn link(tx: &Tx, env: &Env, project_ref: &str, b: &BillingAccount) -> Result<(Node, bool)> {
    let node = resolve_target_for(tx, env, project_ref)?;
    env.require(tx, Action::BillingManage, Scope::Node(node.id))?;
    if node.is_subproject() {
        return Err(Error::conflict(format!(
            "{} is a subproject: it cannot be linked to a billing account",
            node.display_name()
        ))
        .hint(format!(
            "a subproject bills through its parent project; link that instead: acctl billing link {} {}",
            node.parent_name.clone().unwrap_or_default(),
            b.name
        )));
    }
    require_live(&node)?;
    if node.currency != b.currency {
        return Err(Error::conflict(format!(
            "project {:?} bills in {}; billing account {:?} is in {}",
            node.name, node.currency, b.name, b.currency
        ))
        .hint("a project is re-linked only to a billing account of the same currency"));
    }
    if node.billing_account_id == Some(b.id) {
        return Ok((node, false));
    }
    tx.link_project(node.id, b.id)?;
    env.changed(
        tx,
        "billing.link",
        &node,
        Some(&format!("to billing account {:?}", b.name)),
    )?;
    Ok((tx.node_again(&node)?, true))
}

/// Set or clear a subproject's credit limit (R12). A limit below what is already spent is
/// allowed: the returned flag says so, for a warning; further charges are blocked.
/// With `period`, the limit is measured over it from now on (R29); without, its period stays.
pub fn set_credit_limit(
    tx: &Tx,
    env: &Env,
    sub: &Node,
    raw: &str,
    period: Option<LimitPeriod>,
) -> Result<(Node, bool)> {
    env.require(tx, Action::SubprojectManage, Scope::Node(sub.id))?;
    limit_target(sub)?;
    let limit = if raw.trim().eq_ignore_ascii_case("none") {
        None
    } else {
        Some(Amount::parse_non_negative(raw, "a credit limit")?)
    };
    set_limit(tx, env, sub, limit, period)
}

/// R12: only a live subproject has a credit limit.
fn limit_target(sub: &Node) -> Result<()> {
    subproject_setting(
        sub,
        "credit limits (R12)",
        "set the limit on one of its subprojects: acctl subproject set-limit PROJECT/SUB AMOUNT",
    )
}

/// R12, R30: only a live subproject has a credit limit and alerts; `have` says what only
/// subprojects have, `hint` where to set it instead.
pub(crate) fn subproject_setting(sub: &Node, have: &str, hint: &str) -> Result<()> {
    if !sub.is_subproject() {
        return Err(Error::conflict(format!(
            "{} is a project: only subprojects have {have}",
            sub.name
        ))
        .hint(hint));
    }
    require_live(sub)
}

/// R12, R29: [`set_credit_limit`] with the limit already read (`None`: no limit).
pub fn set_limit(
    tx: &Tx,
    env: &Env,
    sub: &Node,
    limit: Option<Amount>,
    period: Option<LimitPeriod>,
) -> Result<(Node, bool)> {
    env.require(tx, Action::SubprojectManage, Scope::Node(sub.id))?;
    limit_target(sub)?;
    let period = period.unwrap_or(sub.limit_period);
    if limit != sub.credit_limit || period != sub.limit_period {
        tx.set_credit_limit(sub.id, limit)?;
        if period != sub.limit_period {
            tx.set_limit_period(sub.id, period)?;
        }
        env.changed(
            tx,
            "subproject.set-limit",
            sub,
            Some(&match limit {
                Some(l) => format!(
                    "{} {} {}",
                    l.format(&sub.currency),
                    sub.currency,
                    period.as_str()
                ),
                None => format!("none ({})", period.as_str()),
            }),
        )?;
    }
    let node = tx.node_again(sub)?;
    let below = limit.is_some_and(|l| l < node.spent_in_limit_period());
    Ok((node, below))
}

/// One entry of a billing account's ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LedgerKind {
    Topup,
    Charge,
    /// A reversal of a charge (R31): money back.
    Reversal,
    /// A transfer from another prepaid billing account (R32).
    TransferIn,
    /// A transfer to another prepaid billing account (R32).
    TransferOut,
}

impl LedgerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LedgerKind::Topup => "topup",
            LedgerKind::Charge => "charge",
            LedgerKind::Reversal => "reversal",
            LedgerKind::TransferIn => "transfer_in",
            LedgerKind::TransferOut => "transfer_out",
        }
    }
    pub fn parse(s: &str) -> Option<LedgerKind> {
        [
            LedgerKind::Topup,
            LedgerKind::Charge,
            LedgerKind::Reversal,
            LedgerKind::TransferIn,
            LedgerKind::TransferOut,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
    /// Whether the entry takes money from the account (a charge, a transfer out).
    pub fn is_debit(self) -> bool {
        matches!(self, LedgerKind::Charge | LedgerKind::TransferOut)
    }
}

#[derive(Debug, Clone)]
pub struct LedgerEntry {
    pub kind: LedgerKind,
    pub id: Uuid,
    pub target_id: Option<Uuid>,
    pub amount: Amount,
    pub created_at: Timestamp,
    pub product: Option<String>,
    pub quantity: Option<i64>,
    pub idempotency_key: Option<String>,
    /// The charge a reversal reverses.
    pub charge_id: Option<Uuid>,
    /// A reversal's reason.
    pub reason: Option<String>,
    /// The other billing account of a transfer.
    pub counterparty_id: Option<Uuid>,
}

/// A billing account's top-ups and charges, oldest first, in one period or all time.
pub fn ledger(
    tx: &Tx,
    env: &Env,
    b: &BillingAccount,
    period: Option<Period>,
) -> Result<Vec<LedgerEntry>> {
    env.require(tx, Action::BillingManage, Scope::Account)?;
    tx.ledger(b.id, period.map(Period::range))
}

/// R07: every billing account, by name.
pub fn list(tx: &Tx, env: &Env) -> Result<Vec<BillingAccount>> {
    visible_billing_accounts(tx, env)
}

/// The billing accounts the principal can read: all of them with read access to the account;
/// else those that the projects it reaches are linked to (a subproject key: its parent's).
fn visible_billing_accounts(tx: &Tx, env: &Env) -> Result<Vec<BillingAccount>> {
    let all = tx.list_billing_accounts()?;
    let projects = match reach(tx, &env.principal, Action::Read)? {
        Reach::All => return Ok(all),
        Reach::Projects(ps) => ps,
        Reach::Subproject(s) => tx
            .node_by_id(s)?
            .and_then(|n| n.parent_id)
            .into_iter()
            .collect(),
        Reach::Nothing => {
            env.require(tx, Action::Read, Scope::Account)?;
            Vec::new()
        }
    };
    let mut linked = Vec::new();
    for p in projects {
        if let Some(b) = tx.node_by_id(p)?.and_then(|n| n.billing_account_id) {
            linked.push(b);
        }
    }
    Ok(all.into_iter().filter(|b| linked.contains(&b.id)).collect())
}

/// One billing account, by name or id.
pub fn show(tx: &Tx, env: &Env, reference: &str) -> Result<BillingAccount> {
    let b = resolve_billing_account(tx, reference)?;
    if !visible_billing_accounts(tx, env)?
        .iter()
        .any(|v| v.id == b.id)
    {
        env.require(tx, Action::Read, Scope::Account)?;
    }
    Ok(b)
}

/// R23: the balance view, which depends on who asks.
#[derive(Debug, Clone)]
pub enum BalanceView {
    /// The operator (or a user): the billing accounts it reaches, with their balances (null
    /// for postpaid).
    Accounts(Vec<BillingAccount>),
    /// A project key: the balance of the billing account its project links to.
    Project {
        project: Node,
        billing: BillingAccount,
    },
    /// A subproject key: its total spent, credit limit and what is left of it, and the shared
    /// balance it draws on.
    Subproject { sub: Node, billing: BillingAccount },
}

pub fn balance_view(tx: &Tx, env: &Env) -> Result<BalanceView> {
    match &env.principal {
        Principal::Key { node_id, .. } => {
            env.require(tx, Action::Read, Scope::Node(*node_id))?;
            let node = tx.node(*node_id)?;
            let billing = tx.billing_account(tx.billing_account_id_of(node.id)?)?;
            Ok(if node.is_subproject() {
                BalanceView::Subproject { sub: node, billing }
            } else {
                BalanceView::Project {
                    project: node,
                    billing,
                }
            })
        }
        Principal::Operator | Principal::User { .. } => {
            Ok(BalanceView::Accounts(visible_billing_accounts(tx, env)?))
        }
    }
}
