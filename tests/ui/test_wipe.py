"""After a wipe: nothing of the person left, hidden widgets included; after an idle wipe,
the start page says what happened."""

from __future__ import annotations

import pytest

from aidant_app.journey import HELPER, Step
from aidant_app.ui import announce

from .journey_steps import start
from .journey_support import click, leftovers, press_next, type_into, wait_idle, wait_step
from .pages_support import fresh_address


@pytest.fixture
def heard(monkeypatch) -> list[tuple[str, bool]]:
    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(announce, "RECORD", said)
    return said


def _typo(qtbot, window) -> tuple[str, str]:
    """Helper mode, an address with a typo, the suggestion shown: (typed, suggested)."""
    if window.ctx.helper_signed_in:  # the next person: the helper stays signed in
        click(qtbot, window.current_page.helper_radio)
        click(qtbot, window.current_page.consent)
        press_next(qtbot, window, Step.TRIAGE)
        click(qtbot, window.current_page.buttons["none"])
        wait_step(qtbot, window, Step.EMAIL_QUESTION)
    else:
        start(qtbot, window, HELPER)
    click(qtbot, window.current_page.buttons["emailYes"])
    wait_step(qtbot, window, Step.EMAIL_ADDRESS)
    page = window.current_page
    typed = fresh_address("hotmial.fr")
    type_into(qtbot, page.field.edit, typed)
    click(qtbot, window.next_button)
    qtbot.waitUntil(page.use_suggestion.isVisible, timeout=10000)
    wait_idle(qtbot, window)
    return typed, typed.replace("hotmial.fr", "hotmail.fr")


def test_two_wipes_leave_nothing_even_in_hidden_widgets(qtbot, window):
    typed, suggested = _typo(qtbot, window)
    local = typed.split("@")[0]
    window.ctx.wipe()
    assert window.current_page.step == Step.START
    assert leftovers(window, [local, suggested, typed]) == []
    # The same again: a page built and filled twice still forgets.
    _typo(qtbot, window)
    window.ctx.wipe()
    assert leftovers(window, [local]) == []


def test_after_an_idle_wipe_the_start_page_says_what_happened(qtbot, window, heard):
    typed, _suggested = _typo(qtbot, window)
    idle = window.idle
    idle.set_tick_ms(10)
    idle._timer.setInterval(50)  # a long idle time, made short: the same timer and dialog
    idle._timer.start()
    qtbot.waitUntil(lambda: idle.dialog is not None, timeout=5000)
    qtbot.waitUntil(lambda: idle.dialog is None, timeout=5000)  # the countdown ran out
    assert window.current_page.step == Step.START
    notice = idle.notice
    assert notice is not None and notice.isVisible()
    assert window.current_page.isAncestorOf(notice)
    assert "effacé" in notice.text()
    assert any("effacé" in text and assertive for text, assertive in heard)
    assert leftovers(window, [typed.split("@")[0]]) == []


def test_nothing_can_be_parked_on_the_shared_context_beside_the_journey(window) -> None:
    # wipe() forgets the journey and the flow; anything a page stored on the context under a
    # new name would outlive "Personne suivante". Such a name is refused when it is set.
    ctx = window.ctx
    with pytest.raises(AttributeError, match="no field 'last_email'"):
        ctx.last_email = "claire.fictive@example.org"
    assert not hasattr(ctx, "last_email")
    ctx.backend_url = ctx.backend_url  # the context's own fields still change as before
