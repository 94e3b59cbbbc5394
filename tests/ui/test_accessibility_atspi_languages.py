"""What a screen reader gets in Arabic, read on the real AT-SPI bus: on every page and in the
help and settings dialogs, every focusable element has a name, in the page's language.

tests/ui/atspi_pages_app.py shows each page in turn (set up as tests/ui/test_accessibility.py
does) and scripts/atspi_tree.py reads the tree of each. A name is a French leftover when it
is a French text whose translation exists in that language's .ts file (a widget named once
and never retranslated). Debian packages: xvfb xauth dbus at-spi2-core python3-pyatspi.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from aidant_app.journey import Step
from aidant_app.rules.bidi import strip_marks

from .atspi_support import run_with_reader

ROOT = Path(__file__).resolve().parents[2]
LANGUAGE = "ar"


def translated(language: str) -> dict[str, str]:
    """French source -> its finished translation, where they differ ("" for a source still
    without one: a name that is that whole text is not a leftover yet)."""
    found = {}
    ts = ROOT / "resources" / "translations" / f"aidant_{language}.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                              "obsolete"):
            continue
        source, text = message.findtext("source") or "", (translation.text or "").strip()
        if text and text != source.strip():
            found[source.strip()] = text
    for message in ET.parse(ts).getroot().iter("message"):
        found.setdefault((message.findtext("source") or "").strip(), "")
    return found


def _fixed_part(text: str) -> str:
    """The longest part of a template outside its {placeholders}."""
    parts = [part for chunk in text.split("{") for part in chunk.split("}")[-1:]]
    return max(parts, key=len).strip()


def name_problems(pages: list[dict], french: dict[str, str]) -> list[str]:
    """Focusable, showing elements without a name, or named in French where the language
    has the words."""
    # A template's words around its values ("Bonjour, voici votre adresse {email}").
    fixed = {_fixed_part(source) for source, text in french.items() if text and "{" in source}
    fixed -= {""}
    problems = []
    for page in pages:
        for row in page["tree"]:
            if "focusable" not in row["states"] or "showing" not in row["states"]:
                continue
            name = strip_marks(row["name"]).strip()
            where = f"{page['page']}: [{row['role']}]"
            if not name:
                problems.append(f"{where} has no name")
            elif french.get(name) or (name not in french and any(
                    len(part) >= 12 and part in name for part in fixed)):
                problems.append(f"{where} {name[:60]!r} is French (translated: "
                                f"{french.get(name, '...')[:40]!r})")
    return problems


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> list[dict]:
    """The tree of every page and dialog in Arabic (one run, about a minute)."""
    marker = tmp_path_factory.mktemp("atspi") / "done"
    result = run_with_reader(marker, f"tests/ui/atspi_pages_app.py {LANGUAGE}",
                             reader_timeout=240)
    return result["pages"]


def test_every_page_and_dialog_was_read(pages):
    read = [page["page"] for page in pages]
    assert read == [step.value for step in Step] + ["help dialog", "settings dialog"]
    for page in pages:
        focusable = [row for row in page["tree"] if "focusable" in row["states"]
                     and "showing" in row["states"]]
        assert len(focusable) >= 4, page["page"]  # the top bar, Écouter, the page's own
    if any(translated(LANGUAGE).values()):  # the bus carries the language's own words
        names = " ".join(row["name"] for page in pages for row in page["tree"])
        assert re.search("[\u0600-\u06ff]", names), names[:200]


def test_in_arabic_every_focusable_element_has_a_name_in_arabic(pages):
    problems = name_problems(pages, translated(LANGUAGE))
    assert problems == [], "\n".join(problems)


def test_the_check_sees_an_empty_name_and_a_french_leftover():
    french = {"Continuer": "متابعة", "Bonjour, voici votre adresse {email}": "مرحبا {email}",
              "Pas encore traduit": ""}
    tree = [{"role": "push button", "name": "", "states": ["focusable", "showing"]},
            {"role": "push button", "name": "Continuer", "states": ["focusable", "showing"]},
            {"role": "label", "name": "Bonjour, voici votre adresse x@y.fr",
             "states": ["focusable", "showing"]},
            {"role": "push button", "name": "متابعة", "states": ["focusable", "showing"]},
            {"role": "push button", "name": "Pas encore traduit",
             "states": ["focusable", "showing"]},
            {"role": "push button", "name": "", "states": ["showing"]}]
    problems = name_problems([{"page": "p", "tree": tree}], french)
    assert len(problems) == 3, problems
    assert "no name" in problems[0] and "'Continuer' is French" in problems[1]
