"""The runner of background work: any owner's call off the GUI thread, its result back on it."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it so slots run on the GUI thread."""

    finished = Signal(int, bool, object)


def report_crash(error: BaseException) -> None:
    """A bug: the crash output (type and frames, never the message)."""
    from ..crashlog import format_redacted

    try:
        sys.stderr.write(format_redacted(type(error), error.__traceback__))
    except Exception:  # noqa: BLE001, S110 - never let crash reporting crash
        pass


def is_bug(error: BaseException) -> bool:
    """Anything but an API or vault error (they carry a string `code`) is a bug."""
    return not isinstance(getattr(error, "code", None), str)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job_id, self._fn, self._relay = job_id, fn, relay

    def run(self) -> None:  # worker thread
        try:
            result, ok = self._fn(), True
        except Exception as error:  # noqa: BLE001 - delivered to the owner, which words it
            if is_bug(error):
                report_crash(error)
            result, ok = error, False
        try:
            self._relay.finished.emit(self._job_id, ok, result)
        except RuntimeError:
            pass  # the window was destroyed while the call ran: nobody is waiting any more


class _Entry:
    __slots__ = ("generation", "key", "on_done", "on_error", "owner")

    def __init__(self, owner: object, key: str, generation: int,
                 on_done: Callable, on_error: Callable) -> None:
        self.owner, self.key, self.generation = owner, key, generation
        self.on_done, self.on_error = on_done, on_error


class TaskRunner(QObject):
    """One door for background work, shared by every owner: the journey's controller (for
    the pages), the backend connection, the memo, and next the activity report and speech.

    `run(owner, fn, on_done, on_error, key)` calls fn() on the thread pool, then on the GUI
    thread on_done(result), or on_error(exception) when fn raised (a bug is written to the
    crash output first: type and frames only). While a job of (owner, key) runs a second
    one is refused (logged, `refused` emitted), so a double click never sends two requests.
    `cancel(owner)` drops the results of that owner's running jobs, and only that owner's:
    leaving a busy page does not drop the backend connection's answer. A cancelled job no
    longer blocks a new one with the same key.

    Callbacks never raise into Qt: if on_done raises, the crash output is written and
    on_error gets that exception, so the owner can end its busy state and say so.
    """

    refused = Signal(object, str)  # owner, key: a call was not started (one already runs)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)
        self._next_id = 0
        self._jobs: dict[int, _Entry] = {}
        self._generations: dict[int, int] = {}  # id(owner) -> its current generation

    def _generation(self, owner: object) -> int:
        return self._generations.get(id(owner), 0)

    def _live(self, entry: _Entry) -> bool:
        return entry.generation == self._generation(entry.owner)

    def is_running(self, owner: object, key: str = "") -> bool:
        """A job of (owner, key) runs and was not cancelled."""
        return any(e.owner is owner and e.key == key and self._live(e)
                   for e in self._jobs.values())

    @property
    def busy(self) -> bool:
        """Some job still runs (cancelled ones too: a thread is still busy with it)."""
        return bool(self._jobs)

    def run(self, owner: object, fn: Callable[[], T], on_done: Callable[[T], None],
            on_error: Callable[[Exception], None], key: str = "") -> bool:
        """Start fn() on the thread pool; False (and nothing started) if one already runs."""
        if self.is_running(owner, key):
            log.info("refused a second %r call for %s while one runs", key,
                     type(owner).__name__)
            self.refused.emit(owner, key)
            return False
        self._next_id += 1
        job_id = self._next_id
        self._jobs[job_id] = _Entry(owner, key, self._generation(owner), on_done, on_error)
        self._pool.start(_Job(job_id, fn, self._relay))
        return True

    def cancel(self, owner: object) -> None:
        """Drop the results of `owner`'s running jobs (a page left, a wipe, another
        backend); other owners' jobs go on."""
        self._generations[id(owner)] = self._generation(owner) + 1
        if not any(e.owner is owner for e in self._jobs.values()):
            self._generations.pop(id(owner), None)  # nothing of it runs: forget the owner

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """For shutdown and tests: let running jobs finish."""
        return self._pool.waitForDone(msecs)

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, result: object) -> None:
        entry = self._jobs.pop(job_id)
        live = self._live(entry)
        if not any(e.owner is entry.owner for e in self._jobs.values()):
            self._generations.pop(id(entry.owner), None)
        if not live:
            log.debug("dropped a result its owner cancelled")
            return
        if not ok:
            self._call(entry.on_error, result)
            return
        try:
            entry.on_done(result)
        except Exception as error:  # noqa: BLE001 - a bug in the owner's callback
            report_crash(error)
            self._call(entry.on_error, error)

    @staticmethod
    def _call(on_error: Callable[[Exception], None], error: object) -> None:
        try:
            on_error(error)  # type: ignore[arg-type]
        except Exception as again:  # noqa: BLE001 - never raise into Qt's event loop
            report_crash(again)
