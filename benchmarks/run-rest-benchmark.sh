#!/usr/bin/env bash
# REST throughput, side by side in one run: MnistBlazor.Web against the seed-like Flask + PyTorch stack
# (benchmarks/seed-stack/app.py), both on 127.0.0.1, the same drawing-pad PNG, $CLIENTS concurrent clients with hey.
# Then the web process's resident memory after $RSS_AFTER requests in all.
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
WARMUP=${WARMUP:-200}
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

load() { # name url requests
  hey -n "$3" -c "$CLIENTS" -m POST -D "$OUT/body.bin" -T "$CONTENT_TYPE" "$2" >"$OUT/$1.txt"
}
rate() { awk '/Requests\/sec/ {print $2}' "$OUT/$1.txt"; }
failures() { # everything but 200s: other status codes and transport errors
  awk '/^Status code distribution/ { s = 1; e = 0; next } /^Error distribution/ { e = 1; s = 0; next }
       (s || e) && match($0, /\[[0-9]+\]/) { v = substr($0, RSTART + 1, RLENGTH - 2); if (e) n += v; else if (v != 200) n += $2 }
       END { print n + 0 }' "$OUT/$1.txt"
}

load web-warmup "$WEB_URL" "$WARMUP"
load seed-warmup "$SEED_URL" "$WARMUP"
load web "$WEB_URL" "$REQUESTS"
load seed "$SEED_URL" "$REQUESTS"
load web-ensemble "$WEB/api/predict?model=ensemble" "$REQUESTS" || true
SERVED=$((WARMUP + REQUESTS + REQUESTS))
if ((RSS_AFTER > SERVED)); then
  load web-soak "$WEB_URL" $((RSS_AFTER - SERVED))
  SERVED=$RSS_AFTER
fi
RSS=$(awk '/VmRSS/ {print $2}' "/proc/$WEB_PID/status")
HWM=$(awk '/VmHWM/ {print $2}' "/proc/$WEB_PID/status")

{
  echo "REST throughput, $CLIENTS clients, $REQUESTS requests each ($(date -u +%FT%TZ), $(nproc) cores)"
  printf '%-32s %12s %8s\n' "server" "requests/s" "errors"
  printf '%-32s %12s %8s\n' "MnistBlazor.Web basic-cnn" "$(rate web)" "$(failures web)"
  printf '%-32s %12s %8s\n' "MnistBlazor.Web ensemble" "$(rate web-ensemble)" "$(failures web-ensemble)"
  printf '%-32s %12s %8s\n' "Flask + PyTorch basic-cnn" "$(rate seed)" "$(failures seed)"
  awk -v w="$(rate web)" -v s="$(rate seed)" 'BEGIN { printf "ratio web/seed (basic-cnn): %.1fx\n", w / s }'
  echo "web RSS after $SERVED requests: $((RSS / 1024)) MB (peak $((HWM / 1024)) MB)"
} | tee "$OUT/summary.txt"
