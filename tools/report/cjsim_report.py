#!/usr/bin/env python3
"""cjsim report: makes one self-contained HTML report from cjsim result files.

Started by `cjsim report ...` (tools/cjsim/command_report.cpp) or directly:
    tools/report/cjsim_report.py RESULT.h5 [OTHER.h5 ...] --out report.html
The work is done by the package cjsim_report beside this file; `--help` explains the options.
"""
import importlib.util
import os
import sys

SYSTEM_PYTHON = "/usr/bin/python3"
NEEDED = ("numpy", "h5py", "matplotlib")


def ensure_libraries():
    """Run under a Python that has numpy, h5py and matplotlib.

    `cjsim report` starts the first python3 on PATH, which may be one (pyenv, a virtual
    environment) without Debian's python3-h5py and python3-matplotlib; then start again under
    the system's Python, which has them once tools/setup.sh has run.
    """
    missing = [m for m in NEEDED if importlib.util.find_spec(m) is None]
    if not missing:
        return
    here = os.path.realpath(sys.executable or "")
    if os.path.exists(SYSTEM_PYTHON) and here != os.path.realpath(SYSTEM_PYTHON):
        os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON, os.path.abspath(__file__), *sys.argv[1:]])
    print(f"cjsim report: Python lacks {', '.join(missing)} (install python3-h5py and "
          f"python3-matplotlib, e.g. with tools/setup.sh)", file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    ensure_libraries()
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from cjsim_report.cli import run

    sys.exit(run(sys.argv[1:]))
