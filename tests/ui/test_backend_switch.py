"""Another backend chosen while the old one never answers: the app reaches the new one at once,
and nothing of the old one comes back later."""

from __future__ import annotations

from aidant_app.ui.backend import FAILED, READY, BackendController
from aidant_app.ui.context import AppContext

from ..support.faulty_servers import FaultyServer, silent


def test_a_new_backend_is_reached_while_the_old_one_never_answers(qtbot, qapp, settings_store,
                                                                  training_server):
    ctx = AppContext()
    ctx.settings = settings_store
    states: list[str] = []
    with FaultyServer(silent()) as old:
        controller = BackendController(ctx, url=old.url)
        controller.state_changed.connect(states.append)
        controller.start()
        try:
            qtbot.waitUntil(lambda: len(old.requests) >= 1, timeout=5000)  # asked, no answer
            assert ctx.meta is None and controller.state != READY
            # Réglages → the training server. The call still waiting for the old backend
            # must not block this one (it had the same key) nor wait for its 20 s deadline:
            # well within the new backend's connect timeout (3 s) it is ready.
            controller.set_backend(training_server, "")
            qtbot.waitUntil(lambda: controller.state == READY, timeout=3000)
            assert ctx.backend_url == training_server and ctx.meta is not None
            assert ctx.client.base_url.rstrip("/") == training_server
        finally:
            old.stopping.set()  # the old call now fails: its result must be ignored
    try:
        qtbot.wait(500)
        assert controller.state == READY and FAILED not in states[states.index(READY):]
        assert ctx.backend_url == training_server
    finally:
        controller.stop()
        ctx.runner.wait_for_done(5000)


def test_a_page_answer_from_the_old_backend_is_ignored(qtbot, app_ctx):
    """A call sent to the backend used before Réglages changed it: its answer never lands in
    the journey; the page is told, calmly, and can send it again (to the new backend)."""
    from aidant_app.api.client import AidantClient, RetryPolicy
    from aidant_app.ui.pages.email_address import EmailAddressPage

    from .pages_support import fresh_address, show_page, wait_idle

    new_client = app_ctx.client
    with FaultyServer(silent()) as old:
        app_ctx.client = AidantClient(old.url, retry=RetryPolicy(max_tries=1))
        page = show_page(qtbot, app_ctx, EmailAddressPage)
        shown: list[str] = []
        page.error_changed.connect(shown.append)
        page.field.edit.setText(fresh_address())
        page.submit()
        qtbot.waitUntil(lambda: len(old.requests) >= 1, timeout=5000)
        stale, app_ctx.client = app_ctx.client, new_client  # Réglages: the other backend
        old.stopping.set()  # the old one gives up: its "answer" is an error now
        wait_idle(qtbot, app_ctx)
    stale.close()
    assert any("Le service a changé" in text for text in shown)
    assert not page.busy and page.next_label == "Réessayer"
    assert not app_ctx.journey.code_sent
    page.submit()  # the same address, to the new backend
    wait_idle(qtbot, app_ctx)
    from .pages_support import accept_address

    accept_address(qtbot, app_ctx, page)
    assert app_ctx.journey.code_sent
