#!/usr/bin/env bash
# The Gazette benchmark, one command (see Benchmarks/README.md):
#
#   Benchmarks/run.sh [--size MB] [--scale-size MB] [--passes N] [--note TEXT] [--no-record]
#
# Builds `gazette` and the in-process stage benchmark `GazetteBench` in release mode,
# generates the corpora and the big gazetteer under Benchmarks/out/ (once; they are
# deterministic), measures, prints one table and appends one JSON record to
# Benchmarks/results.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."

# Peak RSS comes from GNU time; install it when it is missing.
if [ ! -x /usr/bin/time ]; then
    echo "installing GNU time (for peak RSS) …" >&2
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y time >&2; else sudo apt-get install -y time >&2; fi
fi

# GAZETTE_BENCH=1 declares the GazetteBench target (Package.swift); both products are built
# with it set, so switching does not rebuild the package.
echo "building (release) …" >&2
GAZETTE_BENCH=1 swift build -c release --product gazette >&2
GAZETTE_BENCH=1 swift build -c release --product GazetteBench >&2

exec python3 Benchmarks/bench.py "$@"
