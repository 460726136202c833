//! The integration tests of `tests/cli` again, every one on PostgreSQL: each sandbox's store is
//! a schema of its own on the server named by `ACCTL_TEST_PG`, or on a throwaway cluster the
//! tests start (and stop) themselves. Without PostgreSQL's server programs and without
//! `ACCTL_TEST_PG`, every test here fails, saying what to install.

//! Tests that run on SQLite alone (`sqlite_only!`) and their PostgreSQL counterparts:
//! - a read-only store, a corrupt store: `server.rs` (a read-only server, a damaged schema);
//! - a missing file or directory: `store.rs`'s database or schema that does not exist;
//! - hard links, file modes, a non-SQLite file: nothing to mirror, a server keeps its own
//!   storage;
//! - the key lookup's index scan and a writer waiting past the lock timeout: `pg_locks.rs`;
//! - not mirrored: a server out of disk space (a server's storage is not the tests' to fill).

/// The store every test of this binary runs on.
pub const BACKEND: common::Backend = common::Backend::Postgres;

#[path = "../cli/access.rs"]
mod access;
#[path = "../cli/apply.rs"]
mod apply;
#[path = "../cli/apply_scale.rs"]
mod apply_scale;
#[path = "../cli/billing.rs"]
mod billing;
#[path = "../cli/check.rs"]
mod check;
#[path = "../cli/common.rs"]
mod common;
#[path = "../cli/completions.rs"]
mod completions;
#[path = "../cli/concurrency.rs"]
mod concurrency;
#[path = "../cli/copy.rs"]
mod copy;
#[path = "../cli/csv_output.rs"]
mod csv_output;
#[path = "../cli/daytwo.rs"]
mod daytwo;
#[path = "../cli/files.rs"]
mod files;
#[path = "../cli/fixtures.rs"]
mod fixtures;
#[path = "../cli/hardening.rs"]
mod hardening;
#[path = "../cli/hardening2.rs"]
mod hardening2;
#[path = "../cli/harness.rs"]
mod harness;
#[path = "../cli/hierarchy.rs"]
mod hierarchy;
#[path = "../cli/hints.rs"]
mod hints;
#[path = "../cli/import_scale.rs"]
mod import_scale;
#[path = "../cli/list_filters.rs"]
mod list_filters;
#[path = "../cli/man.rs"]
mod man;
#[path = "../cli/pg.rs"]
mod pg;
#[path = "../cli/pg_auth.rs"]
mod pg_auth;
#[path = "../cli/pg_locks.rs"]
mod pg_locks;
#[path = "../cli/repair.rs"]
mod repair;
#[path = "../cli/report_scale.rs"]
mod report_scale;
#[path = "../cli/reports.rs"]
mod reports;
#[path = "../cli/resources.rs"]
mod resources;
#[path = "../cli/server.rs"]
mod server;
#[path = "../cli/spend.rs"]
mod spend;
#[path = "../cli/store.rs"]
mod store;
#[path = "../cli/stress.rs"]
mod stress;
#[path = "../cli/team.rs"]
mod team;
#[path = "../cli/usage.rs"]
mod usage;
