"""The idle wipe and closing the window, while an account waits for its activation link.

The person is in their mailbox (often in the browser, or on a phone) where the app sees no
input: the app waits longer before it warns, the warning names what would be lost and the
code to come back with, and after a wipe the account is found again with that code, link
clicked meanwhile or not. Closing the window asks first, as "Personne suivante" does.
Real idle timer, real training server, real widgets.
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from aidant_app.journey import HELPER, Step
from aidant_app.ui.idle import ACTIVATION_IDLE_FACTOR

from .journey_steps import existing_address, fill_form, start
from .journey_support import click, press_next, wait_step
from .pages_support import link_from_inbox, open_link_as_browser, person
from .test_next_person import _answer_when_asked

IDLE_MS = 150


def _to_activation(qtbot, window, index: int):
    start(qtbot, window, HELPER)
    address = existing_address(qtbot, window)
    click(qtbot, window.current_page.buttons["accountNo"])
    wait_step(qtbot, window, Step.ACCOUNT_FORM)
    who = person(window.ctx, "ready", index)
    fill_form(qtbot, window, who)
    press_next(qtbot, window, Step.ACTIVATION)
    return who, address


def _short_idle(window) -> None:
    idle = window.idle
    idle.set_tick_ms(10)
    idle._timer.setInterval(IDLE_MS)  # the same timer and dialog, a short idle time
    idle._timer.start()


def test_while_the_link_is_awaited_the_wait_is_longer_and_the_code_is_named(qtbot, window):
    who, address = _to_activation(qtbot, window, 14)
    code = window.ctx.journey.journey_code
    _short_idle(window)
    # A timer fires late on a busy machine, never early: after two idle times, no warning.
    qtbot.wait(IDLE_MS * 2 + IDLE_MS // 2)
    assert window.idle.dialog is None
    qtbot.waitUntil(lambda: window.idle.dialog is not None,
                    timeout=IDLE_MS * ACTIVATION_IDLE_FACTOR * 20)
    text = window.idle.dialog.message.text()
    assert code in text and "aide-mémoire" in text
    # The countdown runs out: everything is forgotten, the start page says how to come back.
    qtbot.waitUntil(lambda: window.idle.dialog is None, timeout=10_000)
    assert window.current_page.step == Step.START
    assert window.ctx.journey.journey_code == ""
    notice = window.idle.notice
    assert notice.isVisible() and "code de reprise" in notice.text()
    # The person clicks the link in their browser meanwhile, then comes back with the code.
    open_link_as_browser(link_from_inbox(window.ctx, address))
    window.idle._timer.setInterval(60_000)
    page = window.current_page
    click(qtbot, page.resume_button)
    wait_step(qtbot, window, Step.RESUME)
    page = window.current_page
    qtbot.keyClicks(page.code_edit, code)
    qtbot.keyClicks(page.date_edit, who.birth_date.strftime("%d/%m/%Y"))
    click(qtbot, window.next_button)
    wait_step(qtbot, window, Step.MAILBOX_LIFE)  # activated: keep the mailbox, then Done


def test_on_other_pages_the_warning_comes_after_one_idle_time(qtbot, window):
    """The class: only a pending activation waits longer."""
    start(qtbot, window, HELPER)
    existing_address(qtbot, window)
    _short_idle(window)
    qtbot.waitUntil(lambda: window.idle.dialog is not None, timeout=IDLE_MS * 20)
    assert "code de reprise" not in window.idle.dialog.message.text()
    window.idle.dialog.still_here.click()
    window.idle._timer.setInterval(60_000)


class _PersonCloses(QCloseEvent):
    """What the window manager sends when the person closes the window."""

    def spontaneous(self) -> bool:  # Qt override, read by the window's closeEvent
        return True


def test_closing_the_window_asks_first_when_the_memo_is_not_saved(qtbot, window):
    _to_activation(qtbot, window, 15)
    code = window.ctx.journey.journey_code
    said = _answer_when_asked(qtbot, "nextPersonStay")
    event = _PersonCloses()
    QApplication.sendEvent(window, event)
    assert said and "fermez" in said[0] and not event.isAccepted()
    assert window.isVisible() and window.ctx.journey.journey_code == code
    # "Fermer quand même": closed, and forgotten.
    said = _answer_when_asked(qtbot, "nextPersonWipe")
    event = _PersonCloses()
    QApplication.sendEvent(window, event)
    assert said and event.isAccepted()
    assert window.ctx.journey.journey_code == ""


def test_closing_before_any_account_asks_nothing(qtbot, window):
    start(qtbot, window, HELPER)
    existing_address(qtbot, window)
    asked = _answer_when_asked(qtbot, "nextPersonStay", tries=10)
    event = _PersonCloses()
    QApplication.sendEvent(window, event)
    qtbot.wait(400)
    assert asked == [] and event.isAccepted()
