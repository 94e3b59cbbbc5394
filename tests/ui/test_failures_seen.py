"""Failures are seen: a bug in a worker reaches the crash output (type and frames, never the
message) and the person gets calm words; the activation poll says what will not pass."""

from __future__ import annotations

from aidant_app.actions import Action
from aidant_app.ui.pages.activation import ActivationPage
from aidant_app.ui.pages.email_address import EmailAddressPage

from .pages_support import fresh_address, show_page, wait_idle

SECRET = "1 84 12 75 116 001 26 jeanne.martin@gmail.com"


class Buggy(Action):
    """A use case with a bug: its exception's message quotes what the person typed."""

    key = "buggy"

    def call(self, client):
        raise ValueError(f"cannot parse {SECRET}")


def test_a_bug_in_a_worker_goes_to_the_crash_output_and_the_page_says_so(qtbot, app_ctx,
                                                                          capfd):
    page = show_page(qtbot, app_ctx, EmailAddressPage)
    shown: list[str] = []
    page.error_changed.connect(shown.append)
    outcomes = []

    def render(outcome):  # what the page does with any failure of its own calls
        outcomes.append(outcome)
        page._failed(outcome)

    with qtbot.waitSignal(page.busy_changed, timeout=10000,
                          check_params_cb=lambda busy, _text: not busy):
        assert page.start(Buggy(), render, "…")
    assert outcomes and outcomes[0].code == "unexpected"
    err = capfd.readouterr().err
    assert "ValueError" in err and "test_failures_seen.py" in err  # type and frames
    assert "cannot parse" not in err and "jeanne" not in err and "116 001" not in err
    # Seen by the person: calm words, and Next offers to try again (nothing typed is lost).
    assert any("pas de votre faute" in text for text in shown)
    assert page.next_label == "Réessayer"
    assert not page.busy


def test_a_second_identical_call_is_refused_visibly(qtbot, app_ctx):
    page = show_page(qtbot, app_ctx, EmailAddressPage)
    page.field.edit.setText(fresh_address())
    shown: list[str] = []
    page.error_changed.connect(shown.append)
    from aidant_app.actions import CheckEmail

    assert page.start(CheckEmail(page.field.text()), lambda _o: None, "…", quiet=True)
    assert not page.start(CheckEmail(page.field.text()), lambda _o: None, "…")
    assert any("déjà en cours" in text for text in shown)
    wait_idle(qtbot, app_ctx)


def _poll_against(qtbot, app_ctx, behaviour):
    """The activation page polling a backend that answers every call with `behaviour`."""
    from aidant_app.api.client import AidantClient, RetryPolicy

    from ..support.faulty_servers import FaultyServer

    server = FaultyServer(behaviour).__enter__()
    client = AidantClient(server.url, retry=RetryPolicy(max_tries=1))
    original, app_ctx.client = app_ctx.client, client
    journey = app_ctx.journey
    journey.facts.account_id, journey.facts.account_status = "acc-fictif-1", "pending"
    page = show_page(qtbot, app_ctx, ActivationPage)

    def done():
        app_ctx.runner.wait_for_done(5000)
        app_ctx.client = original
        client.close()
        server.__exit__(None, None, None)

    return page, server, done


def test_the_poll_shows_an_ended_session_instead_of_waiting_forever(qtbot, app_ctx):
    """`unauthenticated` never goes away by itself: said at once, and the polling stops."""
    from ..support.faulty_servers import problem, respond

    page, _server, done = _poll_against(
        qtbot, app_ctx, respond(401, problem(401, "unauthenticated")))
    try:
        shown: list[str] = []
        page.error_changed.connect(shown.append)
        qtbot.waitUntil(lambda: any(shown), timeout=10000)
        assert any("Reconnectez-vous" in text for text in shown)
        assert not page.timer.isActive()
    finally:
        done()


def test_the_poll_ignores_a_passing_outage(qtbot, app_ctx):
    from ..support.faulty_servers import respond

    page, server, done = _poll_against(qtbot, app_ctx, respond(503, b"busy", "text/plain"))
    try:
        shown: list[str] = []
        page.error_changed.connect(shown.append)
        qtbot.waitUntil(lambda: len(server.requests) >= 1, timeout=10000)
        wait_idle(qtbot, app_ctx)
        assert not any(shown) and page.timer.isActive()  # the next tick tries again
        assert "En attente" in page.status.text()
    finally:
        done()


def test_a_revoked_journey_code_says_start_again_or_call(qtbot, app_ctx):
    """API 1.1: 410 journey_revoked is final for that code, even with the right date."""
    from aidant_app.api.client import AidantClient
    from aidant_app.ui.pages.resume import ResumePage

    from ..support.faulty_servers import FaultyServer, problem, respond

    with FaultyServer(respond(410, problem(410, "journey_revoked"))) as server:
        client = AidantClient(server.url)
        original, app_ctx.client = app_ctx.client, client
        try:
            page = show_page(qtbot, app_ctx, ResumePage)
            page.code_edit.setText("ABCD-EFGH")
            page.date_edit.setText("25/12/1958")
            with qtbot.waitSignal(page.error_changed, timeout=10000,
                                  check_params_cb=lambda text: bool(text)) as shown:
                page.submit()
            assert "Recommencez" in shown.args[0] and "36 46" in shown.args[0]
            assert page.code_edit.text() == "" and page.next_label != "Réessayer"
        finally:
            app_ctx.runner.wait_for_done(5000)
            app_ctx.client = original
            client.close()


def test_an_undelivered_activation_message_says_to_check_the_address(qtbot, app_ctx):
    """API 1.1: the status carries `delivery`; "failed" means the relay gave up for good."""
    import json

    from ..support.faulty_servers import respond

    status = {"status": "pending", "email": "c•••••@exemple.fr", "delivery": "failed",
              "activation_expires_at": None, "resend_available_at": None}
    page, _server, done = _poll_against(qtbot, app_ctx, respond(200, json.dumps(status).encode()))
    try:
        qtbot.waitUntil(lambda: "pas pu envoyer le message" in page.status.text(), timeout=10000)
        assert "corrigez" in page.status.text() and page.timer.isActive()
        assert app_ctx.journey.delivery == "failed"
    finally:
        done()
