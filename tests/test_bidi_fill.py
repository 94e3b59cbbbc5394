"""Values inside translated sentences keep their own direction in a right-to-left interface.

rules/bidi.fill is the one function every placeholder goes through: this checks what it
does with values a person would see reordered (numbers, addresses, codes, the social
security number), and reads the UI's source to fail on a translated template formatted
any other way (.format, or by hand).
"""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

import pytest

from aidant_app.rules import bidi

ROOT = Path(__file__).resolve().parent.parent
UI_FILES = sorted((ROOT / "aidant_app" / "ui").rglob("*.py")) + [ROOT / "aidant_app" / "app.py"]


@pytest.fixture
def rtl():
    bidi.set_isolating(True)
    yield
    bidi.set_isolating(False)


ARABIC = "اتصلوا بالرقم {phone} أو اكتبوا إلى {address}."


@pytest.mark.parametrize("value", ["36 46", "nom.prenom@exemple.fr", "1 84 12 75 116 001 26",
                                   "FR76 3000 6000 0112 3456 7890 189", "482 913", "75011",
                                   "https://www.ameli.fr/"])
def test_every_value_is_isolated_in_a_right_to_left_sentence(rtl, value):
    text = bidi.fill(ARABIC, phone=value, address="x@exemple.fr")
    assert bidi.FSI + value + bidi.PDI in text
    # Every isolate opened is closed: the sentence after it is not disturbed.
    opened = sum(text.count(mark) for mark in (bidi.FSI, bidi.LRI, bidi.RLI))
    assert opened == text.count(bidi.PDI) == 2
    assert bidi.strip_marks(text) == ARABIC.format(phone=value, address="x@exemple.fr")


def test_left_to_right_interfaces_get_no_marks():
    bidi.set_isolating(False)
    text = bidi.fill("Appelez le {phone}.", phone="36 46")
    assert text == "Appelez le 36 46."
    assert not any(mark in text for mark in bidi.MARKS)


def test_format_specs_and_numbers_are_applied_before_isolation(rtl):
    assert bidi.fill("{n:03d} {x!r}", n=7, x="a") == (
        bidi.FSI + "007" + bidi.PDI + " " + bidi.FSI + "'a'" + bidi.PDI + bidi.RLM)
    assert bidi.fill("{percent} %", percent=150) == (
        bidi.FSI + "150" + bidi.PDI + " %" + bidi.RLM)


def _first_strong(text: str) -> str:
    """The paragraph's direction by Unicode's rule P2: its first strong letter outside
    isolates ("L" or "R"; "" when there is none, which Qt lays out left to right)."""
    depth = 0
    for char in text:
        if char in (bidi.LRI, bidi.RLI, bidi.FSI):
            depth += 1
        elif char == bidi.PDI:
            depth = max(0, depth - 1)
        elif depth == 0 and unicodedata.bidirectional(char) in ("L", "R", "AL"):
            return "L" if unicodedata.bidirectional(char) == "L" else "R"
    return ""


@pytest.mark.parametrize("template", ["{number}. {step}", "⚠ {message}", "• {item}",
                                      "✔ {answer}", "☎ {phone}", "{a} – {b}"])
def test_a_line_of_signs_and_values_reads_right_to_left(rtl, template):
    """A list's line made of a sign and values only (all isolated) takes the interface's
    direction: the number or the sign on the right of an Arabic sentence, still first."""
    values = {field: "خطوة أولى" for field in ("number", "message", "item", "answer", "phone",
                                               "a", "b", "step")}
    values["number"] = 3
    text = bidi.fill(template, **values)
    assert _first_strong(text) == "R", repr(text)
    assert text.startswith(template[0]) or template[0] == "{"
    assert bidi.strip_marks(text) == template.format(**values)
    # A sentence with its own words keeps their direction; left to right, nothing is added.
    assert _first_strong(bidi.fill("Appelez le {phone}.", phone="36 46")) == "L"
    bidi.set_isolating(False)
    assert _first_strong(bidi.fill(template, **values)) == "R"  # the value's own, no mark
    assert bidi.RLM not in bidi.fill(template, **values)


