"""The widget kit: each name loads from its own module, and the signs and sentences it builds
read as whole sentences in each language (French spacing in French, English in English)."""

from __future__ import annotations

import importlib
from types import SimpleNamespace

import pytest

from aidant_app.ui import contacts, widgets
from aidant_app.ui.errors import describe
from aidant_app.ui.i18n import Translations


def test_every_name_of_the_kit_loads_from_the_module_it_is_listed_in() -> None:
    assert set(widgets.__all__) == set(widgets._EXPORTS)
    for name, module in widgets._EXPORTS.items():
        owner = importlib.import_module(f"aidant_app.ui.widgets.{module}")
        assert getattr(widgets, name) is getattr(owner, name), name
    with pytest.raises(AttributeError):
        widgets.open_url  # noqa: B018 - the browser is ui/desktop.py's, not the kit's


@pytest.fixture
def english(qapp):
    translations = Translations(qapp)
    assert translations.switch("en")
    yield
    translations.switch("fr")


# A help line as the backend words it (fictitious values: the backend's own words).
LINE = SimpleNamespace(label="Ligne d'essai", phone="01 23 45 67 89", price="gratuit",
                       hours="9 h à 17 h")


def test_signs_wrap_whole_sentences_and_say_nothing_when_empty(qapp) -> None:
    assert widgets.error_text("") == "" and widgets.chosen_text("") == ""
    assert widgets.error_text("Ce code n'est pas le bon.") == "⚠ Ce code n'est pas le bon."
    assert widgets.numbered_lines(["Ouvrez le site.", "Créez la boîte."]) == (
        "1. Ouvrez le site.\n2. Créez la boîte.")
    assert widgets.bullet_lines(["Un.", "Deux."]) == "• Un.\n• Deux."


def test_french_sentences_keep_french_spacing(qapp) -> None:
    assert contacts.line(LINE) == "Ligne d'essai : 01 23 45 67 89 (gratuit, 9 h à 17 h)"
    text = describe("code_mismatch", attempts_left=2).text
    assert text.startswith("Ce code n'est pas le bon.") and text.endswith(
        " Il vous reste 2 essais.")
    assert describe("rate_limited", retry_after=61).text.endswith(
        " Vous pourrez réessayer dans 2 minutes.")


def test_english_sentences_are_english_whole(english) -> None:
    # Glued in code, these read "Ligne d'essai : 01…" (French spacing) in English too.
    # The backend's own words are French, and say so (ui/i18n.from_backend).
    assert contacts.line(LINE) == (
        "Ligne d'essai: 01 23 45 67 89 (gratuit, 9 h à 17 h) (in French)")
    assert describe("code_mismatch", attempts_left=1).text == (
        "This code is not the right one. Copy the digits from the latest message. "
        "You have 1 try left.")
    assert describe("rate_limited", retry_after=30).text.endswith(
        " You can try again in 30 seconds.")
