#!/usr/bin/env bash
# REST throughput, side by side in one run: MnistBlazor.Web against the seed-like Flask + PyTorch stack
# (benchmarks/seed-stack/app.py), both on 127.0.0.1, the same drawing-pad PNG, $CLIENTS concurrent clients with hey.
# $ROUNDS rounds; then the web process's resident memory after at least $RSS_AFTER requests in all.
#
# Needs: Debian's hey, python3-flask, python3-torch, python3-pil; the .NET SDK; trained models (MNISTBLAZOR_MODELS,
# default models/ of this repository). Output (hey reports, server logs, summary.txt): benchmarks/artifacts/rest/.
# Usage: benchmarks/run-rest-benchmark.sh [--no-build]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$ROOT/benchmarks/artifacts/rest}
MODELS=${MNISTBLAZOR_MODELS:-$ROOT/models}
REQUESTS=${REQUESTS:-2000}
CLIENTS=${CLIENTS:-8}
WARMUP=${WARMUP:-500}
ROUNDS=${ROUNDS:-3}
RSS_AFTER=${RSS_AFTER:-10000}
WEB_PORT=${WEB_PORT:-5411}
SEED_PORT=${SEED_PORT:-5300}
PYTHON=/usr/bin/python3
WEB_DLL=$ROOT/MnistBlazor.Web/bin/Release/net10.0/MnistBlazor.Web.dll
mkdir -p "$OUT"

[[ -x /usr/bin/hey ]] || { echo "hey is missing: apt-get install -y hey" >&2; exit 1; }
$PYTHON -c "import flask, torch, PIL" 2>/dev/null || { echo "apt-get install -y python3-flask python3-torch python3-pil" >&2; exit 1; }
[[ -f $MODELS/basic-cnn.onnx ]] || { echo "No basic-cnn.onnx in $MODELS (set MNISTBLAZOR_MODELS)" >&2; exit 1; }
if [[ ${1:-} != --no-build ]]; then
  dotnet build -c Release "$ROOT/MnistBlazor.Web" -v q -nologo
fi

BOUNDARY=$($PYTHON "$ROOT/benchmarks/seed-stack/make_body.py" "$OUT/body.bin")
CONTENT_TYPE="multipart/form-data; boundary=$BOUNDARY"

WEB_PID= SEED_PID=
stop() {
  [[ -n $WEB_PID ]] && kill "$WEB_PID" 2>/dev/null || true
  [[ -n $SEED_PID ]] && kill "$SEED_PID" 2>/dev/null || true
}
trap stop EXIT

# The API's per-client rate limit would turn most benchmark requests into 429s; lift it for this run only.
ASPNETCORE_ENVIRONMENT=Production Recognition__ModelsDirectory="$MODELS" Api__PermitLimit=100000000 \
  dotnet "$WEB_DLL" --urls "http://127.0.0.1:$WEB_PORT" --contentRoot "$ROOT/MnistBlazor.Web" >"$OUT/web.log" 2>&1 &
WEB_PID=$!
(cd "$ROOT/benchmarks/seed-stack" && exec $PYTHON app.py --port "$SEED_PORT") >"$OUT/seed.log" 2>&1 &
SEED_PID=$!

wait_for() {
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "$1/health" && return 0
    sleep 0.5
  done
  echo "$1 did not come up; see $OUT/*.log" >&2
  exit 1
}
WEB=http://127.0.0.1:$WEB_PORT
SEED=http://127.0.0.1:$SEED_PORT
wait_for "$WEB"
wait_for "$SEED"

WEB_URL="$WEB/api/predict?model=basic-cnn"
SEED_URL="$SEED/api/predict"
for url in "$WEB_URL" "$SEED_URL"; do
  curl -sf -H "Content-Type: $CONTENT_TYPE" --data-binary "@$OUT/body.bin" "$url" >"$OUT/check.json" \
    || { echo "POST $url failed" >&2; exit 1; }
