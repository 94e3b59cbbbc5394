"""English: every French string of the interface has an English translation, and it shows."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from aidant_app.journey import Step
from aidant_app.rules.languages import LANGUAGES, SHIPPED, SOURCE

ROOT = Path(__file__).resolve().parents[2]
COMMITTED_TS = ROOT / "resources" / "translations" / "aidant_en.ts"

# Signs that a text is still French: accented letters English never uses, and small
# French words that are not English words.
FRENCH = re.compile(r"[éèêàâçôûîœ«»]|\b(?:vous|votre|vos|est|les|des|une|pour|avec|sur|"
                    r"dans|pas|ou|et|le|la|du|au)\b", re.IGNORECASE)


def _update_script():
    """scripts/update_translations.py, the project's lupdate step (sources, tools)."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation text, or None when unfinished, empty or vanished."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = None if translation is None else translation.get("type")
            text = None if translation is None else (translation.text or "").strip()
            done = kind not in ("unfinished", "vanished", "obsolete") and text
            found[(name, message.findtext("source") or "")] = text if done else None
    return found


def _strings(value) -> list[str]:
    """Every text in the backend's meta (its own names, in French: data, not interface)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _strings(item)]
    return []


@pytest.fixture(scope="module")
def in_code(tmp_path_factory) -> set[tuple[str, str]]:
    """(context, source) of every string lupdate finds in the code now (one run for all)."""
    script = _update_script()
    fresh = tmp_path_factory.mktemp("lupdate") / "aidant_xx.ts"
    subprocess.run([script.tool("lupdate"), *script.sources(), "-no-obsolete", "-locations",
                    "none", "-source-language", "fr", "-target-language", "en", "-ts",
                    str(fresh)], cwd=ROOT, check=True, capture_output=True)
    found = set(_messages(fresh))
    assert len(found) > 200  # lupdate really read the interface
    return found


def untranslated(in_code: set[tuple[str, str]], committed_ts: Path) -> list[str]:
    """Strings of the code that `committed_ts` lacks or leaves without a translation (what
    scripts/update_translations.py --check fails on for a shipped language)."""
    committed = _messages(committed_ts)
    missing = sorted(f"not in {committed_ts.name} (run scripts/update_translations.py): "
                     f"{context}: {source[:60]}" for context, source in in_code - set(committed))
    return missing + sorted(f"no translation yet in {committed_ts.name}: {context}: "
                            f"{source[:60]}" for (context, source) in in_code
                            if (context, source) in committed and not committed[(context, source)])


@pytest.mark.parametrize("language", [code for code in SHIPPED if code != SOURCE])
def test_every_french_string_in_the_code_is_translated_in_every_shipped_language(
        in_code, language):
    """Every language the menu offers (rules/languages.py, shipped) has every string."""
    problems = untranslated(in_code, COMMITTED_TS.with_name(f"aidant_{language}.ts"))
    assert not problems, "\n".join(problems)


def test_the_untranslated_check_finds_a_missing_and_an_unfinished_string(in_code, tmp_path):
    """The check can fail: a copy of the English file with one string taken out and one
    marked unfinished (what a language shipped too early looks like)."""
    broken = tmp_path / "aidant_xx.ts"
    tree = ET.parse(COMMITTED_TS)
    contexts = [c for c in tree.getroot().iter("context") if c.findtext("name") == "Signs"]
    messages = contexts[0].findall("message")
    contexts[0].remove(messages[0])
    messages[1].find("translation").set("type", "unfinished")
    tree.write(broken, encoding="utf-8")
    problems = untranslated(in_code, broken)
    assert len(problems) == 2, problems
    assert messages[0].findtext("source")[:60] in problems[0] and "not in" in problems[0]
    assert messages[1].findtext("source")[:60] in problems[1] and "no translation" in problems[1]
    assert untranslated(in_code, COMMITTED_TS) == []


def test_every_right_to_left_file_declares_it_and_every_other_does_not():
    """Qt mirrors the layout from the translation's own QT_LAYOUT_DIRECTION."""
    for row in LANGUAGES:
        if row.code == SOURCE:
            continue
        ts = COMMITTED_TS.with_name(f"aidant_{row.code}.ts")
        direction = _messages(ts)[("QGuiApplication", "QT_LAYOUT_DIRECTION")]
        assert direction == ("RTL" if row.rtl else "LTR"), row.code


def test_the_committed_qm_is_as_new_as_the_ts():
    qm = COMMITTED_TS.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 1000
    # lrelease keeps every finished translation: a .qm built before the latest English
    # was written would miss it (and the app would show French).
    text = qm.read_bytes()
    assert "Continue".encode("utf-16-be") in text


def test_english_shows_on_every_page(window, qtbot):
    pages = {step: window.page(step) for step in Step}
    french = {step: page.title_label.text() for step, page in pages.items()}
    window.set_language("en")
    assert window.translations.language == "en"  # the committed .qm loaded
    import dataclasses

    meta = dataclasses.asdict(window.ctx.meta)  # the backend's own words (typed Meta)
    data = sorted((text for text in _strings(meta) if " " in text.strip()),
                  key=len, reverse=True)
    still_french = []
    for step, page in pages.items():
        title = page.title_label.text()
        assert title and title != french[step], f"{step.value}: title not translated"
        for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
            text = widget.text()
            for value in data:
                text = text.replace(value, "")
            # What French websites show is quoted as is, for the person to find it there.
            text = re.sub(r"“[^”]*”", "", text)
            if FRENCH.search(text):
                still_french.append(f"{step.value} {widget.objectName()}: {text[:70]!r}")
    assert not still_french, "French left in English:\n" + "\n".join(still_french)
    assert window.back_button.text() == "Back"
    assert window.help_button.text() == "I have a problem"
    window.jump_to(Step.START)
    assert window.next_button.text() == "Continue"
    assert window.windowTitle().startswith("Aidant") and not FRENCH.search(window.windowTitle())
    window.set_language("fr")
    assert window.next_button.text() == "Continuer"
    assert pages[Step.START].title_label.text() == french[Step.START]
