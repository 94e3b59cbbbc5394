"""The test files that take longest, slowest first: scripts/split_tests.py spreads them first."""

from __future__ import annotations

# scripts/run-tests runs the suite in one pytest per core, each with whole files; a long
# file given out last would run alone while the other parts have finished, so the files
# that took 20 s or more of the suite's time (docs/performance.md, "The test suite") are
# spread first, each to the part with the least work. A file missing here counts as an
# average one; a name of a file that no longer exists matches nothing.
SLOW_FIRST = (
    "tests/server/test_limits_and_races.py",
    "tests/ui/test_small_screens.py",
    "tests/server/test_deployment.py",
    "tests/test_bundle.py",
    "tests/server/test_operators_1_2.py",
    "tests/server/test_idempotency_1_2.py",
    "tests/server/test_openapi.py",
    "tests/server/test_outbox_delivery.py",
    "tests/server/test_accompaniments.py",
    "tests/ui/test_read_aloud.py",
    "tests/server/test_database_outage.py",
    "tests/server/test_atomic_creation.py",
)
