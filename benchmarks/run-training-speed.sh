#!/usr/bin/env bash
# Training speed of the Basic CNN, side by side: TorchSharp (benchmarks/TrainingSpeed) against PyTorch from Debian's
# python3-torch (benchmarks/TrainingSpeed/basic_cnn_steps.py), same net, AdamW, loss, batch and threads.
# Debian's PyTorch does its matrix products through whatever libblas.so.3 the system selects, by default the slow
# reference BLAS; where libopenblas0-pthread is installed, a third line runs the same script on OpenBLAS (for that
# process only, through LD_LIBRARY_PATH), which is the fairer comparison.
# Rounds alternate the three so that other work on the shared machine spreads over all of them.
# Usage: benchmarks/run-training-speed.sh [--no-build]    (STEPS, WARMUP, ROUNDS, THREADS, BATCH override)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$ROOT/benchmarks/artifacts/training-speed}
STEPS=${STEPS:-100}
WARMUP=${WARMUP:-10}
ROUNDS=${ROUNDS:-3}
THREADS=${THREADS:-2}
BATCH=${BATCH:-128}
OPENBLAS=/usr/lib/x86_64-linux-gnu/openblas-pthread
ARGS=(--steps "$STEPS" --warmup "$WARMUP" --batch "$BATCH" --threads "$THREADS")
mkdir -p "$OUT"
: >"$OUT/runs.txt"

/usr/bin/python3 -c "import torch" 2>/dev/null || { echo "apt-get install -y python3-torch" >&2; exit 1; }
if [[ ${1:-} != --no-build ]]; then
  dotnet build -c Release "$ROOT/benchmarks/TrainingSpeed" -v q -nologo
fi

for round in $(seq 1 "$ROUNDS"); do
  dotnet "$ROOT/benchmarks/TrainingSpeed/bin/Release/net10.0/TrainingSpeed.dll" "${ARGS[@]}" | tee -a "$OUT/runs.txt"
  /usr/bin/python3 "$ROOT/benchmarks/TrainingSpeed/basic_cnn_steps.py" "${ARGS[@]}" | sed 's/^PyTorch/PyTorch (system BLAS)/' | tee -a "$OUT/runs.txt"
  if [[ -d $OPENBLAS ]]; then
    LD_LIBRARY_PATH=$OPENBLAS OPENBLAS_NUM_THREADS=$THREADS /usr/bin/python3 "$ROOT/benchmarks/TrainingSpeed/basic_cnn_steps.py" "${ARGS[@]}" \
      | sed 's/^PyTorch/PyTorch (OpenBLAS)/' | tee -a "$OUT/runs.txt"
  fi
done

# Per framework: the median over rounds of each round's median ms/step.
echo "Basic CNN training, batch $BATCH, $THREADS threads, $ROUNDS rounds of $STEPS steps ($(date -u +%FT%TZ))" | tee "$OUT/summary.txt"
awk -v epoch=422 '{
    name = $0; sub(/ [0-9.a]+:.*| [0-9]+ steps.*/, "", name); sub(/:$/, "", name)
    match($0, /median [0-9.]+ ms/); ms = substr($0, RSTART + 7, RLENGTH - 10) + 0
    if (!(name in runs)) names[++n] = name
    runs[name] = runs[name] " " ms
  }
  END {
    for (i = 1; i <= n; i++) {
      m = split(substr(runs[names[i]], 2), v, " ")
      for (a = 2; a <= m; a++) for (b = a; b > 1 && v[b - 1] + 0 > v[b] + 0; b--) { t = v[b]; v[b] = v[b - 1]; v[b - 1] = t }
      med = v[int((m + 1) / 2)]; if (i == 1) base = med
      printf "%-36s %8.1f ms/step %7.1f s/epoch  %5.2fx TorchSharp   (rounds:%s)\n", names[i], med, med * epoch / 1000, med / base, runs[names[i]]
    }
  }' "$OUT/runs.txt" | tee -a "$OUT/summary.txt"
