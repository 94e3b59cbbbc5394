"""A button kept disabled until a moment, the seconds left shown in its label."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPushButton

from .text import set_text


class Countdown(QObject):
    """Keeps a button disabled for a number of seconds, showing the seconds left in its label.

    It counts seconds, not clock times: the page turns the backend's time into seconds
    (journey/times.py) when it starts it."""

    finished = Signal()

    def __init__(self, target: QPushButton, label: Callable[[int], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent or target)
        self._target, self._label = target, label
        self._until: float | None = None  # time.monotonic() at which the button is free
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    def start(self, seconds: float) -> None:
        """Keep the button disabled for `seconds` from now (0 or less: free at once)."""
        self._until = time.monotonic() + max(0.0, float(seconds))
        self._timer.start()
        self._tick()

    def stop(self) -> None:
        self._timer.stop()
        self._until = None
        self._tick()

    def remaining(self) -> int:
        """Whole seconds left, rounded up: 0 only once the wait is over."""
        if self._until is None:
            return 0
        return max(0, int(self._until - time.monotonic() + 0.999))

    def refresh(self) -> None:
        self._tick()

    def _tick(self) -> None:
        left = self.remaining()
        set_text(self._target, self._label(left))
        self._target.setEnabled(left == 0)
        if left == 0 and self._timer.isActive():
            self._timer.stop()
            self.finished.emit()
