"""Buttons: the page's buttons, a column of answers, and Enter in a field pressing one."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .wrapping import WrapButton


def button(object_name: str, primary: bool = False) -> QPushButton:
    widget = WrapButton()
    widget.setObjectName(object_name)
    widget.setAutoDefault(True)  # Enter activates the focused button
    if primary:
        widget.setProperty("primary", True)
    widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return widget


def button_column(buttons: list[QPushButton], spacing: int = 16) -> QWidget:
    """Answer buttons one under the other, all as wide as the widest (at any text size)."""
    column = QWidget()
    # Not a fixed height: a label that wraps (WrapButton) makes its button taller.
    column.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for widget in buttons:
        widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(widget)
    return column


def enter_presses(edit: QLineEdit, button: QPushButton) -> None:
    """Enter in `edit` presses `button` (when it can be pressed): the field's own action."""
    def press() -> None:
        if button.isVisible() and button.isEnabled():
            button.click()

    edit.returnPressed.connect(press)
