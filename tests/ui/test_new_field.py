"""Adding a field is cheap: a required "phone" (a French mobile number) is one row of the
fields' data (journey/fields.py) and its words, nothing else; against a real training server
started with `--require-field phone`, the whole wizard creates and activates the account.

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


PHONE = fields.FormField("phone", fields.TEXT, LABEL, HELP, rule=check_mobile,
                         codes=("field_invalid", "field_missing"))


@pytest.fixture(scope="module")
def training_server():
    """This module's own training server: meta requires `phone` for every account."""
    with server_process("--host", "127.0.0.1", "--require-field", "phone") as server:
        yield server.base_url


@pytest.fixture
def phone_row(monkeypatch):
    """The row for `phone` joins the fields' data, before the password (where a partner's
    form would ask it)."""
    monkeypatch.setattr(fields, "FORM", (*fields.FORM[:-1], PHONE, fields.FORM[-1]))


@pytest.fixture
def window(phone_row, window):
    """The usual window on this module's server, built once the data has the new row."""
    return window


def test_a_required_phone_is_asked_checked_sent_and_the_account_activated(
        qtbot, window, monkeypatch):
    poll_fast(monkeypatch)
    ctx = window.ctx
    assert "phone" in ctx.meta.account_fields  # the server really requires it
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

    # Everything but the phone: the form is not complete, and says why.
    fill_form(qtbot, window, who)
    assert not page.is_complete()
    assert "toutes les cases" in page.why_incomplete()
    # A number that is not a mobile one: said at the field by its rule, nothing is sent.
    type_into(qtbot, phone.edit, "01 23 45")
    assert page.is_complete()
    window.next_button.click()
    wait_idle(qtbot, window)
    assert window.current_page.step == Step.ACCOUNT_FORM and not ctx.journey.account_id
    qtbot.waitUntil(phone.error.isVisible, timeout=3000)
    assert "Vérifiez-la" in phone.error.text()
    assert phone.edit.hasFocus()

    # A real mobile number: the server (which refuses a body without it) creates the account.
    phone.edit.clear()
    type_into(qtbot, phone.edit, "06 12 34 56 78")
    press_next(qtbot, window, Step.ACTIVATION)
    assert ctx.journey.account_status == "pending" and ctx.journey.journey_code
    assert ctx.journey.answers.form["phone"] == "06 12 34 56 78"
    assert phone.error.text() == ""  # the rule's words went with the mistake


def test_the_whole_journey_with_the_new_field_ends_activated(qtbot, window, monkeypatch):
    poll_fast(monkeypatch)
    who = person(window.ctx, "ready", 3)
    start(qtbot, window, HOME)
    training_mailbox(qtbot, window, who.first_name, who.last_name)
    journey_code = create_and_activate(qtbot, window, who, monkeypatch,
                                       extra={"phone": "07 98 76 54 32"})
    assert window.current_page.step == Step.DONE and journey_code
    assert window.ctx.journey.account_status == "active"
