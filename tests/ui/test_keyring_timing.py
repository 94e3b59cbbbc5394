"""The keyring is touched only when needed, and the system's window is explained first.

On a fresh Linux account, touching the Secret Service makes the system ask (in English) to
create a keyring: the app must not do it at every start, nor in home mode, nor for a helper
who does not keep the sign-in."""

from __future__ import annotations

import pytest

from aidant_app.server.population import HELPER_LOGIN, HELPER_PASSWORD
from aidant_app.ui import announce
from aidant_app.ui.backend import BackendController

from .journey_support import click, type_into


@pytest.fixture
def app(qtbot, qapp, training_server, settings_store, monkeypatch):
    """A window whose backend controller starts from nothing (no vault, no client)."""
    from aidant_app.ui.context import AppContext
    from aidant_app.ui.window import MainWindow

    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(announce, "RECORD", said)
    ctx = AppContext()
    ctx.settings = settings_store
    controller = BackendController(ctx, url=training_server)
    window = MainWindow(ctx, settings_store, controller=controller)
    qtbot.addWidget(window)
    window.show()
    window.said = said
    yield window, controller
    window.idle.stop()
    controller.stop()
    ctx.runner.wait_for_done(5000)


def test_no_keyring_at_start_nor_for_a_sign_in_not_kept(qtbot, app):
    window, controller = app
    ctx = window.ctx
    controller.start()
    qtbot.waitUntil(lambda: ctx.meta is not None and ctx.client is not None, timeout=20_000)
    qtbot.wait(300)
    assert ctx.vault is None  # the start did not touch it
    page = window.current_page
    click(qtbot, page.helper_radio)
    signin = page.signin
    assert signin.remember.isEnabled() and not signin.remember.isChecked()
    type_into(qtbot, signin.login_edit, HELPER_LOGIN)
    type_into(qtbot, signin.password_edit, HELPER_PASSWORD)
    click(qtbot, signin.sign_in_button)
    qtbot.waitUntil(lambda: ctx.helper_signed_in, timeout=10_000)
    qtbot.wait(300)
    assert ctx.vault is None  # signed in for this session only: still untouched
    assert ctx.settings.get("helper_token_kept") is False


def test_ticking_keep_says_what_the_system_window_is_then_asks_the_keyring(qtbot, app):
    window, controller = app
    ctx = window.ctx
    controller.start()
    qtbot.waitUntil(lambda: ctx.meta is not None, timeout=20_000)
    page = window.current_page
    click(qtbot, page.helper_radio)
    signin = page.signin
    click(qtbot, signin.remember)
    # The sentence comes first, on screen and said, before the keyring is asked.
    assert signin.keyring_note.isVisible() and "trousseau" in signin.keyring_note.text()
    assert "Choose password for new keyring" in signin.keyring_note.text()
    assert any("trousseau" in text for text, _assertive in window.said)
    qtbot.waitUntil(lambda: ctx.vault is not None and ctx.vault.probed, timeout=15_000)
    # Usable: the box stays ticked; not usable: unticked, and why is said.
    if ctx.vault.available:
        assert signin.remember.isChecked()
    else:
        assert not signin.remember.isChecked() and signin.vault_note.text()


def test_a_kept_sign_in_is_looked_for_at_start(qtbot, app):
    window, controller = app
    ctx = window.ctx
    ctx.settings.set("helper_token_kept", True)
    controller.start()
    qtbot.waitUntil(lambda: ctx.vault is not None and ctx.vault.probed, timeout=20_000)
