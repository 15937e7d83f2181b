#!/usr/bin/env bash
# Pre-check throughput (issue 3): the real 2022.1 rule set on a representative subject-training filing,
# one thread pinned to one core where taskset exists. Prints evaluations per second; the aim is >= 100,000.
#   bench/precheck.sh            short run (about a minute)
#   JMH_ARGS="-wi 5 -i 10" bench/precheck.sh   longer run
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=target/bench-classpath.txt
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"
PIN=()
if command -v taskset >/dev/null 2>&1; then PIN=(taskset -c 0); fi
RESULT=target/precheck-bench.csv
# shellcheck disable=SC2086
"${PIN[@]}" java -cp "$CP" org.openjdk.jmh.Main PrecheckBenchmark \
  -f 1 -t 1 -bm thrpt -tu s -wi 3 -w 2s -i 5 -r 2s ${JMH_ARGS:-} -rf csv -rff "$RESULT"
echo
awk -F, 'NR > 1 { gsub(/"/, "", $1); split($1, n, "."); printf "%-36s %12.0f evaluations/s (± %.0f)\n", n[length(n)], $5, $6 }' "$RESULT"
# JMH counts wall-clock time; on a shared machine this says what one core does when it runs.
"${PIN[@]}" java -cp "$CP" cn.eduapp.registry.bench.PrecheckCpuTime
