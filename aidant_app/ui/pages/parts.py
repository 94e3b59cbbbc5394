"""Small building blocks shared by the journey pages: texts, fields, buttons, countdowns."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..typography import ADDRESS, ZWSP, breakable_addresses, keep_together
from .wrapping import FlowRow, WrapButton  # parts.WrapButton: pages and dialogs use parts.*

if TYPE_CHECKING:  # imported when a page needs them: the start page (first window) does not
    import datetime as dt

MAX_CHARS_PER_LINE = 70
CLIPBOARD_CLEAR_MS = 30_000


def sensitive_hints() -> QtCore.Qt.InputMethodHint:
    """Input hints for the person's values: no prediction, no learning, no capitals.

    A function, not a constant: `QtCore.Qt` is first used after the first window is painted
    (its enums cost about 40 ms to build; see ui/shell_layout.py).
    """
    hint = QtCore.Qt.InputMethodHint
    return hint.ImhSensitiveData | hint.ImhNoPredictiveText | hint.ImhNoAutoUppercase


# --- times -------------------------------------------------------------------------------------


def parse_time(value: object) -> dt.datetime | None:
    """A timezone-aware datetime from a datetime or an ISO string; None when absent."""
    import datetime as dt

    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        when = value
    else:
        try:
            when = dt.datetime.fromisoformat(str(value))
        except ValueError:
            return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def iso(value: object) -> str | None:
    when = parse_time(value)
    return when.isoformat() if when else None


def seconds_until(value: object) -> int:
    import datetime as dt

    when = parse_time(value)
    if when is None:
        return 0
    return max(0, int((when - dt.datetime.now(dt.UTC)).total_seconds() + 0.999))


# --- the system browser and the clipboard -------------------------------------------------------


def open_url(url: str) -> bool:
    """Open an address in the system browser (tests replace this function); when none
    opens, say so and offer to copy the address (ui/no_browser.py)."""
    # Imported here: building QUrl's enums is paid on the first link, not before the first
    # window (scripts/bench_startup.py).
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    if QDesktopServices.openUrl(QUrl(url)):
        return True
    from ..no_browser import say_no_browser

    say_no_browser(url)
    return False


def copy_for_a_while(text: str) -> None:
    """Put text on the clipboard because the person asked; clear it after 30 s if unchanged."""
    from ..clipboard import private_text

    clipboard = QGuiApplication.clipboard()
    clipboard.setMimeData(private_text(text))  # out of clipboard histories (clipboard.py)

    def clear_if_unchanged() -> None:
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(CLIPBOARD_CLEAR_MS, clear_if_unchanged)


# --- widgets --------------------------------------------------------------------------------------



class Para(QLabel):
    """A paragraph: wrapped, plain text, at most ~70 characters per line at any text size.

    `selectable` only where the text holds a value the person may copy (an address, a
    code): a selectable label lays its text out through a whole QTextDocument, several times
    slower to build and to resize than a plain one, and on Linux what is selected goes to
    the system's selection buffer, outside the app.
    """

    def __init__(self, object_name: str = "", parent: QWidget | None = None,
                 rich: bool = False, selectable: bool = False, alert: bool | None = None,
                 live: bool = False) -> None:
        super().__init__(parent)
        self._texts = ("", "")  # the text shown, without and with places to break addresses
        if object_name:
            self.setObjectName(object_name)
        self.setWordWrap(True)
        self._rich, self._selectable = rich, selectable
        # None: a text starting with "⚠" is an error (styled, scrolled into view, said);
        # False for a paragraph of standing warnings ("watch out"), not a problem that
        # just happened.
        self.alert = alert
        # live: each new text is news to say ("Un nouveau code est parti"); a text starting
        # with "✔" always is ("✔ Aide-mémoire enregistré"). Said politely, not scrolled to.
        self.live = live
        # Enums set by name: no `Qt` before the first window is painted (ui/shell_layout.py).
        self.setProperty("textFormat", "RichText" if rich else "PlainText")
        if selectable:
            self.setProperty("textInteractionFlags", "TextSelectableByMouse")
        self.setProperty("focusPolicy", "NoFocus")  # text, not a control: Tab skips it
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._fit()
        self.hide()  # shown by setText once it has something to say

    def clear(self) -> None:  # Qt override: through setText so that it hides too
        self.setText("")

    def text(self) -> str:  # Qt override: the words, without the places an address may break
        return super().text().replace(ZWSP, "")

    def _needs_breaks(self, width: int) -> bool:
        """Whether an address of this text is wider than `width`: then it may break."""
        shown, breakable = self._texts
        if shown == breakable:
            return False
        metrics = self.fontMetrics()
        return any(metrics.horizontalAdvance(address) > width
                   for address in ADDRESS.findall(shown))

    def _choose_breaks(self) -> None:
        """The text with or without places to break its addresses, for the width it has now
        (always breaking one cut it at its "@" when the whole address fitted on the next
        line, which is harder to read)."""
        wanted = self._texts[self._needs_breaks(self.contentsRect().width())]
        if wanted != super().text():
            QLabel.setText(self, wanted)  # the same words: nothing to say or style again

    def minimumSizeHint(self) -> QSize:  # Qt override: an address may break if it must
        hint = super().minimumSizeHint()
        shown, breakable = self._texts
        if shown == breakable:
            return hint
        metrics = self.fontMetrics()
        # Lines break at spaces and the address's breaks; never at keep_together's no-break
        # spaces (str.split() would split there too).
        pieces = re.split(f"[ \n{ZWSP}]", breakable)
        narrowest = max((metrics.horizontalAdvance(piece) for piece in pieces), default=0)
        margins = self.contentsMargins()
        return QSize(min(hint.width(), narrowest + margins.left() + margins.right()),
                     hint.height())

    def _fit(self) -> None:
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * MAX_CHARS_PER_LINE)

    def setText(self, text: str) -> None:  # Qt override: an empty paragraph takes no room
        before = self.text()
        shown = text if self._rich else keep_together(text)
        # An e-mail address breaks only when it does not fit on a line of its own (see
        # _choose_breaks); a selectable one never: the breaks would be copied with it.
        breakable = shown if self._rich or self._selectable else breakable_addresses(shown)
        self._texts = (shown, breakable)
        self._choose_breaks()
        if not text:
            self.hide()
        elif self.parentWidget() is not None:
            self.show()
        is_error = bool(text) and (text.lstrip().startswith("⚠") if self.alert is None
                                   else self.alert)
        if is_error and not self.property("fieldError"):
            self.setProperty("fieldError", True)  # the error style, whoever set the text
            self.style().unpolish(self)
            self.style().polish(self)
        if is_error and self.text() != before:
            reveal(self, text)
        elif text and self.text() != before and (self.live or text.lstrip().startswith("✔")):
            window = self.window()
            if window is not None and window.isVisible() and self.isVisibleTo(window):
                from ..announce import announce

                announce(self, text)

    def resizeEvent(self, event) -> None:  # Qt override
        # Layouts inside scroll areas do not always ask a wrapped label for its height at
        # its real width; without this, long sentences get cut at 200 % text.
        super().resizeEvent(event)
        self._choose_breaks()
        floor = self.minimumHeight()
        if floor:
            # QLabel never answers heightForWidth below the minimum height: without this,
            # a height set while the label was narrow (two lines) would stay for good and
            # leave a blank line under a one-line heading.
            self.setMinimumHeight(0)
        needed = self.heightForWidth(self.width())
        if needed > 0:
            self.setMinimumHeight(needed)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
            # The height kept for the old text size is stale (smaller text after A-):
            # let the next resize compute it again.
            self.setMinimumHeight(0)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._choose_breaks()  # larger text, same width: an address may no longer fit


def reveal(widget: QWidget, message: str = "") -> None:
    """An error just shown: scroll its page so that it is in view, and say it at once.

    Below the fold, in a page that does not move, a person thinks nothing happened."""
    from ..announce import announce

    window = widget.window()
    if window is None or not window.isVisible() or not widget.isVisibleTo(window):
        return  # a page built in advance, or hidden: shown later, at its top
    announce(widget, (message or widget.text()).lstrip("⚠ ").strip(), assertive=True)

    def scroll_to() -> None:
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None or not widget.isVisible():
            return
        # A field's error: its field first (label, the box and what is typed in it), then
        # the error, so that both show when they fit; the error alone would push the box
        # off the top of a short view (1024x600 at 200 % text). Margins shrink with it.
        margin = min(48, area.viewport().height() // 10)
        holder = widget.parentWidget()
        if holder is not None and holder is not area.widget():
            area.ensureWidgetVisible(holder, 0, margin)
        area.ensureWidgetVisible(widget, 0, margin)

    QTimer.singleShot(0, widget, scroll_to)  # once laid out: the line may have just appeared


def heading(object_name: str = "", selectable: bool = False) -> Para:
    label = Para(object_name, selectable=selectable)
    label.setProperty("heading", True)
    return label


def hint(object_name: str = "") -> Para:
    label = Para(object_name)
    label.setProperty("hint", True)
    return label


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


def set_text(widget: QWidget, text: str) -> None:
    """Visible text and accessible name together, so screen readers say what is shown."""
    if hasattr(widget, "setText"):
        widget.setText(text)
    widget.setAccessibleName(text.replace("&", ""))


class Details(QWidget):
    """A long section behind one button ("Plus d'aide"): closed, a page fits a small screen
    at large text; open, the section shows right under its button. The button says which
    it is in words ("▸" / "▾" and "afficher" / "masquer" for screen readers)."""

    def __init__(self, object_name: str, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{object_name}Details")
        self.toggle = button(f"{object_name}Toggle")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._shown)
        self.content = content
        self._summary = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row(self.toggle))
        layout.addWidget(content)
        content.hide()

    def set_summary(self, text: str) -> None:
        self._summary = text
        self._label()

    def open(self) -> None:
        self.toggle.setChecked(True)

    def close(self) -> None:  # not QWidget.close: folds the section
        self.toggle.setChecked(False)

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def _shown(self, shown: bool) -> None:
        self.content.setVisible(shown)
        self._label()

    def _label(self) -> None:
        shown = self.toggle.isChecked()
        self.toggle.setText(f"{'▾' if shown else '▸'} {self._summary}")
        self.toggle.setAccessibleName(self._summary)
        self.toggle.setAccessibleDescription(
            QtCore.QCoreApplication.translate("Details", "Ouvert : appuyez pour masquer.") if shown
            else QtCore.QCoreApplication.translate("Details", "Fermé : appuyez pour afficher."))


def fold(object_name: str, *widgets: QWidget) -> Details:
    """`widgets` behind one "Plus d'aide"-style button (a Para shows itself when its text
    is set: a holder keeps it folded)."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return Details(object_name, holder)


