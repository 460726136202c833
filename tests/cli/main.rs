//! Integration tests: one binary driving the real `acctl` executable.

mod access;
mod apply;
mod billing;
mod check;
mod common;
mod completions;
mod concurrency;
mod csv_output;
mod files;
mod hardening;
mod hierarchy;
mod list_filters;
mod man;
mod reports;
mod resources;
mod store;
mod stress;
mod team;
mod usage;
