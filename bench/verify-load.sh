#!/usr/bin/env bash
# Load test of the hottest path: GET /api/v1/verify with random identifiers, against a small static file
# of the same service and against a control (bench/control: a bare Spring Boot application of the same
# version doing one JDBC primary-key read per request on the same PostgreSQL), in the same run. Prints
# requests/s and p50/p99 for each, and verify's share of the control's rate (aim of issue 17: 0.8).
#
#   bench/verify-load.sh            (builds target/eduapp-registry.jar first if it is missing)
#   APPS=100000 CONNECTIONS=64 DURATION=20s THREADS=2 WARMUP=60s bench/verify-load.sh   (a minute of warm-up for each
#   target, so the JIT has compiled both the service and the control)
#
# Seeding: the 100,000 registered apps come through the real CSV import (bench/generate_registrations.py,
# every platform; a fifth of them are Android apps cn.gen.app0, cn.gen.app5, …), and the run waits until
# the verification index holds them all. Needs: java 17, wrk, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."

APPS=${APPS:-100000}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-60s}
PORT=${PORT:-18481}
CONTROL_PORT=${CONTROL_PORT:-18482}
PG_PORT=${PG_PORT:-18483}
JAR=${JAR:-target/eduapp-registry.jar}
STATIC=/js/app.js

for tool in java wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done
[ -f "$JAR" ] || mvn -B -q -DskipTests package
CONTROL_JAR=bench/control/target/verify-control.jar
[ -f "$CONTROL_JAR" ] || mvn -B -q -DskipTests -f bench/control/pom.xml package

DATA=$(mktemp -d /tmp/verify-load.XXXXXX)
LOG="$DATA/service.log"
PID=""
CONTROL_PID=""
cleanup() {
  if [ -n "$CONTROL_PID" ] && kill -0 "$CONTROL_PID" 2>/dev/null; then
    kill "$CONTROL_PID"
    wait "$CONTROL_PID" 2>/dev/null || true
  fi
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    wait "$PID" 2>/dev/null || true
  fi
  rm -rf "$DATA"
}
trap cleanup EXIT

echo "== starting the service on :$PORT (fresh data dir $DATA)"
java -jar "$JAR" --server.port="$PORT" --management.server.port=0 --registry.data-dir="$DATA" --registry.demo=true --registry.demo.samples=false \
  --registry.embedded.port="$PG_PORT" --registry.rate-limit.account.capacity=100000000 \
  --registry.embedded.durable=false --registry.recheck.rule-set-watch-initial-delay=PT1H --logging.level.root=WARN >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 120); do
  if curl -fsS "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
  kill -0 "$PID" 2>/dev/null || { echo "service died:" >&2; tail -50 "$LOG" >&2; exit 1; }
  sleep 1
done
curl -fsS "http://localhost:$PORT/actuator/health" | grep -q '"UP"' || { echo "service not up" >&2; exit 1; }

login() {
  curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"Demo-Passw0rd!\"}" \
    "http://localhost:$PORT/api/v1/auth/login" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
echo "== importing $APPS registered apps through the CSV import"
python3 bench/generate_registrations.py "$APPS" >"$DATA/registrations.csv"
IMPORTED=$(curl -fsS -H "Authorization: Bearer $(login city-reviewer)" -H 'Content-Type: text/csv' \
  --data-binary @"$DATA/registrations.csv" "http://localhost:$PORT/api/v1/filings/import")
echo "$IMPORTED" | head -c 120
echo
# wait until the white list holds every imported filing (rows the import skipped are not waited for)
LISTED=$(echo "$IMPORTED" | sed -E 's/.*"filings":([0-9]+).*/\1/')
until [ "$(curl -fsS "http://localhost:$PORT/api/v1/public/whitelist?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')" -ge "$LISTED" ]; do
  sleep 2
done
TOKEN=$(login appstore-demo)
export TOKEN APPS
echo "== sample answer"
curl -fsS -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/verify?platform=ANDROID&identifier=cn.gen.app40"
echo

echo "== starting the control on :$CONTROL_PORT (same PostgreSQL, port $PG_PORT)"
java -jar "$CONTROL_JAR" --server.port="$CONTROL_PORT" --spring.datasource.url="jdbc:postgresql://localhost:$PG_PORT/postgres" \
  --spring.datasource.username=postgres --logging.level.root=WARN >"$DATA/control.log" 2>&1 &
CONTROL_PID=$!
for _ in $(seq 1 60); do
  curl -fsS "http://localhost:$CONTROL_PORT/api/v1/verify?platform=ANDROID&identifier=cn.gen.app40" >/dev/null 2>&1 && break
  sleep 1
done

echo "== warm-up ($WARMUP each)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/verify-load.lua "http://localhost:$CONTROL_PORT" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/verify-load.lua "http://localhost:$PORT" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://localhost:$PORT$STATIC" >/dev/null

echo "== measuring: $CONNECTIONS connections, $THREADS threads, $DURATION each"
STATIC_OUT=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://localhost:$PORT$STATIC")
VERIFY_OUT=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/verify-load.lua "http://localhost:$PORT")
CONTROL_OUT=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/verify-load.lua "http://localhost:$CONTROL_PORT")

summary() { # key, label, wrk output
  local rps p50 p99 errors
  local key=$1; shift
  rps=$(echo "$2" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$2" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$2" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$2" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  printf '%-22s %12s req/s   p50 %9s   p99 %9s   %s\n' "$1" "$rps" "$p50" "$p99" "$errors"
  echo "$rps" >"$DATA/$key.rps"
}
echo
echo "$STATIC_OUT" | sed 's/^/  static | /'
echo "$VERIFY_OUT" | sed 's/^/  verify | /'
echo
echo "== result ($APPS registered apps, $CONNECTIONS connections, $DURATION)"
summary static "baseline $STATIC" "$STATIC_OUT"
summary verify "verify (random ids)" "$VERIFY_OUT"
summary control "control (one JDBC read)" "$CONTROL_OUT"
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
p99_ms=$(echo "$VERIFY_OUT" | awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else {sub(/s/,"",v); v*=1000}; print v}')
awk -v v="$(cat "$DATA/verify.rps")" -v s="$(cat "$DATA/static.rps")" -v p="$p99_ms" 'BEGIN {
  r = 100 * v / s
  printf "verify / baseline throughput: %.0f%% (aim: at least 60%%): %s\n", r, (r >= 60 ? "met" : "MISSED")
  printf "verify p99: %.1f ms (aim: under 20 ms): %s\n", p, (p < 20 ? "met" : "MISSED") }'
awk -v v="$(cat "$DATA/verify.rps")" -v c="$(cat "$DATA/control.rps")" 'BEGIN {
  r = v / c
  printf "verify / control throughput: %.2f (aim of issue 17: at least 0.8): %s\n", r, (r >= 0.8 ? "met" : "MISSED") }'
