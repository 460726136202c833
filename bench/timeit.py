#!/usr/bin/env python3
"""Median wall time of a whole command, run N times (after 3 warm-up runs).

Usage: timeit.py N -- COMMAND [ARGS...]   (prints: median_ms min_ms max_ms)
"""
import statistics
import subprocess
import sys
import time


def main():
    n = int(sys.argv[1])
    cmd = sys.argv[sys.argv.index("--") + 1:]
    for _ in range(3):
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    times = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - t) * 1000)
    print(f"{statistics.median(times):.2f} {min(times):.2f} {max(times):.2f}")


if __name__ == "__main__":
    main()
