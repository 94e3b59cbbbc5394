"""The interface languages, in one place: code, own name, direction, review state, voice.

The app's menu, its translation loader, `--lang`, scripts/update_translations.py and the
speech engine all read this table; adding a language is one row here plus its .ts file.
No Qt: the server may read it too.
"""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP

SOURCE = "fr"  # the strings in the code are French; other languages come from .qm files

# Qt mirrors every layout when the loaded translation says "RTL" for this string
# (QGuiApplication's own convention); each .ts file answers it, so the direction is
# declared by the translation and not guessed from the language code.
LAYOUT_DIRECTION = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")


class Language:
    """One interface language. A plain class: the app reads this table before its first
    window, where a dataclass (importing dataclasses) cost about 8 M instructions and a
    named tuple (its code compiled at run time) about 0.7 M (scripts/bench_startup.py)."""

    __slots__ = ("code", "name", "reviewed", "rtl", "say_voice", "shipped", "voice")

    def __init__(self, code: str, name: str, rtl: bool = False, reviewed: bool = True,
                 shipped: bool = True, voice: str = "", say_voice: str = "") -> None:
        # Qt's locale name, and the suffix of resources/translations/aidant_<code>.ts.
        self.code = code
        self.name = name  # in the language itself: never translated (a person finds theirs)
        self.rtl = rtl
        # False while no native speaker has checked the translation: the menu and the
        # README say "traduction à relire", and "Voir en français" stays one click away.
        self.reviewed = reviewed
        # False while the .ts file is incomplete: the menu does not offer it and the
        # untranslated-strings check skips it (tests may still load it).
        self.shipped = shipped
        self.voice = voice  # the espeak-ng voice of this language ("" if espeak-ng has none)
        self.say_voice = say_voice  # the macOS `say` language prefix

    def __repr__(self) -> str:
        return f"Language({self.code!r}, {self.name!r})"


LANGUAGES: tuple[Language, ...] = (
    Language("fr", "Français", voice="fr", say_voice="fr"),
    Language("en", "English", voice="en", say_voice="en"),
    # Dari is `fa_AF`: Qt does not know `prs`. espeak-ng has Arabic and Persian voices,
    # none for Pashto (1.51 in Debian 12): speech says so and offers French.
    Language("ar", "العربية", rtl=True, reviewed=False, voice="ar",
             say_voice="ar"),
    Language("fa_AF", "دری", rtl=True, reviewed=False, voice="fa",
             say_voice="fa"),
    Language("ps_AF", "پښتو", rtl=True, reviewed=False),
)

BY_CODE: dict[str, Language] = {language.code: language for language in LANGUAGES}
CODES: tuple[str, ...] = tuple(BY_CODE)
SHIPPED: tuple[str, ...] = tuple(language.code for language in LANGUAGES if language.shipped)
TRANSLATED: tuple[str, ...] = tuple(code for code in CODES if code != SOURCE)  # with a .ts


def language(code: str | None) -> Language:
    """The row of `code`; the source language for an unknown or empty code."""
    return BY_CODE.get(code or "", BY_CODE[SOURCE])


def is_rtl(code: str | None) -> bool:
    return language(code).rtl
