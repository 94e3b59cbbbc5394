"""The account form as one table: each row is a field of POST /v1/accounts (its name in
meta's account_fields), the input that asks it, its label and help, and its error codes.

Layout, tab order, completeness, live checks and the request body all follow this table:
adding a field the backend may require is one row here (plus its words' translation).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .account_fields import AccountPassword, IbanField, NirField, PostalCodeField, TextInput
from .birth_date import BirthDateField

_CTX = "AccountForm"


@dataclass(frozen=True)
class FormField:
    name: str  # the API name, as in meta's account_fields and the request body
    kind: type  # the input class (account_fields.py), built with no argument
    label: str  # marked for translation (context "AccountForm")
    help: str = ""
    always: bool = False  # asked even when meta does not list it (the API requires it)
    codes: tuple[str, ...] = ()  # error codes of the server that are about this field

    def make(self):
        widget = self.kind()
        widget.setObjectName(widget.objectName() or f"{self.name}Field")
        return widget

    def words(self) -> tuple[str, str]:
        tr = QCoreApplication.translate
        return tr(_CTX, self.label), tr(_CTX, self.help) if self.help else ""


FORM: tuple[FormField, ...] = (
    FormField("nir", NirField,
              QT_TRANSLATE_NOOP("AccountForm", "Numéro de sécurité sociale (sur votre carte Vitale)"),
              QT_TRANSLATE_NOOP("AccountForm", "15 chiffres, par exemple 1 84 12 75 116 001 26"),
              always=True, codes=("nir_invalid", "nir_temporary", "identity_not_found",
                                  "account_exists")),
    FormField("birth_date", BirthDateField,
              QT_TRANSLATE_NOOP("AccountForm", "Date de naissance"),
              codes=("birth_date_invalid", "birth_date_mismatch", "identity_mismatch")),
    FormField("postal_code", PostalCodeField,
              QT_TRANSLATE_NOOP("AccountForm", "Code postal de votre domicile"),
              QT_TRANSLATE_NOOP("AccountForm", "5 chiffres, par exemple 75011"),
              codes=("postal_code_invalid", "identity_mismatch")),
    FormField("iban", IbanField,
              QT_TRANSLATE_NOOP("AccountForm", "IBAN (sur votre RIB, relevé d'identité bancaire)"),
              QT_TRANSLATE_NOOP("AccountForm", "Il commence par FR76 pour une banque française"),
              codes=("iban_invalid", "bank_details_mismatch")),
    FormField("password", AccountPassword,
              QT_TRANSLATE_NOOP("AccountForm", "Mot de passe du compte ameli"),
              always=True, codes=("password_policy",)),
)

KNOWN = frozenset(row.name for row in FORM)

# TextInput (a plain line with a rules/ check) is the input for a simple new field:
# FormField("phone", lambda: TextInput("phoneInput", check=check_phone), label, help).
__all__ = ["FORM", "KNOWN", "FormField", "TextInput"]
