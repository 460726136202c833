//! Integration tests: one binary driving the real `acctl` executable.

mod access;
mod apply;
mod billing;
mod check;
mod common;
mod completions;
mod concurrency;
mod files;
mod hardening;
mod hierarchy;
mod resources;
mod store;
mod stress;
mod team;
mod usage;
