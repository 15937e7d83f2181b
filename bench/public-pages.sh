#!/usr/bin/env bash
# The public white-list page against the JSON API with the same random two-character queries, in one run
# over 100,000 imported apps (aim of issue 17: the page at least half the API's throughput), and the count
# of server sessions before and after 1,000 anonymous page views (aim: unchanged).
#
#   bench/public-pages.sh            (builds target/eduapp-registry.jar first if it is missing)
#   APPS=100000 CONNECTIONS=16 DURATION=20s WARMUP=60s bench/public-pages.sh   (a minute of warm-up each: the page
#   has more code for the JIT to compile than the API, and a 10-second warm-up measured its interpreter)
#
# Needs: java 17, wrk, curl, python3, psql (for the session count; skipped without it).
set -euo pipefail
cd "$(dirname "$0")/.."

APPS=${APPS:-100000}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-60s}
PORT=${PORT:-18491}
PG_PORT=${PG_PORT:-18493}
JAR=${JAR:-target/eduapp-registry.jar}

for tool in java wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done
[ -f "$JAR" ] || mvn -B -q -DskipTests package

DATA=$(mktemp -d /tmp/public-pages.XXXXXX)
LOG="$DATA/service.log"
PID=""
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    wait "$PID" 2>/dev/null || true
  fi
  rm -rf "$DATA"
}
trap cleanup EXIT

echo "== starting the service on :$PORT (fresh data dir $DATA)"
java -jar "$JAR" --server.port="$PORT" --management.server.port=0 --registry.data-dir="$DATA" --registry.demo=true --registry.demo.samples=false \
  --registry.embedded.port="$PG_PORT" --registry.embedded.durable=false --registry.recheck.rule-set-watch-initial-delay=PT1H \
  --registry.rate-limit.public.capacity=100000000 --logging.level.root=WARN >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 120); do
  if curl -fsS "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
  kill -0 "$PID" 2>/dev/null || { echo "service died:" >&2; tail -50 "$LOG" >&2; exit 1; }
  sleep 1
done

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

sessions() {
  if command -v psql >/dev/null; then
    psql -h localhost -p "$PG_PORT" -U postgres -tAc "select count(*) from spring_session" postgres
  else
    echo "?"
  fi
}
echo "== 1,000 anonymous page views"
BEFORE=$(sessions)
COOKIES=0
for i in $(seq 1 1000); do
  case $((i % 4)) in
    0) path="/public/whitelist?q=%E6%95%B0%E5%AD%A6" ;; 1) path="/public/whitelist" ;; 2) path="/public/blacklist" ;; *) path="/" ;;
  esac
  if curl -fsS -D - -o /dev/null "http://localhost:$PORT$path" | grep -qi '^set-cookie'; then COOKIES=$((COOKIES + 1)); fi
done
AFTER=$(sessions)

echo "== warm-up ($WARMUP each)"
TARGET=page wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/public-pages.lua "http://localhost:$PORT" >/dev/null
TARGET=api wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/public-pages.lua "http://localhost:$PORT" >/dev/null
echo "== measuring: $CONNECTIONS connections, $THREADS threads, $DURATION each"
PAGE_OUT=$(TARGET=page wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/public-pages.lua "http://localhost:$PORT")
API_OUT=$(TARGET=api wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/public-pages.lua "http://localhost:$PORT")

line() { # label, wrk output
  printf '%-34s %10s req/s   p50 %9s   p99 %9s   %s\n' "$1" "$(echo "$2" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$2" | awk '$1 == "50%" {print $2}')" "$(echo "$2" | awk '$1 == "99%" {print $2}')" \
    "$(echo "$2" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')"
}
echo
echo "== result ($APPS registered apps, $CONNECTIONS connections, $DURATION)"
line "white-list page /public/whitelist" "$PAGE_OUT"
line "white-list API /api/v1/public/..." "$API_OUT"
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
awk -v p="$(echo "$PAGE_OUT" | awk '/Requests\/sec/ {print $2}')" -v a="$(echo "$API_OUT" | awk '/Requests\/sec/ {print $2}')" 'BEGIN {
  r = p / a
  printf "page / API throughput: %.2f (aim: at least 0.5): %s\n", r, (r >= 0.5 ? "met" : "MISSED") }'
echo "server sessions before / after 1,000 anonymous page views: $BEFORE / $AFTER; responses setting a cookie: $COOKIES" \
  "(aim: unchanged, none): $([ "$BEFORE" = "$AFTER" ] && [ "$COOKIES" = 0 ] && echo met || echo MISSED)"
