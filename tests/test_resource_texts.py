"""Every text a person reads from resources/*.json goes through Qt's translations (one system)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from aidant_app.rules.languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = sorted((ROOT / "resources").glob("*.json"))


def _worded(node: object, where: str = "") -> list[tuple[str, dict]]:
    """Every {"fr": ...} object in `node`: a text the app shows, with its path."""
    if isinstance(node, dict):
        if isinstance(node.get("fr"), str):
            return [(where, node)]
        return [found for key, value in node.items() for found in _worded(value, f"{where}/{key}")]
    if isinstance(node, list):
        return [found for index, value in enumerate(node)
                for found in _worded(value, f"{where}/{index}")]
    return []


def _sources(language: str) -> set[str]:
    ts = ROOT / "resources" / "translations" / f"aidant_{language}.ts"
    return {(m.findtext("source") or "") for m in ET.parse(ts).getroot().iter("message")}


def test_resource_texts_carry_no_translation_of_their_own():
    """A {"fr": ..., "en": ...} object is a second translation system (mailbox_life.json had
    one: its rules showed in French in Arabic): French only, the rest in the .ts files."""
    own = [f"{path.name}{where}: {sorted(set(texts) - {'fr'})}"
           for path in RESOURCES if path.name != "openapi.json"
           for where, texts in _worded(json.loads(path.read_text(encoding="utf-8")))
           if set(texts) - {"fr"}]
    assert own == []


@pytest.mark.parametrize("language", [row.code for row in LANGUAGES if row.code != "fr"])
def test_every_resource_text_is_in_the_translation_files(language):
    """scripts/update_translations.py feeds every French text of resources/ to lupdate: each
    is a message of every language's .ts file (the untranslated check then covers it)."""
    sources = _sources(language)
    missing = [f"{path.name}{where}: {texts['fr'][:60]!r}"
               for path in RESOURCES if path.name != "openapi.json"
               for where, texts in _worded(json.loads(path.read_text(encoding="utf-8")))
               if texts["fr"] not in sources]
    assert missing == []
