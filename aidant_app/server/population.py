"""The fictitious training population, generated deterministically with valid keys."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from stdnum import iban as _iban
from stdnum.fr import nir as _nir

READY = "ready"
HAS_ACCOUNT = "has_account"
TEMPORARY = "temporary_number"
BANK_MISMATCH = "bank_mismatch"
LOCKED = "locked"

# The seeded helper for practice (API.md).
HELPER_LOGIN = "aidant.demo"
HELPER_PASSWORD = "Entrainement-2026"
# Its scrypt hash (security.hash_password), computed once here rather than at every start of
# the training server: that hash is made slow on purpose (about 50 ms, a tenth of the
# server's start-up). The password is public, so a fixed salt hides nothing.
HELPER_PASSWORD_HASH = (
    "scrypt$0af44b4f8829684a554e15c6c0a666c9$8f462b53b56035ae3248419f65369900161f1c5c6a0ba4fa58e6f8c1f184dab9"
)
HELPER_NAME = "Aide de démonstration"
HELPER_STRUCTURE = "Espace numérique de démonstration"

# first name, last name, sex digit, birth year, month, department, commune, postal code,
# situation. Names are invented; department 99 is "born abroad" (commune = country code).
_ROWS = [
    ("Camille", "Martin", 2, 1984, 12, "75", "116", "75016", READY),
    ("Julien", "Moreau", 1, 1979, 3, "69", "383", "69003", READY),
    ("Nadia", "Benali", 2, 1991, 7, "99", "350", "93200", READY),
    ("Antoine", "Santoni", 1, 1968, 5, "2A", "004", "20000", READY),
    ("Marie-Laure", "Casanova", 2, 1955, 11, "2B", "033", "20200", READY),
    ("Lucas", "Petit", 1, 2001, 2, "59", "350", "59000", READY),
    ("Sophie", "Lambert", 2, 1973, 9, "33", "063", "33000", READY),
    ("Karim", "Haddad", 1, 1988, 6, "13", "055", "13005", READY),
    ("Élodie", "Fournier", 2, 1995, 4, "44", "109", "44000", READY),
    ("Thomas", "Girard", 1, 1962, 10, "31", "555", "31000", READY),
    ("Jeanne", "Roux", 2, 1949, 1, "35", "238", "35000", READY),
    ("Mamadou", "Diallo", 1, 1990, 8, "99", "341", "75019", READY),
    ("Chloé", "Bernard", 2, 2003, 5, "67", "482", "67000", READY),
    ("Hugo", "Lefebvre", 1, 1982, 12, "62", "041", "62000", READY),
    ("Rémi", "Vidal", 1, 1977, 5, "34", "172", "34000", READY),
    ("Inès", "Morel", 2, 1998, 3, "2A", "247", "20137", READY),
    ("Paul", "Durand", 1, 1958, 4, "21", "231", "21000", HAS_ACCOUNT),
    ("Isabelle", "Mercier", 2, 1976, 2, "06", "088", "06000", HAS_ACCOUNT),
    ("Léa", "Rousseau", 2, 1999, 9, "2B", "033", "20200", HAS_ACCOUNT),
    ("Yasmine", "Cherif", 8, 1993, 3, "99", "352", "69008", TEMPORARY),
    ("Dimitri", "Ivanov", 7, 1985, 9, "99", "123", "67100", TEMPORARY),
    ("Nathalie", "Blanc", 2, 1970, 6, "38", "185", "38000", BANK_MISMATCH),
    ("François", "Muller", 1, 1965, 1, "57", "463", "57000", BANK_MISMATCH),
    ("Gérard", "Fontaine", 1, 1951, 7, "80", "021", "80000", LOCKED),
    ("Aurélie", "Garnier", 2, 1987, 10, "49", "007", "49000", LOCKED),
]

_BANKS = ("30002", "20041", "30004", "10278", "30003", "17515", "18206", "30066")


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    nir: str  # 15 characters, no spaces
    birth_date: dt.date
    postal_code: str
    iban_listed: str  # what the training card shows
    iban_on_file: str  # what "the health insurance" has
    email: str | None
    situation: str


def _ascii_name(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum() or ch == "-")


def _french_iban(index: int, variant: int = 0) -> str:
    """A French IBAN with a correct RIB key and IBAN check digits."""
    bank = _BANKS[index % len(_BANKS)]
    branch = f"{(index * 7919 + 101) % 100000:05d}"
    account = f"{(index * 104729 + variant * 7777777 + 12345) % 10**11:011d}"
    rib_key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
    bban = f"{bank}{branch}{account}{rib_key:02d}"
    check = _iban.calc_check_digits(f"FR00{bban}")
    return f"FR{check}{bban}"


def _nir_for(index: int, sex: int, year: int, month: int, dept: str, commune: str) -> str:
    order = f"{(index * 37) % 997 + 1:03d}"
    number = f"{sex}{year % 100:02d}{month:02d}{dept}{commune}{order}"
    return number + _nir.calc_check_digits(number)


def _build() -> list[Person]:
    people = []
    for index, row in enumerate(_ROWS):
        first, last, sex, year, month, dept, commune, postal, situation = row
        listed = _french_iban(index)
        on_file = _french_iban(index, variant=1) if situation == BANK_MISMATCH else listed
        email = None
        if situation == HAS_ACCOUNT:
            email = f"{_ascii_name(first)}.{_ascii_name(last)}@example.org"
        people.append(
            Person(
                first_name=first,
                last_name=last,
                nir=_nir_for(index, sex, year, month, dept, commune),
                birth_date=dt.date(year, month, (index * 7) % 27 + 1),
                postal_code=postal,
                iban_listed=listed,
                iban_on_file=on_file,
                email=email,
                situation=situation,
            )
        )
    return people


PEOPLE: list[Person] = _build()
