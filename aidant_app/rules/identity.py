"""Identity rules: the social security number (NIR), birth date, postal code and IBAN.

Each check returns None when the value is fine, or a stable snake_case code.
The words shown to the person live in the UI, never here.
"""

from __future__ import annotations

import datetime as _dt
import re


def _stdnum():
    """python-stdnum (iban, fr.nir, ValidationError), imported on first use.

    Importing it pulls in pydoc, ssl and socket (about 60 ms), which must not delay the
    app's first window (ARCHITECTURE.md, performance budgets).
    """
    from stdnum import iban
    from stdnum.exceptions import ValidationError
    from stdnum.fr import nir

    return iban, nir, ValidationError

NIR_LENGTH = 15
# Characters people type between groups of digits, as printed on the carte Vitale.
_NIR_SEPARATORS = re.compile(r"[\s.\-_/]+")


# --- Social security number (NIR) ------------------------------------------------------------


def normalise_nir(text: str) -> str:
    """Strip separators and upper-case the Corsican 2A/2B department."""
    return _NIR_SEPARATORS.sub("", text or "").upper()


def check_nir(text: str) -> str | None:
    """Check a permanent social security number with its 2-digit key."""
    number = normalise_nir(text)
    if not number:
        return "nir_empty"
    if not re.fullmatch(r"[0-9AB]+", number):
        return "nir_characters"
    if len(number) < NIR_LENGTH:
        return "nir_incomplete"
    if len(number) > NIR_LENGTH:
        return "nir_too_long"
    _, stdnum_nir, stdnum_error = _stdnum()
    try:
        stdnum_nir.validate(number)
    except stdnum_error as error:
        # stdnum says InvalidFormat for letters in the wrong place, InvalidChecksum for the key.
        return "nir_key" if type(error).__name__ == "InvalidChecksum" else "nir_invalid"
    if number[0] in "78":
        # Temporary numbers (NIA) are valid numbers but cannot open an ameli account.
        return "nir_temporary"
    if number[0] not in "12":
        return "nir_invalid"
    return None


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


def mask_nir(text: str) -> str:
    """Show sex, year and month only, so a printed memo does not expose the whole number."""
    grouped = group_nir(text)
    kept = 0
    out = []
    for char in grouped:
        if char == " ":
            out.append(char)
            continue
        kept += 1
        out.append(char if kept <= 5 else "•")
    return "".join(out)


# --- Birth date -------------------------------------------------------------------------------


def parse_date(value: _dt.date | str) -> _dt.date | None:
    """Accept a date or an ISO YYYY-MM-DD string; None when it is not a real date."""
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def check_birth_date(nir: str, birth_date: _dt.date | str, today: _dt.date | None = None) -> str | None:
    """Cross-check the birth date with the year and month written in the number."""
    date = parse_date(birth_date)
    today = today or _dt.date.today()
    if date is None or date > today or date.year < 1890:
        return "birth_date_invalid"
    number = normalise_nir(nir)
    if len(number) < 5 or not number[1:5].isdigit():
        return None  # the number's own check reports the problem
    if int(number[1:3]) != date.year % 100:
        return "birth_date_mismatch"
    month = int(number[3:5])
    # Months above 12 (and 00) are used when the month of birth is unknown: accept them.
    if 1 <= month <= 12 and month != date.month:
        return "birth_date_mismatch"
    return None


# --- Postal code ------------------------------------------------------------------------------

# Metropolitan departments 01-95 (Corsica is 20), overseas 97, Monaco and others 98.
_POSTAL_CODE = re.compile(r"(0[1-9]|[1-8]\d|9[0-5]|97|98)\d{3}")


def check_postal_code(text: str) -> str | None:
    """A French postal code: five digits of an existing department."""
    value = (text or "").strip().replace(" ", "")
    return None if _POSTAL_CODE.fullmatch(value) else "postal_code_invalid"


# --- IBAN -------------------------------------------------------------------------------------


def normalise_iban(text: str) -> str:
    return _stdnum()[0].compact(text or "")


def check_iban(text: str) -> str | None:
    """Check the IBAN's country format and its checksum."""
    stdnum_iban, _, stdnum_error = _stdnum()
    try:
        stdnum_iban.validate(text or "")
    except stdnum_error:
        return "iban_invalid"
    return None
