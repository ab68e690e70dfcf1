#!/usr/bin/env bash
# Browser tests of the web page: builds the app if needed, starts it on a free port with an empty
# data directory, opens the demo cycle through the API, walks a whole round in Chromium, stops the
# server. Prints "N passed, M failed"; exits non-zero on failure. Screenshots: target/web-tests/.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
. "$ROOT/scripts/java-home.sh"
veche_find_jdk

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium (apt-get)…"
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
fi
(cd "$HERE" && npm ci --no-audit --no-fund --silent)

JAR="$ROOT/api/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/api/src/main" "$ROOT/planner/src/main" "$ROOT/model/src/main" -newer "$JAR" -type f -print -quit)" ]; then
  echo "Building the app…"
  (cd "$ROOT" && ./mvnw -B -o -q -pl api -am package -DskipTests)
fi

DATA="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
LOG="$ROOT/target/web-tests/server.log"
mkdir -p "$ROOT/target/web-tests"
SERVER=""
stop() {
  if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then
    kill "$SERVER" && wait "$SERVER" 2>/dev/null || true
  fi
  rm -rf "$DATA"
}
trap stop EXIT

VECHE_DATA_DIR="$DATA" QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 VECHE_PLANNER_TOKEN=test-planner \
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar "$JAR" >"$LOG" 2>&1 &
SERVER=$!
for _ in $(seq 1 240); do
  curl -fs "$BASE/api/cycles" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { echo "The server stopped; see $LOG"; tail -20 "$LOG"; exit 1; }
  sleep 0.5
done
curl -fs "$BASE/api/cycles" >/dev/null || { echo "The server did not answer on $BASE; see $LOG"; exit 1; }

CYCLE="$DATA/cycle.json"
python3 - "$ROOT/datasets/demo.economy.json" >"$DATA/body.json" <<'PY'
import json, sys
print(json.dumps({"economy": json.load(open(sys.argv[1])),
                  "calendar": {"maxRounds": 3, "roundHours": 48, "quorum": 1}}))
PY
curl -fs -X POST "$BASE/api/cycles" -H 'Authorization: Bearer test-planner' -H 'Content-Type: application/json' \
  --data-binary @"$DATA/body.json" >"$CYCLE" || { echo "Could not open the demo cycle"; exit 1; }

BASE_URL="$BASE" CYCLE_FILE="$CYCLE" PLANNER_TOKEN=test-planner SHOTS="$ROOT/target/web-tests" \
  node "$HERE/walk.mjs"
