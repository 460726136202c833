//! R26: `check` finds every broken invariant, and `backup` takes a consistent copy.

use crate::common::Sandbox;
use serde_json::Value;

/// A store with some of everything: projects, subprojects (one deleted), resources.
fn store() -> Sandbox {
    let s = Sandbox::with_subproject("prod/acme", Some("100"));
    s.subproject("prod/old");
    s.ok(&["subproject", "delete", "prod/old"]);
    s.resource("prod/acme", "number", "+46701234567");
    s.resource("prod", "webhook", "https://h.example/x");
    s
}

fn id_of(s: &Sandbox, sql: &str) -> String {
    s.sql().query_string(sql)
}

/// Run `check` as JSON, expect exit 7, and return the problems as `check: detail` lines.
fn problems(s: &Sandbox) -> Vec<String> {
    let o = s.run(&["-o", "json", "check"]);
    assert_eq!(o.code, 7, "{}", o.snap());
    let v = o.json();
    assert_eq!(v["ok"], false);
    v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            format!(
                "{}: {}",
                p["check"].as_str().unwrap(),
                p["detail"].as_str().unwrap()
            )
        })
        .collect()
}

fn has(problems: &[String], wanted: &str) {
    assert!(
        problems.iter().any(|p| p.contains(wanted)),
        "no problem says {wanted:?}: {problems:#?}"
    );
}

#[test]
fn r26_a_clean_store_passes() {
    let s = store();
    let before = s.fingerprint();
    let o = s.run(&["check"]);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 0
    --- stdout
    ok: 21 checks passed, no problem found
    ");
    let v = s.json(&["check"]);
    assert_eq!(v["ok"], true);
    assert_eq!(v["problems"], Value::Array(vec![]));
    assert_eq!(before, s.fingerprint(), "check changed the store");
}

#[test]
fn r26_a_wrong_total_spent_is_reported() {
    let s = store();
    s.sql()
        .execute(
            "UPDATE node SET total_spent = 2500000 WHERE name = 'acme'",
            &[],
        )
        .unwrap();
    let o = s.run(&["check"]);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 7
    --- stdout
    total_spent: prod/acme: total spent is 2.50 EUR but its charges sum to 0.00 EUR (R26)
    1 problem found
    ");
}

#[test]
fn r26_a_wrong_prepaid_balance_is_reported() {
    let s = Sandbox::empty();
    s.ok_line("init --name Acme --currency EUR --billing prepaid");
    assert_eq!(s.run(&["check"]).code, 0);
    s.sql()
        .execute("UPDATE billing_account SET balance = 7000000", &[])
        .unwrap();
    let p = problems(&s);
    assert_eq!(
        p,
        [
            r#"balance: billing account "default": balance is 7.00 EUR but top-ups 0.00 EUR minus charges 0.00 EUR is 0.00 EUR (R26)"#
        ]
    );
    // A charge recorded without lowering the balance is caught too.
    let project = id_of(&s, "SELECT id FROM node");
    let conn = s.sql();
    conn.execute("UPDATE billing_account SET balance = 0", &[])
        .unwrap();
    conn.execute(
        "INSERT INTO topup (id, billing_account_id, amount, created_at) \
         SELECT 't1', id, 10000000, 0 FROM billing_account",
        &[],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO charge (id, node_id, billing_account_id, amount, created_at) \
         SELECT 'c1', ?1, id, 3000000, 0 FROM billing_account",
        &[&project],
    )
    .unwrap();
    let p = problems(&s);
    has(
        &p,
        "balance is 0.00 EUR but top-ups 10.00 EUR minus charges 3.00 EUR is 7.00 EUR",
    );
    has(
        &p,
        "total_spent: default: total spent is 0.00 EUR but its charges sum to 3.00 EUR",
    );
}

