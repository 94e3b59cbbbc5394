"""The account form one group of questions at a time on a short screen or at large text
(GOV.UK's "one thing per page"): whether it is paged, which group shows, its progress line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from ...journey import fields
from ...rules import bidi
from .. import theme

# Below this height of screen (logical pixels, divided by the text size), the whole form is
# more than two screens long (3.3 at 1024x600, 7.4 at 200 %): one group at a time. Above it
# (1280x800, 1366x768 and taller at 100 %) the whole form stays on one page.
PAGED_BELOW = 720


def wants_pages(widget: QWidget) -> bool:
    """True where the form is asked one group at a time: the screen is short for the text."""
    screen = widget.screen()
    if screen is None:
        return False
    return screen.availableGeometry().height() / theme.current_factor() < PAGED_BELOW


def _scroll_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def scroll_to_top(widget: QWidget) -> None:
    """The scroll area holding `widget` back at its top (a new group starts at its top)."""
    scroll = _scroll_of(widget)
    if scroll is not None:
        scroll.verticalScrollBar().setValue(0)


def seen_from_top(widget: QWidget) -> bool:
    """The widget is whole in its scroll area's view when that is at its top."""
    scroll = _scroll_of(widget)
    if scroll is None:
        return True
    page = scroll.widget()
    return widget.mapTo(page, widget.rect().bottomLeft()).y() <= scroll.viewport().height()


class FormGroups:
    """Which group of the form's questions shows. Not paged: one group of every field."""

    def __init__(self) -> None:
        self.paged = False
        self.index = 0
        self.groups: list[list[str]] = []

    def set_groups(self, groups: list[list[str]]) -> None:
        self.groups = groups
        self.index = max(0, min(self.index, len(groups) - 1))

    def current(self) -> list[str]:
        if not self.paged:
            return [name for group in self.groups for name in group]
        return list(self.groups[self.index]) if self.groups else []

    def is_first(self) -> bool:
        return not self.paged or self.index == 0

    def is_last(self) -> bool:
        return not self.paged or self.index >= len(self.groups) - 1

    def group_of(self, name: str) -> int | None:
        for index, group in enumerate(self.groups):
            if name in group:
                return index
        return None

    def progress(self) -> str:
        """ "Question 2 sur 4" while paged, else "" (the whole form shows)."""
        if not self.paged or len(self.groups) < 2:
            return ""
        return bidi.fill(QCoreApplication.translate("AccountFormPage", "Question {n} sur {total}"),
            n=self.index + 1, total=len(self.groups))


class GroupedQuestions:
    """The account form's part that shows one group of questions at a time (a mixin of
    ui/pages/account_form.py's page: its inputs, terms, progress line and groups)."""

    def _show_group(self) -> None:
        """Show the fields of the current group (all of them when the form is not paged)."""
        missing = self.missing()
        groups = fields.groups(self._asked())
        if self.groups.paged:
            groups.append([])  # the terms to accept: a question of their own, the last
        self.groups.set_groups(groups)
        shown = set() if missing else set(self.groups.current())
        for name, widget in self.inputs.items():
            for part in (widget, *widget.leading()):
                part.setVisible(name in shown)
        # One group at a time: each box's own label says what to take (the intro pushed the
        # first box below the fold at 200 %).
        self.intro.setVisible(not missing and not self.groups.paged)
        last = self.groups.is_last()
        for widget in (self.terms_row, self.terms_link):
            widget.setVisible(not missing and last)
        if not last:
            self.terms_error.hide()
        self.progress.setText(self.groups.progress())
        self.progress.setVisible(bool(self.progress.text()) and not missing)
        if not self.retrying:
            self.next_label = self.default_next_label()
        self.completeChanged.emit()

    def _go_to_group(self, index: int) -> None:
        if index == self.groups.index:
            return
        self.groups.index = index
        self._show_group()
        first = self._group_start()
        first.setFocus()
        scroll_to_top(self)  # the group opens at its top, its progress line showing
        if not seen_from_top(first):
            # As the shell does for a page: its first box below the fold, the title takes
            # the focus (a screen reader reads it; Tab goes on to that box).
            self.title_label.setFocus()
        from ..announce import announce

        announce(self.progress, self.progress.text())

    def back_inside(self) -> bool:
        """Retour on a later group goes to the group before, not to the page before."""
        if self.groups.is_first() or self.busy:
            return False
        self.set_retry(None)  # going back to change an answer: Continuer is Continuer again
        self._go_to_group(self.groups.index - 1)
        return True

    def reveal(self, widget: QWidget) -> None:
        for name, field in self.inputs.items():
            group = self.groups.group_of(name)
            if field.isAncestorOf(widget) and self.groups.paged and group is not None:
                self._go_to_group(group)

    def changeEvent(self, event) -> None:  # Qt override: the text size changed
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.isVisible():
            paged = wants_pages(self)
            if paged != self.groups.paged:
                self.groups.paged = paged
                self._show_group()

    def _group_start(self) -> QWidget:
        """Where the shown group of questions starts: its first box, or the terms' box."""
        current = self.groups.current()
        return self._first_input(current) if current else self.terms

