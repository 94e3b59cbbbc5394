"""Every focus is visible, whatever the text size: a page title that takes the focus (its
first control below the fold) shows the focus ring; the line that says why Continuer is
grey grows with the text like every other text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from aidant_app.journey import Step
from aidant_app.ui import theme


def _has_colour(widget, colour: str) -> bool:
    image = widget.grab().toImage()
    wanted = QColor(colour).rgb()
    height, width = image.height(), image.width()
    # The ring runs along the edges: look at the left column and the top row.
    return any(image.pixel(x, 1) == wanted for x in range(width)) or \
        any(image.pixel(1, y) == wanted for y in range(height))


@pytest.mark.parametrize("contrast", [False, True])
def test_a_focused_page_title_shows_the_ring(qtbot, window, contrast) -> None:
    window.set_high_contrast(contrast)
    window.set_text_scale(200)
    window.jump_to(Step.EMAIL_QUESTION)
    title = window.current_page.title_label
    ring = (theme.HIGH_CONTRAST if contrast else theme.NORMAL).focus
    window.next_button.setFocus()
    qtbot.wait(20)
    assert not _has_colour(title, ring)
    title.setFocus()
    qtbot.waitUntil(title.hasFocus, timeout=2000)
    qtbot.wait(20)
    assert _has_colour(title, ring)
    window.set_high_contrast(False)
    window.set_text_scale(100)


def test_why_continuer_is_grey_grows_with_the_text(qtbot, window) -> None:
    reason = window.button_row.reason
    sizes = {}
    for scale in (100, 200):
        window.set_text_scale(scale)
        window.jump_to(Step.START)
        sizes[scale] = reason.fontInfo().pointSizeF()  # points: pixels round
    window.set_text_scale(100)
    # At 100 % in the page's text size (14 pt); at 200 % on this screen, short for 200 %
    # (ui/theme.py's _short_shell), 12.5/14 of the page's: 1.79 times as large, not 2
    # (1.74 as the fonts' real sizes round).
    assert sizes[200] >= sizes[100] * 1.7, sizes
