"""One announcement per change: what a screen reader hears is never said twice for one event."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from aidant_app.ui import announce

from .journey_steps import to_account_form
from .journey_support import click, type_into


@pytest.fixture
def heard(monkeypatch) -> list[tuple[str, bool]]:
    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(announce, "RECORD", said)
    return said


def _twice(said: list[tuple[str, bool]]) -> list[str]:
    counts = Counter(text.lstrip("✔✘⚠ ").rstrip(".") for text, _assertive in said)
    return [text for text, n in counts.items() if n > 1]


def test_each_password_rule_is_said_once_when_it_is_met(qtbot, window, heard):
    to_account_form(qtbot, window)
    page = window.current_page
    edit = page.inputs["password"].edit
    click(qtbot, edit)
    heard.clear()
    for letter in "jardinVelo7":
        qtbot.keyClick(edit, letter)
    assert heard, "typing a password that meets the rules says so"
    assert _twice(heard) == [], heard
    # Deleting the digit (the only one, no sign): the rule no longer met is said once too.
    heard.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert heard and _twice(heard) == [], heard


def test_a_field_error_is_said_once(qtbot, window, heard):
    to_account_form(qtbot, window)
    page = window.current_page
    heard.clear()
    type_into(qtbot, page.inputs["postal_code"].edit, "7501")
    page.inputs["postal_code"].edit.clearFocus()  # leaving the field checks it
    page.inputs["nir"].edit.setFocus()
    qtbot.wait(50)
    assert _twice(heard) == [], heard


def test_a_lost_server_is_said_once(qtbot, proxied_window, proxy, heard):
    from aidant_app.journey import HOME, Step

    from .journey_steps import start
    from .journey_support import press_next, wait_step

    window = proxied_window
    start(qtbot, window, HOME)
    click(qtbot, window.current_page.buttons["emailYes"])
    wait_step(qtbot, window, Step.EMAIL_ADDRESS)
    page = window.current_page
    type_into(qtbot, page.field.edit, "camille.martin@example.org")
    proxy.stop()
    heard.clear()
    press_next(qtbot, window)
    qtbot.waitUntil(lambda: window.error_area.isVisible() and not page.busy, timeout=20_000)
    qtbot.wait(200)
    errors = [text for text, assertive in heard if assertive]
    assert errors, heard
    assert _twice(heard) == [], heard
