"""The shell's Retour / J'ai un problème / Continuer row, on more rows when one does not fit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .announce import announce


class ButtonRow(QWidget):
    """Back, Help (and Next person) on the left, Next on the right, on one row when they fit.

    When the window is too narrow for all of them (large text, long Next label, small
    screen), Next keeps as many of the others on its row as fit and the rest go on the row
    below; when none fits beside it, Next takes a row of its own above them. Never a row
    wider than the window: it would push the window off the screen. Every extra row is
    height the page loses on a short screen, so rows are filled before a new one starts.
    """

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
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.reason)
        self.lines: list[QHBoxLayout] = []
        for _ in range(4):  # at most: Next alone, then one secondary button a row
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            self.column.addLayout(line)
            self.lines.append(line)
        self.set_spacing(spacing)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.stacked = False  # more than one row of buttons
        # All of them into a row first: the layout makes them this row's children (until
        # then they have no parent, and a widget without one counts as hidden).
        self._place(((back, help_, self.next_person, next_),))

    def set_spacing(self, spacing: int) -> None:
        """Room between buttons and between rows (less on a short screen)."""
        self.column.setSpacing(spacing)
        for line in self.lines:
            line.setSpacing(spacing)

    def _secondary(self) -> list[QPushButton]:
        return [w for w in (self.back, self.help, self.next_person) if not w.isHidden()]

    def _width_of(self, buttons) -> int:
        """The width `buttons` take side by side (one spacing more: the room before Next)."""
        return sum(b.sizeHint().width() for b in buttons) + self.column.spacing() * len(buttons)

    def arrange(self, width: int) -> tuple[tuple[QPushButton, ...], ...]:
        """The buttons of each row for a row `width` pixels wide; Next last on the first."""
        others, wide = self._secondary(), self._width_of
        rows: list[tuple[QPushButton, ...]] = []
        if not self.next.isHidden():
            beside = len(others)
            while beside and wide([*others[:beside], self.next]) > width:
                beside -= 1
            rows.append((*others[:beside], self.next))
            others = others[beside:]
        line: list[QPushButton] = []
        for button in others:
            if line and wide([*line, button]) > width:
                rows.append(tuple(line))
                line = []
            line.append(button)
        if line:
            rows.append(tuple(line))
        return tuple(rows)

    def _place(self, arrangement: tuple[tuple[QPushButton, ...], ...]) -> None:
        self.arrangement = arrangement
        self.stacked = len(arrangement) > 1
        for line in self.lines:
            while line.count():
                line.takeAt(0)  # the widgets stay children of this row; only moved
        for line, buttons in zip(self.lines, arrangement):
            for button in buttons:
                if button is self.next and len(buttons) > 1:
                    line.addStretch(1)  # Next at the right, away from Back
                line.addWidget(button)
            if self.next not in buttons:
                line.addStretch(1)  # the others at the left, at their own width

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
        """The width every shown button needs on a single row."""
        return self._width_of([w for w in (*self._secondary(), self.next) if not w.isHidden()])

    def minimumSizeHint(self) -> QSize:  # Qt override: never wider than the widest button
        widest = max((w.minimumSizeHint().width() for w in (*self._secondary(), self.next)
                      if not w.isHidden()), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def _fit(self, width: int) -> None:
        arrangement = self.arrange(width)
        if arrangement != self.arrangement:
            self._place(arrangement)

    def resizeEvent(self, event) -> None:  # Qt override
        self._fit(event.size().width())
        super().resizeEvent(event)

    def event(self, event) -> bool:  # Qt override
        # A button shown, hidden or renamed (another page, "Personne suivante", a longer
        # Continuer) changes the room needed without resizing the row.
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit(self.width())
        return super().event(event)
