//! `billing create|list|show|update|delete|topup|ledger|link`, `balance` and `invoice`.

use super::account::KindArg;
use super::Ctx;
use crate::domain::billing::{self, BillingChanges, NewBillingAccount};
use crate::domain::money::Amount;
use crate::domain::usage::{self, Period};
use crate::error::Result;
use crate::output::{self, Output};
use crate::store::OpenMode;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum BillingCommand {
    /// Create a billing account (R07)
    Create(CreateArgs),
    /// List billing accounts, by name
    List,
    /// Show one billing account
    Show {
        /// The billing account's name or id
        ba: String,
    },
    /// Rename a billing account, change its payment details or make it the default
    Update(UpdateArgs),
    /// Delete a billing account that no project links to and that has no history
    Delete {
        /// The billing account's name or id
        ba: String,
    },
    /// Top up a prepaid billing account (R11)
    Topup(TopupArgs),
    /// A billing account's top-ups and charges, oldest first
    Ledger {
        /// The billing account's name or id
        ba: String,
        /// Only this month (UTC), YYYY-MM
        #[arg(long, value_name = "YYYY-MM")]
        period: Option<String>,
    },
    /// Move money between two prepaid billing accounts of one currency (R32)
    Transfer(TransferArgs),
    /// Link a project to another billing account of the same currency (R08)
    Link {
        /// The project's name or id
        project: String,
        /// The billing account's name or id
        ba: String,
    },
}

/// Create a billing account. The first one made is the default.
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Its name: unique without regard to case
    pub name: String,
    /// Prepaid (a balance topped up and drawn down) or postpaid (charges accrue to invoices)
    #[arg(long, value_enum)]
    pub kind: KindArg,
    /// Its ISO 4217 currency
    #[arg(long, value_name = "CUR")]
    pub currency: String,
    #[command(flatten)]
    pub details: DetailsArgs,
}

/// The details invoices are made out with, as `billing create` and `billing update` take them.
#[derive(Debug, Args)]
pub struct DetailsArgs {
    /// The legal name invoices are made out to
    #[arg(long, value_name = "S")]
    pub legal_name: Option<String>,
    /// The postal address on invoices
    #[arg(long, value_name = "S")]
    pub address: Option<String>,
    /// The tax id on invoices
    #[arg(long, value_name = "S")]
    pub tax_id: Option<String>,
}

/// Change a billing account. Its kind and currency are fixed; an empty value clears a detail.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The billing account's name or id
    pub ba: String,
    /// A new name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    #[command(flatten)]
    pub details: DetailsArgs,
    /// Make it the default billing account of new projects
    #[arg(long)]
    pub make_default: bool,
}

/// Top up a prepaid billing account by AMOUNT, in its currency.
#[derive(Debug, Args)]
pub struct TopupArgs {
    /// The billing account's name or id
    pub ba: String,
    /// The amount, a plain decimal in the account's currency (e.g. 100 or 12.50)
    #[arg(allow_negative_numbers = true)]
    pub amount: String,
    /// A key that makes a retry safe: the same key is topped up once
    #[arg(long, value_name = "S")]
    pub idempotency_key: Option<String>,
}

/// Move AMOUNT from one prepaid billing account to another of the same currency, in one
/// transaction. Refused (exit 6) when it would take the source below zero.
#[derive(Debug, Args)]
pub struct TransferArgs {
    /// The billing account the money leaves (name or id)
    pub from: String,
    /// The billing account the money reaches (name or id)
    pub to: String,
    /// The amount, a plain decimal in the accounts' currency
    #[arg(allow_negative_numbers = true)]
    pub amount: String,
    /// A key that makes a retry safe: the same key is transferred once
    #[arg(long, value_name = "S")]
    pub idempotency_key: Option<String>,
}

/// The invoice of a billing account for one month (UTC).
#[derive(Debug, Args)]
pub struct InvoiceArgs {
    /// The billing account's name or id
    pub ba: String,
    /// The month, YYYY-MM
    #[arg(long, value_name = "YYYY-MM")]
    pub period: String,
}

