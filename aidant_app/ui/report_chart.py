"""The structure's accompaniments per week and theme: a bar chart painted with QPainter, and
the same figures as a table beside it for screen readers and for copying.

Qt's own painting adds nothing to the bundle (QtCharts is in PySide6-Addons, tens of MB;
matplotlib more): a few stacked bars need no plotting library.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

from ..rules import bidi, coop

# Colours told apart with the common colour blindnesses (Okabe-Ito), in theme order; a
# pattern is not needed since the table beside the chart carries every figure.
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#000000")


def theme_order(weeks) -> list[str]:
    """The themes present in the period, in the Coop's order."""
    present = {t for w in weeks for t, n in w.figures.themes.items() if n}
    return coop.in_coop_order(list(present), coop.THEMES)


def monday(week) -> str:
    """A week as the chart and the table name it: its Monday, "16/11"."""
    return week.start.strftime("%d/%m")


class WeekChart(QWidget):
    """Per ISO week, one bar per week of accompaniments, stacked by theme (a record with two
    themes counts once in its bar height, and in both themes' shares of it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekChart")
        self.weeks: tuple = ()
        self.themes: list[str] = []
        self.setMinimumSize(240, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table is what a keyboard reads

    def set_weeks(self, weeks) -> None:
        self.weeks, self.themes = tuple(weeks), theme_order(weeks)
        # Room for the bars (at least 5 lines) and a legend line per theme, at any text size.
        self.setMinimumHeight(self.fontMetrics().height() * (8 + len(self.themes)))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 260)

    def paintEvent(self, event) -> None:  # Qt override
        painter = QPainter(self)
        # The painter starts in the application's direction; the chart's own decides where
        # its words and numbers go (alignments are mirrored right to left).
        painter.setLayoutDirection(self.layoutDirection())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        legend_rows = len(self.themes)
        # In Arabic, Dari and Pashto time runs from right to left, as the text does: the
        # first week on the right, the scale's numbers on the right of the bars.
        mirrored = self.isRightToLeft()
        scale = line * 2.5  # room for the scale's numbers
        area = QRectF(line * 0.5 if mirrored else scale, line * 0.5, self.width() - line * 3,
                      self.height() - line * (2.5 + legend_rows))
        if area.height() < line * 2 or not self.weeks:
            return
        top = max([w.figures.accompaniments for w in self.weeks] + [1])
        painter.setPen(text)
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        # The scale's numbers beside the bars' start, on their side (AlignRight is mirrored
        # by the painter in a right-to-left widget: it puts them against the bars).
        numbers_x = area.right() + 4 if mirrored else 0
        for y, number in ((area.top(), str(top)), (area.bottom(), "0")):
            painter.drawText(QRectF(numbers_x, y - line / 2, scale - 4, line),
                             Qt.AlignmentFlag.AlignRight, number)
        slot = area.width() / len(self.weeks)
        for index, week in enumerate(self.weeks):
            place = len(self.weeks) - 1 - index if mirrored else index
            x = area.left() + place * slot + slot * 0.15
            height = area.height() * week.figures.accompaniments / top
            shares = sum(week.figures.themes.get(t, 0) for t in self.themes) or 1
            y = area.bottom()
            for number, theme in enumerate(self.themes):
                part = height * week.figures.themes.get(theme, 0) / shares
                if part:
                    painter.fillRect(QRectF(x, y - part, slot * 0.7, part),
                                     QColor(COLOURS[number % len(COLOURS)]))
                    y -= part
            painter.setPen(text)
            # Each week by its Monday ("16/11"): "W47", the ISO week's code, is English and
            # says nothing to most people.
            if slot > metrics.horizontalAdvance("00/00") + 4:
                painter.drawText(QRectF(x - slot * 0.15, area.bottom() + 2, slot, line),
                                 Qt.AlignmentFlag.AlignHCenter, monday(week))
        for number, theme in enumerate(self.themes):  # the legend, one theme a line
            # The swatch beside its words, on their side.
            y = area.bottom() + line * (1.5 + number)
            swatch = area.right() - line * 0.8 if mirrored else area.left()
            painter.fillRect(QRectF(swatch, y + line * 0.2, line * 0.8, line * 0.6),
                             QColor(COLOURS[number % len(COLOURS)]))
            words = QRectF(area.left() if mirrored else area.left() + line, y,
                           area.width() - line, line)
            # AlignLeft: mirrored by the painter right to left, against the swatch.
            painter.drawText(words, Qt.AlignmentFlag.AlignLeft, coop.THEMES[theme])
        painter.end()


def two_lines(label: str, longest: int = 16) -> str:
    """A column's title on two lines when it is long ("Prévention en sécurité numérique"):
    the themes' columns stay narrow enough for the table to fit the dialog."""
    if len(label) <= longest or " " not in label:
        return label
    middle = len(label) // 2
    spaces = [i for i, char in enumerate(label) if char == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return label[:cut] + "\n" + label[cut + 1:]


class WeekTable(QTableWidget):
    """The chart's figures: a row per week; columns: accompaniments, minutes, each theme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekTable")
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table: no keyboard trap

    def set_weeks(self, weeks, accompaniments: str, minutes: str, week_of: str) -> None:
        """`week_of`: a row's title, translated, with {date} for the week's Monday."""
        weeks = tuple(weeks)
        themes = theme_order(weeks)
        self.clear()
        self.setRowCount(len(weeks))
        self.setColumnCount(2 + len(themes))
        self.setHorizontalHeaderLabels([two_lines(label) for label in (
            accompaniments, minutes, *(coop.THEMES[t] for t in themes))])
        self.setVerticalHeaderLabels(  # "Semaine du 16/11"
            [bidi.fill(week_of, date=monday(w)) for w in weeks])
        for row, week in enumerate(weeks):
            values = [week.figures.accompaniments, week.figures.minutes,
                      *(week.figures.themes.get(t, 0) for t in themes)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
        # Every week in view: the dialog scrolls, not the table (a scroll inside a scroll
        # hid the last weeks). Wider than the dialog, the table scrolls sideways alone.
        self.resizeRowsToContents()
        header = self.horizontalHeader().sizeHint().height()
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        scroll_bar = self.horizontalScrollBar().sizeHint().height()
        self.setMinimumHeight(header + rows + 2 * self.frameWidth() + scroll_bar)
