#!/usr/bin/env python3
"""acctl on PostgreSQL: start a throwaway PostgreSQL 15 cluster on 127.0.0.1, build stores through
acctl's own `apply` and `usage import` (beside the same steps on SQLite, same run), time single
commands beside `psql` running the equivalent query on the same database, run `usage record`
from 8 concurrent processes, and write the section "## PostgreSQL" of BENCHMARKS.md (between
the markers <!-- pg:begin --> and <!-- pg:end -->, replaced on every run).

Usage: python3 bench/pg.py [--quick] [--runs N] [--out FILE] [--skip-build] [--acctl BINARY]
                           [--max-step S] [--only main|scale] [--sizes N,N,..] [--report-sizes N,..]

  full:    a first size of 100 projects x 100 subprojects and 100,000 charges, then
           1,000 x 100 and 1,000,000 charges; the second size is cut to 300 x 100 and 300,000
           charges when the first size's PostgreSQL figures project a step over --max-step
           seconds (default 600) at full size.
  --quick: 10 x 10 / 1,000 charges, then 20 x 10 / 2,000 (a smoke test; writes under target/)

  scale:   the section "Scale on PostgreSQL (issue #14)" (bench/pg_scale.py): `usage import` at
           100k and 1M lines (--sizes; 10M too when asked), `apply` of 100,000 subprojects,
           `export` at two sizes and `usage report`, each beside psql doing the same work. Part
           of the full run; `--only scale` runs it alone (its own section, between
           <!-- pg-scale:begin --> and <!-- pg-scale:end -->).

Runs as root (initdb and pg_ctl run as the user postgres through runuser); stdlib only.
Work files go to target/bench/pg/. The cluster is stopped and removed at the end, also on error.
"""
import argparse
import datetime
import hashlib
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import bench_data  # noqa: E402
import run as sqlite_bench  # noqa: E402  (machine, fsync probe, paired timing: the same method)

ROOT = os.path.dirname(HERE)
ACCTL = os.path.join(ROOT, "target", "release", "acctl")
PGBIN = "/usr/lib/postgresql/15/bin"
# The psql binary itself: /usr/bin/psql on Debian is pg_wrapper, a Perl script that picks the
# version and then execs this binary, about 40 ms of Perl start-up per process on this machine
# (measured beside it as a floor below).
PSQL = f"{PGBIN}/psql" if os.path.exists(f"{PGBIN}/psql") else "/usr/lib/postgresql/15/bin/psql"
PSQL_WRAPPER = "/usr/bin/psql"
SQLITE3 = sqlite_bench.SQLITE3
GNU_TIME = "/usr/bin/time"
BEGIN, END = "<!-- pg:begin -->", "<!-- pg:end -->"
RATIO_TARGET = 3.0
# acctl builds its TLS connector (openssl's SslConnector::builder) on every connection, which loads
# the system CA bundle even with sslmode=disable and certificate verification off. Pointing
# OpenSSL at an empty bundle shows what that costs (diagnostic rows only).
NO_CA = {"SSL_CERT_FILE": "/dev/null", "SSL_CERT_DIR": "/nonexistent"}

log = sqlite_bench.log


