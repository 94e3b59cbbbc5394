"""The account form one group of questions at a time where the screen is short for the text
(here 200 % on 1280x800): Continuer and Retour move between groups, the progress is shown
and said, Enter works as on every page, and a server's error opens the group it is about."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aidant_app.journey import Step
from aidant_app.ui import announce

from .journey_steps import to_account_form
from .journey_support import click, press_next, type_into, wait_idle, wait_step
from .pages_support import person


@pytest.fixture
def heard(monkeypatch) -> list[tuple[str, bool]]:
    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(announce, "RECORD", said)
    return said


def _visible_inputs(form) -> list[str]:
    return [name for name, widget in form.inputs.items() if widget.isVisible()]


def test_one_group_at_a_time_by_keyboard_with_its_progress(qtbot, window, heard):
    window.set_text_scale(200)
    to_account_form(qtbot, window)
    form = window.current_page
    assert form.groups.paged
    assert form.progress.text() == "Question 1 sur 5" and form.progress.isVisible()
    assert _visible_inputs(form) == ["nir"] and not form.terms.isVisible()
    assert window.next_button.text() == "Continuer"
    who = person(window.ctx, "ready", 2)

    # Enter on an empty group: it stays, and says what is missing.
    edit = form.inputs["nir"].edit
    edit.setFocus()
    heard.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert form.groups.index == 0
    assert any("cette question" in text for text, _ in heard), heard

    # Typed, then Enter: the next group, its first box focused, its progress said.
    qtbot.keyClicks(edit, who.nir.replace(" ", ""))
    heard.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert form.groups.index == 1 and form.progress.text() == "Question 2 sur 5"
    assert _visible_inputs(form) == ["birth_date", "postal_code"]
    assert any("Question 2 sur 5" in text for text, _ in heard), heard
    focus = QApplication.focusWidget()
    assert focus in (form.inputs["birth_date"].day, form.title_label), focus.objectName()

    # Retour: the group before, what was typed kept; Retour again: the page before.
    click(qtbot, window.back_button)
    assert form.groups.index == 0 and form.inputs["nir"].text() == who.nir
    assert window.current_page is form
    click(qtbot, window.back_button)
    wait_step(qtbot, window, Step.ACCOUNT_QUESTION)
    click(qtbot, window.current_page.buttons["accountNo"])
    wait_step(qtbot, window, Step.ACCOUNT_FORM)
    assert form.groups.index == 0 and form.inputs["nir"].text() == who.nir

    # Through every group to the terms: the last says "Créer mon compte", grey until ticked.
    press_next(qtbot, window)
    date = who.birth_date
    type_into(qtbot, form.inputs["birth_date"].day, f"{date.day:02d}")
    type_into(qtbot, form.inputs["birth_date"].month, f"{date.month:02d}")
    type_into(qtbot, form.inputs["birth_date"].year, str(date.year))
    other = "13001" if who.postal_code != "13001" else "69001"
    type_into(qtbot, form.inputs["postal_code"].edit, other)  # not the one on file
    press_next(qtbot, window)
    type_into(qtbot, form.inputs["iban"].edit, who.iban)
    press_next(qtbot, window)
    type_into(qtbot, form.inputs["password"].edit, "Jardin-Velo-7")
    press_next(qtbot, window)
    assert form.progress.text() == "Question 5 sur 5" and form.terms.isVisible()
    assert _visible_inputs(form) == []
    assert window.next_button.text() == "Créer mon compte"
    assert not window.next_button.isEnabled()
    assert "conditions" in window.button_row.reason.text()
    click(qtbot, form.terms)

    # The server says the postal code or the birth date is not the one on file: the form
    # opens that group, with the message at its box and the focus there.
    press_next(qtbot, window)
    wait_idle(qtbot, window)
    assert window.ctx.journey.account_id is None
    assert form.groups.index == 1 and form.progress.text() == "Question 2 sur 5"
    assert "code postal" in form.inputs["birth_date"].error.text()
    assert form.inputs["birth_date"].isAncestorOf(QApplication.focusWidget())
    assert window.next_button.text() == "Continuer"


def test_the_whole_form_where_the_screen_is_tall_for_the_text(qtbot, window):
    to_account_form(qtbot, window)  # 1280x800 at 100 %
    form = window.current_page
    assert not form.groups.paged and not form.progress.isVisible()
    assert set(_visible_inputs(form)) == set(form._asked()) and form.terms.isVisible()
    window.set_text_scale(200)  # larger text: one group at a time, from here
    qtbot.waitUntil(lambda: form.groups.paged, timeout=3000)
    assert len(_visible_inputs(form)) < len(form._asked())
    window.set_text_scale(100)
    qtbot.waitUntil(lambda: not form.groups.paged, timeout=3000)
    assert set(_visible_inputs(form)) == set(form._asked())
