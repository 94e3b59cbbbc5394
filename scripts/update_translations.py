"""Refresh resources/translations/aidant_<lang>.ts from the code (lupdate) and build .qm (lrelease).

    python scripts/update_translations.py          # update .ts, build .qm
    python scripts/update_translations.py --check  # exit 1 if a string has no translation

Translations are written in the .ts files (Qt Linguist, or any editor); this script keeps
them when strings move, drops the ones that vanished, and compiles what the app loads.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python, else on PATH."""
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}", shutil.which(f"pyside6-{name}")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit(f"pyside6-{name} not found (pip install PySide6-Essentials)")


def sources() -> list[str]:
    files = sorted((ROOT / "aidant_app" / "ui").rglob("*.py")) + [ROOT / "aidant_app" / "app.py"]
    return [str(path.relative_to(ROOT)) for path in files]


def unfinished(ts: Path) -> list[str]:
    """Source texts that still have no translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = None if translation is None else translation.get("type")
        if kind in ("vanished", "obsolete"):
            continue
        if translation is None or kind == "unfinished" or not (translation.text or "").strip():
            missing.append(message.findtext("source") or "")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a string is untranslated")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    status = 0
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"aidant_{language}.ts"
        subprocess.run([tool("lupdate"), *sources(), "-no-obsolete", "-locations", "relative",
                        "-source-language", "fr", "-target-language", language, "-ts", str(ts)],
                       cwd=ROOT, check=True)
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
        missing = unfinished(ts)
        if missing:
            print(f"{ts.name}: {len(missing)} string(s) without translation")
            for text in missing[:20]:
                print("   ", text[:90])
            if args.check:
                status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
