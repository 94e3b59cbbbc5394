"""A translator's slips, in every translation file: a placeholder lost or renamed, a sign
moved, a line added or lost.

Every finished translation of every translated language (shipped or still being written)
keeps the same {placeholders} as its French source (`bidi.fill` would raise, or a value
would vanish), the same leading sign on each line (a text that starts with "⚠" is shown
and said as an error, "✔" as good news, "▾"/"▸" is a fold, "•" a list, "1." a step) and the
same number of lines (lists are read line by line). A right-to-left translation keeps the
sign first in logical order: Qt draws it on the right.
"""

from __future__ import annotations

import re
import shutil
import string
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from aidant_app.rules.bidi import MARKS
from aidant_app.rules.languages import TRANSLATED

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SIGNS = "⚠✔✘▾▸▶☎•"
# Invisible marks a right-to-left translator may type before the first sign.
_INVISIBLE = "".join(MARKS) + "\u200e\u200f\u061c\ufeff"
_NUMBER = re.compile(r"(\d+)[.)]")


def placeholders(text: str) -> list[str]:
    """The named {placeholders} of a template (as bidi.fill reads them) and Qt's %1 %n."""
    try:
        named = [field for _literal, field, _spec, _conv in string.Formatter().parse(text)
                 if field is not None]
    except ValueError as error:  # an unbalanced brace: fill() would raise
        named = [f"<broken braces: {error}>"]
    return sorted(named + re.findall(r"%(?:\d+|n)", text))


def leading_sign(line: str) -> str:
    """The sign a line starts with ("⚠", "•", "3." for a step), "" when it starts with words.
    A step's number is compared by value: a translator may write it in Arabic-Indic digits."""
    line = line.strip().lstrip(_INVISIBLE).strip()
    if line[:1] and line[0] in SIGNS:
        return line[0]
    digits = ""
    for char in line:
        value = unicodedata.digit(char, None)
        if value is None:
            break
        digits += str(value)
    rest = line[len(digits):]
    if digits and rest[:1] in (".", ")", "\u066b", "\u06d4"):  # 1. 1) and the Arabic stops
        return f"{int(digits)}."
    return ""


def finished_messages(ts: Path) -> list[tuple[str, str, str]]:
    """(context, French source, translation) of every finished translation in `ts`."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                if text.strip():
                    found.append((name, message.findtext("source") or "", text))
    return found


def slips(ts: Path) -> list[str]:
    """Every translation of `ts` that lost or changed a placeholder, a sign or a line."""
    problems = []
    for context, source, text in finished_messages(ts):
        where = f"{ts.name} {context}: {source[:50]!r}"
        if context == "QGuiApplication" and source == "QT_LAYOUT_DIRECTION":
            continue  # answered LTR or RTL: not a sentence
        if placeholders(source) != placeholders(text):
            problems.append(f"{where}: placeholders {placeholders(text)}, "
                            f"French has {placeholders(source)}")
        source_lines, lines = source.split("\n"), text.split("\n")
        if len(source_lines) != len(lines):
            problems.append(f"{where}: {len(lines)} line(s), French has {len(source_lines)}")
            continue
        for number, (french, translated) in enumerate(zip(source_lines, lines), start=1):
            if leading_sign(french) != leading_sign(translated):
                problems.append(f"{where}: line {number} starts with "
                                f"{leading_sign(translated)!r}, French with "
                                f"{leading_sign(french)!r}")
    return problems


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_translation_keeps_the_placeholders_signs_and_lines_of_its_source(language):
    ts = TRANSLATIONS / f"aidant_{language}.ts"
    assert ts.exists(), f"{ts.name} missing: run scripts/update_translations.py"
    problems = slips(ts)
    assert problems == [], "\n".join(problems)


def test_the_check_finds_each_kind_of_slip(tmp_path):
    """The check can fail: a copy of the English file with one slip of each kind."""
    broken = tmp_path / "aidant_xx.ts"
    shutil.copy(TRANSLATIONS / "aidant_en.ts", broken)
    tree = ET.parse(broken)
    messages = {(m.findtext("source") or ""): m for m in tree.getroot().iter("message")}

    def pick(test) -> ET.Element:
        source = next(s for s in sorted(messages) if test(s)
                      and (messages[s].findtext("translation") or "").strip())
        return messages.pop(source).find("translation")

    renamed = pick(lambda s: placeholders(s) and "\n" not in s)  # {email} became {mail}
    name = placeholders(renamed.text)[0].lstrip("%")
    renamed.text = renamed.text.replace("{" + name + "}", "{" + name + "x}", 1)
    lost = pick(lambda s: placeholders(s) and "\n" not in s)  # a value dropped
    for field in set(placeholders(lost.text)):
        lost.text = lost.text.replace("{" + field + "}", "")
    warning = pick(lambda s: s.startswith("⚠") and "\n" not in s)  # no longer an error
    warning.text = warning.text.lstrip("⚠ ")
    added = pick(lambda s: leading_sign(s) == "" and "\n" not in s and not placeholders(s)
                 and len(s) > 20)  # plain words made an error
    added.text = "⚠ " + added.text
    line = pick(lambda s: "\n" not in s and len(s) > 40)  # a line break typed in
    line.text = line.text.replace(" ", "\n", 1)
    steps = pick(lambda s: "\n1." in s or s.startswith("1."))  # steps renumbered
    steps.text = steps.text.replace("1.", "2.", 1)
    tree.write(broken, encoding="utf-8")
    found = "\n".join(slips(broken))
    for kind in ("placeholders", "placeholders", "starts with ''", "starts with '⚠'",
                 "2 line(s)", "starts with '2.'"):
        assert kind in found, f"{kind!r} not found in:\n{found}"
    assert len(slips(broken)) >= 6
    # Arabic-Indic step numbers and a mark before a sign are no slip.
    assert leading_sign("\u200f١. خطوة") == "1." and leading_sign("\u2068⚠ تحذير") == "⚠"
