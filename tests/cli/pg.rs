//! The PostgreSQL server the PostgreSQL half of the suite runs against: the one named by
//! `ACCTL_TEST_PG`, or a throwaway cluster started once per test process and stopped when the
//! process ends, however it ends. Each sandbox gets a schema of its own in it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The user the throwaway cluster's superuser is called (`initdb -U`).
const USER: &str = "acctl";
/// The role that must log in with a password on the throwaway cluster (its `pg_hba.conf`
/// asks this role alone for one), for the tests of `PGPASSWORD` and `.pgpass`.
pub const PASSWORD_ROLE: &str = "acctl_pw";
/// How many ports are tried when another process takes the free one first.
const PORT_ATTEMPTS: usize = 5;

/// A server to make schemas in.
pub struct Server {
    /// A URL for the database that holds the schemas, without `options`.
    url: String,
    /// Whether the server is ours (removed whole at exit) or someone else's (clean up after us).
    throwaway: bool,
    /// How long starting it took (zero for `ACCTL_TEST_PG`).
    pub started_in: Duration,
}

static SERVER: OnceLock<Server> = OnceLock::new();
static NEXT: AtomicU64 = AtomicU64::new(0);

/// The server, started on first use.
pub fn server() -> &'static Server {
    SERVER.get_or_init(|| match std::env::var("ACCTL_TEST_PG") {
        Ok(url) if !url.trim().is_empty() => Server {
            url: url.trim().to_string(),
            throwaway: false,
            started_in: Duration::ZERO,
        },
        _ => start_cluster(),
    })
}

/// Whether the server is the throwaway cluster, whose authentication rules the tests set.
pub fn throwaway() -> bool {
    server().throwaway
}

/// The URL of the database that holds the schemas (search_path not set).
pub fn server_url() -> &'static str {
    &server().url
}

/// One sandbox's schema: `ACCTL_DB` for it, and dropped with it on a shared server.
pub struct Schema {
    pub name: String,
    pub url: String,
}

impl Schema {
    /// A new empty schema, `t_<pid>_<n>`: unique across the test processes sharing a server.
    pub fn create() -> Schema {
        let server = server();
        let name = format!(
            "t_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let mut client = connect(&server.url);
        client
            .batch_execute(&format!("CREATE SCHEMA {name}"))
            .unwrap_or_else(|e| panic!("CREATE SCHEMA {name}: {e}"));
        let url = with_search_path(&server.url, &name);
        Schema { name, url }
    }

    /// Whether anything (a table) exists in the schema yet.
    pub fn has_tables(&self) -> bool {
        let mut client = connect(&server().url);
        let n: i64 = client
            .query_one(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = $1",
                &[&self.name],
            )
            .expect("list tables")
            .get(0);
        n > 0
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        // A throwaway cluster goes whole; a failed test's schema stays for a look.
        let server = server();
        if server.throwaway || std::thread::panicking() {
            return;
        }
        if let Ok(mut client) = postgres::Client::connect(&server.url, postgres::NoTls) {
            let _ = client.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.name));
        }
    }
}

/// A client for `url` (tests' own connections: no TLS, as on the throwaway cluster).
pub fn connect(url: &str) -> postgres::Client {
    postgres::Client::connect(url, postgres::NoTls)
        .unwrap_or_else(|e| panic!("cannot connect to the test server {url}: {e}"))
}

/// `url` with `search_path` set to `schema` for every session (libpq's `options`).
fn with_search_path(url: &str, schema: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}options=-c%20search_path%3D{schema}")
}

/// The directory of PostgreSQL's server programs: the newest `/usr/lib/postgresql/N/bin`,
/// `pg_config --bindir`, or wherever `initdb` is on `PATH`.
fn bindir() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let v = e.file_name().to_str()?.parse().ok()?;
            Some((v, e.path().join("bin")))
        })
        .filter(|(_, bin)| bin.join("initdb").is_file())
        .collect();
    versions.sort();
    if let Some((_, bin)) = versions.pop() {
        return Some(bin);
    }
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output() {
        let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if out.status.success() && dir.join("initdb").is_file() {
            return Some(dir);
        }
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .find(|d| d.join("initdb").is_file() && d.join("pg_ctl").is_file())
}

/// `program` from `bin`, run as the `postgres` user when we are root (initdb refuses root).
fn server_command(bin: &Path, program: &str, as_postgres: bool) -> Command {
    if as_postgres {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(bin.join(program));
        c
    } else {
        Command::new(bin.join(program))
    }
}

