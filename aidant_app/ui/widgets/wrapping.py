"""Widgets that go on to the next line when they are narrower than their content."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLayout, QPushButton, QSizePolicy, QWidget

# Qt.TextShowMnemonic as a plain number: the start page's buttons measure their labels
# before the first window is painted, when `Qt` enums are not built yet (ui/shell_layout.py).
_SHOW_MNEMONIC = 0x0800


def wrap_words(text: str, width: int, advance: Callable[[str], int]) -> list[str]:
    """`text` in lines no wider than `width` where it can (a word longer stays whole), cut
    at plain spaces only: keep_together's no-break spaces hold « » and : to their word."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and advance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


class WrapButton(QPushButton):
    """A push button whose label goes on several lines when it is narrower than the label.

    QPushButton never wraps: its minimum width is its whole label, so one long label
    ("Je ne trouve pas le message, ou l'adresse est fausse" at 200 % text) made its page
    wider than a 1024 px screen and the page's text was cut at the right edge. This one
    needs only its longest word; narrower than its label, it is drawn on more lines and
    asks for that height (heightForWidth). text() stays the whole label, on one line.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        # Not QPushButton(text, parent): choosing among its overloads builds QIcon's enums
        # before the first window is painted.
        super().__init__(parent)
        if text:
            self.setText(text)
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setSizePolicy(self, *args) -> None:  # Qt override: keep asking for heightForWidth
        policy = QSizePolicy(*args) if len(args) == 2 else QSizePolicy(args[0])
        if policy.verticalPolicy() == QSizePolicy.Policy.Fixed:
            # A fixed height is the one-line height: a wrapped label would be cut.
            policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        super().setSizePolicy(policy)

    def _label_size(self, text: str) -> QSize:
        """The size of `text` as QPushButton measures its label (each line of it)."""
        return self.fontMetrics().size(_SHOW_MNEMONIC, text or "XXXX")

    def _lines(self, width: int) -> list[str]:
        """The label in lines for a button `width` pixels wide (one: as QPushButton draws)."""
        text, hint = self.text(), self.sizeHint()
        if width >= hint.width() - 1 or not text:
            return [text]
        # What the button adds around its label (padding, border, default frame).
        around = hint.width() - self._label_size(text).width()
        return wrap_words(text, width - around, self.fontMetrics().horizontalAdvance)

    def minimumSizeHint(self) -> QSize:  # Qt override: the longest word, not the whole label
        # The whole label's hint less what the other words add: the style's padding stays.
        # (Not QStyle.sizeFromContents: QStyle's enums cost about 15 ms to build, and the
        # start page's buttons are measured before the first window is painted.)
        text = self.text()
        longest = max(text.replace("\n", " ").split(" "),
                      key=self.fontMetrics().horizontalAdvance, default="")
        whole = super().minimumSizeHint()
        spare = self._label_size(text).width() - self._label_size(longest).width()
        return QSize(whole.width() - max(0, spare), whole.height())

    # No hasHeightForWidth override: the size policy says so (setSizePolicy above), and
    # Qt reads it without calling into Python, which layouts do about 50 times a window.

    def heightForWidth(self, width: int) -> int:  # Qt override
        lines = self._lines(width)
        if len(lines) < 2:
            return self.sizeHint().height()
        # The lines added, on top of the height QPushButton gives its own label.
        extra = self._label_size("\n".join(lines)).height() - self._label_size(self.text()).height()
        return self.sizeHint().height() + extra

    def paintEvent(self, event) -> None:  # Qt override
        lines = self._lines(self.width())
        if len(lines) < 2:
            super().paintEvent(event)
            return
        from PySide6.QtWidgets import QStyle, QStyleOptionButton, QStylePainter

        # What QPushButton.paintEvent does, with the label on several lines.
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = "\n".join(lines)
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


class FlowRow(QLayout):
    """Widgets left to right, going on to the next line when the next one does not fit.

    A QHBoxLayout is as wide as all its widgets together: a check box and a button side by
    side made the account form wider than a 1024 px screen at 200 % text. This one needs the
    widest widget only, and asks for the height of the lines it makes (heightForWidth).
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # Qt override
        self._items.append(item)

    def count(self) -> int:  # Qt override
        return len(self._items)

    def itemAt(self, index: int):  # Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # Qt override: never wider or taller than it needs
        return QtCore.Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        return self._place(QtCore.QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect) -> None:  # Qt override
        super().setGeometry(rect)
        self._place(rect, move=True)

    def _shown(self) -> list:
        return [item for item in self._items if not item.isEmpty()]

    def sizeHint(self) -> QSize:  # Qt override: all on one line
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self.spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # Qt override: one widget a line
        size = QSize(0, 0)
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect, move: bool) -> int:
        """Lay the widgets out in `rect` (or only measure); the height used."""
        x, y, line_height = rect.x(), rect.y(), 0
        right = rect.x() + rect.width()
        for item in self._shown():
            hint = item.sizeHint()
            width = max(min(hint.width(), rect.width()), item.minimumSize().width())
            if x > rect.x() and x + width > right:
                x, y, line_height = rect.x(), y + line_height + self.spacing(), 0
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            height = max(height, item.minimumSize().height())
            if move:
                item.setGeometry(QtCore.QRect(x, y, width, height))
            x += width + self.spacing()
            line_height = max(line_height, height)
        return y + line_height - rect.y()
