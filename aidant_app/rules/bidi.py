"""Values inside translated sentences: the one function every placeholder goes through.

In a right-to-left interface an e-mail address, a phone number, a code or a social
security number put into an Arabic sentence would be reordered by the Unicode
bidirectional algorithm ("36 46" shown as "46 36", "nom@exemple.fr" as "exemple.fr@nom").
`fill(template, name=value)` formats a translated template with each value wrapped in
FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (U+2068 ... U+2069): the value keeps its
own direction (left to right for digits and Latin letters) and does not disturb the
sentence around it. Never write the marks by hand in a string: call `fill`.
tests/test_bidi_fill.py reads the UI's source and fails on a translated template
formatted another way.

A line's own direction comes from its first strong letter, not from the window: an Arabic
sentence that starts with "Assurance Maladie", "IBAN" or a bullet before a placeholder
would be laid out left to right (aligned left, the bullet on the wrong side). In a
right-to-left interface every translated text whose first strong letter is not right to
left starts with RIGHT-TO-LEFT MARK (`paragraph`, applied by the UI's translator to every
translation, so no translator has to reword a sentence for it).

In a left-to-right interface the marks are not written (set_isolating(False), French and
English): they change nothing there and would reach screen readers and copied text.
No Qt: the UI switches it when the language changes (ui/i18n.py).
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Mapping

FSI = "\u2068"  # FIRST STRONG ISOLATE: the value's own first strong letter decides
LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE: always left to right (identifiers)
RLI = "\u2067"  # RIGHT-TO-LEFT ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE: the end of any of the three
# RIGHT-TO-LEFT MARK: a strong right-to-left letter that shows nothing. A line's direction is
# its first strong letter outside isolates (Unicode bidi rule P2): "{number}. {step}" or
# "⚠ {message}" with their values isolated have none, and Qt lays them out left to right
# (the number or the sign on the left of an Arabic sentence). fill() ends such a line with
# this mark; at the end, so that a text still starts with its sign ("⚠" is an error).
RLM = "\u200f"
MARKS = (LRI, RLI, FSI, PDI, RLM)

_state = {"isolating": False}
_FORMATTER = string.Formatter()


def set_isolating(on: bool) -> None:
    """Wrap values from now on (a right-to-left interface) or not."""
    _state["isolating"] = bool(on)


def isolating() -> bool:
    return _state["isolating"]


def isolate(value: object, left_to_right: bool = False) -> str:
    """`value` as text, isolated from the sentence around it when the interface is
    right to left. `left_to_right`: forced left to right (an identifier made only of
    digits and signs has no strong letter; FSI already treats it so)."""
    text = value if isinstance(value, str) else format(value)
    if not _state["isolating"] or not text:
        return text
    return (LRI if left_to_right else FSI) + text + PDI


def fill(template: str, /, **values: object) -> str:
    """`template.format(**values)` with every value isolated (see the module's docstring).

    Format specifications ("{count:d}", "{amount:.2f}") apply to the value before it is
    isolated. A placeholder without a value raises KeyError, as str.format does.
    """
    out, literals, isolated = [], [], False
    for literal, field, spec, conversion in _FORMATTER.parse(template):
        out.append(literal)
        literals.append(literal)
        if field is None:
            continue
        if field not in values:
            raise KeyError(field)
        value = values[field]
        if conversion:
            value = _FORMATTER.convert_field(value, conversion)
        out.append(isolate(format(value, spec) if spec else value))
        isolated = isolated or out[-1].endswith(PDI)
    if isolated and not any(_strong(char) for char in "".join(literals)):
        out.append(RLM)  # the line takes the interface's direction (see RLM)
    return "".join(out)


def first_strong(text: str) -> str:
    """The bidirectional class ("L", "R" or "AL") of the first strong letter of `text`
    outside isolated values, "" when it has none: what decides a line's direction."""
    import unicodedata

    depth = 0
    for char in text:
        if char in (LRI, RLI, FSI):
            depth += 1
        elif char == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind in ("L", "R", "AL"):
                return kind
    return ""


def has_right_to_left(text: str) -> bool:
    """Whether `text` holds a right-to-left letter (Arabic, Dari, Pashto, Hebrew...)."""
    import unicodedata

    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def paragraph(text: str) -> str:
    """`text` laid out right to left in a right-to-left interface, whatever its first
    letter: a RIGHT-TO-LEFT MARK in front when its first strong letter is not right to
    left. Unchanged in a left-to-right interface."""
    if not _state["isolating"] or not text or first_strong(text) in ("R", "AL"):
        return text
    return RLM + text


def value_line(value: object) -> str:
    """A value shown on a line of its own (an identifier, a code, an address), as a reader
    must copy it: in a right-to-left interface, isolated left to right inside a line that
    keeps the interface's direction (RLM, LRI ... PDI). Without it, a label lays out a
    value with no letter ("1 86 05 •• •••") left to right, on the far left of the page;
    where the direction is forced (a button, the memo's painter), its groups come out
    reversed."""
    return paragraph(isolate(value, left_to_right=True))


def _strong(char: str) -> bool:
    # unicodedata (a compiled module) loaded when first needed: a left-to-right interface's
    # first window does without it (about 1 M instructions, scripts/bench_startup.py).
    import unicodedata

    return unicodedata.bidirectional(char) in ("L", "R", "AL")


# Identifiers written in a sentence itself, not through a placeholder ("Appelez le 36 46",
# "par exemple 1 84 12 75 116 001 26", "prenom.nom@exemple.fr", "https://..."): in a
# right-to-left line the groups of a number come out in reverse order ("46 36"). A
# translator cannot isolate them (never by hand): the translation is isolated when it is
# loaded, by this one rule. A single number ("15 chiffres", a step's "1.") reads the same
# either way and is left alone; {placeholders} are fill()'s.
@functools.cache
def _literal() -> re.Pattern:
    # Compiled on first use, in a right-to-left interface only: at import it cost every
    # start about 2 M instructions (scripts/bench_startup.py --phases).
    return re.compile(
        r"https?://[^\s{}«»“”()]+[^\s{}«»“”().,;:!?]"  # an address of a site
        r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address
        r"|\+?\d+(?:[ \u00a0\u202f]\d+)+"  # a phone number, a social security number
        r"|\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4})+(?:[ \u00a0]?[A-Z0-9]{1,3})?"  # an IBAN
        r"|\b[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}\b")  # a journey code


def isolate_literals(text: str) -> str:
    """`text` with every identifier written in it isolated left to right (LRI ... PDI),
    when the interface is right to left; as it is otherwise."""
    if not _state["isolating"] or not text:
        return text
    return _literal().sub(lambda match: LRI + match.group(0) + PDI, text)


def strip_marks(text: str) -> str:
    """`text` without isolation marks (what a test or a copy button compares)."""
    return text.translate({ord(mark): None for mark in (*MARKS, RLM)})


def fill_map(template: str, values: Mapping[str, object]) -> str:
    return fill(template, **values)
