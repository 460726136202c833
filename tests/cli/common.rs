//! The harness: every test drives the real `acctl` binary in a temporary directory, with a
//! cleared environment, its own store and config, a fixed clock and no colour.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// The fixed time every test runs at.
pub const NOW: &str = "2026-11-23T09:00:00Z";

/// One sandbox: a temp dir holding the store and an (empty) config file.
pub struct Sandbox {
    pub dir: TempDir,
    pub now: String,
}

/// What one run of acctl did.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    /// stdout, stderr and the exit code together, with ids masked: for snapshots.
    pub fn snap(&self) -> String {
        let mut s = format!("exit: {}\n", self.code);
        if !self.stdout.is_empty() {
            s.push_str("--- stdout\n");
            s.push_str(&self.stdout);
        }
        if !self.stderr.is_empty() {
            s.push_str("--- stderr\n");
            s.push_str(&self.stderr);
        }
        mask(&s)
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

/// Replace UUIDs (8-4-4-4-12 hex digits) with `[uuid]` so snapshots are stable.
pub fn mask(s: &str) -> String {
    let bytes: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let shape = [8, 4, 4, 4, 12];
    'outer: while i < bytes.len() {
        let mut j = i;
        for (n, len) in shape.iter().enumerate() {
            for _ in 0..*len {
                if j >= bytes.len() || !bytes[j].is_ascii_hexdigit() {
                    out.push(bytes[i]);
                    i += 1;
                    continue 'outer;
                }
                j += 1;
            }
            if n < 4 {
                if j >= bytes.len() || bytes[j] != '-' {
                    out.push(bytes[i]);
                    i += 1;
                    continue 'outer;
                }
                j += 1;
            }
        }
        out.push_str("[uuid]");
        i = j;
    }
    out
}

