#!/usr/bin/env bash
# The portal under 50 concurrent users, and the app's start-up time and memory on H2 (issue 9).
# Starts the packaged app with the demo data on a fresh H2 database, measures the time until the login page answers
# and the resident memory once idle, then runs bench/PortalLoad.java: p50/p99 of the home page, a society's application
# list and an application page, each as a ratio to a static file served by the same app in the same run.
# Usage: bash bench/portal-load.sh [users=50] [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=${1:-50}
SECONDS_PER_TARGET=${2:-20}
PORT=${PORT:-18080}
WORK=$(mktemp -d)
trap 'kill $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -f target/societyflow-*.jar ] || mvn -B -q -DskipTests package
JAR=$(ls target/societyflow-*.jar | grep -v original | head -1)

start=$(date +%s%N)
(cd "$WORK" && exec java -jar "$OLDPWD/$JAR" --server.port="$PORT" >"$WORK/app.log" 2>&1) &
APP=$!
until curl -fs -o /dev/null "http://localhost:$PORT/login"; do
  kill -0 $APP 2>/dev/null || { tail -50 "$WORK/app.log"; exit 1; }
  sleep 0.2
done
ready=$(date +%s%N)
sleep 5
pid=$(pgrep -f "server.port=$PORT" | head -1)
rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
echo "start-up on H2 with demo data: $(( (ready - start) / 1000000 )) ms to the login page; resident memory when idle: $(( rss / 1024 )) MiB"

# the demo society's first application page
change=$(curl -fs -u soc-whcs:soc-whcs -X POST -H 'Content-Type: application/json' "http://localhost:$PORT/api/v1/changes" \
  | sed -n 's/.*"id":\([0-9]*\).*/\1/p')
java bench/PortalLoad.java "http://localhost:$PORT" soc-whcs soc-whcs "$USERS" "$SECONDS_PER_TARGET" \
  /css/portal.css / /changes "/changes/$change"
