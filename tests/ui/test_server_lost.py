"""The service lost while the account form is sent, then back: one message, one way to retry,
the focus on it, and nothing the person proved (the e-mail address) lost afterwards."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from aidant_app.journey import Step

from .journey_steps import fill_form, to_account_form
from .journey_support import click, press_next, wait_idle, wait_step
from .pages_support import person


def _shown_texts(window) -> list[str]:
    """Every label the person can see in the window (the page and the shell)."""
    return [label.text() for label in window.findChildren(QLabel)
            if label.isVisible() and label.text()]


def _retry_buttons(window) -> list[QAbstractButton]:
    return [button for button in window.findChildren(QAbstractButton)
            if button.isVisible() and "essayer" in button.text()]


def _in_view(window, widget) -> bool:
    """The widget is on screen: inside the window, and inside its page's view if it has one."""
    scroll = window.scroll_for(window.current_page.step)
    if scroll.isAncestorOf(widget):
        top = widget.mapTo(scroll.viewport(), widget.rect().topLeft())
        return scroll.viewport().rect().contains(top) and widget.isVisible()
    return widget.isVisible() and window.rect().contains(
        widget.mapTo(window, widget.rect().center()))


def test_a_server_lost_while_creating_says_one_thing_and_keeps_the_proof(
        qtbot, proxied_window, proxy):
    window = proxied_window
    ctx = window.ctx
    address = to_account_form(qtbot, window)
    proof = ctx.journey.email_proof
    assert proof, "the e-mail address was proved by its code"
    form = window.current_page
    who = person(ctx, "ready", 4)
    fill_form(qtbot, window, who)

    proxy.stop()
    press_next(qtbot, window)
    wait_idle(qtbot, window)
    assert window.current_page is form and ctx.journey.account_id is None
    lost = [text for text in _shown_texts(window) if "joindre le service" in text]
    assert len(lost) == 1, _shown_texts(window)  # one message, not the same one twice
    assert "gardé" in lost[0] and "réessayez" in lost[0].lower()
    assert not any("recommencer" in text for text in _shown_texts(window))
    retries = _retry_buttons(window)
    assert retries == [window.next_button], [b.objectName() for b in retries]
    focus = QApplication.focusWidget()
    assert focus is window.error_area, focus and focus.objectName()
    assert _in_view(window, focus)
    assert form.inputs["nir"].text() == who.nir and form.terms.isChecked()

    # A second try while it is still away: the same, not a second message.
    click(qtbot, window.next_button)
    wait_idle(qtbot, window)
    assert len([t for t in _shown_texts(window) if "joindre le service" in t]) == 1
    assert _retry_buttons(window) == [window.next_button]

    # Back again: the one retry creates the account with the address already proved.
    proxy.start()
    click(qtbot, window.next_button)
    wait_step(qtbot, window, Step.ACTIVATION)
    assert ctx.journey.account_id is not None
    assert ctx.journey.email == address
    shown = " ".join(_shown_texts(window))
    assert "trop ancienne" not in shown and "Changer d'adresse" not in shown
