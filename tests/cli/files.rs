//! Store files (R42, R26): links, modes, what an interrupted backup leaves, and an emptied
//! store. Links and modes are about the SQLite file on disk, so they run on SQLite alone (a
//! server keeps its own storage); backups are SQLite files on both backends.

use crate::common::Sandbox;
use crate::sqlite_only;
use std::os::unix::fs::PermissionsExt;

#[test]
fn r26_a_writer_that_waited_while_its_file_was_removed_writes_nothing_and_says_so() {
    let s = Sandbox::new();
    sqlite_only!(s, "a server's database is not a file");
    // Another process holds the write lock; a charge waits for it.
    let sql = s.sql();
    sql.execute_batch("BEGIN IMMEDIATE").unwrap();
    let waiting = s
        .process(&["usage", "record", "default", "1"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the charge starts");
    std::thread::sleep(std::time::Duration::from_millis(700));
    // The holder removes the file (as a failed store copy cleans up), then lets go.
    for suffix in ["", "-wal", "-shm"] {
        let mut p = s.db().into_os_string();
        p.push(suffix);
        let _ = std::fs::remove_file(p);
    }
    drop(sql);
    let out = waiting.wait_with_output().expect("the charge ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    // It would otherwise have written into the removed file and said it had recorded.
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("was removed or replaced while this command waited for it"),
        "{stderr}"
    );
}

#[test]
fn r42_a_store_reached_through_a_second_hard_link_is_refused_and_untouched() {
    let s = Sandbox::new();
    sqlite_only!(s, "a server's database has no links");
    let other = s.path("other.db");
    std::fs::hard_link(s.db(), &other).unwrap();
    let before = s.fingerprint();
    for db in [s.db(), other.clone()] {
        let o = s.run_with(&["usage", "record", "default", "1"], |c| {
            c.env("ACCTL_DB", &db);
        });
        assert_eq!(o.code, 1, "{}", o.snap());
        o.says("hard links");
        o.says("hint: ");
    }
    std::fs::remove_file(&other).unwrap();
    assert_eq!(before, s.fingerprint());
    s.ok(&["usage", "record", "default", "1"]);
}

#[test]
fn r42_stores_and_backups_are_readable_by_their_owner_alone() {
    let s = Sandbox::new();
    sqlite_only!(s, "the store file's mode");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&s.db()), 0o600);
    let backup = s.path("copy.db");
    s.ok(&["backup", backup.to_str().unwrap()]);
    assert_eq!(mode(&backup), 0o600);
}

#[test]
fn r42_a_backup_removes_what_an_interrupted_one_left_behind() {
    let s = Sandbox::new();
    // An interrupted backup's file: named so that a person sees what it is, by a dead process.
    let stale = s.path("nightly.db.acctl-backup-in-progress-4000000");
    std::fs::write(&stale, vec![0u8; 4096]).unwrap();
    let dest = s.path("nightly.db");
    s.ok(&["backup", dest.to_str().unwrap()]);
    assert!(!stale.exists(), "the stale temporary file is still there");
    assert!(dest.exists());
    let left: Vec<String> = std::fs::read_dir(s.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("acctl-backup"))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

#[test]
fn r26_a_store_with_its_schema_and_no_data_is_no_store_yet() {
    // What a first apply killed between creating the schema and committing leaves behind.
    let s = Sandbox::new();
    let conn = s.sql();
    conn.drop_trigger("audit_no_delete", "audit");
    conn.execute_batch(
        "DELETE FROM audit; DELETE FROM grant_; DELETE FROM label; \
         DELETE FROM node; DELETE FROM billing_account; DELETE FROM account;",
    )
    .unwrap();
    drop(conn);
    let o = s.run(&["tree"]);
    assert_eq!(o.code, 3, "{}", o.snap());
    assert!(
        o.stderr.starts_with("error: no acctl store "),
        "{}",
        o.snap()
    );
    o.says("hint: create one with: acctl init");
    s.ok(&["init", "--name", "Again"]);
    s.ok(&["tree"]);
}
