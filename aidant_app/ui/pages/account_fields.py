"""The account form's inputs (number, birth date, postal code, IBAN, password, plain text),
all with one interface the form drives: value, check, fill, label, error, edited/changed."""

from __future__ import annotations

import datetime as dt

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...rules import (
    check_birth_date,
    check_iban,
    check_nir,
    check_postal_code,
    group_nir,
    nir_login,
    normalise_iban,
    normalise_nir,
)
from ..errors import field_message
from . import parts
from .password_box import PasswordBox


def _regroup(edit: QLineEdit, grouped: str) -> None:
    """Show the grouped form while typing, without moving a cursor placed mid-text."""
    if edit.text() == grouped:
        return
    at_end = edit.cursorPosition() == len(edit.text())
    position = edit.cursorPosition()
    edit.blockSignals(True)
    edit.setText(grouped)
    edit.setCursorPosition(len(grouped) if at_end else min(position, len(grouped)))
    edit.blockSignals(False)


class TextInput(parts.Field):
    """A one-line input of the account form. Every input of the form offers:
    value(), check(values) -> error code or None, fill(value), set_label(label, help),
    set_error(text), clear(), finish(values) (the person left it), refresh() (live
    feedback again), tab_widgets(), and the signals changed (any change) and edited (by
    the person, so an answer of the server about it is out of date)."""

    changed = Signal()
    edited = Signal()

    def __init__(self, object_name: str = "", parent: QWidget | None = None,
                 edit: QLineEdit | None = None, check=None) -> None:
        super().__init__(object_name, sensitive=True, parent=parent, edit=edit)
        self._check = check
        self._filling = False
        # Checks follow the text however it changes: typed, pasted, or set through the
        # accessibility interface (a screen reader or voice control calls setText, which
        # emits textChanged, never textEdited). Only fill() (the journey's own answer shown
        # again) is not the person's edit.
        self.edit.textChanged.connect(self._text_changed)

    def _text_changed(self, text: str) -> None:
        self.changed.emit()
        if not self._filling:
            self.edited.emit()
            self.follow(text)

    def follow(self, text: str) -> None:
        """Live feedback for a change made by the person (subclasses)."""

    def set_text_quietly(self, text: str) -> None:
        """Show a value the journey already holds: not an edit of the person."""
        self._filling = True
        try:
            self.edit.setText(text)
        finally:
            self._filling = False

    def value(self) -> str:
        return self.text().strip()

    def check(self, values: dict) -> str | None:
        if self._check is not None:
            return self._check(self.value())
        return None if self.value() else "field_invalid"

    def fill(self, value: str) -> None:
        self.set_text_quietly(value)

    def finish(self, values: dict) -> None:
        pass

    def refresh(self) -> None:
        pass

    def tab_widgets(self) -> list[QWidget]:
        return [self.edit]


