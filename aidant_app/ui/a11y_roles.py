"""Roles Qt cannot set on a widget: page titles and section headings are read as headings
by screen readers (Orca's H key jumps to them)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget, QLabel

_installed = False


def is_heading(label: QLabel) -> bool:
    """Page titles (objectName pageTitle) and labels styled as headings (property heading);
    not a field's label (bold like a heading, but read with its field)."""
    if label.buddy() is not None:
        return False
    return label.objectName() == "pageTitle" or bool(label.property("heading"))


class HeadingLabel(QAccessibleWidget):
    """A QLabel read as a heading, named by its text (as Qt names a label)."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:  # Qt override
        if kind == QAccessible.Text.Name:
            return self._label.accessibleName() or self._label.text()
        return super().text(kind)


def _factory(class_name: str, obj) -> QAccessibleWidget | None:
    if isinstance(obj, QLabel) and is_heading(obj):
        return HeadingLabel(obj)
    return None


def install() -> None:
    """Once per process, before windows are shown (interfaces made earlier keep their role)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def role_of(widget) -> QAccessible.Role:
    """The role a screen reader gets for `widget` (tests and scripts/atspi_tree.py)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.role() if interface is not None else QAccessible.Role.NoRole

