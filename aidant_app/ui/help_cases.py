"""The help's known cases (resources/help_cases.json), worded with meta's phone numbers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication

from ..paths import resources_dir
from ..rules import bidi
from . import contacts
from .i18n import from_backend
from .widgets.signs import bullet_lines

CONTEXT = "HelpCases"  # the translation context: scripts/update_translations.py feeds lupdate


@dataclass(frozen=True)
class HelpCase:
    key: str
    title: str  # French, as in the file; translated by `words()`
    text: str
    action: str = ""  # "create_mailbox": the case offers to go and create an address
    contacts: bool = False  # meta's other help numbers follow the text


@cache
def cases() -> tuple[HelpCase, ...]:
    """The cases, in the order the help shows them (read once: part of the app)."""
    with (resources_dir() / "help_cases.json").open(encoding="utf-8") as stream:
        data = json.load(stream)
    return tuple(HelpCase(key=c["key"], title=c["title"], text=c["text"],
                          action=c.get("action", ""), contacts=bool(c.get("contacts")))
                 for c in data["cases"])


def phone_line(meta) -> str:
    """The 36 46 line with the price wording the backend gives (never a constant here)."""
    main = contacts.main_line(meta)
    details = contacts.details(main) if main else ""
    if details:
        # The price and hours are the backend's words, in French: marked so in another
        # language, as every contact line is (contacts.line).
        return bidi.fill(QCoreApplication.translate("HelpCases", "Appelez le {phone} ({details})."),
            phone=main.phone, details=from_backend(details))
    return QCoreApplication.translate("HelpCases", "Appelez le 36 46.")


def words(case: HelpCase, meta) -> tuple[str, str]:
    """(title, text) of a case in the interface language, numbers filled in from meta."""
    tr = QCoreApplication.translate
    text = bidi.fill(tr(CONTEXT, case.text), phone_line=phone_line(meta),
                                         abroad=contacts.abroad_number(meta),
                                         solidarite=contacts.SOLIDARITE_NUMERIQUE)
    if case.contacts:
        text = "\n".join([text, bullet_lines(contacts.other_lines(meta))])
    return tr(CONTEXT, case.title), text
