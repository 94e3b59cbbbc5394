"""The backend's help phone numbers (meta "help_contacts"), found and worded in one place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..rules import QT_TRANSLATE_NOOP, bidi

# `meta` below is the typed Meta of aidant_app.api.meta (or None before it is known); a
# contact is its HelpContact (label, phone, price, hours).

HEALTH_INSURANCE_DIGITS = "3646"  # the Assurance Maladie: 36 46, and +33 1 84 90 36 46 abroad
# FACTS.md (one secondary source: the help says to check it); used when the backend lists
# no abroad line. +33 811 70 36 46 appears only on old pages.
ABROAD_NUMBER = "+33 1 84 90 36 46"
SOLIDARITE_NUMERIQUE = "01 70 772 372"  # FACTS.md: national phone help for digital tasks


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _contacts(meta: Any) -> list:
    return list(meta.help_contacts) if meta is not None else []


def is_health_insurance(contact: Any) -> bool:
    """True for the Assurance Maladie's lines, whatever the spacing or the +33 prefix."""
    return _digits(contact.phone or "").endswith(HEALTH_INSURANCE_DIGITS)


def is_main_line(contact: Any) -> bool:
    """The 36 46 itself (from France), not the number for calling from abroad."""
    return _digits(contact.phone or "") == HEALTH_INSURANCE_DIGITS


def details(contact: Any) -> str:
    """Price and hours as the backend words them (never constants here), or ""."""
    return ", ".join(str(x) for x in (contact.price, contact.hours) if x)


def line(contact: Any, french: bool = False) -> str:
    """"Label : number (price, hours)", marked "(en français)" in another language: the
    backend words its labels in French (ui/i18n.from_backend). `french`: in French
    whatever the interface's language (the French half of a bilingual memo)."""
    from .i18n import from_backend

    def translate(text: str) -> str:
        return text if french else QCoreApplication.translate("Contacts", text)

    extra = details(contact)
    if extra:
        # lupdate finds the words in the QT_TRANSLATE_NOOP below (same context, same text).
        worded = bidi.fill(translate(_WITH_DETAILS), label=contact.label, phone=contact.phone,
                           details=extra)
    else:
        worded = bidi.fill(translate(_PLAIN), label=contact.label, phone=contact.phone)
    return worded if french else from_backend(worded)


_WITH_DETAILS = QT_TRANSLATE_NOOP("Contacts", "{label} : {phone} ({details})")
_PLAIN = QT_TRANSLATE_NOOP("Contacts", "{label} : {phone}")


def lines(meta: Any, french: bool = False) -> list[str]:
    """Every contact the backend lists, worded (in French with `french`)."""
    return [line(c, french) for c in _contacts(meta)]


def lists_solidarite_numerique(meta: Any) -> bool:
    return any(_digits(c.phone or "") == _digits(SOLIDARITE_NUMERIQUE)
               for c in _contacts(meta))


def main_line(meta: Any) -> Any:
    return next((c for c in _contacts(meta) if is_main_line(c)), None)


def abroad_number(meta: Any) -> str:
    for contact in _contacts(meta):
        if is_health_insurance(contact) and not is_main_line(contact):
            return contact.phone
    return ABROAD_NUMBER


def health_insurance_lines(meta: Any) -> list[str]:
    """Every Assurance Maladie line, worded (none when the backend lists none)."""
    return [line(c) for c in _contacts(meta) if is_health_insurance(c)]


def other_lines(meta: Any) -> list[str]:
    """The contacts that are not the 36 46 itself (abroad line, Solidarité Numérique...)."""
    return [line(c) for c in _contacts(meta) if not is_main_line(c)]
