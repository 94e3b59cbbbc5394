"""The shell's keyboard: each page's first control, Tab along the page then the shell,
Enter to move on, Page Up / Page Down to scroll a long page."""

from __future__ import annotations

# `QtCore.Qt` rather than `from PySide6.QtCore import Qt`: the first window is painted
# before PySide6 builds the Qt namespace's enums (ui/shell_layout.py).
from PySide6 import QtCore
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QMainWindow,
    QRadioButton,
    QScrollArea,
    QWidget,
)


def _tabbable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & QtCore.Qt.FocusPolicy.TabFocus.value) \
        and widget.isVisible() and widget.isEnabled()


def first_tabbable(page: QWidget) -> QWidget | None:
    """The page's first Tab stop, following the page's own tab order.

    Walks only as far as needed: the whole window's focus chain would also wrap the scroll
    bars and combo box internals Qt made, which costs 10-30 ms the first time.
    "Écouter" and "Répéter" beside the title are not the page's first control: the focus
    goes to the page's own first one, and Écouter is one Shift+Tab before it.
    """
    speech = getattr(page, "speech_buttons", tuple)()
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        if _tabbable(widget) and widget not in speech:
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
             *connection.buttons()]
    return page + [widget for widget in shell if _tabbable(widget)]


def move_tab_focus(window: QMainWindow, forward: bool) -> bool:
    """Tab (or Shift+Tab) along tab_cycle(); False when the focus is elsewhere (Qt decides)."""
    cycle = tab_cycle(window)
    focus = QApplication.focusWidget()
    page = window.current_page
    if cycle and page is not None and focus is page.title_label:
        # The title got the focus because the page's first control was below the fold.
        first = page.first_focus()
        target = (first if first in cycle else cycle[0]) if forward else cycle[-1]
    elif not cycle or focus is None or focus not in cycle:
        return False
    else:
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


class Keyboard:
    """The window's keyboard handling, as a part of it (composition): the window forwards
    its keyPressEvent and focusNextPrevChild here and asks it to focus a page's first control.
    It reads the window's current page, its scroll areas and calls its go_next()."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window

    def focus_first(self, page) -> None:
        window = self.window
        if page is not window.current_page or not page.isVisible():
            return
        focus = QApplication.focusWidget()
        if focus is None or not page.isAncestorOf(focus):
            first = page.first_focus()
            if first is not None and first.isVisible() and first.isEnabled():
                # The page named its first control: no walk of the focus chain, and no use
                # of the `Qt` enums before the first window is painted (shell_layout.py).
                first.setFocus()
            else:
                first = first_tabbable(page)
                reason = QtCore.Qt.FocusReason.TabFocusReason
                if first is not None:
                    first.setFocus(reason)
                else:
                    page.setFocus(reason)
                    page.focusNextChild()
            focus = QApplication.focusWidget()
        # A page opens at its top, title showing. When its first control is below the fold
        # (small screen, large text), the title takes the focus instead: a screen reader
        # reads it, and Tab goes on to that first control.
        scroll = window.scroll_for(page.step)
        # The top, asked of the area itself: the scroll bar's Python type (QScrollBar, and
        # QAbstractSlider's enums) is built on its first use, which would cost the first
        # window about 1.5 M instructions (scripts/bench_startup.py).
        scroll.ensureVisible(0, 0, 0, 0)
        if focus is not None and page.isAncestorOf(focus) and focus is not page.title_label:
            bottom = focus.mapTo(page, focus.rect().bottomLeft()).y()
            if bottom > scroll.viewport().height():
                page.title_label.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def key_press(self, event: QKeyEvent) -> bool:
        """True when the key was handled here; else the window lets Qt handle it."""
        # Enter moves on from any field (line edits pass it up); on a button it presses it.
        # On a check box or radio button it moves on too: Space ticks, and Enter must never
        # untick the box just ticked (the consent, the terms).
        # An answer among several (a checkable button marked `radio`, or a radio button): Enter
        # chooses it, and on the answer already chosen moves on (it did nothing: 4 Tabs to
        # reach Continuer for one choice).
        key = QtCore.Qt.Key
        if event.key() in (key.Key_Return, key.Key_Enter):
            focus = QApplication.focusWidget()
            is_answer = isinstance(focus, QRadioButton) or (
                isinstance(focus, QAbstractButton) and bool(focus.property("radio")))
            choose = is_answer and focus.isEnabled() and not focus.isChecked()
            press = (not is_answer and isinstance(focus, QAbstractButton) and focus.isEnabled()
                     and not isinstance(focus, QCheckBox))
            if choose or press:
                focus.click()
            else:
                self.window.go_next()
            return True
        page = self.window.current_page
        if event.key() in (key.Key_PageUp, key.Key_PageDown) and page:
            # Page Up / Page Down scroll a long page (200 % text) wherever the focus is.
            scroll_page(self.window.scroll_for(page.step), event.key() == key.Key_PageDown)
            return True
        return False

    def tab(self, forward: bool) -> bool:
        """Tab or Shift+Tab from any child: along the page, then the shell (tab_cycle)."""
        return move_tab_focus(self.window, forward)
