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


class Shell:
    """The shell's widgets, built once; the window holds one and wires it."""

    __slots__ = (
        "back_button",
        "banner",
        "busy_area",
        "button_row",
        "connection",
        "content",
        "error_area",
        "help_button",
        "next_button",
        "stack",
        "step_line",
        "steplist",
        "topbar",
    )

    topbar: TopBar
    steplist: StepList
    step_line: QLabel  # the step list as one line, for very large text
    banner: QLabel
    connection: ConnectionArea
    stack: QStackedWidget
    error_area: ErrorArea
    busy_area: BusyArea
    back_button: QPushButton
    help_button: QPushButton
    next_button: QPushButton
    button_row: ButtonRow
    content: QVBoxLayout  # beside the step list: step line, banner, page, messages, buttons


def build_shell(window: QMainWindow) -> Shell:
    """Create the shell's widgets inside `window` (its central widget) and return them."""
    shell = Shell()
    central = QWidget()
    outer = QVBoxLayout(central)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    shell.topbar = TopBar()
    outer.addWidget(shell.topbar)
    row = QHBoxLayout()
    row.setSpacing(0)
    shell.steplist = StepList()
    shell.steplist.setFixedWidth(250)  # words wrap; above 150 % the one-line form replaces it
    row.addWidget(shell.steplist)
    right = shell.content = QVBoxLayout()
    shell.step_line = _label("stepLine")
    shell.banner = _label("trainingBanner")
    shell.connection = ConnectionArea()
    shell.stack = QStackedWidget()
    shell.stack.setObjectName("pageStack")
    shell.error_area = ErrorArea()
    shell.busy_area = BusyArea()
    shell.back_button = _button("backButton")
    shell.help_button = _button("helpButton")
    shell.next_button = _button("nextButton")
    # On two rows when one is too narrow: a wider row would push the window off the screen.
    shell.button_row = ButtonRow(shell.back_button, shell.help_button, shell.next_button)
    for widget in (shell.step_line, shell.banner, shell.connection, shell.stack):
        right.addWidget(widget)
    right.setStretchFactor(shell.stack, 1)
    right.addWidget(shell.error_area)
    right.addWidget(shell.busy_area)
    right.addWidget(shell.button_row)
    row.addLayout(right, 1)
    outer.addLayout(row, 1)
    window.setCentralWidget(central)
    set_short(shell, False)
    return shell


def set_short(shell: Shell, short: bool) -> None:
    """Less room around the page on a screen short for the text size (theme.stylesheet):
    at 1024x600 and 200 % the margins and gaps alone took a tenth of the height."""
    gap = 6 if short else 12
    shell.content.setContentsMargins(24, 6 if short else 16, 24, 6 if short else 16)
    shell.content.setSpacing(gap)
    shell.button_row.set_spacing(8 if short else 12)
    shell.topbar.set_short(short)
