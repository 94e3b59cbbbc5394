"""Attempt counters and locks kept in the database, so every worker process shares them.

Each limit counts an attempt atomically BEFORE the work it guards (one upsert ... RETURNING),
so 50 parallel tries cannot all slip in between a check and a count; an attempt that turns
out fine gives its count back (`undo`).
"""

from __future__ import annotations

from dataclasses import dataclass

from aidant_app.server.db import Store

_HIT = (
    "INSERT INTO counters (name, count, window_start) VALUES (?, 1, ?)"
    " ON CONFLICT (name) DO UPDATE SET"
    " count = CASE WHEN counters.window_start <= ? THEN 1 ELSE counters.count + 1 END,"
    " window_start = CASE WHEN counters.window_start <= ? THEN ? ELSE counters.window_start END"
    " RETURNING count, window_start, locked_until"
)


@dataclass(frozen=True)
class Hit:
    count: int  # attempts in the current window, this one included
    window_start: float
    locked_until: float | None


def hit(store: Store, name: str, window: float, now: float) -> Hit:
    """Count one attempt in a fixed window that starts at the first attempt."""
    expired = now - window
    with store.tx() as tx:
        row = tx.one(_HIT, name, now, expired, expired, now)
    return Hit(int(row["count"]), float(row["window_start"]), row["locked_until"])


def peek(store: Store, name: str, window: float, now: float) -> Hit:
    """The current count without adding to it."""
    row = store.one(
        "SELECT count, window_start, locked_until FROM counters WHERE name = ?", name
    )
    if row is None:
        return Hit(0, now, None)
    count = int(row["count"]) if row["window_start"] > now - window else 0
    return Hit(count, float(row["window_start"]), row["locked_until"])


def undo(store: Store, name: str) -> None:
    """Give back one attempt (it succeeded, or failed for a reason this limit does not count)."""
    store.execute(
        "UPDATE counters SET count = counters.count - 1 WHERE name = ? AND counters.count > 0",
        name,
    )


def lock(store: Store, name: str, until: float) -> float:
    """Lock the name until `until` unless a longer lock holds; returns the lock's end."""
    with store.tx() as tx:
        row = tx.one(
            "UPDATE counters SET locked_until = ? WHERE name = ?"
            " AND (locked_until IS NULL OR locked_until < ?) RETURNING locked_until",
            until,
            name,
            until,
        )
        if row is None:
            row = tx.one("SELECT locked_until FROM counters WHERE name = ?", name)
    return float(row["locked_until"]) if row and row["locked_until"] is not None else until


def clear(store: Store, name: str) -> None:
    store.execute("DELETE FROM counters WHERE name = ?", name)


def prune(store: Store, now: float, older_than: float = 2 * 86400.0) -> None:
    """Forget counters whose window and lock ended long ago; revoked journey codes stay."""
    store.execute(
        "DELETE FROM counters WHERE window_start < ? AND (locked_until IS NULL"
        " OR locked_until < ?) AND name NOT LIKE 'resume:%'",
        now - older_than,
        now,
    )
