//! Integration tests: one binary driving the real `acctl` executable.

mod billing;
mod common;
mod completions;
mod concurrency;
mod hierarchy;
mod store;
mod usage;
