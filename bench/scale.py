#!/usr/bin/env python3
"""The scale section of bench/run.py (issue #14): bulk commands at growing sizes, each beside
its anchor, the `sqlite3` shell doing the same work on the same rows, in the same run.

  - `usage import` of N charges (CSV) into a store of P x S subprojects, at every N of --sizes,
    beside `sqlite3 FILE ".import --csv --skip 1 CSV charge_in"` into a table with a unique key
    on the idempotency key. Targets: peak RSS < 64 MiB at 1,000,000 lines and flat as N grows;
    time <= 2.5x the shell's.
  - `apply` of the P x S manifest (no keys) onto a new store, beside `sqlite3 FILE < inserts.sql`
    (the same node and label rows as plain INSERTs in one transaction, into a store fresh from
    `acctl init`). Targets: time <= the shell's; peak RSS <= 10x the manifest's size.
  - `export` of stores of two sizes, beside the shell selecting the same rows. Target: peak RSS
    independent of the store's size.
  - `usage report --period 2025-02` (default grouping: by subproject) over stores of N charges,
    page cache warm, beside the shell running the same GROUP BY. Target: < 1 s at 10,000,000.

Run it alone with `python3 bench/run.py --only scale [--sizes 100000,1000000,10000000]`.
`--report-sizes` chooses the report's store sizes (a size not imported is filled by the sqlite3
shell, its script first proved by `acctl check` on 200,000 charges); `--max-rss-mib` (default
6144) stops an import whose memory runs away on this shared machine; `--save-baseline` keeps the
run's figures in bench/scale-baseline.md, shown under every later run.
"""
import datetime
import os
import re
import shutil
import statistics
import subprocess
import threading
import time

import bench_data
import run as rb  # the timing helpers and the machine (the same method as the rest)

SECTION_BEGIN, SECTION_END = "<!-- scale:begin -->", "<!-- scale:end -->"
IMPORT_RSS_MIB = 64.0
IMPORT_RATIO = 2.5
APPLY_RSS_X = 10.0
REPORT_S = 1.0
EXPORT_FLAT = 1.25  # "independent of size": the larger store's peak at most this x the smaller's
BASELINE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scale-baseline.md")


def mib(kib):
    return kib / 1024


class LoadSampler:
    """The 1-minute load average every 5 s while the section runs."""

    def __init__(self):
        self.samples = []
        self.stop_ev = threading.Event()
        self.t = threading.Thread(target=self.loop, daemon=True)

    def loop(self):
        while True:
            self.samples.append(float(rb.loadavg()))
            if self.stop_ev.wait(5):
                return

    def __enter__(self):
        self.t.start()
        return self

    def __exit__(self, *exc):
        self.stop_ev.set()
        self.t.join()

    def text(self):
        s = self.samples or [float(rb.loadavg())]
        return (f"1-minute load average during the run: mean {statistics.mean(s):.2f}, min {min(s):.2f}, "
                f"max {max(s):.2f} ({len(s)} samples, every 5 s)")


def build_id():
    """The commit the binary was built from, marked when src/ or Cargo.* differ from it."""
    def git(*a):
        return subprocess.run(["git"] + list(a), cwd=rb.ROOT, capture_output=True, text=True).stdout.strip()
    head = git("rev-parse", "--short", "HEAD")
    src = git("log", "-1", "--format=%h", "--", "src", "Cargo.toml", "Cargo.lock", "build.rs")
    dirty = git("status", "--porcelain", "--", "src", "Cargo.toml", "Cargo.lock")
    return (f"`{src}{'-dirty' if dirty else ''}` (the last commit that changed src/ or Cargo.*; "
            f"HEAD `{head}`)")


def sq(db, sql, env):
    return rb.run([rb.SQLITE3, db, sql], env).stdout.strip()


