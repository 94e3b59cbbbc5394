"""The marks pages put on widgets for screen readers (a heading, an answer group) and what
a secret field is: plain Qt properties and attributes, read by ui/a11y_interfaces.py.

Apart from the interfaces: the start page sets these marks before its first paint, when
the accessibility classes (QAccessible and its enums, QAccessibleWidget) are not built.
"""

from __future__ import annotations


def is_heading(label) -> bool:
    """Page titles (objectName pageTitle) and labels styled as headings (property heading);
    not a field's label (bold like a heading, but read with its field)."""
    if label.buddy() is not None:
        return False
    return label.objectName() == "pageTitle" or bool(label.property("heading"))


def is_secret(edit) -> bool:
    """A field (a QLineEdit) that hides what is typed (or is marked `secret`, shown or not)."""
    from PySide6.QtWidgets import QLineEdit

    return bool(edit.property("secret")) or edit.echoMode() != QLineEdit.EchoMode.Normal


def answer_group(widget, question) -> None:
    """Mark `widget` (a column of answer buttons) as the answers to `question` (a QLabel)."""
    widget.question = question
    widget.setProperty("answerGroup", True)
