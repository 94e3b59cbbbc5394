"""Runs the journey's use cases (aidant_app.actions) off the GUI thread and tells the pages."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from ..actions import Action, Outcome
    from .context import AppContext

log = logging.getLogger(__name__)


class JourneyController(QObject):
    """The one way a page asks the backend (or the keyring) for something.

    `start(owner, action, on_outcome)` runs `action.run(client)` on the thread pool, then,
    on the GUI thread, records the backend's facts in the journey (`action.apply`) and calls
    `on_outcome(outcome)` with a Done or a Failed. An answer from a backend that is no longer
    the current one is ignored (the page gets Failed("backend_changed")); a bug in a worker
    goes to the crash output and the page gets Failed("unexpected"). Pages never touch the
    client.
    """

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx

    def start(self, owner: object, action: Action, on_outcome: Callable[[Outcome], None],
              key: str | None = None) -> bool:
        """False when refused: the same call of the same owner already runs."""
        # Imported here: the first window is painted before any use case is needed (and
        # before the dataclasses module is loaded: scripts/bench_startup.py).
        from ..actions import BACKEND_CHANGED, UNEXPECTED, failed

        client = self.ctx.client
        journey = self.ctx.journey

        def done(outcome: Outcome) -> None:
            if client is not None and self.ctx.client is not client:
                log.info("ignored an answer of a backend that is no longer used")
                on_outcome(failed(BACKEND_CHANGED))
                return
            action.apply(journey, outcome)
            on_outcome(outcome)

        def crashed(error: Exception) -> None:
            # tasks.py already wrote the crash output (type and frames only).
            code = getattr(error, "code", None)
            on_outcome(failed(code if isinstance(code, str) else UNEXPECTED))

        return self.ctx.runner.run(owner, lambda: action.run(client), done, crashed,
                                   action.key if key is None else key)

    def __repr__(self) -> str:
        return "JourneyController()"