fn run(mut c: Command, what: &str) {
    let out = c
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {what}: {e}"));
    assert!(
        out.status.success(),
        "{what} failed ({}):\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port on 127.0.0.1")
        .port()
}

/// initdb + pg_ctl start in a new directory under /tmp, and a watchdog that stops the server
/// and removes the directory once this process is gone (even killed by SIGKILL).
fn start_cluster() -> Server {
    let started = Instant::now();
    let Some(bin) = bindir() else {
        panic!(
            "\n\nThe PostgreSQL half of the test suite needs PostgreSQL's server programs (initdb, \
             pg_ctl) and found none in /usr/lib/postgresql/*/bin, `pg_config --bindir` or PATH.\n\
             Install them (Debian/Ubuntu: apt-get install postgresql), or point the tests at a \
             server you run: ACCTL_TEST_PG=postgres://USER@HOST:PORT/DATABASE (the user must be \
             allowed to CREATE SCHEMA).\n\n"
        );
    };
    // SAFETY: geteuid has no preconditions and cannot fail.
    let root = unsafe { libc::geteuid() } == 0;
    let dir = tempfile::Builder::new()
        .prefix("acctl-test-pg-")
        .tempdir_in("/tmp")
        .expect("a temp dir for the cluster")
        .keep();
    if root {
        let mut c = Command::new("chown");
        c.arg("postgres:").arg(&dir);
        run(c, "chown postgres: of the cluster's directory");
    }
    let data = dir.join("data");
    let log = dir.join("log");
    // The watchdog first, so that even a failed start is cleaned up.
    watchdog(&bin, &data, &dir, root);
    let mut c = server_command(&bin, "initdb", root);
    c.arg("-D").arg(&data).args([
        "-U",
        USER,
        "--auth=trust",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
        "--no-sync",
    ]);
    run(c, "initdb");
    // Trust for everyone but PASSWORD_ROLE, which must give a password (first match wins).
    let hba = data.join("pg_hba.conf");
    let rules = std::fs::read_to_string(&hba).expect("read pg_hba.conf");
    std::fs::write(
        &hba,
        format!("host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n{rules}"),
    )
    .expect("write pg_hba.conf");
    for attempt in 1..=PORT_ATTEMPTS {
        let port = free_port();
        let mut c = server_command(&bin, "pg_ctl", root);
        c.arg("-D")
            .arg(&data)
            .arg("-l")
            .arg(&log)
            .arg("-w")
            .arg("-o")
            .arg(format!(
                "-c listen_addresses=127.0.0.1 -p {port} -k {} -c fsync=off \
                 -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
                dir.display()
            ))
            .arg("start")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        // Its own process group: a Ctrl-C at the terminal is the watchdog's to handle.
        std::os::unix::process::CommandExt::process_group(&mut c, 0);
        let out = c.output().expect("run pg_ctl start");
        if out.status.success() {
            let server = Server {
                url: format!("postgres://{USER}@127.0.0.1:{port}/postgres"),
                throwaway: true,
                started_in: started.elapsed(),
            };
            eprintln!(
                "acctl tests: PostgreSQL cluster on 127.0.0.1:{port} in {} started in {:?}",
                dir.display(),
                server.started_in
            );
            return server;
        }
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        let clash = text.contains("could not bind") || text.contains("already in use");
        if !clash || attempt == PORT_ATTEMPTS {
            panic!(
                "pg_ctl start failed ({}):\n{}\n--- {}:\n{text}",
                out.status,
                String::from_utf8_lossy(&out.stderr),
                log.display()
            );
        }
    }
    unreachable!()
}

/// A shell that waits for this process to end, then stops the cluster at once and removes its
/// directory. In its own process group, so a Ctrl-C that ends the tests does not end it.
fn watchdog(bin: &Path, data: &Path, dir: &Path, root: bool) {
    let stop = format!(
        "{}'{}' -D '{}' stop -m immediate",
        if root { "runuser -u postgres -- " } else { "" },
        bin.join("pg_ctl").display(),
        data.display()
    );
    let script = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 0.5; done; \
         if [ -f '{data}/postmaster.pid' ]; then {stop} >/dev/null 2>&1; fi; rm -rf '{dir}'",
        pid = std::process::id(),
        data = data.display(),
        dir = dir.display(),
    );
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(script)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    std::os::unix::process::CommandExt::process_group(&mut c, 0);
    // Never waited for: it outlives this process by design, and init reaps it.
    #[allow(clippy::zombie_processes)]
    c.spawn().expect("start the cluster's watchdog");
}