#[test]
fn r26_a_charge_in_another_currency_is_reported() {
    let s = store();
    let conn = s.sql();
    conn.execute(
        "INSERT INTO billing_account (id, name, name_key, kind, currency, created_at) \
         VALUES ('55555555-5555-4555-8555-555555555555', 'usd', 'usd', 'postpaid', 'USD', 0)",
        &[],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO charge (id, node_id, billing_account_id, amount, created_at) \
         SELECT 'c1', id, '55555555-5555-4555-8555-555555555555', 1000000, 0 FROM node \
         WHERE name = 'acme'",
        &[],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO charge_month \
         (month, billing_account_id, node_id, product, quantity, units, micros, charges) \
         SELECT 0, '55555555-5555-4555-8555-555555555555', id, '', 0, 1, 0, 1 FROM node \
         WHERE name = 'acme'",
        &[],
    )
    .unwrap();
    conn.execute(
        "UPDATE node SET total_spent = 1000000 WHERE name = 'acme'",
        &[],
    )
    .unwrap();
    conn.execute_batch(
        "INSERT INTO spend_month (node_id, month, spent) \
         SELECT id, '1970-01', 1000000 FROM node WHERE name = 'acme'",
    )
    .unwrap();
    let p = problems(&s);
    assert_eq!(
        p,
        ["currency: charge c1 is billed in USD but prod/acme bills in EUR (R08)"]
    );
}

#[test]
fn r26_an_altered_or_removed_audit_entry_is_reported() {
    // Each on a fresh store: the trigger dropped, the change it would have refused, and what
    // check then reports. Recomputing the hash of an altered entry does not help: the next one
    // no longer chains.
    #[rustfmt::skip]
    let breaks = [
        ("audit_no_update", "UPDATE audit SET target = 'forged' WHERE seq = 4",
         ["schema: the trigger audit_no_update is missing", "audit: entry 4 (project.create forged) was altered"]),
        ("audit_no_delete", "DELETE FROM audit WHERE seq = 3",
         ["audit: entry 4 follows entry 2: entries are missing", "audit: entry 4 does not chain to the entry before it"]),
        ("audit_no_update", "UPDATE audit SET hash = 'x' WHERE seq = 2",
         ["audit: entry 2 (billing.create default) was altered", "audit: entry 3 does not chain"]),
    ];
    for (trigger, change, reported) in breaks {
        let s = store();
        let conn = s.sql();
        conn.drop_trigger(trigger, "audit");
        conn.execute(change, &[]).unwrap();
        let p = problems(&s);
        for wanted in reported {
            has(&p, wanted);
        }
    }
}

#[test]
fn r25_r26_a_trigger_turned_off_on_postgresql_is_reported_as_one_dropped() {
    let s = store();
    // SQLite has no way to turn a trigger off but dropping it (the test above).
    if s.sqlite() {
        return;
    }
    s.tamper(
        "ALTER TABLE audit DISABLE TRIGGER audit_no_delete; \
         ALTER TABLE audit ENABLE REPLICA TRIGGER audit_no_update",
    );
    let p = problems(&s);
    // Set to fire on replicas only, a trigger does not fire in ordinary sessions either.
    for t in ["audit_no_delete", "audit_no_update"] {
        has(
            &p,
            &format!(
                "schema: the trigger {t} is missing or disabled: the store no longer refuses what it guards"
            ),
        );
    }
}

#[test]
fn r26_structure_breaks_are_reported() {
    let s = store();
    let acme = id_of(&s, "SELECT id FROM node WHERE name = 'acme'");
    let conn = s.sql();
    // R04: a node under a subproject.
    conn.drop_trigger("node_depth", "node");
    conn.execute(
        "INSERT INTO node (id, parent_id, name, name_key, created_at) \
         VALUES ('66666666-6666-4666-8666-666666666666', ?1, 'deep', 'deep', 0)",
        &[&acme],
    )
    .unwrap();
    // R03/R08: a subproject with a billing link; R05: a duplicate live name and a bad key.
    // Around the CHECK constraints: SQLite ignores them on request, PostgreSQL drops them.
    let no_checks = if s.sqlite() {
        "PRAGMA ignore_check_constraints = ON;"
    } else {
        "DO $$ DECLARE c text; BEGIN \
           FOR c IN SELECT conname FROM pg_constraint \
                    WHERE conrelid = 'node'::regclass AND contype = 'c' LOOP \
             EXECUTE format('ALTER TABLE node DROP CONSTRAINT %I', c); \
           END LOOP; END $$;"
    };
    conn.execute_batch(no_checks).unwrap();
    conn.execute_batch(
        "UPDATE node SET billing_account_id = (SELECT id FROM billing_account) WHERE name = 'acme';
         DROP INDEX node_live_name;
         UPDATE node SET status = 'active', deleted_at = NULL, name_key = 'acme' WHERE name = 'old';
         UPDATE node SET name_key = 'PROD' WHERE name = 'prod';",
    )
    .unwrap();
    let p = problems(&s);
    has(&p, "depth: acme/deep sits under a subproject");
    has(
        &p,
        "links: subproject prod/acme is linked to a billing account",
    );
    has(
        &p,
        "names: 2 live subprojects of prod share the name \"acme\"",
    );
    has(
        &p,
        "names: prod: its lookup key \"PROD\" is not its name folded (\"prod\")",
    );
    has(&p, "names: prod/old: its lookup key \"acme\"");
    has(&p, "schema: the trigger node_depth is missing");
}

