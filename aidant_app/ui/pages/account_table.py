"""The account form's inputs built from the fields' data (journey/fields.py): one input class
per kind of field, and each field's words in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...journey import fields
from .account_fields import AccountPassword, IbanField, NirField, PostalCodeField, TextInput
from .birth_date import BirthDateField

# The input that asks each kind of field; TEXT is a plain line checked by the field's rule.
INPUTS = {
    fields.NIR: NirField,
    fields.DATE: BirthDateField,
    fields.POSTAL_CODE: PostalCodeField,
    fields.IBAN: IbanField,
    fields.PASSWORD: AccountPassword,
}


def make_input(field: fields.FormField):
    """A new input for `field` (its object name: the class's own, else `<name>Field`)."""
    if field.kind == fields.TEXT:
        widget = TextInput(f"{field.name}Input", check=field.rule)
    else:
        widget = INPUTS[field.kind]()
    widget.setObjectName(widget.objectName() or f"{field.name}Field")
    return widget


def words(field: fields.FormField) -> tuple[str, str]:
    """The field's label and help, translated."""
    tr = QCoreApplication.translate
    return tr(fields.CONTEXT, field.label), tr(fields.CONTEXT, field.help) if field.help else ""
