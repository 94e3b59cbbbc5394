"""The activation page: the whole address to check, Enter in its fields, and a way on when
the practice server restarted and forgot the journey."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from aidant_app.journey import Step

from .journey_steps import fill_form, poll_fast, to_account_form
from .journey_support import click, press_next, type_into, wait_step
from .pages_support import link_from_inbox, person


def _to_activation(qtbot, window, monkeypatch, index: int) -> str:
    poll_fast(monkeypatch)
    address = to_account_form(qtbot, window)
    fill_form(qtbot, window, person(window.ctx, "ready", index))
    press_next(qtbot, window, Step.ACTIVATION)
    return address


def test_the_whole_address_is_shown_to_be_checked(qtbot, window, monkeypatch):
    address = _to_activation(qtbot, window, monkeypatch, 7)
    steps = window.current_page.steps.text()
    assert address in steps and "•" not in steps


def test_enter_in_the_pasted_link_field_confirms_it(qtbot, window, monkeypatch):
    address = _to_activation(qtbot, window, monkeypatch, 8)
    page = window.current_page
    page.timer.stop()  # only the pasted link may move the page on here
    link = link_from_inbox(window.ctx, address)
    assert not page.help.link.edit.isVisible()  # behind "Je ne trouve pas le message"
    click(qtbot, page.more.toggle)
    type_into(qtbot, page.help.link.edit, link)
    QTest.keyClick(page.help.link.edit, Qt.Key.Key_Return)
    wait_step(qtbot, window, Step.MAILBOX_LIFE, timeout=10000)


def test_a_restarted_practice_server_is_not_a_dead_end(qtbot, window, monkeypatch):
    _to_activation(qtbot, window, monkeypatch, 9)
    page = window.current_page
    window.ctx.client.training_reset()  # what a restarted practice server knows: nothing
    qtbot.waitUntil(page.restart.isVisible, timeout=10000)  # the next status poll
    assert "redémarré" in window.error_area.message
    assert not window.back_button.isEnabled()  # the account was sent: Back is no way
    click(qtbot, page.restart)
    wait_step(qtbot, window, Step.START)
    assert window.ctx.journey.is_empty()
