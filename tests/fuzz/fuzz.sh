#!/usr/bin/env bash
# Runs one libFuzzer target at the lowest CPU priority, with its dictionary, the seed corpus
# (make_seeds.py) and the past findings (regressions/), keeping the growing corpus and any crash
# outside the repository. Prints libFuzzer's final stats and the CPU time it used.
#   tests/fuzz/fuzz.sh TARGET SECONDS [libFuzzer options...]
#   LOOPSCOPE_FUZZ_BUILD  the fuzz build tree (default: build-fuzz)
#   LOOPSCOPE_FUZZ_DIR    corpora, seeds and crashes (default: build-fuzz/corpus)
#   LOOPSCOPE_FUZZ_TIMEOUT  seconds (wall clock) one input may take (default 10; raise it on a
#                         busy machine, where nice 19 can starve a run: then re-run a timeout
#                         artifact on an idle machine before calling it a hang)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${LOOPSCOPE_FUZZ_BUILD:-$ROOT/build-fuzz}"
DIR="${LOOPSCOPE_FUZZ_DIR:-$BUILD/corpus}"
target="${1:?usage: fuzz.sh TARGET SECONDS [libFuzzer options...]}"
seconds="${2:?usage: fuzz.sh TARGET SECONDS [libFuzzer options...]}"
shift 2

case "$target" in
    compile_fuzz|run_fuzz) dict=python.dict ;;
    lesson_fuzz) dict=lesson.dict ;;
    world_fuzz) dict=world.dict ;;
    *) echo "fuzz.sh: unknown target '$target'" >&2; exit 2 ;;
esac

"$ROOT/tests/fuzz/make_seeds.py" "$DIR/seeds" >/dev/null
mkdir -p "$DIR/$target" "$DIR/artifacts/$target"
exec nice -n 19 /usr/bin/time -f "cpu: user %U s, system %S s, wall %e s, max rss %M KB" \
    "$BUILD/tests/fuzz/$target" \
    -dict="$ROOT/tests/fuzz/$dict" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout="${LOOPSCOPE_FUZZ_TIMEOUT:-10}" -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$DIR/artifacts/$target/" \
    "$@" "$DIR/$target" "$DIR/seeds/$target"
