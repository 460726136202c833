#!/usr/bin/env python3
"""Write N charges as JSON lines (or CSV) for `acctl usage import`, spread over the targets
given and over the months of 2026, for the import and report benchmarks.

Usage: billing_gen.py N OUT.jsonl|OUT.csv TARGET [TARGET...]
With BILLING_KEYS=1 in the environment, every JSON line carries a unique idempotency_key.
"""
import os
import random
import sys


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    targets = sys.argv[3:]
    products = ["sms", "voice", "mms", "verify"]
    rnd = random.Random(42)
    csv = out.endswith(".csv")
    keys = os.environ.get("BILLING_KEYS") == "1"
    with open(out, "w") as f:
        if csv:
            f.write("target,amount,product,quantity,at\n")
        for i in range(n):
            t = targets[i % len(targets)]
            p = products[rnd.randrange(len(products))]
            micros = rnd.randrange(1, 100000)
            amount = f"{micros // 1000000}.{micros % 1000000:06d}"
            month = 1 + (i % 12)
            day = 1 + (i % 28)
            at = f"2026-{month:02d}-{day:02d}T{i % 24:02d}:{i % 60:02d}:00Z"
            q = 1 + rnd.randrange(5)
            if csv:
                f.write(f"{t},{amount},{p},{q},{at}\n")
            else:
                key = f'"idempotency_key":"imp-{i}",' if keys else ""
                f.write(
                    f'{{{key}"target":"{t}","amount":"{amount}","product":"{p}","quantity":{q},"at":"{at}"}}\n'
                )


if __name__ == "__main__":
    main()
