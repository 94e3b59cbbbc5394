"""No web browser on this computer (as offscreen here): say so, show the address, copy it."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from aidant_app.journey import HOME, Step
from aidant_app.ui.desktop import NoBrowserDialog

from .journey_steps import start
from .journey_support import click, leftovers, wait_step


def _dialogs(window) -> list[NoBrowserDialog]:
    return [d for d in window.findChildren(NoBrowserDialog) if d.isVisible()]


def test_a_link_with_no_browser_is_said_and_can_be_copied(qtbot, window):
    start(qtbot, window, HOME)
    click(qtbot, window.current_page.buttons["emailNo"])
    wait_step(qtbot, window, Step.MAILBOX_CHOICE)
    click(qtbot, window.current_page.provider_buttons["laposte"])
    wait_step(qtbot, window, Step.MAILBOX_PROVIDER)
    page = window.current_page
    window.activateWindow()
    click(qtbot, page.open_signup)  # Qt finds no browser here: openUrl answers False
    qtbot.waitUntil(lambda: bool(_dialogs(window)), timeout=5000)
    dialog = _dialogs(window)[0]
    url = page.provider.signup_url
    assert "navigateur" in dialog.message.text() and dialog.link.text() == url
    assert window.screen().availableGeometry().contains(dialog.frameGeometry())
    click(qtbot, dialog.copy)
    assert QGuiApplication.clipboard().text() == url
    assert "copié" in dialog.done_text.text()
    # The next person never finds it.
    window.ctx.wipe()
    qtbot.waitUntil(lambda: not _dialogs(window), timeout=3000)
    assert leftovers(window, [url]) == []
    QGuiApplication.clipboard().clear()
