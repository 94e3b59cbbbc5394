"""Parallel runs (scripts/run-tests): the files that take longest are handed out first."""

from __future__ import annotations

import pytest

# Whole files go to one worker (--dist loadfile), in the order of the collection. A long
# file handed out last runs alone while the other workers have nothing left to do, so the
# files that took 30 s or more of the suite's time (docs/performance.md, "The test suite")
# go first. A file missing here only runs in its usual place; a name of a file that no
# longer exists matches nothing.
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


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {path: index for index, path in enumerate(SLOW_FIRST)}
    # A stable sort: each file's tests keep their order, the other files theirs.
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))
