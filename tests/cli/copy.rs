//! R28: `store copy` between backends, and R27's `backup` of a server store. In the SQLite
//! half every store is a file (file to file); in the PostgreSQL half the sandboxes are schemas
//! on the server, so the same tests copy server to file, file to server and server to server.

use crate::common::Sandbox;

/// A store with a little of everything: billing, a subproject with a limit, a resource, a
/// user with a grant, a key, top-ups and charges, and their audit entries.
fn populated() -> Sandbox {
    let s = Sandbox::new();
    s.billing("pre", "prepaid", "EUR");
    s.topup("pre", "50");
    s.ok_line("project create prod --billing pre --label env=prod");
    s.subproject_with(
        "prod/acme",
        &["--external-id", "crm-1", "--credit-limit", "20"],
    );
    s.resource("prod/acme", "number", "+15551234567");
    s.user_granted("ann@example.com", "viewer", "prod");
    s.issue_key("prod/acme");
    s.ok_line("usage record prod/acme 1.25 --product sms --idempotency-key a");
    s.ok(&["usage", "record", "prod/acme", "2", "--product", "voice"]);
    s
}

/// What the model looks like from outside: the same on both sides of a copy.
fn view(s: &Sandbox, db: &str) -> Vec<String> {
    let run = |args: &[&str]| {
        let o = s.run_with(args, |c| {
            c.env("ACCTL_DB", db);
        });
        assert_eq!(o.code, 0, "{args:?}:\n{}", o.snap());
        o.stdout
    };
    vec![
        run(&["-o", "json", "tree"]),
        run(&["-o", "json", "balance"]),
        run(&["-o", "json", "usage", "list"]),
        run(&["-o", "json", "key", "list", "--all"]),
        run(&["-o", "json", "grant", "list"]),
        run(&["-o", "json", "resource", "list"]),
        run(&["-o", "json", "audit", "list"]),
        run(&["audit", "head"]),
    ]
}

