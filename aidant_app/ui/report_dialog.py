"""The helper's activity: the structure's figures for a period (chart and table), the
helper's own records with their values one by one in the Coop's order, and the CSV export."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from ..actions.report import ExportReport, LoadReport
from ..actions.report_export import one_by_one
from ..rules import bidi, coop
from . import errors, widgets
from .report_chart import WeekChart, WeekTable
from .screen_fit import keep_on_screen
from .widgets.language import FollowsLanguage

DEFAULT_DAYS = 28  # four weeks: a month's chart at a glance


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ActivityDialog(FollowsLanguage, QDialog):
    def __init__(self, ctx, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self.ctx, self.report = ctx, None
        today = today or dt.date.today()
        self.start = QDateEdit(_qdate(today - dt.timedelta(days=DEFAULT_DAYS - 1)))
        self.end = QDateEdit(_qdate(today))
        for edit, name in ((self.start, "periodStart"), (self.end, "periodEnd")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.start_label, self.end_label = QLabel(), QLabel()
        self.start_label.setBuddy(self.start)
        self.end_label.setBuddy(self.end)
        self.show_button = QPushButton()
        self.show_button.setObjectName("showPeriod")
        self.status = widgets.Para("activityStatus")
        self.chart, self.table = WeekChart(), WeekTable()
        self.table.setMinimumWidth(160)
        # The table under the chart, as wide as the dialog: beside it, its columns were cut
        # (the minutes' "165" showed as "65" in Arabic, the themes hidden in French).
        figures = QWidget()
        figures_layout = QVBoxLayout(figures)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addWidget(self.chart)
        figures_layout.addWidget(self.table)
        self.records = widgets.wrapped_list("myRecords")
        # One value a row: select one, Ctrl+C, paste in the Coop.
        self.values = widgets.wrapped_list("recordValues")
        self.records_label, self.values_label = QLabel(wordWrap=True), QLabel(wordWrap=True)
        self.records_label.setBuddy(self.records)
        self.values_label.setBuddy(self.values)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportCsv")
        self.export_button.setEnabled(False)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeActivity")
        period = QHBoxLayout()
        for widget in (self.start_label, self.start, self.end_label, self.end):
            period.addWidget(widget)
        period.addStretch(1)
        show_row = QHBoxLayout()  # its own row: the dates take the width at 200 %
        show_row.addWidget(self.show_button)
        show_row.addStretch(1)
        lists = QHBoxLayout()
        for label, widget in ((self.records_label, self.records),
                              (self.values_label, self.values)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(widget)
            lists.addLayout(column)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(period)
        layout.addLayout(show_row)
        layout.addWidget(self.status)
        layout.addWidget(figures, 2)
        layout.addLayout(lists, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Lines wrap to the width: only vertical scrolling, even at 200 % on 1024x600.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        self.show_button.clicked.connect(self.load)
        self.close_button.clicked.connect(self.accept)
        self.export_button.clicked.connect(self.ask_and_export)
        self.records.currentRowChanged.connect(self._show_values)
        self.retranslate()
        keep_on_screen(self, share=(0.9, 0.9))

    # --- loading ----------------------------------------------------------------------------

    def load(self) -> None:
        start, end = _day(self.start.date()), _day(self.end.date())
        if start > end:
            self._say(self.tr("Le début de la période est après la fin. Changez une des dates."))
            return
        self._say(self.tr("Chargement…"))
        self.ctx.controller.start(self, LoadReport(start, end), self._loaded)

    def _loaded(self, outcome) -> None:
        if not outcome.ok:
            self._say(widgets.error_text(errors.describe_failure(outcome).text))
            return
        self.report = report = outcome.value
        weeks = report.figures.weeks
        self.chart.set_weeks(weeks)
        self.table.set_weeks(weeks, self.tr("Accompagnements"), self.tr("Minutes"),
                             self.tr("Semaine du {date}"))
        totals = report.figures.totals
        summary = bidi.fill(self._summary(totals.accompaniments, totals.minutes),
                            n=totals.accompaniments, m=totals.minutes,
                            s=report.figures.structure)
        self.chart.setAccessibleName(self.tr("Graphique des accompagnements par semaine"))
        self.chart.setAccessibleDescription(bidi.fill(self.tr(
            "{summary} Le tableau à côté donne les mêmes chiffres."), summary=summary))
        self._say(summary)
        self.records.clear()
        for item in report.mine():
            record = item.record
            themes = ", ".join(coop.THEMES[t] for t in record.themes)
            self.records.addItem(f"{record.date.strftime('%d/%m/%Y')} – "
                                 f"{record.duration_minutes} min – {themes}")
        self.export_button.setEnabled(bool(report.mine()))
        if report.mine():
            self.records.setCurrentRow(0)

    def _summary(self, n: int, m: int) -> str:
        """One whole sentence per case: "1 accompagnement" has no s (Qt's plural forms need
        a translation file, and French is the source language here)."""
        if n == 1 and m == 1:
            return self.tr("1 accompagnement, 1 minute, pour la structure « {s} ».")
        if n == 1:
            return self.tr("1 accompagnement, {m} minutes, pour la structure « {s} ».")
        if m == 1:
            return self.tr("{n} accompagnements, 1 minute, pour la structure « {s} ».")
        return self.tr("{n} accompagnements, {m} minutes, pour la structure « {s} ».")

    def _show_values(self, row: int) -> None:
        self.values.clear()
        mine = self.report.mine() if self.report else ()
        if 0 <= row < len(mine):
            for header, value in one_by_one(mine[row]):
                self.values.addItem(f"{header} : {value.replace(coop.CELL_BREAK, ', ')}")

    # --- export -----------------------------------------------------------------------------

    def ask_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = _day(self.start.date()).isoformat()
        name = f"{folder}/activite-{start}.csv" if folder else f"activite-{start}.csv"
        # Qt's own dialog: the platform's may remember folders in the system's recent files.
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter l'activité"), name, self.tr("Tableur CSV (*.csv)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        return path

    def ask_and_export(self) -> None:
        path = self.ask_path()
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        if self.report is None:
            return
        action = ExportReport(path, self.report.mine())
        self._say(self.tr("Export…"))
        self.ctx.runner.run(self, action.run, self._exported, self._export_crashed, action.key)

    def _exported(self, outcome) -> None:
        if outcome.ok:
            if outcome.value == 1:
                self._say(self.tr("Fichier enregistré : 1 accompagnement."))
            else:
                self._say(bidi.fill(self.tr("Fichier enregistré : {n} accompagnements."),
                                    n=outcome.value))
        else:  # export_failed: its words are in the one vocabulary (rules/codes.py)
            self._say(widgets.error_text(errors.describe_failure(outcome).text))

    def _export_crashed(self, _error: Exception) -> None:
        self._say(widgets.error_text(errors.describe("unexpected").text))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)

    def done(self, result: int) -> None:  # Qt override: closed, its calls' answers go nowhere
        self.ctx.runner.cancel(self)
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Aidant – activité de la structure"))
        self.start_label.setText(self.tr("Du"))
        self.end_label.setText(self.tr("au"))
        self.show_button.setText(self.tr("Afficher"))
        self.records_label.setText(self.tr("Mes accompagnements"))
        self.values_label.setText(self.tr("Valeurs à recopier dans la Coop, dans l'ordre"))
        self.table.setAccessibleName(self.tr("Tableau des accompagnements par semaine"))
        self.records.setAccessibleName(self.records_label.text())
        self.values.setAccessibleName(self.values_label.text())
        self.export_button.setText(self.tr("Exporter en CSV…"))
        self.close_button.setText(self.tr("Fermer"))
