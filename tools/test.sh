#!/usr/bin/env bash
# Sets everything up on Debian 12 (packages as root, including the test-only ones: clang for
# fuzzing, Open MPI, Chromium), builds cjsim (Release) with its tests and runs every test; then
# builds the tests again under AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/) and
# runs the suites that read untrusted input there (scenario, output and command-line tests), so that a memory
# error or undefined behaviour fails CI at its line. Arguments go to the first ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh --tests
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCJSIM_TESTS=ON
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2 "$@"

# The sanitized tree: only what the suites that read untrusted input need (scenarios, result
# files, the command line); the kernel's and the model's statistical suites, the fuzzers
# (already under sanitizers) and the whole corpus of damaged results through `summary` (one of
# each kind through every command runs here) stay in the Release run; so do the file-size-limit
# tests (ASan's shadow memory exceeds the limit they set) and the MPI test (Open MPI's own
# allocations, which it never frees, would be reported as leaks). handle_segv=0: a run that
# crashes on purpose (tests/cli/fault_test.cpp) dies of its SIGSEGV, as it does unsanitized.
# -O1, as the sanitizers' authors advise: quicker to build than -O2, still quick to run.
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DCJSIM_TESTS=ON \
  -DCJSIM_SANITIZE=ON
cmake --build build-asan -j2 --target cjsim cjsim_scenario_tests cjsim_output_tests \
  cjsim_cli_tests
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:handle_segv=0 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j2 -L 'scenario|output|cli' \
  -E 'fuzz|WriteFailure|Mpi|EveryDatasetDeletedRetypedOrShortened'
