//! Integration tests on the SQLite backend: one binary driving the real `acctl` executable.
//! `tests/cli_pg/main.rs` runs the same modules on PostgreSQL.

/// The store every test of this binary runs on.
pub const BACKEND: common::Backend = common::Backend::Sqlite;

mod access;
mod apply;
mod apply_scale;
mod billing;
mod check;
mod common;
mod completions;
mod concurrency;
mod copy;
mod csv_output;
mod daytwo;
mod files;
mod fixtures;
mod hardening;
mod hardening2;
mod harness;
mod hierarchy;
mod hints;
mod import_scale;
mod list_filters;
mod man;
mod pg;
mod pg_auth;
mod pg_locks;
mod repair;
mod report_scale;
mod reports;
mod resources;
mod server;
mod spend;
mod store;
mod stress;
mod team;
mod usage;