#[test]
fn r26_resources_keys_and_grants_out_of_place_are_reported() {
    let s = store();
    let old = id_of(&s, "SELECT id FROM node WHERE name = 'old'");
    let acme = id_of(&s, "SELECT id FROM node WHERE name = 'acme'");
    let conn = s.sql();
    conn.execute(
        "INSERT INTO resource (id, node_id, kind, value, created_at) \
         VALUES ('77777777-7777-4777-8777-777777777777', ?1, 'app', 'ghost', 0)",
        &[&old],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO resource (id, node_id, kind, value, created_at) \
         VALUES ('88888888-8888-4888-8888-888888888888', ?1, 'number', '+46 70', 0)",
        &[&acme],
    )
    .unwrap();
    // A resource on a node that does not exist: SQLite lets it in with its foreign keys off,
    // PostgreSQL checks them at every statement and refuses it outright.
    let orphan = "INSERT INTO resource (id, node_id, kind, value, created_at) \
         VALUES ('99999999-9999-4999-8999-999999999999', \
                 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'app', 'orphan', 0)";
    if s.sqlite() {
        conn.execute_batch("PRAGMA foreign_keys = OFF;").unwrap();
        conn.execute(orphan, &[]).unwrap();
    } else {
        let e = conn.execute(orphan, &[]).unwrap_err();
        assert_eq!(e.violation, crate::common::Violation::ForeignKey, "{e}");
    }
    conn.execute(
        "INSERT INTO api_key (id, node_id, created_at) VALUES ('ak_dead', ?1, 0)",
        &[&old],
    )
    .unwrap();
    conn.drop_trigger("grant_not_on_subproject", "grant_");
    conn.execute(
        "INSERT INTO \"user\" (id, email, email_key, created_at) \
         VALUES ('u1', 'ann@example.com', 'ann@example.com', 0)",
        &[],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO grant_ (user_id, node_id, role, created_at) VALUES ('u1', ?1, 'viewer', 0)",
        &[&acme],
    )
    .unwrap();
    let p = problems(&s);
    has(&p, "resources: app ghost sits on the deleted prod/old");
    if s.sqlite() {
        has(
            &p,
            "resources: app orphan sits on the missing node aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
        );
        has(&p, "foreign_keys: resource row");
    }
    has(
        &p,
        "resources: number \"+46 70\" is not in its canonical form \"+4670\"",
    );
    has(
        &p,
        "keys: key ak_dead is not revoked but prod/old is deleted",
    );
    has(
        &p,
        "grants: ann@example.com has a grant on the subproject prod/acme",
    );
    // The table form prints one line per problem and the count.
    let o = s.run(&["check"]);
    assert_eq!(o.code, 7);
    assert!(
        o.stdout.ends_with(&format!("{} problems found\n", p.len())),
        "{}",
        o.stdout
    );
}

