"""The e-mail pages: "Réessayer" survives a language change; a new code survives Back."""

from __future__ import annotations

import pytest

from aidant_app.journey import HOME, Step

from .journey_steps import MAILBOX_PASSWORD, accept_doubtful_domain, start
from .journey_support import click, press_next, type_into, wait_idle, wait_step
from .pages_support import code_from_inbox, fresh_address


def _to_service_page(qtbot, window) -> None:
    click(qtbot, window.current_page.buttons["emailNo"])
    wait_step(qtbot, window, Step.MAILBOX_CHOICE)
    click(qtbot, window.current_page.service_button)
    wait_step(qtbot, window, Step.MAILBOX_SERVICE)
    page = window.current_page
    type_into(qtbot, page.first_name.edit, "Odile")
    type_into(qtbot, page.last_name.edit, "Testeuse")
    type_into(qtbot, page.password.edit, MAILBOX_PASSWORD)
    click(qtbot, page.wrote)


def _to_address_page(qtbot, window, address: str) -> None:
    click(qtbot, window.current_page.buttons["emailYes"])
    wait_step(qtbot, window, Step.EMAIL_ADDRESS)
    type_into(qtbot, window.current_page.field.edit, address)


def _to_code_page(qtbot, window) -> None:
    _to_address_page(qtbot, window, fresh_address())
    press_next(qtbot, window)
    accept_doubtful_domain(qtbot, window)
    wait_step(qtbot, window, Step.EMAIL_CODE)
    type_into(qtbot, window.current_page.field.edit, "000000")


@pytest.mark.parametrize("where", [Step.EMAIL_ADDRESS, Step.MAILBOX_SERVICE, Step.EMAIL_CODE])
def test_retry_label_stays_through_a_language_change(qtbot, proxied_window, proxy, where):
    window = proxied_window
    start(qtbot, window, HOME)
    if where == Step.EMAIL_ADDRESS:
        _to_address_page(qtbot, window, fresh_address())
    elif where == Step.MAILBOX_SERVICE:
        _to_service_page(qtbot, window)
    else:
        _to_code_page(qtbot, window)
    proxy.stop()
    press_next(qtbot, window)
    wait_idle(qtbot, window)
    assert window.current_page.step == where
    assert window.next_button.text() == "Réessayer"
    window.set_language("en")
    assert window.next_button.text() == "Try again"
    window.set_language("fr")
    assert window.next_button.text() == "Réessayer" and window.next_button.isEnabled()


@pytest.mark.parametrize("back_to", [Step.MAILBOX_SERVICE, Step.EMAIL_ADDRESS])
def test_new_code_then_back_and_forward_uses_the_newest_code(qtbot, clock_server, window,
                                                               back_to):
    ctx = window.ctx
    start(qtbot, window, HOME)
    if back_to == Step.MAILBOX_SERVICE:
        _to_service_page(qtbot, window)
        password = MAILBOX_PASSWORD
    else:
        _to_address_page(qtbot, window, fresh_address())
        password = None
    press_next(qtbot, window)
    accept_doubtful_domain(qtbot, window)
    wait_step(qtbot, window, Step.EMAIL_CODE)
    address = ctx.journey.email
    first = code_from_inbox(ctx, address, password)

    clock_server.advance(31)  # past the backend's cooldown for a new code
    page = window.current_page
    page.countdown.start(0)  # the app's own countdown follows this computer's clock
    click(qtbot, page.resend)
    wait_idle(qtbot, window)
    assert "nouveau code" in page.notice.text()
    newest = code_from_inbox(ctx, address, password)
    assert newest != first

    click(qtbot, window.back_button)
    wait_step(qtbot, window, back_to)
    press_next(qtbot, window, Step.EMAIL_CODE)
    assert window.error_area.message == ""
    type_into(qtbot, window.current_page.field.edit, newest)
    press_next(qtbot, window, Step.ACCOUNT_QUESTION)
    assert ctx.journey.email_verified and ctx.journey.email == address
