#!/usr/bin/env bash
# Reproduces docs/scenarios-usa-1750-vs-1500.md: starts the packaged server on an empty data
# directory, opens a cycle over datasets/usa-2014.economy.json, creates the scenarios "1,750 h per
# member" and "1,500 h per member", waits until both are solved, fetches the comparison as CSV and
# JSON into docs/scenarios-usa/, and screenshots the page's comparison charts with headless Chromium
# (docs/img/scenarios-usa-1750-vs-1500.png). Stops the server at the end.
# Needs: JDK 25 (scripts/java-home.sh finds it), curl, jq, python3, node, /usr/bin/chromium.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. scripts/java-home.sh
veche_find_jdk
PORT="${PORT:-18111}"
BASE="http://127.0.0.1:$PORT"
P=p
OUT="$ROOT/docs/scenarios-usa"
mkdir -p "$OUT" "$ROOT/docs/img"

JAR=api/target/quarkus-app/quarkus-run.jar
if [ ! -f "$JAR" ] || [ -n "$(find api/src/main planner/src/main model/src/main -newer "$JAR" -type f -print -quit)" ]; then
  ./mvnw -B -o -q -pl api -am package -DskipTests
fi
(cd web-tests && npm ci --no-audit --no-fund --silent)

DATA="$(mktemp -d)"
SERVER=""
stop() {
  if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$DATA"
}
trap stop EXIT
VECHE_DATA_DIR="$DATA" QUARKUS_HTTP_PORT="$PORT" VECHE_PLANNER_TOKEN="$P" VECHE_DEMO=false \
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar "$JAR" >"$DATA/server.log" 2>&1 &
SERVER=$!
until curl -fs "$BASE/api/cycles" >/dev/null; do
  kill -0 "$SERVER" 2>/dev/null || { tail -20 "$DATA/server.log"; exit 1; }
  sleep 0.5
done

# The cycle: the USA 2014 economy, 3 rounds of 48 h, quorum 1.
jq -n --slurpfile e datasets/usa-2014.economy.json \
  '{economy: $e[0], calendar: {maxRounds: 3, roundHours: 48, quorum: 1}}' >"$DATA/cycle-body.json"
C=$(curl -fs -X POST "$BASE/api/cycles" -H "Authorization: Bearer $P" -H 'Content-Type: application/json' \
  --data-binary @"$DATA/cycle-body.json" | jq -r .id)
echo "cycle $C"

# Two scenarios: the same inputs at 1,750 and at 1,500 hours per member.
scenario() {
  curl -fs -X POST "$BASE/api/cycles/$C/scenarios" -H "Authorization: Bearer $P" -H 'Content-Type: application/json' \
    -d "{\"name\": \"$1\", \"changes\": {\"maxHoursPerMember\": $2}}" | jq -r .id
}
A=$(scenario "1,750 h per member" 1750)
B=$(scenario "1,500 h per member" 1500)
for S in "$A" "$B"; do
  until [ "$(curl -fs "$BASE/api/cycles/$C/scenarios/$S" | jq -r .status)" != solving ]; do sleep 2; done
  curl -fs "$BASE/api/cycles/$C/scenarios/$S" | jq -e '.status == "done"' >/dev/null \
    || { echo "scenario $S did not solve"; exit 1; }
done

curl -fs -H 'Accept: text/csv' "$BASE/api/cycles/$C/scenarios/compare?ids=$A,$B" >"$OUT/compare.csv"
curl -fs "$BASE/api/cycles/$C/scenarios/compare?ids=$A,$B" | jq . >"$OUT/compare.json"
for S in "$A" "$B"; do
  curl -fs "$BASE/api/cycles/$C/scenarios/$S" | jq '{name, changes, metrics: .result.metrics, elapsedMillis: .result.elapsedMillis, products: (.result.valuations | length), valuedProducts: ([.result.valuations[] | select(. > 1e-9)] | length), valuationSum: ([.result.valuations[]] | add)}'
done >"$OUT/metrics.json"

BASE_URL="$BASE" CYCLE="$C" PLANNER_TOKEN="$P" SHOT="$ROOT/docs/img/scenarios-usa-1750-vs-1500.png" \
  node web-tests/scenario-shot.mjs
echo "wrote $OUT/compare.csv, $OUT/compare.json, $OUT/metrics.json and docs/img/scenarios-usa-1750-vs-1500.png"
