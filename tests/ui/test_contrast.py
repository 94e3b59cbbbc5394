"""Contrast as drawn: text against its background, and the focus ring against what is on
both sides of it, in the normal and the high-contrast themes (pixels of real widgets)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QWidget

from aidant_app.ui import theme
from aidant_app.ui.inbox_dialog import InboxDialog, readable_html

TEXT_MIN = {False: 4.5, True: 7.0}  # WCAG AA text; high contrast asks for AAA
RING_MIN = 3.0  # WCAG non-text contrast


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def ratio(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_palette_text_pairs(high_contrast):
    p = theme.HIGH_CONTRAST if high_contrast else theme.NORMAL
    pairs = [("text", "window"), ("muted", "window"), ("muted", "panel"), ("link", "window"),
             ("error_text", "error"), ("banner_text", "banner"), ("primary_text", "primary"),
             ("button_text", "button"), ("link", "window")]
    low = [(a, b, round(ratio(QColor(getattr(p, a)), QColor(getattr(p, b))), 2))
           for a, b in pairs
           if ratio(QColor(getattr(p, a)), QColor(getattr(p, b))) < TEXT_MIN[high_contrast]]
    assert low == []


def _ring_and_sides(window: QWidget, button: QPushButton) -> tuple[QColor, QColor, QColor]:
    """The colours drawn just outside the button, on its border, and just inside it, in the
    middle of its top edge (above the text)."""
    margin = 6
    area = QRect(button.mapTo(window, QPoint(0, 0)) - QPoint(margin, margin),
                 button.size() + QRect(0, 0, 2 * margin, 2 * margin).size())
    image = window.grab(area).toImage()
    x = image.width() // 2
    outside = image.pixelColor(x, 1)
    ring = image.pixelColor(x, margin + 1)
    inside = image.pixelColor(x, margin + 6)
    return outside, ring, inside


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_focus_ring_shows_on_every_kind_of_button(qtbot, window, high_contrast):
    window.set_high_contrast(high_contrast)
    start = window.current_page
    qtbot.mouseClick(start.helper_radio, Qt.MouseButton.LeftButton)  # a chosen (filled) one
    window.next_button.setEnabled(True)  # the filled primary button, as when complete
    buttons = [window.next_button, start.helper_radio, start.home_radio, window.help_button]
    problems = []
    for button in buttons:
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(button.hasFocus)
        qtbot.wait(30)
        outside, ring, inside = _ring_and_sides(window, button)
        for side, colour in (("outside", outside), ("inside", inside)):
            if ratio(ring, colour) < RING_MIN:
                problems.append(f"{button.objectName()}: ring {ring.name()} vs {side} "
                                f"{colour.name()} = {ratio(ring, colour):.2f}")
    window.set_high_contrast(False)
    assert problems == []


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_a_message_in_the_inbox_is_readable(qtbot, window, high_contrast):
    """A real training message (18px, its own link colour) in the theme's colours and at
    the text size chosen."""
    window.set_high_contrast(high_contrast)
    window.set_text_scale(200)
    html = ('<html><body style="font-family: sans-serif; font-size: 18px; color: #333">'
            '<p>Bonjour,</p><p><a href="http://127.0.0.1/activate/x" style="color: #0000ff; '
            'font-size: 22px">Confirmer mon adresse</a></p>'
            '<p style="color: #555555; font-size: 12px">Message automatique.</p></body></html>')
    dialog = InboxDialog(window.ctx, "odile.fictive@entrainement.example", True, window)
    qtbot.addWidget(dialog)
    dialog.view.setHtml(readable_html(html))
    p = theme.current_palette()
    background = QColor(p.window)
    problems, sizes = [], []
    block = dialog.view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            colour = fmt.foreground().color() if fmt.foreground().style() != Qt.BrushStyle.NoBrush \
                else dialog.view.palette().text().color()
            if fmt.isAnchor() and fmt.foreground().style() == Qt.BrushStyle.NoBrush:
                colour = dialog.view.palette().link().color()
            if ratio(colour, background) < TEXT_MIN[high_contrast]:
                problems.append(f"{fragment.text()!r}: {colour.name()} on {background.name()}")
            sizes.append(fmt.font().pixelSize())
            it += 1
        block = block.next()
    dialog.done(0)
    window.set_text_scale(100)
    window.set_high_contrast(False)
    assert problems == []
    assert min(s for s in sizes if s > 0) >= 24  # 12px at 200 %
