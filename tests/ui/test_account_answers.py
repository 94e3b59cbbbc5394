"""The account form after an answer of the server: the old answer goes, new ones are calm."""

from __future__ import annotations

import dataclasses
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import Qt

from aidant_app.ui.pages.account_form import AccountFormPage

from .pages_support import fresh_address, person, show_page, wait_idle

PASSWORD = "Jardin-Velo-7"


def _form(qtbot, ctx, who):
    ctx.journey.answers.email = fresh_address()
    page = show_page(qtbot, ctx, AccountFormPage)
    qtbot.keyClicks(page.inputs["nir"].edit, who.nir.replace(" ", ""))
    page.inputs["birth_date"].set_value(who.birth_date.isoformat())
    page.inputs["postal_code"].edit.setText(who.postal_code)
    page.inputs["iban"].edit.setText(who.iban)
    qtbot.keyClicks(page.inputs["password"].edit, PASSWORD)
    page.terms.setChecked(True)
    return page


def _retype(qtbot, edit, text: str) -> None:
    """Select what is there and type over it, as a person does."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _answer_shown(page) -> bool:
    return (page.action_text.isVisible() or page.action_button.isVisible()
            or bool(page.action_button.accessibleDescription()))


def _typed(page) -> tuple:
    return (page.inputs["nir"].text(), page.inputs["birth_date"].value(), page.inputs["postal_code"].text(), page.inputs["iban"].text(),
            page.inputs["password"].text(), page.terms.isChecked())


def test_changing_the_number_takes_the_has_account_answer_away(qtbot, app_ctx):
    page = _form(qtbot, app_ctx, person(app_ctx, "has_account"))
    page.submit()
    wait_idle(qtbot, app_ctx)
    assert "déjà un compte ameli" in page.action_text.text() and page.action_button.isVisible()
    assert "déjà un compte ameli" in page.action_button.accessibleDescription()
    temporary = person(app_ctx, "temporary_number").nir.replace(" ", "")
    _retype(qtbot, page.inputs["nir"].edit, temporary)
    assert not _answer_shown(page)
    assert "provisoire" in page.inputs["nir"].error.text()  # the new problem, said at once
    page.submit()
    assert not _answer_shown(page) and "provisoire" in page.inputs["nir"].error.text()
    assert "provisoire" in page.inputs["nir"].edit.accessibleDescription()


def test_a_new_submit_takes_the_previous_answer_away(qtbot, app_ctx):
    who = person(app_ctx, "has_account")
    page = _form(qtbot, app_ctx, who)
    page.submit()
    wait_idle(qtbot, app_ctx)
    assert _answer_shown(page)
    # The postal code is not what the answer was about: the answer stays until Next.
    _retype(qtbot, page.inputs["postal_code"].edit, who.postal_code)
    assert page.action_text.isVisible()
    _retype(qtbot, page.inputs["birth_date"].year, str(who.birth_date.year - 1))
    page.submit()  # stopped by the form's own check, nothing sent
    assert "ne va pas avec le numéro" in page.inputs["birth_date"].error.text()
    assert not _answer_shown(page)


def test_identity_mismatch_goes_when_either_field_changes(qtbot, app_ctx):
    who = person(app_ctx, "ready", 1)
    page = _form(qtbot, app_ctx, who)
    other = "13001" if who.postal_code != "13001" else "69001"
    page.inputs["postal_code"].edit.setText(other)
    page.submit()
    wait_idle(qtbot, app_ctx)
    # One sentence about both boxes, said once (at the first): either change takes it away.
    assert "code postal" in page.inputs["birth_date"].error.text()
    assert page.inputs["postal_code"].error.text() == ""
    _retype(qtbot, page.inputs["postal_code"].edit, who.postal_code)
    assert not page.inputs["postal_code"].error.isVisible() and not page.inputs["birth_date"].error.isVisible()
    assert page.inputs["postal_code"].edit.accessibleDescription() == ""
    assert page.inputs["birth_date"].day.accessibleDescription() == ""


def test_invalid_request_is_calm_keeps_everything_and_retry_works(qtbot, app_ctx):
    """The app's meta is older than the backend's: the form does not show a field the
    backend needs. The person reads a calm sentence; "Réessayer" updates the form and
    sends again, with nothing typed lost."""
    who = person(app_ctx, "ready", 2)
    app_ctx.meta = dataclasses.replace(app_ctx.meta, account_fields=tuple(
        f for f in app_ctx.meta.account_fields if f != "postal_code"))
    page = _form(qtbot, app_ctx, who)
    assert not page.inputs["postal_code"].isVisible()
    typed = _typed(page)
    page.submit()
    wait_idle(qtbot, app_ctx)
    assert app_ctx.journey.account_id is None
    text = page.action_text.text()
    assert "gardé" in text and "Réessayer" in text
    assert "Quelque chose" not in text and "invalid" not in text
    assert page.action_button.isVisible() and page.action_button.isEnabled()
    assert page.action_button.text() == "Réessayer"
    assert _typed(page) == typed
    with qtbot.waitSignal(page.ready, timeout=15000):
        qtbot.mouseClick(page.action_button, Qt.MouseButton.LeftButton)
    assert page.inputs["postal_code"].isVisible()  # the form follows the backend again
    assert app_ctx.journey.account_id


class _NewRuleHandler(BaseHTTPRequestHandler):
    """A backend newer than the app: it answers account creation with a code the app does
    not know (as API.md allows codes to be added)."""

    def do_POST(self) -> None:  # http.server calls it by this name
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.dumps({"type": "about:blank", "title": "Nouvelle règle", "status": 409,
                           "code": "new_rule_pending",
                           "detail": "Une vérification est en cours. Réessayez."}).encode()
        self.send_response(409)
        self.send_header("Content-Type", "application/problem+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args) -> None:
        pass


@pytest.fixture
def new_rule_backend():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _NewRuleHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_unknown_code_is_calm_and_can_be_retried_at_once(qtbot, app_ctx, new_rule_backend):
    from aidant_app.api.client import AidantClient

    page = _form(qtbot, app_ctx, person(app_ctx, "ready", 3))
    typed = _typed(page)
    real = app_ctx.client
    newer = AidantClient(new_rule_backend)
    app_ctx.client = newer
    try:
        page.submit()
        wait_idle(qtbot, app_ctx)
    finally:
        app_ctx.client = real
        newer.close()
    assert "vérification est en cours" in page.action_text.text()  # the server's own words
    assert page.action_button.isVisible() and page.action_button.isEnabled()
    assert page.action_button.text() == "Réessayer"  # no minute-long wait for an unknown code
    assert _typed(page) == typed and app_ctx.journey.account_id is None
    with qtbot.waitSignal(page.ready, timeout=15000):
        qtbot.mouseClick(page.action_button, Qt.MouseButton.LeftButton)
    assert app_ctx.journey.account_id
