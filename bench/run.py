#!/usr/bin/env python3
"""The acctl benchmark: build a large store through acctl's own commands, time whole `acctl`
processes the way users run them, compare each with the `sqlite3` shell doing the equivalent
work on the same file, and write the table to BENCHMARKS.md.

Usage: python3 bench/run.py [--quick] [--runs N] [--out FILE] [--skip-build] [--acctl BINARY]
                            [--only main|scale] [--sizes N,N,..] [--report-sizes N,N,..] [--save-baseline]

  full:    1,000 projects x 100 subprojects, a key on every subproject, 1,000,000 charges
  --quick: 100 projects x 10 subprojects, 10,000 charges (a smoke test; writes under target/)

  scale:   the section "Scale (issue #14)" (bench/scale.py): `usage import` at 100k, 1M and 10M
           lines, `apply` of 100,000 subprojects, `export` at two sizes and `usage report` over
           the imported stores, each beside the sqlite3 shell doing the same work. Part of the
           full run; `--only scale` runs it alone and replaces only its section of the report
           (`--sizes 100000,1000000` to choose the import sizes; 1M, 10M, 100k spellings work).

Work files go to target/bench/<full|quick>/ (generated charge files: target/bench/data/, kept).
Every single-command figure is the median of --runs whole-process runs after 3 warm-up runs (the
page cache is warm, as on a busy server).
"""
import argparse
import concurrent.futures
import datetime
import hashlib
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_data  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ACCTL = os.path.join(ROOT, "target", "release", "acctl")
SQLITE3 = shutil.which("sqlite3") or "sqlite3"
GNU_TIME = "/usr/bin/time"

TARGETS = {
    "single_ms": 10.0,
    "sqlite_ratio": 3.0,
    "apply_s": 5.0,
    "record_per_s": 300.0,
    "rss_mib": 32.0,
}


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --- running and timing ---------------------------------------------------------------------


def base_env(work):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACCTL_")}
    # No config file of the user's, no colour, a stable table width.
    env["XDG_CONFIG_HOME"] = os.path.join(work, "config")
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "200"
    return env


def run(cmd, env, stdin=None, check=True, capture=True):
    r = subprocess.run(
        cmd,
        env=env,
        stdin=stdin,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
        stderr=subprocess.PIPE if capture else subprocess.DEVNULL,
        text=True if capture else None,
    )
    if check and r.returncode != 0:
        err = r.stderr if capture else ""
        raise SystemExit(f"command failed ({r.returncode}): {' '.join(cmd)}\n{err}")
    return r


def run_once(cmd, env, stdin_path=None, ok=(0,)):
    """Wall time in ms of one whole-process run."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        t = time.perf_counter()
        r = subprocess.run(cmd, env=env, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        dt = (time.perf_counter() - t) * 1000
    finally:
        if stdin_path:
            stdin.close()
    if r.returncode not in ok:
        raise SystemExit(f"command failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr.decode()}")
    return dt


def paired_ms(a, b, n):
    """Median, min and max in ms of `n` runs of each of two commands, after 3 warm-ups of each,
    run alternately so that a noisy machine weighs on both alike. `a` and `b` are
    (cmd, env, ok) triples."""
    for _ in range(3):
        run_once(a[0], a[1], ok=a[2])
        run_once(b[0], b[1], ok=b[2])
    ta, tb = [], []
    for _ in range(n):
        ta.append(run_once(a[0], a[1], ok=a[2]))
        tb.append(run_once(b[0], b[1], ok=b[2]))
    return [(statistics.median(t), min(t), max(t)) for t in (ta, tb)]


def measured(cmd, env, stdin_path=None, ok=(0,)):
    """One run under GNU time: (wall seconds, peak RSS in KiB, CPU seconds user + system)."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        t = time.perf_counter()
        r = subprocess.run(
            [GNU_TIME, "-v"] + cmd, env=env, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        wall = time.perf_counter() - t
    finally:
        if stdin_path:
            stdin.close()
    if r.returncode not in ok:
        raise SystemExit(f"command failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr[-3000:]}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([0-9.]+)", r.stderr))
    return wall, int(m.group(1)) if m else None, cpu


# --- the machine ----------------------------------------------------------------------------


