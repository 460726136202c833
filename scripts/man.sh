#!/usr/bin/env bash
# Regenerate the committed man pages in man/ from the clap tree of the current source.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet --example man -- man
echo "man/ refreshed ($(ls man/*.1 | wc -l) pages)"
