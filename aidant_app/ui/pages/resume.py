"""Resume page: the journey code from a printed memo plus the birth date finds the pending account."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ...actions import Resume
from ...journey import NextAction, Step
from ...rules import bidi
from .. import errors, widgets
from .base import JourneyPage

SENSITIVE = (Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
             | Qt.InputMethodHint.ImhNoAutoUppercase)


def parse_birth_date(text: str) -> dt.date | None:
    """JJ/MM/AAAA as people write it (also with spaces, dots or dashes), or AAAA-MM-JJ."""
    text = text.strip()
    match = re.fullmatch(r"(\d{1,2})[\s./-]+(\d{1,2})[\s./-]+(\d{4})", text)
    try:
        if match:
            day, month, year = (int(x) for x in match.groups())
            value = dt.date(year, month, day)
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            value = dt.date.fromisoformat(text)
        else:
            return None
    except ValueError:
        return None
    return value if value <= dt.date.today() else None


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setMaximumWidth(820)
    return label


class ResumePage(JourneyPage):
    step = Step.RESUME

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.body.setSpacing(10)
        self.intro = _label("resumeIntro")
        self.code_label = _label("journeyCodeLabel")
        self.code_edit = widgets.left_to_right(QLineEdit())
        self.code_edit.setObjectName("journeyCodeEdit")
        self.code_edit.setInputMethodHints(SENSITIVE)
        self.code_label.setBuddy(self.code_edit)
        self.date_label = _label("resumeBirthDateLabel")
        self.date_edit = widgets.left_to_right(QLineEdit())
        self.date_edit.setObjectName("resumeBirthDateEdit")
        self.date_edit.setInputMethodHints(SENSITIVE)
        self.date_label.setBuddy(self.date_edit)
        self.date_error = _label("resumeBirthDateError")
        self.date_error.hide()
        for widget in (self.intro, self.code_label, self.code_edit, self.date_label,
                       self.date_edit, self.date_error):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.code_edit.textChanged.connect(self.completeChanged)
        self.date_edit.textChanged.connect(self._date_changed)
        self.code_edit.returnPressed.connect(self.date_edit.setFocus)
        self.setTabOrder(self.code_edit, self.date_edit)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Reprendre une démarche commencée")

    def enter(self) -> None:
        self.code_edit.setFocus()

    def is_complete(self) -> bool:
        return bool(self.code_edit.text().strip()) and parse_birth_date(
            self.date_edit.text()) is not None and self.ctx.client is not None

    def why_incomplete(self) -> str:
        return self.tr("Écrivez d'abord le code de reprise et votre date de naissance.")

    def _date_changed(self) -> None:
        text = self.date_edit.text().strip()
        wrong = len(text) >= 8 and parse_birth_date(text) is None
        message = self.tr("Cette date n'est pas juste. Exemple : 25/12/1958.") if wrong else ""
        self.date_error.setText(bidi.fill(self.tr("⚠ {message}"), message=message) if wrong else "")
        self.date_error.setVisible(wrong)
        self.date_edit.setAccessibleDescription(message)
        self.completeChanged.emit()

    def submit(self) -> None:
        code = self.code_edit.text().strip()
        birth = parse_birth_date(self.date_edit.text())
        if not code or birth is None:
            return
        self.set_retry(None)
        self.start(Resume(code, birth), self._resumed, self.tr("Recherche de la démarche…"))

    def _resumed(self, outcome) -> None:
        if outcome.ok:
            self.ready.emit()  # Resume recorded the account in the journey's facts
            return
        if outcome.next is NextAction.RESTART:  # journey_revoked
            # This code will never work again (410): say to start again or call 36 46;
            # Retour leads back to the start.
            self.set_retry(None)
            self.code_edit.clear()
        elif not self.set_retry(outcome):
            self.code_edit.setFocus()  # a wrong code or date: correct it
        self.show_error(lambda: errors.describe_failure(outcome).text)

    def default_next_label(self) -> str:
        return self.tr("Reprendre")

    def clear(self) -> None:
        self.set_retry(None)
        self.code_edit.clear()
        self.date_edit.clear()
        self.date_error.clear()
        self.date_error.hide()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(self.tr(
            "Vous avez déjà créé votre compte. Vous n'avez pas encore confirmé votre adresse e-mail. Écrivez le code de reprise. Il est sur votre aide-mémoire. Écrivez aussi votre date de naissance."))
        self.code_label.setText(self.tr("Code de reprise (sur l'aide-mémoire)"))
        self.code_edit.setAccessibleName(self.code_label.text())
        self.date_label.setText(self.tr("Date de naissance (jour/mois/année, par exemple "
                                        "25/12/1958)"))
        self.date_edit.setAccessibleName(self.date_label.text())
        self.date_edit.setPlaceholderText(self.tr("JJ/MM/AAAA"))
