#!/usr/bin/env sh
# Page latency of a running Fuel (docs/benchmarks.md): signs in as a demo account, then loads each page with wrk.
#   bench/pages.sh [base-url] [username] [seconds] [connections] [pages...]
#   bench/pages.sh http://localhost:8080 handlaggare 20 4 /applications /grants /knowledge
# Needs curl and wrk (Debian: apt-get install wrk). Prints one line per page: requests/s and wrk's latency lines.
set -e
BASE=${1:-http://localhost:8080}
USERNAME=${2:-handlaggare}
SECONDS_EACH=${3:-20}
CONNECTIONS=${4:-4}
shift 4 2>/dev/null || shift $#
PAGES=${*:-/ /applications /grants /knowledge /statistics/funds}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
TOKEN=$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=$USERNAME&password=${BENCH_PASSWORD:-demo}&_csrf=$TOKEN" "$BASE/login"
COOKIE=$(awk '$6 ~ /SESSION|JSESSIONID/ {printf "%s=%s", $6, $7}' "$JAR")
[ -n "$COOKIE" ] || { echo "could not sign in as $USERNAME at $BASE" >&2; exit 1; }
for page in $PAGES; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$page")
  echo "== $page (HTTP $status), $CONNECTIONS connections, ${SECONDS_EACH}s, load $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H "Cookie: $COOKIE" "$BASE$page" \
    | grep -E 'Requests/sec|Latency|50%|90%|99%|Non-2xx'
done
