"""Runs work once a widget has been painted for the first time (what the person waits for)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint:
    """Runs `callback` once, just after `widget`'s first paint (heavy work waits for it).

    app.py and the window watch the start page itself, not the window: the moment that
    counts is when the person sees the page's content, not an empty frame. Of several
    watchers of one widget, the one made last runs first (Qt calls the event filter
    installed last first): app.py's, which reports the paint to the benchmark.
    """

    def __init__(self, widget, callback) -> None:
        self._callback, self._done, self._widget = callback, False, widget
        paint, outer = QEvent.Type.Paint, self

        class Filter(QObject):
            def eventFilter(self, watched, event):  # Qt override
                if event.type() == paint:
                    outer.fire()
                return False

        self._filter = Filter(widget)
        widget.installEventFilter(self._filter)
        # Some platforms may never paint a hidden or minimised window: do not wait forever.
        # Bound to the filter: nothing runs for a widget deleted meanwhile (tests).
        QTimer.singleShot(1500, self._filter, self.fire)

    def fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self._filter)
        # After the paint has been flushed; not at all if the widget is gone by then.
        QTimer.singleShot(0, self._filter, self._callback)
