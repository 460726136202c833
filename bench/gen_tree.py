#!/usr/bin/env python3
"""Fill an initialised acctl store with P projects x S subprojects, fast, with raw SQL.

The rows are exactly what `acctl project create` / `subproject create` would write (ids, folded
names, labels), minus one audit entry per row; `acctl check` style invariants hold.
Usage: gen_tree.py DB PROJECTS SUBPROJECTS_PER_PROJECT
"""
import sqlite3
import sys
import uuid


def main():
    db, projects, subs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA synchronous = OFF")
    (ba,) = conn.execute("SELECT id FROM billing_account WHERE is_default = 1").fetchone()
    node_rows, label_rows = [], []
    for p in range(projects):
        pid = str(uuid.uuid4())
        pname = f"proj-{p:04d}"
        node_rows.append((pid, None, pname, pname, ba, None, 0))
        for s in range(subs):
            sid = str(uuid.uuid4())
            sname = f"cust-{s:03d}"
            node_rows.append((sid, pid, sname, sname, None, f"ext-{p}-{s}", 0))
            label_rows.append((sid, "tier", "gold" if s % 2 else "silver"))
    with conn:
        conn.executemany(
            "INSERT INTO node (id, parent_id, name, name_key, billing_account_id, external_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            node_rows,
        )
        conn.executemany("INSERT INTO label (node_id, key, value) VALUES (?, ?, ?)", label_rows)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


if __name__ == "__main__":
    main()
