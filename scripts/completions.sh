#!/usr/bin/env bash
# Regenerate the committed shell completions in completions/ from the current binary.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin=target/debug/acctl
"$bin" completions bash >completions/acctl.bash
"$bin" completions zsh >completions/_acctl
"$bin" completions fish >completions/acctl.fish
"$bin" completions powershell >completions/_acctl.ps1
"$bin" completions elvish >completions/acctl.elv
echo "completions/ refreshed"
