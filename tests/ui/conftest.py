"""Fixtures for the wizard's tests: a training server, an AppContext on it, a window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from aidant_app.ui.settings_store import SettingsStore

from ..support.server import server_process


@pytest.fixture(scope="session")
def training_server():
    """The address of a training server shared by the UI tests (reset before each test)."""
    with server_process("--host", "127.0.0.1") as server:
        yield server.base_url


@pytest.fixture
def settings_store(tmp_path) -> SettingsStore:
    return SettingsStore(str(tmp_path / "settings.ini"))


@pytest.fixture
def vault():
    """The real vault: a Secret Service under scripts/with_keyring.sh, else memory-only."""
    from aidant_app.vault import Vault

    value = Vault(timeout=3.0)
    value.probe()
    return value


@pytest.fixture
def app_ctx(qapp, training_server, settings_store, vault):
    """An AppContext connected to the training server, meta loaded, fresh population."""
    from aidant_app.api.client import AidantClient
    from aidant_app.ui.context import AppContext
    from aidant_app.ui.pages import start

    client = AidantClient(training_server)
    client.training_reset()
    start._used_people.clear()
    ctx = AppContext()
    ctx.client, ctx.backend_url = client, training_server
    ctx.meta = client.meta()
    ctx.settings, ctx.vault = settings_store, vault
    yield ctx
    ctx.runner.wait_for_done(5000)
    client.close()


@pytest.fixture
def window(qtbot, qapp, app_ctx, settings_store):
    """The shell on the training server, shown, at 100 % text, normal contrast, French."""
    from aidant_app.ui import theme
    from aidant_app.ui.i18n import Translations
    from aidant_app.ui.window import MainWindow

    translations = Translations(qapp)
    translations.switch("fr")
    win = MainWindow(app_ctx, settings_store, translations)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.idle.stop()
    app_ctx.runner.wait_for_done(5000)
    translations.switch("fr")
    theme.apply(qapp, 100, False)


@pytest.fixture
def proxy(training_server):
    """The training server behind a port the test can close and open again."""
    from .journey_support import Proxy

    value = Proxy(training_server)
    yield value
    value.stop()


@pytest.fixture
def proxied_ctx(app_ctx, proxy):
    """The app's context talking to the training server through the proxy."""
    from aidant_app.api import AidantClient, RetryPolicy

    original = app_ctx.client
    client = AidantClient(proxy.url, retry=RetryPolicy(backoff_base=0.05))
    app_ctx.client, app_ctx.backend_url = client, proxy.url
    yield app_ctx
    app_ctx.runner.wait_for_done(5000)
    app_ctx.client = original
    client.close()


@pytest.fixture
def proxied_window(proxied_ctx, window):
    assert window.ctx.client.base_url.rstrip("/") == proxied_ctx.backend_url
    return window


@pytest.fixture
def clock_server(app_ctx):
    """The training server in this process, with a clock the test moves (the new-code
    cooldown is 30 s); the app's context talks to it."""
    from aidant_app.api.client import AidantClient

    from ..support.server import running_server

    with running_server() as server:
        original = app_ctx.client
        client = AidantClient(server.base_url)
        app_ctx.client, app_ctx.backend_url = client, server.base_url
        app_ctx.meta = client.meta()
        yield server
        app_ctx.runner.wait_for_done(5000)
        app_ctx.client = original
        client.close()


@pytest.fixture
def own_server_window(qtbot, settings_store):
    """The window on the app's own training server child, as a person at home has it."""
    from aidant_app.ui.backend import BackendController
    from aidant_app.ui.context import AppContext
    from aidant_app.ui.i18n import Translations
    from aidant_app.ui.window import MainWindow

    ctx = AppContext()
    ctx.settings = settings_store
    controller = BackendController(ctx, url="")
    translations = Translations(QApplication.instance())
    translations.switch("fr")
    window = MainWindow(ctx, settings_store, translations, controller=controller)
    qtbot.addWidget(window)
    window.show()
    controller.start()
    try:
        qtbot.waitUntil(lambda: ctx.meta is not None, timeout=30_000)
        yield window, controller
    finally:
        window.idle.stop()
        window.close()
        controller.stop()
        ctx.runner.wait_for_done(5000)
