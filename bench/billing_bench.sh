#!/usr/bin/env bash
# Measure `usage import` of N charges (default 1,000,000) and `usage report` over them, with a
# release build. Usage: bench/billing_bench.sh [N] [RUNS]
# BILLING_KEYS=1 gives every imported line its own idempotency key.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
runs=${2:-3}
cargo build --release --quiet
bin=$PWD/target/release/acctl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ACCTL_DB=$work/seed.db ACCTL_CONFIG=$work/c.toml
touch "$work/c.toml"
"$bin" -q init --name Bench --currency EUR >/dev/null
"$bin" -q project create resell >/dev/null
targets="resell"
for i in $(seq 1 20); do
    "$bin" -q subproject create resell "c$i" --credit-limit 1000000 >/dev/null
    targets="$targets resell/c$i"
done
"$bin" -q billing create pre --kind prepaid --currency EUR >/dev/null
"$bin" -q billing topup pre 10000000 >/dev/null
"$bin" -q project create pp --billing pre >/dev/null
targets="$targets pp"
python3 bench/billing_gen.py "$n" "$work/u.jsonl" $targets
echo "import of $n charges (s), $runs runs:"
for r in $(seq 1 "$runs"); do
    cp "$work/seed.db" "$work/run.db"
    start=$(date +%s.%N)
    ACCTL_DB=$work/run.db "$bin" -q usage import "$work/u.jsonl"
    end=$(date +%s.%N)
    echo "  $(echo "$end - $start" | bc)"
done
export ACCTL_DB=$work/run.db
echo "usage report --period 2026-03 (median min max ms):"
python3 bench/timeit.py 9 -- "$bin" -o json usage report --period 2026-03
echo "usage report, all time over $n charges (median min max ms):"
python3 bench/timeit.py 9 -- "$bin" -o json usage report
echo "invoice default --period 2026-03 (median min max ms):"
python3 bench/timeit.py 9 -- "$bin" -o json invoice default --period 2026-03
