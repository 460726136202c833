//! Choosing a backend (R27): what a URL is, what is never printed, and a server that cannot be
//! reached. These need no server of their own, so they run the same in both halves.

use crate::common::Sandbox;
use std::time::{Duration, Instant};

const SECRET: &str = "hunter2-s3cret";

fn assert_no_password(o: &crate::common::Outcome) {
    assert!(
        !o.stdout.contains(SECRET) && !o.stderr.contains(SECRET),
        "the password was printed:\n{}",
        o.snap()
    );
}

#[test]
fn r27_a_url_is_never_mistaken_for_a_path_and_an_unreachable_server_is_exit_1() {
    let s = Sandbox::empty();
    let url = format!("postgresql://bob:{SECRET}@127.0.0.1:1/acctl");
    let started = Instant::now();
    let o = s.run(&["--db", &url, "tree"]);
    assert_eq!(o.code, 1, "{}", o.snap());
    assert!(started.elapsed() < Duration::from_secs(10));
    o.says_first("error: cannot connect to PostgreSQL at 127.0.0.1:1");
    o.says("hint: check that the server is running");
    assert_no_password(&o);
    // Nothing was created beside the caller: no directory named `postgresql:`.
    let names: Vec<String> = std::fs::read_dir(s.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.starts_with("postgres")),
        "{names:?}"
    );
}

#[test]
fn r27_a_server_that_accepts_and_never_answers_is_exit_1_within_the_connect_timeout() {
    let s = Sandbox::empty();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let url = format!("postgres://bob:{SECRET}@127.0.0.1:{port}/acctl?connect_timeout=1");
    let started = Instant::now();
    let o = s.run(&["--db", &url, "project", "list"]);
    let took = started.elapsed();
    drop(listener);
    assert_eq!(o.code, 1, "{}", o.snap());
    assert!(took < Duration::from_secs(8), "took {took:?}");
    o.says(&format!("127.0.0.1:{port}"));
    o.says("no answer within 1s");
    assert_no_password(&o);
}

#[test]
fn r27_the_password_of_a_url_is_never_printed() {
    let s = Sandbox::empty();
    let url = format!("postgres://bob:{SECRET}@127.0.0.1:1/acctl?sslmode=disable");
    for args in [
        vec!["config", "show"],
        vec!["-o", "json", "config", "show"],
        vec!["init", "--name", "Acme"],
        vec!["store", "copy", url.as_str(), "copy.db"],
    ] {
        let o = s.run_with(&args, |c| {
            c.env("ACCTL_DB", &url);
        });
        assert_no_password(&o);
    }
    let o = s.run_with(&["-o", "json", "config", "show"], |c| {
        c.env("ACCTL_DB", &url);
    });
    assert_eq!(o.code, 0, "{}", o.snap());
    assert_eq!(
        o.json()["db"],
        "postgres://bob@127.0.0.1:1/acctl?sslmode=disable"
    );
    // A password given as a parameter is hidden as well.
    let o = s.run(&[
        "--db",
        &format!("postgres://127.0.0.1:1/acctl?user=bob&password={SECRET}"),
        "tree",
    ]);
    assert_eq!(o.code, 1, "{}", o.snap());
    assert_no_password(&o);
}

#[test]
fn r27_a_malformed_url_is_invalid_input() {
    let s = Sandbox::empty();
    let o = s.run(&["--db", "postgresql:/nowhere", "tree"]);
    assert_eq!(o.code, 2, "{}", o.snap());
    o.says("neither a path nor a PostgreSQL URL");
    let o = s.run(&["--db", "postgres://h:notaport/db", "tree"]);
    assert_eq!(o.code, 2, "{}", o.snap());
}