def remove_store(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def copy_store(src, dst, env):
    """A copy of a store file, its WAL checkpointed into it first, and on disk before it is used:
    otherwise the first fsync of the command measured on it waits for the copy's own pages (about
    0.5 s for the 100,000-subproject store, whatever the command did)."""
    sq(src, "PRAGMA wal_checkpoint(TRUNCATE);", env)
    remove_store(dst)
    shutil.copyfile(src, dst)
    fd = os.open(dst, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def paired(a, b, n, warm=1, budget=60.0):
    """Medians (and min, max, count) in s of up to `n` alternating runs of two commands after
    `warm` warm-ups; fewer (at least one) once the first command's runs have taken `budget`
    seconds, so that a build far from its target keeps the section short."""
    for _ in range(warm):
        rb.run_once(*a)
        rb.run_once(*b)
    ta, tb = [], []
    for _ in range(n):
        ta.append(rb.run_once(*a) / 1000)
        tb.append(rb.run_once(*b) / 1000)
        if sum(ta) > budget:
            break
    return [(statistics.median(t), min(t), max(t), len(t)) for t in (ta, tb)]


def guarded(cmd, env, max_rss_mib):
    """`rb.measured` with a watchdog for a shared machine: the command is killed when its RSS
    passes `max_rss_mib` (a build that holds its whole input in memory, at 10,000,000 lines).
    Returns (wall s, peak RSS KiB, CPU s, killed)."""
    t = time.perf_counter()
    p = subprocess.Popen([rb.GNU_TIME, "-v"] + cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    killed = False
    err = []
    reader = threading.Thread(target=lambda: err.append(p.stderr.read()), daemon=True)
    reader.start()
    # Wait for the process itself between RSS samples, so that the wall time is taken when it
    # ends: a plain sleep rounded every figure up to the next half second.
    while True:
        try:
            p.wait(timeout=0.5)
            break
        except subprocess.TimeoutExpired:
            pass
        try:
            with open(f"/proc/{p.pid}/task/{p.pid}/children") as f:
                kids = [int(x) for x in f.read().split()]
            for k in kids:
                with open(f"/proc/{k}/status") as f:
                    m = re.search(r"VmRSS:\s+(\d+)", f.read())
                if m and int(m.group(1)) > max_rss_mib * 1024:
                    os.kill(k, 9)
                    killed = True
        except (OSError, ValueError):
            pass
    wall = time.perf_counter() - t
    reader.join()
    out = err[0] if err else ""
    if p.returncode != 0 and not killed:
        raise SystemExit(f"command failed ({p.returncode}): {' '.join(cmd)}\n{out[-3000:]}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", out)
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([0-9.]+)", out))
    return wall, int(m.group(1)) if m else 0, cpu, killed


class Timer:
    """How long each part of the section took, for the report."""

    def __init__(self):
        self.parts = []

    def part(self, name):
        timer = self

        class P:
            def __enter__(self):
                rb.log(f"scale: {name}")
                self.t = time.perf_counter()

            def __exit__(self, *exc):
                timer.parts.append((name, time.perf_counter() - self.t))
        return P()


def data_file(data_dir, n, projects, subs, fmt="csv"):
    """The generated charges file for these sizes, made once and kept in target/bench/data."""
    os.makedirs(data_dir, exist_ok=True)
    path = os.path.join(data_dir, f"charges-{projects}x{subs}-{n}-v{bench_data.SCALE_GEN_VERSION}.{fmt}")
    if not os.path.exists(path):
        rb.log(f"generating {n:,} charges ({fmt}) -> {path}")
        bench_data.write_scale_charges(path, n, projects, subs, fmt=fmt)
    return path


# What a store keeps beside its charges, written from the charges of a store that had none: the
# running totals spent, the monthly spending (R29) and the monthly sums (R13), one grouped
# statement each (what `acctl check` compares them with).
SUMS_SQL = """CREATE TEMP TABLE t (node_id TEXT PRIMARY KEY, s INTEGER NOT NULL);
INSERT INTO t SELECT node_id, sum(amount) FROM charge GROUP BY node_id;
UPDATE node SET total_spent = total_spent + (SELECT s FROM t WHERE t.node_id = node.id)
  WHERE id IN (SELECT node_id FROM t);
INSERT INTO spend_month (node_id, month, spent)
  SELECT node_id, strftime('%Y-%m', created_at, 'unixepoch'), sum(amount) FROM charge GROUP BY 1, 2;
INSERT INTO charge_month (month, billing_account_id, node_id, product, quantity, units, micros, charges)
  SELECT unixepoch(created_at, 'unixepoch', 'start of month'), billing_account_id, node_id,
         coalesce(product, ''), sum(coalesce(quantity, 0)), sum(amount / 1000000), sum(amount % 1000000),
         count(*)
  FROM charge GROUP BY 1, 2, 3, 4;
"""


def schema_script(work, csv_path, n, sums=False):
    """The shell's script that writes the import's rows into acctl's own `charge` table: the CSV
    loaded as `.import` does, targets resolved by a join, then one `INSERT .. SELECT` under the
    settings acctl's import runs with (foreign keys on, synchronous FULL, an 8 MiB page cache).
    Charge ids are time-ordered text of the same length as acctl's.

    With `sums`, the same transaction also writes what every import keeps beside its charges
    (the store starts with none, so they are all the import's): the running totals spent
    (node.total_spent), the monthly spending of R29 (spend_month) and the monthly sums of R13
    (charge_month), each one grouped statement over the charges, as sql_charges writes them."""
    path = os.path.join(work, f"schema-anchor-{n}{'-sums' if sums else ''}.sql")
    tail = SUMS_SQL if sums else ""
    with open(path, "w") as f:
        f.write(f"""PRAGMA foreign_keys = ON;
PRAGMA synchronous = FULL;
PRAGMA cache_size = -8192;
CREATE TEMP TABLE charge_in (target TEXT NOT NULL, amount TEXT NOT NULL, product TEXT,
    quantity INTEGER, at TEXT, idempotency_key TEXT UNIQUE);
.import --csv --skip 1 {csv_path} charge_in
CREATE TEMP TABLE tgt AS SELECT p.name || '/' || s.name AS path, s.id AS id,
    coalesce(s.billing_account_id, p.billing_account_id) AS ba
    FROM node s JOIN node p ON p.id = s.parent_id;
CREATE UNIQUE INDEX temp.tgt_path ON tgt(path);
BEGIN IMMEDIATE;
INSERT INTO charge (id, node_id, billing_account_id, amount, product, quantity, description,
    created_at, idempotency_key)
SELECT printf('01a226b7-7518-71b5-ada3-%012d', c.rowid), t.id, t.ba,
    CAST(round(CAST(c.amount AS REAL) * 1000000) AS INTEGER), c.product, c.quantity, NULL,
    unixepoch(c.at), c.idempotency_key
FROM charge_in c JOIN tgt t ON t.path = c.target ORDER BY c.rowid;
{tail}COMMIT;
""")
    return path


# --- the SQL-built store for `usage report` at a size that was not imported ---------------------


def sql_charges(db, n, env):
    """Insert `n` charges into a store that has none, with the sqlite3 shell, keeping what
    `acctl check` verifies consistent: node.total_spent, spend_month and the monthly roll-up
    charge_month. The charges are spread
    over every subproject and, in time order, over January-April 2025; no idempotency keys."""
    span = bench_data.SCALE_DAYS * 86400
    script = f"""
PRAGMA journal_mode = DELETE;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -262144;
BEGIN;
CREATE TEMP TABLE subs (i INTEGER PRIMARY KEY, id TEXT NOT NULL);
INSERT INTO subs (i, id) SELECT row_number() OVER (ORDER BY id) - 1, id FROM node WHERE parent_id IS NOT NULL;
CREATE TEMP TABLE ba AS SELECT coalesce(s.billing_account_id, p.billing_account_id) AS id
  FROM node s JOIN node p ON p.id = s.parent_id LIMIT 1;
WITH RECURSIVE c(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM c WHERE n + 1 < {n})
INSERT INTO charge (id, node_id, billing_account_id, amount, product, quantity, description, created_at,
                    idempotency_key)
SELECT printf('00000000-0000-4000-8000-%012x', n),
       (SELECT id FROM subs WHERE i = n % (SELECT count(*) FROM subs)),
       (SELECT id FROM ba),
       1 + (n * 7919) % 99999,
       CASE n % 4 WHEN 0 THEN 'sms' WHEN 1 THEN 'voice' WHEN 2 THEN 'mms' ELSE 'verify' END,
       1 + n % 5, NULL, {bench_data.SCALE_BASE} + (n * {span}) / {n}, NULL
FROM c;
{SUMS_SQL}COMMIT;
PRAGMA journal_mode = WAL;
"""
    r = subprocess.run([rb.SQLITE3, db], input=script, text=True, env=env, capture_output=True)
    if r.returncode != 0 or "Error" in r.stderr:
        raise SystemExit(f"building {db} with the sqlite3 shell failed:\n{r.stderr}")


# --- the section --------------------------------------------------------------------------------


def run_scale(a, env, work_root, quick):
    """Runs the section; returns its Markdown (between the section markers)."""
    started = time.perf_counter()
    projects, subs = (100, 10) if quick else (1000, 100)
    small = (10, 10) if quick else (100, 100)
    sizes = a.sizes or ([1_000, 10_000] if quick else [100_000, 1_000_000, 10_000_000])
    report_sizes = a.report_sizes or sizes
    work = os.path.join(work_root, "scale")
    data_dir = os.path.join(rb.ROOT, "target", "bench", "data")
    if os.path.isdir(work):
        shutil.rmtree(work)
    os.makedirs(work)
    disk_before = subprocess.run(["df", "-h", "--output=avail", work], capture_output=True, text=True).stdout.split()[-1]
    env = rb.base_env(work)
    T = Timer()
    rows = []  # dicts: what, size, acctl (wall, rss, cpu), anchor name, anchor (wall, rss, cpu), target, verdict
    notes = []
    n_sub = projects * subs
    build = build_id() if not a.acctl else f"binary `{a.acctl}`"
    load = LoadSampler()
    with load:
        # Inputs.
        manifest = os.path.join(work, "manifest.toml")
        manifest_small = os.path.join(work, "manifest-small.toml")
        inserts = os.path.join(work, "inserts.sql")
        with T.part("generating the manifests and the SQL script"):
            bench_data.write_manifest(manifest, projects, subs, keys=False)
            bench_data.write_manifest(manifest_small, small[0], small[1], keys=False)
            bench_data.write_inserts(inserts, projects, subs, int(time.time()))
        man_bytes = os.path.getsize(manifest)
        with T.part(f"generating the charges files ({', '.join(f'{n:,}' for n in sorted(set(sizes)))} lines; "
                    "cached in target/bench/data)"):
            files = {n: data_file(data_dir, n, projects, subs) for n in sorted(set(sizes) | set(report_sizes))
                     if n in sizes}

        # apply (and the base store every import starts from).
        base = os.path.join(work, "base.db")
        runs = a.apply_runs
        with T.part(f"apply of {n_sub:,} subprojects beside sqlite3 < inserts.sql, {runs} runs each"):
            ap, sh = [], []
            for i in range(runs):
                f = os.path.join(work, f"apply-{i}.db")
                ap.append(rb.measured([rb.ACCTL, "--db", f, "-q", "apply", "-f", manifest], env))
                g = os.path.join(work, f"sql-{i}.db")
                rb.run([rb.ACCTL, "--db", g, "init", "--name", "Bench", "--currency", "EUR"], env)
                sh.append(rb.measured([rb.SQLITE3, g], env, stdin_path=inserts))
                for path, what in ((f, "apply"), (g, "the sqlite3 script")):
                    got = rb.count(path, "SELECT count(*) FROM node WHERE parent_id IS NOT NULL")
                    if got != n_sub:
                        raise SystemExit(f"{what} wrote {got} subprojects, not {n_sub}")
                remove_store(g)
                if i == 0:
                    copy_store(f, base, env)
                remove_store(f)
        am = statistics.median(x[0] for x in ap)
        sm = statistics.median(x[0] for x in sh)
        arss = max(x[1] for x in ap)
        rows.append(dict(
            what=f"`apply` of {n_sub:,} subprojects ({projects:,} projects; 2 labels, an external id and a limit "
                 f"each; manifest {man_bytes / 1048576:.1f} MiB), new store",
            size=f"{n_sub:,}", acctl=(am, arss, statistics.median(x[2] for x in ap)),
            anchor="`sqlite3 FILE < inserts.sql` (same rows, one transaction)",
            anchor_m=(sm, max(x[1] for x in sh), statistics.median(x[2] for x in sh)),
            target=f"time <= shell; RSS <= {APPLY_RSS_X:.0f}x manifest ({APPLY_RSS_X * man_bytes / 1048576:.0f} MiB)",
            verdict=rb.verdict(am <= sm and arss * 1024 <= APPLY_RSS_X * man_bytes),
            extra=f"RSS {arss * 1024 / man_bytes:.1f}x the manifest; {runs} runs, median (RSS: max)"))

        # usage import at every size, each into a copy of the base store.
        imports = {}
        for n in sorted(sizes):
            with T.part(f"usage import of {n:,} lines beside sqlite3 .import"):
                db = os.path.join(work, f"import-{n}.db")
                copy_store(base, db, env)
                anchor = os.path.join(work, f"anchor-{n}.db")
                remove_store(anchor)
                sq(anchor, "PRAGMA journal_mode = WAL; CREATE TABLE charge_in (target TEXT NOT NULL, "
                           "amount TEXT NOT NULL, product TEXT, quantity INTEGER, at TEXT, "
                           "idempotency_key TEXT UNIQUE);", env)
                shell = rb.measured([rb.SQLITE3, anchor, "-cmd", "PRAGMA synchronous = FULL",
                                     f".import --csv --skip 1 {files[n]} charge_in"], env)
                got = rb.count(anchor, "SELECT count(*) FROM charge_in")
                if got != n:
                    raise SystemExit(f"the sqlite3 shell loaded {got} rows, not {n}")
                remove_store(anchor)
                *acc, killed = guarded([rb.ACCTL, "--db", db, "-q", "usage", "import", files[n]], env,
                                       a.max_rss_mib)
                acc = tuple(acc)
                if killed:
                    notes.append(f"`usage import` of {n:,} lines was stopped when its RSS passed "
                                 f"{a.max_rss_mib:,} MiB (--max-rss-mib), after {acc[0]:.0f} s; its figures are "
                                 "those at that moment, and no report ran on its store.")
                    remove_store(db)
                else:
                    got = rb.count(db, "SELECT count(*) FROM charge")
                    if got != n:
                        raise SystemExit(f"acctl imported {got} charges, not {n}")
                    imports[n] = db
            with T.part(f"the shell writing {n:,} lines into acctl's own charge table"):
                into = os.path.join(work, f"schema-anchor-{n}.db")
                copy_store(base, into, env)
                schema = rb.measured([rb.SQLITE3, into], env, stdin_path=schema_script(work, files[n], n))
                got = rb.count(into, "SELECT count(*) FROM charge")
                remove_store(into)
                if got != n:
                    raise SystemExit(f"the shell wrote {got} charges into acctl's table, not {n}")
            with T.part(f"the shell writing {n:,} lines and their sums into acctl's store"):
                into = os.path.join(work, f"schema-anchor-{n}-sums.db")
                copy_store(base, into, env)
                whole = rb.measured([rb.SQLITE3, into], env, stdin_path=schema_script(work, files[n], n, sums=True))
                got = rb.count(into, "SELECT count(*) FROM charge")
                if got != n:
                    raise SystemExit(f"the shell wrote {got} charges into acctl's store, not {n}")
                # The shell's store must be the one acctl's import leaves: `check` accepts it.
                rb.run([rb.ACCTL, "--db", into, "-q", "check"], env)
                remove_store(into)
            ok_time = acc[0] <= IMPORT_RATIO * shell[0] and not killed
            ok_rss = mib(acc[1]) < IMPORT_RSS_MIB and not killed
            rows.append(dict(
                what=f"`usage import` of {n:,} charges (CSV, an idempotency key each, over {n_sub:,} subprojects)",
                size=f"{n:,}", acctl=acc, anchor="`sqlite3` `.import --csv` into a table with a unique key",
                anchor_m=shell,
                target=f"time <= {IMPORT_RATIO}x shell; RSS < {IMPORT_RSS_MIB:.0f} MiB, flat",
                verdict=rb.verdict(ok_time and ok_rss),
                extra=(f"**stopped at {a.max_rss_mib:,} MiB**" if killed else
                       f"{n / acc[0]:,.0f} lines/s; {acc[1] * 1024 / n:,.0f} B of RSS per line")))
            rows.append(dict(
                what=f"`usage import` of {n:,} charges beside the shell writing the same rows into acctl's own `charge` table",
                size=f"{n:,}", acctl=acc, anchor="`sqlite3`: `.import` to a temp table, then `INSERT .. SELECT` into "
                "`charge` (its indexes and foreign keys, 8 MiB of cache, as acctl's import)",
                anchor_m=schema, target="- (what the schema costs SQLite itself)", verdict="-",
                extra="the shell's script writes the charges only, not the running totals"))
            rows.append(dict(
                what=f"`usage import` of {n:,} charges beside the shell doing the import's whole write",
                size=f"{n:,}", acctl=acc, anchor="`sqlite3`: as the row above, then in the same transaction the "
                "running totals, the monthly spending and the monthly sums, one grouped statement each",
                anchor_m=whole, target="- (what the import's writes cost SQLite itself)", verdict="-",
                extra="acctl also reads and checks every line (R10, R12, R29) and writes the sums as it goes; "
                "the shell's store passes `acctl check`"))
        if len(sizes) > 1:
            lo, hi = min(sizes), max(sizes)
            r_lo = next(r for r in rows if r["size"] == f"{lo:,}" and "import" in r["what"])
            r_hi = next(r for r in rows if r["size"] == f"{hi:,}" and "import" in r["what"])
            grow = r_hi["acctl"][1] / r_lo["acctl"][1]
            flat = grow <= EXPORT_FLAT
            rows.append(dict(
                what=f"`usage import`: peak RSS at {hi:,} lines over that at {lo:,}", size="-",
                acctl=None, anchor="-", anchor_m=None, target=f"flat (<= {EXPORT_FLAT}x)",
                verdict=rb.verdict(flat), extra=f"{grow:.2f}x for {hi / lo:.0f}x the lines",
                text=f"{mib(r_lo['acctl'][1]):.1f} -> {mib(r_hi['acctl'][1]):.1f} MiB"))

        # export at two sizes: the 10,000-subproject store made here, and the base store.
        with T.part(f"export of {small[0] * small[1]:,} and {n_sub:,} subprojects beside the sqlite3 shell"):
            db_small = os.path.join(work, "export-small.db")
            rb.run([rb.ACCTL, "--db", db_small, "-q", "apply", "-f", manifest_small], env)
            labels = "(SELECT group_concat(l.key || '=' || l.value, ',') FROM label l WHERE l.node_id = s.id)"
            q = (f"SELECT p.name, s.name, s.external_id, s.credit_limit, s.status, {labels} FROM node p "
                 "JOIN node s ON s.parent_id = p.id WHERE s.status <> 'deleted' ORDER BY p.name_key, s.name_key;")
            ex = []
            for db, n in ((db_small, small[0] * small[1]), (base, n_sub)):
                out = os.path.join(work, "export.toml")
                accs = []
                for _ in range(a.export_runs):
                    if os.path.exists(out):
                        os.remove(out)
                    accs.append(rb.measured([rb.ACCTL, "--db", db, "-q", "export", "--file", out], env))
                size = os.path.getsize(out)
                if size < n * 20:
                    raise SystemExit(f"export of {n} subprojects wrote only {size} bytes")
                os.remove(out)
                shells = [rb.measured([rb.SQLITE3, db, q], env) for _ in range(a.export_runs)]
                acc = (statistics.median(x[0] for x in accs), max(x[1] for x in accs),
                       statistics.median(x[2] for x in accs))
                shell = (statistics.median(x[0] for x in shells), max(x[1] for x in shells),
                         statistics.median(x[2] for x in shells))
                ex.append((n, acc, size))
                rows.append(dict(
                    what=f"`export --file` of a store of {n:,} subprojects (manifest {size / 1048576:.1f} MiB)",
                    size=f"{n:,}", acctl=acc, anchor="`sqlite3` selecting the same subprojects and labels",
                    anchor_m=shell, target="RSS independent of the store's size", verdict="see below",
                    extra=f"{a.export_runs} runs, median (RSS: max)"))
            grow = ex[1][1][1] / ex[0][1][1]
            rows.append(dict(
                what=f"`export`: peak RSS at {ex[1][0]:,} subprojects over that at {ex[0][0]:,}", size="-",
                acctl=None, anchor="-", anchor_m=None, target=f"flat (<= {EXPORT_FLAT}x)",
                verdict=rb.verdict(grow <= EXPORT_FLAT), extra=f"{grow:.2f}x for {ex[1][0] / ex[0][0]:.0f}x the store",
                text=f"{mib(ex[0][1][1]):.1f} -> {mib(ex[1][1][1]):.1f} MiB"))
            remove_store(db_small)

        # usage report over stores of N charges: the import's store where that size was imported,
        # else a store built by the sqlite3 shell and accepted by `acctl check`.
        period = bench_data.SCALE_REPORT_PERIOD
        y, m = (int(x) for x in period.split("-"))
        t0 = int(datetime.datetime(y, m, 1, tzinfo=datetime.timezone.utc).timestamp())
        t1 = int(datetime.datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=datetime.timezone.utc).timestamp())
        rq = ("SELECT billing_account_id, node_id, product, sum(quantity), sum(amount), count(*) FROM charge "
              f"WHERE created_at >= {t0} AND created_at < {t1} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;")
        rep = []
        for n in sorted(report_sizes):
            with T.part(f"usage report over {n:,} charges beside the sqlite3 shell"):
                how = "the store of the import above"
                db = imports.get(n)
                if db is None:
                    # The shell's rows are proved on a small store first (`acctl check` takes
                    # minutes at 10,000,000 charges): the same script at any size.
                    db = os.path.join(work, "report-proof.db")
                    proof = min(n, 200_000)
                    copy_store(base, db, env)
                    sql_charges(db, proof, env)
                    t = time.perf_counter()
                    r = rb.run([rb.ACCTL, "--db", db, "check"], env, check=False)
                    checked = time.perf_counter() - t
                    remove_store(db)
                    db = os.path.join(work, f"report-{n}.db")
                    copy_store(base, db, env)
                    t = time.perf_counter()
                    if r.returncode == 0:
                        sql_charges(db, n, env)
                    built = time.perf_counter() - t
                    if r.returncode != 0:
                        # The schema keeps something the shell did not (a roll-up?): let acctl
                        # import the charges instead.
                        notes.append(f"The store of {n:,} charges built by the sqlite3 shell failed `acctl check` "
                                     f"({(r.stdout + r.stderr).strip().splitlines()[-1:]}); it was built with "
                                     "`acctl usage import` instead.")
                        copy_store(base, db, env)
                        f = data_file(data_dir, n, projects, subs)
                        t = time.perf_counter()
                        rb.run([rb.ACCTL, "--db", db, "-q", "usage", "import", f], env)
                        how = f"built by `acctl usage import` in {time.perf_counter() - t:.0f} s"
                    else:
                        how = (f"built by the sqlite3 shell in {built:.0f} s (`acctl check` accepted the same "
                               f"script's {proof:,} charges in {checked:.0f} s)")
                    sq(db, "PRAGMA wal_checkpoint(TRUNCATE);", env)
                in_month = rb.count(db, f"SELECT count(*) FROM charge WHERE created_at >= {t0} AND created_at < {t1}")
                cmd = [rb.ACCTL, "--db", db, "usage", "report", "--period", period]
                (am_, amin, amax, nrun), (sm_, _, _, _) = paired((cmd, env), ([rb.SQLITE3, db, rq], env),
                                                                 a.report_runs)
                _, arss, acpu = rb.measured(cmd, env)
                _, srss, scpu = rb.measured([rb.SQLITE3, db, rq], env)
                # The report must count what the shell counts.
                js = rb.run([rb.ACCTL, "--db", db, "-o", "json", "usage", "report", "--period", period], env).stdout
                counted = sum(int(x) for x in re.findall(r'"charges":\s*(\d+)', js))
                if counted != in_month:
                    raise SystemExit(f"usage report counted {counted} charges in {period}, the store holds {in_month}")
                rep.append((n, am_))
                # The same scan with few output rows: what the scan costs beside the rows printed.
                cmd_p = cmd + ["--by", "project"]
                rq_p = ("SELECT billing_account_id, sum(quantity), sum(amount), count(*) FROM charge "
                        f"WHERE created_at >= {t0} AND created_at < {t1} GROUP BY 1")
                (pm_, pmin, pmax, prun), (psm, _, _, _) = paired((cmd_p, env), ([rb.SQLITE3, db, rq_p], env),
                                                                 a.report_runs)
                _, prss, pcpu = rb.measured(cmd_p, env)
                _, psrss, pscpu = rb.measured([rb.SQLITE3, db, rq_p], env)
                rows.append(dict(
                    what=f"`usage report --period {period}` over {n:,} charges ({in_month:,} in the month; "
                         f"{n_sub:,} subprojects), warm", size=f"{n:,}",
                    acctl=(am_, arss, acpu), anchor="`sqlite3` running the same GROUP BY", anchor_m=(sm_, srss, scpu),
                    target=f"< {REPORT_S:.0f} s (at 10,000,000)", verdict=rb.verdict(am_ < REPORT_S),
                    extra=f"median of {nrun} (min {amin:.2f}, max {amax:.2f}); store: {how}; "
                          f"{os.path.getsize(db) / 1048576:,.0f} MiB"))
                rows.append(dict(
                    what=f"`usage report --period {period} --by project` over the same {n:,} charges (one row "
                         f"per project), warm", size=f"{n:,}", acctl=(pm_, prss, pcpu),
                    anchor="`sqlite3` running the same scan, one group", anchor_m=(psm, psrss, pscpu),
                    target="(shows the scan apart from the rows printed)", verdict="-",
                    extra=f"median of {prun} (min {pmin:.2f}, max {pmax:.2f})"))
            if db not in imports.values():
                remove_store(db)
        if len(rep) > 1:
            (n0, s0), (n1, s1) = rep[0], rep[-1]
            notes.append(f"`usage report` scaling: {s0:.2f} s at {n0:,} charges, {s1:.2f} s at {n1:,} "
                         f"({s1 / s0:.1f}x the time for {n1 / n0:.0f}x the charges).")
        disk_peak = subprocess.run(["du", "-sh", work], capture_output=True, text=True).stdout.split()[0]
        for db in imports.values():
            remove_store(db)
    elapsed = time.perf_counter() - started
    return section(a, rows, notes, T, load, build, elapsed, (projects, subs), small, sizes, report_sizes,
                   disk_before, disk_peak, quick)


def fmt_m(m):
    if m is None:
        return "-"
    wall, rss, cpu = m
    return f"{wall:.2f} s (CPU {cpu:.2f} s) | {mib(rss):.1f} MiB"


def table(rows):
    L = ["| measure | acctl time | acctl peak RSS | anchor | anchor time | anchor peak RSS | acctl / anchor (time) "
         "| target | verdict | notes |",
         "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        if r["acctl"] is None:
            L.append(f"| {r['what']} | - | {r['text']} | - | - | - | - | {r['target']} | {r['verdict']} | "
                     f"{r['extra']} |")
            continue
        ratio = f"{r['acctl'][0] / r['anchor_m'][0]:.2f}x" if r["anchor_m"] else "-"
        L.append(f"| {r['what']} | {fmt_m(r['acctl'])} | {r['anchor']} | {fmt_m(r['anchor_m'])} | {ratio} | "
                 f"{r['target']} | {r['verdict']} | {r['extra']} |")
    return L


def section(a, rows, notes, T, load, build, elapsed, size, small, sizes, report_sizes, disk_before, disk_peak, quick):
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    cmd = "python3 bench/run.py --only scale" + (" --quick" if quick else "")
    if a.sizes:
        cmd += " --sizes " + ",".join(str(n) for n in a.sizes)
    if a.report_sizes:
        cmd += " --report-sizes " + ",".join(str(n) for n in a.report_sizes)
    m = rb.machine()
    L = [SECTION_BEGIN, "## Scale (issue #14)", ""]
    L.append(f"Generated by `{cmd}` on {now}: acctl build {build} (release), sqlite3 shell "
             f"{m['sqlite3'].split()[-1]}, in {elapsed / 60:.1f} minutes, on the machine above ({m['cpu']}, "
             f"{m['cores']}, {m['ram']}). {load.text()}. Disk: {disk_before} free on the work directory's "
             f"filesystem at the start; the section's files took {disk_peak} at their peak. Do not edit by hand: "
             "rerun the script (`--only scale` replaces only this section).")
    L.append("")
    L.append("Method: every figure is one whole process (or the median of several, as noted) of the release "
             "build, under `/usr/bin/time -v`: wall time, CPU (user + system) and peak RSS (\"Maximum resident "
             "set size\"); the anchor is the `sqlite3` shell doing the same work on the same rows, in the same "
             "run, measured the same way. Stores have "
             f"{size[0]:,} projects x {size[1]:,} subprojects (2 labels, an external id and a limit each), made by "
             "`acctl apply` (the first `apply` run below). Each `usage import` goes into a fresh copy of that "
             "store; its input is bench_data.py's `write_scale_charges` (CSV: target, amount, product, quantity, "
             "at, idempotency_key; one key per line, targets round-robin over every subproject, times at random "
             "in January-April 2025), the very file the shell's `.import` loads into `charge_in (target, amount, "
             "product, quantity, at, idempotency_key UNIQUE)` (WAL, synchronous=FULL). `usage report` runs on "
             "the import's store of that size, else on a store whose charges the sqlite3 shell inserted "
             "(total_spent and spend_month kept consistent, accepted by `acctl check`), page cache warm; its "
             "charge count is checked against the shell's.")
    L += results_lines(rows, notes, T.parts, elapsed)
    contract = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scale-contract.md")
    if os.path.exists(contract):
        with open(contract) as f:
            L.append(f.read().rstrip())
        L.append("")
    if a.save_baseline:
        L.append("These figures are kept as the baseline (`--save-baseline`, bench/scale-baseline.md): later runs "
                 "show them below their own.")
        L.append("")
    elif os.path.exists(BASELINE):
        with open(BASELINE) as f:
            L.append(f.read().rstrip())
        L.append("")
    L.append(SECTION_END)
    return "\n".join(L)


def save_baseline(text):
    """Keep this run's tables as the baseline (bench/scale-baseline.md), shown under every later run."""
    body = text[text.index("## Scale (issue #14)") + len("## Scale (issue #14)"):]
    body = body[:body.index("These figures are kept as the baseline")]
    if "### What the harness relies on" in body:
        body = body[:body.index("### What the harness relies on")]
    body = body.strip()
    body = body.replace(" Do not edit by hand: rerun the script (`--only scale` replaces only this section).", "")
    with open(BASELINE, "w") as f:
        f.write("### Baseline, before the work of issue #14\n\n"
                "Kept by `--save-baseline` (bench/scale-baseline.md) from the run described here: the figures "
                "the changes are measured against.\n\n" + body.replace("How long each part took", "How long each "
                                                                   "part of the baseline run took") + "\n")


def write_section(path, text):
    rb.replace_section(path, SECTION_BEGIN, SECTION_END, text, before="<!-- pg:begin -->")


def results_lines(rows, notes, parts, elapsed):
    """The table of results, its notes and how long each part took: the body both the SQLite
    and the PostgreSQL scale sections share."""
    L = [""] + table(rows) + [""]
    L += [f"- {n}" for n in notes]
    if notes:
        L.append("")
    L += ["How long each part took (wall):", "", "| part | time |", "|---|---|"]
    L += [f"| {name} | {t:.0f} s |" for name, t in parts]
    L += [f"| the whole section | {elapsed:.0f} s |", ""]
    return L