def fsync_probe(work, n=50):
    """Median ms of appending 4 KiB to a file and fsyncing it, on the store's filesystem: the floor
    under every commit with synchronous=FULL."""
    path = os.path.join(work, "fsync.probe")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    times = []
    try:
        for _ in range(n):
            os.write(fd, b"x" * 4096)
            t = time.perf_counter()
            os.fsync(fd)
            times.append((time.perf_counter() - t) * 1000)
    finally:
        os.close(fd)
        os.remove(path)
    return statistics.median(times), min(times), max(times)


def loadavg():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        text = f.read()
    m = re.search(r"^model name\s*:\s*(.+)$", text, re.M)
    if m:
        cpu = m.group(1).strip()
    logical = len(re.findall(r"^processor\s*:", text, re.M))
    with open("/proc/meminfo") as f:
        mem_kib = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
    osname = platform.system()
    try:
        with open("/etc/os-release") as f:
            m = re.search(r'^PRETTY_NAME="?([^"\n]+)"?', f.read(), re.M)
            if m:
                osname = m.group(1)
    except OSError:
        pass

    def out(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT).stdout.strip()
        except OSError:
            return "unknown"

    return {
        "cpu": cpu,
        "cores": f"{os.cpu_count()} available ({logical} logical in /proc/cpuinfo)",
        "ram": f"{mem_kib / 1024 / 1024:.1f} GiB",
        "os": f"{osname}, kernel {platform.release()}",
        "rustc": out(["rustc", "-V"]),
        "sqlite3": "sqlite3 shell " + out([SQLITE3, "--version"]).split(" ")[0],
        "commit": out(["git", "rev-parse", "--short", "HEAD"]),
        "load": "",
        "fs": out(["df", "-T", ROOT]).splitlines()[-1].split()[1] if out(["df", "-T", ROOT]) else "unknown",
    }


# --- building the store ---------------------------------------------------------------------


def has_apply(env):
    return run([ACCTL, "apply", "--help"], env, check=False).returncode == 0


def build_with_commands(db, env, projects, subs):
    """Fallback when `apply` is not available: one acctl process per object."""
    run([ACCTL, "--db", db, "init", "--name", "Bench", "--currency", "EUR"], env)
    run([ACCTL, "--db", db, "billing", "create", "main", "--kind", "postpaid", "--currency", "EUR"], env)
    for p in range(projects):
        pn = bench_data.project_name(p)
        args = [ACCTL, "--db", db, "-q", "project", "create", pn, "--billing", "main"]
        for k, v in bench_data.project_labels(p).items():
            args += ["--label", f"{k}={v}"]
        run(args, env)
        for s in range(subs):
            sn = bench_data.sub_name(s)
            args = [ACCTL, "--db", db, "-q", "subproject", "create", pn, sn, "--external-id", f"ext-{p}-{s}"]
            args += ["--credit-limit", "100000.00"]
            for k, v in bench_data.sub_labels(p, s).items():
                args += ["--label", f"{k}={v}"]
            run(args, env)
            run([ACCTL, "--db", db, "-q", "key", "issue", f"{pn}/{sn}", "--name", "api"], env)


def secret_of(secrets_path, key_id):
    with open(secrets_path) as f:
        for line in f:
            if key_id in line:
                m = re.search(r"acctl_sk_\S+", line)
                if m:
                    return m.group(0).rstrip(",;")
    raise SystemExit(f"no secret for key {key_id} in {secrets_path}")


def count(db, sql, args=()):
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return c.execute(sql, args).fetchone()[0]
    finally:
        c.close()


# --- usage record ---------------------------------------------------------------------------


