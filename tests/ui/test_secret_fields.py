"""Secret fields keep their text off the accessibility bus, however and whenever they are built.

Qt builds a widget's accessible interface the first time anything asks for it and keeps it;
a plain line edit's interface has a text interface, and the AT-SPI bridge sends each typed
character of such a field as an `object:text-changed:insert` event. A secret field's
interface must have none, in every order in which a field gets its interface, its name, its
label and its echo mode. The real bus is listened to in tests/ui/test_secret_fields_atspi.py.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from aidant_app.journey import Step
from aidant_app.ui import a11y_roles
from aidant_app.ui.widgets.secret_edit import SecretEdit


def _reads_text(edit: QLineEdit) -> bool:
    """True when a screen reader (and any program on the bus) can read the field's text."""
    interface = QAccessible.queryAccessibleInterface(edit)
    return interface is not None and interface.textInterface() is not None


def _says_password(edit: QLineEdit) -> bool:
    interface = QAccessible.queryAccessibleInterface(edit)
    return interface.role() == QAccessible.Role.EditableText and interface.state().passwordEdit


STEPS = {
    "interface first": lambda edit, label: QAccessible.queryAccessibleInterface(edit),
    "name": lambda edit, label: edit.setAccessibleName("Mot de passe"),
    "label": lambda edit, label: label.setBuddy(edit),
    "shown": lambda edit, label: edit.set_shown(True),
    "hidden again": lambda edit, label: edit.set_shown(False),
    "focus": lambda edit, label: edit.setFocus(),
}


@pytest.mark.parametrize("order", list(itertools.permutations(STEPS, 3)),
                         ids=lambda order: " > ".join(order))
def test_a_secret_field_never_reads_its_text_whatever_the_order(qtbot, order) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel("Mot de passe", holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(label)
    edit = SecretEdit()
    layout.addWidget(edit)
    for name in order:
        STEPS[name](edit, label)
        assert not _reads_text(edit), name
    edit.setText("Secret-Tresor-42")
    assert not _reads_text(edit)
    assert _says_password(edit)
    # A screen reader still hears what the field is.
    edit.setAccessibleName("Mot de passe")
    assert QAccessible.queryAccessibleInterface(edit).text(QAccessible.Text.Name) == "Mot de passe"
    assert QAccessible.queryAccessibleInterface(edit).text(QAccessible.Text.Value) == ""


def test_a_plain_field_made_secret_late_is_sealed(qtbot) -> None:
    """The class the bug belonged to: an interface built while the field was still plain."""
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setAccessibleName("Mot de passe")
    assert _reads_text(edit)  # what Qt gives a plain field: the test can fail
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    assert _reads_text(edit)  # Qt keeps the plain interface: the defect itself
    edit.setProperty("secret", True)
    a11y_roles.seal(edit)
    assert not _reads_text(edit)


def _secret_fields(root: QWidget) -> list[QLineEdit]:
    return [edit for edit in root.findChildren(QLineEdit) if a11y_roles.is_secret(edit)]


def _password_like(root: QWidget) -> list[QLineEdit]:
    """Fields a person types a password into, found by what they are called."""
    return [edit for edit in root.findChildren(QLineEdit)
            if "password" in edit.objectName().lower()]


def test_every_secret_field_of_every_page_and_dialog_is_sealed(window, app_ctx) -> None:
    from aidant_app.ui.inbox_dialog import InboxDialog

    roots: list[tuple[str, QWidget]] = [(step.value, window.page(step)) for step in Step]
    assert window.page(Step.START).signin is not None  # the helper's form, built on first use
    dialog = InboxDialog(app_ctx, "camille.martin@exemple.fr", needs_password=True, parent=window)
    roots.append(("training inbox", dialog))
    found = {}
    for name, root in roots:
        secrets = _secret_fields(root)
        # Every password field is a secret field, and a SecretEdit (sealed at construction).
        for edit in _password_like(root):
            assert edit in secrets, f"{name}: {edit.objectName()} is not secret"
            assert isinstance(edit, SecretEdit), f"{name}: {edit.objectName()}"
        for edit in secrets:
            assert not _reads_text(edit), f"{name}: {edit.objectName()}"
            assert _says_password(edit), f"{name}: {edit.objectName()}"
        found[name] = sorted(edit.objectName() for edit in secrets)
    dialog.close()
    # The fields the person and the helper type passwords into are all among them.
    everywhere = {field for fields in found.values() for field in fields}
    assert {"helperPasswordEdit", "servicePassword", "accountPassword",
            "inboxPassword"} <= everywhere, found
