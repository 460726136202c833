#!/usr/bin/env python3
"""Generated inputs for bench/run.py: the manifest of P projects x S subprojects (optionally a
key on every subproject), the equivalent raw SQL INSERTs (node and label rows in one
transaction, for the `sqlite3` comparison), and N usage charges as JSON lines.

Names are deterministic: projects `proj-0000`.., subprojects `cust-000`.., so the benchmark can
name any of them without reading the store.
"""
import datetime
import os
import random
import uuid


def project_name(p):
    return f"proj-{p:04d}"


def sub_name(s):
    return f"cust-{s:03d}"


def sub_labels(p, s):
    return {"tier": "gold" if s % 2 else "silver", "region": ("eu", "us", "apac")[(p + s) % 3]}


def project_labels(p):
    return {"env": "prod" if p % 4 else "staging"}


def toml_labels(labels):
    return "{ " + ", ".join(f'{k} = "{v}"' for k, v in labels.items()) + " }"


def write_manifest(path, projects, subs, keys):
    """A manifest of `projects` x `subs`, every subproject with an external id, labels and a
    credit limit, and (when `keys`) one key named `api` on every subproject."""
    with open(path, "w") as f:
        f.write('[account]\nname = "Bench"\n\n')
        f.write('[[billing_account]]\nname = "main"\nkind = "postpaid"\ncurrency = "EUR"\ndefault = true\n\n')
        for p in range(projects):
            pn = project_name(p)
            f.write(f'[[project]]\nname = "{pn}"\nbilling_account = "main"\nlabels = {toml_labels(project_labels(p))}\n\n')
            for s in range(subs):
                f.write(
                    f'[[project.subproject]]\nname = "{sub_name(s)}"\nexternal_id = "ext-{p}-{s}"\n'
                    f'credit_limit = "100000.00"\nlabels = {toml_labels(sub_labels(p, s))}\n'
                )
                if keys:
                    f.write('keys = [{ name = "api" }]\n')
                f.write("\n")


def sql_str(s):
    return "'" + s.replace("'", "''") + "'"


def write_inserts(path, projects, subs, created_at, begin="BEGIN IMMEDIATE;"):
    """The node and label rows `apply` writes for the same manifest (without keys), as plain
    INSERTs in one transaction, for `sqlite3 FILE < path` on a freshly initialised store (or
    `psql -f path`, with begin="BEGIN;")."""
    ba = str(uuid.uuid4())
    with open(path, "w") as f:
        f.write(begin + "\n")
        f.write(
            "INSERT INTO billing_account (id, name, name_key, kind, currency, balance, is_default, created_at)"
            f" VALUES ('{ba}', 'main', 'main', 'postpaid', 'EUR', NULL, 0, {created_at});\n"
        )
        def node(parent, name, billing, external_id, credit_limit, labels):
            """One node row and its label rows; the node's id."""
            nid = str(uuid.uuid4())
            f.write(
                "INSERT INTO node (id, parent_id, name, name_key, billing_account_id, external_id, credit_limit, created_at)"
                f" VALUES ('{nid}', {parent}, '{name}', '{name}', {billing}, {external_id}, {credit_limit}, {created_at});\n"
            )
            for k, v in labels.items():
                f.write(f"INSERT INTO label (node_id, key, value) VALUES ('{nid}', {sql_str(k)}, {sql_str(v)});\n")
            return nid

        for p in range(projects):
            pid = node("NULL", project_name(p), f"'{ba}'", "NULL", "NULL", project_labels(p))
            for s in range(subs):
                node(f"'{pid}'", sub_name(s), "NULL", f"'ext-{p}-{s}'", 100000000000, sub_labels(p, s))
        f.write("COMMIT;\n")


