"""Signs and list marks put around whole sentences: each one translatable template.

A sign is never glued to a sentence in code (`f"⚠ {text}"`): where it goes, and the space
after it, belong to the language (a right-to-left one puts them on the other side), so each
mark is one template with a named placeholder that the translator sees whole. The sentence
that fills it is whole too: it comes from its own translate() call.

A text that starts with "⚠" is an error for `Para` (styled, scrolled into view, said at
once); one that starts with "✔" is news (said politely).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from ...rules import bidi

# Each translate() call holds its literal: lupdate reads the source, not what a helper passes.


def error_text(message: str) -> str:
    """An error as shown under a field or a form: "⚠ …" ("" when there is none)."""
    if not message:
        return ""
    return bidi.fill(QCoreApplication.translate("Signs", "⚠ {message}"), message=message)


def chosen_text(answer: str) -> str:
    """An answer button the person already pressed: "✔ …" (its words say it, not a colour)."""
    if not answer:
        return ""
    return bidi.fill(QCoreApplication.translate("Signs", "✔ {answer}"), answer=answer)


def bullet_lines(items: Iterable[str]) -> str:
    """Whole sentences as a list, one a line, each after a bullet."""
    return "\n".join(bidi.fill(QCoreApplication.translate("Signs", "• {item}"), item=item)
                     for item in items)


def warning_lines(items: Iterable[str]) -> str:
    """Warnings as a list, one a line, each after a warning sign."""
    return "\n".join(bidi.fill(QCoreApplication.translate("Signs", "⚠ {warning}"), warning=item)
                     for item in items)


def numbered_lines(items: Iterable[str]) -> str:
    """Steps as a numbered list: "1. …", "2. …"."""
    return "\n".join(bidi.fill(QCoreApplication.translate("Signs", "{number}. {step}"),
                               number=number, step=item)
                     for number, item in enumerate(items, start=1))


def phone_lines(items: Iterable[str]) -> str:
    """Telephone lines as a list, each after a telephone sign."""
    return "\n".join(bidi.fill(QCoreApplication.translate("Signs", "☎ {phone}"), phone=item)
                     for item in items)
