"""The whole wizard when things go wrong: each account error, and the backend going away."""

from __future__ import annotations

from stdnum.fr import nir

from aidant_app.journey import HOME, Step

from .journey_steps import (
    ACCOUNT_PASSWORD,
    accept_doubtful_domain,
    fill_form,
    start,
    to_account_form,
)
from .journey_support import (
    click,
    code_in,
    press_next,
    read_inbox,
    type_into,
    wait_idle,
    wait_step,
)
from .pages_support import fresh_address, person


def send_form(qtbot, window) -> None:
    """Press "Créer mon compte" and wait for the answer (the page stays if it is an error)."""
    press_next(qtbot, window)
    wait_idle(qtbot, window)


def test_each_account_error_reaches_its_words_and_action(qtbot, window):
    ctx = window.ctx
    to_account_form(qtbot, window)
    form = window.current_page

    # A number starting with 7 or 8: temporary, cannot open an account; call 36 46.
    fill_form(qtbot, window, person(ctx, "temporary_number"))
    send_form(qtbot, window)
    assert window.current_page is form and ctx.journey.account_id is None
    assert "provisoire" in form.inputs["nir"].error.text() and "36 46" in form.inputs["nir"].error.text()
    assert "provisoire" in form.inputs["nir"].edit.accessibleDescription()
    assert form.inputs["nir"].edit.hasFocus()
    said_for_7_or_8 = form.inputs["nir"].error.text()
    assert "1 ou 2" in said_for_7_or_8  # what a permanent number looks like

    # 3 or 4 (a registration in progress) is not permanent either: the same words, which
    # name no first digit the person's number does not have.
    temporary = person(ctx, "temporary_number").nir.replace(" ", "")
    for first in "34":
        body = first + temporary[1:13]
        type_into(qtbot, form.inputs["nir"].edit, body + nir.calc_check_digits(body))
        send_form(qtbot, window)
        assert window.current_page is form and ctx.journey.account_id is None
        assert form.inputs["nir"].error.text() == said_for_7_or_8

    # A key that does not match: said under the field, before anything is sent.
    ready = person(ctx, "ready", 5)
    fill_form(qtbot, window, ready)
    wrong_key = ready.nir[:-2] + ("00" if ready.nir[-2:] != "00" else "01")
    type_into(qtbot, form.inputs["nir"].edit, wrong_key.replace(" ", ""))
    send_form(qtbot, window)
    assert "Un chiffre ne va pas" in form.inputs["nir"].error.text()
    assert window.current_page is form

    # The postal code is not the one on file: both date and postal code are pointed at.
    other = "13001" if ready.postal_code != "13001" else "69001"
    type_into(qtbot, form.inputs["nir"].edit, ready.nir.replace(" ", ""))
    type_into(qtbot, form.inputs["postal_code"].edit, other)
    send_form(qtbot, window)
    assert "code postal" in form.inputs["birth_date"].error.text()  # once, at the first
    assert form.inputs["postal_code"].error.text() == ""
    assert window.current_page is form and ctx.journey.account_id is None

    # Bank details that are not the ones on file: the IBAN field, with the focus in it.
    fill_form(qtbot, window, person(ctx, "bank_mismatch"))
    assert form.inputs["iban"].isVisible(), "the training server requires the IBAN"
    send_form(qtbot, window)
    assert "ne connaît pas cet IBAN" in form.inputs["iban"].error.text()
    assert form.inputs["iban"].edit.hasFocus()
    assert form.inputs["birth_date"].error.text() == ""  # the earlier error went away

    # Too many attempts for this person: wait, with a countdown on the button.
    fill_form(qtbot, window, person(ctx, "locked"))
    send_form(qtbot, window)
    assert "Trop d'essais" in form.action_text.text()
    assert form.action_button.isVisible() and not form.action_button.isEnabled()
    assert "possible dans" in form.action_button.text()

    # Already an account: the help for that case, and Back to the form.
    fill_form(qtbot, window, person(ctx, "has_account"))
    send_form(qtbot, window)
    assert "déjà un compte ameli" in form.action_text.text()
    assert form.action_button.text() == "Voir l'aide" and form.action_button.isEnabled()
    click(qtbot, form.action_button)
    wait_step(qtbot, window, Step.ACCOUNT_EXISTS_HELP)
    assert "existe déjà" in window.current_page.reason.text()
    assert not window.next_button.isVisible()
    click(qtbot, window.back_button)
    wait_step(qtbot, window, Step.ACCOUNT_FORM)
    assert ctx.journey.account_id is None


