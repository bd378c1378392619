#!/usr/bin/env bash
# Sets everything up on Debian 12 (packages as root), builds cjsim (Release) and runs the
# bundled West Yorkshire baseline. The result file is results/west-yorkshire-baseline.h5
# (replaced if it exists: this script is the "show me" command).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCJSIM_TESTS=OFF
cmake --build build -j2 --target cjsim cjsim-bench
build/bin/cjsim run scenarios/west-yorkshire/baseline.yaml --force "$@"
