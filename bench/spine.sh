#!/usr/bin/env bash
# Spine benchmark (not part of the test run). Measures, on the packaged runnable jar and the
# embedded default database:
#   1. start-up to /health/ready answering 200, launched two ways in the same run:
#      `java -jar svkit.jar` (which unpacks Liberty afresh on every start) and liberty-server/bin/svkit
#      (which keeps the unpacked runtime between launches); cold = empty data dir (and, for bin/svkit,
#      no runtime yet), so migrations and demo seeding run; warm = the second start on the same dirs;
#   2. throughput and latency of a trivial authenticated GET (/api/v1/organisations/me) beside
#      two baselines measured in the same run: Liberty's own /health/live and a public,
#      unauthenticated API read (/api/v1/places/{code}).
# Load comes from wrk on loopback (installed from Debian if missing), bounded in time.
# wrk shares the machine's cores with the server, so it runs one thread; every path is warmed for
# WARMUP seconds first (default 30: on 2 cores the JIT needs that long to reach steady state).
# Usage: ./mvnw -DskipTests package && bench/spine.sh [seconds-per-load-run] [connections]
# STARTUP_ONLY=true measures only the start-ups; STARTUP=false skips them (one warm-up start only).
# SERVER_JAVA_OPTIONS go to the server's JVM (java -jar), e.g. -XX:StartFlightRecording=filename=spine.jfr
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-15}
CONNECTIONS=${2:-16}
JAR=liberty-server/target/svkit.jar
PORT=${SVKIT_BENCH_PORT:-9080}
[ -f "$JAR" ] || { echo "Build first: ./mvnw -DskipTests package"; exit 1; }
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

# The rate limiter is off: at these rates it would answer most requests 429 (cheaper than the
# request path the benchmark measures), as an earlier run of this script did without noticing.
start_server() { # [data-dir-name [launcher]]
  local t0 t1 data=${1:-data} launcher=${2:-jar}
  t0=$(date +%s.%N)
  if [ "$launcher" = jar ]; then
    SVKIT_RATELIMIT_ENABLED=false SVKIT_DEMO=true SVKIT_DATA_DIR="$WORK/$data" HTTP_PORT=$PORT HTTP_HOST=localhost java ${SERVER_JAVA_OPTIONS:-} -jar "$JAR" >"$WORK/server.log" 2>&1 &
  else
    SVKIT_RUNTIME_DIR="$WORK/runtime" SVKIT_RATELIMIT_ENABLED=false SVKIT_DEMO=true SVKIT_DATA_DIR="$WORK/$data" HTTP_PORT=$PORT HTTP_HOST=localhost \
      liberty-server/bin/svkit "$JAR" >"$WORK/server.log" 2>&1 &
  fi
  SERVER_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/health/ready")" = 200 ]; do
    sleep 0.05
    kill -0 $SERVER_PID 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  done
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc >"$WORK/startup"
}

stop_server() {
  kill $SERVER_PID && wait $SERVER_PID 2>/dev/null || true
}

if [ "${STARTUP:-true}" = false ]; then
  start_server data jar
else
  start_server data-jar jar; cold=$(cat "$WORK/startup"); stop_server
  start_server data-jar jar; warm=$(cat "$WORK/startup"); stop_server
  printf 'start-up to /health/ready UP, java -jar svkit.jar:     cold %.1f s, warm %.1f s\n' "$cold" "$warm"
  start_server data bin; cold=$(cat "$WORK/startup"); stop_server
  start_server data bin; warm=$(cat "$WORK/startup")
  printf 'start-up to /health/ready UP, liberty-server/bin/svkit: cold %.1f s, warm %.1f s\n' "$cold" "$warm"
fi
[ "${STARTUP_ONLY:-false}" = true ] && { stop_server; exit 0; }

TOKEN=$(java liberty-server/demo/MintDemoToken.java --org GB-LAE-WRL --role buyer --minutes 30)
run() { # name path [header]
  local out
  if [ -n "${3:-}" ]; then
    out=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$3" "http://localhost:$PORT$2")
  else
    out=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://localhost:$PORT$2")
  fi
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  printf '%-34s %10.0f req/s  p50 %-8s p99 %-8s non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${errors:-0}"
  echo "$rps"  >"$WORK/$1.rps"
}
# Warm the JIT on every measured path before measuring.
for path in /health/live /api/v1/places/E08000015; do
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-30}s" "http://localhost:$PORT$path" >/dev/null
done
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-30}s" -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/organisations/me" >/dev/null
run baseline-health-live /health/live
run public-place-read /api/v1/places/E08000015
run authenticated-organisations-me /api/v1/organisations/me "Authorization: Bearer $TOKEN"
base=$(cat "$WORK/baseline-health-live.rps")
for name in public-place-read authenticated-organisations-me; do
  printf 'ratio %-28s %.2f of /health/live throughput\n' "$name" "$(echo "$(cat "$WORK/$name.rps") / $base" | bc -l)"
done
stop_server
