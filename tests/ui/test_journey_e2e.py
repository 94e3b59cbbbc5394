"""The whole wizard against the real training server: complete journeys, home and helper."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QTextEdit

from aidant_app.journey import HELPER, HOME, JourneyState, Step
from aidant_app.rules import group_nir, nir_login

from .journey_steps import (
    ACCOUNT_PASSWORD,
    MAILBOX_PASSWORD,
    accept_doubtful_domain,
    create_and_activate,
    poll_fast,
    save_memo,
    start,
    training_mailbox,
)
from .journey_support import (
    click,
    code_in,
    leftovers,
    press_next,
    read_inbox,
    type_into,
    wait_step,
)
from .pages_support import person


def test_home_mode_complete_journey(qtbot, window, tmp_path, monkeypatch):
    poll_fast(monkeypatch)
    who = person(window.ctx, "ready", 0)
    start(qtbot, window, HOME)
    code = training_mailbox(qtbot, window, who.first_name, who.last_name, back_once=True)
    journey_code = create_and_activate(qtbot, window, who, monkeypatch)
    page, journey = window.current_page, window.ctx.journey
    assert journey.email in page.email.text()
    login = nir_login(who.nir)
    # Masked (rules.mask_nir, ISSUE 11): only the last digits show until asked.
    shown = page.login.text().replace(" ", "")
    assert login not in shown and shown.endswith(login[-3:]) and "•" in shown
    assert not window.back_button.isVisible() or not window.back_button.isEnabled()
    memo = save_memo(qtbot, window, tmp_path, monkeypatch)
    assert journey.email in memo and "36 46" in memo
    for secret in (ACCOUNT_PASSWORD, MAILBOX_PASSWORD, code, journey_code, who.iban,
                   who.nir.replace(" ", ""), login):
        assert secret not in memo.replace(" ", "") and secret not in memo
    assert "Terminer" in page.finish.text()


def test_helper_mode_then_next_person_forgets_everything(qtbot, window, tmp_path,
                                                          monkeypatch):
    poll_fast(monkeypatch)
    who = person(window.ctx, "ready", 3)  # Corsican number (2A): grouping keeps the letter
    start(qtbot, window, HELPER)
    code = training_mailbox(qtbot, window, who.first_name, who.last_name)
    journey = window.ctx.journey
    address = journey.email
    journey_code = create_and_activate(qtbot, window, who, monkeypatch)
    save_memo(qtbot, window, tmp_path, monkeypatch)
    page = window.current_page
    assert page.finish.text().startswith("Personne suivante")
    date = who.birth_date
    compact_iban = who.iban.replace(" ", "")
    secrets = [
        who.nir, who.nir.replace(" ", ""), group_nir(who.nir), nir_login(who.nir),
        compact_iban, " ".join(compact_iban[i:i + 4] for i in range(0, len(compact_iban), 4)),
        date.isoformat(), date.strftime("%d/%m/%Y"), str(date.year), address,
        address.split("@")[0], MAILBOX_PASSWORD, ACCOUNT_PASSWORD, code, journey_code,
        who.first_name, who.last_name,
    ]
    assert leftovers(window, secrets[:5])  # the check can see them before the wipe
    click(qtbot, page.finish)
    wait_step(qtbot, window, Step.START)
    assert journey.is_empty() and journey == JourneyState()
    assert window.ctx.flow.current == Step.START
    assert window.ctx.helper_signed_in  # the helper stays signed in for the next person
    left = leftovers(window, secrets)
    assert left == [], "\n".join(left)
    for step, shown in window.pages.items():
        for edit in shown.findChildren(QLineEdit):
            assert edit.text() == "", f"{step.value}: {edit.objectName()}"
        for edit in shown.findChildren(QTextEdit):
            assert edit.toPlainText() == "", f"{step.value}: {edit.objectName()}"
        for box in shown.findChildren(QCheckBox):
            assert not box.isChecked(), f"{step.value}: {box.objectName()}"
    assert window.current_page.step == Step.START and window.current_page.isVisible()
    assert not window.current_page.helper_radio.isChecked()
    assert not window.current_page.home_radio.isChecked()


def test_existing_address_with_typo_suggestion(qtbot, window):
    ctx = window.ctx
    start(qtbot, window, HOME)
    click(qtbot, window.current_page.buttons["emailYes"])
    wait_step(qtbot, window, Step.EMAIL_ADDRESS)
    page = window.current_page
    type_into(qtbot, page.field.edit, "camille.martin@gmali.com")
    press_next(qtbot, window)
    qtbot.waitUntil(page.use_suggestion.isVisible, timeout=10000)
    assert "camille.martin@gmail.com" in page.suggestion.text()
    assert ctx.journey.verification_id is None  # nothing sent to the misspelt address
    click(qtbot, page.use_suggestion)
    accept_doubtful_domain(qtbot, window)
    wait_step(qtbot, window, Step.EMAIL_CODE)
    assert ctx.journey.email == "camille.martin@gmail.com"
    code_page = window.current_page
    code = code_in(read_inbox(qtbot, code_page.open_inbox, None))
    type_into(qtbot, code_page.field.edit, code)
    press_next(qtbot, window, Step.ACCOUNT_QUESTION)
    assert ctx.journey.email_verified
