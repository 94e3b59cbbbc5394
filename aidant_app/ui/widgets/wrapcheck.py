"""A check box whose long text wraps (QCheckBox never wraps, which cuts sentences at 200 %)."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..typography import keep_together


class _ClickableLabel(QLabel):
    def __init__(self, box: QCheckBox) -> None:
        super().__init__()
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == QtCore.Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
            self._box.setFocus(QtCore.Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class WrapCheck(QWidget):
    """`box` is the real check box (focus, Space, accessible name); `label` shows the text."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{object_name}Row")
        self.box = QCheckBox()
        self.box.setObjectName(object_name)
        self.box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.label = _ClickableLabel(self.box)
        self.label.setObjectName(f"{object_name}Text")
        self.label.setWordWrap(True)
        self.label.setProperty("textFormat", "PlainText")  # by name: see ui/shell_layout.py
        self.label.setMaximumWidth(900)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QVBoxLayout()  # the box at the top of the text (a stretch, not a Qt alignment)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.box)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.label, 100)
        # Room beyond the text's widest line goes after it: not between the box and its text.
        layout.addStretch(1)

    def setText(self, text: str) -> None:
        self.label.setText(keep_together(text))
        self.box.setAccessibleName(text)
