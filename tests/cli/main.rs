//! Integration tests: one binary driving the real `acctl` executable.

mod access;
mod common;
mod completions;
mod hierarchy;
mod store;
