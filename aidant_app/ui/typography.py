"""Text for display: French spacing that never breaks (inside « », before : ; ? !), numbers
that never break (36 46, 15 minutes), and e-mail addresses that may break (no Qt, no deps)."""

from __future__ import annotations

import functools
import re

NBSP = "\u00a0"
ZWSP = "\u200b"  # zero-width space: a place where a line may break, drawn as nothing
_KEEP_TOGETHER = (("« ", "«" + NBSP), (" »", NBSP + "»"), (" :", NBSP + ":"),
                  (" ;", NBSP + ";"), (" ?", NBSP + "?"), (" !", NBSP + "!"))


# A space after a digit: inside a phone number ("36 46", "+33 1 84 90 36 46", "01 70 772 372")
# or between a number and what it counts ("15 minutes", "5 chiffres", "0,06 €"). A number
# cut over two lines was read as two numbers ("36" then "46" on the next line).
# Both patterns are compiled on the first text that needs them (a digit, an "@"): compiled at
# import, they cost the first window about 1.5 M instructions (scripts/bench_startup.py).
@functools.cache
def _after_digit() -> re.Pattern:
    return re.compile(r"(?<=\d) (?=\S)")


@functools.cache
def address_pattern() -> re.Pattern:
    """An e-mail address as the display rules see it: no space, one "@"."""
    return re.compile(r"[^\s@]+@[^\s@]+")


def keep_together(text: str) -> str:
    """French spacing that never breaks a line: not inside « Spam », not before : ? ! ;
    (a lone "»" or "?" at the start of a line is hard to read), not inside a phone number,
    not between a number and its word. Display only."""
    for plain, joined in _KEEP_TOGETHER:
        text = text.replace(plain, joined)
    if not any(ch.isdecimal() for ch in text):  # no digit: nothing for the pattern
        return text
    return _after_digit().sub(NBSP, text)


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

    if "@" not in text:
        return text
    return address_pattern().sub(split, text)