def record_runs(db, env, targets, prefix, n, workers):
    """`n` `usage record` processes, `workers` at a time; returns (seconds, exit-0 runs, failures)."""

    def one(i):
        t = targets[i % len(targets)]
        r = subprocess.run(
            [ACCTL, "--db", db, "-q", "usage", "record", t, "0.0125", "--product", "sms",
             "--idempotency-key", f"{prefix}-{i}"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        return r.returncode, r.stderr.strip()

    t0 = time.perf_counter()
    if workers == 1:
        results = [one(i) for i in range(n)]
    else:
        with concurrent.futures.ThreadPoolExecutor(workers) as ex:
            results = list(ex.map(one, range(n)))
    wall = time.perf_counter() - t0
    ok = sum(1 for rc, _ in results if rc == 0)
    failures = [e for rc, e in results if rc != 0]
    return wall, ok, failures


# --- the report -----------------------------------------------------------------------------


def replace_section(path, begin, end, block, before=None):
    """Put `block` (its own `begin` and `end` markers included) in the Markdown file at `path`
    in place of the section between those markers; a new section goes before the marker
    `before` when the file has it, else at the end."""
    old = open(path).read() if os.path.exists(path) else "# Benchmarks\n"
    if begin in old and end in old:
        new = old[:old.index(begin)] + block + old[old.index(end) + len(end):]
    elif before and before in old:
        i = old.index(before)
        new = old[:i] + block + "\n\n" + old[i:]
    else:
        new = old.rstrip() + "\n\n" + block + "\n"
    with open(path, "w") as f:
        f.write(new)


def verdict(ok):
    return "met" if ok else "**MISSED**"


def fmt_ms(x):
    return f"{x:.2f} ms"


def sizes_arg(text):
    out = []
    for part in text.split(","):
        part = part.strip().lower()
        mult = {"k": 1_000, "m": 1_000_000}.get(part[-1:], 1)
        try:
            out.append(int(float(part.rstrip("km")) * mult))
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a size: {part!r} (write 100000, 100k or 1M)")
    return sorted(set(out))


def add_scale_options(ap, sizes, apply_runs, tool, baseline):
    """The options of the scale section, the same for the SQLite and the PostgreSQL benchmark but for
    their default sizes and apply runs, the tool whose scripts build a store directly (sqlite3, psql)
    and their baseline file."""
    ap.add_argument("--only", choices=("main", "scale"), default=None,
                    help="run only the main benchmark, or only the scale section (replacing just its part of --out)")
    ap.add_argument("--sizes", type=sizes_arg, default=None,
                    help=f"scale: `usage import` sizes in lines (default {sizes}; quick 1k,10k)")
    ap.add_argument("--report-sizes", type=sizes_arg, default=None,
                    help="scale: `usage report` store sizes in charges (default: --sizes; a size not imported is "
                         f"built by {tool})")
    ap.add_argument("--apply-runs", type=int, default=apply_runs,
                    help=f"scale: apply / {tool} script runs (default {apply_runs})")
    ap.add_argument("--export-runs", type=int, default=3, help="scale: export runs per size (default 3)")
    ap.add_argument("--report-runs", type=int, default=5, help="scale: timed report runs per size (default 5)")
    ap.add_argument("--save-baseline", action="store_true",
                    help=f"scale: keep this run's figures as the baseline (bench/{baseline})")
    ap.add_argument("--max-rss-mib", type=int, default=6144,
                    help="scale: stop a `usage import` whose RSS passes this (default 6144: the machine is shared)")


def note_lines(notes):
    """A report's notes as a bulleted list, and a blank line after it when there are any."""
    return [f"- {n}" for n in notes] + ([""] if notes else [])


def parse_bench_args(ap):
    """The parsed options: --acctl implies --skip-build; --save-baseline is refused with --quick."""
    a = ap.parse_args()
    if a.acctl:
        a.skip_build = True
    if a.save_baseline and a.quick:
        raise SystemExit("--save-baseline keeps full-size figures: not with --quick")
    return a


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="a small store, for a smoke test")
    ap.add_argument("--runs", type=int, default=None, help="timed runs per single command (default 30, quick 10)")
    ap.add_argument("--out", default=None, help="the report (default BENCHMARKS.md; quick: target/bench/quick/BENCHMARKS.md)")
    ap.add_argument("--skip-build", action="store_true", help="use target/release/acctl as it is")
    ap.add_argument("--acctl", default=None, help="benchmark this acctl binary instead (implies --skip-build)")
    add_scale_options(ap, sizes="100k,1M,10M", apply_runs=3, tool="sqlite3", baseline="scale-baseline.md")
    a = parse_bench_args(ap)
    global ACCTL
    if a.acctl:
        ACCTL = os.path.abspath(a.acctl)

    if a.only == "scale":
        main_scale(a)
        return
    quick = a.quick
    projects, subs, charges = (100, 10, 10_000) if quick else (1000, 100, 1_000_000)
    runs = a.runs or (10 if quick else 30)
    n_seq, n_conc, workers = (100, 200, 8) if quick else (500, 1600, 8)
    big_runs = 1 if quick else 3  # fresh-store apply / sqlite3 insert repetitions
    work = os.path.join(ROOT, "target", "bench", "quick" if quick else "full")
    out_path = a.out or (os.path.join(work, "BENCHMARKS.md") if quick else os.path.join(ROOT, "BENCHMARKS.md"))
    started = time.perf_counter()
    load_start = loadavg()
    os.makedirs(work, exist_ok=True)
    fs_start = fsync_probe(work)

    if not a.skip_build:
        log("cargo build --release")
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    if os.path.isdir(work):
        shutil.rmtree(work)
    os.makedirs(work)
    env = base_env(work)
    db = os.path.join(work, "store.db")
    rows = []  # (section, measure, target, measured, ratio to target, sqlite3, acctl/sqlite3, verdict)
    notes = []

    # 1. Generated inputs.
    log(f"generating inputs: {projects} x {subs}, {charges} charges")
    manifest_keys = os.path.join(work, "manifest.toml")
    manifest_plain = os.path.join(work, "manifest-nokeys.toml")
    inserts = os.path.join(work, "inserts.sql")
    charges_file = os.path.join(work, "charges.jsonl")
    bench_data.write_manifest(manifest_keys, projects, subs, keys=True)
    bench_data.write_manifest(manifest_plain, projects, subs, keys=False)
    bench_data.write_inserts(inserts, projects, subs, int(time.time()))
    bench_data.write_charges(charges_file, charges, projects, subs)
    n_sub = projects * subs

    # 2. apply of P x S subprojects (no keys) on a fresh store, against sqlite3 inserting the
    #    same node and label rows into a freshly initialised store.
    apply_ok = has_apply(env)
    if apply_ok:
        applies, apply_rss, apply_cpu = [], [], []
        for i in range(big_runs):
            f = os.path.join(work, f"apply-{i}.db")
            log(f"apply of {n_sub} subprojects, run {i + 1}/{big_runs}")
            wall, rss, cpu = measured([ACCTL, "--db", f, "-q", "apply", "-f", manifest_plain], env)
            applies.append(wall)
            apply_rss.append(rss)
            apply_cpu.append(cpu)
        sq, sq_cpu = [], []
        for i in range(big_runs):
            f = os.path.join(work, f"sql-{i}.db")
            run([ACCTL, "--db", f, "init", "--name", "Bench", "--currency", "EUR"], env)
            log(f"sqlite3 < inserts.sql, run {i + 1}/{big_runs}")
            wall, _, cpu = measured([SQLITE3, f], env, stdin_path=inserts)
            sq.append(wall)
            sq_cpu.append(cpu)
        got = count(os.path.join(work, "sql-0.db"), "SELECT count(*) FROM node WHERE parent_id IS NOT NULL")
        if got != n_sub:
            raise SystemExit(f"the sqlite3 inserts wrote {got} subprojects, not {n_sub}")
        got = count(os.path.join(work, "apply-0.db"), "SELECT count(*) FROM node WHERE parent_id IS NOT NULL")
        if got != n_sub:
            raise SystemExit(f"apply wrote {got} subprojects, not {n_sub}")
        am, sm = statistics.median(applies), statistics.median(sq)
        rows.append(("build", f"`apply` of {n_sub:,} subprojects ({projects:,} projects, labels, limits; fresh store)",
                     f"< {TARGETS['apply_s']:.0f} s", f"{am:.2f} s (CPU {statistics.median(apply_cpu):.2f} s)",
                     f"{am / TARGETS['apply_s']:.2f}", f"{sm:.2f} s (CPU {statistics.median(sq_cpu):.2f} s)",
                     f"{am / sm:.1f}x", verdict(am < TARGETS["apply_s"])))
        rows.append(("memory", f"peak RSS of that `apply` (bulk; reported, no target)", "-",
                     f"{max(apply_rss) / 1024:.1f} MiB", "-", "-", "-", "-"))
        for i in range(big_runs):
            for suffix in ("", "-wal", "-shm"):
                for stem in ("apply", "sql"):
                    p = os.path.join(work, f"{stem}-{i}.db{suffix}")
                    if os.path.exists(p):
                        os.remove(p)

    # 3. The big store: apply with a key on every subproject, then import the charges.
    secrets = os.path.join(work, "secrets.txt")
    if apply_ok:
        log(f"building the store: apply with {n_sub} keys")
        wall, rss, cpu = measured([ACCTL, "--db", db, "-q", "apply", "-f", manifest_keys, "--secrets-out", secrets],
                                  env)
        rows.append(("build", f"`apply` of {n_sub:,} subprojects with a key on each (`--secrets-out`)", "-",
                     f"{wall:.2f} s (CPU {cpu:.2f} s)", "-", "-", "-", "-"))
        rows.append(("memory", "peak RSS of that `apply` (bulk; reported, no target)", "-", f"{rss / 1024:.1f} MiB",
                     "-", "-", "-", "-"))
    else:
        log("apply is not available: building the store with one acctl process per object")
        notes.append("`acctl apply` was not available in this build: the store was built with one "
                     "`project create`, `subproject create` and `key issue` process per object.")
        t = time.perf_counter()
        build_with_commands(db, env, projects, subs)
        rows.append(("build", f"{n_sub:,} subprojects and keys, one process each", "-",
                     f"{time.perf_counter() - t:.2f} s", "-", "-", "-", "-"))
    log(f"importing {charges} charges")
    wall, rss, cpu = measured([ACCTL, "--db", db, "-q", "usage", "import", charges_file], env)
    rows.append(("build", f"`usage import` of {charges:,} charges (JSON lines, idempotency keys)", "-",
                 f"{wall:.2f} s ({charges / wall:,.0f}/s; CPU {cpu:.2f} s)", "-", "-", "-", "-"))
    rows.append(("memory", "peak RSS of that `usage import` (bulk; reported, no target)", "-",
                 f"{rss / 1024:.1f} MiB", "-", "-", "-", "-"))
    run([SQLITE3, db, "PRAGMA wal_checkpoint(TRUNCATE);"], env)

    store = {
        "projects": count(db, "SELECT count(*) FROM node WHERE parent_id IS NULL"),
        "subprojects": count(db, "SELECT count(*) FROM node WHERE parent_id IS NOT NULL"),
        "labels": count(db, "SELECT count(*) FROM label"),
        "keys": count(db, "SELECT count(*) FROM api_key"),
        "charges": count(db, "SELECT count(*) FROM charge"),
        "audit entries": count(db, "SELECT count(*) FROM audit"),
        "file": f"{os.path.getsize(db) / 1024 / 1024:.0f} MiB",
    }
    if store["subprojects"] != n_sub or store["charges"] != charges:
        raise SystemExit(f"the store is not what was asked for: {store}")

    # 4. Single commands on the big store, each beside sqlite3 running the equivalent query.
    pi, si = projects // 2, subs // 2
    pn, sn = bench_data.project_name(pi), bench_data.sub_name(si)
    path = f"{pn}/{sn}"
    keys = run([ACCTL, "--db", db, "-o", "json", "key", "list", path], env).stdout
    key_id = re.search(r'"id":\s*"(ak_[0-9a-f]+)"', keys).group(1)
    if apply_ok:
        secret = secret_of(secrets, key_id)
    else:
        secret = run([ACCTL, "--db", db, "-q", "key", "rotate", key_id], env).stdout.strip()
    hash_hex = hashlib.sha256(secret.encode()).hexdigest()
    key_env = dict(env, ACCTL_KEY=secret)
    labels = "(SELECT group_concat(l.key || '=' || l.value, ',') FROM label l WHERE l.node_id = s.id)"
    singles = [
        (
            f"`subproject show {path}`",
            [ACCTL, "--db", db, "subproject", "show", path], env, (0,),
            "SELECT s.id, s.name, p.name, s.external_id, s.credit_limit, s.total_spent, s.status, s.created_at, "
            f"b.name, b.currency, {labels} FROM node p JOIN node s ON s.parent_id = p.id "
            "JOIN billing_account b ON b.id = p.billing_account_id "
            f"WHERE p.parent_id IS NULL AND p.name_key = '{pn}' AND p.status <> 'deleted' "
            f"AND s.name_key = '{sn}' AND s.status <> 'deleted';",
        ),
        (
            f"`subproject list {pn}` ({subs} rows)",
            [ACCTL, "--db", db, "subproject", "list", pn], env, (0,),
            "SELECT s.id, s.name, s.external_id, s.credit_limit, s.total_spent, s.status, s.created_at, "
            f"b.currency, {labels} FROM node p JOIN node s ON s.parent_id = p.id "
            "JOIN billing_account b ON b.id = p.billing_account_id "
            f"WHERE p.parent_id IS NULL AND p.name_key = '{pn}' AND p.status <> 'deleted' "
            "AND s.status <> 'deleted' ORDER BY s.name_key;",
        ),
        (
            "`balance` as a subproject key (`ACCTL_KEY`)",
            [ACCTL, "--db", db, "balance"], key_env, (0,),
            "SELECT k.id, s.name, p.name, s.total_spent, s.credit_limit, b.id, b.kind, b.currency, b.balance "
            "FROM key_secret ks JOIN api_key k ON k.id = ks.key_id JOIN node s ON s.id = k.node_id "
            "JOIN node p ON p.id = s.parent_id JOIN billing_account b ON b.id = p.billing_account_id "
            f"WHERE ks.hash = X'{hash_hex}' AND k.revoked_at IS NULL AND ks.ends_at IS NULL;",
        ),
        (
            f"`access check --key {key_id} --on {path}`",
            [ACCTL, "--db", db, "access", "check", "--key", key_id, "--on", path], env, (0,),
            "SELECT k.id, k.node_id IN (s.id, p.id) FROM api_key k, node p JOIN node s ON s.parent_id = p.id "
            f"WHERE k.id = '{key_id}' AND k.revoked_at IS NULL AND p.parent_id IS NULL AND p.name_key = '{pn}' "
            f"AND p.status <> 'deleted' AND s.name_key = '{sn}' AND s.status <> 'deleted';",
        ),
    ]
    rss_single = []
    for label, cmd, cenv, ok, sql in singles:
        log(f"timing {label}")
        # The sqlite3 query must find the same thing acctl shows.
        if not run([SQLITE3, db, sql], env).stdout.strip():
            raise SystemExit(f"the equivalent query for {label} found nothing:\n{sql}")
        (am, amin, amax), (sm, _, _) = paired_ms((cmd, cenv, ok), ([SQLITE3, db, sql], env, (0,)), runs)
        _, rss, _ = measured(cmd, cenv, ok=ok)
        rss_single.append((label, rss))
        ratio = am / sm
        good = am < TARGETS["single_ms"] and ratio <= TARGETS["sqlite_ratio"]
        rows.append(("single", label, f"< {TARGETS['single_ms']:.0f} ms, <= {TARGETS['sqlite_ratio']:.0f}x sqlite3",
                     f"{fmt_ms(am)} (min {amin:.2f}, max {amax:.2f})", f"{am / TARGETS['single_ms']:.2f}",
                     fmt_ms(sm), f"{ratio:.2f}x", verdict(good)))

    # 5. usage record, one process at a time, then 8 at a time.
    targets = [f"{bench_data.project_name(p)}/{bench_data.sub_name(s)}"
               for p in range(0, projects, max(1, projects // 50)) for s in range(0, subs, max(1, subs // 10))]
    rec_cmd = [ACCTL, "--db", db, "-q", "usage", "record", path, "0.0125", "--product", "sms",
               "--idempotency-key", "rss-probe"]
    _, rss, _ = measured(rec_cmd, env)
    rss_single.append(("`usage record`", rss))
    before = store["charges"] + 1
    fs_rec = fsync_probe(work)
    notes.append(f"Just before the `usage record` runs, the fsync probe gave a median of {fs_rec[0]:.2f} ms "
                 f"(min {fs_rec[1]:.2f}, max {fs_rec[2]:.2f}); with `synchronous=FULL` every charge waits for at "
                 "least one such fsync.")
    log(f"usage record: {n_seq} runs, one at a time")
    wall, ok, failures = record_runs(db, env, targets, "seq", n_seq, 1)
    got = count(db, "SELECT count(*) FROM charge WHERE idempotency_key LIKE 'seq-%'")
    seq_rate = ok / wall
    rows.append(("record", f"`usage record`, one process at a time ({n_seq} runs)",
                 f">= {TARGETS['record_per_s']:.0f}/s", f"{seq_rate:.0f}/s ({wall * 1000 / n_seq:.2f} ms each)",
                 f"{seq_rate / TARGETS['record_per_s']:.2f}", "-", "-",
                 verdict(seq_rate >= TARGETS["record_per_s"] and got == ok and not failures)))
    log(f"usage record: {n_conc} runs, {workers} at a time")
    wall, ok, failures = record_runs(db, env, targets, "conc", n_conc, workers)
    got = count(db, "SELECT count(*) FROM charge WHERE idempotency_key LIKE 'conc-%'")
    distinct = count(db, "SELECT count(DISTINCT idempotency_key) FROM charge WHERE idempotency_key LIKE 'conc-%'")
    conc_rate = ok / wall
    lost = ok - got
    rows.append(("record", f"`usage record`, {workers} concurrent processes ({n_conc} runs)",
                 f">= {TARGETS['record_per_s']:.0f}/s and >= one at a time, nothing lost",
                 f"{conc_rate:.0f}/s; {ok} exit 0, {len(failures)} failed; {got} charges stored "
                 f"({distinct} distinct keys)", f"{conc_rate / TARGETS['record_per_s']:.2f}", "-",
                 f"{conc_rate / seq_rate:.2f}x one at a time",
                 verdict(conc_rate >= TARGETS["record_per_s"] and conc_rate >= seq_rate and lost == 0
                         and distinct == got)))
    if failures:
        notes.append(f"{len(failures)} concurrent `usage record` runs failed; first: `{failures[0]}`")
    total_charges = count(db, "SELECT count(*) FROM charge")
    seq_stored = count(db, "SELECT count(*) FROM charge WHERE idempotency_key LIKE 'seq-%'")
    if total_charges != before + seq_stored + got:
        notes.append(f"charge count after the record runs is {total_charges}, expected {before + seq_stored + got}")

    # 6. Peak memory of single commands.
    worst = max(rss_single, key=lambda x: x[1])
    for label, rss in rss_single:
        rows.append(("memory", f"peak RSS of {label}", f"< {TARGETS['rss_mib']:.0f} MiB", f"{rss / 1024:.1f} MiB",
                     f"{rss / 1024 / TARGETS['rss_mib']:.2f}", "-", "-", verdict(rss / 1024 < TARGETS["rss_mib"])))

    elapsed = time.perf_counter() - started
    m = machine()
    m["load"] = f"1-minute load average {load_start} at the start, {loadavg()} at the end (other jobs share the machine)"
    fs_end = fsync_probe(work)
    m["fsync"] = (f"4 KiB append + fsync: median {fs_start[0]:.2f} ms (min {fs_start[1]:.2f}, max {fs_start[2]:.2f}) "
                  f"at the start, {fs_end[0]:.2f} ms (min {fs_end[1]:.2f}, max {fs_end[2]:.2f}) at the end")
    if a.acctl:
        m["commit"] += f", binary {a.acctl}"
    write_report(out_path, quick, m, store, rows, notes, runs, elapsed, (projects, subs, charges),
                 (n_seq, n_conc, workers), singles)
    log(f"wrote {out_path} in {elapsed:.0f} s; worst single-command RSS {worst[1] / 1024:.1f} MiB ({worst[0]})")
    if a.only != "main":
        scale_section(a, work, out_path, quick)
    missed = [r for r in rows if r[7].startswith("**")]
    for r in missed:
        log(f"MISSED: {r[1]}: {r[3]} (target {r[2]})")


def scale_section(a, work, out_path, quick):
    import scale  # noqa: E402  (it imports this module)

    # scale.py imports this file as the module `run`, a second copy when this is __main__.
    scale.rb.ACCTL = ACCTL
    text = scale.run_scale(a, base_env(work), work, quick)
    if a.save_baseline:
        scale.save_baseline(text)
    scale.write_section(out_path, text)
    log(f"wrote the scale section of {out_path}")
    for line in text.split("### Baseline")[0].splitlines():
        if "**MISSED**" in line:
            log("MISSED (scale): " + line.split("|")[1].strip())


def main_scale(a):
    quick = a.quick
    work = os.path.join(ROOT, "target", "bench", "quick" if quick else "full")
    out_path = a.out or (os.path.join(work, "BENCHMARKS.md") if quick else os.path.join(ROOT, "BENCHMARKS.md"))
    if not a.skip_build:
        log("cargo build --release")
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    os.makedirs(work, exist_ok=True)
    scale_section(a, work, out_path, quick)


def write_report(path, quick, m, store, rows, notes, runs, elapsed, size, rec, singles):
    projects, subs, charges = size
    n_seq, n_conc, workers = rec
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    L = []
    L.append("# Benchmarks")
    L.append("")
    L.append(f"Generated by `python3 bench/run.py{' --quick' if quick else ''}` on {now} "
             f"(acctl commit `{m['commit']}`, release build), in {elapsed / 60:.1f} minutes. Do not edit by hand: "
             "rerun the script.")
    L.append("")
    L.append("## Machine")
    L.append("")
    L.append("| | |")
    L.append("|---|---|")
    for k in ("cpu", "cores", "ram", "os", "fs", "fsync", "rustc", "sqlite3", "load"):
        L.append(f"| {'filesystem' if k == 'fs' else k.upper() if k in ('cpu', 'ram', 'os') else k} | {m[k]} |")
    L.append("")
    L.append("## Method")
    L.append("")
    L.append(f"- The store is built through acctl's own commands: `acctl apply` of a generated manifest of "
             f"{projects:,} projects x {subs:,} subprojects (external id, two labels and a credit limit each) with a "
             f"key on every subproject (`--secrets-out`), then `acctl usage import` of {charges:,} generated charges "
             "(JSON lines, spread over every subproject and the last four months).")
    L.append(f"- Single commands: median of {runs} whole-process runs after 3 warm-up runs (`subprocess.run` from "
             "Python, output to /dev/null, default table output, page cache warm), beside the `sqlite3` shell "
             "running the equivalent query on the same file, timed the same way, the two alternating run by run "
             "so that other load on the machine weighs on both alike. The queries are listed below.")
    L.append(f"- `apply` of the subprojects alone (no keys) on a fresh store: median of "
             f"{1 if quick else 3} runs, beside `sqlite3 FILE < inserts.sql`: the same node and label rows as "
             "INSERTs in one transaction, into a store fresh from `acctl init` (same schema, WAL, "
             "synchronous=FULL in both).")
    L.append(f"- `usage record`: {n_seq} runs one at a time, then {n_conc} runs by {workers} concurrent workers, "
             "each run a new process with its own idempotency key; afterwards the charges are counted in the store "
             "(stored = exit-0 runs, all keys distinct).")
    L.append("- Peak memory: \"Maximum resident set size\" from `/usr/bin/time -v`, one run each. CPU figures are "
             "user + system seconds from the same tool: steadier than wall time when other jobs share the machine.")
    L.append("- Ratios: \"x target\" is measured / target (below 1 is good for times and memory, above 1 for rates); "
             "\"acctl / sqlite3\" is acctl's median over the shell's.")
    L.append("")
    L.append("## Store")
    L.append("")
    L.append("| " + " | ".join(store.keys()) + " |")
    L.append("|" + "---|" * len(store))
    L.append("| " + " | ".join(f"{v:,}" if isinstance(v, int) else v for v in store.values()) + " |")
    L.append("")
    L.append("## Results")
    L.append("")
    L.append("| measure | target | measured | x target | sqlite3 | acctl / sqlite3 | |")
    L.append("|---|---|---|---|---|---|---|")
    for r in rows:
        L.append("| " + " | ".join(r[1:]) + " |")
    L.append("")
    missed = [r for r in rows if r[7].startswith("**")]
    if missed:
        L.append("Missed: " + "; ".join(f"{r[1]} ({r[3]} against {r[2]})" for r in missed) + ". See the analysis below.")
    else:
        L.append("Every target is met.")
    L.append("")
    L += note_lines(notes)
    L.append("## Equivalent queries")
    L.append("")
    for label, _cmd, _env, _ok, sql in singles:
        L.append(f"{label}:")
        L.append("")
        L.append("```sql")
        L.append(sql)
        L.append("```")
        L.append("")
    analysis = os.path.join(ROOT, "bench", "analysis.md")
    if os.path.exists(analysis):
        with open(analysis) as f:
            L.append(f.read().rstrip())
        L.append("")
    # Keep the PostgreSQL section that bench/pg.py wrote (between its markers), if any.
    if os.path.exists(path):
        with open(path) as f:
            old = f.read()
        # ... and the scale section (bench/scale.py), when this run does not write it anew.
        begin, end = "<!-- scale:begin -->", "<!-- scale:end -->"
        if begin in old and end in old:
            L.append("")
            L.append(old[old.index(begin):old.index(end) + len(end)])
            L.append("")
        for begin, end in (("<!-- pg:begin -->", "<!-- pg:end -->"), ("<!-- pg-scale:begin -->", "<!-- pg-scale:end -->")):
            if begin in old and end in old:
                L.append("")
                L.append(old[old.index(begin):old.index(end) + len(end)])
                L.append("")
    with open(path, "w") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
