"""Error words and providers' data: every code has plain words, every provider its facts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aidant_app.api.errors import CLIENT_CODES, ApiError
from aidant_app.ui import errors
from aidant_app.ui.providers import load, pick

DESIGN = Path(__file__).resolve().parents[2] / "docs" / "API.md"
VALIDATION_CODES = {
    "nir_empty", "nir_incomplete", "nir_too_long", "nir_characters", "nir_key",
    "nir_temporary", "nir_invalid", "birth_date_invalid", "birth_date_mismatch",
    "postal_code_invalid", "iban_invalid", "email_invalid", "password_policy", "password_empty",
}
API_CODES = {
    "malformed_json", "invalid_request", "not_found", "rate_limited", "unauthenticated",
    "bad_credentials", "email_invalid", "code_mismatch", "too_many_attempts", "code_expired",
    "nir_invalid", "nir_temporary", "birth_date_mismatch", "iban_invalid",
    "email_proof_invalid", "password_policy", "terms_outdated", "identity_not_found",
    "identity_mismatch", "bank_details_mismatch", "email_unavailable", "account_exists",
    "already_active", "link_expired", "link_used", "link_superseded", "link_unknown",
    "journey_unknown", "address_taken", "idempotency_key_required", "idempotency_key_invalid",
    "idempotency_key_reused",
}


def test_every_code_has_its_own_words_and_an_action(qapp):
    generic = errors.describe("no_such_code").text
    for code in VALIDATION_CODES | API_CODES | CLIENT_CODES:
        message = errors.describe(code)
        assert message.text and message.text != generic, code
        assert message.action_label, code


def test_api_md_codes_are_all_known(qapp):
    # The contract document is part of the project: it must be there in a fresh clone.
    listed = set(re.findall(r"`([a-z]+(?:_[a-z]+)+)`", DESIGN.read_text(encoding="utf-8")))
    codes = {c for c in listed if c in API_CODES or c.startswith(("link_", "nir_"))}
    assert codes and codes <= errors.known_codes()


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
    assert pick({"fr": "oui", "en": "yes"}, "en") == "yes"
    assert pick({"fr": "oui"}, "en") == "oui"


def test_every_server_code_of_api_1_1_has_words_and_a_next_action(qapp):
    """One table: whatever API 1.1 lets a server answer has its words (ui/errors.py) and
    its next action (actions.next_for), never the generic sentence."""
    from aidant_app.actions import next_for
    from aidant_app.api.errors import SERVER_CODES

    generic = errors.describe("no_such_code").text
    missing = sorted(code for code in SERVER_CODES if errors.describe(code).text == generic)
    assert missing == []
    assert errors.describe("journey_revoked").action is next_for("journey_revoked")
    assert "36 46" in errors.describe("journey_revoked").text


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
