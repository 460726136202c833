//! The harness itself, on each backend: a sandbox's store is its own, raw SQL reads and writes
//! it the same way on both, and the fingerprint that refusal tests rely on sees every change.

use crate::common::{dollar_params, Sandbox, Violation};

#[test]
fn harness_each_sandbox_has_a_store_of_its_own() {
    let empty = Sandbox::empty();
    assert!(!empty.has_store());
    assert_eq!(empty.fingerprint(), "<no store>");
    let a = Sandbox::new();
    let b = Sandbox::new();
    assert!(a.has_store() && b.has_store());
    assert_ne!(a.db_url(), b.db_url());
    a.ok(&["project", "create", "only-in-a"]);
    assert_eq!(a.sql().query_i64("SELECT count(*) FROM node"), 2);
    assert_eq!(b.sql().query_i64("SELECT count(*) FROM node"), 1);
    b.refused(&["project", "show", "only-in-a"], 3);
}

#[test]
fn harness_sql_reads_and_writes_alike_on_both_backends() {
    let s = Sandbox::new();
    let sql = s.sql();
    assert_eq!(sql.query_string("SELECT name FROM account"), "Acme");
    assert_eq!(sql.query_i64("SELECT count(*) FROM \"user\""), 0);
    // sum(BIGINT) is NUMERIC on PostgreSQL: read as an integer all the same.
    assert_eq!(sql.query_i64("SELECT sum(total_spent) FROM node"), 0);
    assert_eq!(sql.query_opt_i64("SELECT credit_limit FROM node"), None);
    assert_eq!(sql.query_opt_string("SELECT external_id FROM node"), None);
    let n = sql
        .execute(
            "UPDATE node SET total_spent = total_spent + 7 WHERE name = ?1 AND name_key = ?2",
            &["default", "default"],
        )
        .unwrap();
    assert_eq!(n, 1);
    assert_eq!(
        sql.query_i64s("SELECT count(*), sum(total_spent), max(total_spent) FROM node"),
        [1, 7, 7]
    );
    assert_eq!(
        sql.query_rows("SELECT name, external_id, '?1' FROM node"),
        [vec![Some("default".into()), None, Some("?1".into())]]
    );
    assert_eq!(
        sql.query_strings("SELECT name FROM node ORDER BY name"),
        ["default"]
    );
    // Refusals are named the same way on both backends.
    let e = sql
        .execute("UPDATE node SET total_spent = -1", &[])
        .unwrap_err();
    assert_eq!(e.violation, Violation::Check, "{e}");
    let e = sql
        .execute(
            "INSERT INTO account (id, name, created_at) VALUES ('x', 'Other', 0)",
            &[],
        )
        .unwrap_err();
    assert_eq!(e.violation, Violation::Unique, "{e}");
    let e = sql
        .execute("DELETE FROM audit WHERE seq = 1", &[])
        .unwrap_err();
    assert_eq!(e.violation, Violation::Raised, "{e}");
    assert!(e.message.contains("R25"), "{e}");
    sql.execute_batch("UPDATE node SET total_spent = 0; UPDATE node SET total_spent = 0")
        .unwrap();
}

#[test]
fn harness_the_fingerprint_sees_every_change_and_skips_what_it_is_told() {
    let s = Sandbox::new();
    let before = s.fingerprint();
    assert!(before.contains("# node\n") && before.contains("# audit\n"));
    assert!(before.contains("Acme"), "{before}");
    assert_eq!(before, s.fingerprint());
    let sql = s.sql();
    sql.execute("UPDATE node SET total_spent = total_spent + 1", &[])
        .unwrap();
    let changed = s.fingerprint();
    assert_ne!(before, changed);
    // NULL and empty text are told apart.
    sql.execute("UPDATE node SET external_id = NULL", &[])
        .unwrap();
    sql.execute("UPDATE billing_account SET tax_id = ''", &[])
        .unwrap();
    assert_ne!(changed, s.fingerprint());
    // A new audit entry is skipped by fingerprint_where(Some("audit")) alone.
    let no_audit = s.fingerprint_where(Some("audit"));
    let all = s.fingerprint();
    sql.execute(
        "INSERT INTO audit (seq, at, actor, action, target, outcome, prev_hash, hash) \
         VALUES (1000, 0, 'test', 'test', 'test', 'ok', 'x', 'y')",
        &[],
    )
    .unwrap();
    assert_eq!(no_audit, s.fingerprint_where(Some("audit")));
    assert_ne!(all, s.fingerprint());
}

#[test]
fn harness_parameters_are_rewritten_outside_quotes_only() {
    assert_eq!(
        dollar_params(r#"SELECT ?1, '?2', "?3", ?12, ? FROM t WHERE a = ?2"#),
        r#"SELECT $1, '?2', "?3", $12, ? FROM t WHERE a = $2"#
    );
}

#[test]
fn harness_postgres_schemas_are_per_sandbox_and_the_cluster_start_is_timed() {
    let s = Sandbox::new();
    if s.sqlite() {
        return; // PostgreSQL only: the server and its schemas.
    }
    let url = s.db_url();
    assert!(url.starts_with("postgres://"), "{url}");
    let schema = s.sql().query_string("SELECT current_schema()::text");
    assert!(url.ends_with(&format!("search_path%3D{schema}")), "{url}");
    assert!(schema.starts_with("t_"), "{schema}");
    let tables = s.sql().query_strings(
        "SELECT table_name::text FROM information_schema.tables \
         WHERE table_schema = current_schema() ORDER BY 1",
    );
    for t in ["account", "audit", "node", "user"] {
        assert!(tables.iter().any(|x| x == t), "{t} missing from {tables:?}");
    }
    eprintln!(
        "the PostgreSQL server was ready in {:?}",
        crate::pg::server().started_in
    );
}

/// Both test binaries compile the same modules, so that every test runs on both backends.
#[test]
fn harness_both_test_binaries_list_the_same_modules() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let modules = |file: &str| -> Vec<String> {
        std::fs::read_to_string(root.join(file))
            .unwrap()
            .lines()
            .filter_map(|l| l.strip_prefix("mod "))
            .map(|m| m.trim_end_matches(';').to_string())
            .collect()
    };
    let sqlite = modules("cli/main.rs");
    assert!(sqlite.len() > 10, "{sqlite:?}");
    assert_eq!(sqlite, modules("cli_pg/main.rs"), "add the module to both");
}
