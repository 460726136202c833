//! R01-R05 and R14-R16: the account, its projects and their subprojects.

mod projects;
mod resolve;
mod subprojects;

pub use projects::*;
pub use resolve::*;
pub use subprojects::*;

use super::access::{Action, Scope};
use super::model::{Account, BillingAccount, BillingKind, Node};
use super::money::{Amount, Currency};
use super::names::{Labels, Name};
use super::Env;
use crate::error::{Error, Result};
use crate::store::Tx;
use uuid::Uuid;

/// What `init` is asked to create (R01), checked before any file is created.
pub struct InitSpec {
    account_name: Name,
    currency: Currency,
    billing_kind: BillingKind,
    billing_name: Name,
    project_name: Name,
}

impl InitSpec {
    pub fn new(
        account_name: &str,
        currency: &str,
        billing_kind: BillingKind,
        billing_name: &str,
        project_name: &str,
    ) -> Result<InitSpec> {
        Ok(InitSpec {
            account_name: Name::parse(account_name, "account")?,
            currency: Currency::parse(currency)?,
            billing_kind,
            billing_name: Name::parse_new(billing_name, "billing account")?,
            project_name: Name::parse_new(project_name, "project")?,
        })
    }
}

/// What `init` created.
pub struct Initialised {
    pub account: Account,
    pub billing_account: BillingAccount,
    pub project: Node,
}

/// R01: create the account with its default billing account and default project, at once.
pub fn init(tx: &Tx, env: &Env, spec: &InitSpec) -> Result<Initialised> {
    if let Some(existing) = tx.account()? {
        return Err(Error::conflict(format!(
            "the store already holds the account {:?}",
            existing.name
        ))
        .hint("a store holds exactly one account; use --db to name another store"));
    }
    let (account_name, billing_name) = (&spec.account_name, &spec.billing_name);
    let now = env.now();
    let account = Account {
        id: Uuid::new_v4(),
        name: account_name.as_str().to_string(),
        created_at: now,
        quotas: Default::default(),
    };
    tx.insert_account(&account)?;
    let billing = BillingAccount {
        id: Uuid::new_v4(),
        name: billing_name.as_str().to_string(),
        kind: spec.billing_kind,
        currency: spec.currency,
        balance: (spec.billing_kind == BillingKind::Prepaid).then_some(Amount::ZERO),
        legal_name: None,
        address: None,
        tax_id: None,
        is_default: true,
        created_at: now,
        updated_at: now,
    };
    tx.insert_billing_account(&billing, &billing_name.key())?;
    env.audit(tx, "account.init", &account.name, None)?;
    env.audit(tx, "billing.create", &billing.name, None)?;
    let project = insert_project(tx, env, &spec.project_name, &billing, &Labels::new())?;
    Ok(Initialised {
        account,
        billing_account: billing,
        project,
    })
}

/// R01 for a store made from a manifest: the account alone, without `init`'s default billing
/// account and project (the manifest names its own).
pub fn create_account(tx: &Tx, env: &Env, name: &str) -> Result<Account> {
    env.require(tx, Action::AccountManage, Scope::Account)?;
    if let Some(existing) = tx.account()? {
        return Err(Error::conflict(format!(
            "the store already holds the account {:?}",
            existing.name
        )));
    }
    let name = Name::parse(name, "account")?;
    let account = Account {
        id: Uuid::new_v4(),
        name: name.as_str().to_string(),
        created_at: env.now(),
        quotas: Default::default(),
    };
    tx.insert_account(&account)?;
    env.audit(tx, "account.init", &account.name, None)?;
    Ok(account)
}

/// Check labels given as a map (a manifest's inline table) as `--label k=v` is checked.
pub fn check_labels(labels: &Labels) -> Result<()> {
    for (k, v) in labels {
        let (key, value) = super::names::parse_label(&format!("{k}={v}"))?;
        if &key != k || &value != v {
            return Err(Error::invalid(format!(
                "label {k:?} = {v:?} has spaces around its key or value"
            )));
        }
    }
    Ok(())
}

/// The account, which every initialised store has.
pub fn account(tx: &Tx) -> Result<Account> {
    tx.account()?.ok_or_else(|| {
        Error::not_found("the store holds no account").hint("run: acctl init --name NAME")
    })
}

pub fn rename_account(tx: &Tx, env: &Env, new_name: &str) -> Result<Account> {
    env.require(tx, Action::AccountManage, Scope::Account)?;
    let name = Name::parse(new_name, "account")?;
    let mut account = account(tx)?;
    if account.name != name.as_str() {
        tx.rename_account(name.as_str())?;
        env.audit(
            tx,
            "account.rename",
            name.as_str(),
            Some(&format!("from {:?}", account.name)),
        )?;
        account.name = name.as_str().to_string();
    }
    Ok(account)
}