done

load() { # name url requests; the load average around each run shows how much the shared machine was doing besides
  local before; before=$(cut -d' ' -f1 /proc/loadavg)
  hey -n "$3" -c "$CLIENTS" -m POST -D "$OUT/body.bin" -T "$CONTENT_TYPE" "$2" >"$OUT/$1.txt"
  echo "$before -> $(cut -d' ' -f1 /proc/loadavg)" >"$OUT/$1.load"
}
rate() { awk '/Requests\/sec/ {print $2}' "$OUT/$1.txt"; }
failures() { # everything but 200s: other status codes and transport errors
  awk '/^Status code distribution/ { s = 1; e = 0; next } /^Error distribution/ { e = 1; s = 0; next }
       (s || e) && match($0, /\[[0-9]+\]/) { v = substr($0, RSTART + 1, RLENGTH - 2); if (e) n += v; else if (v != 200) n += $2 }
       END { print n + 0 }' "$OUT/$1.txt"
}

load web-warmup "$WEB_URL" "$WARMUP"
load seed-warmup "$SEED_URL" "$WARMUP"
# Rounds alternate the servers so that a burst of other work on the shared machine does not fall on one side only;
# each figure is the median of its rounds.
KINDS=(web seed web-ensemble)
declare -A URLS=([web]=$WEB_URL [seed]=$SEED_URL [web-ensemble]="$WEB/api/predict?model=ensemble")
SERVED=$WARMUP
for round in $(seq 1 "$ROUNDS"); do
  for kind in "${KINDS[@]}"; do
    load "$kind-$round" "${URLS[$kind]}" "$REQUESTS"
  done
  SERVED=$((SERVED + 2 * REQUESTS))
done
if ((RSS_AFTER > SERVED)); then
  load web-soak "$WEB_URL" $((RSS_AFTER - SERVED))
  SERVED=$RSS_AFTER
fi
RSS=$(awk '/VmRSS/ {print $2}' "/proc/$WEB_PID/status")
HWM=$(awk '/VmHWM/ {print $2}' "/proc/$WEB_PID/status")

median_rate() { for r in $(seq 1 "$ROUNDS"); do rate "$1-$r"; done | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
all_rates() { for r in $(seq 1 "$ROUNDS"); do rate "$1-$r"; done | awk '{ printf "%s%.0f", (NR > 1 ? " " : ""), $1 }'; }
all_failures() { for r in $(seq 1 "$ROUNDS"); do failures "$1-$r"; done | awk '{ n += $1 } END { print n + 0 }'; }
all_loads() { for r in $(seq 1 "$ROUNDS"); do cat "$OUT/$1-$r.load"; done | awk '{ printf "%s%s", (NR > 1 ? ", " : ""), $0 }'; }
{
  echo "REST throughput, $CLIENTS clients, $ROUNDS rounds of $REQUESTS requests ($(date -u +%FT%TZ), $(nproc) cores)"
  printf '%-26s %10s %-16s %7s   %s\n' "server" "median r/s" "rounds" "errors" "1-min load average before -> after each round"
  for kind in "${KINDS[@]}"; do
    case $kind in web) name="MnistBlazor.Web basic-cnn" ;; seed) name="Flask + PyTorch basic-cnn" ;; *) name="MnistBlazor.Web ensemble" ;; esac
    printf '%-26s %10.1f %-16s %7s   %s\n' "$name" "$(median_rate "$kind")" "$(all_rates "$kind")" "$(all_failures "$kind")" "$(all_loads "$kind")"
  done
  awk -v w="$(median_rate web)" -v s="$(median_rate seed)" 'BEGIN { printf "ratio web/seed (basic-cnn, medians): %.1fx\n", w / s }'
  echo "web RSS after $SERVED requests: $((RSS / 1024)) MB (peak $((HWM / 1024)) MB)"
} | tee "$OUT/summary.txt"
