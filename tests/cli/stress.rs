//! Under load and under faults (R12, R25, R26): many acctl processes at once against one store,
//! processes killed mid-write, and a full disk. CI runs these in a bounded form; run them
//! longer with `ACCTL_STRESS_SECS=20 cargo test --release --test cli stress`.

use crate::common::Sandbox;
use crate::fixtures::{argv, Lcg};
use crate::sqlite_only;
use std::collections::BTreeSet;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const WORKERS: usize = 8;

fn stress_time() -> Duration {
    let secs = std::env::var("ACCTL_STRESS_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4);
    Duration::from_secs(secs)
}

/// A command against the sandbox's store, outside the harness (for threads and kills).
fn acctl(s: &Sandbox, args: &[&str]) -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("acctl"));
    c.env_clear()
        .env("ACCTL_DB", s.db_url())
        .env("ACCTL_CONFIG", s.dir.path().join("config.toml"))
        .env("NO_COLOR", "1")
        .current_dir(s.dir.path())
        .args(args)
        .stdin(Stdio::null());
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(s: &Sandbox, args: &[&str]) -> Run {
    let out = acctl(s, args).output().expect("run acctl");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[derive(Default)]
struct Tally {
    /// Successful changes: each must be exactly one audit entry.
    changes: usize,
    charged: BTreeSet<String>,
    refused_charges: BTreeSet<String>,
    failures: Vec<String>,
}

/// Eight processes at once for a while: charges against a credit limit and a prepaid balance,
/// subprojects created and deleted, keys issued and revoked, manifests applied, lists read.
/// Afterwards nothing is lost, nothing overspent, the audit log has one entry per change and
/// `acctl check` passes. The limit and the balance are small (six and five charges), so that
/// refusals come early even where each process is slow (a debug build on PostgreSQL).
#[test]
fn r26_mixed_load_from_eight_processes_loses_nothing() {
    let s = Sandbox::new();
    for args in [
        &argv("billing create pre --kind prepaid --currency EUR")[..],
        &["billing", "topup", "pre", "2"],
        &["project", "create", "resell"],
        &["project", "create", "wallet", "--billing", "pre"],
        &argv("subproject create resell capped --credit-limit 1.5"),
    ] {
        s.ok(args);
    }
    s.write("env.toml", "[[project]]\nname = \"resell\"\n\n[[project.subproject]]\nname = \"from-manifest\"\ncredit_limit = \"5.00\"\n");
    let audit_before = s.audit_count();
    let s = Arc::new(s);
    let tally = Arc::new(Mutex::new(Tally::default()));
    let deadline = Instant::now() + stress_time();
    let threads: Vec<_> = (0..WORKERS)
        .map(|w| {
            let (s, tally) = (Arc::clone(&s), Arc::clone(&tally));
            std::thread::spawn(move || {
                let mut n = 0;
                while Instant::now() < deadline {
                    n += 1;
                    work(&s, &tally, w, n);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("worker");
    }
    let s = Arc::try_unwrap(s).ok().expect("sandbox");
    let t = tally.lock().unwrap();
    assert!(t.failures.is_empty(), "{}", t.failures.join("\n"));
    assert!(!t.charged.is_empty() && !t.refused_charges.is_empty());

    // Every successful charge is in the store, no refused one is.
    let conn = s.sql();
    let stored: BTreeSet<String> = conn
        .query_strings("SELECT idempotency_key FROM charge WHERE idempotency_key IS NOT NULL")
        .into_iter()
        .collect();
    assert_eq!(stored, t.charged);
    // No limit overspent, no balance overdrawn.
    let [spent, limit]: [i64; 2] = conn
        .query_i64s("SELECT total_spent, credit_limit FROM node WHERE name = 'capped'")
        .try_into()
        .unwrap();
    assert!(spent <= limit, "overspent: {spent} > {limit}");
    let balance = conn.query_i64("SELECT balance FROM billing_account WHERE name = 'pre'");
    assert!(balance >= 0);
    // One audit entry per successful change, and an intact chain.
    assert_eq!(s.audit_count() as usize, audit_before as usize + t.changes);
    s.ok(&["audit", "verify"]);
    s.ok(&["check"]);
}

fn work(s: &Sandbox, tally: &Mutex<Tally>, worker: usize, n: usize) {
    let note_failure = |what: &str, r: &Run| {
        let bad = r.code == 1
            || r.code == 101
            || r.stderr.contains("database is locked")
            || r.stderr.contains("stayed locked")
            || r.stderr.contains("panicked");
        if bad {
            tally.lock().unwrap().failures.push(format!(
                "worker {worker} {what}: exit {}: {}",
                r.code,
                r.stderr.trim()
            ));
        }
    };
    match worker {
        // Charges against a credit limit, and against a prepaid balance.
        0..=2 => {
            let key = format!("w{worker}-{n}");
            let (target, amount) = if worker == 2 {
                ("wallet", "0.40")
            } else {
                ("resell/capped", "0.25")
            };
            let r = run(
                s,
                &[
                    "-q",
                    "usage",
                    "record",
                    target,
                    amount,
                    "--idempotency-key",
                    &key,
                ],
            );
            note_failure("usage record", &r);
            let mut t = tally.lock().unwrap();
            match r.code {
                0 => {
                    t.changes += 1;
                    t.charged.insert(key);
                }
                6 => {
                    t.refused_charges.insert(key);
                }
                _ => t
                    .failures
                    .push(format!("charge {key}: exit {}: {}", r.code, r.stderr)),
            }
        }
        // Subprojects created and deleted.
        3 => {
            let name = format!("tmp-{n}");
            let r = run(s, &["-q", "subproject", "create", "resell", &name]);
            note_failure("subproject create", &r);
            if r.code == 0 {
                tally.lock().unwrap().changes += 1;
                let path = format!("resell/{name}");
                let r = run(s, &["-q", "subproject", "delete", &path]);
                note_failure("subproject delete", &r);
                if r.code == 0 {
                    tally.lock().unwrap().changes += 1;
                }
            }
        }
        // Keys issued and revoked.
        4 => {
            let r = run(s, &["-o", "json", "key", "issue", "resell"]);
            note_failure("key issue", &r);
            if r.code == 0 {
                tally.lock().unwrap().changes += 1;
                let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
                let id = v["id"].as_str().unwrap().to_string();
                let r = run(s, &["-q", "key", "revoke", &id]);
                note_failure("key revoke", &r);
                if r.code == 0 {
                    tally.lock().unwrap().changes += 1;
                }
            }
        }
        // Manifests applied (only the first apply changes anything).
        5 if n.is_multiple_of(3) => {
            let r = run(s, &["-o", "json", "apply", "-f", "env.toml"]);
            note_failure("apply", &r);
            if r.code == 0 {
                let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
                if v["changes"].as_array().is_some_and(|c| !c.is_empty()) {
                    tally.lock().unwrap().changes += 1;
                }
            }
        }
        // Readers.
        _ => {
            let args: &[&str] = match n % 5 {
                0 => &["subproject", "list"],
                1 => &["tree"],
                2 => &["usage", "report"],
                3 => &["balance"],
                _ => &["key", "list", "--all"],
            };
            let r = run(s, args);
            note_failure(&args.join(" "), &r);
            if r.code != 0 {
                tally
                    .lock()
                    .unwrap()
                    .failures
                    .push(format!("{args:?}: exit {}: {}", r.code, r.stderr));
            }
        }
    }
}

fn charge_count(s: &Sandbox) -> i64 {
    s.sql().query_i64("SELECT count(*) FROM charge")
}

fn write_import(s: &Sandbox, name: &str, lines: usize) -> String {
    let mut text = String::new();
    for i in 0..lines {
        text.push_str(&format!(
            "{{\"target\": \"default/big\", \"amount\": \"0.0001\", \"product\": \"sms\", \"idempotency_key\": \"{name}-{i}\"}}\n"
        ));
    }
    s.write(name, text);
    name.to_string()
}

fn kill(mut child: Child) {
    let _ = child.kill(); // SIGKILL on Unix
    let _ = child.wait();
}

/// SIGKILL acctl processes at random points of their writes, many times: the store always
/// opens, passes `check`, and holds each batch whole or not at all.
#[test]
fn r26_processes_killed_mid_write_leave_a_consistent_store() {
    let s = Sandbox::new();
    s.subproject("default/big");
    // Kill points vary from round to round, but the test is the same every time.
    let mut rng = Lcg(42);
    let rounds = 12;
    let mut cut_short = 0;
    for round in 0..rounds {
        let file = write_import(&s, &format!("batch-{round}.jsonl"), 3_000);
        let before = charge_count(&s);
        let importer = acctl(&s, &["-q", "usage", "import", &file])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let writer = acctl(
            &s,
            &[
                "-q",
                "subproject",
                "create",
                "default",
                &format!("k-{round}"),
            ],
        )
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
        std::thread::sleep(Duration::from_millis(rng.below(120)));
        kill(importer);
        kill(writer);
        let after = charge_count(&s);
        assert!(
            after == before || after == before + 3_000,
            "round {round}: a batch was cut: {before} -> {after}"
        );
        if after == before {
            cut_short += 1;
        }
        let o = s.run(&["check"]);
        assert_eq!(o.code, 0, "round {round}: {}", o.snap());
    }
    // Some imports were killed before they committed (the test is not vacuous).
    assert!(cut_short > 0);
    s.ok(&["audit", "verify"]);
}

/// A full disk: the write fails with exit 1 naming the store file, and what was committed
/// before stays. (The file-size limit stands in for a full disk: the kernel refuses the write
/// the same way.)
#[cfg(unix)]
#[test]
fn r26_a_full_disk_is_a_clear_error_and_loses_nothing() {
    let s = Sandbox::new();
    sqlite_only!(
        s,
        "a file-size limit on the store file stands in for a full disk"
    );
    s.subproject("default/big");
    s.ok(&["usage", "record", "default/big", "1.00"]);
    let file = write_import(&s, "large.jsonl", 20_000);
    let before = s.fingerprint();
    let bin = assert_cmd::cargo::cargo_bin("acctl");
    let script = format!(
        "ulimit -f 64; trap '' XFSZ; exec '{}' usage import {file}",
        bin.display()
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .env_clear()
        .env("ACCTL_DB", s.db())
        .env("ACCTL_CONFIG", s.dir.path().join("config.toml"))
        .current_dir(s.dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.starts_with("error: store "), "{stderr}");
    assert!(stderr.contains(s.db().to_str().unwrap()), "{stderr}");
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with("error:")).count(),
        1,
        "{stderr}"
    );
    assert_eq!(
        before,
        s.fingerprint(),
        "the failed import changed the store"
    );
    s.ok(&["check"]);
}
