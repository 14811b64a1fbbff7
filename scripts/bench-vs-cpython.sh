#!/usr/bin/env bash
# Times the same program in loopscope-cli and in python3 and prints how much slower the engine is.
#   scripts/bench-vs-cpython.sh [PROGRAM.py]     (default: tests/bench/programs/sieve.py)
# Uses hyperfine when installed, otherwise the best of a few runs of /usr/bin/time.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${LOOPSCOPE_BUILD_DIR:-$ROOT/build}"
CLI="$BUILD_DIR/app/loopscope-cli"
PROGRAM="${1:-$ROOT/tests/bench/programs/sieve.py}"
RUNS=5

[[ -x "$CLI" ]] || { echo "no $CLI: build first (scripts/setup)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is not on PATH" >&2; exit 2; }

# Both must succeed and agree before timing means anything.
engine_out=$("$CLI" run "$PROGRAM") || { echo "loopscope-cli failed on $PROGRAM" >&2; exit 1; }
python_out=$(python3 "$PROGRAM")
if [[ "$engine_out" != "$python_out" ]]; then
    echo "warning: outputs differ (engine: '$engine_out', python3: '$python_out')" >&2
fi

# Prints the mean (hyperfine) or best (time) wall-clock seconds of a command.
seconds_for() {
    if command -v hyperfine >/dev/null 2>&1; then
        local json
        json=$(mktemp)
        hyperfine --warmup 1 --runs "$RUNS" --export-json "$json" --style none "$@" >/dev/null
        python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["mean"])' "$json"
        rm -f "$json"
    else
        local best="" t i out
        out=$(mktemp)
        for ((i = 0; i < RUNS; i++)); do
            /usr/bin/time -f '%e' -o "$out" "$@" >/dev/null 2>&1
            t=$(tail -n1 "$out")
            if [[ -z "$best" ]] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
        done
        rm -f "$out"
        echo "$best"
    fi
}

engine_s=$(seconds_for "$CLI" run "$PROGRAM")
python_s=$(seconds_for python3 "$PROGRAM")
echo "program:       $PROGRAM"
echo "loopscope-cli: ${engine_s} s"
echo "python3:       ${python_s} s"
awk -v e="$engine_s" -v p="$python_s" \
    'BEGIN { if (p > 0) printf "ratio:         %.2fx CPython'"'"'s time\n", e / p; else print "ratio: n/a" }'
