"""Failure counters over a sliding window, on the server's (injectable) clock."""

from __future__ import annotations

import threading
from collections.abc import Callable

from aidant_app.server.errors import rate_limited


class FailureLimiter:
    """Allows `limit` failures per key within `window` seconds, then answers 429."""

    def __init__(self, clock: Callable[[], float], limit: int = 5, window: float = 900.0) -> None:
        self._clock = clock
        self.limit = limit
        self.window = window
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> list[float]:
        kept = [t for t in self._failures.get(key, []) if t > now - self.window]
        if kept:
            self._failures[key] = kept
        else:
            self._failures.pop(key, None)
        return kept

    def check(self, key: str) -> None:
        """Raise 429 rate_limited while the key has used up its failures."""
        now = self._clock()
        with self._lock:
            recent = self._recent(key, now)
            if len(recent) >= self.limit:
                raise rate_limited(recent[-self.limit] + self.window - now)

    def fail(self, key: str) -> None:
        with self._lock:
            self._failures.setdefault(key, []).append(self._clock())

    def clear(self, key: str | None = None) -> None:
        with self._lock:
            if key is None:
                self._failures.clear()
            else:
                self._failures.pop(key, None)
