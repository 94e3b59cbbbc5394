"""The accessible interfaces the app gives in place of Qt's own (ui/a11y_roles.py installs
them): headings, password fields without text, radio answers, groups named by their question.

Imported when a screen reader (or a test) first asks for an interface, not for the first
window: these classes build QAccessible's type with its enums and QAccessibleWidget's.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QLabel, QLineEdit

from .a11y_marks import is_heading, is_secret


class HeadingLabel(QAccessibleWidget):
    """A QLabel read as a heading, named by its text (as Qt names a label)."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:  # Qt override
        if kind == QAccessible.Text.Name:
            return self._label.accessibleName() or self._label.text()
        return super().text(kind)


class SecretField(QAccessibleWidget):
    """A password field for screen readers: name, role, states; never its text."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit, QAccessible.Role.EditableText)
        self._edit = edit

    def text(self, kind: QAccessible.Text) -> str:  # Qt override
        if kind == QAccessible.Text.Name:
            return self._edit.accessibleName()
        if kind == QAccessible.Text.Description:
            return self._edit.accessibleDescription()
        return ""  # Value included: not even the length

    def state(self) -> QAccessible.State:  # Qt override
        state = super().state()
        state.passwordEdit = True
        state.editable = not self._edit.isReadOnly()
        state.focusable = True
        return state


class RadioAnswer(QAccessibleWidget):
    """A checkable button that is one answer of several (property radio=True): read as a
    radio button, checked or not, that a screen reader can press."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, QAccessible.Role.RadioButton)
        self._button = button

    def text(self, kind: QAccessible.Text) -> str:  # Qt override
        if kind == QAccessible.Text.Name:
            return self._button.accessibleName() or self._button.text().replace("&", "")
        if kind == QAccessible.Text.Description:
            return self._button.accessibleDescription()
        return super().text(kind)

    def state(self) -> QAccessible.State:  # Qt override
        state = super().state()
        state.checkable = True
        state.checked = self._button.isChecked()
        return state

    def actionNames(self) -> list[str]:  # Qt override
        return [QAccessibleActionInterface.pressAction()]

    def doAction(self, name: str) -> None:  # Qt override
        if name == QAccessibleActionInterface.pressAction() and self._button.isEnabled():
            self._button.click()


class AnswerGroup(QAccessibleWidget):
    """The answers to one question (property answerGroup=True, attribute `question`: the
    question's label): a group named by the question, so that a screen reader says the
    question when the focus enters its answers, not "Oui, j'ai une adresse" alone."""

    def __init__(self, widget) -> None:
        super().__init__(widget, QAccessible.Role.Grouping)
        self._widget = widget

    def text(self, kind: QAccessible.Text) -> str:  # Qt override
        if kind == QAccessible.Text.Name:
            question = getattr(self._widget, "question", None)
            words = question.text() if isinstance(question, QLabel) else ""
            return words or self._widget.accessibleName()
        return super().text(kind)


OWN_CLASSES = (HeadingLabel, SecretField, RadioAnswer, AnswerGroup)


def interface_for(obj, probe: bool = False):
    """The app's interface for `obj`, or None for Qt's own. probe: only which class (or
    None), without building an interface."""
    if isinstance(obj, QLabel) and is_heading(obj):
        kind = HeadingLabel
    elif isinstance(obj, QAbstractButton) and obj.property("radio"):
        kind = RadioAnswer
    elif isinstance(obj, QLineEdit) and is_secret(obj):
        kind = SecretField
    elif obj.property("answerGroup"):
        kind = AnswerGroup
    else:
        return None
    return kind if probe else kind(obj)
