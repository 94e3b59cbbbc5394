"""Identity rules: the social security number (NIR), the birth date and the postal code.

Each check returns None when the value is fine, or a stable snake_case code.
The words shown to the person live in the UI, never here. Inputs are strict (API 1.1,
"Input the server refuses cleanly"): ASCII digits only, dates as YYYY-MM-DD only.
"""

from __future__ import annotations

import datetime as _dt
import re


def _stdnum():
    """python-stdnum (fr.nir, ValidationError), imported on first use.

    Importing it pulls in pydoc, ssl and socket (about 60 ms), which must not delay the
    app's first window (ARCHITECTURE.md, performance budgets).
    """
    from stdnum.exceptions import ValidationError
    from stdnum.fr import nir

    return nir, ValidationError


NIR_LENGTH = 15
# What people type or paste between the groups printed on the carte Vitale: spaces
# (ordinary or no-break, as in a pasted document), dots and dashes. Nothing else.
_NIR_SEPARATORS = re.compile(r"[ \t\r\n\u00a0\u202f.\-]+")
# Digits 4-5: the month of birth, 01-12, or 20, 30-42 or 50-99 when the month is unknown;
# 00, 13-19, 21-29 and 43-49 do not occur (FACTS.md, "The social security number").
_UNKNOWN_MONTHS = frozenset({20, *range(30, 43), *range(50, 100)})
# First digit: 1 or 2 for a permanent number. 7 or 8: a temporary number (NIA); 3 or 4: a
# registration still in progress. Neither can open an ameli account yet: the person is
# told so and pointed to 36 46, never "wrong number" (FACTS.md, "The ameli account").
_NOT_YET_PERMANENT = "3478"


# --- Social security number (NIR) ------------------------------------------------------------


def normalise_nir(text: str) -> str:
    """Strip separators and upper-case the Corsican 2A/2B department."""
    return _NIR_SEPARATORS.sub("", text or "").upper()


def check_nir(text: str) -> str | None:
    """Check a permanent social security number with its 2-digit key.

    `nir_temporary` means a valid number that is not (yet) a permanent one.
    """
    compact = _NIR_SEPARATORS.sub("", text or "")
    if not compact:
        return "nir_empty"
    if not re.fullmatch(r"[0-9ABab]+", compact):  # no Arabic-Indic or full-width digits
        return "nir_characters"
    number = compact.upper()
    if len(number) < NIR_LENGTH:
        return "nir_incomplete"
    if len(number) > NIR_LENGTH:
        return "nir_too_long"
    stdnum_nir, stdnum_error = _stdnum()
    try:
        stdnum_nir.validate(number)
    except stdnum_error as error:
        # stdnum says InvalidFormat for letters in the wrong place, InvalidChecksum for the key.
        return "nir_key" if type(error).__name__ == "InvalidChecksum" else "nir_invalid"
    if number[0] in _NOT_YET_PERMANENT:
        return "nir_temporary"
    if number[0] not in "12":
        return "nir_invalid"
    if not nir_month_known(number) and int(number[3:5]) not in _UNKNOWN_MONTHS:
        return "nir_invalid"
    return None


def nir_month_known(number: str) -> bool:
    """True when digits 4-5 of the (normalised) number are a month of birth, 01-12."""
    return number[3:5].isascii() and number[3:5].isdigit() and 1 <= int(number[3:5]) <= 12


def group_nir(text: str) -> str:
    """Group what was typed as printed on the carte Vitale: 1 84 12 75 116 001 26."""
    number = normalise_nir(text)
    bounds = (1, 3, 5, 7, 10, 13, NIR_LENGTH)
    groups, start = [], 0
    for end in bounds:
        if start >= len(number):
            break
        groups.append(number[start:end])
        start = end
    if len(number) > NIR_LENGTH:
        groups.append(number[NIR_LENGTH:])
    return " ".join(groups)


def nir_login(text: str) -> str:
    """The ameli login: the first 13 characters of the number, without the key."""
    return normalise_nir(text)[:13]


MASK_KEEPS = 3  # digits left visible at the end of a masked number


def mask_nir(text: str) -> str:
    """Hide every digit but the last 3, grouped as printed: `• •• •• •• ••• 001` for a login.

    Sex, year and month of birth (digits 1-5) and the place of birth are never shown, so
    a lost memo or a glance at the screen does not narrow the birth date. The last 3
    digits of the login (a serial number) let the person check it is their own.
    """
    grouped = group_nir(text)
    total = sum(char != " " for char in grouped)
    seen = 0
    out = []
    for char in grouped:
        if char == " ":
            out.append(char)
            continue
        seen += 1
        out.append(char if seen > total - MASK_KEEPS else "•")
    return "".join(out)


# --- Birth date -------------------------------------------------------------------------------


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


def parse_date(value: _dt.date | str) -> _dt.date | None:
    """A date, or an ISO `YYYY-MM-DD` string; None otherwise.

    Only that form: Python's fromisoformat would also read `19841201` and the week date
    `1984-W48-6`, which the server's records would then not match.
    """
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        return None


def check_birth_date(nir: str, birth_date: _dt.date | str, today: _dt.date | None = None) -> str | None:
    """Cross-check the birth date with the year and month written in the number."""
    date = parse_date(birth_date)
    today = today or _dt.date.today()
    if date is None or date > today or date.year < 1890:
        return "birth_date_invalid"
    number = normalise_nir(nir)
    if len(number) < 5 or not (number[1:5].isascii() and number[1:5].isdigit()):
        return None  # the number's own check reports the problem
    if int(number[1:3]) != date.year % 100:
        return "birth_date_mismatch"
    # 20, 30-42 and 50-99 stand for an unknown month: only a real month is cross-checked.
    if nir_month_known(number) and int(number[3:5]) != date.month:
        return "birth_date_mismatch"
    return None


# --- Postal code ------------------------------------------------------------------------------

# Metropolitan departments 01-95 (Corsica is 20), overseas 97, Monaco and others 98.
# [0-9], never \d: in Python \d also matches Arabic-Indic and full-width digits.
_POSTAL_CODE = re.compile(r"(0[1-9]|[1-8][0-9]|9[0-5]|97|98)[0-9]{3}", re.ASCII)


def check_postal_code(text: str) -> str | None:
    """A French postal code: five ASCII digits of an existing department."""
    value = text.strip(" ") if isinstance(text, str) else ""
    return None if _POSTAL_CODE.fullmatch(value) else "postal_code_invalid"
