#!/usr/bin/env python3
"""The scale section of bench/pg.py (issue #14, on PostgreSQL): the figures of bench/scale.py,
each beside psql doing the same work on the same rows in the same cluster:

  - `usage import` of N charges (CSV) into a database of P x S subprojects (a copy made with
    CREATE DATABASE ... TEMPLATE), beside `psql -c "\\copy charge_in FROM CSV"` into a table with
    a unique key on the idempotency key.
  - `apply` of the P x S manifest (no keys) into a fresh database, beside `psql -f inserts.sql`
    (the same node and label rows as plain INSERTs in one transaction, after `acctl init`).
  - `export` at two sizes, beside psql copying the same rows to /dev/null.
  - `usage report --period 2025-02` over databases of N charges, beside psql running the same
    GROUP BY (`\\copy (query) TO '/dev/null'`).

Run it alone with `python3 bench/pg.py --only scale [--sizes 100000,1000000]`.
"""
import datetime
import os
import re
import shutil
import statistics
import subprocess
import time

import bench_data
import run as rb
import scale as sc

BEGIN, END = "<!-- pg-scale:begin -->", "<!-- pg-scale:end -->"
BASELINE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pg-scale-baseline.md")
# Findings written by hand, shown under every run's figures.
ANALYSIS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pg-scale-analysis.md")


def sql_charges_pg(cl, db, n):
    """`n` charges inserted by psql into a database that has none, total_spent, spend_month and
    charge_month kept consistent (as scale.sql_charges does on SQLite)."""
    span = bench_data.SCALE_DAYS * 86400
    script = f"""
\\set ON_ERROR_STOP 1
SET synchronous_commit = off;
BEGIN;
CREATE TEMP TABLE subs AS SELECT (row_number() OVER (ORDER BY id) - 1)::bigint AS i, id FROM node
  WHERE parent_id IS NOT NULL;
CREATE UNIQUE INDEX ON subs (i);
ANALYZE subs;
INSERT INTO charge (id, node_id, billing_account_id, amount, product, quantity, description, created_at,
                    idempotency_key)
SELECT '00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'), s.id,
       (SELECT coalesce(c.billing_account_id, p.billing_account_id) FROM node c JOIN node p ON p.id = c.parent_id
        LIMIT 1),
       1 + (g * 7919) % 99999, (ARRAY['sms', 'voice', 'mms', 'verify'])[g % 4 + 1], 1 + g % 5, NULL,
       {bench_data.SCALE_BASE} + (g * {span}) / {n}, NULL
FROM generate_series(0::bigint, {n - 1}) g JOIN subs s ON s.i = g % (SELECT count(*) FROM subs);
UPDATE node SET total_spent = total_spent + t.s
  FROM (SELECT node_id, sum(amount) AS s FROM charge GROUP BY node_id) t WHERE t.node_id = node.id;
INSERT INTO spend_month (node_id, month, spent)
  SELECT node_id, to_char(to_timestamp(created_at) AT TIME ZONE 'UTC', 'YYYY-MM'), sum(amount)
  FROM charge GROUP BY 1, 2;
INSERT INTO charge_month (month, billing_account_id, node_id, product, quantity, units, micros, charges)
  SELECT CAST(extract(epoch FROM date_trunc('month', to_timestamp(created_at) AT TIME ZONE 'UTC')) AS BIGINT),
         billing_account_id, node_id, coalesce(product, ''), sum(coalesce(quantity, 0)),
         sum(amount / 1000000), sum(amount % 1000000), count(*)
  FROM charge GROUP BY 1, 2, 3, 4;
COMMIT;
ANALYZE;
"""
    cmd = cl.psql_cmd(db, "SELECT 1")[:-2]
    r = subprocess.run(cmd, input=script, text=True, capture_output=True)
    if r.returncode != 0:
        raise SystemExit(f"building {db} with psql failed:\n{r.stderr}")


