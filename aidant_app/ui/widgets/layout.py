"""How widgets are placed: rows that wrap, the Tab order, and a dialog's scrolling body."""

from __future__ import annotations

import itertools

from PySide6 import QtCore
from PySide6.QtWidgets import QHBoxLayout, QLayout, QScrollArea, QVBoxLayout, QWidget

from .wrapping import FlowRow


def row(*widgets: QWidget, stretch: bool = True) -> QLayout:
    """One widget at the left; several side by side, going on to the next line when they
    do not fit (FlowRow)."""
    if len(widgets) > 1:
        flow = FlowRow()
        for widget in widgets:
            flow.addWidget(widget)
        return flow
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return layout


def tab_chain(owner: QWidget, widgets: list[QWidget]) -> None:
    """Tab moves through `widgets` in this order (the reading order of the page)."""
    for first, second in itertools.pairwise(widgets):
        owner.setTabOrder(first, second)


def scroll_body(object_name: str) -> tuple[QScrollArea, QVBoxLayout]:
    """A dialog's text and fields in a scroll area, its buttons left outside it: on a screen
    short for the text size (1024x600 at 200 %) the text scrolls, and the buttons stay in
    view instead of the dialog growing taller than the screen."""
    from PySide6.QtWidgets import QFrame

    area = QScrollArea()
    area.setObjectName(object_name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # not a Tab stop; its fields are
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 0, 0)
    area.setWidget(content)
    return area, layout