def write_charges(path, n, projects, subs, months=4, seed=42):
    """`n` charges as JSON lines, spread evenly over every subproject (and a few on the projects
    themselves) and over the last `months` whole months before now."""
    rnd = random.Random(seed)
    products = ["sms", "voice", "mms", "verify"]
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    first = now.replace(day=1, hour=0, minute=0, second=0)
    for _ in range(months):
        first = (first - datetime.timedelta(days=1)).replace(day=1)
    span = int((now - first).total_seconds()) - 3600
    base = int(first.timestamp())
    total = projects * subs
    with open(path, "w") as f:
        for i in range(n):
            if i % 50 == 49:
                target = project_name(rnd.randrange(projects))
            else:
                t = i % total
                target = f"{project_name(t // subs)}/{sub_name(t % subs)}"
            micros = rnd.randrange(1, 100000)
            amount = f"0.{micros:06d}"
            at = datetime.datetime.fromtimestamp(base + rnd.randrange(span), datetime.timezone.utc)
            f.write(
                f'{{"target":"{target}","amount":"{amount}","product":"{products[i % 4]}",'
                f'"quantity":{1 + rnd.randrange(5)},"at":"{at.strftime("%Y-%m-%dT%H:%M:%SZ")}",'
                f'"idempotency_key":"imp-{i}"}}\n'
            )


# --- scale (issue #14) -------------------------------------------------------------------------

# The scale section's charges fall in four fixed whole months, so that a generated file stays
# valid (and cached) from one run to the next, and `usage report --period` names a fixed month.
SCALE_FIRST_MONTH = (2025, 1)
SCALE_MONTHS = 4
SCALE_REPORT_PERIOD = "2025-02"
# 2025-01-01T00:00:00Z and the 120 days of January to April 2025.
SCALE_BASE = 1735689600
SCALE_DAYS = 31 + 28 + 31 + 30
SCALE_COLUMNS = ("target", "amount", "product", "quantity", "at", "idempotency_key")
# Bump when the rows below change, so that cached files are made again.
SCALE_GEN_VERSION = 1


def write_scale_charges(path, n, projects, subs, fmt="csv", seed=14):
    """`n` charges over the `projects` x `subs` subprojects (line i charges subproject i mod P*S,
    so every subproject is charged and targets repeat only after P*S lines), each with its own
    idempotency key `imp-i`, an amount of 0.000001-0.099999, one of four products, a quantity of
    1-5 and a time at random within January-April 2025 (UTC). CSV (with a header) or JSON lines.
    Written in blocks, never held whole: 10,000,000 lines take well under a minute and no memory
    to speak of. Written to PATH.tmp and renamed, so a file that exists is complete."""
    rnd = random.Random(seed)
    rand = rnd.random
    total = projects * subs
    targets = [f"{project_name(t // subs)}/{sub_name(t % subs)}" for t in range(total)]
    first = datetime.date(*SCALE_FIRST_MONTH, 1)
    days = [(first + datetime.timedelta(days=d)).strftime("%Y-%m-%dT") for d in range(SCALE_DAYS)]
    hms = [f"{h:02d}:{m:02d}:{s:02d}Z" for h in range(24) for m in range(60) for s in range(60)]
    products = ("sms", "voice", "mms", "verify")
    if fmt == "csv":
        head = ",".join(SCALE_COLUMNS) + "\n"
        line = "{t},0.{a:06d},{p},{q},{d}{h},imp-{i}\n"
    else:
        head = ""
        line = ('{{"target":"{t}","amount":"0.{a:06d}","product":"{p}","quantity":{q},'
                '"at":"{d}{h}","idempotency_key":"imp-{i}"}}\n')
    fmt_line = line.format
    nd, nh = len(days), len(hms)
    tmp = path + ".tmp"
    with open(tmp, "w", buffering=1 << 20) as f:
        f.write(head)
        block = 100_000
        for start in range(0, n, block):
            f.write("".join(
                fmt_line(t=targets[i % total], a=int(rand() * 99999) + 1, p=products[i & 3], q=i % 5 + 1,
                         d=days[int(rand() * nd)], h=hms[int(rand() * nh)], i=i)
                for i in range(start, min(n, start + block))))
    os.replace(tmp, path)
