//! Integration tests: one binary driving the real `acctl` executable.

mod access;
mod apply;
mod billing;
mod check;
mod common;
mod completions;
mod concurrency;
mod files;
mod hierarchy;
mod resources;
mod spend;
mod store;
mod stress;
mod team;
mod usage;
