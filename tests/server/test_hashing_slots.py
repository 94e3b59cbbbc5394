"""Password hashing waits its turn: a few at a time, first come, first served."""

from __future__ import annotations

import threading
import time

import pytest

from aidant_app.server import security
from aidant_app.server.security import _HashingSlots

pytestmark = pytest.mark.engine_independent


def _queued(slots: _HashingSlots) -> int:
    with slots._lock:
        return len(slots._waiting)


def _wait_for(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_requests_hash_in_the_order_they_arrived() -> None:
    slots = _HashingSlots(1)
    order: list[int] = []
    slots.__enter__()  # the slot is busy: everyone after queues
    threads = []
    for number in range(6):

        def take(number: int = number) -> None:
            with slots:
                order.append(number)

        thread = threading.Thread(target=take)
        thread.start()
        threads.append(thread)
        _wait_for(lambda n=number: _queued(slots) == n + 1)
    slots.__exit__(None, None, None)
    for thread in threads:
        thread.join(10)
    assert order == list(range(6))


def test_no_more_hashes_at_once_than_slots_and_none_lost() -> None:
    slots = _HashingSlots(2)
    running, most, done = 0, 0, 0
    lock = threading.Lock()

    def work() -> None:
        nonlocal running, most, done
        with slots:
            with lock:
                running += 1
                most = max(most, running)
            time.sleep(0.01)
            with lock:
                running -= 1
                done += 1

    threads = [threading.Thread(target=work) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert (most, done) == (2, 20)


def test_a_slot_added_while_someone_waits_goes_to_them() -> None:
    slots = _HashingSlots(1)
    slots.__enter__()
    got = threading.Event()

    def take() -> None:
        with slots:
            got.set()

    thread = threading.Thread(target=take)
    thread.start()
    _wait_for(lambda: _queued(slots) == 1)
    slots.resize(2)  # the waiter takes the new slot at once; the first still holds its own
    assert got.wait(10)
    thread.join(10)
    slots.__exit__(None, None, None)


def test_a_hash_still_verifies_with_its_password_only() -> None:
    stored = security.hash_password("Soleil-2026")
    assert security.verify_password("Soleil-2026", stored)
    assert not security.verify_password("soleil-2026", stored)
