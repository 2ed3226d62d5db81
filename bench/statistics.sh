#!/usr/bin/env sh
# Economic-assistance statistics benchmark: a million-row import and the district comparison (docs/benchmarks.md).
#   bench/statistics.sh                  1 080 000 monthly rows (300 districts × 25 years × 12 months × 12 series)
#   bench/statistics.sh --rows 100000    a quicker run (fewer districts)
#   bench/statistics.sh --help           every option
# BENCH_HEAP sets the benchmark JVM's heap (default 3g).
set -e
cd "$(dirname "$0")/.."
exec ./mvnw -q -B -Pbench -DskipTests compile exec:exec -Dbench.heap="${BENCH_HEAP:-3g}" \
  -Dbench.main=se.fuel.bench.StatisticsBenchmark -Dbench.args="$*"
