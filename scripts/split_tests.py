#!/usr/bin/env python3
"""Split the test files into N lists of about equal length (scripts/run-tests runs one pytest each).

    python scripts/split_tests.py 2      # prints N lines, each the files of one part

The files that take longest (tests/support/parallel_order.SLOW_FIRST, slowest first) are
spread first, each to the part with the least work so far; the others follow, one test
file counting as the suite's average.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.parallel_order import SLOW_FIRST

AVERAGE = 3.0  # seconds a test file takes, about (docs/performance.md, "The test suite")


def parts(count: int) -> list[list[str]]:
    files = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "tests").rglob("test_*.py"))
    slow = [f for f in SLOW_FIRST if f in files]
    # The slowest about 60 s, the twelfth about 20 s: a weight that falls with the rank.
    weight = {f: 60.0 - 3.5 * rank for rank, f in enumerate(slow)}
    split: list[list[str]] = [[] for _ in range(count)]
    load = [0.0] * count
    for name in slow + [f for f in files if f not in weight]:
        least = load.index(min(load))
        split[least].append(name)
        load[least] += weight.get(name, AVERAGE)
    return split


if __name__ == "__main__":
    for part in parts(int(sys.argv[1]) if len(sys.argv) > 1 else 2):
        print(" ".join(part))
