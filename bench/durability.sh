#!/usr/bin/env bash
# What durability costs bulk ingest (not part of the test run). Runs the packaged server on each
# database in turn, in one run on one machine, and measures POST /returns/bulk with
# bench/durability/IngestBench.java (BATCHES requests of BATCH returns from THREADS client threads,
# WARMUP batches first, every return its own KPI and month):
#   h2            the old embedded default, an H2 file (not crash-safe: see the README)
#   embedded      the embedded default now: PostgreSQL started by the server, fsync and
#                 synchronous_commit on
#   pg-durable    a separate PostgreSQL with fsync and synchronous_commit on (production settings)
#   pg-async      a separate PostgreSQL with zonky's test defaults (fsync and synchronous_commit
#                 off), as bench/tracking.sh measures
# Client, server and databases share the machine's cores: compare the rates with each other, not
# with another machine's.
#   ./mvnw -o -q -DskipTests package -pl embedded-postgres,api,liberty-server -am
#   flock /tmp/svkit-liberty.lock bench/durability.sh
# Environment: DBS ("h2 embedded pg-durable pg-async"), BATCHES (100), BATCH (1000), THREADS (4),
# WARMUP (10), HTTP_PORT (9380), PG_PORT (55532).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=liberty-server/target/svkit.jar
PORT=${HTTP_PORT:-9380}
PG_PORT=${PG_PORT:-55532}
[ -f "$JAR" ] || { echo "Build first: ./mvnw -o -q -DskipTests package -pl embedded-postgres,api,liberty-server -am"; exit 1; }
WORK=$(mktemp -d)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done; rm -rf "$WORK"' EXIT
./mvnw -o -q -pl embedded-postgres dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="$WORK/classes:$(cat "$WORK/cp.txt")"
javac -d "$WORK/classes" liberty-server/demo/MintDemoToken.java
echo "$(nproc) cores shared by client, server and database; $(java -version 2>&1 | head -1); $(date -u +%Y-%m-%dT%H:%MZ)"

for db in ${DBS:-h2 embedded pg-durable pg-async}; do
  env=(SVKIT_DEMO=true HTTP_PORT=$PORT HTTP_HOST=localhost SVKIT_DATA_DIR="$WORK/$db"
       SVKIT_HTTP_MAX_BODY_BYTES=8388608 WLP_JAR_EXTRACT_DIR="$WORK/$db-server")
  case $db in
    h2) env+=(SVKIT_DB_URL="jdbc:h2:$WORK/$db/svkit;MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE" SVKIT_DB_USER=sa) ;;
    embedded) ;;
    pg-durable|pg-async)
      java -cp "$CP" bench/durability/IngestBench.java postgres "$PG_PORT" "$WORK/$db-pg" "$([ $db = pg-durable ] && echo true || echo false)" >"$WORK/$db-pg.log" 2>&1 &
      PIDS+=($!)
      until grep -qs "^postgres ready" "$WORK/$db-pg.log"; do sleep 0.2; done
      env+=(SVKIT_DB_URL="jdbc:postgresql://localhost:$PG_PORT/postgres" SVKIT_DB_USER=postgres SVKIT_DB_PASSWORD=postgres) ;;
    *) echo "unknown database $db"; exit 1 ;;
  esac
  env "${env[@]}" java -jar "$JAR" >"$WORK/$db-server.log" 2>&1 &
  server=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/health/ready")" = 200 ]; do
    sleep 0.2
    kill -0 "$server" 2>/dev/null || { tail -40 "$WORK/$db-server.log"; exit 1; }
  done
  printf '%-11s ' "$db"
  java -cp "$CP" bench/durability/IngestBench.java "http://localhost:$PORT" "${BATCHES:-100}" "${BATCH:-1000}" "${THREADS:-4}" "${WARMUP:-10}"
  kill "$server"; wait "$server" 2>/dev/null || true
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
  PIDS=()
done
