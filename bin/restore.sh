#!/usr/bin/env bash
# Restores a backup into a fresh data directory: bin/restore.sh FILE --registry.data-dir=./restored
# (or into an empty external database with SPRING_DATASOURCE_URL). Flyway creates the schema first;
# the backup must come from the same schema version.
set -euo pipefail
file=${1:?usage: bin/restore.sh FILE --registry.data-dir=DIR}; shift
exec java -jar "$(dirname "$0")/../target/eduapp-registry.jar" --spring.main.web-application-type=none \
  --registry.restore.from="$file" "$@"