#[test]
fn r26_backup_refuses_an_existing_file_unless_forced() {
    let s = store();
    s.write("copy.db", "keep me");
    let copy = s.path("copy.db");
    let copy = copy.to_str().unwrap();
    let o = s.refused(&["backup", copy], 4);
    assert!(o.stderr.contains("already exists"), "{}", o.stderr);
    assert!(o.stderr.contains("hint: pass --force"), "{}", o.stderr);
    assert_eq!(std::fs::read(copy).unwrap(), b"keep me");
    if s.sqlite() {
        let db = s.db();
        let o = s.refused(&["backup", db.to_str().unwrap(), "--force"], 2);
        assert!(o.stderr.contains("is the store itself"), "{}", o.stderr);
    }
    s.refused(&["backup", s.dir.path().to_str().unwrap()], 2);
    let v = s.json(&["backup", copy, "--force"]);
    assert_eq!(v["path"], copy);
    let o = s.run(&["--db", copy, "check"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    // The copy (a SQLite file on either backend) holds what the store holds.
    if s.sqlite() {
        assert_eq!(
            crate::common::sqlite_fingerprint(std::path::Path::new(copy)),
            s.fingerprint()
        );
    }
    for args in [&["tree"][..], &["resource", "list"], &["audit", "list"]] {
        let mut on_copy = vec!["--db", copy];
        on_copy.extend_from_slice(args);
        assert_eq!(s.json(args), s.json(&on_copy), "{args:?}");
    }
}

#[test]
fn r26_backup_while_another_process_writes_is_consistent() {
    let s = store();
    let writes = 40;
    let copies: Vec<std::path::PathBuf> = (0..4).map(|i| s.path(&format!("copy{i}.db"))).collect();
    std::thread::scope(|scope| {
        let writer = scope.spawn(|| {
            for i in 0..writes {
                let name = format!("c{i}");
                s.ok(&["subproject", "create", "prod", &name]);
                let number = format!("+4670000{i:04}");
                s.ok(&[
                    "resource",
                    "add",
                    &format!("prod/{name}"),
                    "--kind",
                    "number",
                    &number,
                ]);
            }
        });
        for c in &copies {
            s.ok(&["backup", c.to_str().unwrap()]);
        }
        writer.join().unwrap();
    });
    for c in &copies {
        let db = c.to_str().unwrap();
        let o = s.run(&["--db", db, "check"]);
        assert_eq!(o.code, 0, "{db}: {}", o.snap());
        // A standalone file: no WAL beside it, and acctl opens it like any store.
        assert!(!s
            .path(&format!("{}-wal", c.file_name().unwrap().to_str().unwrap()))
            .exists());
        let o = s.run(&["--db", db, "resource", "list"]);
        assert_eq!(o.code, 0, "{}", o.snap());
    }
    // The last copy was taken before or after the writes finished; the store holds them all.
    assert_eq!(
        s.json(&["resource", "list", "--kind", "number"])
            .as_array()
            .unwrap()
            .len(),
        writes + 1
    );
    assert_eq!(s.run(&["check"]).code, 0);
}

#[test]
fn r13_r26_check_finds_monthly_sums_that_differ_from_their_charges() {
    let s = store();
    s.ok(&[
        "usage",
        "record",
        "prod/acme",
        "2",
        "--product",
        "sms",
        "--quantity",
        "3",
    ]);
    s.ok(&["usage", "record", "prod/acme", "1.5", "--product", "sms"]);
    s.ok(&["usage", "record", "prod", "4"]);
    s.check_passes();
    // A sum off by a micro-unit, a month's row lost, a row for a node that does not exist.
    let conn = s.sql();
    conn.execute(
        "UPDATE charge_month SET micros = micros + 1 WHERE product = 'sms'",
        &[],
    )
    .unwrap();
    conn.execute("DELETE FROM charge_month WHERE product = ''", &[])
        .unwrap();
    conn.execute(
        "INSERT INTO charge_month \
         (month, billing_account_id, node_id, product, quantity, units, micros, charges) \
         SELECT 0, billing_account_id, 'no-such-node', 'x', 1, 2, 3, 4 FROM charge_month",
        &[],
    )
    .unwrap();
    let before = s.fingerprint();
    assert_eq!(
        problems(&s),
        [
            "charge_months: no-such-node: the usage kept for 1970-01, product \"x\", is 4 \
             charge(s), quantity 1, amount 2000003 but its charges are nothing (micro-units, R13)",
            "charge_months: prod: the usage kept for 2026-11, no product, is nothing but its \
             charges are 1 charge(s), quantity 0, amount 4000000 (micro-units, R13)",
            "charge_months: prod/acme: the usage kept for 2026-11, product \"sms\", is 2 \
             charge(s), quantity 3, amount 3500001 but its charges are 2 charge(s), quantity 3, \
             amount 3500000 (micro-units, R13)",
        ]
    );
    // Checking changes nothing.
    assert_eq!(s.fingerprint(), before);
}
