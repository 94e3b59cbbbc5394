"""The account form follows meta and the fields' data (journey/fields.py): an unknown required
field says "too old" with a way out (never a retry loop); a new known field is one row of data."""

from __future__ import annotations

import pytest

from aidant_app.journey import fields
from aidant_app.ui import desktop
from aidant_app.ui.pages.account_form import AccountFormPage

from ..support.server import server_process
from .pages_support import fresh_address, person, show_page, wait_idle

PASSWORD = "Jardin-Velo-7"


@pytest.fixture
def phone_ctx(app_ctx):
    """The app's context on a real training server started with `--require-field phone`."""
    from aidant_app.api.client import AidantClient

    with server_process("--host", "127.0.0.1", "--require-field", "phone") as server:
        original = app_ctx.client, app_ctx.meta
        client = AidantClient(server.base_url)
        app_ctx.client, app_ctx.meta = client, client.meta()
        assert "phone" in app_ctx.meta.account_fields
        yield app_ctx
        app_ctx.runner.wait_for_done(5000)
        app_ctx.client, app_ctx.meta = original
        client.close()


def test_a_required_field_this_version_does_not_know_says_too_old_with_a_way_out(
        qtbot, phone_ctx, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(desktop, "open_url", opened.append)
    page = show_page(qtbot, phone_ctx, AccountFormPage)
    assert page.too_old.isVisible()
    assert "trop vieille" in page.too_old.text() and "phone" in page.too_old.text()
    assert not page.is_complete()  # no form to fill that could never be sent
    assert "Cette version ne peut pas créer ce compte" in page.why_incomplete()  # not "fill in every box"
    assert not page.inputs["nir"].isVisible() and not page.action_button.isVisible()
    assert page.too_old_button.isVisible()
    qtbot.waitUntil(page.too_old_button.hasFocus, timeout=3000)  # the way out comes first
    assert page.too_old_button.accessibleName() == "Ouvrir le site ameli.fr"
    page.too_old_button.click()
    assert opened == ["https://www.ameli.fr"]
    page.submit()  # even forced, nothing is sent and no "Réessayer" appears
    assert not phone_ctx.runner.busy and not page.action_button.isVisible()


def test_a_new_known_field_is_one_row_of_the_table(qtbot, phone_ctx, monkeypatch):
    """With a row for `phone`, the same server's form shows it, in the tab order, and sends
    it in the request body."""
    row = fields.FormField("phone", fields.TEXT, "Numéro de téléphone", "10 chiffres")
    monkeypatch.setattr(fields, "FORM", (*fields.FORM, row))
    client = phone_ctx.client
    sent: list[dict] = []
    original = client.create_account

    def recording(fields, idempotency_key=None, *, attempt=None):
        sent.append(dict(fields))
        return original(fields, idempotency_key, attempt=attempt)

    monkeypatch.setattr(client, "create_account", recording)
    who = person(phone_ctx, "ready", 7)
    phone_ctx.journey.answers.email = fresh_address()
    page = show_page(qtbot, phone_ctx, AccountFormPage)
    phone = page.inputs["phone"]
    assert not page.too_old.isVisible() and phone.isVisible()
    assert phone.edit.accessibleName() == "Numéro de téléphone"
    qtbot.keyClicks(page.inputs["nir"].edit, who.nir.replace(" ", ""))
    page.inputs["birth_date"].set_value(who.birth_date.isoformat())
    page.inputs["postal_code"].edit.setText(who.postal_code)
    page.inputs["iban"].edit.setText(who.iban)
    qtbot.keyClicks(page.inputs["password"].edit, PASSWORD)
    page.terms.setChecked(True)
    assert not page.is_complete()  # the new field is required too
    phone.edit.setText("0612345678")
    assert page.is_complete()
    with qtbot.waitSignal(page.ready, timeout=15000):
        page.submit()
    wait_idle(qtbot, phone_ctx)
    assert sent and sent[0]["phone"] == "0612345678"
    assert phone_ctx.journey.account_id
