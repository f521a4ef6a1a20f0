#!/usr/bin/env bash
# CI step after the main suite: one clang build with ASan + UBSan (the asan preset) of the core,
# the unit tests and every libFuzzer target; each fuzzer runs a short time from its checked-in
# seed corpus, then the unit tests run. One build of the core for both keeps the step near
# half an hour on 2 cores, cold; the timings it prints say how long each part took.
#
# Usage: .ci/fuzz-asan.sh    FUZZ_SECONDS per fuzzer (20)
set -euo pipefail
cd "$(dirname "$0")/.."
fuzz_seconds="${FUZZ_SECONDS:-20}"
jobs="$(nproc)"
step_start=$SECONDS
# CI has 90 min for all of .ci/run, which exports BS_CI_STARTED_AT (unix seconds): when what is
# left would not hold this step (estimated from cold runs on 2 cores), it is skipped with a
# message rather than making the whole run miss its deadline.
ci_limit=$((85 * 60))
fits() { # fits SECONDS NAME
  [[ -n "${BS_CI_STARTED_AT:-}" ]] || return 0
  local left=$((ci_limit - ($(date +%s) - BS_CI_STARTED_AT)))
  if (( left < $1 )); then
    echo "fuzz-asan: SKIPPED $2: about $(($1 / 60)) min needed, $((left / 60)) min left of the CI budget" >&2
    return 1
  fi
}
timing() { echo "fuzz-asan: $1 took $((SECONDS - step_start)) s" >&2; step_start=$SECONDS; }

# clang and its runtimes (libFuzzer, ASan) are needed only here, so they are installed here
# rather than for every developer by packaging/linux/install-deps.sh.
need=()
for p in clang libclang-rt-14-dev; do
  [[ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true)" == ii* ]] || need+=("$p")
done
if [[ ${#need[@]} -gt 0 ]]; then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  apt-cache show "${need[@]}" >/dev/null 2>&1 || $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

fits $((40 * 60)) "fuzzing and the asan unit tests" || exit 0

cmake --preset asan >/dev/null
mapfile -t fuzzers < <(cd tests/fuzz && ls fuzz_*.cpp | sed 's/\.cpp$//')
# Only the core, the unit tests (and bshield, which tests/unit/cli runs) and the fuzzers: not
# the GUI.
mapfile -t units < <(find tests/unit -name 'tst_*.cpp' -printf '%f\n' | sed 's/\.cpp$//' | sort)
cmake --build --preset asan -j "$jobs" --target bshield "${units[@]}" "${fuzzers[@]}"
timing "asan build"

failed=0
# Scratch corpora and crashing inputs; kept after a failure for a closer look.
work="build/asan/fuzz-runs"
rm -rf "$work"
mkdir -p "$work"
for f in "${fuzzers[@]}"; do
  seeds="tests/fuzz/corpus/$f"
  if [[ ! -d "$seeds" ]] || [[ -z "$(ls -A "$seeds")" ]]; then
    echo "fuzz-asan: $f has no seed corpus in $seeds (tests/fuzz/make-seeds.py writes them)" >&2
    failed=1
    continue
  fi
  # New inputs go to a scratch directory: the checked-in corpus stays as it is.
  mkdir -p "$work/$f"
  if ! build/asan/tests/"$f" -max_total_time="$fuzz_seconds" -timeout=20 -rss_limit_mb=3072 \
      -print_final_stats=1 -artifact_prefix="$work/$f-" "$work/$f" "$seeds" \
      >"$work/$f.log" 2>&1; then
    echo "fuzz-asan: $f FAILED; the end of its log:" >&2
    tail -n 60 "$work/$f.log" >&2
    for a in "$work/$f"-*; do
      [[ -e "$a" ]] || continue
      echo "failing input: $a ($(stat -c %s "$a") bytes)" >&2
      if [[ $(stat -c %s "$a") -le 4096 ]]; then base64 -w0 "$a" >&2; echo >&2; fi
    done
    failed=1
  else
    echo "fuzz-asan: $f ok ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$work/$f.log" | grep -o '[0-9]*$') runs)" >&2
  fi
done
timing "fuzzing"

ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --preset asan -L unit -j "$jobs" || failed=1
timing "asan unit tests"
exit $failed