class NirField(TextInput):
    """15 characters grouped as on the carte Vitale, checked as typed; shows the login."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("nirInput", parent=parent, edit=parts.SizedEdit(22))
        self.edit.setMaxLength(26)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9AaBb .\-]*")))
        self.progress = parts.hint("nirProgress")
        self.login = parts.Para("nirLogin")
        self.layout().addWidget(self.progress)
        self.layout().addWidget(self.login)

    def follow(self, text: str) -> None:
        _regroup(self.edit, group_nir(text))
        self.update_feedback(final=False)

    def value(self) -> str:
        return normalise_nir(self.text())

    def code(self) -> str | None:
        return check_nir(self.text())

    def check(self, values: dict) -> str | None:
        return self.code()

    def fill(self, value: str) -> None:
        self.set_text_quietly(group_nir(value))
        self.update_feedback(final=False)

    def finish(self, values: dict) -> None:
        self.update_feedback(final=True)

    def refresh(self) -> None:
        self.update_feedback(final=False)
        self.login.setVisible(bool(self.login.text()))

    def update_feedback(self, final: bool) -> None:
        count, code = len(self.value()), self.code()
        self.progress.setText(QCoreApplication.translate("AccountFields", "{n} caractères sur 15").format(n=count) if count else "")
        if code is None:
            self.set_error("")
            self.login.setText(QCoreApplication.translate("AccountFields", "✔ Numéro correct. Votre identifiant ameli sera les 13 premiers chiffres : {login}").format(login=nir_login(self.text())))
        else:
            self.login.setText("")
            # While typing, "too short" is not an error yet; everything else is said at once.
            quiet = code in ("nir_empty", "nir_incomplete") and not final
            self.set_error("" if quiet else field_message(code))

    def clear(self) -> None:
        super().clear()
        self.progress.clear()
        self.login.clear()


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
        self.day, self.month, self.year = parts.SizedEdit(2), parts.SizedEdit(2), parts.SizedEdit(4)
        row = QHBoxLayout()
        for name, edit, digits in (("birthDay", self.day, 2), ("birthMonth", self.month, 2),
                                   ("birthYear", self.year, 4)):
            edit.setObjectName(name)
            edit.setMaxLength(digits)
            edit.setInputMethodHints(parts.sensitive_hints())
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
        self.error = parts.Para("birthDateError")
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
            edit.setAccessibleName(f"{text} : {word}")

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

    def is_filled(self) -> bool:
        return bool(self.day.text() and self.month.text() and len(self.year.text()) == 4)

    def code(self, nir: str) -> str | None:
        value = self.value()
        return check_birth_date(nir, value) if value else "birth_date_invalid"

    def set_error(self, text: str) -> None:
        self.error.setText(f"⚠ {text}" if text else "")
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


class IbanField(TextInput):
    """The IBAN grouped by 4 as on a RIB, with its checksum checked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("ibanInput", parent=parent, edit=parts.SizedEdit(40))
        self.edit.setMaxLength(42)
        self.ok = parts.Para("ibanOk")
        self.layout().addWidget(self.ok)

    def follow(self, text: str) -> None:
        compact = normalise_iban(text).upper()
        _regroup(self.edit, " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)))
        self.update_feedback(final=False)

    def value(self) -> str:
        return normalise_iban(self.text()).upper()

    def code(self) -> str | None:
        return check_iban(self.value())

    def check(self, values: dict) -> str | None:
        return self.code()

    def fill(self, value: str) -> None:
        self.set_text_quietly(value)
        self.follow(value)

    def finish(self, values: dict) -> None:
        self.update_feedback(final=True)

    def refresh(self) -> None:
        self.update_feedback(final=False)

    def update_feedback(self, final: bool) -> None:
        code = self.code()
        self.ok.setText(QCoreApplication.translate("AccountFields", "✔ IBAN correct.") if code is None else "")
        # A French IBAN has 27 characters: before that, a missing character is not an error.
        self.set_error(field_message(code) if code and (final or len(self.value()) >= 27) else "")

    def clear(self) -> None:
        super().clear()
        self.ok.clear()


class PostalCodeField(TextInput):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("postalCodeInput", parent=parent, edit=parts.SizedEdit(5))
        self.edit.setMaxLength(5)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,5}")))

    def value(self) -> str:
        return self.text().strip()

    def code(self) -> str | None:
        return check_postal_code(self.value())

    def check(self, values: dict) -> str | None:
        return self.code()


class AccountPassword(PasswordBox):
    """The account's password, with the interface of the form's inputs."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("accountPassword", parent)
        self.edit.textChanged.connect(lambda _t: self.edited.emit())  # typed, pasted or set

    def value(self) -> str:
        return self.text()

    def check(self, values: dict) -> str | None:
        return self.error_code()

    def fill(self, value: str) -> None:
        pass  # never filled for the person: they choose it and type it

    def set_label(self, text: str, help_text: str = "") -> None:
        self.retranslate(text, help_text)

    def finish(self, values: dict) -> None:
        pass

    def refresh(self) -> None:
        pass

    def tab_widgets(self) -> list[QWidget]:
        return [self.edit, self.show_box]
