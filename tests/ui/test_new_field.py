"""Adding a field is cheap: a required "phone" (a French mobile number) is one row of the
fields' data (journey/fields.py) and its words, nothing else; against a real training server
started with `--require-field phone`, the whole wizard creates and activates the account.
A second new field ("birth_name", letters) is added the same way, elsewhere in the form, so
the test is not about one name or one place.

Nothing but the data is patched: the pages, the journey, the use cases and the client are
the app's own, so a page or a table that names the form's fields would make this fail.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aidant_app.journey import HOME, Step, fields

from ..support.server import server_process
from .journey_steps import (
    create_and_activate,
    fill_form,
    poll_fast,
    start,
    training_mailbox,
)
from .journey_support import click, press_next, type_into, wait_idle, wait_step
from .pages_support import person

LABEL = "Numéro de téléphone portable"
HELP = "10 chiffres, par exemple 06 12 34 56 78"


def check_mobile(value: str, _values) -> str | None:
    """A French mobile number: 06 or 07 then 8 digits, spaces or dots allowed."""
    digits = re.sub(r"[ .]", "", value)
    return None if re.fullmatch(r"0[67][0-9]{8}", digits, re.ASCII) else "field_invalid"


def check_name(value: str, _values) -> str | None:
    """Letters (accents too), with spaces, hyphens or apostrophes between words."""
    return None if re.fullmatch(r"[^\W\d_]+(?:[ '\-][^\W\d_]+)*", value) else "field_invalid"


PHONE = fields.FormField("phone", fields.TEXT, LABEL, HELP, rule=check_mobile,
                         codes=("field_invalid", "field_missing"))
BIRTH_NAME = fields.FormField("birth_name", fields.TEXT, "Nom de naissance",
                              rule=check_name, spoken=fields.CHARACTERS,
                              codes=("field_invalid", "field_missing"))


@pytest.fixture(scope="module")
def training_server():
    """This module's own training server: meta requires both new fields for every account."""
    with server_process("--host", "127.0.0.1", "--require-field", "phone",
                        "--require-field", "birth_name") as server:
        yield server.base_url


@pytest.fixture
def phone_row(monkeypatch):
    """The new rows join the fields' data: the birth name after the birth date, the phone
    before the password (where a partner's form would ask them)."""
    form = fields.FORM
    monkeypatch.setattr(fields, "FORM", (*form[:2], BIRTH_NAME, *form[2:-1], PHONE, form[-1]))


@pytest.fixture
def window(phone_row, window):
    """The usual window on this module's server, built once the data has the new row."""
    return window


def test_a_required_phone_is_asked_checked_sent_and_the_account_activated(
        qtbot, window, monkeypatch):
    poll_fast(monkeypatch)
    ctx = window.ctx
    assert {"phone", "birth_name"} <= set(ctx.meta.account_fields)  # the server requires them
    who = person(ctx, "ready", 2)
    start(qtbot, window, HOME)
    training_mailbox(qtbot, window, who.first_name, who.last_name)
    click(qtbot, window.current_page.buttons["accountNo"])
    wait_step(qtbot, window, Step.ACCOUNT_FORM)
    page = window.current_page
    phone = page.inputs["phone"]
    assert not page.too_old.isVisible()  # this version knows the field: no "too old"
    assert phone.isVisible() and phone.edit.accessibleName() == LABEL
    assert phone.help.text() == HELP
    # Its place in the tab order: after the IBAN, before the password's advice.
    iban, toggle = page.inputs["iban"].edit, page.inputs["password"].leading()[0].toggle
    iban.setFocus()
    qtbot.waitUntil(iban.hasFocus, timeout=3000)
    reached = []
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [phone.edit, toggle]

    # Everything but the new fields: the form is not complete, and says why.
    name = page.inputs["birth_name"]
    fill_form(qtbot, window, who)
    assert not page.is_complete()
    assert "toutes les cases" in page.why_incomplete()
    # Values their rules refuse: said at each field, the first one focused, nothing sent.
    type_into(qtbot, name.edit, "Dupont 2")
    assert not page.is_complete()  # the phone is still empty
    type_into(qtbot, phone.edit, "01 23 45")
    assert page.is_complete()
    window.next_button.click()
    wait_idle(qtbot, window)
    assert window.current_page.step == Step.ACCOUNT_FORM and not ctx.journey.account_id
    for widget in (name, phone):
        qtbot.waitUntil(widget.error.isVisible, timeout=3000)
        assert "Vérifiez-la" in widget.error.text()
    assert name.edit.hasFocus()  # the first in the form's order

    # Right values: the server (which refuses a body without them) creates the account.
    type_into(qtbot, name.edit, "Le Guen-Hebert")  # type_into empties the box first
    type_into(qtbot, phone.edit, "06 12 34 56 78")
    press_next(qtbot, window, Step.ACTIVATION)
    assert ctx.journey.account_status == "pending" and ctx.journey.journey_code
    assert ctx.journey.answers.form["phone"] == "06 12 34 56 78"
    assert ctx.journey.answers.form["birth_name"] == "Le Guen-Hebert"
    assert phone.error.text() == "" and name.error.text() == ""  # gone with the mistakes


def test_the_whole_journey_with_the_new_field_ends_activated(qtbot, window, monkeypatch):
    poll_fast(monkeypatch)
    who = person(window.ctx, "ready", 3)
    start(qtbot, window, HOME)
    training_mailbox(qtbot, window, who.first_name, who.last_name)
    journey_code = create_and_activate(qtbot, window, who, monkeypatch,
                                       extra={"birth_name": "N'Diaye",
                                              "phone": "07 98 76 54 32"})
    assert window.current_page.step == Step.DONE and journey_code
    assert window.ctx.journey.account_status == "active"
