"""Error words and providers' data: every code has plain words, every provider its facts."""

from __future__ import annotations

import re

import pytest

from aidant_app.api.errors import ApiError
from aidant_app.rules.codes import VOCABULARY
from aidant_app.ui import errors
from aidant_app.ui.providers import load, pick


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_declared_code_has_its_own_words_and_a_button_in_both_languages(qapp, language):
    """Every code of the vocabulary (rules/codes.py) is worded, never with the generic
    sentence, and translated: lupdate found the words where they are declared."""
    from aidant_app.ui.i18n import Translations

    translations = Translations(qapp)
    translations.switch(language)
    try:
        generic = errors.describe("no_such_code").text
        for code, declared in VOCABULARY.items():
            message = errors.describe(code)
            assert message.text and message.text != generic, code
            assert message.action_label, code
            assert message.action is declared.next, code
            assert (message.text == declared.words) == (language == "fr"), code
            assert (message.action_label == declared.label) == (language == "fr"), code
        assert errors.known_codes() == frozenset(VOCABULARY)
    finally:
        translations.switch("fr")


def test_network_trouble_offers_retry_and_keeps_typing(qapp):
    message = errors.describe_error(ApiError("backend_unreachable"))
    assert message.action_label == "Réessayer" and "gardé" in message.text


def test_attempts_left_and_waits_are_said_in_numbers(qapp):
    assert "3 essais" in errors.describe_error(ApiError("code_mismatch", attempts_left=3)).text
    assert "1 essai." in errors.describe_error(ApiError("code_mismatch", attempts_left=1)).text
    assert "2 minutes" in errors.describe_error(ApiError("too_many_attempts",
                                                         retry_after=90)).text


@pytest.mark.parametrize("exc", [RuntimeError("Traceback: secret 1 84 12"), KeyError("x")])
def test_unexpected_exceptions_get_a_calm_message_without_details(qapp, exc):
    text = errors.describe_error(exc).text
    assert "Traceback" not in text and "84" not in text and "pas de votre faute" in text


def test_providers_have_steps_warnings_urls_in_both_languages():
    catalogue = load()
    ids = {p.id for p in catalogue.providers}
    assert {"gmail", "laposte", "outlook", "proton"} <= ids
    for provider in catalogue.providers:
        assert provider.signup_url.startswith("https://")
        assert provider.steps("fr") and len(provider.steps("fr")) == len(provider.steps("en"))
        assert provider.spam_folder("fr") and provider.spam_folder("en")
        assert provider.steps("fr") != provider.steps("en")
    assert "72 heures" in " ".join(catalogue.get("laposte").warnings("fr"))
    assert "2 ans" in " ".join(catalogue.get("outlook").warnings("fr"))
    assert "anciens messages" in " ".join(catalogue.get("proton").warnings("fr"))
    assert "téléphone" in " ".join(catalogue.get("gmail").asks("fr"))
    assert any("Orange" in w for w in catalogue.general_warnings("fr"))
    assert catalogue.for_address("x@Hotmail.fr").id == "outlook"
    # One translation system: the providers' English is in aidant_en.ts, found in any
    # interface language; a text with no translation stays French.
    gmail = catalogue.get("gmail")
    assert pick(gmail.spam_folder_text, "en") == gmail.spam_folder("en") != gmail.spam_folder("fr")
    assert pick({"fr": "Texte sans traduction."}, "en") == "Texte sans traduction."


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_keyring_code_has_its_words_in_both_languages(qapp, language):
    """vault.py gives codes only; the words are here, translated (probe_failed and locked
    included, which English once showed in French)."""
    from aidant_app.ui.i18n import Translations
    from aidant_app.vault import REASON_CODES

    translations = Translations(qapp)
    translations.switch(language)
    try:
        words = {code: errors.keyring_words(code) for code in REASON_CODES}
        assert all(words.values()) and len(set(words.values())) == len(REASON_CODES)
        french = re.compile(r"[éèêàç]|\b(?:vous|votre|est|les)\b", re.IGNORECASE)
        for code, text in words.items():
            assert bool(french.search(text)) == (language == "fr"), (code, text)
        assert ("verrouillé" if language == "fr" else "locked") in words["locked"]
        assert errors.keyring_words(None) == ""
    finally:
        translations.switch("fr")
