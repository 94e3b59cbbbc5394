"""“J'ai un problème”: every case of JOURNEY.md, in French and in English, and its button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from aidant_app.journey import HELPER, HOME, Step
from aidant_app.ui.help_dialog import HelpDialog

# For each case of JOURNEY.md: words that must be in that case's answer, per language.
CASES = {
    "fr": {
        "forgot_email": ["36 46", "+33 1 84 90 36 46", "ameli.fr", "carte Vitale", "RIB",
                         "gratuit"],
        "address_used": ["autre compte ameli", "propre adresse"],
        "no_email": ["pas d'adresse e-mail", "créer"],
        "message_missing": ["Spam", "Renvoyer"],
        "link_expired": ["ne marche plus", "nouveau message"],
        "helper_nearby": ["01 70 772 372", "France Services"],
    },
    "en": {
        "forgot_email": ["36 46", "+33 1 84 90 36 46", "ameli.fr", "carte Vitale",
                         "bank details"],
        "address_used": ["another ameli account", "own personal e-mail address"],
        "no_email": ["no e-mail address", "create"],
        "message_missing": ["Spam", "Send the message again"],
        "link_expired": ["no longer works", "new message"],
        "helper_nearby": ["01 70 772 372", "France Services"],
    },
}


def _dialog(qtbot, window) -> HelpDialog:
    dialog = HelpDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_case_of_the_journey_is_answered(qtbot, window, language):
    window.set_language(language)
    dialog = _dialog(qtbot, window)
    price = next(c.price for c in window.ctx.meta.help_contacts
                 if c.phone.replace(" ", "") == "3646")
    assert price
    for key, words in CASES[language].items():
        heading, text = dialog.sections[key]
        answer = heading.text() + "\n" + text.text()
        for word in words:
            assert word.lower() in answer.lower(), (language, key, word)
        assert text.accessibleDescription()  # a screen reader gets the answer too
    forgot = dialog.sections["forgot_email"][1].text()
    assert price in forgot  # the price wording comes from the backend's meta
    if language == "en":
        assert "Appelez" not in forgot and "Depuis" not in forgot


def test_create_button_explains_why_before_anyone_is_chosen(qtbot, window):
    assert window.ctx.journey.mode is None
    dialog = _dialog(qtbot, window)
    assert not dialog.create_button.isEnabled()
    why = dialog.create_blocked
    assert why.isVisibleTo(dialog)
    assert "qui utilise l'application" in why.text() and "première page" in why.text()
    assert dialog.create_button.accessibleDescription() == why.text()
    window.set_language("en")
    dialog.retranslate()
    assert "first page" in dialog.create_blocked.text()


def test_helper_must_sign_in_and_tick_the_consent_first(qtbot, window):
    journey = window.ctx.journey
    # Ticked, but no helper signed in yet.
    journey.answers.mode, journey.answers.consent = HELPER, True
    dialog = _dialog(qtbot, window)
    assert not dialog.create_button.isEnabled()
    assert "Connectez-vous" in dialog.create_blocked.text()


def test_home_mode_chosen_on_the_start_page_can_create_an_address(qtbot, window):
    page = window.current_page
    assert page.step == Step.START
    qtbot.mouseClick(page.home_radio, Qt.MouseButton.LeftButton)
    assert window.ctx.journey.mode == HOME
    dialog = _dialog(qtbot, window)
    dialog.create_mailbox_requested.connect(window._help_create_mailbox)
    assert dialog.create_button.isEnabled() and not dialog.create_blocked.isVisibleTo(dialog)
    assert not [label for label in dialog.findChildren(QLabel)
                if label.isVisibleTo(dialog) and "première page" in label.text()]
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert window.current_page.step == Step.MAILBOX_CHOICE
    assert window.ctx.journey.has_mailbox is False
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_page.step == Step.START  # Back leads to where the person was
