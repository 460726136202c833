//! The integration tests of `tests/cli` again, every one on PostgreSQL: each sandbox's store is
//! a schema of its own on the server named by `ACCTL_TEST_PG`, or on a throwaway cluster the
//! tests start (and stop) themselves. Without PostgreSQL's server programs and without
//! `ACCTL_TEST_PG`, every test here fails, saying what to install.

//! TODO(pg counterparts): tests that run on SQLite alone (`sqlite_only!`) and what their
//! PostgreSQL counterpart could prove; each needs a decision on the backend's behaviour first.
//! - access::r21_verifying_a_key_is_one_indexed_lookup_not_a_scan: `EXPLAIN` of the key lookup
//!   shows an Index Scan on key_secret_pkey (with enough rows, or `enable_seqscan = off`:
//!   the planner prefers a sequential scan on a tiny table).
//! - store::r26_a_read_only_store_is_read_but_not_written: a role granted SELECT only, or
//!   `?options=-c%20default_transaction_read_only%3Don`: reads exit 0, writes exit 1 with a
//!   clear message, nothing changed (the wording is the backend's to choose).
//! - store::r26_a_corrupt_store_is_a_clear_error: a schema with one of acctl's tables dropped,
//!   or a column missing, is exit 1 naming the schema, untouched.
//! - stress::r26_a_full_disk_is_a_clear_error_and_loses_nothing: a server out of space (a
//!   tablespace on a tiny filesystem, or `temp_file_limit` for what spills): exit 1, nothing lost.
//! - A writer that waits longer than `lock_timeout` for the `acctl_meta` row (held by a test
//!   session's `SELECT ... FOR UPDATE`) is exit 1 with a clear message and changes nothing: the
//!   counterpart of SQLite's busy timeout.
//! - store::r26_a_non_sqlite_file_is_refused_untouched, a_directory_as_store_path_is_a_clear_error,
//!   files::r42_* (hard links, modes): nothing to mirror, a server keeps its own storage;
//!   store::r27_a_database_or_schema_that_does_not_exist_is_a_clear_error covers the URL side.

/// The store every test of this binary runs on.
pub const BACKEND: common::Backend = common::Backend::Postgres;

#[path = "../cli/access.rs"]
mod access;
#[path = "../cli/apply.rs"]
mod apply;
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
#[path = "../cli/files.rs"]
mod files;
#[path = "../cli/hardening.rs"]
mod hardening;
#[path = "../cli/harness.rs"]
mod harness;
#[path = "../cli/hierarchy.rs"]
mod hierarchy;
#[path = "../cli/list_filters.rs"]
mod list_filters;
#[path = "../cli/man.rs"]
mod man;
#[path = "../cli/pg.rs"]
mod pg;
#[path = "../cli/reports.rs"]
mod reports;
#[path = "../cli/resources.rs"]
mod resources;
#[path = "../cli/store.rs"]
mod store;
#[path = "../cli/stress.rs"]
mod stress;
#[path = "../cli/team.rs"]
mod team;
#[path = "../cli/usage.rs"]
mod usage;
