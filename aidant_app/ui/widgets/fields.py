"""A labelled input with its help and its error line, sized in characters."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from .signs import error_text
from .text import Para, hint


def sensitive_hints() -> QtCore.Qt.InputMethodHint:
    """Input hints for the person's values: no prediction, no learning, no capitals.

    A function, not a constant: `QtCore.Qt` is first used after the first window is painted
    (its enums cost about 40 ms to build; see ui/shell_layout.py).
    """
    flags = QtCore.Qt.InputMethodHint
    return flags.ImhSensitiveData | flags.ImhNoPredictiveText | flags.ImhNoAutoUppercase


def left_to_right(edit: QWidget) -> QWidget:
    """Keep `edit` left to right in a mirrored (right-to-left) interface.

    Everything the person types in Aidant is an identifier: an e-mail address, a number
    (social security, IBAN, postal code, a date), a code, a password, a login, a web
    address. In Arabic, Dari or Pashto the layout mirrors, but these stay as they are
    written on the card, the letter or the screen. tests/ui/test_right_to_left.py checks
    every input of every page and dialog.
    """
    edit.setLayoutDirection(QtCore.Qt.LayoutDirection.LeftToRight)
    return edit


class SizedEdit(QLineEdit):
    """A line edit about `chars` characters wide at the current text size (not the window's)."""

    def __init__(self, chars: int = 34) -> None:
        super().__init__()
        self._chars = chars
        left_to_right(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # Qt override
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("0") * (self._chars + 2) + 24,
                     hint.height())

    def minimumSizeHint(self) -> QSize:  # Qt override
        # Qt's is the font's widest glyph plus margins: in Arabic (ui/fonts.py) that is a
        # ligature 15 letters wide, and a two-digit box asked for 307 px at 200 %.
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.sizeHint().width()), hint.height())


class Field(QWidget):
    """A visible label, an input with that label as accessible name, and an error line."""

    def __init__(self, object_name: str, sensitive: bool = False,
                 parent: QWidget | None = None, edit: QLineEdit | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{object_name}Field")
        self.label = QLabel()
        self.label.setObjectName(f"{object_name}Label")
        self.label.setWordWrap(True)
        self.label.setProperty("heading", True)
        self.edit = edit or SizedEdit()
        self.edit.setObjectName(object_name)
        if sensitive:
            self.edit.setInputMethodHints(sensitive_hints())
        self.label.setBuddy(self.edit)
        self.help = hint(f"{object_name}Help")
        self.help.hide()
        self.error = Para(f"{object_name}Error")
        self.error.setProperty("fieldError", True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.help)
        self.line = QHBoxLayout()
        self.line.addWidget(self.edit)
        self.line.addStretch(1)
        layout.addLayout(self.line)
        layout.addWidget(self.error)

    def set_label(self, text: str, help_text: str = "") -> None:
        self.label.setText(text)
        self.edit.setAccessibleName(text)
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))

    def set_error(self, text: str) -> None:
        """Show the message under the field, with a sign (not colour alone), and say it."""
        self.error.setText(error_text(text))
        self.error.setVisible(bool(text))
        self.edit.setAccessibleDescription(text)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.set_error("")
