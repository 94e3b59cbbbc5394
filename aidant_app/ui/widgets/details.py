"""A section folded behind one button ("Plus d'aide"), opened and closed in words."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...rules import bidi
from .buttons import button
from .layout import row


class Details(QWidget):
    """A long section behind one button ("Plus d'aide"): closed, a page fits a small screen
    at large text; open, the section shows right under its button. The button says which
    it is in words ("▸" / "▾" and "afficher" / "masquer" for screen readers)."""

    def __init__(self, object_name: str, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{object_name}Details")
        self.toggle = button(f"{object_name}Toggle")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._shown)
        self.content = content
        self._summary = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row(self.toggle))
        layout.addWidget(content)
        content.hide()

    def set_summary(self, text: str) -> None:
        self._summary = text
        self._label()

    def open(self) -> None:
        self.toggle.setChecked(True)

    def close(self) -> None:  # not QWidget.close: folds the section
        self.toggle.setChecked(False)

    def _shown(self, shown: bool) -> None:
        self.content.setVisible(shown)
        self._label()

    def _label(self) -> None:
        shown = self.toggle.isChecked()
        # The arrow says open or closed to the eye; the words say it to a screen reader.
        self.toggle.setText(
            bidi.fill(QtCore.QCoreApplication.translate("Details", "▾ {summary}"), summary=self._summary)
            if shown else
            bidi.fill(QtCore.QCoreApplication.translate("Details", "▸ {summary}"), summary=self._summary))
        self.toggle.setAccessibleName(self._summary)
        self.toggle.setAccessibleDescription(
            QtCore.QCoreApplication.translate("Details", "Ouvert : appuyez pour masquer.") if shown
            else QtCore.QCoreApplication.translate("Details", "Fermé : appuyez pour afficher."))


def fold(object_name: str, *widgets: QWidget) -> Details:
    """`widgets` behind one "Plus d'aide"-style button (a Para shows itself when its text
    is set: a holder keeps it folded)."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return Details(object_name, holder)
