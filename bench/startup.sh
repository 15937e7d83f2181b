#!/usr/bin/env bash
# Start-up on an empty embedded PostgreSQL and resident memory at idle (issue 11).
# Aims: first healthy answer under 15 s; resident memory of the service at idle under 600 MB.
# Prints both figures beside the baseline of a plain `java -version` start on the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/eduapp-registry.jar}   # JAR=… runs another build (copy it away while rebuilding)
[ -f "$jar" ] || mvn -B -q -DskipTests package
data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
jvm_start=$(date +%s.%N); java -version >/dev/null 2>&1; jvm_end=$(date +%s.%N)
start=$(date +%s.%N)
java -jar "$jar" --server.port="$port" --management.server.port=0 --registry.data-dir="$data" \
  --registry.pii-key=bench-startup-only-passphrase --logging.level.root=WARN \
  >"$data/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -fs "http://localhost:$port/actuator/health" >/dev/null; do
  sleep 0.1
  kill -0 $pid 2>/dev/null || { echo "the service exited; see $data/service.log"; exit 1; }
done
ready=$(date +%s.%N)
sleep 10
rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
pg_pid=$(head -1 "$data/pg/postmaster.pid")
pg_kb=$( (ps -o rss= -p "$pg_pid"; ps -o rss= --ppid "$pg_pid") | awk '{s+=$1} END {print s+0}')
printf 'baseline: java -version            %6.2f s\n' "$(echo "$jvm_end - $jvm_start" | bc)"
took=$(echo "$ready - $start" | bc)
printf 'start-up to healthy (empty db)     %6.2f s   (aim < 15 s): %s\n' "$took" \
  "$(awk -v t="$took" 'BEGIN { print t < 15 ? "met" : "MISSED" }')"
printf 'service RSS at idle                %6d MB  (aim < 600 MB): %s\n' $((rss_kb / 1024)) \
  "$([ $((rss_kb / 1024)) -lt 600 ] && echo met || echo MISSED)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf 'its PostgreSQL (postmaster+backends) %4d MB  (shared buffers counted once per process)\n' $((pg_kb / 1024))
