"""Builds the shell's widgets: top bar, step list, banner, page stack, message areas, buttons."""

from __future__ import annotations

# `QtCore.Qt`, never `from PySide6.QtCore import Qt`, in the code that builds the first
# window: PySide6 builds every Python enum of the Qt namespace (about 40 ms) on its first use,
# so these modules set such enums by name (setProperty) and use `QtCore.Qt` only later.
from PySide6 import QtCore
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .statusareas import BusyArea, ConnectionArea, ErrorArea
from .steplist import StepList
from .topbar import TopBar


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.setAutoDefault(False)  # Enter is handled by the window (window.keyPressEvent)
    return button


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def build_shell(window: QMainWindow) -> None:
    """Create the shell's widgets as attributes of `window`; the window wires them."""
    central = QWidget()
    outer = QVBoxLayout(central)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    window.topbar = TopBar()
    outer.addWidget(window.topbar)
    row = QHBoxLayout()
    row.setSpacing(0)
    window.steplist = StepList()
    window.steplist.setFixedWidth(250)  # words wrap; above 150 % the one-line form replaces it
    row.addWidget(window.steplist)
    right = QVBoxLayout()
    right.setContentsMargins(24, 16, 24, 16)
    right.setSpacing(12)
    window.step_line = _label("stepLine")  # the step list as one line, for very large text
    window.banner = _label("trainingBanner")
    window.connection = ConnectionArea()
    window.stack = QStackedWidget()
    window.stack.setObjectName("pageStack")
    window.loading = QLabel()  # shown for the instant before the first page is built
    window.loading.setObjectName("loadingLabel")
    window.stack.addWidget(window.loading)
    window.error_area = ErrorArea()
    window.busy_area = BusyArea()
    buttons = QHBoxLayout()
    buttons.setSpacing(12)
    window.back_button = _button("backButton")
    window.help_button = _button("helpButton")
    window.next_button = _button("nextButton")
    buttons.addWidget(window.back_button)
    buttons.addWidget(window.help_button)
    buttons.addStretch(1)
    buttons.addWidget(window.next_button)
    for widget in (window.step_line, window.banner, window.connection, window.stack):
        right.addWidget(widget)
    right.setStretchFactor(window.stack, 1)
    right.addWidget(window.error_area)
    right.addWidget(window.busy_area)
    right.addLayout(buttons)
    row.addLayout(right, 1)
    outer.addLayout(row, 1)
    window.setCentralWidget(central)


def _tabbable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & QtCore.Qt.FocusPolicy.TabFocus.value) \
        and widget.isVisible() and widget.isEnabled()


def first_tabbable(page: QWidget) -> QWidget | None:
    """The page's first Tab stop, following the page's own tab order.

    Walks only as far as needed: the whole window's focus chain would also wrap the scroll
    bars and combo box internals Qt made, which costs 10-30 ms the first time.
    """
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        if _tabbable(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def tab_cycle(window: QMainWindow) -> list[QWidget]:
    """What Tab visits, in order: the page, then the message and the buttons under it (the
    way on), then the top bar; then the page again. The page's scroll area is no stop.

    Pages join the window after the shell, so Qt's own focus chain would go from the page
    to the top bar first; the page's own order (its setTabOrder calls) is kept.
    """
    scroll = window.stack.currentWidget()
    page: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and widget is not None:
        if scroll is not None and scroll.isAncestorOf(widget) and _tabbable(widget):
            page.append(widget)
        widget = widget.nextInFocusChain()
    bar, connection = window.topbar, window.connection
    shell = [window.error_area, window.back_button, window.help_button, window.next_button,
             bar.smaller, bar.larger, bar.contrast, bar.language, bar.settings,
             connection.retry, connection.settings]
    return page + [widget for widget in shell if _tabbable(widget)]


def move_tab_focus(window: QMainWindow, forward: bool) -> bool:
    """Tab (or Shift+Tab) along tab_cycle(); False when the focus is elsewhere (Qt decides)."""
    cycle = tab_cycle(window)
    focus = QApplication.focusWidget()
    if not cycle or focus is None or focus not in cycle:
        return False
    target = cycle[(cycle.index(focus) + (1 if forward else -1)) % len(cycle)]
    target.setFocus(QtCore.Qt.FocusReason.TabFocusReason if forward
                    else QtCore.Qt.FocusReason.BacktabFocusReason)
    scroll = window.stack.currentWidget()
    if isinstance(scroll, QScrollArea) and scroll.isAncestorOf(target):
        scroll.ensureWidgetVisible(target, 0, 24)
    return True


def scroll_page(scroll: QScrollArea, down: bool) -> None:
    """One screen down or up (Page Down / Page Up), wherever the keyboard focus is."""
    bar = scroll.verticalScrollBar()
    bar.setValue(bar.value() + (bar.pageStep() if down else -bar.pageStep()))
