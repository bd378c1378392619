#!/usr/bin/env bash
# Sets everything up on Debian 12 (packages as root, including the test-only ones: clang for
# fuzzing, Open MPI, Chromium), builds cjsim (Release) with its tests and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh --tests
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCJSIM_TESTS=ON
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2 "$@"
