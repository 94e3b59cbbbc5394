"""Display text that must not break: phone numbers, a number and its word, French signs."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from aidant_app.ui.typography import NBSP, keep_together
from aidant_app.ui.widgets import Para


@pytest.mark.parametrize("text, whole", [
    ("Appelez l'Assurance Maladie au 36 46.", "36 46"),
    ("Depuis l'étranger : +33 1 84 90 36 46 (prix d'un appel).", "+33 1 84 90 36 46"),
    ("Solidarité Numérique : 01 70 772 372", "01 70 772 372"),
    ("Tapez le code dans les 15 minutes.", "15 minutes"),
    ("Le code postal a 5 chiffres, par exemple 75011.", "5 chiffres"),
    ("0,06 € par minute", "0,06 €"),
    ("Call 36 46 from France.", "36 46"),
])
def test_numbers_never_break(text, whole):
    shown = keep_together(text)
    assert whole.replace(" ", NBSP) in shown
    # Nothing else changed: the same words once the no-break spaces are read as spaces.
    assert shown.replace(NBSP, " ") == text


def test_words_without_numbers_still_break_at_their_spaces():
    text = "Ouvrez votre boîte e-mail et cherchez le message."
    assert keep_together(text) == text


def _lines(text: str, font, width: int) -> list[str]:
    """The lines Qt's text layout makes of `text` at `width` pixels (as a wrapped label)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_a_paragraph_never_puts_the_end_of_a_phone_number_on_the_next_line(qtbot):
    """As a person sees it: at a width where the line is full just after "36", the whole
    number goes to the next line (without keep_together, "46" went alone)."""
    para = Para("phone")
    qtbot.addWidget(para)
    text = "Appelez le 36 46 pour parler à l'Assurance Maladie."
    para.setText(text)
    width = QFontMetrics(para.font()).horizontalAdvance("Appelez le 36 ")
    plain = _lines(text, para.font(), width)
    assert plain[0].rstrip().endswith("36")  # the case to avoid does happen at this width
    shown = _lines(QLabel.text(para), para.font(), width)
    assert any(line.strip().startswith("36\u00a046") for line in shown), shown
