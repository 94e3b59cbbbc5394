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
        bidi.FSI + "007" + bidi.PDI + " " + bidi.FSI + "'a'" + bidi.PDI)
    assert bidi.fill("{percent} %", percent=150) == bidi.FSI + "150" + bidi.PDI + " %"


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