def form_values(form) -> tuple:
    return (form.inputs["nir"].text(), form.inputs["birth_date"].value(), form.inputs["postal_code"].text(), form.inputs["iban"].text(),
            form.inputs["password"].text(), form.terms.isChecked())


def test_backend_stopped_mid_journey_keeps_the_data_and_retry_works(qtbot, proxied_window,
                                                                   proxy):
    window = proxied_window
    ctx = window.ctx
    start(qtbot, window, HOME)
    click(qtbot, window.current_page.buttons["emailYes"])
    wait_step(qtbot, window, Step.EMAIL_ADDRESS)
    address = fresh_address()
    type_into(qtbot, window.current_page.field.edit, address)

    # The server goes away on the e-mail step: plain words, the address stays typed.
    proxy.stop()
    press_next(qtbot, window)
    wait_idle(qtbot, window)
    assert window.current_page.step == Step.EMAIL_ADDRESS
    assert "Impossible de joindre le service" in window.error_area.text()
    assert "Ce que vous avez écrit est gardé" in window.error_area.text()
    assert window.current_page.field.text() == address
    assert window.next_button.text() == "Réessayer" and window.next_button.isEnabled()
    proxy.start()
    press_next(qtbot, window)  # "Réessayer" sends the same request again
    accept_doubtful_domain(qtbot, window)
    wait_step(qtbot, window, Step.EMAIL_CODE)
    assert window.error_area.message == "" and window.next_button.text() == "Continuer"
    page = window.current_page
    type_into(qtbot, page.field.edit, code_in(read_inbox(qtbot, page.open_inbox, None)))
    press_next(qtbot, window, Step.ACCOUNT_QUESTION)
    click(qtbot, window.current_page.buttons["accountNo"])
    wait_step(qtbot, window, Step.ACCOUNT_FORM)

    # Then on the account form, the step that must never be sent twice.
    who = person(ctx, "ready", 7)
    fill_form(qtbot, window, who)
    form = window.current_page
    typed = form_values(form)
    assert typed[0] == who.nir and typed[4] == ACCOUNT_PASSWORD

    proxy.stop()
    send_form(qtbot, window)
    assert window.current_page is form and ctx.journey.account_id is None
    assert "Impossible de joindre le service" in window.error_area.text()
    assert "Impossible de joindre" in window.error_area.accessibleDescription()
    # One message and one way to retry: Continuer says "Réessayer", the form adds no second.
    assert not form.action_text.isVisible() and not form.action_button.isVisible()
    assert window.next_button.text() == "Réessayer" and window.next_button.isEnabled()
    assert form_values(form) == typed  # nothing typed is lost

    # Back, but behind a proxy that loses the answer: the account is made, the answer lost.
    proxy.start()
    proxy.bad_gateway = True
    click(qtbot, window.next_button)
    wait_idle(qtbot, window)
    assert "momentanément indisponible" in window.error_area.text()
    assert window.next_button.text() == "Réessayer"
    assert form_values(form) == typed and ctx.journey.account_id is None

    # All well again: the retry gets the first answer replayed, not a second account.
    proxy.bad_gateway = False
    click(qtbot, window.next_button)
    wait_step(qtbot, window, Step.ACTIVATION)
    assert ctx.journey.account_status == "pending"
    assert window.error_area.message == ""
    links = [m for m in ctx.client.training_inbox(address) if "/activate/" in m.text]
    assert len(links) == 1  # one account, one activation message
