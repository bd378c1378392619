#!/usr/bin/env bash
# Installs what cjsim needs on Debian 12, from Debian's packages only. Idempotent: does nothing
# when everything is present.
#
#   tools/setup.sh            build and run: compiler, CMake, SimGrid, yaml-cpp, HDF5, Boost,
#                             GoogleTest, Python with h5py and matplotlib (reports)
#   tools/setup.sh --tests    also what the tests need: clang (fuzzing), Open MPI, h5dump,
#                             Chromium (the report is checked in a headless browser)
#   tools/setup.sh --mpi      also Open MPI (sweeps across a cluster)
#   tools/setup.sh --check    only list what is missing (exit 1 if anything is)
set -euo pipefail

packages=(
  g++ make cmake pkg-config git ca-certificates
  libsimgrid-dev libyaml-cpp-dev libhdf5-dev libboost-program-options-dev libgtest-dev
  python3 python3-h5py python3-matplotlib
)
check_only=false
for arg in "$@"; do
  case "$arg" in
    --tests) packages+=(clang libclang-rt-14-dev libopenmpi-dev openmpi-bin hdf5-tools chromium) ;;
    --mpi) packages+=(libopenmpi-dev openmpi-bin) ;;
    --check) check_only=true ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "setup.sh: unknown option '$arg' (expected --tests, --mpi, --check or --help)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi
echo "setup: missing: ${missing[*]}"
$check_only && exit 1

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    echo "setup: not root; run it with sudo (sudo $0 $*), or ask an administrator to run:" >&2
  else
    echo "setup: not root; ask an administrator to run:" >&2
  fi
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# A fresh machine has no package lists; refresh them once.
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: installed ${#missing[@]} packages"