impl Sandbox {
    /// A sandbox with no store yet.
    pub fn empty() -> Sandbox {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("config.toml"), "").expect("config");
        Sandbox {
            dir,
            now: NOW.to_string(),
        }
    }

    /// A sandbox with a store made by `acctl init --name Acme` (EUR, postpaid).
    pub fn new() -> Sandbox {
        let s = Sandbox::empty();
        s.ok(&["init", "--name", "Acme", "--currency", "EUR"]);
        s
    }

    /// Whether this sandbox's store is a SQLite file (the other backend is PostgreSQL).
    pub fn sqlite(&self) -> bool {
        true
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("acctl.db")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The command, with a cleared environment pointing into the sandbox.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::cargo_bin("acctl").expect("acctl binary");
        c.env_clear()
            .env("ACCTL_DB", self.db())
            .env("ACCTL_CONFIG", self.dir.path().join("config.toml"))
            .env("ACCTL_NOW", &self.now)
            .env("NO_COLOR", "1")
            .env("HOME", self.dir.path())
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .current_dir(self.dir.path())
            .args(args);
        c
    }

    /// Run acctl with `args`.
    pub fn run(&self, args: &[&str]) -> Outcome {
        self.run_with(args, |_| {})
    }

    /// Run acctl with `args`, after adjusting the command (extra env, stdin).
    pub fn run_with(&self, args: &[&str], adjust: impl FnOnce(&mut Command)) -> Outcome {
        let mut c = self.command(args);
        adjust(&mut c);
        let out = c.output().expect("run acctl");
        Outcome {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Run and expect success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert_eq!(o.code, 0, "acctl {args:?} failed:\n{}", o.snap());
        o.stdout
    }

    /// Run with `-o json` and expect success; returns the document.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut full = vec!["-o", "json"];
        full.extend_from_slice(args);
        let o = self.run(&full);
        assert_eq!(o.code, 0, "acctl {args:?} failed:\n{}", o.snap());
        o.json()
    }

    /// Run with `-q` and expect success; returns the first id printed.
    pub fn id(&self, args: &[&str]) -> String {
        let mut full = vec!["-q"];
        full.extend_from_slice(args);
        let out = self.ok(&full);
        out.lines().next().unwrap_or_default().to_string()
    }

    /// Every row of every table, in a stable order: equal fingerprints mean an unchanged store.
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.db())
    }

    /// Run `args`, expect exit `code`, and assert the store did not change; returns the outcome.
    pub fn refused(&self, args: &[&str], code: i32) -> Outcome {
        let before = self.fingerprint();
        let o = self.run(args);
        assert_refusal(&o, args, code);
        assert_eq!(
            before,
            self.fingerprint(),
            "acctl {args:?} changed the store"
        );
        o
    }

    /// Run `args` as the API key whose secret is given (through `ACCTL_KEY`, never argv).
    pub fn run_key(&self, secret: &str, args: &[&str]) -> Outcome {
        self.run_with(args, |c| {
            c.env("ACCTL_KEY", secret);
        })
    }

    /// Run as a key and expect success; returns stdout.
    pub fn ok_key(&self, secret: &str, args: &[&str]) -> String {
        let o = self.run_key(secret, args);
        assert_eq!(o.code, 0, "acctl {args:?} as a key failed:\n{}", o.snap());
        o.stdout
    }

    /// Run as a key, expect exit `code`, and assert that nothing changed but, for a denial
    /// (exit 5), exactly one new audit entry recording the refused attempt (R25).
    pub fn refused_key(&self, secret: &str, args: &[&str], code: i32) -> Outcome {
        let before = fingerprint_where(&self.db(), Some("audit"));
        let entries = self.audit_count();
        let o = self.run_key(secret, args);
        assert_refusal(&o, args, code);
        assert_eq!(
            before,
            fingerprint_where(&self.db(), Some("audit")),
            "acctl {args:?} as a key changed the store"
        );
        let expected = if code == 5 { entries + 1 } else { entries };
        assert_eq!(self.audit_count(), expected, "audit entries after {args:?}");
        if code == 5 {
            let outcome: String = self
                .sql()
                .query_row(
                    "SELECT outcome FROM audit ORDER BY seq DESC LIMIT 1",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(outcome, "denied");
        }
        o
    }

    pub fn audit_count(&self) -> i64 {
        self.sql()
            .query_row("SELECT count(*) FROM audit", [], |r| r.get(0))
            .unwrap()
    }

    /// Issue a key on `target` (as the operator); returns its id and secret.
    pub fn issue_key(&self, target: &str) -> (String, String) {
        let k = self.json(&["key", "issue", target]);
        (
            k["id"].as_str().unwrap().to_string(),
            k["secret"].as_str().unwrap().to_string(),
        )
    }

    /// Raw SQL on the store, for tests that go around acctl.
    pub fn sql(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.db()).expect("open store")
    }
}

/// A refusal: exit `code`, nothing on stdout, one `error:` line first on stderr.
fn assert_refusal(o: &Outcome, args: &[&str], code: i32) {
    assert_eq!(o.code, code, "acctl {args:?}:\n{}", o.snap());
    assert!(
        o.stdout.is_empty(),
        "a refusal printed on stdout:\n{}",
        o.snap()
    );
    assert!(
        o.stderr.starts_with("error: "),
        "no error line:\n{}",
        o.snap()
    );
}

/// Every row of every table of the SQLite file at `db`.
pub fn fingerprint(db: &Path) -> String {
    fingerprint_where(db, None)
}

/// Every row of every table but `skip`.
pub fn fingerprint_where(db: &Path, skip: Option<&str>) -> String {
    if !db.exists() {
        return "<no store>".into();
    }
    let conn = rusqlite::Connection::open(db).expect("open store");
    let mut tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables.retain(|t| !t.starts_with("sqlite_") && Some(t.as_str()) != skip);
    let mut out = String::new();
    for t in tables {
        out.push_str(&format!("# {t}\n"));
        let mut st = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = st.column_count();
        let mut rows: Vec<String> = st
            .query_map([], |r| {
                let mut cells = Vec::with_capacity(n);
                for i in 0..n {
                    let v: rusqlite::types::Value = r.get(i)?;
                    cells.push(format!("{v:?}"));
                }
                Ok(cells.join("|"))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.sort();
        for r in rows {
            out.push_str(&r);
            out.push('\n');
        }
    }
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    out.push_str(&format!("user_version {version}\n"));
    out
}
