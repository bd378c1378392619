#!/usr/bin/env bash
# A bounded fuzzing run: configures a clang build of just one fuzzer in BUILD_DIR
# (-DCJSIM_FUZZ=ON), runs it for SECONDS on a copy of its seed corpus, and exits non-zero when it
# finds a crash, a sanitizer report, a leak or a timeout. TARGET: scenario_fuzz (the scenario
# loader, the default) or result_fuzz (the result-file reader).
#   tests/scenario/run_fuzz.sh BUILD_DIR SECONDS [TARGET]
set -euo pipefail

if [[ $# -ne 2 && $# -ne 3 ]]; then
  echo "usage: $0 BUILD_DIR SECONDS [scenario_fuzz|result_fuzz]" >&2
  exit 2
fi
mkdir -p "$1"
build_dir=$(cd "$1" && pwd)
seconds=$2
target=${3:-scenario_fuzz}
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)

cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang -DCJSIM_FUZZ=ON >"$build_dir/fuzz-configure.log" 2>&1 ||
  { cat "$build_dir/fuzz-configure.log" >&2; exit 1; }
cmake --build "$build_dir" --target "$target" -j "$(nproc)" >"$build_dir/fuzz-build.log" 2>&1 ||
  { tail -50 "$build_dir/fuzz-build.log" >&2; exit 1; }

if [[ $target == result_fuzz ]]; then
  # Inputs are lists of damages to a result the fuzzer makes itself: it starts from nothing.
  corpus="$build_dir/result_fuzz_corpus"
  artifacts="$build_dir/result_fuzz_artifacts"
  mkdir -p "$corpus" "$artifacts"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  cd "$work"
  TMPDIR="$work" "$build_dir/bin/result_fuzz" "$corpus" -max_total_time="$seconds" -timeout=20 \
    -rss_limit_mb=4096 -max_len=512 -print_final_stats=1 -artifact_prefix="$artifacts/"
  exit
fi

# The corpus grows as the fuzzer finds new paths: keep it in the build, seeded from the sources.
corpus="$build_dir/scenario_fuzz_corpus"
artifacts="$build_dir/scenario_fuzz_artifacts"
mkdir -p "$corpus" "$artifacts"
cp -n "$here"/fuzz_corpus/* "$corpus"/ 2>/dev/null || true
# The scenario that sets every key is the tests' complete fixture, copied afresh each run so that
# the seed never falls behind it.
cp "$here/fixtures/complete.yaml" "$corpus/complete.yaml"

# A scratch working folder, so that relative `extends` in fuzzed input reads nothing of ours.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$build_dir/bin/scenario_fuzz" "$corpus" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
  -max_len=8192 -print_final_stats=1 -artifact_prefix="$artifacts/"