#[test]
fn r28_a_copy_keeps_ids_times_history_and_the_audit_head_and_checks_before_success() {
    let src = populated();
    let src_db = src.db_url();
    let before = view(&src, &src_db);
    // Into a new file (server to file in the PostgreSQL half).
    let file = src.path("copy.db");
    let file = file.to_str().unwrap();
    let o = src.run(&["-o", "json", "store", "copy", &src_db, file]);
    assert_eq!(o.code, 0, "{}", o.snap());
    let report = o.json();
    assert_eq!(report["checked"], true);
    assert_eq!(report["tables"]["charge"], 2);
    assert_eq!(
        report["tables"]["audit"],
        before[6].matches("\"seq\"").count()
    );
    assert_eq!(view(&src, file), before);
    // From that file into another empty store (file to server in the PostgreSQL half).
    let dst = Sandbox::empty();
    let o = src.run(&["store", "copy", file, &dst.db_url()]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert!(o.stdout.contains("check passed"), "{}", o.snap());
    assert_eq!(view(&src, &dst.db_url()), before);
    // Store to store directly (server to server, or file to file).
    let third = Sandbox::empty();
    src.ok(&["store", "copy", &src_db, &third.db_url()]);
    assert_eq!(view(&src, &third.db_url()), before);
    // The copy is a working store: its new charges follow its copied history.
    third.ok(&["usage", "record", "prod/acme", "1"]);
    third.ok(&["check"]);
    third.ok(&["audit", "verify"]);
    // The source is unchanged.
    assert_eq!(view(&src, &src_db), before);
}

#[test]
fn r28_a_non_empty_destination_is_refused_and_left_as_it_was() {
    let src = populated();
    let dst = Sandbox::new();
    let before = dst.fingerprint();
    let o = src.run(&["store", "copy", &src.db_url(), &dst.db_url()]);
    assert_eq!(o.code, 4, "{}", o.snap());
    o.says_first("error: the destination already holds a store");
    assert!(o.stdout.is_empty());
    assert_eq!(before, dst.fingerprint());
}

#[test]
fn r26_r28_a_copy_refused_because_another_got_there_first_keeps_that_copy() {
    let src = populated();
    // Enough charges that a copy takes a moment.
    let lines: String = (0..20_000)
        .map(|i| {
            format!("{{\"target\":\"prod\",\"amount\":\"0.01\",\"idempotency_key\":\"k{i}\"}}\n")
        })
        .collect();
    src.write("many.jsonl", lines);
    src.topup("pre", "500");
    src.ok(&["usage", "import", "many.jsonl"]);
    let dst = Sandbox::empty();
    let args = ["store", "copy", &src.db_url(), &dst.db_url()];
    // The first copy runs; once it has made the destination (its file or tables) but before
    // it has committed, a second copy to the same place starts, waits for the first, and is
    // refused. Its refusal must not remove what the first copy wrote.
    let mut first = src
        .process(&args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("the first copy starts");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !dst.has_store() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let second = src.run(&args);
    let first = first.wait().expect("the first copy ends");
    assert!(first.success(), "the first copy failed");
    assert_eq!(second.code, 4, "{}", second.snap());
    second.says_first("error: the destination already holds a store");
    // The first copy's store is there, whole.
    let o = src.run_with(&["audit", "head"], |c| {
        c.env("ACCTL_DB", dst.db_url());
    });
    assert_eq!(o.code, 0, "{}", o.snap());
    assert_eq!(o.stdout, src.ok(&["audit", "head"]));
}

#[test]
fn r28_a_copy_that_fails_its_check_leaves_the_destination_empty() {
    let src = populated();
    // Break an invariant of the source behind acctl's back: the copy must not pass check.
    src.sql()
        .execute(
            "UPDATE node SET total_spent = total_spent + 1 WHERE name = 'acme'",
            &[],
        )
        .unwrap();
    let dst = Sandbox::empty();
    let o = src.run(&["store", "copy", &src.db_url(), &dst.db_url()]);
    assert_eq!(o.code, 7, "{}", o.snap());
    o.says("did not pass check");
    assert!(!dst.has_store(), "the failed copy left a store behind");
    let file = src.path("copy.db");
    let o = src.run(&["store", "copy", &src.db_url(), file.to_str().unwrap()]);
    assert_eq!(o.code, 7, "{}", o.snap());
    assert!(!file.exists(), "the failed copy left a file behind");
}

#[test]
fn r28_copy_refuses_a_missing_source_the_same_store_and_keys() {
    let src = populated();
    let missing = Sandbox::empty();
    let dst = Sandbox::empty();
    let o = src.run(&["store", "copy", &missing.db_url(), &dst.db_url()]);
    assert_eq!(o.code, 3, "{}", o.snap());
    assert!(!dst.has_store());
    let o = src.run(&["store", "copy", &src.db_url(), &src.db_url()]);
    assert_eq!(o.code, 2, "{}", o.snap());
    // A copy holds everything: an API key may not take one.
    let (_, secret) = src.issue_key("prod");
    let before = src.fingerprint_where(Some("audit"));
    let o = src.run_key(&secret, &["store", "copy", &src.db_url(), &dst.db_url()]);
    assert_eq!(o.code, 5, "{}", o.snap());
    assert!(!dst.has_store());
    assert_eq!(before, src.fingerprint_where(Some("audit")));
}

#[test]
fn r27_backup_refuses_a_url_for_its_path_without_printing_the_password() {
    let s = populated();
    let o = s.refused(
        &["backup", "postgresql://sec:S3cretPW@db.example:5432/x"],
        2,
    );
    o.says_first("error: backup writes a SQLite file, and PATH is a PostgreSQL URL");
    assert!(!o.stderr.contains("S3cretPW"), "{}", o.snap());
    // No file or directory was made from the URL.
    assert!(!s.path("postgresql:").exists());
    // A file whose name only begins like a URL is a file.
    let o = s.run(&["backup", "postgres:2026.db"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert!(s.path("postgres:2026.db").exists());
}

#[test]
fn r27_backup_of_any_store_is_a_sqlite_file_that_acctl_opens_and_check_accepts() {
    let src = populated();
    let before = view(&src, &src.db_url());
    let path = src.path("backup.db");
    let path = path.to_str().unwrap();
    src.ok(&["backup", path]);
    let o = src.run_with(&["check"], |c| {
        c.env("ACCTL_DB", path);
    });
    assert_eq!(o.code, 0, "{}", o.snap());
    assert_eq!(view(&src, path), before);
}
