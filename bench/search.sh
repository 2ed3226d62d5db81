#!/usr/bin/env sh
# Knowledge-bank search benchmark: Fuel's search against PostgreSQL full-text search (docs/benchmarks.md).
#   bench/search.sh                     1 000 000 items (generated once into data/bench, reused afterwards)
#   bench/search.sh --items 100000      a quicker run
#   bench/search.sh --help              every option
# BENCH_HEAP sets the benchmark JVM's heap (default 3g).
set -e
cd "$(dirname "$0")/.."
exec ./mvnw -q -B -Pbench -DskipTests compile exec:exec -Dbench.heap="${BENCH_HEAP:-3g}" -Dbench.args="$*"
