"""Holds a page's next step until the service answers; says so only after a second."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

SAY_AFTER_MS = 1000  # most waits at start-up are shorter: nothing is shown for them


class ServiceWait(QObject):
    """One pending action of `page`, run once the backend's meta is loaded.

    At start-up the window comes before the service (the training server takes about half
    a second more): the person can read, choose and press Continuer meanwhile. The action
    then waits for the service. For the first second nothing changes on screen; after it
    the page is busy, with words that say why. If the service fails, the wait ends (the
    connection area says what happened and offers "Réessayer"); a wipe cancels it.
    """

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page, self.ctx = page, page.ctx
        self._action = None
        self._said = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A coarse timer may fire 5 % early: "after a second" means after a second.
        self._timer.setProperty("timerType", "PreciseTimer")  # by name: see shell_layout.py
        self._timer.setInterval(SAY_AFTER_MS)
        self._timer.timeout.connect(self._say)
        self.ctx.meta_changed.connect(self._meta_changed)
        self.ctx.backend_failed.connect(self.cancel)
        self.ctx.wiped.connect(self.cancel)

    @property
    def waiting(self) -> bool:
        return self._action is not None

    def run(self, action) -> None:
        """Run `action()` now if the service is ready, else as soon as it is (the latest
        action wins: pressing twice does not run it twice)."""
        if self.ctx.meta is not None:
            self.cancel()
            action()
            return
        self._action = action
        if not self._said and not self._timer.isActive():
            self._timer.start()

    def cancel(self, *_args) -> None:
        self._action = None
        self._timer.stop()
        if self._said:
            self._said = False
            self.page.set_busy(False)

    def _say(self) -> None:
        if self._action is not None:
            self._said = True
            self.page.set_busy(True, self.tr(
                "Le service démarre. Vous pourrez continuer dans un instant."))

    def _meta_changed(self) -> None:
        if self.ctx.meta is None or self._action is None:
            return
        action = self._action
        self.cancel()
        action()