def enter_presses(edit: QLineEdit, button: QPushButton) -> None:
    """Enter in `edit` presses `button` (when it can be pressed): the field's own action."""
    def press() -> None:
        if button.isVisible() and button.isEnabled():
            button.click()

    edit.returnPressed.connect(press)


def tab_chain(owner: QWidget, widgets: list[QWidget]) -> None:
    """Tab moves through `widgets` in this order (the reading order of the page)."""
    for first, second in itertools.pairwise(widgets):
        owner.setTabOrder(first, second)


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


class SizedEdit(QLineEdit):
    """A line edit about `chars` characters wide at the current text size (not the window's)."""

    def __init__(self, chars: int = 34) -> None:
        super().__init__()
        self._chars = chars
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # Qt override
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("0") * (self._chars + 2) + 24,
                     hint.height())


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
        self.error.setText(f"⚠ {text}" if text else "")
        self.error.setVisible(bool(text))
        self.edit.setAccessibleDescription(text)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.set_error("")


class Countdown(QObject):
    """Keeps a button disabled until a moment, showing the seconds left in its label."""

    finished = Signal()

    def __init__(self, target: QPushButton, label: Callable[[int], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent or target)
        self._target, self._label = target, label
        self._until: dt.datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    def start(self, until: object) -> None:
        """until: a datetime, an ISO string, or a number of seconds from now."""
        import datetime as dt

        if isinstance(until, (int, float)):
            until = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=float(until))
        self._until = parse_time(until)
        self._timer.start()
        self._tick()

    def stop(self) -> None:
        self._timer.stop()
        self._until = None
        self._tick()

    def remaining(self) -> int:
        return seconds_until(self._until)

    def refresh(self) -> None:
        self._tick()

    def _tick(self) -> None:
        left = self.remaining()
        set_text(self._target, self._label(left))
        self._target.setEnabled(left == 0)
        if left == 0 and self._timer.isActive():
            self._timer.stop()
            self.finished.emit()