# --- the cluster ----------------------------------------------------------------------------


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Cluster:
    """A throwaway PostgreSQL cluster owned by the user postgres, listening on 127.0.0.1 only
    (and a Unix socket in its own directory), trust authentication for the superuser acctl."""

    def __init__(self, port):
        self.port = port
        self.dir = tempfile.mkdtemp(prefix="acctl-pg-bench.")
        shutil.chown(self.dir, "postgres", "postgres")
        os.chmod(self.dir, 0o700)
        self.data = os.path.join(self.dir, "data")
        self.started = False

    def as_postgres(self, args):
        r = subprocess.run(["runuser", "-u", "postgres", "--"] + args, capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(f"failed ({r.returncode}): {' '.join(args)}\n{r.stdout}\n{r.stderr}")
        return r.stdout

    def start(self):
        self.as_postgres([f"{PGBIN}/initdb", "-D", self.data, "-U", "acctl", "--auth=trust", "-E", "UTF8",
                          "--locale=C.UTF-8", "-N"])
        # pg_stat_statements is loaded but tracks nothing except in the one database where
        # acctl's statements are counted (ALTER DATABASE ... SET below).
        opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} "
                "-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=none")
        self.as_postgres([f"{PGBIN}/pg_ctl", "-D", self.data, "-l", os.path.join(self.dir, "log"), "-w",
                          "-o", opts, "start"])
        self.started = True

    def stop(self):
        if self.started:
            subprocess.run(["runuser", "-u", "postgres", "--", f"{PGBIN}/pg_ctl", "-D", self.data, "-m", "fast",
                            "-w", "stop"], capture_output=True)
            self.started = False
        shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, db):
        return f"postgres://acctl@127.0.0.1:{self.port}/{db}"

    def psql_cmd(self, db, sql):
        return [PSQL, "-X", "-q", "-A", "-t", "-h", "127.0.0.1", "-p", str(self.port), "-U", "acctl", "-d", db,
                "-c", sql]

    def psql(self, db, sql):
        r = subprocess.run(self.psql_cmd(db, sql), capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(f"psql failed: {sql}\n{r.stderr}")
        return r.stdout.strip()

    def server_cpu(self):
        """CPU seconds used by the whole cluster so far: the postmaster's own and its reaped
        children's (exited backends), plus its live children's."""
        tck = os.sysconf("SC_CLK_TCK")
        with open(os.path.join(self.data, "postmaster.pid")) as f:
            pm = int(f.readline())

        def stat(pid):
            with open(f"/proc/{pid}/stat") as f:
                s = f.read()
            return s[s.rindex(")") + 2:].split()

        total = sum(int(x) for x in stat(pm)[11:15])
        for p in os.listdir("/proc"):
            if p.isdigit() and int(p) != pm:
                try:
                    s = stat(p)
                except OSError:
                    continue
                if int(s[1]) == pm:
                    total += int(s[11]) + int(s[12])
        return total / tck

    def settings(self):
        names = ["server_version", "fsync", "synchronous_commit", "wal_sync_method", "full_page_writes",
                 "shared_buffers", "wal_buffers", "max_wal_size", "checkpoint_timeout", "jit", "ssl"]
        out = {}
        for n in names:
            out[n] = self.psql("postgres", f"SHOW {n}")
        return out


# --- timing ---------------------------------------------------------------------------------


def timed(cmd, env, timeout=None):
    """One run under GNU time: (wall s, peak RSS KiB, CPU s user + system) or None on timeout."""
    fd, tf = tempfile.mkstemp(prefix="acctl-time.")
    os.close(fd)
    try:
        r = subprocess.run([GNU_TIME, "-o", tf, "-f", "%e %M %U %S"] + cmd, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True, timeout=timeout)
        with open(tf) as f:
            last = f.read().strip().splitlines()[-1].split()
    except subprocess.TimeoutExpired:
        return None
    finally:
        os.remove(tf)
    if r.returncode != 0:
        raise SystemExit(f"command failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr[-3000:]}")
    return float(last[0]), int(last[1]), float(last[2]) + float(last[3])


def db_counters(cl, db):
    row = cl.psql("postgres", "SELECT xact_commit, tup_inserted, tup_updated, tup_fetched, tup_returned "
                              f"FROM pg_stat_database WHERE datname = '{db}'")
    return [int(x) for x in row.split("|")]


# --- bulk -----------------------------------------------------------------------------------


def bulk(cl, env, work, size, tag, pg_timeout=None):
    """apply (a key on every subproject) then usage import, on a fresh SQLite file and on a fresh
    PostgreSQL database. Returns a dict of figures, and the database name and file."""
    projects, subs, charges = size
    n_sub = projects * subs
    manifest = os.path.join(work, f"manifest-{tag}.toml")
    charges_file = os.path.join(work, f"charges-{tag}.jsonl")
    bench_data.write_manifest(manifest, projects, subs, keys=True)
    bench_data.write_charges(charges_file, charges, projects, subs)
    res = {"size": size}

    sq = os.path.join(work, f"store-{tag}.db")
    log(f"SQLite: apply of {n_sub} subprojects with keys")
    res["sq_apply"] = timed([ACCTL, "--db", sq, "-q", "apply", "-f", manifest, "--secrets-out",
                             os.path.join(work, f"secrets-sq-{tag}.txt")], env)
    log(f"SQLite: usage import of {charges} charges")
    res["sq_import"] = timed([ACCTL, "--db", sq, "-q", "usage", "import", charges_file], env)
    got = sqlite_bench.count(sq, "SELECT count(*) FROM charge")
    if got != charges:
        raise SystemExit(f"SQLite store {sq} holds {got} charges, not {charges}")

    db = f"store_{tag}"
    cl.psql("postgres", f"CREATE DATABASE {db}")
    url = cl.url(db)
    secrets = os.path.join(work, f"secrets-pg-{tag}.txt")
    for step, cmd in (("apply", [ACCTL, "--db", url, "-q", "apply", "-f", manifest, "--secrets-out", secrets]),
                      ("import", [ACCTL, "--db", url, "-q", "usage", "import", charges_file])):
        log(f"PostgreSQL: {step} ({n_sub} subprojects, {charges} charges)")
        c0, s0 = db_counters(cl, db), cl.server_cpu()
        r = timed(cmd, env, timeout=pg_timeout)
        if r is None:
            raise SystemExit(f"PostgreSQL {step} took over {pg_timeout} s: {' '.join(cmd)}")
        res[f"pg_{step}"] = r
        res[f"pg_{step}_server_cpu"] = cl.server_cpu() - s0
        res[f"pg_{step}_counters"] = [b - a for a, b in zip(c0, db_counters(cl, db))]
    got = int(cl.psql(db, "SELECT count(*) FROM charge"))
    subs_got = int(cl.psql(db, "SELECT count(*) FROM node WHERE parent_id IS NOT NULL"))
    if got != charges or subs_got != n_sub:
        raise SystemExit(f"PostgreSQL store {db} holds {subs_got} subprojects and {got} charges")
    res["pg_size"] = cl.psql("postgres", f"SELECT pg_size_pretty(pg_database_size('{db}'))")
    res["sq_size"] = f"{os.path.getsize(sq) / 1024 / 1024:.0f} MiB"
    return res, db, url, secrets, sq


def round_trips(cl, env, work):
    """Statements acctl sends per subproject (apply) and per charge (import), counted by
    pg_stat_statements in a database of its own: 10 x 100 subprojects, 10,000 charges."""
    db = "diag"
    cl.psql("postgres", f"CREATE DATABASE {db}")
    cl.psql("postgres", f"ALTER DATABASE {db} SET pg_stat_statements.track = 'top'")
    cl.psql(db, "CREATE EXTENSION pg_stat_statements")
    manifest = os.path.join(work, "manifest-diag.toml")
    charges_file = os.path.join(work, "charges-diag.jsonl")
    projects, subs, charges = 10, 100, 10_000
    bench_data.write_manifest(manifest, projects, subs, keys=True)
    bench_data.write_charges(charges_file, charges, projects, subs)
    url = cl.url(db)
    out = {}
    q = ("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid "
         f"WHERE d.datname = '{db}' AND s.query NOT LIKE '%pg_stat_statements%'")
    top = ("SELECT calls || ' x ' || regexp_replace(left(query, 90), '\\s+', ' ', 'g') FROM pg_stat_statements s "
           f"JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = '{db}' AND s.query NOT LIKE '%pg_stat_statements%' "
           "ORDER BY calls DESC LIMIT 8")
    for step, cmd in (("apply", [ACCTL, "--db", url, "-q", "apply", "-f", manifest, "--secrets-out",
                                 os.path.join(work, "secrets-diag.txt")]),
                      ("import", [ACCTL, "--db", url, "-q", "usage", "import", charges_file])):
        cl.psql(db, "SELECT pg_stat_statements_reset()")
        sqlite_bench.run(cmd, env)
        out[step] = (int(cl.psql(db, q)), cl.psql(db, top).splitlines())
    # Single commands: statements per process (a prepared statement costs one more round trip
    # the first time a process uses it; connecting costs a few more).
    for step, cmd in (("show", [ACCTL, "--db", url, "subproject", "show", "proj-0005/cust-050"]),
                      ("record", [ACCTL, "--db", url, "-q", "usage", "record", "proj-0005/cust-050", "0.0125",
                                  "--idempotency-key", "diag-1"])):
        cl.psql(db, "SELECT pg_stat_statements_reset()")
        sqlite_bench.run(cmd, env)
        out[step] = (int(cl.psql(db, q)), cl.psql(db, top.replace("LIMIT 8", "LIMIT 30")).splitlines())
    out["per_sub"] = out["apply"][0] / (projects * subs)
    out["per_charge"] = out["import"][0] / charges
    cl.psql(db, "SELECT pg_stat_statements_reset()")
    return out


# --- single commands ------------------------------------------------------------------------


def singles_for(cl, db, url, sq, env, secrets_pg, secrets_sq, size):
    projects, subs, _ = size
    pn, sn = bench_data.project_name(projects // 2), bench_data.sub_name(subs // 2)
    path = f"{pn}/{sn}"
    key_pg = re.search(r"(ak_[0-9a-f]+)", [l for l in open(secrets_pg) if f"\t{path}\t" in l][0]).group(1)
    secret_pg = sqlite_bench.secret_of(secrets_pg, key_pg)
    key_sq = re.search(r"(ak_[0-9a-f]+)", [l for l in open(secrets_sq) if f"\t{path}\t" in l][0]).group(1)
    secret_sq = sqlite_bench.secret_of(secrets_sq, key_sq)
    labels_pg = "(SELECT string_agg(l.key || '=' || l.value, ',') FROM label l WHERE l.node_id = s.id)"
    labels_sq = "(SELECT group_concat(l.key || '=' || l.value, ',') FROM label l WHERE l.node_id = s.id)"

    def show(lab):
        return ("SELECT s.id, s.name, p.name, s.external_id, s.credit_limit, s.total_spent, s.status, s.created_at, "
                f"b.name, b.currency, {lab} FROM node p JOIN node s ON s.parent_id = p.id "
                "JOIN billing_account b ON b.id = p.billing_account_id "
                f"WHERE p.parent_id IS NULL AND p.name_key = '{pn}' AND p.status <> 'deleted' "
                f"AND s.name_key = '{sn}' AND s.status <> 'deleted';")

    def lst(lab):
        return ("SELECT s.id, s.name, s.external_id, s.credit_limit, s.total_spent, s.status, s.created_at, "
                f"b.currency, {lab} FROM node p JOIN node s ON s.parent_id = p.id "
                "JOIN billing_account b ON b.id = p.billing_account_id "
                f"WHERE p.parent_id IS NULL AND p.name_key = '{pn}' AND p.status <> 'deleted' "
                "AND s.status <> 'deleted' ORDER BY s.name_key;")

    def balance(hash_lit):
        return ("SELECT k.id, s.name, p.name, s.total_spent, s.credit_limit, b.id, b.kind, b.currency, b.balance "
                "FROM key_secret ks JOIN api_key k ON k.id = ks.key_id JOIN node s ON s.id = k.node_id "
                "JOIN node p ON p.id = s.parent_id JOIN billing_account b ON b.id = p.billing_account_id "
                f"WHERE ks.hash = {hash_lit} AND k.revoked_at IS NULL AND ks.ends_at IS NULL;")

    def access(key):
        return ("SELECT k.id, k.node_id IN (s.id, p.id) FROM api_key k, node p JOIN node s ON s.parent_id = p.id "
                f"WHERE k.id = '{key}' AND k.revoked_at IS NULL AND p.parent_id IS NULL AND p.name_key = '{pn}' "
                f"AND p.status <> 'deleted' AND s.name_key = '{sn}' AND s.status <> 'deleted';")

    def tree(cast):
        # The project's line and its subprojects' lines: name, spent, limit, currency.
        return ("SELECT s.name, s.total_spent, s.credit_limit, b.currency FROM node p "
                "JOIN billing_account b ON b.id = p.billing_account_id "
                "LEFT JOIN node s ON s.parent_id = p.id AND s.status <> 'deleted' "
                f"WHERE p.parent_id IS NULL AND p.name_key = '{pn}' AND p.status <> 'deleted' "
                f"ORDER BY s.name_key{cast};")

    h = lambda s: hashlib.sha256(s.encode()).hexdigest()  # noqa: E731
    return [
        (f"`subproject show {path}`", ["subproject", "show", path], None, None, show(labels_pg), show(labels_sq)),
        (f"`subproject list {pn}` ({subs} rows)", ["subproject", "list", pn], None, None, lst(labels_pg),
         lst(labels_sq)),
        ("`balance` as a subproject key (`ACCTL_KEY`)", ["balance"], secret_pg, secret_sq,
         balance(f"'\\x{h(secret_pg)}'::bytea"), balance(f"X'{h(secret_sq)}'")),
        (f"`access check --key KEY --on {path}`", ["access", "check", "--key", key_pg, "--on", path], None, None,
         access(key_pg), access(key_sq)),
        (None, None, None, None, "SELECT 1", "SELECT 1;"),
        (f"`tree {pn}` ({subs + 1} lines)", ["tree", pn], None, None, tree(""), tree("")),
    ], key_sq


def time_singles(cl, db, url, sq, env, singles, key_sq, runs):
    rows = []
    for label, args, sec_pg, sec_sq, sql_pg, sql_sq in singles:
        log(f"timing {label}")
        env_pg = dict(env, ACCTL_KEY=sec_pg) if sec_pg else env
        env_sq = dict(env, ACCTL_KEY=sec_sq) if sec_sq else env
        if label is None:  # the floor: connecting and one trivial query
            wrapped = [PSQL_WRAPPER] + cl.psql_cmd(db, sql_pg)[1:]
            (pm, pmin, pmax), (wm, wmin, _) = sqlite_bench.paired_ms((cl.psql_cmd(db, sql_pg), env, (0,)),
                                                                     (wrapped, env, (0,)), runs)
            rows.append({"label": None, "psql": (pm, pmin, pmax), "wrapper": (wm, wmin)})
            continue
        if not cl.psql(db, sql_pg):
            raise SystemExit(f"the equivalent query for {label} found nothing on PostgreSQL:\n{sql_pg}")
        psql = cl.psql_cmd(db, sql_pg)
        (am, amin, amax), (pm, pmin, pmax) = sqlite_bench.paired_ms(([ACCTL, "--db", url] + args, env_pg, (0,)),
                                                                   (psql, env, (0,)), runs)
        sq_args = list(args)
        if "--key" in args:
            sq_args[args.index("--key") + 1] = key_sq
        (sam, _, _), (ssm, _, _) = sqlite_bench.paired_ms(([ACCTL, "--db", sq] + sq_args, env_sq, (0,)),
                                                         ([SQLITE3, sq, sql_sq], env, (0,)), runs)
        _, rss, _ = timed([ACCTL, "--db", url] + args, env_pg)
        rows.append({"label": label, "acctl": (am, amin, amax), "psql": (pm, pmin, pmax), "ratio": am / pm,
                     "rss": rss, "sq_acctl": sam, "sqlite3": ssm, "sql": sql_pg})
        if args[:2] == ["subproject", "show"]:
            log(f"timing {label} without the CA bundle (diagnostic)")
            (nm, nmin, nmax), (pm2, _, _) = sqlite_bench.paired_ms(
                ([ACCTL, "--db", url] + args, dict(env_pg, **NO_CA), (0,)), (psql, env, (0,)), runs)
            rows.append({"label": label + ", with `SSL_CERT_FILE=/dev/null` (diagnostic)", "acctl": (nm, nmin, nmax),
                         "psql": (pm2, 0, 0), "ratio": nm / pm2, "rss": rss, "sq_acctl": sam, "sqlite3": ssm,
                         "sql": sql_pg, "diag": True})
    return rows


# --- usage record ---------------------------------------------------------------------------


def record_block(cl, db, url, env, target, prefix, n_seq, n_conc, workers, diag=0):
    sub_where = ("node_id = (SELECT s.id FROM node p JOIN node s ON s.parent_id = p.id WHERE p.parent_id IS NULL "
                 f"AND p.name_key = '{target.split('/')[0]}' AND s.name_key = '{target.split('/')[1]}')")
    out = {}
    log(f"usage record on {db}: {n_seq} one at a time")
    out["seq"] = sqlite_bench.record_runs(url, env, [target], f"{prefix}seq", n_seq, 1)
    log(f"usage record on {db}: {n_conc} by {workers} concurrent processes")
    out["conc"] = sqlite_bench.record_runs(url, env, [target], f"{prefix}conc", n_conc, workers)
    kinds = ["seq", "conc"]
    if diag:
        log(f"usage record on {db}: {diag} by {workers} concurrent processes without the CA bundle (diagnostic)")
        out["diag"] = sqlite_bench.record_runs(url, dict(env, **NO_CA), [target], f"{prefix}diag", diag, workers)
        kinds.append("diag")
    for k in kinds:
        out[k + "_stored"] = int(cl.psql(db, f"SELECT count(*) FROM charge WHERE idempotency_key LIKE '{prefix}{k}-%' "
                                             f"AND {sub_where}"))
        out[k + "_distinct"] = int(cl.psql(db, "SELECT count(DISTINCT idempotency_key) FROM charge "
                                               f"WHERE idempotency_key LIKE '{prefix}{k}-%'"))
    out["total_ok"] = cl.psql(db, "SELECT (SELECT total_spent FROM node WHERE " + sub_where.replace("node_id", "id")
                              + ") = (SELECT sum(amount) FROM charge WHERE " + sub_where + ")")
    return out


# --- the report -----------------------------------------------------------------------------


def fmt_bulk(t, extra=""):
    wall, rss, cpu = t
    return f"{wall:.1f} s (CPU {cpu:.1f} s{extra}), {rss / 1024:.0f} MiB"


def write_section(out_path, text):
    sqlite_bench.replace_section(out_path, BEGIN, END, f"{BEGIN}\n{text.rstrip()}\n{END}")


def report(m, settings, sizes_note, bulks, singles, rec, rec_small, rt, check_note, notes, runs, elapsed, workers,
           quick):
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    L = ["## PostgreSQL", ""]
    L.append(f"Generated by `python3 bench/pg.py{' --quick' if quick else ''}` on {now} (acctl commit "
             f"`{m['commit']}`, release build), in {elapsed / 60:.1f} minutes, on the machine above ({m['cpu']}, "
             f"{m['cores']}, {m['ram']}, {m['os']}, {m['fs']}). {m['load']}. {m['fsync']}. Do not edit by hand: "
             "rerun the script (it replaces only this section).")
    L.append("")
    L.append("### Server and settings")
    L.append("")
    L.append(f"A throwaway cluster started by the script: PostgreSQL {settings['server_version']} "
             "(`/usr/lib/postgresql/15/bin`), `initdb -U acctl --auth=trust -E UTF8 --locale=C.UTF-8 -N`, listening "
             "on 127.0.0.1 only (acctl and psql connect over TCP, `postgres://acctl@127.0.0.1:PORT/DB`, no TLS: "
             f"ssl={settings['ssl']}), on the same 2 cores as the client processes. Durability is the default: "
             f"fsync={settings['fsync']}, synchronous_commit={settings['synchronous_commit']}, "
             f"wal_sync_method={settings['wal_sync_method']}, full_page_writes={settings['full_page_writes']}; "
             f"shared_buffers={settings['shared_buffers']}, wal_buffers={settings['wal_buffers']}, "
             f"max_wal_size={settings['max_wal_size']}, checkpoint_timeout={settings['checkpoint_timeout']}, "
             f"jit={settings['jit']} (all defaults). The only change: `pg_stat_statements` is preloaded with "
             "tracking off, and switched on only in a separate small database used to count statements.")
    L.append("")
    L.append("### Method")
    L.append("")
    L.append("- Bulk: on a fresh database (`CREATE DATABASE`) and, in the same run, a fresh SQLite file: `acctl apply` "
             "of bench_data.py's manifest (P projects x S subprojects, external id, two labels, a credit limit and a "
             "key on every subproject, `--secrets-out`), then `acctl usage import` of C generated charges (JSON "
             "lines, each with its own idempotency key). One run of each, under `/usr/bin/time -f \"%e %M %U %S\"`: "
             "wall time, peak RSS of acctl, acctl's CPU (user + system). \"server CPU\" is the CPU the PostgreSQL "
             "cluster used during the step (postmaster and backends, from /proc).")
    L.append(f"- {sizes_note}")
    L.append(f"- Single commands on the largest PostgreSQL store: median of {runs} whole-process runs after 3 "
             "warm-ups, alternating run by run with one `psql -X -q -A -t -c \"SQL\"` process (the psql binary, not Debian's wrapper) running the equivalent "
             "query on the same database over the same TCP connection settings (timed the same way, from "
             "`subprocess.run`, output to /dev/null). Beside them, the same pair on the SQLite store of the same "
             "size: acctl on the file and the `sqlite3` shell (bench/run.py's method and queries). Target: acctl "
             f"at most {RATIO_TARGET:.0f}x psql.")
    L.append(f"- `usage record`: every run is a new acctl process with its own idempotency key against one "
             f"subproject (credit limit 100,000.00, each charge 0.0125): first one at a time, then {workers} "
             "concurrent processes. Afterwards psql counts the charges stored under those keys and compares with "
             "the exit-0 count, and checks the subproject's total_spent against the sum of its charges.")
    L.append("")
    L.append("### Bulk, beside SQLite")
    L.append("")
    L.append("| size | step | PostgreSQL | SQLite | PG / SQLite |")
    L.append("|---|---|---|---|---|")
    for b in bulks:
        p, s, c = b["size"]
        sz = f"{p:,} x {s:,} = {p * s:,} subprojects, {c:,} charges"
        for step, what in (("apply", f"`apply` with {p * s:,} keys"), ("import", f"`usage import` of {c:,}")):
            pg, sq = b[f"pg_{step}"], b[f"sq_{step}"]
            n = p * s if step == "apply" else c
            srv = b["pg_" + step + "_server_cpu"]
            pg_text = fmt_bulk(pg, f"; server CPU {srv:.1f} s, {n / pg[0]:,.0f}/s")
            L.append(f"| {sz} | {what} | {pg_text} | "
                     f"{fmt_bulk(sq, f', {n / sq[0]:,.0f}/s')} | {pg[0] / sq[0]:.1f}x |")
        L.append(f"| {sz} | store size | {b['pg_size']} | {b['sq_size']} | |")
    L.append("")
    L.append("Times are wall time (CPU of the acctl process; for PostgreSQL also the server's CPU) and acctl's "
             "peak RSS.")
    L.append("")
    L.append("### Single commands: acctl vs psql")
    L.append("")
    L.append("| command | acctl on PostgreSQL | psql | acctl / psql | | acctl RSS | acctl on SQLite | sqlite3 | "
             "acctl / sqlite3 |")
    L.append("|---|---|---|---|---|---|---|---|---|")
    floor = [r for r in singles if r["label"] is None]
    for r in singles:
        if r["label"] is None:
            continue
        am, amin, amax = r["acctl"]
        ok = "met" if r["ratio"] <= RATIO_TARGET else "**MISSED**"
        if r.get("diag"):
            ok = "(not a figure of acctl as shipped)"
        tail = ("- | - | - | - |" if r.get("diag") else f"{r['rss'] / 1024:.1f} MiB | {r['sq_acctl']:.2f} ms | "
                f"{r['sqlite3']:.2f} ms | {r['sq_acctl'] / r['sqlite3']:.2f}x |")
        L.append(f"| {r['label']} | {am:.2f} ms (min {amin:.2f}, max {amax:.2f}) | {r['psql'][0]:.2f} ms | "
                 f"{r['ratio']:.2f}x | {ok} | " + tail)
    L.append("")
    if floor:
        L.append(f"psql is the binary `{PSQL}`. The floor: `psql -c \"SELECT 1\"` (start psql, connect, one "
                 f"trivial query) took {floor[0]['psql'][0]:.2f} ms (min {floor[0]['psql'][1]:.2f}) in the same "
                 f"run; through Debian's `/usr/bin/psql` (pg_wrapper, a Perl script that execs that binary) "
                 f"{floor[0]['wrapper'][0]:.2f} ms (min {floor[0]['wrapper'][1]:.2f}). Against the wrapper every "
                 "ratio above would look about that much better; it is not psql's work, so it is left out.")
        L.append("")
    L.append("Statements one acctl process sends (pg_stat_statements, small database; BEGIN, SET TRANSACTION "
             "and COMMIT included, connecting and preparing not): "
             f"`subproject show` {rt['show'][0]}, `usage record` {rt['record'][0]}:")
    L.append("")
    for step in ("show", "record"):
        L.append(f"- `{step}`: " + "; ".join(f"`{x.replace('|', '/').replace('`', '')}`" for x in rt[step][1]))
    L.append("")
    L.append("### `usage record`")
    L.append("")
    L.append("| store | runs | rate | exit 0 / failed | charges stored (distinct keys) | total_spent = sum | |")
    L.append("|---|---|---|---|---|---|---|")
    for name, rr in rec:
        for k, what in (("seq", "one at a time"), ("conc", f"{workers} concurrent processes"),
                        ("diag", f"{workers} concurrent, `SSL_CERT_FILE=/dev/null` (diagnostic)")):
            if k not in rr:
                continue
            wall, ok, fails = rr[k]
            lost = ok - rr[k + "_stored"]
            good = "nothing lost" if lost == 0 and rr[k + "_distinct"] == rr[k + "_stored"] else "**LOST OR DOUBLED**"
            L.append(f"| {name} | {ok + len(fails)} {what} | {ok / wall:.0f}/s ({wall * 1000 / (ok + len(fails)):.2f} "
                     f"ms of wall time per run) | {ok} / {len(fails)} | {rr[k + '_stored']} ({rr[k + '_distinct']}) | "
                     f"{rr['total_ok']} | {good} |")
    L.append("")
    L.append(check_note)
    L.append("")
    L += sqlite_bench.note_lines(notes)
    L.append("### Where the time goes")
    L.append("")
    big = bulks[-1]
    pa, pi = big["pg_apply"], big["pg_import"]
    p, s, c = big["size"]
    L.append(f"Statements acctl sends (pg_stat_statements, in a separate 10 x 100 / 10,000-charge database): "
             f"`apply` {rt['per_sub']:.1f} per subproject, `usage import` {rt['per_charge']:.1f} per charge. "
             "acctl prepares each statement once per process and then executes it per row: every execution is "
             "one client-server round trip (Bind/Execute/Sync). Only an import's charges are batched (binary "
             "COPY, 8,192 rows at a time); apply's rows and every read are one round trip each. "
             "The most frequent statements:")
    L.append("")
    for step in ("apply", "import"):
        L.append(f"- `{step}` ({rt[step][0]:,} statements):")
        for line in rt[step][1][:6]:
            L.append(f"  - `{line.replace('|', '/').replace('`', '')}`")
    L.append("")
    for step, t, n, unit in (("apply", pa, p * s, "subproject"), ("import", pi, c, "charge")):
        srv = big[f"pg_{step}_server_cpu"]
        per = rt["per_sub"] if step == "apply" else rt["per_charge"]
        idle = max(0.0, t[0] - t[2] - srv)
        L.append(f"- `{step}` at {n:,} {unit}s: {t[0]:.1f} s wall = acctl CPU {t[2]:.1f} s + server CPU "
                 f"{srv:.1f} s + {idle:.1f} s of neither (waiting: round-trip latency, WAL fsync, other jobs on the "
                 f"machine). That is {t[0] * 1e6 / n:.0f} µs per {unit}, about {per:.0f} statements, so "
                 f"{t[0] * 1e6 / n / per:.0f} µs per statement; SQLite took {big[f'sq_{step}'][0] * 1e6 / n:.0f} µs "
                 f"per {unit} in-process.")
    L.append("")
    L.append("Single commands are dominated by fixed costs, not by the query: connecting over TCP, the "
             "schema/version check acctl runs on every open (an `information_schema` query and the `acctl_meta` "
             "row), BEGIN/SET TRANSACTION and COMMIT, and a prepare round trip per statement; psql pays only the "
             "connection and one simple query. `usage record` is a write transaction serialised on the store's one "
             "`acctl_meta` row lock plus a WAL fsync at commit, so concurrent processes overlap their start-up, "
             "connect and reads, but not the locked part.")
    analysis = os.path.join(HERE, "pg-analysis.md")
    if os.path.exists(analysis):
        L.append("")
        L.append(open(analysis).read().rstrip())
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--runs", type=int, default=None, help="timed runs per single command (default 30, quick 5)")
    ap.add_argument("--out", default=None, help="default BENCHMARKS.md; quick: target/bench/pg/BENCHMARKS.md")
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--acctl", default=None)
    ap.add_argument("--max-step", type=float, default=600.0, help="seconds a full-size PostgreSQL step may take")
    ap.add_argument("--check-timeout", type=float, default=180.0, help="seconds `acctl check` may take on the big store")
    sqlite_bench.add_scale_options(ap, sizes="100k,1M", apply_runs=1, tool="psql", baseline="pg-scale-baseline.md")
    a = sqlite_bench.parse_bench_args(ap)
    global ACCTL
    if a.acctl:
        ACCTL = os.path.abspath(a.acctl)
    if a.only == "scale":
        return main_scale(a)
    if os.geteuid() != 0:
        raise SystemExit("run as root: initdb and pg_ctl are run as the user postgres through runuser")
    quick = a.quick
    runs = a.runs or (5 if quick else 30)
    first = (10, 10, 1_000) if quick else (100, 100, 100_000)
    full = (20, 10, 2_000) if quick else (1000, 100, 1_000_000)
    cut = (15, 10, 1_500) if quick else (300, 100, 300_000)
    n_seq, n_conc, workers = (20, 80, 8) if quick else (100, 800, 8)
    work = os.path.join(ROOT, "target", "bench", "pg")
    out_path = a.out or (os.path.join(work, "BENCHMARKS.md") if quick else os.path.join(ROOT, "BENCHMARKS.md"))
    started = time.perf_counter()
    load_start = sqlite_bench.loadavg()
    if not a.skip_build:
        log("cargo build --release")
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    sqlite_bench.ACCTL = ACCTL
    if os.path.isdir(work):
        shutil.rmtree(work)
    os.makedirs(work)
    fs_start = sqlite_bench.fsync_probe(work)
    env = sqlite_bench.base_env(work)
    notes = []
    cl = Cluster(free_port())
    try:
        log(f"starting PostgreSQL 15 on 127.0.0.1:{cl.port} in {cl.dir}")
        cl.start()
        settings = cl.settings()

        bulks = []
        b1, *_ = bulk(cl, env, work, first, "s1")
        bulks.append(b1)
        scale = (full[0] * full[1]) / (first[0] * first[1])
        proj = max(b1["pg_apply"][0] * scale, b1["pg_import"][0] * full[2] / first[2])
        second = full if proj <= a.max_step else cut
        if second == full:
            sizes_note = (f"Sizes: {first[0] * first[1]:,} subprojects / {first[2]:,} charges, then the full size "
                          f"{full[0] * full[1]:,} / {full[2]:,} (the first size's PostgreSQL steps projected at most "
                          f"{proj:.0f} s at full size, within the {a.max_step:.0f} s allowed per step).")
        else:
            sizes_note = (f"Sizes: {first[0] * first[1]:,} subprojects / {first[2]:,} charges, then "
                          f"{cut[0] * cut[1]:,} / {cut[2]:,}. **The full size ({full[0] * full[1]:,} / {full[2]:,}) "
                          f"was not run on PostgreSQL**: the first size projected a step of {proj:.0f} s there, over "
                          f"the {a.max_step:.0f} s allowed; the two sizes show how it scales.")
        log(sizes_note)
        b2, db, url, secrets_pg, sq = bulk(cl, env, work, second, "s2", pg_timeout=max(900.0, 2 * a.max_step))
        bulks.append(b2)
        secrets_sq = os.path.join(work, "secrets-sq-s2.txt")

        singles, key_sq = singles_for(cl, db, url, sq, env, secrets_pg, secrets_sq, second)
        single_rows = time_singles(cl, db, url, sq, env, singles, key_sq, runs)

        # usage record on the big store, then on a small store where `acctl check` is quick.
        target = f"{bench_data.project_name(second[0] // 2)}/{bench_data.sub_name(second[1] // 2)}"
        rec_big = record_block(cl, db, url, env, target, "rec", n_seq, n_conc, workers)
        cl.psql("postgres", "CREATE DATABASE rec_small")
        small_manifest = os.path.join(work, "manifest-rec.toml")
        bench_data.write_manifest(small_manifest, 10, 10, keys=False)
        url_small = cl.url("rec_small")
        sqlite_bench.run([ACCTL, "--db", url_small, "-q", "apply", "-f", small_manifest], env)
        rec_small = record_block(cl, "rec_small", url_small, env, "proj-0005/cust-005", "rec", n_seq, n_conc, workers,
                                 diag=n_conc)
        log("acctl check on the small store")
        t = time.perf_counter()
        r = sqlite_bench.run([ACCTL, "--db", url_small, "check"], env, check=False)
        check_small = (r.returncode, r.stdout.strip().splitlines()[-1:] or r.stderr.strip().splitlines()[-1:],
                       time.perf_counter() - t)
        # `acctl check` on the big store, bounded: at cb906c2 its per-node charge sum read every
        # charge once per node (258 s at 10,000 x 100,000 by hand); later builds sum them once.
        log(f"acctl check on {db} (at most {a.check_timeout:.0f} s)")
        t = time.perf_counter()
        try:
            r = subprocess.run([ACCTL, "--db", url, "check"], env=env, capture_output=True, text=True,
                               timeout=a.check_timeout)
            big = f"exit {r.returncode}, `{(r.stdout.strip().splitlines() or r.stderr.strip().splitlines() or [''])[-1]}`"
            big += f", {time.perf_counter() - t:.1f} s"
        except subprocess.TimeoutExpired:
            big = f"**did not finish within {a.check_timeout:.0f} s** (stopped); see the findings below"
        check_note = (f"`acctl check` on the small store (10 x 10, after the record runs): exit {check_small[0]}, "
                      f"`{' '.join(check_small[1])}`, {check_small[2]:.1f} s. On the large store "
                      f"({second[0] * second[1]:,} subprojects, {second[2]:,}+ charges): {big}.")

        log("counting statements (pg_stat_statements, small database)")
        rt = round_trips(cl, env, work)

        failures = [e for rr in (rec_big, rec_small) for k in ("seq", "conc", "diag") if k in rr
                    for e in rr[k][2]]
        if failures:
            notes.append(f"{len(failures)} `usage record` runs failed; first: `{failures[0][:300]}`")
    finally:
        cl.stop()

    elapsed = time.perf_counter() - started
    m = sqlite_bench.machine()
    m["load"] = f"1-minute load average {load_start} at the start, {sqlite_bench.loadavg()} at the end"
    fs_end = sqlite_bench.fsync_probe(work)
    m["fsync"] = (f"4 KiB append + fsync: median {fs_start[0]:.2f} ms at the start, {fs_end[0]:.2f} ms at the end")
    p, s, _ = second
    rec = [(f"{p:,} x {s:,}, one subproject", rec_big), ("10 x 10, one subproject", rec_small)]
    text = report(m, settings, sizes_note, bulks, single_rows, rec, rec_small, rt, check_note, notes, runs, elapsed,
                  workers, quick)
    write_section(out_path, text)
    log(f"wrote the PostgreSQL section of {out_path} in {elapsed / 60:.1f} minutes")
    if a.only != "main":
        main_scale(a)


def main_scale(a):
    """The scale section alone, on a cluster of its own."""
    import pg_scale  # noqa: E402

    if os.geteuid() != 0:
        raise SystemExit("run as root: initdb and pg_ctl are run as the user postgres through runuser")
    quick = a.quick
    work = os.path.join(ROOT, "target", "bench", "pg")
    out_path = a.out or (os.path.join(work, "BENCHMARKS.md") if quick else os.path.join(ROOT, "BENCHMARKS.md"))
    if not a.skip_build and a.only == "scale":
        log("cargo build --release")
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    sqlite_bench.ACCTL = ACCTL
    os.makedirs(work, exist_ok=True)
    env = sqlite_bench.base_env(work)
    cl = Cluster(free_port())
    try:
        log(f"scale: starting PostgreSQL 15 on 127.0.0.1:{cl.port} in {cl.dir}")
        cl.start()
        text = pg_scale.run_pg_scale(a, cl, env, work, quick, PSQL)
    finally:
        cl.stop()
    pg_scale.write_section(out_path, text)
    log(f"wrote the PostgreSQL scale section of {out_path}")


if __name__ == "__main__":
    main()
