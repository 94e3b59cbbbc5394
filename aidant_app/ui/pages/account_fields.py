"""The account form's inputs (number, postal code, IBAN, password, plain text; the birth date
is in birth_date.py), all with one interface the form drives: value, check, fill, label,
error, edited/changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from ...rules import (
    bidi,
    check_iban,
    check_nir,
    check_postal_code,
    group_nir,
    nir_login,
    normalise_iban,
    normalise_nir,
)
from .. import widgets
from ..errors import field_message
from ..widgets.password_box import PasswordBox, advice_text


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


class TextInput(widgets.Field):
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
        self._final = False  # the last live feedback was the one given on leaving the input
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
        """The field's rule (journey/fields.py) on this value and the form's other values."""
        if self._check is not None:
            return self._check(self.value(), values)
        return None if self.value() else "field_invalid"

    def leading(self) -> list[QWidget]:
        """Widgets the form shows just before this input (advice to read first)."""
        return []

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
        super().__init__("nirInput", parent=parent, edit=widgets.SizedEdit(22))
        self.edit.setMaxLength(26)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9AaBb .\-]*")))
        self.progress = widgets.hint("nirProgress")
        self.login = widgets.Para("nirLogin")
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

    def set_label(self, text: str, help_text: str = "") -> None:
        super().set_label(text, help_text)
        if self.text():  # called on a language switch: the live feedback in the new language
            self.update_feedback(self._final)

    def update_feedback(self, final: bool) -> None:
        self._final = final
        count, code = len(self.value()), self.code()
        if count == 1:
            self.progress.setText(QCoreApplication.translate("AccountFields", "1 caractère sur 15"))
        else:
            self.progress.setText(bidi.fill(QCoreApplication.translate("AccountFields", "{n} caractères sur 15"), n=count) if count else "")
        if code is None:
            self.set_error("")
            self.login.setText(bidi.fill(QCoreApplication.translate("AccountFields", "✔ Numéro correct. Pour vous connecter, votre identifiant ameli sera les 13 premiers chiffres : {login}"), login=nir_login(self.text())))
        else:
            self.login.setText("")
            # While typing, "too short" is not an error yet; everything else is said at once.
            quiet = code in ("nir_empty", "nir_incomplete") and not final
            self.set_error("" if quiet else field_message(code))

    def set_error(self, text: str) -> None:
        super().set_error(text)
        # The login is said only for a number without an error (typed or from the server).
        self.login.setVisible(not text and bool(self.login.text()))

    def clear(self) -> None:
        super().clear()
        self.progress.clear()
        self.login.clear()


class IbanField(TextInput):
    """The IBAN grouped by 4 as on a RIB, with its checksum checked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("ibanInput", parent=parent, edit=widgets.SizedEdit(40))
        self.edit.setMaxLength(42)
        self.ok = widgets.Para("ibanOk")
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

    def set_label(self, text: str, help_text: str = "") -> None:
        super().set_label(text, help_text)
        if self.text():  # called on a language switch: the live feedback in the new language
            self.update_feedback(self._final)

    def update_feedback(self, final: bool) -> None:
        self._final = final
        code = self.code()
        self.ok.setText(QCoreApplication.translate("AccountFields", "✔ IBAN correct.") if code is None else "")
        # A French IBAN has 27 characters: before that, a missing character is not an error.
        self.set_error(field_message(code) if code and (final or len(self.value()) >= 27) else "")

    def clear(self) -> None:
        super().clear()
        self.ok.clear()


class PostalCodeField(TextInput):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("postalCodeInput", parent=parent, edit=widgets.SizedEdit(5))
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
        # Long advice behind one button: the form was 5 screens long at 200 % text.
        self.advice = widgets.Para("accountPasswordAdvice")
        self.advice_more = widgets.fold("accountPasswordAdvice", self.advice)

    def leading(self) -> list[QWidget]:
        return [self.advice_more]  # read before choosing the password

    def value(self) -> str:
        return self.text()

    def check(self, values: dict) -> str | None:
        return self.error_code()

    def fill(self, value: str) -> None:
        pass  # never filled for the person: they choose it and type it

    def set_label(self, text: str, help_text: str = "") -> None:
        self.retranslate(text, help_text)
        self.advice.setText(advice_text())
        self.advice_more.set_summary(
            QCoreApplication.translate("AccountFormPage", "Conseils pour choisir le mot de passe"))

    def finish(self, values: dict) -> None:
        pass

    def refresh(self) -> None:
        pass

    def tab_widgets(self) -> list[QWidget]:
        return [self.edit, self.show_box]
