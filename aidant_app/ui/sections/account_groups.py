"""The account form one group of questions at a time on a short screen or at large text
(GOV.UK's "one thing per page"): whether it is paged, which group shows, its progress line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QScrollArea, QWidget

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
        return QCoreApplication.translate("AccountFormPage", "Question {n} sur {total}").format(
            n=self.index + 1, total=len(self.groups))
