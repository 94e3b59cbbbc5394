"""What screen readers get where Qt's defaults are wrong: page titles and section headings
are headings (Orca's H key jumps to them), and a password field's text stays off the bus.

Qt's own password field (QLineEdit in Password mode) masks its text interface, but its
text-changed events carry each character typed, and the whole password when it is
cleared: proved on the AT-SPI bus by tests/ui/test_accessibility_atspi.py. A field whose
interface has no text interface sends no text events at all, so password fields get one:
a screen reader still reads their name, role ("password text"), focus and description.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QLabel, QLineEdit

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


def is_secret(edit: QLineEdit) -> bool:
    """A field that hides what is typed (or is marked `secret`, shown or not)."""
    return bool(edit.property("secret")) or edit.echoMode() != QLineEdit.EchoMode.Normal


def seal(edit: QLineEdit) -> None:
    """Make sure a secret field's accessible interface is a SecretField, whenever it became
    secret: an interface Qt built before (a plain line edit's, with a text interface whose
    events carry each typed character) is dropped, and the next one asked for is ours."""
    install()
    interface = QAccessible.queryAccessibleInterface(edit)
    if interface is not None and interface.textInterface() is not None:
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


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


def _factory(class_name: str, obj) -> QAccessibleWidget | None:
    if isinstance(obj, QLabel) and is_heading(obj):
        return HeadingLabel(obj)
    if isinstance(obj, QAbstractButton) and obj.property("radio"):
        return RadioAnswer(obj)
    if isinstance(obj, QLineEdit) and is_secret(obj):
        return SecretField(obj)
    return None


def install() -> None:
    """Once per process, before windows are shown (interfaces made earlier keep their role)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
