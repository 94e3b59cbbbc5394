"""In Arabic, Dari and Pashto a number shown on screen keeps the order of its groups.

A number written in an Arabic sentence ("اتصل بالرقم 36 46") is laid out by the Unicode
bidirectional algorithm inside a right-to-left line: without isolation (rules/bidi.py) its
groups come out in reverse order, and the person dials "46 36". Checked here as a reader
sees it: each number of each label and button of every page is drawn by Qt's own text
layout, in the widget's font, one group at a time, and the groups must appear left to
right in the order they are written. The Done page's identifier and address are also
checked to end on the right, under their headings, where they sat on the far left.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton

from aidant_app.journey import Step
from aidant_app.rules import bidi, mask_nir, nir_login

# Groups of digits or hidden digits (•) separated by spaces: what a reader reads as one
# number. A single group ("13 chiffres") reads the same in both directions.
NUMBER = re.compile(r"[0-9•]+(?:[ \u00a0\u202f]+[0-9•]+)+")
GROUP = re.compile(r"[0-9•]+")


def _left_edge(layout: QTextLayout, width: int, height: int, start: int, length: int) -> int:
    """Where the characters start..start+length are drawn (their leftmost inked column):
    the whole line drawn in white, those characters in black."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    ink = QTextCharFormat()
    ink.setForeground(QColor("black"))
    chosen = QTextLayout.FormatRange()
    chosen.start, chosen.length, chosen.format = start, length, ink
    painter = QPainter(image)
    painter.setPen(QColor("white"))
    layout.draw(painter, QPointF(0, 0), [chosen])
    painter.end()
    for x in range(width):
        if any(QColor(image.pixel(x, y)).lightness() < 128 for y in range(height)):
            return x
    return -1


def reversed_numbers(widget, text: str) -> list[str]:
    """The numbers of `text` whose groups Qt draws out of order in `widget`, laid out as
    Qt paints them (the widget's font and, for a button, its direction), one paragraph a
    line."""
    found = []
    for paragraph in text.split("\n"):
        numbers = list(NUMBER.finditer(paragraph))
        if not numbers:
            continue
        layout = QTextLayout(paragraph, widget.font())
        option = QTextOption()
        # As Qt paints them: a label's line takes the direction of its first strong letter
        # (an RLM makes it right to left); a button's text takes the button's direction.
        option.setTextDirection(widget.layoutDirection() if isinstance(widget, QAbstractButton)
                                else Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(100_000)
        layout.endLayout()
        width, height = int(line.naturalTextWidth()) + 4, int(line.height()) + 2
        line.setPosition(QPointF(-line.naturalTextRect().left() + 2, 0))
        for number in numbers:
            xs = [_left_edge(layout, width, height, number.start() + group.start(),
                             len(group.group()))
                  for group in GROUP.finditer(number.group())]
            if xs != sorted(xs):
                found.append(bidi.strip_marks(number.group()))
    return found


def test_the_check_sees_a_reversed_number(qtbot, qapp):
    """The check itself: a number left bare in an Arabic sentence is reversed; isolated
    as rules/bidi.py does it, it is not."""
    label = QLabel()
    qtbot.addWidget(label)
    sentence = "اتصل بالرقم {number} الآن"
    assert reversed_numbers(label, sentence.format(number="36 46")) == ["36 46"]
    assert reversed_numbers(label, sentence.format(number="01 84 90 36 46")) == ["01 84 90 36 46"]
    button = QPushButton()
    qtbot.addWidget(button)
    button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # a button: even a bare number
    assert reversed_numbers(button, "36 46") == ["36 46"]
    bidi.set_isolating(True)
    try:
        assert reversed_numbers(button, bidi.value_line("36 46")) == []
        assert reversed_numbers(label, bidi.fill(sentence, number="36 46")) == []
        assert reversed_numbers(label, bidi.isolate_literals(sentence.format(number="36 46"))) == []
        assert reversed_numbers(label, bidi.value_line("• •• •• •• ••• 186")) == []
    finally:
        bidi.set_isolating(False)


def _identifier_both_ways(page) -> list[str]:
    """The Done page's identifier, hidden then whole: the same digits, in order."""
    login = nir_login(page.ctx.journey.nir)
    assert bidi.strip_marks(page.login.text()) == mask_nir(login)
    found = reversed_numbers(page.login, page.login.text())
    page.show_login.setChecked(True)
    assert bidi.strip_marks(page.login.text()) == login
    found += reversed_numbers(page.login, page.login.text())
    page.show_login.setChecked(False)
    return found


def _values_beside_their_headings(page) -> None:
    """The identifier and the address start where their headings start: on the right in
    a right-to-left language (they sat on the far left, under Arabic headings on the
    right), on the left otherwise."""
    from .test_rtl_lines import _ink_columns

    def start(label) -> int:
        left, right = _ink_columns(label)
        return label.mapTo(page, QPoint(0, 0)).x() + (right if page.isRightToLeft() else left)

    for value, heading in ((page.login, page.login_title), (page.email, page.email_title)):
        assert abs(start(value) - start(heading)) < 30, (value.objectName(), start(value),
                                                          start(heading))
        # The address can be selected and copied: no invisible marks go with it.
        assert not any(mark in value.text() for mark in bidi.MARKS), value.objectName()


def test_no_page_shows_a_number_reversed_in_arabic(qtbot, window):
    from .journey_support import wait_idle, wait_step
    from .test_accessibility import open_step

    window.set_language("ar")
    qtbot.waitUntil(lambda: QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    problems, numbers_seen = {}, 0
    try:
        for step in Step:
            open_step(window, step)
            wait_step(qtbot, window, step)
            wait_idle(qtbot, window)
            found = []
            for widget in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]:
                if not widget.isVisible() or not widget.text():
                    continue
                numbers_seen += len(NUMBER.findall(widget.text()))
                found += reversed_numbers(widget, widget.text())
            if step == Step.DONE:
                found += _identifier_both_ways(window.current_page)
                _values_beside_their_headings(window.current_page)
            if found:
                problems[step.value] = found
    finally:
        window.set_language("fr")
    assert numbers_seen >= 3  # the identifier, the help numbers: the check saw numbers
    assert problems == {}


def test_the_address_moves_to_its_headings_side_when_the_language_changes(qtbot, window):
    """On the Done page already shown in French, Arabic chosen in the menu."""
    from .journey_support import wait_step
    from .test_accessibility import open_step

    open_step(window, Step.DONE)
    wait_step(qtbot, window, Step.DONE)
    page = window.current_page
    try:
        window.set_language("ar")
        qtbot.waitUntil(lambda: page.isRightToLeft())
        QApplication.processEvents()
        _values_beside_their_headings(page)
    finally:
        window.set_language("fr")
    qtbot.waitUntil(lambda: not page.isRightToLeft())
    QApplication.processEvents()
    _values_beside_their_headings(page)  # and back on the left in French