def whole_write_script(work, csv_path, n):
    """psql's script that leaves a database as acctl's import of `csv_path` does: the CSV loaded
    by `\\copy`, targets resolved by a join, the charges written by one `INSERT .. SELECT` (the
    table's indexes and foreign keys), then the running totals, the monthly spending (R29) and the
    monthly sums (R13), one grouped statement each, all in one transaction. The database starts
    with no charges, so every charge is the import's. Charge ids are text of acctl's length."""
    path = os.path.join(work, f"whole-write-{n}.sql")
    month = "to_timestamp(created_at) AT TIME ZONE 'UTC'"
    with open(path, "w") as f:
        f.write(f"""BEGIN;
CREATE TEMP TABLE charge_in (target TEXT NOT NULL, amount TEXT NOT NULL, product TEXT, quantity BIGINT,
    at TEXT, idempotency_key TEXT UNIQUE);
\\copy charge_in FROM '{csv_path}' WITH (FORMAT csv, HEADER true)
CREATE TEMP TABLE tgt AS SELECT p.name || '/' || s.name AS path, s.id AS id,
    coalesce(s.billing_account_id, p.billing_account_id) AS ba FROM node s JOIN node p ON p.id = s.parent_id;
CREATE UNIQUE INDEX ON tgt (path);
ANALYZE tgt;
ANALYZE charge_in;
INSERT INTO charge (id, node_id, billing_account_id, amount, product, quantity, description, created_at,
    idempotency_key)
SELECT '01a226b7-7518-71b5-ada3-' || lpad(to_hex(c.n), 12, '0'), t.id, t.ba,
    CAST(round(CAST(c.amount AS numeric) * 1000000) AS BIGINT), c.product, c.quantity, NULL,
    CAST(extract(epoch FROM CAST(c.at AS timestamptz)) AS BIGINT), c.idempotency_key
FROM (SELECT *, row_number() OVER () AS n FROM charge_in) c JOIN tgt t ON t.path = c.target ORDER BY c.n;
CREATE TEMP TABLE t AS SELECT node_id, sum(amount) AS s FROM charge GROUP BY node_id;
UPDATE node SET total_spent = total_spent + t.s FROM t WHERE t.node_id = node.id;
INSERT INTO spend_month (node_id, month, spent)
  SELECT node_id, to_char({month}, 'YYYY-MM'), sum(amount) FROM charge GROUP BY 1, 2;
INSERT INTO charge_month (month, billing_account_id, node_id, product, quantity, units, micros, charges)
  SELECT CAST(extract(epoch FROM date_trunc('month', {month})) AS BIGINT), billing_account_id, node_id,
         coalesce(product, ''), sum(coalesce(quantity, 0)), sum(amount / 1000000), sum(amount % 1000000), count(*)
  FROM charge GROUP BY 1, 2, 3, 4;
COMMIT;
""")
    return path


