#!/usr/bin/env bash
# Two svkit instances on one PostgreSQL behind nginx (Debian's package, see nginx.sh), started at
# once; runs until interrupted, then stops everything. The database is yours:
#   SVKIT_DB_URL=jdbc:postgresql://db:5432/svkit SVKIT_DB_USER=svkit SVKIT_DB_PASSWORD=... \
#     liberty-server/cluster/two-instances.sh
# PUBLIC_PORT (8080) is nginx's; INSTANCE_PORTS ("9181 9182") the instances'. Any other SVKIT_*
# setting (SVKIT_DEMO=true, SVKIT_JWT_..., MP_JWT_...) is passed to both instances. WORK_DIR
# (liberty-server/target/two-instances) holds logs, data and instance-N.pid files.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${SVKIT_JAR:-$HERE/../target/svkit.jar}
WORK=${WORK_DIR:-$HERE/../target/two-instances}
PUBLIC_PORT=${PUBLIC_PORT:-8080}
read -r PORT1 PORT2 <<<"${INSTANCE_PORTS:-9181 9182}"
: "${SVKIT_DB_URL:?set SVKIT_DB_URL to the PostgreSQL both instances share (jdbc:postgresql://host:port/db)}"
[ -f "$JAR" ] || { echo "No $JAR: build it with ./mvnw -DskipTests package" >&2; exit 1; }
NGINX=$("$HERE/nginx.sh")
mkdir -p "$WORK/nginx-temp"
PIDS=()
stop() {
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT
trap 'exit 0' INT TERM

n=0
for port in "$PORT1" "$PORT2"; do
  n=$((n + 1))
  rm -rf "$WORK/runtime-$n" # the runnable jar unpacks itself into a directory that must not exist
  WLP_JAR_EXTRACT_DIR="$WORK/runtime-$n" HTTP_PORT=$port HTTP_HOST=${HTTP_HOST:-localhost} \
    SVKIT_DATA_DIR="$WORK/data-$n" SVKIT_HTTP_TRUSTED_PROXIES=${SVKIT_HTTP_TRUSTED_PROXIES:-127.0.0.1,::1} \
    java -jar "$JAR" >"$WORK/instance-$n.log" 2>&1 &
  PIDS+=($!)
  echo $! >"$WORK/instance-$n.pid"
done

sed -e "s|@WORK@|$WORK|g" -e "s|@PORT1@|$PORT1|g" -e "s|@PORT2@|$PORT2|g" \
  -e "s|@LISTEN@|${PUBLIC_HOST:-127.0.0.1}:$PUBLIC_PORT|g" "$HERE/nginx.conf.template" >"$WORK/nginx.conf"
"$NGINX" -e "$WORK/nginx-error.log" -p "$WORK" -c "$WORK/nginx.conf" -g 'daemon off;' &
PIDS+=($!)

for port in "$PORT1" "$PORT2"; do
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready")" = 200 ]; do
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "A process exited; see $WORK" >&2; exit 1; }; done
    sleep 0.5
  done
done
echo "ready: http://${PUBLIC_HOST:-127.0.0.1}:$PUBLIC_PORT (instances on $PORT1 and $PORT2, logs in $WORK)"
wait
