"""The shell's Retour / J'ai un problème / Continuer row, on two rows when one does not fit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from .announce import announce


class ButtonRow(QWidget):
    """Back and Help on the left, Next on the right; when the window is too narrow for the
    three (large text, long Next label, small screen), Next goes on a row of its own above,
    instead of making the window wider than the screen."""

    def __init__(self, back: QPushButton, help_: QPushButton, next_: QPushButton,
                 spacing: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("buttonRow")
        self.back, self.help, self.next = back, help_, next_
        # Helper mode: the next person, from any step (the window shows it and asks first).
        self.next_person = QPushButton()
        self.next_person.setObjectName("nextPersonButton")
        self.next_person.setAutoDefault(False)
        self.next_person.hide()
        # Why Continuer cannot be pressed yet: above the buttons, and Continuer's description.
        self.reason = QLabel()
        self.reason.setObjectName("nextReason")
        self.reason.setWordWrap(True)
        self.reason.setProperty("hint", True)
        self.reason.setProperty("textFormat", "PlainText")  # enums by name: shell_layout.py
        self.reason.hide()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.stacked = False
        self._place(False)

    def _place(self, stacked: bool) -> None:
        self.stacked = stacked
        for widget in (self.reason, self.back, self.help, self.next_person, self.next):
            self.grid.removeWidget(widget)
        self.grid.addWidget(self.reason, 0, 0, 1, 5)
        if stacked:
            self.grid.addWidget(self.next, 1, 0, 1, 4)
            self.grid.addWidget(self.back, 2, 0)
            self.grid.addWidget(self.help, 2, 1)
            self.grid.addWidget(self.next_person, 2, 2)
        else:
            self.grid.addWidget(self.back, 1, 0)
            self.grid.addWidget(self.help, 1, 1)
            self.grid.addWidget(self.next_person, 1, 2)
            self.grid.addWidget(self.next, 1, 4)
        self.grid.setColumnStretch(3, 1)

    def set_reason(self, text: str) -> None:
        """Show why Continuer is disabled ("" hides it); said when it changes."""
        if text == self.reason.text() and self.reason.isHidden() == (not text):
            return
        self.reason.setText(text)
        self.reason.setVisible(bool(text))
        self.next.setAccessibleDescription(text)
        if text and self.next.hasFocus():
            announce(self.next, text)

    def one_row_width(self) -> int:
        shown = [w for w in (self.back, self.help, self.next_person, self.next)
                 if not w.isHidden()]
        spacing = self.grid.spacing() * len(shown)  # one more: the stretch column's
        return sum(w.sizeHint().width() for w in shown) + spacing

    def minimumSizeHint(self) -> QSize:  # Qt override: never wider than the widest button
        widest = max((w.minimumSizeHint().width() for w in (self.back, self.help, self.next)
                      if not w.isHidden()), default=0)
        pair = sum(w.sizeHint().width() for w in (self.back, self.help) if not w.isHidden())
        return QSize(max(widest, pair + self.grid.spacing()), super().minimumSizeHint().height())

    def _fit(self, width: int) -> None:
        stacked = self.one_row_width() > width
        if stacked != self.stacked:
            self._place(stacked)

    def resizeEvent(self, event) -> None:  # Qt override
        self._fit(event.size().width())
        super().resizeEvent(event)

    def event(self, event) -> bool:  # Qt override
        # A button shown, hidden or renamed (another page, "Personne suivante", a longer
        # Continuer) changes the room needed without resizing the row.
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit(self.width())
        return super().event(event)
