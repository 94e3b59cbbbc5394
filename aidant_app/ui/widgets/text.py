"""Paragraphs, headings and hints: wrapped plain text that says its errors and its news."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, QTimer
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QWidget

from ...rules.bidi import strip_marks
from ..typography import NBSP, ZWSP, address_pattern, breakable_addresses, keep_together

MAX_CHARS_PER_LINE = 70


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
        # The text's own height by width, in this font; by width and minimum height where
        # the minimum hid it.
        self._heights: dict[int | tuple[int, int], int] = {}
        if object_name:
            self.setObjectName(object_name)
        self.setWordWrap(True)
        self._rich, self._selectable = rich, selectable
        # None: a text starting with "⚠" is an error (styled, scrolled into view, said;
        # widgets/signs.py's error_text puts the sign);
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
        # and with keep_together's no-break spaces as the spaces they stand for (copied or
        # compared, "36 46" is "36 46").
        return super().text().replace(ZWSP, "").replace(NBSP, " ")

    def _needs_breaks(self, width: int) -> bool:
        """Whether an address of this text is wider than `width`: then it may break."""
        shown, breakable = self._texts
        if shown == breakable:
            return False
        metrics = self.fontMetrics()
        return any(metrics.horizontalAdvance(address) > width
                   for address in address_pattern().findall(shown))

    def _choose_breaks(self) -> None:
        """The text with or without places to break its addresses, for the width it has now
        (always breaking one cut it at its "@" when the whole address fitted on the next
        line, which is harder to read)."""
        wanted = self._texts[self._needs_breaks(self.contentsRect().width())]
        if wanted != super().text():
            self._heights.clear()
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

    def heightForWidth(self, width: int) -> int:  # Qt override: remembered per width
        # Qt's layouts ask each paragraph its height some 20 times for 5 or 6 widths while
        # the first window is laid out (every setMinimumHeight, here and in its neighbours,
        # clears the layouts' own memory), and QLabel lays its whole text out each time.
        # QLabel never answers less than the minimum height (_fit_height sets it): what is
        # kept is the text's own height, known when the answer is more than that minimum.
        least = self.minimumHeight()
        height = self._heights.get(width) or self._heights.get((width, least))
        if height is None:
            height = super().heightForWidth(width)
            # More than the minimum: the text's own height, for any minimum.
            self._heights[width if height > least else (width, least)] = height
        return max(height, least)

    def _fit(self) -> None:
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * MAX_CHARS_PER_LINE)

    def setText(self, text: str) -> None:  # Qt override: an empty paragraph takes no room
        before = self.text()
        shown = text if self._rich else keep_together(text)
        # An e-mail address breaks only when it does not fit on a line of its own (see
        # _choose_breaks); a selectable one never: the breaks would be copied with it.
        breakable = shown if self._rich or self._selectable else breakable_addresses(shown)
        self._texts = (shown, breakable)
        self._heights.clear()
        self._choose_breaks()
        if self.minimumHeight():
            # The height kept for the text before (two lines) would stay under a shorter
            # one until the next resize: a blank line under a path's title after switching
            # paths on the recovery page at 200 %. Measured again at the same width.
            self._fit_height()
        if not text:
            self.hide()
        elif self.parentWidget() is not None:
            self.show()
        # Seen through the bidi marks: a right-to-left translation starts with one (bidi.py).
        bare = strip_marks(text).lstrip() if text else ""
        is_error = bool(text) and (bare.startswith("⚠") if self.alert is None else self.alert)
        if is_error and not self.property("fieldError"):
            self.setProperty("fieldError", True)  # the error style, whoever set the text
            self.style().unpolish(self)
            self.style().polish(self)
        if is_error and self.text() != before:
            reveal(self, text)
        elif text and self.text() != before and not self.property("quiet") and (
                self.live or bare.startswith("✔")):
            window = self.window()
            if window is not None and window.isVisible() and self.isVisibleTo(window):
                from ..announce import announce

                announce(self, text)

    def resizeEvent(self, event) -> None:  # Qt override
        # Layouts inside scroll areas do not always ask a wrapped label for its height at
        # its real width; without this, long sentences get cut at 200 % text.
        super().resizeEvent(event)
        self._choose_breaks()
        self._fit_height()

    def _fit_height(self) -> None:
        """The minimum height the text needs at the width the label has now."""
        if self.minimumHeight():
            # QLabel never answers heightForWidth below the minimum height: without this,
            # a height set while the label was narrow (two lines) would stay for good and
            # leave a blank line under a one-line heading.
            self.setMinimumHeight(0)
        needed = self.heightForWidth(self.width())
        if needed > 0:
            self.setMinimumHeight(needed)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.ContentsRectChange):
            self._heights.clear()  # other letters, or another padding or border
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

    def scroll_to(area: QScrollArea) -> None:
        if not widget.isVisible():
            return
        # A field's error: the whole field (label, help, box) with its error when they fit
        # in the view; else the box with the error; else the error alone. The error alone
        # pushed the box off the top of a short view (1024x600 at 200 % text), and a
        # field taller than the view was shown from its label, the box above the error cut.
        content, view = area.widget(), area.viewport().height()
        margin = min(48, view // 10)
        bar = area.verticalScrollBar()
        bottom = widget.mapTo(content, QPoint(0, widget.height())).y()
        holder = widget.parentWidget()
        tops = [bottom - widget.height()]
        if holder is not None and holder is not content:
            edit = getattr(holder, "edit", None)
            if isinstance(edit, QWidget) and edit.isVisible():
                tops.insert(0, edit.mapTo(content, QPoint(0, 0)).y())
            tops.insert(0, holder.mapTo(content, QPoint(0, 0)).y())
        top = next((t for t in tops if bottom - t + 2 * margin <= view), tops[-1])
        if top - margin < bar.value() or bottom - top + 2 * margin > view:
            bar.setValue(top - margin)
        elif bottom + margin > bar.value() + view:
            bar.setValue(bottom + margin - view)

    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        _Follow(area, scroll_to)


class _Follow(QObject):
    """Scrolls to an error now, once laid out, and again while the view is still changing
    size (the busy line and the "why Continuer is grey" line go away after a call): scrolled
    in a view that then grew, the box above the error was left cut. Gives up after a second,
    or as soon as the person scrolls themselves."""

    def __init__(self, area: QScrollArea, scroll_to) -> None:
        super().__init__(area)
        self._area, self._scroll_to, self._set = area, scroll_to, None
        area.viewport().installEventFilter(self)
        QTimer.singleShot(0, self, self._apply)
        QTimer.singleShot(1000, self, self._stop)

    def _apply(self) -> None:
        bar = self._area.verticalScrollBar()
        if self._set is not None and bar.value() != self._set:
            self._stop()  # the person scrolled: leave the view where they put it
            return
        try:
            self._scroll_to(self._area)
        except RuntimeError:  # the error's label is gone (the page was cleared)
            self._stop()
            return
        self._set = bar.value()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Resize and self._set is not None:
            QTimer.singleShot(0, self, self._apply)
        return False

    def _stop(self) -> None:
        self._area.viewport().removeEventFilter(self)
        self.deleteLater()


def heading(object_name: str = "", selectable: bool = False) -> Para:
    label = Para(object_name, selectable=selectable)
    label.setProperty("heading", True)
    return label


def hint(object_name: str = "") -> Para:
    label = Para(object_name)
    label.setProperty("hint", True)
    return label


def set_text(widget: QWidget, text: str) -> None:
    """Visible text and accessible name together, so screen readers say what is shown."""
    if hasattr(widget, "setText"):
        widget.setText(text)
    widget.setAccessibleName(text.replace("&", ""))
