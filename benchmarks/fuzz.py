"""The property-based tests of ``tests/test_fuzz.py`` with a longer budget than CI's.

Usage: ``python benchmarks/fuzz.py [--examples 500]``. Runs pytest on the fuzz tests with
``ATLAS_FUZZ_EXAMPLES`` set and prints pytest's summary (a failure shows the falsifying input).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=500)
    args = parser.parse_args()
    env = {**os.environ, "ATLAS_FUZZ_EXAMPLES": str(args.examples)}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_fuzz.py"]
    print(f"{args.examples} examples per property")
    sys.exit(subprocess.call(command, cwd=ROOT, env=env))


if __name__ == "__main__":
    main()
