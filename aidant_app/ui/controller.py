"""Runs the journey's use cases (aidant_app.actions) on the task runner and tells the pages."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

from .tasks import is_bug, report_crash

if TYPE_CHECKING:
    from ..actions import Action, Outcome
    from .context import AppContext

log = logging.getLogger(__name__)

T = TypeVar("T")


class JourneyController(QObject):
    """The one way a page asks the backend (or the keyring) for something; one user of the
    task runner (ui/tasks.py) among others.

    `start(owner, action, on_outcome)` runs `action.run(client)` on the runner for `owner`,
    then, on the GUI thread, records what the backend said in the journey (`action.apply`)
    and calls `on_outcome` with a Done or a Failed. Whatever raises, the owner always gets
    an outcome, so no page stays busy:
    - a bug in the worker: crash output, then Failed("unexpected"), recorded as a failure;
    - a bug while recording: crash output, then Failed("unexpected");
    - a bug in `on_outcome` itself: crash output, then `on_outcome(Failed("unexpected"))`
      once (pages catch their own rendering errors first: ui/pages/base.py).
    An answer from a backend that is no longer the current one is not recorded (the owner
    gets Failed("backend_changed")). Pages never touch the client.
    """

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        # Owners whose use cases run, with how many: held only while they run (a dialog
        # closed since must not be kept alive by this table).
        self._owners: dict[int, tuple[object, int]] = {}
        ctx.wiped.connect(self._journey_wiped)

    def _journey_wiped(self) -> None:
        """Answers about the person who was just forgotten are dropped, whoever asked."""
        for owner, _count in self._owners.values():
            self.ctx.runner.cancel(owner)
        self._owners.clear()

    def _started(self, owner: object) -> None:
        _owner, count = self._owners.get(id(owner), (owner, 0))
        self._owners[id(owner)] = (owner, count + 1)

    def _ended(self, owner: object) -> None:
        entry = self._owners.get(id(owner))
        if entry is not None and entry[0] is owner:
            if entry[1] > 1:
                self._owners[id(owner)] = (owner, entry[1] - 1)
            else:
                del self._owners[id(owner)]

    def start(self, owner: object, action: Action[T],
              on_outcome: Callable[[Outcome[T]], None], key: str | None = None) -> bool:
        """False when refused: the same call of the same owner already runs."""
        # Imported here: the first window is painted before any use case is needed (and
        # before the dataclasses module is loaded: scripts/bench_startup.py).
        from ..actions import BACKEND_CHANGED, UNEXPECTED, Failed, failed

        client = self.ctx.client
        journey = self.ctx.journey

        def tell(outcome: Outcome[T]) -> None:
            try:
                on_outcome(outcome)
            except Exception as error:  # noqa: BLE001 - a bug in the owner's rendering
                report_crash(error)
                if not (isinstance(outcome, Failed) and outcome.code == UNEXPECTED):
                    try:
                        on_outcome(failed(UNEXPECTED))
                    except Exception as again:  # noqa: BLE001 - said once, then given up
                        report_crash(again)

        def record(outcome: Outcome[T]) -> Outcome[T]:
            try:
                action.apply(journey, outcome)
            except Exception as error:  # noqa: BLE001 - a bug in the use case's record
                report_crash(error)
                return failed(UNEXPECTED)
            return outcome

        def done(outcome: Outcome[T]) -> None:
            self._ended(owner)
            if client is not None and self.ctx.client is not client:
                log.info("ignored an answer of a backend that is no longer used")
                tell(failed(BACKEND_CHANGED))
                return
            tell(record(outcome))

        def crashed(error: Exception) -> None:
            self._ended(owner)
            # ui/tasks.py wrote the crash output of a bug (type and frames only). Recorded
            # as a failure: a creation that may have been sent keeps its key for a retry.
            code = UNEXPECTED if is_bug(error) else str(getattr(error, "code", UNEXPECTED))
            tell(record(failed(code)))

        started = self.ctx.runner.run(owner, lambda: action.run(client), done, crashed,
                                      action.key if key is None else key)
        if started:
            self._started(owner)
        return started

    def __repr__(self) -> str:
        return "JourneyController()"
