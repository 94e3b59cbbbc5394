"""French spacing for display: no line break inside « » or before : ; ? ! (no Qt, no deps)."""

from __future__ import annotations

NBSP = "\u00a0"
_KEEP_TOGETHER = (("« ", "«" + NBSP), (" »", NBSP + "»"), (" :", NBSP + ":"),
                  (" ;", NBSP + ";"), (" ?", NBSP + "?"), (" !", NBSP + "!"))


def keep_together(text: str) -> str:
    """French spacing that never breaks a line: not inside « Spam », not before : ? ! ;
    (a lone "»" or "?" at the start of a line is hard to read). Display only."""
    for plain, joined in _KEEP_TOGETHER:
        text = text.replace(plain, joined)
    return text
