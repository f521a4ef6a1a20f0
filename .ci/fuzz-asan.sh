#!/usr/bin/env bash
# CI step after the main suite: every libFuzzer target for a short time from its checked-in
# seed corpus (clang, ASan + UBSan), then the unit tests under the asan preset (GCC, ASan +
# UBSan). Budget on 2 cores, cold: see the timings it prints; FUZZ_SECONDS per fuzzer (30).
#
# Usage: .ci/fuzz-asan.sh [fuzz|asan]   (both by default)
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
fuzz_seconds="${FUZZ_SECONDS:-30}"
jobs="$(nproc)"
step_start=$SECONDS
# CI has 90 min for all of .ci/run (our parent): a step that would not fit in what is left
# is skipped with a message rather than making the whole run miss its deadline. The
# estimates are cold builds on 2 cores (measured with other builds running: upper bounds).
ci_limit=$((85 * 60))
ci_elapsed() { ps -o etimes= -p "$PPID" 2>/dev/null | tr -d ' ' || echo 0; }
fits() { # fits SECONDS NAME; only under CI (CI=true), where our parent is .ci/run
  [[ "${CI:-}" == true ]] || return 0
  local left=$((ci_limit - $(ci_elapsed)))
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

if [[ "$what" == all || "$what" == fuzz ]] && fits $((30 * 60)) fuzzing; then
  cmake --preset fuzz >/dev/null
  mapfile -t fuzzers < <(cd tests/fuzz && ls fuzz_*.cpp | sed 's/\.cpp$//')
  cmake --build --preset fuzz -j "$jobs" --target "${fuzzers[@]}"
  timing "fuzz build"
  failed=0
  # Scratch corpora and crashing inputs; kept after a failure for a closer look.
  work="build/fuzz/runs"
  rm -rf "$work"
  mkdir -p "$work"
  for f in "${fuzzers[@]}"; do
    seeds="tests/fuzz/corpus/$f"
    if [[ ! -d "$seeds" ]] || [[ -z "$(ls -A "$seeds")" ]]; then
      echo "fuzz-asan: $f has no seed corpus in $seeds" >&2
      failed=1
      continue
    fi
    # New inputs go to a scratch directory: the checked-in corpus stays as it is.
    mkdir -p "$work/$f"
    if ! build/fuzz/tests/"$f" -max_total_time="$fuzz_seconds" -timeout=20 -rss_limit_mb=3072 \
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
  [[ $failed -eq 0 ]] || exit 1
fi

if [[ "$what" == all || "$what" == asan ]] && fits $((35 * 60)) "asan unit tests"; then
  cmake --preset asan >/dev/null
  # Only the core and the unit tests (and bshield, which tests/unit/cli runs): not the GUI.
  mapfile -t units < <(find tests/unit -name 'tst_*.cpp' -printf '%f\n' | sed 's/\.cpp$//' | sort)
  cmake --build --preset asan -j "$jobs" --target bshield "${units[@]}"
  timing "asan build"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --preset asan -L unit -j "$jobs"
  timing "asan unit tests"
fi
