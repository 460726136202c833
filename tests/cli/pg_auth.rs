//! R27 on a server that asks for a password: acctl finds it as libpq does (`PGPASSWORD`, then
//! `PGPASSFILE` or `~/.pgpass`, a file others may read being ignored), and never prints it.
//! The throwaway cluster asks `pg::PASSWORD_ROLE` alone for a password; on SQLite, and on a
//! server of one's own (`ACCTL_TEST_PG`, whose rules are not ours to set), these are skipped.

use crate::common::{Outcome, Sandbox};
use crate::pg;
use std::sync::atomic::{AtomicU64, Ordering};

const PASSWORD: &str = "pw-Corr3ct-h0rse";
const WRONG: &str = "pw-wr0ng-b4ttery";

static NEXT: AtomicU64 = AtomicU64::new(0);

/// A place to run acctl and the URL (no password in it) of an empty schema owned by the
/// password role; `None` where the test cannot run.
fn password_store() -> Option<(Sandbox, String, u16)> {
    let s = Sandbox::empty();
    if s.sqlite() {
        eprintln!("skipped on SQLite: a server's password");
        return None;
    }
    if !pg::throwaway() {
        eprintln!("skipped on ACCTL_TEST_PG: its authentication rules are not the tests' to set");
        return None;
    }
    let server = pg::server_url();
    let port: u16 = server
        .rsplit_once(':')
        .and_then(|(_, rest)| rest.split('/').next())
        .and_then(|p| p.parse().ok())
        .expect("the test server's port");
    let role = pg::PASSWORD_ROLE;
    let schema = format!(
        "pw_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    let mut admin = pg::connect(server);
    // Tests of this process run at once: making the role is idempotent, as is its password.
    admin
        .batch_execute(&format!(
            "DO $$ BEGIN \
               IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN \
                 CREATE ROLE {role} LOGIN; \
               END IF; \
             EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL; END $$; \
             ALTER ROLE {role} PASSWORD '{PASSWORD}'; \
             CREATE SCHEMA {schema} AUTHORIZATION {role};"
        ))
        .expect("make the password role and its schema");
    let url =
        format!("postgres://{role}@127.0.0.1:{port}/postgres?options=-c%20search_path%3D{schema}");
    Some((s, url, port))
}

fn assert_no_password(o: &Outcome) {
    for secret in [PASSWORD, WRONG] {
        assert!(
            !o.stdout.contains(secret) && !o.stderr.contains(secret),
            "a password was printed:\n{}",
            o.snap()
        );
    }
}

/// Run acctl on `url` with extra environment variables.
fn run(s: &Sandbox, url: &str, env: &[(&str, &str)], args: &[&str]) -> Outcome {
    let o = s.run_with(args, |c| {
        c.env("ACCTL_DB", url);
        for (k, v) in env {
            c.env(k, v);
        }
    });
    assert_no_password(&o);
    o
}

#[test]
fn r27_pgpassword_logs_in_and_no_password_is_ever_printed() {
    let Some((s, url, _)) = password_store() else {
        return;
    };
    let init = ["init", "--name", "Acme", "--currency", "EUR"];
    // No password anywhere: refused by the server, exit 1, nothing created.
    let o = run(&s, &url, &[], &init);
    assert_eq!(o.code, 1, "{}", o.snap());
    let port = url
        .split(':')
        .nth(2)
        .and_then(|p| p.split('/').next())
        .unwrap();
    assert_eq!(
        o.stderr,
        format!(
            "error: PostgreSQL at 127.0.0.1:{port} asks for a password and none was given\n\
             hint: set PGPASSWORD, or put it in ~/.pgpass (mode 0600) or the file PGPASSFILE names\n"
        )
    );
    // The wrong one: the same, and it is not echoed.
    let o = run(&s, &url, &[("PGPASSWORD", WRONG)], &init);
    assert_eq!(o.code, 1, "{}", o.snap());
    o.says("password authentication failed");
    o.says("hint: check the user and password");
    let schema = url.rsplit("%3D").next().unwrap();
    let tables: i64 = pg::connect(pg::server_url())
        .query_one(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = $1",
            &[&schema],
        )
        .unwrap()
        .get(0);
    assert_eq!(tables, 0, "a refused login created tables");
    // The right one: the store is made and used.
    let good = [("PGPASSWORD", PASSWORD)];
    let o = run(&s, &url, &good, &init);
    assert_eq!(o.code, 0, "{}", o.snap());
    let o = run(&s, &url, &good, &["project", "create", "prod"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    let o = run(&s, &url, &good, &["-o", "json", "project", "list"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert_eq!(o.json().as_array().map(Vec::len), Some(2), "{}", o.snap());
    // A password in the URL works too and is redacted wherever the URL is shown.
    let with_password = url.replacen(
        &format!("{}@", pg::PASSWORD_ROLE),
        &format!("{}:{PASSWORD}@", pg::PASSWORD_ROLE),
        1,
    );
    let o = run(&s, &with_password, &[], &["config", "show"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    let o = run(&s, &with_password, &[], &["tree"]);
    assert_eq!(o.code, 0, "{}", o.snap());
}

#[test]
fn r27_a_pgpass_file_is_read_when_private_and_ignored_when_others_may_read_it() {
    use std::os::unix::fs::PermissionsExt;
    let Some((s, url, port)) = password_store() else {
        return;
    };
    let role = pg::PASSWORD_ROLE;
    let init = ["init", "--name", "Acme", "--currency", "EUR"];
    // `~/.pgpass` (HOME is the sandbox): a comment, a line for another port, then ours with
    // a wildcard database.
    let pgpass = s.path(".pgpass");
    std::fs::write(
        &pgpass,
        format!("# test\n127.0.0.1:1:*:{role}:{WRONG}\n127.0.0.1:{port}:*:{role}:{PASSWORD}\n"),
    )
    .unwrap();
    // Readable by others: ignored, as libpq ignores it, so there is no password.
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o644)).unwrap();
    let o = run(&s, &url, &[], &init);
    assert_eq!(o.code, 1, "{}", o.snap());
    o.says("password");
    // Private: used.
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
    let o = run(&s, &url, &[], &init);
    assert_eq!(o.code, 0, "{}", o.snap());
    // PGPASSFILE names another file, which wins over ~/.pgpass; PGPASSWORD wins over both.
    let other = s.path("other.pgpass");
    std::fs::write(&other, format!("*:*:*:{role}:{WRONG}\n")).unwrap();
    std::fs::set_permissions(&other, std::fs::Permissions::from_mode(0o600)).unwrap();
    let file = other.to_str().unwrap();
    let o = run(&s, &url, &[("PGPASSFILE", file)], &["tree"]);
    assert_eq!(o.code, 1, "{}", o.snap());
    let o = run(
        &s,
        &url,
        &[("PGPASSFILE", file), ("PGPASSWORD", PASSWORD)],
        &["tree"],
    );
    assert_eq!(o.code, 0, "{}", o.snap());
}
