"""Helpers' logins, names and passwords as an operator may set them (API 1.2).

One login per confusable-free form: a login is lower-case ASCII (letters, digits, `.`,
`-`, `_`, `@`, `+`), and two logins whose skeletons agree (`marie`, `MARIE`, `marIe`,
`rnarie`...) cannot both exist: the database holds the skeleton under a unique index.
Names hold no control character. Passwords follow the CNIL recommendation 2022-100
(about 80 bits: 12 characters of 4 kinds, 14 of 3 kinds, or a passphrase of 7 words).
"""

from __future__ import annotations

import logging
import re
import unicodedata

from aidant_app.server.db import IntegrityError, Store

log = logging.getLogger("aidant_app.server")

LOGIN = re.compile(r"[a-z0-9][a-z0-9._@+\-]{0,63}")
# Look-alikes within ASCII (after lower-casing), as Unicode's confusables (UTS 39) map them.
_PAIRS = (("rn", "m"), ("vv", "w"), ("cl", "d"))
_SINGLES = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l", "5": "s", "_": "-"})
PASSPHRASE_WORDS = 7


def normalise_login(text: str) -> str:
    """What a login is stored and compared as: NFKC, trimmed, lower-case."""
    return unicodedata.normalize("NFKC", text or "").strip().lower()


def login_problem(login: str) -> str | None:
    if not LOGIN.fullmatch(login):
        return (
            "a login is 1 to 64 characters: lower-case letters without accents, digits,"
            " and . - _ @ + (it starts with a letter or a digit)"
        )
    return None


def skeleton(login: str) -> str:
    """The confusable-free form: two logins with one skeleton would be mistaken."""
    key = normalise_login(login).translate(_SINGLES)
    for pair, single in _PAIRS:
        key = key.replace(pair, single)
    return key


def has_controls(text: str) -> bool:
    """Control, format, private or unassigned characters: a terminal may obey them."""
    return any(
        unicodedata.category(c)[0] == "C" or unicodedata.category(c) in ("Zl", "Zp") for c in text
    )


def password_problem(password: str) -> str | None:
    """None when the password follows the CNIL recommendation, else why not."""
    kinds = sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() and not c.isspace() for c in password),
        )
    )
    words = [w for w in re.split(r"[\s\-_.]+", password) if len(w) >= 2]
    if len(set(password)) < 6:
        return "the password repeats too few characters"
    if (len(password) >= 12 and kinds == 4) or (len(password) >= 14 and kinds >= 3):
        return None
    if len(words) >= PASSPHRASE_WORDS and len(set(words)) >= PASSPHRASE_WORDS:
        return None
    return (
        "the password needs 12 characters of 4 kinds (lower case, upper case, digits, other"
        " signs), 14 of 3 kinds, or 7 different words (CNIL recommendation 2022-100)"
    )


def backfill_keys(store: Store) -> None:
    """Helpers added before API 1.2 get their skeleton (look-alikes already there keep none,
    and are named in the log so the operator can disable one)."""
    for row in store.all("SELECT login FROM helpers WHERE login_key IS NULL"):
        try:
            store.execute(
                "UPDATE helpers SET login_key = ? WHERE login = ?",
                skeleton(row["login"]),
                row["login"],
            )
        except IntegrityError:
            log.warning("two helpers' logins look alike; disable one (aidant-server helpers list)")
