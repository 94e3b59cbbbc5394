"""The language menu: as wide as the language it shows; its list as wide as its longest entry."""

from __future__ import annotations

import pytest

from aidant_app.rules.languages import LANGUAGES
from aidant_app.ui import theme
from aidant_app.ui.topbar import TopBar


@pytest.mark.parametrize("scale", [100, 200])
def test_the_menu_takes_the_width_of_what_it_shows(qtbot, qapp, scale):
    theme.apply(qapp, scale, False)
    try:
        bar = TopBar()
        qtbot.addWidget(bar)
        bar.resize(1900, 80)
        bar.show()
        qtbot.waitExposed(bar)
        box = bar.language
        widths = {}
        for row in LANGUAGES:
            bar.set_state(scale, False, row.code)
            shown = box.fontMetrics().boundingRect(box.currentText()).width()
            # The shown words fit, with the frame and arrow around them, and no more.
            assert shown < box.sizeHint().width() < shown + 80, (row.code, box.currentText())
            assert box.minimumSizeHint().width() == box.sizeHint().width()
            widths[row.code] = box.sizeHint().width()
        # Another entry shown, another width: French is narrower than the Arabic entry
        # with its "(traduction à relire)".
        assert widths["fr"] + 50 < widths["ar"]
        bar.set_state(scale, False, "fr")
        box.showPopup()
        try:
            longest = max(box.fontMetrics().boundingRect(box.itemText(i)).width()
                          for i in range(box.count()))
            assert box.view().width() >= longest  # the list shows every entry whole
        finally:
            box.hidePopup()
    finally:
        theme.apply(qapp, 100, False)
