"""The birth date of the account form: three small boxes (day, month, year), checked against
the social security number; the same interface as the form's other inputs."""

from __future__ import annotations

import datetime as dt

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...rules import bidi, check_birth_date
from ..errors import field_message
from ..widgets.fields import SizedEdit, sensitive_hints
from ..widgets.signs import error_text
from ..widgets.text import Para


class BirthDateField(QWidget):
    """Three small boxes (day, month, year): easier with a keyboard than a calendar."""

    changed = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("birthDateField")
        self.label = QLabel()
        self.label.setObjectName("birthDateLabel")
        self.label.setProperty("heading", True)
        self.parts_labels: list[QLabel] = []
        self.day, self.month, self.year = SizedEdit(2), SizedEdit(2), SizedEdit(4)
        row = QHBoxLayout()
        for name, edit, digits in (("birthDay", self.day, 2), ("birthMonth", self.month, 2),
                                   ("birthYear", self.year, 4)):
            edit.setObjectName(name)
            edit.setMaxLength(digits)
            edit.setInputMethodHints(sensitive_hints())
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(rf"[0-9]{{0,{digits}}}")))
            small = QLabel()
            small.setBuddy(edit)
            self.parts_labels.append(small)
            box = QVBoxLayout()
            box.addWidget(small)
            box.addWidget(edit)
            row.addLayout(box)
            edit.textChanged.connect(lambda _t, e=edit, n=digits: self._edited(e, n))
            edit.installEventFilter(self)
        row.addStretch(1)
        self.label.setBuddy(self.day)
        self.error = Para("birthDateError")
        self.error.setProperty("fieldError", True)  # styled as an error, like other fields
        self.error.hide()
        self._filling = False
        self._jumped_to: QLineEdit | None = None  # the box the focus moved to by itself
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.edit = self.day  # the widget to focus for this field

    def _edited(self, edit: QLineEdit, digits: int) -> None:
        if self._filling:
            self.changed.emit()
            return
        # Move on after a full day or month so typing "12 05 1984" flows naturally.
        if len(edit.text()) == digits and edit is not self.year and edit.hasFocus():
            self._move_on(edit)
        self.set_error("")
        self.changed.emit()
        self.edited.emit()

    def _move_on(self, edit: QLineEdit) -> None:
        target = self.month if edit is self.day else self.year
        self._jumped_to = target
        target.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
        target.selectAll()

    def eventFilter(self, watched, event) -> bool:  # Qt override
        """Typing and Tab both work, in every combination: a Tab pressed right after the
        focus moved on by itself is the person's own move to that same box, not one more
        ("08⇥03⇥1978" gave day 08, month empty, year 03); "/", "." "-" or a space after a
        day or month moves on too ("08/03/1978")."""
        if event.type() != QtCore.QEvent.Type.KeyPress:
            return False
        jumped, self._jumped_to = self._jumped_to, None
        key = event.key()
        if key == QtCore.Qt.Key.Key_Tab and watched is jumped and not watched.text():
            return True  # already where that Tab was going
        if event.text() in ("/", ".", "-", " ") and watched is not self.year:
            if watched.text():
                self._move_on(watched)
            else:
                self._jumped_to = jumped  # "08/" then Tab: still the box it moved to
            return True  # a separator is never part of the number
        return False

    def set_label(self, text: str, help_text: str = "") -> None:
        self.label.setText(text)
        for small, edit, word in zip(self.parts_labels, (self.day, self.month, self.year),
                                     (QCoreApplication.translate("AccountFields", "Jour"), QCoreApplication.translate("AccountFields", "Mois"), QCoreApplication.translate("AccountFields", "Année"))):
            small.setText(word)
            edit.setAccessibleName(bidi.fill(QCoreApplication.translate(
                "AccountFields", "{field} : {part}"), field=text, part=word))

    def value(self) -> str:
        """ISO date, or "" when the boxes do not make a real date."""
        try:
            return dt.date(int(self.year.text()), int(self.month.text()),
                           int(self.day.text())).isoformat()
        except ValueError:
            return ""

    def fill(self, value: str) -> None:
        self.set_value(value)

    def finish(self, values: dict) -> None:
        if self.is_filled():
            code = self.check(values)
            self.set_error(field_message(code) if code else "")

    def refresh(self) -> None:
        pass

    def tab_widgets(self) -> list[QWidget]:
        return [self.day, self.month, self.year]

    def check(self, values: dict) -> str | None:
        return self.code(values.get("nir", ""))

    def set_value(self, iso_date: str) -> None:
        try:
            date = dt.date.fromisoformat(iso_date)
        except ValueError:
            return
        self._filling = True  # the journey's answer shown again: no jumps, not an edit
        try:
            self.day.setText(f"{date.day:02d}")
            self.month.setText(f"{date.month:02d}")
            self.year.setText(str(date.year))
        finally:
            self._filling = False

    def leading(self) -> list[QWidget]:
        return []

    def is_filled(self) -> bool:
        return bool(self.day.text() and self.month.text() and len(self.year.text()) == 4)

    def code(self, nir: str) -> str | None:
        value = self.value()
        return check_birth_date(nir, value) if value else "birth_date_invalid"

    def set_error(self, text: str) -> None:
        self.error.setText(error_text(text))
        self.error.setVisible(bool(text))
        for edit in (self.day, self.month, self.year):
            edit.setAccessibleDescription(text)

    def clear(self) -> None:
        self._filling = True
        try:
            for edit in (self.day, self.month, self.year):
                edit.clear()
        finally:
            self._filling = False
        self._jumped_to = None
        self.set_error("")