pub fn run(ctx: &Ctx, cmd: BillingCommand) -> Result<Output> {
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    match cmd {
        BillingCommand::Create(a) => {
            let b = store.write(|tx| {
                billing::create(
                    tx,
                    &env,
                    &NewBillingAccount {
                        name: &a.name,
                        kind: a.kind.into(),
                        currency: &a.currency,
                        legal_name: a.details.legal_name.as_deref(),
                        address: a.details.address.as_deref(),
                        tax_id: a.details.tax_id.as_deref(),
                    },
                )
            })?;
            Ok(output::billing_account(&b))
        }
        BillingCommand::List => store.read(|tx| {
            let list = billing::list(tx, &env)?;
            Ok(output::billing_accounts(&list))
        }),
        BillingCommand::Show { ba } => store.read(|tx| {
            let b = billing::show(tx, &env, &ba)?;
            Ok(output::billing_account(&b))
        }),
        BillingCommand::Update(a) => {
            let (b, changed) = store.write(|tx| {
                let b = billing::resolve_billing_account(tx, &a.ba)?;
                billing::update(
                    tx,
                    &env,
                    &b,
                    &BillingChanges {
                        name: a.name.as_deref(),
                        legal_name: a.details.legal_name.as_deref(),
                        address: a.details.address.as_deref(),
                        tax_id: a.details.tax_id.as_deref(),
                        make_default: a.make_default,
                    },
                )
            })?;
            let out = output::billing_account(&b);
            Ok(if changed.is_empty() {
                out.warn(format!("billing account {:?} unchanged", b.name))
            } else {
                out
            })
        }
        BillingCommand::Delete { ba } => {
            let b = store.write(|tx| {
                let b = billing::resolve_billing_account(tx, &ba)?;
                billing::delete(tx, &env, &b)?;
                Ok(b)
            })?;
            let mut j = output::billing_json(&b);
            j["deleted"] = serde_json::json!(true);
            Ok(Output::new(
                j,
                output::Human::Text(format!("deleted billing account {:?}\n", b.name)),
                vec![b.id.to_string()],
            ))
        }
        BillingCommand::Topup(a) => {
            let amount = Amount::parse_positive(&a.amount, "a top-up's amount")?;
            if let Some(k) = &a.idempotency_key {
                usage::parse_idempotency_key(k)?;
            }
            let (t, b, replayed) = store.write(|tx| {
                let b = billing::resolve_billing_account(tx, &a.ba)?;
                billing::topup(tx, &env, &b, amount, a.idempotency_key.as_deref())
            })?;
            Ok(output::topup(&t, &b, replayed))
        }
        BillingCommand::Transfer(a) => {
            let amount = Amount::parse_positive(&a.amount, "a transfer's amount")?;
            if let Some(k) = &a.idempotency_key {
                usage::parse_idempotency_key(k)?;
            }
            let t = store.write(|tx| {
                crate::domain::spend::transfer(
                    tx,
                    &env,
                    &a.from,
                    &a.to,
                    amount,
                    a.idempotency_key.as_deref(),
                )
            })?;
            Ok(output::transfer(&t))
        }
        BillingCommand::Ledger { ba, period } => {
            let period = period.as_deref().map(Period::parse).transpose()?;
            store.read(|tx| {
                let b = billing::resolve_billing_account(tx, &ba)?;
                let entries = billing::ledger(tx, &env, &b, period)?;
                let names = crate::domain::usage::display_names(
                    tx,
                    entries.iter().filter_map(|e| e.target_id),
                )?;
                Ok(output::ledger(&entries, &b, &names))
            })
        }
        BillingCommand::Link { project, ba } => {
            let (node, b, changed) = store.write(|tx| {
                let b = billing::resolve_billing_account(tx, &ba)?;
                let (node, changed) = billing::link(tx, &env, &project, &b)?;
                Ok((node, b, changed))
            })?;
            Ok(output::linked(&node, &b, changed))
        }
    }
}

/// `balance`: what the caller may see of balances (R23).
pub fn balance(ctx: &Ctx) -> Result<Output> {
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    store.read(|tx| {
        let view = billing::balance_view(tx, &env)?;
        Ok(output::balance(&view))
    })
}

/// `invoice BA --period YYYY-MM`.
pub fn invoice(ctx: &Ctx, a: InvoiceArgs) -> Result<Output> {
    let period = Period::parse(&a.period)?;
    let (mut store, env) = ctx.open(OpenMode::Existing)?;
    store.read(|tx| {
        let b = billing::resolve_billing_account(tx, &a.ba)?;
        let inv = usage::invoice(tx, &env, &b, period)?;
        Ok(output::invoice(&inv))
    })
}
