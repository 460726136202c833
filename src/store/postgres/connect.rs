//! Connecting to PostgreSQL as libpq does: the URL, its defaults from the environment and `~/.pgpass`, TLS made only when the server agrees, and a handshake bounded by a timeout.

use super::*;
use crate::error::{Error, Result};
use crate::store::{Location, OpenMode, BUSY_TIMEOUT};
use postgres::Client;
use std::cell::RefCell;
use std::collections::HashMap;
use std::time::Duration;

/// The URL without its password (`postgres://bob:secret@h/db` -> `postgres://bob@h/db`), and
/// without a `password=` parameter: what errors, `config show` and JSON may show.
pub fn redact(url: &str) -> String {
    let (scheme, rest) = match url.find("://") {
        Some(i) => (&url[..i + 3], &url[i + 3..]),
        None => ("", url),
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let authority = match authority.rfind('@') {
        Some(at) => {
            let userinfo = &authority[..at];
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{user}@{}", &authority[at + 1..])
        }
        None => authority.to_string(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let kept: Vec<String> = query
                .split('&')
                .map(|kv| {
                    if kv.to_ascii_lowercase().starts_with("password=") {
                        "password=***".to_string()
                    } else {
                        kv.to_string()
                    }
                })
                .collect();
            format!("{path}?{}", kept.join("&"))
        }
        None => tail.to_string(),
    };
    format!("{scheme}{authority}{tail}")
}

/// Connect to the database named by `url` and bring its acctl schema up to date.
pub(in crate::store) fn open(url: &str, mode: OpenMode) -> Result<Conn> {
    let shown = redact(url);
    let mut config: postgres::Config = url.parse().map_err(|e: postgres::Error| {
        Error::invalid(format!("{shown} is not a valid PostgreSQL URL: {e}"))
            .hint("write it as postgres://USER@HOST:PORT/DATABASE[?sslmode=require]")
    })?;
    fill_defaults(&mut config);
    let at = describe_hosts(&config);
    let client = connect(config, &at)?;
    let mut conn = Conn {
        client,
        cache: RefCell::new(HashMap::new()),
    };
    migrate(&mut conn, &Location::Postgres(url.to_string()), mode)?;
    Ok(conn)
}

/// What libpq would take from the environment when the URL leaves it out.
pub(super) fn fill_defaults(config: &mut postgres::Config) {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    if config.get_user().is_none() {
        let user = env("PGUSER")
            .or_else(|| env("USER"))
            .or_else(|| env("LOGNAME"))
            .unwrap_or_else(|| "postgres".into());
        config.user(&user);
    }
    if config.get_hosts().is_empty() {
        match env("PGHOST") {
            Some(h) => {
                config.host(&h);
            }
            None if std::path::Path::new("/var/run/postgresql").is_dir() => {
                config.host_path("/var/run/postgresql");
            }
            None => {
                config.host("localhost");
            }
        }
    }
    if config.get_ports().is_empty() {
        if let Some(p) = env("PGPORT").and_then(|p| p.parse().ok()) {
            config.port(p);
        }
    }
    if config.get_dbname().is_none() {
        if let Some(d) = env("PGDATABASE") {
            config.dbname(&d);
        }
    }
    if config.get_password().is_none() {
        if let Some(p) = env("PGPASSWORD").or_else(|| pgpass(config)) {
            config.password(p);
        }
    }
    if config.get_connect_timeout().is_none() {
        let secs = env("PGCONNECT_TIMEOUT").and_then(|s| s.parse::<u64>().ok());
        config.connect_timeout(secs.map_or(CONNECT_TIMEOUT, Duration::from_secs));
    }
    if config.get_application_name().is_none() {
        config.application_name("acctl");
    }
    // A writer waits for another's write lock as long as SQLite's busy timeout, then fails;
    // a `lock_timeout` in the URL's own options comes after, and wins.
    let lock = format!("-c lock_timeout={}s", BUSY_TIMEOUT.as_secs());
    let options = match config.get_options() {
        Some(o) if !o.is_empty() => format!("{lock} {o}"),
        _ => lock,
    };
    config.options(&options);
}

/// The password for this connection in `PGPASSFILE` or `~/.pgpass`, as libpq finds it: the
/// first line `host:port:database:user:password` whose fields match (`*` matches anything).
/// A file that others may read is ignored, as libpq does.
pub(super) fn pgpass(config: &postgres::Config) -> Option<String> {
    let path = std::env::var_os("PGPASSFILE")
        .map(std::path::PathBuf::from)
        .or_else(|| dirs::home_dir().map(|h| h.join(".pgpass")))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if std::fs::metadata(&path).ok()?.permissions().mode() & 0o077 != 0 {
            return None;
        }
    }
    let text = std::fs::read_to_string(&path).ok()?;
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(h)) => h.clone(),
        _ => "localhost".to_string(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let user = config.get_user().unwrap_or_default().to_string();
    let db = config
        .get_dbname()
        .map_or_else(|| user.clone(), str::to_string);
    let wanted = [host.as_str(), &port, &db, &user];
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .find_map(|line| {
            let fields = split_pgpass(line);
            if fields.len() != 5 {
                return None;
            }
            let matches = fields[..4]
                .iter()
                .zip(wanted)
                .all(|(f, w)| f == "*" || f == w);
            matches.then(|| fields[4].clone())
        })
}

