#!/usr/bin/env bash
# Backs up the database into a zip: bin/backup.sh FILE [--registry.data-dir=./data]
# Embedded PostgreSQL: stop the service first (its data directory is locked while it runs).
# External PostgreSQL: set SPRING_DATASOURCE_URL (and _USERNAME/_PASSWORD); the service may keep running.
set -euo pipefail
file=${1:?usage: bin/backup.sh FILE [options]}; shift
exec java -jar "$(dirname "$0")/../target/eduapp-registry.jar" --spring.main.web-application-type=none \
  --registry.backup.to="$file" "$@"
