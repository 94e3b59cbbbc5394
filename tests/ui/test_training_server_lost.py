"""The app's own training server process killed mid-journey, then relaunched with the one
"Réessayer": one message that says what is kept, the focus on that button, and the address
the person proved still proved when the (new, empty) server is back."""

from __future__ import annotations

import os
import signal

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from aidant_app.journey import Step
from aidant_app.ui import announce

from .journey_steps import existing_address, fill_form
from .journey_support import click, press_next, wait_idle, wait_step
from .pages_support import person


def _shown_texts(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel)
            if label.isVisible() and label.text()]


def _retry_buttons(window) -> list[QAbstractButton]:
    return [button for button in window.findChildren(QAbstractButton)
            if button.isVisible() and "essayer" in button.text()]


def _to_the_form(qtbot, window) -> str:
    """Practice at home, an address of one's own proved with its code, the form shown."""
    page = window.current_page
    click(qtbot, page.home_radio)
    click(qtbot, page.practice_button)
    qtbot.waitUntil(lambda: window.ctx.meta is not None and window.ctx.training,
                    timeout=30_000)
    press_next(qtbot, window, Step.TRIAGE)
    click(qtbot, window.current_page.buttons["none"])
    wait_step(qtbot, window, Step.EMAIL_QUESTION)
    address = existing_address(qtbot, window)
    click(qtbot, window.current_page.buttons["accountNo"])
    wait_step(qtbot, window, Step.ACCOUNT_FORM)
    return address


def _kill(qtbot, window, controller) -> int:
    pid = controller.child_pid()
    assert pid
    os.kill(pid, signal.SIGKILL)
    return pid


def _one_message_one_retry(qtbot, window) -> None:
    """What the person sees while the server is away."""
    qtbot.waitUntil(lambda: window.connection.state == "failed", timeout=15_000)
    wait_idle(qtbot, window)
    texts = _shown_texts(window)
    about = [t for t in texts if "serveur" in t or "service" in t.lower()
             or "internet" in t]
    assert len(about) == 1, texts  # one message, not the page's own beside it
    assert "s'est arrêté" in about[0] and "gardées" in about[0] and "Réessayer" in about[0]
    assert not any("recommencer" in text for text in texts), texts
    assert _retry_buttons(window) == [window.connection.retry], \
        [b.objectName() for b in _retry_buttons(window)]
    assert not window.error_area.isVisible()
    assert window.next_button.text() == "Créer mon compte"  # not a second "Réessayer"
    assert not window.next_button.isEnabled()
    assert not window.button_row.reason.isVisible()  # no second sentence under the page
    assert QApplication.focusWidget() is window.connection.retry
    assert window.rect().contains(window.connection.retry.mapTo(
        window, window.connection.retry.rect().center()))


def test_killed_on_the_form_then_relaunched_the_proof_and_answers_are_kept(
        qtbot, own_server_window):
    window, controller = own_server_window
    ctx = window.ctx
    address = _to_the_form(qtbot, window)
    form = window.current_page
    who = person(ctx, "ready", 5)
    fill_form(qtbot, window, who)
    old_proof = ctx.journey.email_proof
    assert ctx.journey.email_verified and old_proof

    old_pid = _kill(qtbot, window, controller)
    _one_message_one_retry(qtbot, window)

    click(qtbot, window.connection.retry)
    qtbot.waitUntil(lambda: ctx.meta is not None and not window.connection.isVisible(),
                    timeout=30_000)
    assert controller.child_pid() not in (0, old_pid)
    # The new server has proved the same address again; nothing the person typed is gone.
    qtbot.waitUntil(lambda: ctx.journey.email_proof not in (None, old_proof), timeout=15_000)
    wait_idle(qtbot, window)
    assert ctx.journey.email_verified and ctx.journey.email == address
    assert window.current_page is form
    assert form.inputs["nir"].text() == who.nir and form.terms.isChecked()
    assert not window.error_area.isVisible(), window.error_area.text()
    assert window.next_button.isEnabled() and window.next_button.text() == "Créer mon compte"
    assert QApplication.focusWidget() is window.next_button

    press_next(qtbot, window, Step.ACTIVATION)
    assert ctx.journey.account_id is not None
    shown = " ".join(_shown_texts(window))
    assert "trop ancienne" not in shown and "longtemps" not in shown
    assert "Changer d'adresse" not in shown


def test_killed_while_the_form_is_sent_one_message_still(qtbot, own_server_window,
                                                        monkeypatch):
    """The person presses "Créer mon compte" as the server dies: the page's network error
    and the server's stop arrive in either order, and one message shows, said once."""
    window, controller = own_server_window
    ctx = window.ctx
    _to_the_form(qtbot, window)
    fill_form(qtbot, window, person(ctx, "ready", 6))
    heard: list[tuple[str, bool]] = []
    monkeypatch.setattr(announce, "RECORD", heard)
    _kill(qtbot, window, controller)
    click(qtbot, window.next_button)
    _one_message_one_retry(qtbot, window)
    trouble = [text for text, _assertive in heard
               if "serveur" in text or "internet" in text or "joindre" in text]
    assert len(trouble) == 1 and "gardées" in trouble[0], heard
    assert ctx.journey.account_id is None

    click(qtbot, window.connection.retry)
    qtbot.waitUntil(lambda: ctx.meta is not None and not window.connection.isVisible(),
                    timeout=30_000)
    wait_idle(qtbot, window)
    press_next(qtbot, window, Step.ACTIVATION)


def test_killed_after_the_account_was_made_the_form_is_sent_again(qtbot, own_server_window):
    """A practice account made on the server that stopped is not on the new one: said in
    one sentence, the form again with the person's answers, and a new account."""
    window, controller = own_server_window
    ctx = window.ctx
    _to_the_form(qtbot, window)
    who = person(ctx, "ready", 7)
    fill_form(qtbot, window, who)
    press_next(qtbot, window, Step.ACTIVATION)
    old_account = ctx.journey.account_id
    _kill(qtbot, window, controller)
    qtbot.waitUntil(lambda: window.connection.state == "failed", timeout=15_000)
    assert QApplication.focusWidget() is window.connection.retry
    assert _retry_buttons(window) == [window.connection.retry]

    click(qtbot, window.connection.retry)
    wait_step(qtbot, window, Step.ACCOUNT_FORM, timeout=30_000)
    form = window.current_page
    message = window.error_area.text()
    assert "sans votre compte d'entraînement" in message and "gardées" in message
    assert ctx.journey.account_id is None and ctx.journey.email_verified
    assert form.inputs["nir"].text() == who.nir
    fill_form(qtbot, window, who)  # the password is never kept: typed again
    press_next(qtbot, window, Step.ACTIVATION)
    assert ctx.journey.account_id not in (None, old_account)
