//! The store: creation, migrations, refusals of foreign, corrupt, newer and read-only files,
//! and the rules the store enforces by itself.

use crate::common::{Sandbox, Violation};
use crate::fixtures::assert_says;
use crate::sqlite_only;

#[test]
fn r01_a_command_on_a_missing_store_creates_no_file() {
    let s = Sandbox::empty();
    let o = s.run(&["project", "list"]);
    // The same refusal on both backends; PostgreSQL words the place "in the database".
    let snap = o.snap().replace(&s.db_url(), "[db]").replace(
        "no acctl store in the database [db]",
        "no acctl store at [db]",
    );
    insta::assert_snapshot!(snap, @r"
    exit: 3
    --- stderr
    error: no acctl store at [db]
    hint: create one with: acctl init --name NAME (or acctl apply -f FILE), or point --db at it
    ");
    assert!(!s.has_store());
}

#[test]
fn r04_the_store_itself_refuses_a_subproject_under_a_subproject() {
    let s = Sandbox::new();
    let sub = s.id(&["subproject", "create", "default", "acme"]);
    let before = s.fingerprint();
    let err = s
        .sql()
        .execute(
            "INSERT INTO node (id, parent_id, name, name_key, created_at) \
             VALUES ('11111111-1111-4111-8111-111111111111', ?1, 'deep', 'deep', 0)",
            &[&sub],
        )
        .unwrap_err();
    assert_eq!(err.violation, Violation::Raised, "{err}");
    assert!(err.to_string().contains("R04"), "{err}");
    assert_eq!(before, s.fingerprint());
}

#[test]
fn r03_the_store_itself_refuses_reparenting_and_billing_links_on_subprojects() {
    let s = Sandbox::with_project("other");
    let sub = s.id(&["subproject", "create", "default", "acme"]);
    let other = s.id(&["project", "show", "other"]);
    let conn = s.sql();
    let e = conn
        .execute(
            "UPDATE node SET parent_id = ?1 WHERE id = ?2",
            &[&other, &sub],
        )
        .unwrap_err();
    assert_eq!(e.violation, Violation::Raised, "{e}");
    assert!(e.to_string().contains("R03"), "{e}");
    let e = conn
        .execute(
            "UPDATE node SET billing_account_id = (SELECT id FROM billing_account) WHERE id = ?1",
            &[&sub],
        )
        .unwrap_err();
    assert_eq!(e.violation, Violation::Check, "{e}");
}

#[test]
fn r26_a_non_sqlite_file_is_refused_untouched() {
    let s = Sandbox::empty();
    sqlite_only!(s, "a file that is not a SQLite database");
    std::fs::write(s.db(), "this is not a database, just text\n".repeat(200)).unwrap();
    let before = std::fs::read(s.db()).unwrap();
    let o = s.run(&["project", "list"]);
    assert_eq!(o.code, 1, "{}", o.snap());
    assert_says(&o.stderr, "is not an SQLite database");
    assert!(
        o.stderr.contains(s.db().to_str().unwrap()),
        "names the file: {}",
        o.stderr
    );
    assert_eq!(before, std::fs::read(s.db()).unwrap());
    // init does not overwrite it either
    let o = s.run(&["init", "--name", "x"]);
    assert_eq!(o.code, 1, "{}", o.snap());
    assert_eq!(before, std::fs::read(s.db()).unwrap());
}

#[test]
fn r26_a_corrupt_store_is_a_clear_error() {
    let s = Sandbox::new();
    sqlite_only!(s, "scribbles over the file's pages");
    for i in 0..50 {
        s.ok(&["project", "create", &format!("p{i}")]);
    }
    rusqlite::Connection::open(s.db())
        .unwrap()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    let mut bytes = std::fs::read(s.db()).unwrap();
    // Keep the header, scribble over the pages.
    for b in bytes.iter_mut().skip(4096) {
        *b = 0x5a;
    }
    std::fs::write(s.db(), &bytes).unwrap();
    let o = s.run(&["project", "list"]);
    assert_eq!(o.code, 1, "{}", o.snap());
    assert!(o.stderr.starts_with("error: store "), "{}", o.stderr);
    assert!(
        o.stderr.contains("corrupt") || o.stderr.contains("malformed"),
        "{}",
        o.stderr
    );
    assert_eq!(bytes, std::fs::read(s.db()).unwrap());
}

#[test]
fn r26_another_database_is_not_an_acctl_store() {
    let s = Sandbox::empty();
    if s.sqlite() {
        rusqlite::Connection::open(s.db())
            .unwrap()
            .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
    } else {
        // A schema that holds someone else's table of one of acctl's names.
        s.sql()
            .execute_batch("CREATE TABLE account (x BIGINT); INSERT INTO account VALUES (1);")
            .unwrap();
    }
    let before = s.fingerprint();
    let o = s.run(&["project", "list"]);
    assert_eq!(o.code, 1, "{}", o.snap());
    assert!(o.stderr.contains("is not an acctl store"), "{}", o.stderr);
    let o = s.run(&["init", "--name", "x"]);
    assert_eq!(o.code, 1, "{}", o.snap());
    assert_eq!(before, s.fingerprint());
}

/// PostgreSQL's counterpart of a missing or unusable file: a URL whose database or schema does
/// not exist is exit 1 naming it, and nothing is created (acctl never creates either).
#[test]
fn r27_a_database_or_schema_that_does_not_exist_is_a_clear_error() {
    let s = Sandbox::empty();
    if s.sqlite() {
        return; // PostgreSQL only: the SQLite counterparts are the file tests above.
    }
    let url = s.db_url();
    let (server, query) = url.split_once('?').unwrap();
    let (server, _) = server.rsplit_once('/').unwrap();
    let no_db = format!("{server}/acctl_no_such_db?{query}");
    let o = s.run(&["--db", &no_db, "init", "--name", "x"]);
    assert_eq!(o.code, 1, "{}", o.snap());
    o.says("acctl_no_such_db");
    o.says("createdb");
    let no_schema = url.replace("search_path%3Dt_", "search_path%3Dmissing_t_");
    let o = s.run(&["--db", &no_schema, "init", "--name", "x"]);
    assert_eq!(o.code, 1, "{}", o.snap());
    o.says("no schema to hold a store");
    assert!(!s.has_store());
}

#[test]
fn r26_a_store_from_a_newer_acctl_is_refused_untouched() {
    let s = Sandbox::new();
    // SQLite keeps the schema version in the file's header, PostgreSQL in acctl_meta.
    s.sql()
        .execute_batch(if s.sqlite() {
            "PRAGMA user_version = 999"
        } else {
            "UPDATE acctl_meta SET schema_version = 999"
        })
        .unwrap();
    let before = s.fingerprint();
    let o = s.run(&["project", "create", "x"]);
    assert_eq!(o.code, 1, "{}", o.snap());
    assert!(
        o.stderr
            .contains("written by a newer acctl (schema version 999"),
        "{}",
        o.stderr
    );
    assert!(o.stderr.contains("hint: upgrade acctl"), "{}", o.stderr);
    assert_eq!(before, s.fingerprint());
}

#[test]
fn r26_a_read_only_store_is_read_but_not_written() {
    use std::os::unix::fs::PermissionsExt;
    let s = Sandbox::new();
    sqlite_only!(s, "the store file's mode");
    s.sql()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    let before = s.fingerprint();
    std::fs::set_permissions(s.db(), std::fs::Permissions::from_mode(0o444)).unwrap();
    let o = s.run(&["project", "list"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    let o = s.run(&["project", "create", "x"]);
    assert_eq!(o.code, 1, "{}", o.snap());
    assert!(o.stderr.contains("read-only"), "{}", o.stderr);
    assert!(o.stderr.contains(s.db().to_str().unwrap()), "{}", o.stderr);
    std::fs::set_permissions(s.db(), std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(before, s.fingerprint());
}

#[test]
fn a_directory_as_store_path_is_a_clear_error() {
    let s = Sandbox::empty();
    sqlite_only!(s, "a directory where the store file goes");
    std::fs::create_dir(s.db()).unwrap();
    let o = s.run(&["project", "list"]);
    assert_eq!(o.code, 1, "{}", o.snap());
    assert!(o.stderr.contains("it is a directory"), "{}", o.stderr);
}

#[test]
fn a_bad_acctl_now_is_refused_before_the_store_is_touched() {
    let mut s = Sandbox::new();
    let before = s.fingerprint();
    s.now = "next tuesday".into();
    let o = s.refused(&["project", "create", "x"], 2);
    assert_says(&o.stderr, "ACCTL_NOW is not an RFC 3339 time");
    assert_eq!(before, s.fingerprint());
}

#[test]
fn the_store_uses_wal_and_the_current_schema() {
    let s = Sandbox::new();
    if !s.sqlite() {
        // PostgreSQL: the version in acctl_meta, and no 32-bit integer column anywhere.
        let sql = s.sql();
        assert!(sql.query_i64("SELECT schema_version FROM acctl_meta") >= 1);
        assert_eq!(
            sql.query_string("SELECT application FROM acctl_meta"),
            "acctl"
        );
        let narrow = sql.query_strings(
            "SELECT table_name || '.' || column_name FROM information_schema.columns \
             WHERE table_schema = current_schema() AND data_type IN ('integer', 'smallint')",
        );
        assert!(narrow.is_empty(), "not BIGINT: {narrow:?}");
        return;
    }
    let conn = rusqlite::Connection::open(s.db()).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let v: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert!(v >= 1);
    let strict: i64 = conn
        .query_row(
            "SELECT count(*) FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' AND strict = 0",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(strict, 0, "every table is STRICT");
}

#[test]
fn config_file_sets_output_and_an_invalid_one_names_file_and_line() {
    let s = Sandbox::new();
    s.write("config.toml", "output = \"json\"\n");
    let v: serde_json::Value = serde_json::from_str(&s.ok(&["project", "list"])).unwrap();
    assert!(v.is_array());
    s.write("config.toml", "output = \"json\"\nsurprise = 1\n");
    let o = s.run(&["project", "list"]);
    assert_eq!(o.code, 2, "{}", o.snap());
    assert!(o.stderr.contains("config.toml:2:1"), "{}", o.stderr);
    // An explicitly named config file must exist.
    let o = s.run(&["--config", "/nonexistent/acctl.toml", "project", "list"]);
    assert_eq!(o.code, 3, "{}", o.snap());
    assert!(o.stderr.contains("/nonexistent/acctl.toml"), "{}", o.stderr);
}

#[test]
fn completions_and_config_path_answer_even_when_the_config_file_is_malformed() {
    let s = Sandbox::empty();
    s.write("config.toml", "db = \"/x\n");
    // A shell sourcing the completions at start-up gets them, not an error.
    let o = s.run(&["completions", "bash"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert!(o.stdout.contains("_acctl()"), "{}", o.snap());
    // Where the file is, the first thing wanted to mend it.
    let o = s.run(&["config", "path"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert_eq!(o.stdout.trim(), s.path("config.toml").display().to_string());
    // What reads the settings says what is wrong with the file.
    let o = s.run(&["config", "show"]);
    assert_eq!(o.code, 2, "{}", o.snap());
    o.says_first("error: invalid config file");
    // The script is printed as it is whatever -o or -q say: it is sourced, not read.
    let script = s.ok(&["completions", "bash"]);
    assert_eq!(s.ok(&["-q", "completions", "bash"]), script);
    assert_eq!(s.ok(&["-o", "json", "completions", "bash"]), script);
    // Nor does a store or credential they do not use fail them (a key file is not read).
    for (var, value) in [("ACCTL_DB", "postgres:x"), ("ACCTL_KEY", "ak_x.y")] {
        let o = s.run_with(&["--as", "ann@example.com", "completions", "bash"], |c| {
            c.env(var, value);
        });
        assert_eq!(o.code, 0, "{var}: {}", o.snap());
        assert_eq!(o.stdout, script);
    }
    // `config path` answers in the file's own output format when the file can be read.
    s.write("config.toml", "output = \"json\"\n");
    let v: serde_json::Value = serde_json::from_str(&s.ok(&["config", "path"])).unwrap();
    assert_eq!(v["path"], s.path("config.toml").display().to_string());
}

#[test]
fn config_path_and_show_never_open_the_store() {
    let s = Sandbox::empty();
    let out = s.ok(&["config", "path"]);
    assert!(out.trim().ends_with("config.toml"));
    let v = s.json(&["config", "show"]);
    assert_eq!(v["db"], s.db_url());
    assert_eq!(v["output"], "json");
    assert!(s.ok(&["config", "show"]).contains("table"));
    assert!(!s.has_store());
    // Where each setting comes from: the sandbox sets the store and the config file through
    // the environment, the output on the command line; the currency is the default, until the
    // config file names one.
    assert_eq!(
        v["sources"],
        serde_json::json!({
            "config": "ACCTL_CONFIG", "db": "ACCTL_DB", "output": "--output", "currency": "default"
        })
    );
    s.write("config.toml", "currency = \"EUR\"\n");
    let v = s.json(&["config", "show"]);
    assert_eq!(v["sources"]["currency"], "config file");
    assert!(
        s.ok(&["config", "show"])
            .contains("EUR  (from config file)"),
        "the table names each source"
    );
}

#[test]
fn a_broken_pipe_is_not_an_error() {
    let s = Sandbox::new();
    // Enough projects, each with a charge, that a listing or a report outgrows the pipe's
    // buffer.
    let conn = s.sql();
    let ba = conn.query_string("SELECT id FROM billing_account");
    conn.execute_batch("BEGIN").unwrap();
    for i in 0..3000 {
        let node = uuid::Uuid::new_v4().to_string();
        conn.execute(
            "INSERT INTO node (id, name, name_key, billing_account_id, created_at) \
             VALUES (?1, ?2, ?2, ?3, 0)",
            &[&node, &format!("p{i:04}"), &ba],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO charge (id, node_id, billing_account_id, amount, created_at) \
             VALUES (?1, ?2, ?3, 1000000, 0)",
            &[&uuid::Uuid::new_v4().to_string(), &node, &ba],
        )
        .unwrap();
        // The month's roll-up, as recording the charge keeps it (R13).
        conn.execute(
            "INSERT INTO charge_month \
             (month, billing_account_id, node_id, product, quantity, units, micros, charges) \
             VALUES (0, ?2, ?1, '', 0, 1, 0, 1)",
            &[&node, &ba],
        )
        .unwrap();
    }
    conn.execute_batch("COMMIT").unwrap();
    drop(conn);
    let bin = assert_cmd::cargo::cargo_bin("acctl");
    // The usage report streams its rows: its CSV writer too must take a closed pipe as the end.
    for args in [
        "project list",
        "usage report",
        "-o csv usage report",
        "-o json usage report",
        // Export streams the manifest while it reads the store.
        "export",
        "-o json export",
    ] {
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!(
                "set -o pipefail; '{}' {args} | head -1",
                bin.display()
            ))
            .env_clear()
            .env("ACCTL_DB", s.db_url())
            .env("ACCTL_CONFIG", s.path("config.toml"))
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "{args}: exit {:?}: {stderr}",
            out.status
        );
        assert!(stderr.is_empty(), "{args}: {stderr}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).lines().count(),
            1,
            "{args}"
        );
    }
}

#[test]
fn r26_r24_an_answer_keeps_its_exit_code_when_its_reader_has_gone() {
    let s = Sandbox::new();
    // A check that finds a problem (exit 7), and a denied access check (exit 5), each
    // writing to a pipe whose reader is already closed: the answer stands.
    s.tamper("UPDATE node SET total_spent = total_spent + 1");
    s.ok(&["user", "add", "viewer@example.com"]);
    for (args, code) in [
        (&["check"][..], 7),
        (
            &[
                "access",
                "check",
                "--user",
                "viewer@example.com",
                "--on",
                "default",
                "--action",
                "billing.manage",
            ][..],
            5,
        ),
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("acctl"))
            .args(args)
            .env_clear()
            .env("ACCTL_DB", s.db_url())
            .env("ACCTL_CONFIG", s.path("config.toml"))
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .stdout(writer)
            .output()
            .expect("run acctl");
        assert_eq!(out.status.code(), Some(code), "{args:?}: {out:?}");
        assert!(out.stderr.is_empty(), "{args:?}: {out:?}");
    }
}
