#!/usr/bin/env bash
# Evaluation benchmark (not part of the test run). Measures, on the packaged runnable jar and the
# embedded default database (H2, SVKIT_DEMO=true, a fresh temporary SVKIT_DATA_DIR), the latency
# of evaluating a whole tender, GET /api/v1/tenders/{id}/evaluation (reads, final scores,
# valuation, ranking and JSON), for 50 bids x 40 questions, beside a baseline measured in the
# same run: GET /api/v1/tenders/{id}, a single-record authenticated read through the same stack.
# The target is p50 under 100 ms.
#
# Set-up goes through the REST API only (bench/evaluation/EvaluationBench.java, a JDK-only
# single-file program; tokens from liberty-server/demo/MintDemoToken.java): 50 supplier
# organisations registered by a platform admin, a published SVK-LOCAL question set of 40
# questions (10 commitments, 14 method statements, 8 yes/no, 8 numbers; weights add up to 100),
# a tender valued with the illustrative proxy set, two assigned evaluators, one bid per supplier,
# then, after the deadline, 4,000 scores (about 20 disagreements, each moderated by the buyer, so
# the evaluation is complete). The evaluation is checked (50 bids, 40 answers each, complete)
# before it is timed.
# Latency comes from one client thread, sequential calls, after WARMUP seconds (default 30, and
# at least 100 calls of each) of warm-up; p50/p90/p99/mean over CALLS (default 300) of each, the
# two requests in alternating blocks of 25, and the ratio evaluation / baseline.
#
# Starts Open Liberty, so on the shared machine run it under the lock, as one command:
#   ./mvnw -o -q -DskipTests package -pl api,liberty-server
#   flock /tmp/svkit-liberty.lock bench/evaluation.sh
# Environment: WARMUP, CALLS, BIDS, QUESTIONS (a multiple of 40), BID_WINDOW (seconds from
# creating the tender to its deadline, default 20), THREADS (set-up concurrency, default 4),
# HTTP_PORT (default 9280).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=liberty-server/target/svkit.jar
PORT=${HTTP_PORT:-9280}
[ -f "$JAR" ] || { echo "Build first: ./mvnw -o -q -DskipTests package -pl api,liberty-server"; exit 1; }
WORK=$(mktemp -d)
SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}
trap 'stop_server; rm -rf "$WORK"' EXIT

javac -d "$WORK/classes" liberty-server/demo/MintDemoToken.java

t0=$(date +%s.%N)
SVKIT_DEMO=true SVKIT_DATA_DIR="$WORK/data" HTTP_PORT=$PORT HTTP_HOST=localhost \
  java -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/health/ready")" = 200 ]; do
  sleep 0.1
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
done
printf 'server ready in %.1f s (%s, %s cores, %s)\n' "$(echo "$(date +%s.%N) - $t0" | bc)" "$(java -version 2>&1 | head -1)" "$(nproc)" "$(date -u +%Y-%m-%dT%H:%MZ)"

java -cp "$WORK/classes" bench/evaluation/EvaluationBench.java --base "http://localhost:$PORT" \
  --bids "${BIDS:-50}" --questions "${QUESTIONS:-40}" --threads "${THREADS:-4}" --bid-window "${BID_WINDOW:-20}" \
  --warmup "${WARMUP:-30}" --calls "${CALLS:-300}" || { echo "--- server log (tail) ---"; tail -40 "$WORK/server.log"; exit 1; }
stop_server
