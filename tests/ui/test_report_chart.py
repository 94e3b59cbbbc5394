"""The activity report's week chart reads in the interface's direction: in Arabic, Dari and
Pashto the first week is on the right, as the first word of a line is."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from aidant_app.ui.report_chart import COLOURS, WeekChart


def _week(monday: date, accompaniments: int) -> SimpleNamespace:
    figures = SimpleNamespace(accompaniments=accompaniments, minutes=30 * accompaniments,
                              themes={"email": accompaniments})
    return SimpleNamespace(start=monday, figures=figures)


def _columns_of(image, colour: QColor, rows: range) -> list[int]:
    """The columns where the chart painted `colour` (a bar of the first theme) in `rows`."""
    wanted = colour.rgb()
    return [x for x in range(image.width()) if any(image.pixel(x, y) == wanted for y in rows)]


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
def test_the_first_week_is_where_reading_starts(qtbot, direction):
    chart = WeekChart()
    qtbot.addWidget(chart)
    chart.setLayoutDirection(direction)
    chart.resize(600, 320)
    # The first week has four accompaniments, the second one: the first bar is the tall one.
    chart.set_weeks([_week(date(2026, 11, 16), 4), _week(date(2026, 11, 23), 1)])
    image = chart.grab().toImage()
    colour = QColor(COLOURS[0])
    bars = _columns_of(image, colour, range(0, image.height(), 2))
    tall = _columns_of(image, colour, range(image.height() // 4))  # reaches the top quarter
    assert bars and tall, "the chart painted its bars"
    middle = image.width() / 2
    if direction == Qt.LayoutDirection.LeftToRight:
        assert max(tall) < middle < max(bars)
    else:
        assert min(tall) > middle > min(bars)
