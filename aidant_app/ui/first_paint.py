"""Runs work once a widget has been painted for the first time (what the person waits for)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer


def _later(ms: int, owner: QObject, callback) -> None:
    """`callback` in `ms` milliseconds, not at all if `owner` is deleted first.

    A timer owned by `owner` rather than QTimer.singleShot(ms, owner, callback): choosing
    that overload builds QMetaMethod's Python type with its enums before the first paint
    (about 1 M instructions, scripts/bench_startup.py)."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.timeout.connect(callback)
    timer.timeout.connect(timer.deleteLater)
    timer.start(ms)


class _PaintFilter(QObject):
    """Tells its FirstPaint when the widget it watches is painted. One class for every
    watcher (a class defined in FirstPaint.__init__ was a new Qt type for each)."""

    def __init__(self, widget, watcher: FirstPaint) -> None:
        super().__init__(widget)
        self._watcher, self._paint = watcher, QEvent.Type.Paint

    def eventFilter(self, watched, event) -> bool:  # Qt override
        if event.type() == self._paint:
            self._watcher.fire()
        return False


class FirstPaint:
    """Runs `callback` once, just after `widget`'s first paint (heavy work waits for it).

    app.py and the window watch the start page itself, not the window: the moment that
    counts is when the person sees the page's content, not an empty frame. Of several
    watchers of one widget, the one made last runs first (Qt calls the event filter
    installed last first): app.py's, which reports the paint to the benchmark.
    """

    def __init__(self, widget, callback) -> None:
        self._callback, self._done, self._widget = callback, False, widget
        self._filter = _PaintFilter(widget, self)
        widget.installEventFilter(self._filter)
        # Some platforms may never paint a hidden or minimised window: do not wait forever.
        # Bound to the filter: nothing runs for a widget deleted meanwhile (tests).
        _later(1500, self._filter, self.fire)

    def fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self._filter)
        # After the paint has been flushed; not at all if the widget is gone by then.
        _later(0, self._filter, self._callback)
