"""A line edit for a secret (a password): its text never reaches the accessibility bus."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

from .. import a11y_roles

# No prediction, no learning, no capitals, hidden from input methods.
_HINTS = (Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
          | Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhNoAutoUppercase)


class SecretEdit(QLineEdit):
    """A password field, masked until the person asks to see it.

    Whether a field is secret is decided by its class, once, at construction, not by its
    echo mode or a property set later: Qt builds a field's accessible interface the first
    time anything asks for it (a name set, a label's buddy, a focus event) and keeps it,
    so a plain field made secret afterwards went on sending each typed character on the
    AT-SPI bus. `a11y_roles.seal` replaces any interface built before, here and whenever
    the echo mode changes.
    """

    def __init__(self, chars: int = 34, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chars = chars
        super().setEchoMode(QLineEdit.EchoMode.Password)
        self.setInputMethodHints(_HINTS)
        self.setProperty("secret", True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Typed as it is written, also in a right-to-left interface (widgets.left_to_right).
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        a11y_roles.seal(self)

    def set_shown(self, shown: bool) -> None:
        """Show the characters (the person ticked "Afficher"); still a secret for the bus."""
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def setEchoMode(self, mode: QLineEdit.EchoMode) -> None:  # Qt override, from Python
        super().setEchoMode(mode)
        a11y_roles.seal(self)

    def sizeHint(self) -> QSize:  # Qt override
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("0") * (self._chars + 2) + 24,
                     hint.height())

    def minimumSizeHint(self) -> QSize:  # Qt override
        # Qt's is the font's widest glyph plus margins (an Arabic ligature: SizedEdit's).
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.sizeHint().width()), hint.height())
