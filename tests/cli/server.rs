//! PostgreSQL's counterparts of the file tests (R26, R27): a server that refuses writes, a
//! schema someone damaged, idempotency keys and the audit chain under many processes. In the
//! SQLite half the file tests in `store.rs` and `files.rs` stand for these.

use crate::common::Sandbox;

#[test]
fn r27_a_read_only_server_is_read_but_not_written() {
    let s = Sandbox::new();
    if s.sqlite() {
        return; // PostgreSQL only: store.rs tests a read-only file.
    }
    let url = format!("{}%20-c%20default_transaction_read_only%3Don", s.db_url());
    let before = s.fingerprint();
    let o = s.run(&["--db", &url, "tree"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    let o = s.run(&["--db", &url, "project", "create", "x"]);
    assert_eq!(o.code, 1, "{}", o.snap());
    o.says("read-only");
    o.says("hint: ");
    assert_eq!(before, s.fingerprint());
}

#[test]
fn r26_a_damaged_schema_is_a_clear_error_and_check_names_what_is_missing() {
    let s = Sandbox::new();
    if s.sqlite() {
        return; // PostgreSQL only: store.rs corrupts a file's pages.
    }
    s.sql().drop_trigger("audit_no_update", "audit");
    let o = s.run(&["check"]);
    assert_eq!(o.code, 7, "{}", o.snap());
    assert!(o.stdout.contains("audit_no_update"), "{}", o.snap());
    s.sql().execute_batch("DROP TABLE label").unwrap();
    let o = s.run(&["project", "list"]);
    assert_eq!(o.code, 1, "{}", o.snap());
    assert!(
        o.stderr.starts_with("error: store postgres://"),
        "{}",
        o.snap()
    );
}

#[test]
fn r10_r25_idempotency_keys_and_the_audit_chain_hold_across_processes() {
    let s = Sandbox::new();
    s.subproject_limited("default/c", "1000");
    // Twelve processes, each recording the same six keys: each key is charged once.
    let handles: Vec<_> = (0..12)
        .map(|_| {
            let cmds: Vec<_> = (0..6)
                .map(|k| {
                    let key = format!("key-{k}");
                    s.command(&[
                        "-q",
                        "usage",
                        "record",
                        "default/c",
                        "1.5",
                        "--idempotency-key",
                        &key,
                    ])
                })
                .collect();
            std::thread::spawn(move || {
                cmds.into_iter()
                    .map(|mut c| c.output().expect("run acctl").status.code())
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    for h in handles {
        assert!(h.join().unwrap().iter().all(|c| *c == Some(0)));
    }
    let sub = s.json(&["subproject", "show", "default/c"]);
    assert_eq!(sub["total_spent"], "9.00");
    assert_eq!(
        s.json(&["usage", "list", "default/c"])
            .as_array()
            .unwrap()
            .len(),
        6
    );
    s.ok(&["check"]);
    let verified = s.ok(&["audit", "verify"]);
    assert!(verified.starts_with("ok: "), "{verified}");
}
