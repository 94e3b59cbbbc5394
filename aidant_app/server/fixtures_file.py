"""A training server's fixed answers from a JSON file: clock offset and MX answers (tests)."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading


class FixturesFile:
    """Re-read when the file changes, so a test moves the clock of every worker at once.

    The file holds {"clock_offset_s": seconds, "mx": {"gmail.com": "yes", ...}}; domains
    missing from "mx" answer "unknown". Training mode only (the CLI refuses it in live mode).
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._data: dict = {}

    def _current(self) -> dict:
        try:
            info = os.stat(self.path)
        except OSError:
            return {}
        stamp = (info.st_mtime_ns, info.st_size)
        with self._lock:
            if stamp != self._stamp:
                try:
                    with open(self.path, encoding="utf-8") as handle:
                        self._data = json.load(handle)
                    self._stamp = stamp
                except (OSError, ValueError):
                    pass  # caught mid-write: keep the last good answers, retry next call
            return self._data

    def now(self) -> dt.datetime:
        offset = float(self._current().get("clock_offset_s", 0))
        return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=offset)

    def mx_lookup(self, domain: str) -> str:
        return self._current().get("mx", {}).get(domain.lower(), "unknown")
