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
