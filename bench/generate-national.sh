#!/usr/bin/env bash
# National-size data (issue 11) through the real import and APIs: 100,000 registered apps of 20,000 providers,
# 5,000 institutions with 200,000 use filings, 50,000 complaints (about 70 % handled), the audit trail topped up
# to 1,000,000 entries; every volume times the scale. Starts the packaged jar on a free port and a fresh data
# dir, runs bench/generate_national.py, prints the row counts (from the APIs) and stops the service.
# Usage: bench/generate-national.sh [scale] [--keep DIR] [--workers N] [-- more generate_national.py options]
#   scale      default 1.0 (0.01 takes about two minutes)
#   --keep DIR keep the data in DIR (created when missing) for other benchmarks; when DIR holds data already,
#              the generator tops it up (idempotent) instead of starting over
#   JAR=...    the jar (default target/eduapp-registry.jar, built when missing); JAVA_OPTS (default -Xmx1g)
# Needs java 17, python3, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=1.0
keep=""
workers=12
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep=$2; shift 2 ;;
    --keep=*) keep=${1#--keep=}; shift ;;
    --workers) workers=$2; shift 2 ;;
    --workers=*) workers=${1#--workers=}; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) scale=$1; shift ;;
  esac
done
jar=${JAR:-target/eduapp-registry.jar}
if [ ! -f "$jar" ]; then
  if [ -n "${JAR:-}" ]; then echo "no jar at $jar" >&2; exit 1; fi
  mvn -B -q -DskipTests package
fi
if [ -n "$keep" ]; then
  mkdir -p "$keep"
  data=$(cd "$keep" && pwd)
else
  data=$(mktemp -d)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
base="http://localhost:$port"
# every rate limit the service has (RateLimitFilter: public calls and logins, complaint intake) opened wide;
# fsync off: a kept data dir survives a clean stop, not a crash
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx1g} -jar "$jar" --server.port="$port" --registry.data-dir="$data" --registry.demo=true \
  --registry.embedded.durable=false --logging.level.root=WARN \
  --registry.rate-limit.public.capacity=100000000 --registry.rate-limit.complaints.capacity=100000000 \
  --registry.rate-limit.account.capacity=100000000 --management.server.port=0 \
  >>"$data/service.log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -z "$keep" ]; then rm -rf "$data"; else echo "data kept in $data (start with --registry.data-dir=$data)"; fi
}
trap cleanup EXIT
start=$(date +%s)
until curl -fs "$base/actuator/health" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "the service did not start:" >&2; tail -30 "$data/service.log" >&2; exit 1; }
  sleep 0.5
done
echo "service up on $base after $(( $(date +%s) - start )) s (data: $data)"
rc=0
python3 bench/generate_national.py --base "$base" --scale "$scale" --workers "$workers" --no-counts "${extra[@]}" || rc=$?
echo "=== final row counts"
python3 bench/generate_national.py --base "$base" --counts-only
exit $rc