/// One `.pgpass` line's fields: `:` separates, `\` escapes `:` and `\`.
pub(super) fn split_pgpass(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let (Some(n), Some(f)) = (chars.next(), fields.last_mut()) {
                    f.push(n);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            _ => {
                if let Some(f) = fields.last_mut() {
                    f.push(c)
                }
            }
        }
    }
    fields
}

/// `host:port` of every host the URL names, for messages.
pub(super) fn describe_hosts(config: &postgres::Config) -> String {
    let ports = config.get_ports();
    config
        .get_hosts()
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let port = ports
                .get(i)
                .or_else(|| ports.first())
                .copied()
                .unwrap_or(5432);
            match h {
                postgres::config::Host::Tcp(h) => format!("{h}:{port}"),
                #[cfg(unix)]
                postgres::config::Host::Unix(p) => format!("{} (port {port})", p.display()),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Connect within the connect timeout as a whole: the driver's own timeout covers opening the
/// socket, not a server that accepts it and then says nothing, so the handshake runs on a
/// thread that is abandoned when the time is up (the process is about to exit with an error).
pub(super) fn connect(config: postgres::Config, at: &str) -> Result<Client> {
    let limit = config
        .get_connect_timeout()
        .copied()
        .unwrap_or(CONNECT_TIMEOUT);
    let tls = LazyTls;
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(config.connect(tls));
    });
    // The whole connection within the limit the message names (a server that accepts and
    // then says nothing was given up a second late, and the message said otherwise).
    match receive.recv_timeout(limit) {
        Ok(Ok(client)) => Ok(client),
        Ok(Err(e)) => Err(connect_error(&e, at)),
        Err(_) => Err(Error::internal(format!(
            "cannot connect to PostgreSQL at {at}: no answer within {}s",
            limit.as_secs()
        ))
        .hint(format!(
            "check that the server is running and reachable at {at} (pg_isready), and the URL in --db or ACCTL_DB"
        ))),
    }
}

/// TLS as libpq does it for `sslmode=prefer` (the default) and `require`: encrypted when the
/// server offers it, without verifying the server's certificate. The OpenSSL context is made
/// only once the server has agreed to TLS: making one reads the system's CA bundle, about
/// 50 ms of CPU that a server without TLS (or `sslmode=disable`) should not cost.
pub(super) struct LazyTls;

pub(super) struct LazyTlsConnect {
    domain: String,
}

impl postgres::tls::MakeTlsConnect<postgres::Socket> for LazyTls {
    type Stream = postgres_openssl::TlsStream<postgres::Socket>;
    type TlsConnect = LazyTlsConnect;
    type Error = std::convert::Infallible;

    fn make_tls_connect(
        &mut self,
        domain: &str,
    ) -> std::result::Result<LazyTlsConnect, Self::Error> {
        Ok(LazyTlsConnect {
            domain: domain.to_string(),
        })
    }
}

type TlsFuture = std::pin::Pin<
    Box<
        dyn std::future::Future<
                Output = std::result::Result<
                    postgres_openssl::TlsStream<postgres::Socket>,
                    Box<dyn std::error::Error + Send + Sync>,
                >,
            > + Send,
    >,
>;

impl postgres::tls::TlsConnect<postgres::Socket> for LazyTlsConnect {
    type Stream = postgres_openssl::TlsStream<postgres::Socket>;
    type Error = Box<dyn std::error::Error + Send + Sync>;
    type Future = TlsFuture;

    fn connect(self, stream: postgres::Socket) -> TlsFuture {
        use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};
        let configured = (|| {
            let mut builder = SslConnector::builder(SslMethod::tls())?;
            builder.set_verify(SslVerifyMode::NONE);
            builder.build().configure()
        })();
        match configured {
            Ok(config) => {
                let tls = postgres_openssl::TlsConnector::new(config, &self.domain);
                postgres::tls::TlsConnect::connect(tls, stream)
            }
            Err(e) => Box::pin(async move { Err(e.into()) }),
        }
    }
}

pub(super) fn connect_error(e: &postgres::Error, at: &str) -> Error {
    if let Some(db) = e.as_db_error() {
        let hint = match db.code().code() {
            "3D000" => "acctl never creates the database itself: create it (createdb), then run acctl init or acctl apply",
            "28P01" | "28000" => "check the user and password: PGPASSWORD, ~/.pgpass, or the URL",
            _ => "check the URL in --db, ACCTL_DB or the config's db",
        };
        return Error::internal(format!(
            "PostgreSQL at {at} refused the connection: {}",
            db.message()
        ))
        .hint(hint);
    }
    let reason = std::error::Error::source(e).map_or_else(|| e.to_string(), |s| s.to_string());
    // The driver's own words when the server asks for a password and none was found.
    if reason.contains("password missing") {
        return Error::internal(format!(
            "PostgreSQL at {at} asks for a password and none was given"
        ))
        .hint("set PGPASSWORD, or put it in ~/.pgpass (mode 0600) or the file PGPASSFILE names");
    }
    Error::internal(format!("cannot connect to PostgreSQL at {at}: {reason}")).hint(format!(
        "check that the server is running and reachable at {at} (pg_isready), and the URL in --db or ACCTL_DB"
    ))
}
