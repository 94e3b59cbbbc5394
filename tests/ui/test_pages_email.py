"""The e-mail pages against the training server: typo fix, code, inbox, mailbox creation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from aidant_app.journey import ROUTE_SERVICE
from aidant_app.ui import desktop
from aidant_app.ui.inbox_dialog import InboxDialog
from aidant_app.ui.pages.email_address import EmailAddressPage
from aidant_app.ui.pages.email_code import EmailCodePage
from aidant_app.ui.pages.email_question import EmailQuestionPage
from aidant_app.ui.pages.mailbox_choice import MailboxChoicePage
from aidant_app.ui.pages.mailbox_provider import MailboxProviderPage
from aidant_app.ui.pages.mailbox_service import MailboxServicePage

from .pages_support import accept_address, code_from_inbox, fresh_address, show_page, wait_idle


def test_typo_suggestion_fixed_in_one_click_then_code_sent(qtbot, app_ctx):
    page = show_page(qtbot, app_ctx, EmailAddressPage)
    typed = fresh_address("gmali.com")
    qtbot.keyClicks(page.field.edit, typed)
    assert page.is_complete()
    page.submit()
    wait_idle(qtbot, app_ctx)
    fixed = typed.replace("gmali.com", "gmail.com")
    assert page.suggestion.isVisible()
    assert fixed in page.suggestion.text()
    qtbot.mouseClick(page.use_suggestion, Qt.MouseButton.LeftButton)
    accept_address(qtbot, app_ctx, page)
    journey = app_ctx.journey
    assert journey.email == fixed and journey.verification_id
    assert code_from_inbox(app_ctx, fixed)  # the code really went to the corrected address


def test_keep_address_as_typed_after_suggestion(qtbot, app_ctx):
    page = show_page(qtbot, app_ctx, EmailAddressPage)
    typed = fresh_address("hotmial.fr")
    page.field.edit.setText(typed)
    page.submit()
    wait_idle(qtbot, app_ctx)
    assert page.keep_address.isVisible()
    page.keep_address.click()
    accept_address(qtbot, app_ctx, page)
    assert app_ctx.journey.email == typed


def test_address_used_by_another_account_is_said_plainly(qtbot, app_ctx):
    from .pages_support import person

    taken = person(app_ctx, "has_account").email
    page = show_page(qtbot, app_ctx, EmailAddressPage)
    page.field.edit.setText(taken)
    page.submit()
    wait_idle(qtbot, app_ctx)
    assert page.problem.isVisible()
    assert "autre compte ameli" in page.problem.text()
    assert app_ctx.journey.verification_id is None  # no code sent to an unusable address


def test_syntax_is_checked_live_and_cannot_open_leads_to_creation(qtbot, app_ctx):
    page = show_page(qtbot, app_ctx, EmailAddressPage)
    qtbot.keyClicks(page.field.edit, "jeanne.martin@")
    assert not page.is_complete()
    qtbot.keyClicks(page.field.edit, "gmail.com")
    assert page.is_complete() and "✔" in page.status.text()
    with qtbot.waitSignal(page.ready):
        page.cannot_open.click()
    assert app_ctx.journey.has_mailbox is False


def _code_page(qtbot, ctx, address):
    verification = ctx.client.start_email_verification(address)
    ctx.journey.answers.email, ctx.journey.facts.verification_id = address, verification.id
    ctx.journey.facts.resend_code_at = verification.resend_available_at.isoformat()
    return show_page(qtbot, ctx, EmailCodePage)


def test_wrong_code_says_attempts_left_then_right_code_verifies(qtbot, app_ctx):
    address = fresh_address()
    page = _code_page(qtbot, app_ctx, address)
    right = code_from_inbox(app_ctx, address)
    wrong = "111111" if right != "111111" else "222222"
    qtbot.keyClicks(page.field.edit, wrong[:3] + " " + wrong[3:])  # spaces are ignored
    assert page.is_complete()
    page.submit()
    wait_idle(qtbot, app_ctx)
    assert "4 essais" in page.field.error.text()
    assert "4 essais" in page.field.edit.accessibleDescription()
    assert not app_ctx.journey.email_verified
    page.field.edit.setText(right)
    with qtbot.waitSignal(page.ready, timeout=10000):
        page.submit()
    assert app_ctx.journey.email_verified and app_ctx.journey.email_proof


def test_too_many_wrong_codes_points_to_a_new_code(qtbot, app_ctx):
    address = fresh_address()
    page = _code_page(qtbot, app_ctx, address)
    right = code_from_inbox(app_ctx, address)
    wrong = "111111" if right != "111111" else "222222"
    for _ in range(5):
        page.field.edit.setText(wrong)
        page.submit()
        wait_idle(qtbot, app_ctx)
    assert "Trop d'essais" in page.field.error.text()
    # The resend button shows its countdown (cooldown from the backend) until it is allowed.
    assert "nouveau code" in page.resend.text()
    assert not page.resend.isEnabled() and "possible dans" in page.resend.text()


def test_training_mailbox_created_and_opened_with_its_password(qtbot, app_ctx):
    app_ctx.journey.answers.mailbox_route = ROUTE_SERVICE
    page = show_page(qtbot, app_ctx, MailboxServicePage)
    page.first_name.edit.setText("Odile")
    page.last_name.edit.setText("Testeuse")
    page.wanted.edit.setText(f"odile.{fresh_address().split('@')[0][-6:]}")
    qtbot.keyClicks(page.password.edit, "Tulipe-Soleil-2026")
    assert not page.is_complete()  # the "I wrote it down" box is not ticked yet
    page.wrote.setChecked(True)
    assert page.is_complete()
    with qtbot.waitSignal(page.ready, timeout=15000):
        page.submit()
    journey = app_ctx.journey
    assert journey.email.endswith("@entrainement.example") and journey.verification_id

    dialog = InboxDialog(app_ctx, journey.email, needs_password=True)
    qtbot.addWidget(dialog)
    assert dialog.password.text() == ""  # never pre-filled: opening it is the practice
    dialog.password.edit.setText("Pas-le-bon-1")
    dialog.open_button.click()
    qtbot.waitUntil(lambda: "pas le bon" in dialog.status.text(), timeout=10000)
    dialog.password.edit.setText("Tulipe-Soleil-2026")
    dialog.open_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() >= 1, timeout=10000)
    assert "code" in dialog.list.item(0).text().lower()


def test_taken_training_address_offers_alternatives_as_buttons(qtbot, app_ctx):
    wanted = "camille." + fresh_address().split("@")[0][-6:]
    app_ctx.client.create_mailbox("Camille", "Premiere", "Tulipe-Soleil-2026", wanted)
    page = show_page(qtbot, app_ctx, MailboxServicePage)
    page.first_name.edit.setText("Camille")
    page.last_name.edit.setText("Seconde")
    page.wanted.edit.setText(wanted)
    page.password.edit.setText("Tulipe-Soleil-2026")
    page.wrote.setChecked(True)
    page.submit()
    wait_idle(qtbot, app_ctx)
    assert "déjà prise" in page.wanted.error.text()
    assert page.alternative_buttons
    choice = page.alternative_buttons[0].text()
    with qtbot.waitSignal(page.ready, timeout=15000):
        page.alternative_buttons[0].click()
    assert app_ctx.journey.email == choice


def test_choice_pages_record_the_answer(qtbot, app_ctx):
    page = show_page(qtbot, app_ctx, EmailQuestionPage)
    with qtbot.assertNotEmitted(page.ready):
        page.buttons["emailUnsure"].click()  # "I don't know": explain first, do not move on
    assert app_ctx.journey.has_mailbox is False and page.more.isVisible()
    choice = show_page(qtbot, app_ctx, MailboxChoicePage)
    assert choice.service_button.isVisible()  # meta offers the training mailbox: first choice
    with qtbot.waitSignal(choice.ready):
        choice.provider_buttons["laposte"].click()
    assert app_ctx.journey.provider_id == "laposte"


def test_provider_page_shows_warnings_steps_and_opens_sign_up(qtbot, app_ctx, monkeypatch):
    opened = []
    monkeypatch.setattr(desktop, "open_url", opened.append)
    app_ctx.journey.answers.provider_id = "laposte"
    page = show_page(qtbot, app_ctx, MailboxProviderPage)
    assert "72 heures" in page.warnings.text()
    assert page.steps.text().startswith("1. ")
    assert not page.qr.pixmap().isNull()
    page.open_signup.click()
    assert opened == ["https://www.laposte.net"]
    assert not page.is_complete()
    page.wrote.setChecked(True)
    page.opened.setChecked(True)
    assert page.is_complete()


@pytest.mark.parametrize("cls", [EmailQuestionPage, EmailAddressPage, EmailCodePage,
                                 MailboxChoicePage, MailboxServicePage, MailboxProviderPage])
def test_every_focusable_widget_has_a_name(qtbot, app_ctx, cls):
    app_ctx.journey.answers.email, app_ctx.journey.answers.provider_id = "jeanne@gmail.com", "gmail"
    page = show_page(qtbot, app_ctx, cls)
    from .pages_support import focusable_without_name

    assert focusable_without_name(page) == []
    assert all(b.objectName() for b in page.findChildren(QPushButton))
