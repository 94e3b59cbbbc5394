"""Bank account rules: the IBAN (format and checksum) and, for French accounts, the RIB key.

python-stdnum checks the IBAN's country format and its ISO 13616 check digits, but it has
no French national check (no stdnum.fr.rib in 2.2). schwifty has one, but it brings
pycountry (23 MB of data) into a bundle that is already near its size budget, so the RIB
key, two lines of arithmetic, is computed here; tests/journey/test_validation_rules.py
checks it against schwifty (a test dependency) on many generated accounts.
"""

from __future__ import annotations

import re


def _stdnum():
    """python-stdnum's iban and its error, imported on first use (slow import)."""
    from stdnum import iban
    from stdnum.exceptions import ValidationError

    return iban, ValidationError


# IBAN countries whose account number (BBAN) is a French RIB: France, Monaco and the
# overseas territories that have a country code of their own.
RIB_COUNTRIES = frozenset(
    {"FR", "MC", "GF", "GP", "MQ", "RE", "PF", "TF", "YT", "NC", "PM", "WF", "BL", "MF"}
)
# Bank code (5 digits), branch code (5 digits), account number (11 digits or letters), key.
_RIB = re.compile(r"([0-9]{5})([0-9]{5})([0-9A-Z]{11})([0-9]{2})", re.ASCII)
# Letters in a French account number stand for digits: A and J are 1, B, K and S are 2, ...
_RIB_LETTERS = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")


def normalise_iban(text: str) -> str:
    return _stdnum()[0].compact(text or "")


def rib_key(bank: str, branch: str, account: str) -> str:
    """The 2-digit key of a French RIB (clé RIB)."""
    digits = account.upper().translate(_RIB_LETTERS)
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(digits)) % 97:02d}"


def check_rib(bban: str) -> str | None:
    """Check a French account number (the 23 characters of a RIB) and its key."""
    match = _RIB.fullmatch(bban or "")
    if match is None:
        return "iban_invalid"
    bank, branch, account, key = match.groups()
    return None if rib_key(bank, branch, account) == key else "iban_invalid"


def check_iban(text: str) -> str | None:
    """Check the IBAN's country format and its checksum, and the RIB key of a French one."""
    stdnum_iban, stdnum_error = _stdnum()
    try:
        number = stdnum_iban.validate(text or "")
    except stdnum_error:
        return "iban_invalid"
    if number[:2] in RIB_COUNTRIES:
        return check_rib(number[4:])
    return None
