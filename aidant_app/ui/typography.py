"""Text for display: French spacing that never breaks (inside « », before : ; ? !), and
e-mail addresses that may break (no Qt, no deps)."""

from __future__ import annotations

import re

NBSP = "\u00a0"
ZWSP = "\u200b"  # zero-width space: a place where a line may break, drawn as nothing
ADDRESS = re.compile(r"[^\s@]+@[^\s@]+")
_KEEP_TOGETHER = (("« ", "«" + NBSP), (" »", NBSP + "»"), (" :", NBSP + ":"),
                  (" ;", NBSP + ";"), (" ?", NBSP + "?"), (" !", NBSP + "!"))


def keep_together(text: str) -> str:
    """French spacing that never breaks a line: not inside « Spam », not before : ? ! ;
    (a lone "»" or "?" at the start of a line is hard to read). Display only."""
    for plain, joined in _KEEP_TOGETHER:
        text = text.replace(plain, joined)
    return text


def breakable_addresses(text: str) -> str:
    """E-mail addresses that may go on two lines: after "@" and before each ".".

    A line breaks only between words, and an address is one long word: at 200 % text on a
    1024 px screen "sophie.lambert@entrainement.example" made its page wider than the screen
    and the ends of the other lines were cut. Display only, and never in text a person may
    select and copy: the invisible characters would be copied into the address.
    """
    def split(match: re.Match) -> str:
        address = match.group(0)
        return address.replace("@", "@" + ZWSP).replace(".", ZWSP + ".")

    return ADDRESS.sub(split, text)
