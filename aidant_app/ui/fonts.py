"""The interface font for the language's script: Arabic, Dari and Pashto words drawn whole.

DejaVu Sans, the usual sans font of Debian, has Arabic letters but not all of Pashto's
(U+06CD "ۍ", U+06C0 "ۀ"): Qt then takes those letters from another font, and a word drawn
in two fonts loses its joins (the letter before takes its final form). In a right-to-left
language the app's font lists first a font that has every letter of the Arabic script
(Debian's fonts-noto-ui-core: Noto Sans Arabic UI; docs/install.md), then the system's own
families, which Latin text still uses (these fonts have no Latin letters). Windows (Segoe UI)
and macOS (Geeza Pro, through the system's fallback) have such fonts of their own: where none
of the list is installed, nothing changes. tests/ui/test_fonts.py draws every translation.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ..rules.languages import is_rtl

# Fonts with every letter of Arabic, Persian (Dari) and Pashto, and no Latin letters.
ARABIC_SCRIPT = ("Noto Sans Arabic UI", "Noto Sans Arabic", "Noto Naskh Arabic UI",
                 "Noto Naskh Arabic")
_SYSTEM: list[list[str]] = []  # the app's families before any language changed them


def families_for(language: str) -> list[str]:
    """The app font's families in `language`: the system's, after an Arabic-script font
    for a right-to-left language."""
    if not _SYSTEM:
        font = QApplication.font()
        _SYSTEM.append(list(font.families()) or [font.family()])
    system = _SYSTEM[0]
    if not is_rtl(language):
        return list(system)
    # Imported here: its type and enums cost a left-to-right first window about 4 M
    # instructions (scripts/bench_startup.py --phases), for nothing.
    from PySide6.QtGui import QFontDatabase

    installed = set(QFontDatabase.families())
    return [name for name in ARABIC_SCRIPT if name in installed][:1] + system


def apply(app: QApplication, language: str) -> None:
    """Set the app font's families for `language` (its size stays: theme.apply sets it)."""
    font = QFont(app.font())
    families = families_for(language)
    if list(font.families()) != families:
        font.setFamilies(families)
        app.setFont(font)