def run_pg_scale(a, cl, env, work_root, quick, psql_bin):
    """Runs the section on the cluster `cl`; returns its Markdown (between the markers)."""
    started = time.perf_counter()
    projects, subs = (100, 10) if quick else (1000, 100)
    small = (10, 10) if quick else (100, 100)
    sizes = a.sizes or ([1_000, 10_000] if quick else [100_000, 1_000_000])
    report_sizes = a.report_sizes or sizes
    work = os.path.join(work_root, "scale")
    data_dir = os.path.join(rb.ROOT, "target", "bench", "data")
    if os.path.isdir(work):
        shutil.rmtree(work)
    os.makedirs(work)
    T = sc.Timer()
    rows, notes = [], []
    n_sub = projects * subs
    build = sc.build_id() if not a.acctl else f"binary `{a.acctl}`"
    ACCTL = rb.ACCTL
    load = sc.LoadSampler()
    with load:
        manifest = os.path.join(work, "manifest.toml")
        manifest_small = os.path.join(work, "manifest-small.toml")
        inserts = os.path.join(work, "inserts.sql")
        with T.part("generating the manifests and the SQL script"):
            bench_data.write_manifest(manifest, projects, subs, keys=False)
            bench_data.write_manifest(manifest_small, small[0], small[1], keys=False)
            bench_data.write_inserts(inserts, projects, subs, int(time.time()), begin="BEGIN;")
        man_bytes = os.path.getsize(manifest)
        with T.part("generating the charges files (cached in target/bench/data)"):
            files = {n: sc.data_file(data_dir, n, projects, subs) for n in sizes}

        def psql(db, *args):
            return [psql_bin, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(cl.port), "-U",
                    "acctl", "-d", db] + list(args)

        def subs_in(db):
            return int(cl.psql(db, "SELECT count(*) FROM node WHERE parent_id IS NOT NULL"))

        runs = a.apply_runs
        with T.part(f"apply of {n_sub:,} subprojects beside psql -f inserts.sql, {runs} run(s) each"):
            ap, sh = [], []
            for i in range(runs):
                db = "base" if i == 0 else f"apply_{i}"
                cl.psql("postgres", f"CREATE DATABASE {db}")
                ap.append(rb.measured([ACCTL, "--db", cl.url(db), "-q", "apply", "-f", manifest], env))
                g = f"sql_{i}"
                cl.psql("postgres", f"CREATE DATABASE {g}")
                rb.run([ACCTL, "--db", cl.url(g), "init", "--name", "Bench", "--currency", "EUR"], env)
                sh.append(rb.measured(psql(g, "-f", inserts), env))
                for d, what in ((db, "apply"), (g, "the psql script")):
                    if subs_in(d) != n_sub:
                        raise SystemExit(f"{what} wrote {subs_in(d)} subprojects, not {n_sub}")
                cl.psql("postgres", f"DROP DATABASE {g}")
                if i:
                    cl.psql("postgres", f"DROP DATABASE {db}")
        am = statistics.median(x[0] for x in ap)
        sm = statistics.median(x[0] for x in sh)
        arss = max(x[1] for x in ap)
        rows.append(dict(
            what=f"`apply` of {n_sub:,} subprojects ({projects:,} projects; 2 labels, an external id and a limit "
                 f"each; manifest {man_bytes / 1048576:.1f} MiB), new database",
            size=f"{n_sub:,}", acctl=(am, arss, statistics.median(x[2] for x in ap)),
            anchor="`psql -f inserts.sql` (same rows, one transaction)",
            anchor_m=(sm, max(x[1] for x in sh), statistics.median(x[2] for x in sh)),
            target=f"time <= psql; RSS <= {sc.APPLY_RSS_X:.0f}x manifest",
            verdict=rb.verdict(am <= sm and arss * 1024 <= sc.APPLY_RSS_X * man_bytes),
            extra=f"RSS {arss * 1024 / man_bytes:.1f}x the manifest; {runs} run(s)"))
        cl.psql("base", "CHECKPOINT")

        imports = {}
        for n in sorted(sizes):
            with T.part(f"usage import of {n:,} lines beside psql \\copy"):
                db = f"import_{n}"
                cl.psql("postgres", f"CREATE DATABASE {db} TEMPLATE base")
                anc = f"anchor_{n}"
                cl.psql("postgres", f"CREATE DATABASE {anc}")
                cl.psql(anc, "CREATE TABLE charge_in (target TEXT NOT NULL, amount TEXT NOT NULL, product TEXT, "
                             "quantity BIGINT, at TEXT, idempotency_key TEXT UNIQUE)")
                shell = rb.measured(psql(anc, "-c", f"\\copy charge_in FROM '{files[n]}' WITH (FORMAT csv, HEADER true)"),
                                    env)
                if int(cl.psql(anc, "SELECT count(*) FROM charge_in")) != n:
                    raise SystemExit(f"psql \\copy loaded the wrong number of rows into {anc}")
                cl.psql("postgres", f"DROP DATABASE {anc}")
                *acc, killed = sc.guarded([ACCTL, "--db", cl.url(db), "-q", "usage", "import", files[n]], env,
                                          a.max_rss_mib)
                acc = tuple(acc)
                if killed:
                    notes.append(f"`usage import` of {n:,} lines was stopped when its RSS passed "
                                 f"{a.max_rss_mib:,} MiB (--max-rss-mib), after {acc[0]:.0f} s; its figures are "
                                 "those at that moment, and no report ran on its database.")
                    cl.psql("postgres", f"DROP DATABASE {db} WITH (FORCE)")
                else:
                    got = int(cl.psql(db, "SELECT count(*) FROM charge"))
                    if got != n:
                        raise SystemExit(f"acctl imported {got} charges, not {n}")
                    imports[n] = db
            with T.part(f"psql writing {n:,} lines and their sums into acctl's database"):
                whole_db = f"whole_{n}"
                cl.psql("postgres", f"CREATE DATABASE {whole_db} TEMPLATE base")
                whole = rb.measured(psql(whole_db, "-f", whole_write_script(work, files[n], n)), env)
                if int(cl.psql(whole_db, "SELECT count(*) FROM charge")) != n:
                    raise SystemExit(f"the psql script wrote the wrong number of charges into {whole_db}")
                # The script's database must be the one acctl's import leaves: `check` accepts it.
                rb.run([ACCTL, "--db", cl.url(whole_db), "-q", "check"], env)
                cl.psql("postgres", f"DROP DATABASE {whole_db}")
            rows.append(dict(
                what=f"`usage import` of {n:,} charges (CSV, an idempotency key each, over {n_sub:,} subprojects)",
                size=f"{n:,}", acctl=acc, anchor="`psql` `\\copy` into a table with a unique key", anchor_m=shell,
                target=f"time <= {sc.IMPORT_RATIO}x psql; RSS < {sc.IMPORT_RSS_MIB:.0f} MiB, flat",
                verdict=rb.verdict(acc[0] <= sc.IMPORT_RATIO * shell[0] and sc.mib(acc[1]) < sc.IMPORT_RSS_MIB
                                   and not killed),
                extra=f"**stopped at {a.max_rss_mib:,} MiB**" if killed else f"{n / acc[0]:,.0f} lines/s"))
            rows.append(dict(
                what=f"`usage import` of {n:,} charges beside psql doing the import's whole write",
                size=f"{n:,}", acctl=acc, anchor="`psql`: `\\copy` to a temp table, `INSERT .. SELECT` into "
                "`charge` (its indexes and foreign keys), then the running totals, the monthly spending and the "
                "monthly sums, one grouped statement each, in one transaction",
                anchor_m=whole, target="- (what the import's writes cost PostgreSQL itself)", verdict="-",
                extra="acctl also reads and checks every line (R10, R12, R29); the script's database passes "
                "`acctl check`"))
        imp_rows = [r for r in rows if r["what"].startswith("`usage import`") and " beside " not in r["what"]]
        if len(imp_rows) > 1:
            lo, hi = imp_rows[0], imp_rows[-1]
            grow = hi["acctl"][1] / lo["acctl"][1]
            rows.append(dict(what=f"`usage import`: peak RSS at {hi['size']} lines over that at {lo['size']}",
                             size="-", acctl=None, anchor="-", anchor_m=None, target=f"flat (<= {sc.EXPORT_FLAT}x)",
                             verdict=rb.verdict(grow <= sc.EXPORT_FLAT), extra=f"{grow:.2f}x",
                             text=f"{sc.mib(lo['acctl'][1]):.1f} -> {sc.mib(hi['acctl'][1]):.1f} MiB"))

        with T.part(f"export of {small[0] * small[1]:,} and {n_sub:,} subprojects beside psql"):
            cl.psql("postgres", "CREATE DATABASE export_small")
            rb.run([ACCTL, "--db", cl.url("export_small"), "-q", "apply", "-f", manifest_small], env)
            labels = "(SELECT string_agg(l.key || '=' || l.value, ',') FROM label l WHERE l.node_id = s.id)"
            q = (f"SELECT p.name, s.name, s.external_id, s.credit_limit, s.status, {labels} FROM node p "
                 "JOIN node s ON s.parent_id = p.id WHERE s.status <> 'deleted' ORDER BY p.name_key, s.name_key")
            ex = []
            for db, n in (("export_small", small[0] * small[1]), ("base", n_sub)):
                out = os.path.join(work, "export.toml")
                accs = []
                for _ in range(a.export_runs):
                    if os.path.exists(out):
                        os.remove(out)
                    accs.append(rb.measured([ACCTL, "--db", cl.url(db), "-q", "export", "--file", out], env))
                size = os.path.getsize(out)
                if size < n * 20:
                    raise SystemExit(f"export of {n} subprojects wrote only {size} bytes")
                os.remove(out)
                shells = [rb.measured(psql(db, "-c", f"\\copy ({q}) TO '/dev/null'"), env)
                          for _ in range(a.export_runs)]
                acc = (statistics.median(x[0] for x in accs), max(x[1] for x in accs),
                       statistics.median(x[2] for x in accs))
                shell = (statistics.median(x[0] for x in shells), max(x[1] for x in shells),
                         statistics.median(x[2] for x in shells))
                ex.append((n, acc))
                rows.append(dict(
                    what=f"`export --file` of a database of {n:,} subprojects (manifest {size / 1048576:.1f} MiB)",
                    size=f"{n:,}", acctl=acc, anchor="`psql` copying the same subprojects and labels",
                    anchor_m=shell, target="RSS independent of the store's size", verdict="see below",
                    extra=f"{a.export_runs} runs, median (RSS: max)"))
            grow = ex[1][1][1] / ex[0][1][1]
            rows.append(dict(what=f"`export`: peak RSS at {ex[1][0]:,} subprojects over that at {ex[0][0]:,}",
                             size="-", acctl=None, anchor="-", anchor_m=None, target=f"flat (<= {sc.EXPORT_FLAT}x)",
                             verdict=rb.verdict(grow <= sc.EXPORT_FLAT), extra=f"{grow:.2f}x",
                             text=f"{sc.mib(ex[0][1][1]):.1f} -> {sc.mib(ex[1][1][1]):.1f} MiB"))
            cl.psql("postgres", "DROP DATABASE export_small")

        period = bench_data.SCALE_REPORT_PERIOD
        y, m = (int(x) for x in period.split("-"))
        t0 = int(datetime.datetime(y, m, 1, tzinfo=datetime.timezone.utc).timestamp())
        t1 = int(datetime.datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=datetime.timezone.utc).timestamp())
        rq = ("SELECT billing_account_id, node_id, product, sum(quantity), sum(amount), count(*) FROM charge "
              f"WHERE created_at >= {t0} AND created_at < {t1} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
        rep = []
        for n in sorted(report_sizes):
            with T.part(f"usage report over {n:,} charges beside psql"):
                how = "the database of the import above"
                db = imports.get(n)
                if db is None:
                    # The script is proved by `acctl check` on a small database first (the same
                    # script at any size; check takes minutes at 10,000,000 charges).
                    proof = min(n, 200_000)
                    cl.psql("postgres", "CREATE DATABASE report_proof TEMPLATE base")
                    sql_charges_pg(cl, "report_proof", proof)
                    t = time.perf_counter()
                    r = rb.run([ACCTL, "--db", cl.url("report_proof"), "check"], env, check=False)
                    checked = time.perf_counter() - t
                    cl.psql("postgres", "DROP DATABASE report_proof")
                    if r.returncode != 0:
                        raise SystemExit(f"a database of {proof} charges built by psql fails `acctl check`:\n"
                                         f"{r.stdout}{r.stderr}")
                    db = f"report_{n}"
                    cl.psql("postgres", f"CREATE DATABASE {db} TEMPLATE base")
                    t = time.perf_counter()
                    sql_charges_pg(cl, db, n)
                    built = time.perf_counter() - t
                    how = (f"built by psql in {built:.0f} s (`acctl check` accepted the same script's {proof:,} "
                           f"charges in {checked:.0f} s)")
                else:
                    cl.psql(db, "VACUUM ANALYZE")
                url = cl.url(db)
                in_month = int(cl.psql(db, f"SELECT count(*) FROM charge WHERE created_at >= {t0} AND created_at < {t1}"))
                cmd = [ACCTL, "--db", url, "usage", "report", "--period", period]
                anchor = psql(db, "-c", f"\\copy ({rq}) TO '/dev/null'")
                (am_, amin, amax, nrun), (sm_, _, _, _) = sc.paired((cmd, env), (anchor, env), a.report_runs)
                _, arss, acpu = rb.measured(cmd, env)
                _, srss, scpu = rb.measured(anchor, env)
                js = rb.run([ACCTL, "--db", url, "-o", "json", "usage", "report", "--period", period], env).stdout
                counted = sum(int(x) for x in re.findall(r'"charges":\s*(\d+)', js))
                if counted != in_month:
                    raise SystemExit(f"usage report counted {counted} charges in {period}, the database holds {in_month}")
                rep.append((n, am_))
                cmd_p = cmd + ["--by", "project"]
                rq_p = ("SELECT billing_account_id, sum(quantity), sum(amount), count(*) FROM charge "
                        f"WHERE created_at >= {t0} AND created_at < {t1} GROUP BY 1")
                anchor_p = psql(db, "-c", f"\\copy ({rq_p}) TO '/dev/null'")
                (pm_, pmin, pmax, prun), (psm, _, _, _) = sc.paired((cmd_p, env), (anchor_p, env), a.report_runs)
                _, prss, pcpu = rb.measured(cmd_p, env)
                _, psrss, pscpu = rb.measured(anchor_p, env)
                rows.append(dict(
                    what=f"`usage report --period {period}` over {n:,} charges ({in_month:,} in the month), warm",
                    size=f"{n:,}", acctl=(am_, arss, acpu), anchor="`psql` running the same GROUP BY",
                    anchor_m=(sm_, srss, scpu), target=f"< {sc.REPORT_S:.0f} s (at 10,000,000)",
                    verdict=rb.verdict(am_ < sc.REPORT_S),
                    extra=f"median of {nrun} (min {amin:.2f}, max {amax:.2f}); {how}; "
                          f"{cl.psql('postgres', f'SELECT pg_size_pretty(pg_database_size({chr(39)}{db}{chr(39)}))')}"))
                rows.append(dict(
                    what=f"`usage report --period {period} --by project` over the same {n:,} charges, warm",
                    size=f"{n:,}", acctl=(pm_, prss, pcpu), anchor="`psql` running the same scan, one group",
                    anchor_m=(psm, psrss, pscpu), target="(shows the scan apart from the rows printed)", verdict="-",
                    extra=f"median of {prun} (min {pmin:.2f}, max {pmax:.2f})"))
            if db not in imports.values():
                cl.psql("postgres", f"DROP DATABASE {db}")
        if len(rep) > 1:
            (n0, s0), (n1, s1) = rep[0], rep[-1]
            notes.append(f"`usage report` scaling: {s0:.2f} s at {n0:,} charges, {s1:.2f} s at {n1:,} "
                         f"({s1 / s0:.1f}x the time for {n1 / n0:.0f}x the charges).")
        for db in imports.values():
            cl.psql("postgres", f"DROP DATABASE {db}")
    elapsed = time.perf_counter() - started
    cmd = "python3 bench/pg.py --only scale" + (" --quick" if quick else "")
    if a.sizes:
        cmd += " --sizes " + ",".join(str(n) for n in a.sizes)
    if a.report_sizes:
        cmd += " --report-sizes " + ",".join(str(n) for n in a.report_sizes)
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    version = cl.psql("postgres", "SHOW server_version")
    L = [BEGIN, "## Scale on PostgreSQL (issue #14)", ""]
    L.append(f"Generated by `{cmd}` on {now}: acctl build {build} (release), PostgreSQL {version} (the throwaway "
             f"cluster of bench/pg.py, default settings, on the same 2 cores), in {elapsed / 60:.1f} minutes. "
             f"{load.text()}. Do not edit by hand: rerun the script (`--only scale` replaces only this section).")
    L.append("")
    L.append("Method: as in \"Scale (issue #14)\" above, with psql (the binary, over TCP like acctl) as the "
             "anchor: `\\copy charge_in FROM CSV` into a table with a unique key on idempotency_key for the import, "
             "`psql -f inserts.sql` (the same rows as one transaction of plain INSERTs, after `acctl init`) for "
             "apply, `\\copy (query) TO '/dev/null'` for export and report (an imported database is VACUUM ANALYZEd "
             "first, as autovacuum would). Each import goes into a copy of the "
             "applied database (`CREATE DATABASE ... TEMPLATE base`). Times include psql's and acctl's "
             "connection; the server's CPU is not in the CPU figures (client process only).")
    L += sc.results_lines(rows, notes, T.parts, elapsed)
    if os.path.exists(ANALYSIS):
        with open(ANALYSIS) as f:
            L.append(f.read().rstrip())
        L.append("")
    if a.save_baseline:
        body = "\n".join(L[3:]).replace(" Do not edit by hand: rerun the script (`--only scale` replaces only this "
                                         "section).", "")
        with open(BASELINE, "w") as f:
            f.write("### Baseline on PostgreSQL, before the work of issue #14\n\nKept from that run by "
                    "`--save-baseline` (bench/pg-scale-baseline.md): the figures the changes are measured "
                    "against.\n\n" + body.strip() + "\n")
        L.append("These figures are kept as the baseline (`--save-baseline`, bench/pg-scale-baseline.md): later "
                 "runs show them below their own.")
        L.append("")
    elif os.path.exists(BASELINE):
        with open(BASELINE) as f:
            L.append(f.read().rstrip())
        L.append("")
    L.append(END)
    return "\n".join(L)


def write_section(path, text):
    rb.replace_section(path, BEGIN, END, text)
