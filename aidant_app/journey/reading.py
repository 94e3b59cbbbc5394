"""What "Écouter" reads: a page's words as sentences, with no secret in them. No Qt.

The UI gives the words the page shows (title, paragraphs, the current question and its
answers, each field's label, help and error: the same strings as on the screen, no second
copy) and the values typed into its fields; this module orders them into sentences and
takes out every value a person typed that is a secret or an identifier (a password, a
code, the social security number or the 13 digits of the ameli login made from it, an
IBAN). Such a value is read only when the person asks for that one field: `field_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .fields import CHARACTERS, DIGITS, SECRET

# A run of digits, maybe grouped by spaces ("1 84 12 75 116 001 26", "482 913").
_DIGIT_RUN = re.compile(r"\d(?:[\s\u00a0\u202f]?\d)+")
_SENTENCE_END = re.compile(r"(?<=[.!?؟…])\s+")
MIN_SECRET_DIGITS = 6  # a run this long taken from a typed number is part of it (a login)


@dataclass
class PageWords:
    """The words of one page, as shown, in reading order."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    question: str = ""  # the current question, when the page asks one
    answers: list[str] = field(default_factory=list)  # its answers, as on their buttons
    fields: list[tuple[str, str, str]] = field(default_factory=list)  # label, help, error
    # Values typed into the page's inputs: never read as part of the page.
    typed: list[str] = field(default_factory=list)


def sentences(text: str) -> list[str]:
    """`text` cut into sentences (at . ! ? and line breaks), without empty ones."""
    out = []
    for line in text.splitlines():
        out.extend(part.strip() for part in _SENTENCE_END.split(line) if part.strip())
    return out


def _compact(value: str) -> str:
    return re.sub(r"[\s\u00a0\u202f.-]", "", value)


def redact(sentence: str, typed: Iterable[str], hidden: str) -> str:
    """`sentence` with every typed value, and any long run of its digits, replaced by
    `hidden` (the translated words "valeur non lue")."""
    values = [value for value in typed if len(_compact(value)) >= 3]
    for value in values:
        # The value as typed or regrouped: spaces, dots and dashes anywhere between.
        pattern = r"[\s\u00a0\u202f.-]?".join(re.escape(char) for char in _compact(value))
        sentence = re.sub(pattern, hidden, sentence, flags=re.IGNORECASE)
    digits = [_compact(value) for value in values if _compact(value).isdigit()]
    if digits:
        def digits_of_a_value(match: re.Match) -> str:
            run = _compact(match.group(0))
            if len(run) >= MIN_SECRET_DIGITS and any(run in value for value in digits):
                return hidden
            return match.group(0)

        sentence = _DIGIT_RUN.sub(digits_of_a_value, sentence)
    return sentence


def page_sentences(words: PageWords, hidden: str) -> list[str]:
    """What "Écouter" reads for this page, in order: its title, its text, the current
    question and its answers, then each field's label, help and error."""
    parts: list[str] = [words.title, *words.paragraphs]
    if words.question:
        parts.append(words.question)
    parts.extend(words.answers)
    for label, help_text, error in words.fields:
        parts.extend((label, help_text, error))
    out: list[str] = []
    for part in parts:
        for sentence in sentences(part or ""):
            sentence = redact(sentence, words.typed, hidden)
            if sentence and (not out or out[-1] != sentence):
                out.append(sentence)
    return out


def field_words(value: str, spoken: str) -> str:
    """One field's value, read because the person asked for that field: digits one by
    one in their groups, an IBAN character by character, a date as written, a password
    character by character (only ever on this request)."""
    value = value.strip()
    if not value:
        return ""
    if spoken in (DIGITS, CHARACTERS):  # "1 84 12" -> "1, 8 4, 1 2": the groups kept
        return ", ".join(" ".join(group) for group in value.split())
    if spoken == SECRET:
        return " ".join(value)
    return value  # AS_DATE and plain text: as written


def secret_free(texts: Sequence[str], secrets: Iterable[str]) -> bool:
    """Whether no secret value (nor its digits regrouped) is in any of `texts`."""
    compact = [_compact(text) for text in texts]
    return not any(_compact(secret) and _compact(secret) in text
                   for secret in secrets for text in compact)
