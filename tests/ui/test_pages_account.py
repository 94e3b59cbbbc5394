"""The ameli account pages against the training server: each error code, its words, its action."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from aidant_app.journey import Step
from aidant_app.journey.flow import COMMIT_STEPS
from aidant_app.ui.pages.account_form import AccountFormPage
from aidant_app.ui.pages.account_question import AccountQuestionPage
from aidant_app.ui.pages.account_recovery import AccountRecoveryPage

from .pages_support import focusable_without_name, fresh_address, person, show_page, wait_idle

PASSWORD = "Jardin-Velo-7"


def _form(qtbot, ctx, who, email=None):
    ctx.journey.answers.email = email or fresh_address()
    page = show_page(qtbot, ctx, AccountFormPage)
    qtbot.keyClicks(page.inputs["nir"].edit, who.nir.replace(" ", ""))
    page.inputs["birth_date"].set_value(who.birth_date.isoformat())
    page.inputs["postal_code"].edit.setText(who.postal_code)
    if page.inputs["iban"].isVisible():
        page.inputs["iban"].edit.setText(who.iban)
    qtbot.keyClicks(page.inputs["password"].edit, PASSWORD)
    page.terms.setChecked(True)
    return page


def test_number_is_grouped_as_typed_and_login_announced(qtbot, app_ctx):
    who = person(app_ctx, "ready")
    page = _form(qtbot, app_ctx, who)
    assert page.inputs["nir"].text() == who.nir  # "1 84 12 75 116 001 26" as printed on the card
    compact = who.nir.replace(" ", "")
    assert compact[:13] in page.inputs["nir"].login.text()
    assert all("✔ " in label.text() for label in page.inputs["password"]._rule_labels)


def test_ready_person_gets_an_account(qtbot, app_ctx):
    page = _form(qtbot, app_ctx, person(app_ctx, "ready"))
    assert page.is_complete() and Step.ACCOUNT_FORM in COMMIT_STEPS  # Back never resends
    with qtbot.waitSignal(page.ready, timeout=15000):
        page.submit()
    journey = app_ctx.journey
    assert journey.account_id and journey.account_status == "pending" and journey.journey_code
    assert journey.password == ""  # sent once, not kept
    assert app_ctx.flow.state is journey


def test_has_account_leads_to_the_help_for_that_case(qtbot, app_ctx):
    page = _form(qtbot, app_ctx, person(app_ctx, "has_account"))
    page.submit()
    wait_idle(qtbot, app_ctx)
    assert "déjà un compte ameli" in page.action_text.text()
    assert page.action_button.isVisible() and page.action_button.text() == "Voir l'aide"
    with qtbot.waitSignal(page.ready):
        page.action_button.click()
    assert app_ctx.journey.account_error == "account_exists"
    from aidant_app.journey import next_step

    assert next_step(Step.ACCOUNT_FORM, app_ctx.journey) == Step.ACCOUNT_EXISTS_HELP
    help_page = show_page(qtbot, app_ctx, AccountRecoveryPage)
    assert "existe déjà" in help_page.reason.text()
    click_answer = help_page.buttons["forgot_address"]
    qtbot.mouseClick(click_answer, Qt.MouseButton.LeftButton)
    assert "36 46" in help_page.phones.text()


def test_temporary_number_is_refused_with_the_phone_number(qtbot, app_ctx):
    page = _form(qtbot, app_ctx, person(app_ctx, "temporary_number"))
    page.submit()
    wait_idle(qtbot, app_ctx)
    assert "provisoire" in page.inputs["nir"].error.text() and "36 46" in page.inputs["nir"].error.text()
    assert app_ctx.journey.account_id is None


def test_bank_mismatch_points_at_the_iban(qtbot, app_ctx):
    page = _form(qtbot, app_ctx, person(app_ctx, "bank_mismatch"))
    if not page.inputs["iban"].isVisible():
        pytest.fail("the training server requires the IBAN (bank_mismatch needs it)")
    page.submit()
    wait_idle(qtbot, app_ctx)
    assert "ne connaît pas cet IBAN" in page.inputs["iban"].error.text()
    assert page.inputs["iban"].edit.hasFocus()
    assert "IBAN" in page.inputs["iban"].edit.accessibleDescription()


def test_locked_person_waits_with_a_visible_countdown(qtbot, app_ctx):
    page = _form(qtbot, app_ctx, person(app_ctx, "locked"))
    page.submit()
    wait_idle(qtbot, app_ctx)
    assert "Trop d'essais" in page.action_text.text()
    assert not page.action_button.isEnabled()
    assert "possible dans" in page.action_button.text()


def test_postal_code_different_from_records_is_identity_mismatch(qtbot, app_ctx):
    who = person(app_ctx, "ready", 1)
    page = _form(qtbot, app_ctx, who)
    other = "13001" if who.postal_code != "13001" else "69001"
    page.inputs["postal_code"].edit.setText(other)
    page.submit()
    wait_idle(qtbot, app_ctx)
    # One sentence names both boxes: said once, at the first of them (not twice).
    assert "code postal" in page.inputs["birth_date"].error.text()
    assert page.inputs["postal_code"].error.text() == ""


def test_address_of_another_account_sends_back_to_the_address(qtbot, app_ctx):
    taken = person(app_ctx, "has_account").email
    page = _form(qtbot, app_ctx, person(app_ctx, "ready", 2), email=taken)
    page.submit()
    wait_idle(qtbot, app_ctx)
    assert "autre compte ameli" in page.action_text.text()
    with qtbot.waitSignal(page.ready):
        page.action_button.click()
    assert app_ctx.journey.account_error == "email_unavailable"
    from aidant_app.journey import next_step

    assert next_step(Step.ACCOUNT_FORM, app_ctx.journey) == Step.EMAIL_ADDRESS


def test_outdated_terms_are_reloaded(qtbot, app_ctx):
    real = app_ctx.meta.terms.version
    app_ctx.meta = dataclasses.replace(
        app_ctx.meta, terms=dataclasses.replace(app_ctx.meta.terms, version="1999-01"))
    page = _form(qtbot, app_ctx, person(app_ctx, "ready", 3))
    page.submit()
    wait_idle(qtbot, app_ctx)
    assert "conditions" in page.action_text.text() and not page.terms.isChecked()
    page.action_button.click()
    wait_idle(qtbot, app_ctx)
    assert app_ctx.meta.terms.version == real


@pytest.mark.parametrize(("change", "widget", "words"), [
    ("nir_key", "nir", "Comparez chaque chiffre"),
    ("birth", "birth_date", "ne va pas avec le numéro"),
    ("iban", "iban", "IBAN n'est pas juste"),
    ("password", "password", "ne respecte pas toutes les règles"),
])
def test_field_errors_are_shown_at_the_field_and_nothing_is_sent(qtbot, app_ctx, change,
                                                                 widget, words):
    who = person(app_ctx, "ready", 4)
    page = _form(qtbot, app_ctx, who)
    if change == "nir_key":
        nir = who.nir.replace(" ", "")
        page.inputs["nir"].edit.setText(nir[:13] + f"{(int(nir[13:]) + 1) % 97:02d}")
    elif change == "birth":
        page.inputs["birth_date"].year.setText(str(who.birth_date.year - 1))
    elif change == "iban":
        page.inputs["iban"].edit.setText(who.iban[:-1] + ("1" if who.iban[-1] != "1" else "2"))
    else:
        page.inputs["password"].edit.setText("abcdefgh")
        assert any(label.text().startswith("✘ À faire")
                   for label in page.inputs["password"]._rule_labels)
    page.submit()
    target = page.inputs[widget]
    assert words in target.error.text()
    assert not app_ctx.runner.busy and app_ctx.journey.account_id is None


def test_backend_down_keeps_everything_typed_and_retries_with_the_same_key(qtbot, app_ctx):
    from aidant_app.api.client import AidantClient

    page = _form(qtbot, app_ctx, person(app_ctx, "ready", 5))
    real_client = app_ctx.client
    down = AidantClient("http://127.0.0.1:9", deadline=2.0)  # nothing listens there
    sent_keys = []

    def recorder(client):
        original = client.create_account

        def recording(fields, idempotency_key=None, *, attempt=None):
            sent_keys.append(idempotency_key or attempt.key_for(fields))
            return original(fields, idempotency_key, attempt=attempt)

        return recording

    down.create_account = recorder(down)
    app_ctx.client = down
    typed = page.inputs["nir"].text()
    said: list[str] = []
    page.error_changed.connect(said.append)
    page.submit()
    wait_idle(qtbot, app_ctx)
    assert "Impossible de joindre" in said[-1]  # the shell's one message
    assert page.retrying and page.next_label == "Réessayer"  # Continuer says it: one retry
    assert not page.action_button.isVisible() and not page.action_text.text()
    assert page.inputs["nir"].text() == typed and page.inputs["password"].text() == PASSWORD
    app_ctx.client = real_client
    real_client.create_account = recorder(real_client)
    with qtbot.waitSignal(page.ready, timeout=15000):
        page.submit()  # what Continuer ("Réessayer") does
    assert app_ctx.journey.account_id
    assert len(sent_keys) == 2 and sent_keys[0] == sent_keys[1]  # replayed, never two accounts


def test_question_page_and_names(qtbot, app_ctx):
    page = show_page(qtbot, app_ctx, AccountQuestionPage)
    with qtbot.waitSignal(page.ready):
        qtbot.mouseClick(page.buttons["accountNo"], Qt.MouseButton.LeftButton)
    assert app_ctx.journey.has_ameli_account is False
    assert focusable_without_name(page) == []
    form = _form(qtbot, app_ctx, person(app_ctx, "ready"))
    assert focusable_without_name(form) == []
    assert focusable_without_name(show_page(qtbot, app_ctx, AccountRecoveryPage)) == []


def test_fictitious_person_prefills_the_form(qtbot, app_ctx):
    who = person(app_ctx, "ready", 6)
    journey = app_ctx.journey
    journey.answers.fictitious = True
    journey.answers.form.update(nir=who.nir, birth_date=who.birth_date.isoformat())
    journey.answers.form["postal_code"], journey.answers.form["iban"] = who.postal_code, who.iban
    page = show_page(qtbot, app_ctx, AccountFormPage)
    assert page.inputs["nir"].text() == who.nir and page.inputs["birth_date"].value() == who.birth_date.isoformat()
    assert page.inputs["postal_code"].text() == who.postal_code
    assert page.inputs["password"].text() == ""  # the password is always the person's own choice
    assert dataclasses.is_dataclass(who)
