"""After a mistake, at large text: the message says how long to wait, each message is shown
once at its field, and what has the focus is in view, whole."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from aidant_app.journey import HOME, Step

from .journey_steps import fill_form, start, to_account_form
from .journey_support import click, press_next, type_into, wait_idle, wait_step
from .pages_support import fresh_address, person


def _whole_in_view(window, widget) -> bool:
    """The widget's whole rectangle is inside its page's view (not below the fold, not cut)."""
    scroll = window.scroll_for(window.current_page.step)
    top = widget.mapTo(scroll.viewport(), widget.rect().topLeft()).y()
    return widget.isVisible() and 0 <= top and top + widget.height() <= scroll.viewport().height()


def _shown(window, words: str) -> list[QLabel]:
    return [label for label in window.findChildren(QLabel)
            if label.isVisible() and words in label.text()]


@pytest.mark.parametrize("scale", [100, 200])
def test_five_wrong_codes_say_how_long_and_the_focus_is_seen(qtbot, window, scale):
    window.set_text_scale(scale)
    start(qtbot, window, HOME)
    click(qtbot, window.current_page.buttons["emailYes"])
    wait_step(qtbot, window, Step.EMAIL_ADDRESS)
    type_into(qtbot, window.current_page.field.edit, fresh_address())
    press_next(qtbot, window)
    wait_idle(qtbot, window)
    if window.current_page.step == Step.EMAIL_ADDRESS:  # offline: "my address is right"
        click(qtbot, window.current_page.keep_address)
    wait_step(qtbot, window, Step.EMAIL_CODE)
    page = window.current_page
    for _ in range(5):
        type_into(qtbot, page.field.edit, "000000")
        press_next(qtbot, window)
        wait_idle(qtbot, window)
    said = page.field.error.text()
    assert "Trop d'essais" in said
    # How long, in numbers the person can act on, and what will help (a new code).
    wait = re.search(r"dans (\d+) (secondes|minutes)", said)
    assert wait, said
    assert 0 < int(wait.group(1)) <= 30 and "nouveau code" in said
    assert not page.resend.isEnabled() and wait.group(1) in page.resend.text() or \
        abs(int(re.search(r"(\d+) s", page.resend.text()).group(1)) - int(wait.group(1))) <= 2
    focus = QApplication.focusWidget()
    assert focus is not None and page.isAncestorOf(focus)
    assert _whole_in_view(window, focus), focus.objectName()


@pytest.mark.parametrize("scale", [100, 200])
def test_a_temporary_number_is_said_once_at_its_box_seen_whole(qtbot, window, scale):
    window.set_text_scale(scale)
    to_account_form(qtbot, window)
    form = window.current_page
    fill_form(qtbot, window, person(window.ctx, "temporary_number"))
    press_next(qtbot, window)
    wait_idle(qtbot, window)
    field = form.inputs["nir"]
    assert "provisoire" in field.error.text() and "36 46" in field.error.text()
    assert len(_shown(window, "provisoire")) == 1  # at its box, not again under the form
    assert not form.action_text.isVisible()
    assert field.edit.hasFocus()
    # The box, its label above it and its message: none of it cut at the top of the view.
    assert _whole_in_view(window, field.label) and _whole_in_view(window, field.edit)


def test_a_mismatch_about_two_boxes_is_said_once(qtbot, window):
    """identity_mismatch names the birth date and the postal code in one sentence: it is
    shown once (at the first of them), and a change to either takes it away."""
    to_account_form(qtbot, window)
    form = window.current_page
    who = person(window.ctx, "ready", 3)
    fill_form(qtbot, window, who)
    other = "13001" if who.postal_code != "13001" else "69001"
    type_into(qtbot, form.inputs["postal_code"].edit, other)
    press_next(qtbot, window)
    wait_idle(qtbot, window)
    labels = _shown(window, "code postal n'est pas")
    assert len(labels) == 1, [label.objectName() for label in labels]
    assert form.inputs["birth_date"].isAncestorOf(labels[0])
    assert window.error_area.message == "" and not form.action_text.isVisible()
    type_into(qtbot, form.inputs["postal_code"].edit, who.postal_code)
    assert _shown(window, "code postal n'est pas") == []
