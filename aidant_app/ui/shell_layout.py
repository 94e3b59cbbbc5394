"""Builds the shell's widgets: top bar, step list, banner, page stack, message areas, buttons."""

from __future__ import annotations

# No `Qt` enums in the code that builds the first window: PySide6 builds every Python enum
# of the Qt namespace (about 40 ms) on its first use, so these modules set such enums by name
# (setProperty), and the code that runs later uses `QtCore.Qt` (ui/keyboard.py).
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .button_row import ButtonRow
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
    window.back_button = _button("backButton")
    window.help_button = _button("helpButton")
    window.next_button = _button("nextButton")
    # On two rows when one is too narrow: a wider row would push the window off the screen.
    window.button_row = ButtonRow(window.back_button, window.help_button, window.next_button)
    for widget in (window.step_line, window.banner, window.connection, window.stack):
        right.addWidget(widget)
    right.setStretchFactor(window.stack, 1)
    right.addWidget(window.error_area)
    right.addWidget(window.busy_area)
    right.addWidget(window.button_row)
    row.addLayout(right, 1)
    outer.addLayout(row, 1)
    window.setCentralWidget(central)

