"""The recording form: one accompaniment in the Coop's anonymous fields (helper mode only).

It starts empty except today's date and, after a journey, the themes "E-mail" and "Santé":
nothing typed during the journey is carried over. Escape skips it. The choices show the
Coop's own French labels (rules/coop.py), as the helper will find them in the Coop.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from ..actions.report import AccompanimentRecord, RecordAccompaniment, draft
from ..rules import bidi, coop
from . import errors, widgets
from .screen_fit import keep_on_screen
from .widgets.language import FollowsLanguage

OTHER = -1  # the "Autre durée" choice


def _radios(box: QGroupBox, choices: dict, columns: int = 2) -> QButtonGroup:
    group, grid = QButtonGroup(box), QGridLayout(box)
    for index, (value, label) in enumerate(choices.items()):
        radio = QRadioButton(label)
        radio.setProperty("value", value)
        group.addButton(radio, index)
        grid.addWidget(radio, index // columns, index % columns)
    return group


def _checks(box: QGroupBox, values: tuple | dict, labels: dict,
            columns: int = 2) -> dict[str, QCheckBox]:
    grid, checks = QGridLayout(box), {}
    for index, value in enumerate(values):
        checks[value] = QCheckBox(labels[value])
        grid.addWidget(checks[value], index // columns, index % columns)
    return checks


def _combo(name: str, table: dict) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    # The Coop's labels are long: the list is as wide as the form, not as its longest line
    # (the open list shows them whole).
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    for value, label in table.items():
        combo.addItem(label, value)
    combo.setCurrentIndex(combo.findData(coop.NOT_SAID))
    return combo


class RecordDialog(FollowsLanguage, QDialog):
    """Records through ctx.controller; `recorded` holds the stored record after success."""

    def __init__(self, ctx, parent: QWidget | None = None, *, after_journey: bool = False,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self.ctx, self.today = ctx, today or dt.date.today()
        self.recorded = None
        self.action: RecordAccompaniment | None = None  # kept to retry with the same key
        start = draft(self.today, after_journey)
        body = QWidget()
        form = QVBoxLayout(body)
        self.intro = widgets.Para("recordIntro")
        self.date = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.date.setObjectName("recordDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date_label = QLabel()
        self.date_label.setBuddy(self.date)
        self.duration_box = QGroupBox()
        self.duration = _radios(self.duration_box,
                                {**{m: f"{m} min" for m in coop.DURATIONS}, OTHER: ""}, 3)
        self.other_minutes = QSpinBox(minimum=1, maximum=coop.MAX_DURATION, value=20)
        self.other_minutes.setObjectName("otherMinutes")
        self.other_minutes.setSuffix(" min")
        widgets.left_to_right(self.other_minutes)
        self.other_minutes.setEnabled(False)
        self.duration_box.layout().addWidget(self.other_minutes, 3, 0, 1, 2)
        self.place_box = QGroupBox()
        self.place = _radios(self.place_box, coop.PLACES)
        self.equipment_box = QGroupBox()
        self.equipment = _checks(self.equipment_box, coop.EQUIPMENT, coop.EQUIPMENT)
        self.themes_box = QGroupBox()
        self.themes = _checks(self.themes_box, coop.FORM_THEMES, coop.THEMES, 1)
        for theme in start["themes"]:
            self.themes[theme].setChecked(True)
        self.autonomy_box = QGroupBox()
        # A list, not radio buttons: "Autonome avec guidage en cas de besoin" cannot wrap in
        # a radio button, and at 200 % it made the form wider than a 1024 px screen.
        self.autonomy = _combo("autonomy", {"": "—", **coop.AUTONOMY})
        self.autonomy.setCurrentIndex(0)
        QGridLayout(self.autonomy_box).addWidget(self.autonomy, 0, 0)
        self.referred_box = QGroupBox()
        self.referred = _radios(self.referred_box, {True: coop.YES, False: coop.NO})
        self.referred_to = _combo("referredTo", {"": "—", **coop.REFERRALS})
        self.referred_to.setCurrentIndex(0)

        self.referred_to.setEnabled(False)
        self.referred_box.layout().addWidget(self.referred_to, 1, 0, 1, 2)
        self.age_band = _combo("ageBand", coop.AGE_BANDS)
        self.gender = _combo("gender", coop.GENDERS)
        self.status = _combo("status", coop.STATUSES)
        self.postal_code = QLineEdit()
        self.postal_code.setObjectName("recordPostalCode")
        widgets.left_to_right(self.postal_code)
        self.postal_code.setMaxLength(5)
        self.postal_code.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9]{0,5}"), self.postal_code))
        self.helped_box = QGroupBox()
        self.helped = _radios(self.helped_box, {True: coop.YES, False: coop.NO})
        self.labels = {w: QLabel() for w in (self.age_band, self.gender, self.status,
                                             self.postal_code)}
        for widget, label in self.labels.items():
            label.setBuddy(widget)
        form.addWidget(self.intro)
        for widget in (self.date_label, self.date, self.duration_box, self.place_box,
                       self.equipment_box, self.themes_box, self.autonomy_box,
                       self.referred_box):
            form.addWidget(widget)
        for widget, label in self.labels.items():
            form.addWidget(label)
            form.addWidget(widget)
        form.addWidget(self.helped_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Lines wrap to the width: only vertical scrolling, even at 200 % on 1024x600.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        # A Para says a text starting with "⚠" at once (widgets/signs.py): an error is heard.
        self.error = widgets.Para("recordError")
        self.buttons = QDialogButtonBox()
        self.save = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("recordSave")
        self.skip = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.skip.setObjectName("recordSkip")
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)
        self.save.clicked.connect(self.submit)
        self.skip.clicked.connect(self.reject)  # Escape does the same: skipped in one key
        self.duration.idToggled.connect(
            lambda *_: self.other_minutes.setEnabled(self._checked(self.duration) == OTHER))
        self.referred.idToggled.connect(
            lambda *_: self.referred_to.setEnabled(self._checked(self.referred) is True))
        self.themes[coop.ADMINISTRATIVE].toggled.connect(self._administrative)
        self.retranslate()
        self._administrative(self.themes[coop.ADMINISTRATIVE].isChecked())
        keep_on_screen(self, share=(0.95, 0.9))

    # --- the Coop's rules as the helper ticks ---------------------------------------------------

    def _administrative(self, on: bool) -> None:
        """The administrative themes go with "Aide aux démarches administratives" only."""
        for value in coop.FORM_THEMES:
            if value in coop.ADMINISTRATIVE_THEMES:
                self.themes[value].setEnabled(on)
                if not on:
                    self.themes[value].setChecked(False)

    @staticmethod
    def _checked(group: QButtonGroup):
        button = group.checkedButton()
        return None if button is None else button.property("value")

    # --- sending --------------------------------------------------------------------------------

    def record(self) -> AccompanimentRecord | None:
        """What the form says, or None (and the reason shown) when a question is missing."""
        minutes = self._checked(self.duration)
        if minutes == OTHER:
            minutes = self.other_minutes.value()
        place, themes = self._checked(self.place), [v for v, c in self.themes.items()
                                                    if c.isChecked()]
        missing = [(minutes is None, self.duration_box), (place is None, self.place_box),
                   (not themes, self.themes_box)]
        for empty, where in missing:
            if empty:
                self._say(widgets.error_text(
                    bidi.fill(self.tr("Répondez à la question « {q} »."), q=where.title())))
                where.setFocus()
                return None
        chosen = self.date.date()
        referred = self._checked(self.referred)
        return AccompanimentRecord(
            date=dt.date(chosen.year(), chosen.month(), chosen.day()),
            duration_minutes=int(minutes), place=place, themes=tuple(themes),
            equipment=tuple(v for v, c in self.equipment.items() if c.isChecked()),
            autonomy=self.autonomy.currentData() or None,
            referred=referred,
            referred_to=(self.referred_to.currentData() or None) if referred else None,
            age_band=self.age_band.currentData(), gender=self.gender.currentData(),
            status=self.status.currentData(), postal_code=self.postal_code.text() or None,
            helped_before=self._checked(self.helped),
        )

    def submit(self) -> None:
        record = self.record()
        if record is None:
            return
        if self.action is None or self.action.accompaniment != record:
            self.action = RecordAccompaniment(record, self.today)  # a new key for new values
        self._say(self.tr("Enregistrement…"))
        self.save.setEnabled(False)
        if not self.ctx.controller.start(self, self.action, self._answered):
            self.save.setEnabled(True)

    def _answered(self, outcome) -> None:
        self.save.setEnabled(True)
        if outcome.ok:
            self.recorded = outcome.value
            self.accept()
            return
        message = errors.describe_failure(outcome).text
        field = dict(outcome.field_errors)
        if field:  # one whole sentence per language, the question named in it
            message = bidi.fill(self.tr("{message} Question : « {question} »."),
                message=message, question=self._question(next(iter(field))))
        self._say(widgets.error_text(message))

    def _question(self, field: str) -> str:
        boxes = {"duration_minutes": self.duration_box, "place": self.place_box,
                 "equipment": self.equipment_box, "themes": self.themes_box,
                 "autonomy": self.autonomy_box, "referred": self.referred_box,
                 "referred_to": self.referred_box, "helped_before": self.helped_box}
        if field in boxes:
            return boxes[field].title()
        if field == "date":
            return self.date_label.text()
        widget = {"age_band": self.age_band, "gender": self.gender, "status": self.status,
                  "postal_code": self.postal_code}.get(field)
        return self.labels[widget].text() if widget is not None else field

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)

    def done(self, result: int) -> None:  # Qt override: closed, its call's answer goes nowhere
        self.ctx.runner.cancel(self)
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Aidant – noter l'accompagnement"))
        self.intro.setText(self.tr(
            "Notez cet accompagnement pour le compte rendu d'activité. "
            "Rien ne permet de reconnaître la personne. Échap : passer."))
        self.date_label.setText(self.tr("Date"))
        self.duration_box.setTitle(self.tr("Durée"))
        self.duration.button(len(coop.DURATIONS)).setText(self.tr("Autre durée"))
        self.other_minutes.setAccessibleName(self.tr("Autre durée, en minutes"))
        self.place_box.setTitle(self.tr("Lieu"))
        self.equipment_box.setTitle(self.tr("Matériel utilisé"))
        self.themes_box.setTitle(self.tr("Thèmes (au moins un)"))
        self.autonomy_box.setTitle(self.tr("Autonomie de la personne"))
        self.autonomy.setAccessibleName(self.tr("Autonomie de la personne"))
        self.referred_box.setTitle(self.tr("Orientée vers une autre structure ?"))
        self.referred_to.setAccessibleName(self.tr("Vers quelle structure"))
        self.helped_box.setTitle(self.tr("Déjà accompagnée avant ?"))
        for widget, text in ((self.age_band, self.tr("Tranche d'âge")),
                             (self.gender, self.tr("Genre")),
                             (self.status, self.tr("Situation")),
                             (self.postal_code, self.tr("Code postal de la commune"))):
            self.labels[widget].setText(text)
            widget.setAccessibleName(text)
        self.save.setText(self.tr("Enregistrer"))
        self.skip.setText(self.tr("Passer"))
