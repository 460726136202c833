#!/usr/bin/env python3
"""Give every live subproject of an acctl store one API key, fast, with raw SQL, and print one
project key's secret and one subproject key's secret (for timing commands run as keys).

The rows are what `acctl key issue` writes: the public id, and only the SHA-256 hash of the
secret `acctl_sk_<id>_<64 hex>`. Usage: gen_keys.py DB
"""
import hashlib
import secrets
import sqlite3
import sys


def new_key():
    kid = "ak_" + secrets.token_hex(8)
    return kid, f"acctl_sk_{kid}_{secrets.token_hex(32)}"


def main():
    db = sys.argv[1]
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA synchronous = OFF")
    subs = conn.execute(
        "SELECT id, parent_id FROM node WHERE parent_id IS NOT NULL AND status <> 'deleted'"
    ).fetchall()
    keys, hashes = [], []
    shown = {}
    for sid, pid in subs:
        kid, secret = new_key()
        keys.append((kid, sid))
        hashes.append((hashlib.sha256(secret.encode()).digest(), kid))
        shown.setdefault("subproject", secret)
        shown.setdefault("parent", pid)
    kid, secret = new_key()
    keys.append((kid, shown["parent"]))
    hashes.append((hashlib.sha256(secret.encode()).digest(), kid))
    shown["project"] = secret
    with conn:
        conn.executemany(
            "INSERT INTO api_key (id, name, node_id, created_at) VALUES (?, NULL, ?, 0)", keys
        )
        conn.executemany(
            "INSERT INTO key_secret (hash, key_id, created_at) VALUES (?, ?, 0)", hashes
        )
    print(shown["project"])
    print(shown["subproject"])


if __name__ == "__main__":
    main()
