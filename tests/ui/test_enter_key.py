"""Enter, as a keyboard user presses it: on an answer it chooses it, on the chosen answer it
moves on, and on a page that is not complete it says what is missing. Real key events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from aidant_app.journey import HELPER, HOME, Step
from aidant_app.ui import announce

from .journey_steps import start
from .journey_support import wait_step


@pytest.fixture
def heard(monkeypatch) -> list[tuple[str, bool]]:
    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(announce, "RECORD", said)
    return said


def _enter(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_enter_chooses_an_answer_then_moves_on_from_it(qtbot, window, heard):
    page = window.current_page
    answer = page.home_radio
    _enter(qtbot, answer)
    assert answer.isChecked() and window.ctx.journey.mode == HOME
    assert window.current_page is page  # choosing is not moving on yet
    # Enter again on the answer chosen: the next page, two keys in all.
    qtbot.keyClick(answer, Qt.Key.Key_Return)
    wait_step(qtbot, window, Step.TRIAGE)
    # The new page is said with its title and its step (the triage is part of Start).
    assert any(text.startswith(window.current_page.title()) and "Étape 1" in text
               for text, _assertive in heard), heard
    # Enter on the first answer ("none of these") goes on to the e-mail step.
    qtbot.waitUntil(lambda: window.current_page.buttons["none"].hasFocus())
    qtbot.keyClick(window.current_page.buttons["none"], Qt.Key.Key_Return)
    wait_step(qtbot, window, Step.EMAIL_QUESTION)
    assert any(text.startswith(window.current_page.title()) and "Étape 2" in text
               for text, _assertive in heard), heard


def test_enter_on_a_page_that_is_not_complete_says_what_is_missing(qtbot, window, heard):
    page = window.current_page
    _enter(qtbot, page.helper_radio)  # helper mode: a sign-in and a consent still missing
    assert window.ctx.journey.mode == HELPER
    heard.clear()
    qtbot.keyClick(page.helper_radio, Qt.Key.Key_Return)
    assert window.current_page is page
    missing = [text for text, assertive in heard if assertive]
    assert missing and "Connectez-vous" in missing[0], heard
    assert window.button_row.reason.text() == missing[0]  # what is shown is what is said


def test_enter_in_an_empty_field_says_what_is_missing(qtbot, window, heard):
    start(qtbot, window, HOME)
    qtbot.mouseClick(window.current_page.buttons["emailYes"], Qt.MouseButton.LeftButton)
    wait_step(qtbot, window, Step.EMAIL_ADDRESS)
    page = window.current_page
    heard.clear()
    _enter(qtbot, page.field.edit)
    assert window.current_page is page
    assert [text for text, assertive in heard if assertive], heard
