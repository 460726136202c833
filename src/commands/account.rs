//! `init` and `account show|rename`.

use super::Ctx;
use crate::domain::edits;
use crate::domain::hierarchy::{self, InitSpec};
use crate::domain::model::BillingKind;
use crate::error::Result;
use crate::output::{self, Human, Output};
use crate::store::OpenMode;
use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;

/// Create the store with its account (R01), a default billing account and a default project,
/// in one transaction. Refused when the store already holds an account.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The account's name: the business itself
    #[arg(long)]
    pub name: String,
    /// The default billing account's currency (ISO 4217) [default: `currency` in the config file, else USD]
    #[arg(long)]
    pub currency: Option<String>,
    /// The default billing account's kind
    #[arg(long, value_enum, default_value_t = KindArg::Postpaid)]
    pub billing: KindArg,
    /// The default billing account's name
    #[arg(long, default_value = "default", value_name = "NAME")]
    pub billing_name: String,
    /// The default project's name
    #[arg(long, default_value = "default", value_name = "NAME")]
    pub project: String,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    Prepaid,
    Postpaid,
}

impl From<KindArg> for BillingKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Prepaid => BillingKind::Prepaid,
            KindArg::Postpaid => BillingKind::Postpaid,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Show the account
    Show,
    /// Rename the account
    Rename {
        /// The new name
        name: String,
    },
    /// Set or remove a quota (R36): lowering it below what exists is allowed, with a warning
    SetQuota {
        /// The quota
        #[arg(value_parser = ["subprojects-per-project", "keys-per-target"])]
        quota: String,
        /// The most allowed, or none
        #[arg(value_name = "N|none")]
        value: String,
    },
}

pub fn init(ctx: &Ctx, args: InitArgs) -> Result<Output> {
    let currency = args
        .currency
        .as_deref()
        .or(ctx.config.currency.as_deref())
        .unwrap_or("USD");
    let spec = InitSpec::new(
        &args.name,
        currency,
        args.billing.into(),
        &args.billing_name,
        &args.project,
    )?;
    let (mut store, env) = ctx.open(OpenMode::Create)?;
    let done = store.write(|tx| hierarchy::init(tx, &env, &spec))?;
    let text = format!(
        "initialised account {:?} in {}\n  billing account {:?} ({}, {})\n  project {:?}\n",
        done.account.name,
        store.location(),
        done.billing_account.name,
        done.billing_account.kind.as_str(),
        done.billing_account.currency,
        done.project.name,
    );
    let mut j = output::account_json(&done.account);
    j["billing_account"] = output::billing_json(&done.billing_account);
    j["project"] = output::project_json(&done.project);
    j["db"] = json!(store.location().to_string());
    Ok(Output::new(
        j,
        Human::Text(text),
        vec![done.account.id.to_string()],
    ))
}

pub fn run(ctx: &Ctx, cmd: AccountCommand) -> Result<Output> {
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    match cmd {
        AccountCommand::Show => store.read(|tx| {
            let s = hierarchy::account_summary(tx, &env)?;
            Ok(output::account(
                &s.account,
                &s.billing_accounts,
                s.projects,
                s.subprojects,
            ))
        }),
        AccountCommand::SetQuota { quota, value } => {
            let kind = edits::QuotaKind::parse(&quota)?;
            let value = edits::parse_quota_value(&value)?;
            let (a, over) = store.write(|tx| {
                let (a, over) = edits::set_quota(tx, &env, kind, value)?;
                let s = hierarchy::account_summary(tx, &env)?;
                Ok((
                    output::account(&a, &s.billing_accounts, s.projects, s.subprojects),
                    over,
                ))
            })?;
            Ok(output::over_quota(a, kind.name(), value, &over))
        }
        AccountCommand::Rename { name } => {
            let account = store.write(|tx| hierarchy::rename_account(tx, &env, &name))?;
            Ok(Output::new(
                output::account_json(&account),
                Human::Text(format!("account renamed to {:?}\n", account.name)),
                vec![account.id.to_string()],
            ))
        }
    }
}
