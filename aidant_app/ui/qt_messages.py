"""Qt's own messages (warnings on standard error) without addresses, e-mails or numbers.

Qt prints what it was given: "qt.qpa.services: Unable to detect a web browser to launch
'http://…/activate/…'" put the activation link on standard error, which can end up in a
system log. Installed at start-up (app.py calls install()), the handler writes Qt's message with every web
address, e-mail address and run of digits replaced; debug messages are dropped.
"""

from __future__ import annotations

import functools
import re
import sys

_installed: list = []  # keeps the handler alive
_failed_plugin: list[str] = []  # the platform plugin Qt said it could not load


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Compiled on the first message that needs them: compiling the four at import cost
    the first window about 3 M instructions (scripts/bench_startup.py --phases)."""
    return (re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s'\"<>]*", re.IGNORECASE),  # web address
            re.compile(r"[^\s'\"<>@]+@[^\s'\"<>@]+"),  # e-mail address
            re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,}\b"),  # IBAN
            re.compile(r"\d(?:[\d .-]*\d){3,}"))  # 4 digits or more: codes, NIR, IBAN, dates


def redact(text: str) -> str:
    """The message with what could be the person's data replaced by a word saying what."""
    # Each pattern needs "://", "@" or a digit: a message with none of them is left as it
    # is without compiling them (Qt's usual warnings).
    if "://" not in text and "@" not in text and not any(ch.isdecimal() for ch in text):
        return text
    url, email, iban, digits = _patterns()
    text = url.sub("<web address>", text)
    text = email.sub("<e-mail address>", text)
    text = iban.sub("<number>", text)
    return digits.sub("<number>", text)


def _handler(kind, context, message: str) -> None:
    from PySide6.QtCore import QtMsgType

    if kind == QtMsgType.QtDebugMsg:
        return
    category = getattr(context, "category", "") or ""
    prefix = f"{category}: " if category and category != "default" else ""
    try:
        sys.stderr.write(f"{prefix}{redact(message)}\n")
        if "platform plugin" in message:
            from ..platform_check import failed_plugin

            _failed_plugin[:] = [name for name in [failed_plugin(message)] if name][:1] or \
                _failed_plugin
        if kind == QtMsgType.QtFatalMsg:
            # Qt aborts next. Its own words can name the wrong library ("xcb-cursor0 is
            # needed"): say which one really is missing, in one line, last.
            from ..platform_check import explain

            line = explain(message, (_failed_plugin or [None])[0])
            if line:
                sys.stderr.write(line + "\n")
            sys.stderr.flush()
    except Exception:  # noqa: BLE001, S110 - a closed stderr must not stop the app
        pass


def install() -> None:
    """Route Qt's messages through redact() for the rest of the process (idempotent)."""
    if _installed:
        return
    from PySide6.QtCore import qInstallMessageHandler

    _installed.append(_handler)
    qInstallMessageHandler(_handler)
