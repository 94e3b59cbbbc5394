"""Right-to-left languages: every line is laid out right to left, whatever its first letter.

A line's direction comes from its first strong letter, not from the window's mirroring:
a Dari sentence starting with "Assurance Maladie", or "• {item}" whose only letters are in
the isolated value, was laid out left to right (aligned left, the bullet on the left).
The app's translator starts such texts with a right-to-left mark (rules/bidi.paragraph).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel

from aidant_app.rules import bidi
from aidant_app.rules.languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
RTL = [row.code for row in LANGUAGES if row.rtl]


def _finished(language: str) -> list[tuple[str, str]]:
    """(context, source) of each message the .ts of `language` translates."""
    found = []
    path = ROOT / "resources" / "translations" / f"aidant_{language}.ts"
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found.append((name, message.findtext("source") or ""))
    return found


def test_first_strong_skips_isolated_values():
    assert bidi.first_strong("Assurance Maladie دارد") == "L"
    assert bidi.first_strong("• " + bidi.FSI + "آدرس" + bidi.PDI) == ""
    assert bidi.first_strong("• " + bidi.FSI + "nom@exemple.fr" + bidi.PDI + " دارد") == "AL"
    assert bidi.first_strong("\u05d0 hébreu") == "R"
    assert bidi.first_strong("عربي") == "AL"
    assert bidi.first_strong("36 46") == ""


def test_paragraph_marks_only_in_a_right_to_left_interface():
    bidi.set_isolating(False)
    assert bidi.paragraph("IBAN : نمبر") == "IBAN : نمبر"
    bidi.set_isolating(True)
    try:
        assert bidi.paragraph("IBAN : نمبر") == bidi.RLM + "IBAN : نمبر"
        assert bidi.paragraph("نمبر IBAN") == "نمبر IBAN"  # already right to left
        assert bidi.strip_marks(bidi.paragraph("• x")) == "• x"
    finally:
        bidi.set_isolating(False)


@pytest.mark.parametrize("language", RTL)
def test_every_translated_text_starts_right_to_left(qapp, language):
    from aidant_app.ui.i18n import Translations

    messages = _finished(language)
    if len(messages) < 50:
        pytest.skip(f"{language} is not translated yet")
    translations = Translations(qapp)
    assert translations.switch(language)
    try:
        left = []
        for context, source in messages:
            if context == "QGuiApplication":
                continue
            text = QCoreApplication.translate(context, source)
            if bidi.first_strong(text) not in ("R", "AL"):
                left.append(f"{context}|{source[:40]!r} -> {text[:40]!r}")
        assert not left, "laid out left to right:\n" + "\n".join(left[:20])
        # The layout direction itself is still read from the translation.
        assert QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL"
    finally:
        translations.switch("fr")
    assert not bidi.isolating()


def _ink_columns(label: QLabel) -> tuple[int, int]:
    """The leftmost and rightmost pixel columns where the label's text is drawn (the
    label painted over white: its own background may be transparent under a style sheet)."""
    drawn = label.grab().toImage()
    image = QImage(drawn.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, drawn)
    painter.end()
    columns = [x for x in range(image.width())
               if any(QColor(image.pixel(x, y)).lightness() < 160 for y in range(image.height()))]
    assert columns, "nothing drawn"
    return columns[0], columns[-1]


@pytest.mark.parametrize("wrap", [False, True])
def test_a_bullet_line_sits_on_the_right(qtbot, qapp, wrap):
    """What a person sees: '• {item}' in Dari, the bullet and its words at the right edge."""
    from aidant_app.ui.i18n import Translations

    translations = Translations(qapp)
    assert translations.switch("fa_AF")
    try:
        label = QLabel(bidi.fill(QCoreApplication.translate("Signs", "• {item}"),
                                 item="کارت Vitale"))
        label.setWordWrap(wrap)
        label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        qtbot.addWidget(label)
        label.resize(600, 40)
        label.show()
        QApplication.processEvents()
        left, right = _ink_columns(label)
        assert left > 300 and right > 560, (left, right)  # at the right, not at the left
    finally:
        translations.switch("fr")


def test_a_file_name_keeps_no_direction_mark(qapp):
    """The memo's file name is a translated text too: no invisible mark gets into it."""
    from aidant_app.ui.i18n import Translations
    from aidant_app.ui.places import save_path

    translations = Translations(qapp)
    assert translations.switch("fa_AF")
    try:
        name = QCoreApplication.translate("Memo", "aide-memoire-ameli.pdf")
        path = save_path(name)
        assert path.endswith(bidi.strip_marks(name))
        assert not any(mark in path for mark in bidi.MARKS)
    finally:
        translations.switch("fr")
