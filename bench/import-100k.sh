#!/usr/bin/env bash
# The CSV import with 100,000 generated rows through HTTP on the embedded PostgreSQL; prints the timings.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q verify -Dit.test=ImportHundredThousandRows -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfailsafe.failIfNoSpecifiedTests=false 2>&1 | grep -E "IMPORT|FAIL|ERROR" || true
grep -h "IMPORT" target/failsafe-reports/*ImportHundredThousandRows*-output.txt 2>/dev/null || true
