//! The PostgreSQL counterparts of two SQLite file tests: verifying a key is one indexed lookup
//! (R21), and a writer that cannot get the store's write lock in time fails cleanly, changing
//! nothing, while readers never wait (R26). Skipped on SQLite, whose own tests cover both.
//! And a PostgreSQL-only one: an import's lookups stay indexed as it fills a vacuumed table.

use crate::common::Sandbox;
use crate::pg;
use std::time::{Duration, Instant};

/// On PostgreSQL only: a store with project `p`, and a connection of our own to it.
fn pg_with_project(why: &str) -> Option<(Sandbox, postgres::Client)> {
    let s = Sandbox::new();
    if s.sqlite() {
        eprintln!("skipped on SQLite: {why}");
        return None;
    }
    s.ok(&["project", "create", "p"]);
    let c = pg::connect(&s.db_url());
    Some((s, c))
}

#[test]
fn r21_verifying_a_key_can_use_the_secret_hash_index_on_postgres() {
    let Some((s, mut c)) = pg_with_project("SQLite's plan is checked in access.rs") else {
        return;
    };
    s.issue_key("p");
    // A handful of rows make a sequential scan the cheaper plan; forbidding it shows whether
    // an index can answer the lookup at all (without one the plan stays a Seq Scan).
    c.batch_execute("SET enable_seqscan = off").unwrap();
    let plan: Vec<String> = c
        .query(
            "EXPLAIN SELECT key_id, ends_at FROM key_secret WHERE hash = $1",
            &[&vec![0u8; 32]],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let text = plan.join("\n");
    assert!(text.contains("Index"), "{text}");
    assert!(!text.contains("Seq Scan"), "{text}");
}

#[test]
fn r26_a_writer_that_waits_past_the_lock_timeout_fails_cleanly_and_readers_never_wait() {
    let Some((s, mut holder)) =
        pg_with_project("the busy timeout of a file lock is a SQLite matter")
    else {
        return;
    };
    // Another process holds the write lock: the row every writer locks first.
    let mut tx = holder.transaction().unwrap();
    tx.query("SELECT 1 FROM acctl_meta FOR UPDATE", &[])
        .unwrap();
    let before = s.fingerprint();
    // A second's lock timeout in the URL's own options, instead of the default 30 s.
    let url = format!("{}%20-c%20lock_timeout%3D1s", s.db_url());
    let started = Instant::now();
    let o = s.run_with(&["project", "create", "q"], |c| {
        c.env("ACCTL_DB", &url);
    });
    let took = started.elapsed();
    assert_eq!(o.code, 1, "{}", o.snap());
    o.says_first("error: store postgres://");
    o.says("the store stayed locked by another process for longer than the lock timeout");
    o.says("hint: another acctl is writing");
    assert!(took < Duration::from_secs(20), "took {took:?}");
    // Readers do not wait for writers.
    let list = s.json(&["project", "list"]);
    assert_eq!(list.as_array().map(Vec::len), Some(2), "{list}");
    assert_eq!(
        before,
        s.fingerprint(),
        "the refused writer changed the store"
    );
    // Once the lock is let go, the same command goes through.
    tx.rollback().unwrap();
    s.ok(&["project", "create", "q"]);
}

/// How many sequential and index scans PostgreSQL has counted on `charge`, once the statistics
/// of the last finished session include an index scan more than `after` (acctl's session
/// reports its counts as it ends).
fn charge_scans(c: &mut postgres::Client, after: i64) -> (i64, i64) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        c.batch_execute("SELECT pg_stat_clear_snapshot()").unwrap();
        let row = c
            .query_one(
                "SELECT coalesce(seq_scan, 0), coalesce(idx_scan, 0) FROM pg_stat_user_tables \
                 WHERE relname = 'charge' AND schemaname = current_schema()",
                &[],
            )
            .unwrap();
        let (seq, idx): (i64, i64) = (row.get(0), row.get(1));
        if idx > after || Instant::now() > deadline {
            return (seq, idx);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn r26_an_import_into_a_vacuumed_store_looks_its_keys_up_by_index_on_postgres() {
    let Some((s, mut c)) = pg_with_project("SQLite's plans do not change as a table grows") else {
        return;
    };
    // Autovacuum has seen charge empty: a plan cached early in the import (a sequential scan
    // of the few rows written so far) would be kept as the table grows, and every later
    // lookup of a chunk's idempotency keys would read the whole table.
    c.batch_execute("VACUUM ANALYZE charge").unwrap();
    let (seq_before, idx_before) = charge_scans(&mut c, -1);
    // Three chunks of lines, each with its own key.
    let mut csv = String::from("target,amount,idempotency_key\n");
    for i in 0..20_000 {
        csv.push_str(&format!("p,0.01,k-{i}\n"));
    }
    s.write("usage.csv", csv);
    s.ok(&["usage", "import", "usage.csv"]);
    let (seq, idx) = charge_scans(&mut c, idx_before);
    assert!(idx > idx_before, "no index scan of charge was counted");
    assert_eq!(seq, seq_before, "the import read charge sequentially");
}
