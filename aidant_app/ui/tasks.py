"""Runs api and vault calls off the GUI thread and delivers results back by signal."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it so slots run on the GUI thread."""

    finished = Signal(int, bool, object)


def report_crash(error: BaseException) -> None:
    """A bug in a worker: the crash output (type and frames, never the message)."""
    from ..crashlog import format_redacted

    try:
        sys.stderr.write(format_redacted(type(error), error.__traceback__))
    except Exception:  # noqa: BLE001, S110 - never let crash reporting crash
        pass


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job_id, self._fn, self._relay = job_id, fn, relay

    def run(self) -> None:  # worker thread
        try:
            result, ok = self._fn(), True
        except Exception as error:  # noqa: BLE001 - delivered to the caller, which words it
            if not isinstance(getattr(error, "code", None), str):
                report_crash(error)  # not an API or vault error: a bug, seen in crash output
            result, ok = error, False
        try:
            self._relay.finished.emit(self._job_id, ok, result)
        except RuntimeError:
            pass  # the window was destroyed while the call ran: nobody is waiting any more


class TaskRunner(QObject):
    """One door for background work.

    A caller names an owner (usually a page) and a key; while a job of the current
    generation runs for that (owner, key) a second one is refused (logged, and the caller
    is told), so a double click never sends two requests. `invalidate()` (wipe, page change,
    another backend) starts a new generation: results of older jobs are dropped, and they no
    longer block a new call with the same key.
    """

    busy_changed = Signal(bool)
    refused = Signal(object, str)  # owner, key: a call was not started (one already runs)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)
        self._next_id = 0
        self._generation = 0
        self._jobs: dict[int, tuple[int, object, str, Callable, Callable]] = {}

    def is_running(self, owner: object, key: str = "") -> bool:
        """A job of the current generation runs for (owner, key)."""
        return any(g == self._generation and o is owner and k == key
                   for g, o, k, _, _ in self._jobs.values())

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def run(
        self,
        owner: object,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        key: str = "",
    ) -> bool:
        """Start fn() on the thread pool; False (and nothing started) if one already runs."""
        if self.is_running(owner, key):
            log.info("refused a second %r call for %s while one runs", key,
                     type(owner).__name__)
            self.refused.emit(owner, key)
            return False
        self._next_id += 1
        job_id = self._next_id
        self._jobs[job_id] = (self._generation, owner, key, on_success, on_failure)
        self._pool.start(_Job(job_id, fn, self._relay))
        self.busy_changed.emit(True)
        return True

    def invalidate(self) -> None:
        """Drop the results of every job still running (after a wipe or leaving a page)."""
        self._generation += 1

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """For shutdown and tests: let running jobs finish."""
        return self._pool.waitForDone(msecs)

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, result: object) -> None:
        generation, _owner, _key, on_success, on_failure = self._jobs.pop(job_id)
        if not self._jobs:
            self.busy_changed.emit(False)
        if generation != self._generation:
            log.debug("dropped a result of an earlier generation")
            return
        if ok:
            on_success(result)
        else:
            on_failure(result)  # type: ignore[arg-type]
