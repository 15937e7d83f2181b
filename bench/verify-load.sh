#!/usr/bin/env bash
# Load test of the hottest path: GET /api/v1/verify with random identifiers, against a small static file
# of the same service as the baseline, in the same run. Prints requests/s and p50/p99 for both.
#
#   bench/verify-load.sh            (builds target/eduapp-registry.jar first if it is missing)
#   APPS=100000 CONNECTIONS=64 DURATION=20s THREADS=2 bench/verify-load.sh
#
# Seeding: the CSV import is not on this branch, so the 100,000 registered apps go straight into the
# verification index (pub_verify, the one table verify reads) with one INSERT … SELECT through psql,
# each row exactly as the event listener writes it (status, filing number, names, category, the
# ready JSON answer). Needs: java 17, wrk, psql, curl.
set -euo pipefail
cd "$(dirname "$0")/.."

APPS=${APPS:-100000}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
PORT=${PORT:-18481}
PGPORT=${PGPORT:-15481}
JAR=target/eduapp-registry.jar
STATIC=/js/app.js

for tool in java wrk psql curl; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done
[ -f "$JAR" ] || mvn -B -q -DskipTests package

DATA=$(mktemp -d /tmp/verify-load.XXXXXX)
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
java -jar "$JAR" --server.port="$PORT" --registry.data-dir="$DATA" --registry.demo=true \
  --registry.embedded.port="$PGPORT" --logging.level.root=WARN >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 120); do
  if curl -fsS "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
  kill -0 "$PID" 2>/dev/null || { echo "service died:" >&2; tail -50 "$LOG" >&2; exit 1; }
  sleep 1
done
curl -fsS "http://localhost:$PORT/actuator/health" | grep -q '"UP"' || { echo "service not up" >&2; exit 1; }

echo "== seeding $APPS registered apps into the verification index"
psql -q -v ON_ERROR_STOP=1 -h localhost -p "$PGPORT" -U postgres -d postgres <<SQL
insert into pub_verify (platform, identifier, status, filing_number, app_name, provider_name, category, as_of, body)
select 'ANDROID', 'cn.bench.app' || g, 'REGISTERED',
       format('教APP备%s%s号', 11 + g / 100000, lpad((g % 100000)::text, 5, '0')),
       '压测应用' || g, '北京压测教育科技有限公司' || (g % 997), 'NON_SUBJECT_TRAINING', now(),
       json_build_object('status', 'REGISTERED',
                         'filingNumber', format('教APP备%s%s号', 11 + g / 100000, lpad((g % 100000)::text, 5, '0')),
                         'appName', '压测应用' || g, 'providerName', '北京压测教育科技有限公司' || (g % 997),
                         'category', 'NON_SUBJECT_TRAINING',
                         'asOf', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text
  from generate_series(1, $APPS) g;
analyze pub_verify;
SQL
psql -At -h localhost -p "$PGPORT" -U postgres -d postgres -c "select count(*) || ' rows in pub_verify' from pub_verify"

TOKEN=$(curl -fsS -H 'Content-Type: application/json' \
  -d '{"username":"appstore-demo","password":"Demo-Passw0rd!"}' "http://localhost:$PORT/api/v1/auth/login" \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')
export TOKEN APPS
echo "== sample answer"
curl -fsS -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/verify?platform=ANDROID&identifier=cn.bench.app42"
echo

echo "== warm-up ($WARMUP each)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/verify-load.lua "http://localhost:$PORT" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://localhost:$PORT$STATIC" >/dev/null

echo "== measuring: $CONNECTIONS connections, $THREADS threads, $DURATION each"
STATIC_OUT=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://localhost:$PORT$STATIC")
VERIFY_OUT=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/verify-load.lua "http://localhost:$PORT")

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
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
awk -v v="$(cat "$DATA/verify.rps")" -v s="$(cat "$DATA/static.rps")" \
  'BEGIN { printf "verify / baseline throughput: %.0f%% (aim: at least 60%%; p99 aim: under 20 ms)\n", 100 * v / s }'
