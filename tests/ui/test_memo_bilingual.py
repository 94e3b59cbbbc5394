"""A memo printed in another language carries its French too, line by line, for a clerk.

Read as a reader would (pdftotext), from the real Done page's "save" button.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from datetime import date

import pytest

from aidant_app.rules import bidi, nir_login
from aidant_app.rules.languages import LANGUAGES
from aidant_app.ui.i18n import Translations
from aidant_app.ui.memo import bilingual_lines, write_pdf
from aidant_app.ui.pages.done import DonePage

from .pages_support import show_page
from .test_memo_privacy import _pending_person, _save_memo


def test_an_english_memo_has_the_french_under_each_line(qtbot, qapp, app_ctx, tmp_path,
                                                        monkeypatch):
    _pending_person(app_ctx, 5)
    translations = Translations(qapp)
    try:
        translations.switch("en")
        lines = bilingual_lines(app_ctx.journey, app_ctx.meta)
        assert lines[0].french == "Aide-mémoire : mon compte ameli"
        assert lines[0].text != lines[0].french
        worded = [line for line in lines if line.text.strip(" _•0123456789")]
        # Every line with words has its French, except the ones that are the same
        # in both: the two values (the address, the resume code).
        assert sum(1 for line in worded if line.french) >= len(worded) - 2
        page = show_page(qtbot, app_ctx, DonePage)
        text = " ".join(_save_memo(qtbot, page, tmp_path / "memo.pdf", monkeypatch).split())
        assert "Aide-mémoire : mon compte ameli" in text
        assert lines[0].text in text
        assert "Je garde cette feuille chez moi" in text
    finally:
        translations.switch("fr")


def test_a_french_memo_is_french_only(app_ctx):
    _pending_person(app_ctx, 6)
    assert all(not line.french for line in bilingual_lines(app_ctx.journey, app_ctx.meta))


FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")


def _latin_words(text: str) -> list[str]:
    return re.findall(r"[A-Za-zÀ-ÿ]{3,}", bidi.strip_marks(text))


def test_an_arabic_memo_says_the_date_in_arabic_and_its_french_line_in_french(qapp, app_ctx):
    """"Log in again before 30 novembre 2028" was French inside the Arabic sentence, and
    the French line under it carried the provider's rule in Arabic."""
    _pending_person(app_ctx, 7)  # a gmail.com address: Google's rule for unused accounts
    translations = Translations(qapp)
    try:
        translations.switch("ar")
        lines = bilingual_lines(app_ctx.journey, app_ctx.meta)
    finally:
        translations.switch("fr")
    again = [line for line in lines if "avant le" in line.french]
    assert len(again) == 1, [line.french for line in lines]
    arabic, french = again[0].text, again[0].french
    # The Arabic line: the month in Arabic, the day and year in the digits 0-9.
    assert not set(_latin_words(arabic)) & set(FRENCH_MONTHS), arabic
    assert re.search(r"\d{1,2} [^\d\sA-Za-z]+ \d{4}", bidi.strip_marks(arabic)), arabic
    # Google and Gmail are names: the only Latin words of the Arabic line.
    assert set(_latin_words(arabic)) <= {"Google", "Gmail"}, arabic
    # The French line, for a clerk: French words only, the month in French.
    months = "|".join(FRENCH_MONTHS)
    assert re.search(rf"avant le \d{{1,2}} ({months}) \d{{4}}", french), french
    assert not re.search(r"[\u0600-\u06ff]", french), french


@pytest.mark.parametrize("language", [row.code for row in LANGUAGES if row.rtl])
def test_dates_in_a_right_to_left_language_name_the_month_in_that_language(qapp, language):
    from aidant_app.ui.next_steps import long_date

    translations = Translations(qapp)
    try:
        translations.switch(language)
        said = long_date(date(2027, 3, 31))
    finally:
        translations.switch("fr")
    day, month, year = said.split(" ")
    assert (day, year) == ("31", "2027")  # the digits 0-9, as every number of the app
    assert month and all(unicodedata.bidirectional(char) == "AL" for char in month), said
    assert long_date(date(2027, 3, 31)) == "31 mars 2027"


def test_on_an_arabic_memo_the_identifier_is_on_the_side_of_its_heading(qtbot, qapp,
                                                                       app_ctx, tmp_path):
    """The whole memo was laid out from the left in Arabic. Its lines start on the right
    now, the identifier and the address under their headings, digits in their order; the
    French under each line stays on the left."""
    _pending_person(app_ctx, 8)
    translations = Translations(qapp)
    try:
        translations.switch("ar")
        lines = bilingual_lines(app_ctx.journey, app_ctx.meta)
        write_pdf(tmp_path / "memo.pdf", lines, right_to_left=True)
    finally:
        translations.switch("fr")
    words = _pdf_words(tmp_path / "memo.pdf")
    page_width = words["page_width"]
    email = app_ctx.journey.email
    visible_digits = nir_login(app_ctx.journey.nir)[10:]
    def right_edge(word: str) -> float:
        return max(x_max for text, _x_min, x_max in words["words"] if text == word)

    def left_edge(word: str) -> float:
        return min(x_min for text, x_min, _x_max in words["words"] if text == word)

    for value in (visible_digits, email):
        assert right_edge(value) > page_width * 0.8, (value, right_edge(value), page_width)
    # The hidden digits come first, then the visible ones: in their order, left to right.
    bullets = [x_min for text, x_min, _x_max in words["words"] if text == "•"]
    assert bullets and max(bullets) < left_edge(visible_digits)
    assert left_edge("Aide-mémoire") < page_width * 0.2  # the French title, on the left


def _pdf_words(path) -> dict:
    """Each word of the PDF's first page with its left and right edges (pdftotext -bbox)."""
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed to read the memo"
    out = subprocess.run([tool, "-bbox", "-f", "1", "-l", "1", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', out).group(1))
    words = [(html.unescape(text), float(x_min), float(x_max)) for x_min, x_max, text in
             re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">'
                        r"([^<]*)</word>", out)]
    return {"page_width": width, "words": words}


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_memo_gives_back_the_address_as_written(qtbot, qapp, app_ctx, tmp_path, language):
    """A PDF reader copies the memo's text: "ff", "fi" and "ffi" drawn as one ligature came
    back as U+FB00-FB03 ("oﬃce@..."), an address no web form takes. The address, and the
    French lines under an Arabic memo, come back letter for letter."""
    _pending_person(app_ctx, 9)
    app_ctx.journey.answers.email = "office.fiona.effi@exemple.fr"  # fictitious
    translations = Translations(qapp)
    try:
        translations.switch(language)
        lines = bilingual_lines(app_ctx.journey, app_ctx.meta)
        write_pdf(tmp_path / "memo.pdf", lines, right_to_left=language == "ar")
    finally:
        translations.switch("fr")
    text = subprocess.run([shutil.which("pdftotext"), str(tmp_path / "memo.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "office.fiona.effi@exemple.fr" in text
    # Words of the French lines (all of a French memo, the clerk's lines of an Arabic one)
    # where a font joins letters: each comes back as it is written.
    french = [line.french or line.text for line in lines] if language == "ar" else \
        [line.text for line in lines]
    joinable = {word for line in french for word in line.split()
                if re.search("ff|fi|fl", word) and not re.search(r"[\u0600-\u06ff]", line)}
    assert joinable, french  # the check checks something
    assert joinable <= set(text.split()), sorted(joinable - set(text.split()))
