"""Says a short message to screen readers now, without moving the keyboard focus.

One line in a page: `announce(self, self.tr("Un nouveau code est parti."))`.

Qt 6.8 and later send an announcement (AT-SPI `object:announcement`, read by Orca and
NVDA as a live region); older Qt gets an alert event on the widget, whose description
carries the message. The project accepts PySide6 from 6.6 (pyproject.toml), so both exist.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# Tests set a list here to read what was announced; None in the app: nothing is kept.
RECORD: list[tuple[str, bool]] | None = None


def announce(widget: QWidget, message: str, assertive: bool = False) -> None:
    """Tell screen readers `message` (polite: after what they are saying; assertive: at
    once, for errors and things that need an answer). Never pass a secret."""
    message = (message or "").strip()
    if not message or widget is None:
        return
    if RECORD is not None:
        RECORD.append((message, assertive))
    # Imported here: the accessibility classes are not needed for the first window.
    from PySide6 import QtGui
    from PySide6.QtGui import QAccessible

    event_class = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_class is not None:
        event = event_class(widget, message)
        politeness = QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
        QAccessible.updateAccessibility(event)
        return
    widget.setAccessibleDescription(message)
    QAccessible.updateAccessibility(QtGui.QAccessibleEvent(widget, QAccessible.Event.Alert))


def alert(widget: QWidget) -> None:
    """An alert on a widget that shows an error: its name and text are read at once."""
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