def test_an_empty_value_adds_no_invisible_characters(rtl):
    assert bidi.fill("[{value}]", value="") == "[]"


def test_a_missing_value_is_an_error_as_with_format(rtl):
    with pytest.raises(KeyError):
        bidi.fill("{a} {b}", a="1")


def test_marks_are_the_unicode_isolates():
    names = [unicodedata.name(mark) for mark in bidi.MARKS]
    assert names == ["LEFT-TO-RIGHT ISOLATE", "RIGHT-TO-LEFT ISOLATE",
                     "FIRST STRONG ISOLATE", "POP DIRECTIONAL ISOLATE",
                     "RIGHT-TO-LEFT MARK"]


def _formats_left(path: Path, root: Path = ROOT) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("format", "format_map")
                # A module's CONSTANT template is no sentence (a registry key's name).
                and not (isinstance(node.func.value, ast.Name)
                         and node.func.value.id.isupper())):
            found.append(f"{path.relative_to(root)}:{node.lineno}")
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and any(mark in node.value for mark in bidi.MARKS)):
            found.append(f"{path.relative_to(root)}:{node.lineno} isolation marks by hand")
    return found


def test_the_ui_formats_every_sentence_through_fill():
    """Any .format() in the UI is a placeholder that escapes isolation (the UI's templates
    are translated sentences; scripts/isolate_placeholders.py rewrites them)."""
    found = [where for path in UI_FILES for where in _formats_left(path)]
    assert not found, "use rules.bidi.fill(template, name=value):\n" + "\n".join(found)


def test_the_check_sees_a_format_left_behind(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('x = self.tr("Code : {code}").format(code=c)\n'
                      'y = text.format(name=n)\n'
                      'z = "\\u2066" + value\n', encoding="utf-8")
    assert [where.split(":")[1] for where in _formats_left(sample, tmp_path)] == [
        "1", "2", "3 isolation marks by hand"]


@pytest.mark.parametrize("literal", ["36 46", "+33 1 84 90 36 46", "1 84 12 75 116 001 26",
                                     "prenom.nom@exemple.fr", "https://aidant.exemple.fr",
                                     "FR76 3000 6000 0112 3456 7890 189", "K7Q-4MZ-2WP",
                                     "٣٦ ٤٦"])
def test_identifiers_written_in_a_translation_are_isolated(rtl, literal):
    """A number written in a sentence's own words ("اتصلوا بالرقم 36 46.") keeps its
    order: the translation is isolated when loaded (ui/i18n.IsolatingTranslator)."""
    text = f"اتصلوا بالرقم {literal}."
    assert bidi.isolate_literals(text) == f"اتصلوا بالرقم {bidi.LRI}{literal}{bidi.PDI}."
    bidi.set_isolating(False)
    assert bidi.isolate_literals(text) == text


@pytest.mark.parametrize("text", ["15 chiffres", "1. اضغطوا", "⚠ {message}", "{number}. {step}",
                                  "Étape {n} sur {total}", "0,06 € par minute", "سؤال 1 من 5"])
def test_single_numbers_signs_and_placeholders_are_left_alone(rtl, text):
    assert bidi.isolate_literals(text) == text


def test_right_to_left_letters_are_found_anywhere_in_a_line():
    assert bidi.has_right_to_left("مرحبا")
    assert bidi.has_right_to_left("Aidant : د مرستې")  # Pashto after French words
    assert bidi.has_right_to_left("office@exemple.fr ← آدرس")  # Dari at the end
    assert not bidi.has_right_to_left("office.fiona.effi@exemple.fr")
    assert not bidi.has_right_to_left("1 86 05 •• ••• 36 46")
    assert not bidi.has_right_to_left("")
