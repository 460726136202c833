//! Integration tests: one binary driving the real `acctl` executable.

mod access;
mod check;
mod common;
mod completions;
mod hierarchy;
mod resources;
mod store;
