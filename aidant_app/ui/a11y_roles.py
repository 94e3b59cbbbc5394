"""What screen readers get where Qt's defaults are wrong: page titles and section headings
are headings (Orca's H key jumps to them), and a password field's text stays off the bus.

Qt's own password field (QLineEdit in Password mode) masks its text interface, but its
text-changed events carry each character typed, and the whole password when it is
cleared: proved on the AT-SPI bus by tests/ui/test_accessibility_atspi.py. A field whose
interface has no text interface sends no text events at all, so password fields get one:
a screen reader still reads their name, role ("password text"), focus and description.
"""

from __future__ import annotations

# The marks too: pages and tests know them as a11y_roles.<name>.
from .a11y_marks import answer_group, is_heading, is_secret

__all__ = ["answer_group", "install", "is_heading", "is_secret", "seal"]
_installed = False


def seal(edit) -> None:
    """Make sure a secret field's accessible interface is a SecretField, whenever it became
    secret: an interface Qt built before (a plain line edit's, with a text interface whose
    events carry each typed character) is dropped, and the next one asked for is ours."""
    from PySide6.QtGui import QAccessible

    install()
    interface = QAccessible.queryAccessibleInterface(edit)
    if interface is not None and interface.textInterface() is not None:
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


def _factory(class_name: str, obj):
    # The interfaces' module at the first question: until a screen reader (or a test) asks,
    # their classes are not built.
    from .a11y_interfaces import interface_for

    return interface_for(obj)


def install(window=None) -> None:
    """Once per process: the app's interfaces from now on. The window calls it just after
    its first paint (QAccessible's type and enums cost that paint about 14 M instructions);
    a screen reader that asked about `window`'s widgets before then got Qt's own interfaces
    for them, which are dropped here so that the next question gets the app's."""
    global _installed
    if _installed:
        return
    from PySide6.QtGui import QAccessible

    QAccessible.installFactory(_factory)
    _installed = True
    if window is not None and QAccessible.isActive():
        _drop_default_interfaces(window)


def _drop_default_interfaces(window) -> None:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QWidget

    from .a11y_interfaces import OWN_CLASSES, interface_for

    for widget in window.findChildren(QWidget):
        # Only the widgets that get an interface of the app's: asking about any other would
        # make Qt build interfaces nobody asked for.
        if interface_for(widget, probe=True) is None:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is not None and not isinstance(interface, OWN_CLASSES):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))
