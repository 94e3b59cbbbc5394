"""Every letter of every translation has a glyph in the fonts Qt picks, and no word is cut
between two fonts (an Arabic word drawn in two fonts loses its joins).

Measured with the app's own font as ui/fonts.py sets it for each language, with Qt's font
fallback, as the screen draws it (QTextLayout's glyph runs): a glyph 0 is the empty box.
On Debian this needs fonts-dejavu-core and fonts-noto-ui-core (scripts/install-debian.sh).
"""

from __future__ import annotations

import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QTextLayout

from aidant_app.rules.bidi import MARKS, RLM
from aidant_app.rules.languages import BY_CODE, TRANSLATED
from aidant_app.ui import fonts

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
# The letters each alphabet adds to the Arabic script's, as a translator types them: checked
# before any translation uses them (Pashto's ۍ is missing from DejaVu Sans).
ALPHABETS = {
    "ar": "ءآأؤإئابةتثجحخدذرسشصضطظعغفقكلمنهوىي،؛؟٠١٢٣٤٥٦٧٨٩",
    "fa_AF": "پچژگکیۀ۰۱۲۳۴۵۶۷۸۹٫٬",
    "ps_AF": "ټډړږښګڼۍېځڅ",
}
ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+")


def _texts(language: str) -> list[str]:
    """The finished translations of `language`, its own name and its alphabet's letters."""
    texts = [BY_CODE[language].name, " ".join(ALPHABETS.get(language, ""))]
    for message in ET.parse(TRANSLATIONS / f"aidant_{language}.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") not in ("unfinished",
                                                                       "vanished", "obsolete"):
            texts.append(translation.text or "")
    # Every letter between two others, as it is drawn inside a word (its joining forms).
    texts += [f"ب{letter}ب" for letter in ALPHABETS.get(language, "")]
    return texts


def _runs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    assert line.isValid()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def font_problems(texts: list[str], font: QFont) -> list[str]:
    """Characters drawn as a box, and Arabic-script words drawn in more than one font."""
    problems, seen = [], set()
    for text in texts:
        for line in text.replace(RLM, "").translate({ord(m): None for m in MARKS}).split("\n"):
            for char in set(line) - seen:
                seen.add(char)
                if unicodedata.category(char)[0] in "CZ":
                    continue  # controls and spaces draw nothing
                runs = _runs(char, font)
                if not runs or any(0 in glyphs for _family, glyphs in runs):
                    problems.append(f"U+{ord(char):04X} {char} ({unicodedata.name(char, '?')}): "
                                    f"no glyph in {[family for family, _g in runs]}")
            for word in set(ARABIC_LETTER.findall(line)) - seen:
                seen.add(word)
                families = {family for family, _glyphs in _runs(word, font)}
                if len(families) > 1:
                    problems.append(f"{word!r} drawn in {sorted(families)}: its letters "
                                    "do not join")
    return problems


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_letter_of_every_translation_is_drawn_whole(qapp, language):
    try:
        fonts.apply(qapp, language)
        problems = font_problems(_texts(language), QFont(qapp.font()))
    finally:
        fonts.apply(qapp, "fr")
    assert problems == [], (f"{language}: install the fonts of docs/install.md "
                            "(fonts-noto-ui-core on Debian):\n" + "\n".join(problems))


def test_the_check_sees_a_letter_without_a_font_and_a_word_in_two_fonts(qapp):
    """Without the Arabic-script font first (the system's font alone: DejaVu Sans on Debian),
    Pashto's ۍ is drawn by another font than its word, or as a box."""
    system = QFont(qapp.font())
    system.setFamilies(fonts.families_for("fr"))
    words = ["پښتو", "کوونکۍ"]
    if not any("ۍ" in w for w in words) or _single_font(system, "بۍ"):
        pytest.skip("the system's own font has every Pashto letter here")
    problems = font_problems(words, system)
    assert any("کوونکۍ" in p or "U+06CD" in p for p in problems), problems
    phoenician = font_problems(["\U00010900"], system)  # a letter no font here has
    assert phoenician and "U+10900" in phoenician[0]


def _single_font(font: QFont, word: str) -> bool:
    runs = _runs(word, font)
    return len({family for family, _g in runs}) == 1 and not any(0 in g for _f, g in runs)


@pytest.mark.skipif(sys.platform != "linux", reason="Windows and macOS have their own "
                    "Arabic-script fonts (Segoe UI, Geeza Pro): docs/install.md")
def test_a_right_to_left_language_puts_an_arabic_script_font_first(qapp):
    assert fonts.families_for("fr") == fonts.families_for("en")
    arabic = fonts.families_for("ar")
    assert arabic[-len(fonts.families_for("fr")):] == fonts.families_for("fr")
    assert arabic[0] in fonts.ARABIC_SCRIPT, (
        "no font with every Arabic, Dari and Pashto letter is installed "
        "(fonts-noto-ui-core on Debian)")
