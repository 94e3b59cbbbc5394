"""What "Écouter" reads, without Qt: the page's words in order, and no value typed in them."""

from __future__ import annotations

import pytest

from aidant_app.journey.fields import CHARACTERS, DIGITS, SECRET
from aidant_app.journey.reading import (
    PageWords,
    field_words,
    page_sentences,
    redact,
    secret_free,
    sentences,
)
from aidant_app.rules import group_nir
from aidant_app.server.population import PEOPLE

HIDDEN = "valeur non lue"
WHO = PEOPLE[0]


def test_the_title_comes_first_then_text_question_answers_and_fields():
    words = PageWords(
        title="Votre adresse e-mail",
        paragraphs=["Écrivez votre adresse. Nous vérifions qu'elle existe."],
        question="Avez-vous une adresse e-mail ?", answers=["Oui", "Non"],
        fields=[("Adresse e-mail", "Par exemple : nom@exemple.fr", "⚠ Il manque le @.")])
    assert page_sentences(words, HIDDEN) == [
        "Votre adresse e-mail", "Écrivez votre adresse.", "Nous vérifions qu'elle existe.",
        "Avez-vous une adresse e-mail ?", "Oui", "Non", "Adresse e-mail",
        "Par exemple : nom@exemple.fr", "⚠ Il manque le @."]


@pytest.mark.parametrize("shown", [
    "Votre numéro : {nir}.",
    "Votre numéro : {grouped}.",
    "Votre identifiant ameli sera les 13 premiers chiffres : {login}",
    "Numéro {nir} et mot de passe Jardin-Velo-7.",
])
def test_a_typed_number_never_reaches_the_reading_even_regrouped(shown):
    text = shown.format(nir=WHO.nir, grouped=group_nir(WHO.nir), login=WHO.nir[:13])
    words = PageWords(title="Votre compte", paragraphs=[text],
                      typed=[group_nir(WHO.nir), "Jardin-Velo-7"])
    said = page_sentences(words, HIDDEN)
    assert said[0] == "Votre compte"
    assert secret_free(said, [WHO.nir, WHO.nir[:13], "Jardin-Velo-7"])
    assert any(HIDDEN in sentence for sentence in said)


def test_an_iban_and_a_code_are_taken_out_and_other_numbers_stay():
    iban = WHO.iban_listed
    said = redact(f"IBAN {iban}, code 482913, appelez le 36 46 avant le 12.", [iban, "482913"],
                  HIDDEN)
    assert iban.replace(" ", "") not in said.replace(" ", "")
    assert "482913" not in said
    assert "36 46" in said and "12." in said  # numbers nobody typed are read


def test_short_values_are_not_hunted_in_every_word():
    """A two-letter value would blank out words: only values of 3 characters or more."""
    assert redact("Oui, un compte", ["un"], HIDDEN) == "Oui, un compte"


def test_sentences_split_at_ends_and_lines_and_drop_empty_ones():
    assert sentences("Un. Deux ?\n\nTrois !  Quatre… Cinq") == [
        "Un.", "Deux ?", "Trois !", "Quatre…", "Cinq"]
    assert sentences("مرحبا. كيف حالك؟ جيد") == ["مرحبا.", "كيف حالك؟", "جيد"]


def test_a_field_read_on_request_is_read_in_its_groups():
    assert field_words("1 84 12", DIGITS) == "1, 8 4, 1 2"
    assert field_words("FR76 3000", CHARACTERS) == "F R 7 6, 3 0 0 0"
    assert field_words("Ab-1", SECRET) == "A b - 1"
    assert field_words("   ", SECRET) == ""
