"""Interface language: loads resources/translations/aidant_<lang>.qm and switches at run time."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..paths import translations_dir
from ..rules import bidi
from ..rules.languages import CODES, SOURCE, is_rtl

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = SOURCE  # strings in the code are French; other languages come from .qm files
LANGUAGES = CODES  # the one list: rules/languages.py


_INSTALLED: list[QTranslator] = []  # by any Translations of this process: one language
_CURRENT = [SOURCE]  # the interface language of this process (one at a time, like _INSTALLED)


def current_language() -> str:
    """The interface language now (what texts from the backend are compared with)."""
    return _CURRENT[0]


def from_backend(text: str) -> str:
    """Words the backend sent (meta's help contacts, the mailbox service's name), which are
    in French: in another interface language they say so, "(en français)", so that the
    person knows why and the helper can read them (docs/API.md, "Languages")."""
    if not text or _CURRENT[0] == SOURCE:
        return text
    return bidi.fill(QCoreApplication.translate("Backend", "{text} (en français)"), text=text)


class IsolatingTranslator(QTranslator):
    """Our translations, with the identifiers a sentence holds in its own words ("36 46")
    isolated in a right-to-left interface (rules/bidi.isolate_literals): in one place,
    for every text, rather than by hand in each translation."""

    def translate(self, context, source: str, disambiguation=None, n: int = -1):  # Qt override
        text = super().translate(context, source, disambiguation, n)
        # None, not "": an empty text would be taken as the translation (see QtWords).
        return bidi.isolate_literals(text) if text else None


class Translations:
    """Owns the installed translators; `switch(lang)` replaces them.

    Qt sends a LanguageChange event to every widget after installTranslator; the window
    also calls retranslate() on each page explicitly (see window.py), which is simpler
    to follow than overriding changeEvent everywhere.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._ours: QTranslator | None = None
        self._qt: QTranslator | None = None
        self._qt_pending: str | None = None  # Qt's words to install (install_qt_words)
        self.language = SOURCE_LANGUAGE

    def switch(self, language: str, qt_words: bool = True) -> bool:
        """Install `language`; returns False (and keeps French) when its file is missing.

        qt_words=False: Qt's own words (file chooser, standard buttons) wait for
        install_qt_words(). app.py installs them after the first paint: none is on the
        start page, and their translator, Python code that Qt asks for every text, cost
        about 6 M instructions before it (scripts/bench_startup.py --phases)."""
        if language not in LANGUAGES:
            language = SOURCE_LANGUAGE
        # Values put into sentences are isolated (U+2066..U+2069) in a right-to-left
        # interface, so that an address or a number keeps its own order (rules/bidi.py).
        # Set before the translators are installed: their LanguageChange makes the
        # widgets translate again, and each text must already come out right to left.
        bidi.set_isolating(is_rtl(language))
        # One interface language per application: translators another Translations object
        # installed go too (a French Qt translator left behind answered in English mode).
        # Kept in a list rather than found with findChildren() or children(): walking the
        # app's children builds every Python enum of the Qt namespace (about 12 ms before
        # the first window; see shell_layout.py).
        while _INSTALLED:
            try:
                self._app.removeTranslator(_INSTALLED.pop())
            except RuntimeError:  # its application is gone already (tests)
                pass
        self._ours = self._qt = None
        ok = True
        # Before the translators go in: installing one retranslates at once, and
        # IsolatingTranslator reads it.
        bidi.set_isolating(is_rtl(language))
        if language != SOURCE_LANGUAGE:
            ours = IsolatingTranslator(self._app)
            if ours.load(f"aidant_{language}", str(translations_dir())):
                if is_rtl(language):  # every line right to left (see RightToLeftLines)
                    from .qt_words import RightToLeftLines

                    ours = RightToLeftLines(ours, self._app)
                self._app.installTranslator(ours)
                _INSTALLED.append(ours)
                self._ours = ours
            else:
                log.warning("no translation file for %s", language)
                ok, language = False, SOURCE_LANGUAGE
                bidi.set_isolating(False)
        self._qt_pending = language
        if qt_words:
            self.install_qt_words()
        QLocale.setDefault(QLocale(language))
        # The layout itself mirrors by Qt's own rule: the translation's QT_LAYOUT_DIRECTION.
        if isinstance(self._app, QApplication):
            # Arabic, Dari and Pashto words in a font that has all their letters (fonts.py).
            from . import fonts

            fonts.apply(self._app, language)
        _CURRENT[0] = self.language = language
        return ok

    def install_qt_words(self) -> None:
        """Qt's own dialogs (file chooser, standard buttons) in the language switched to,
        if switch() left them for later; else nothing."""
        language, self._qt_pending = self._qt_pending, None
        if language is None:
            return
        base = QTranslator(self._app)
        # Imported here: PySide builds a class with its enums when it is first imported,
        # and Qt's own words come after the first paint (about 2 M instructions).
        from PySide6.QtCore import QLibraryInfo

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if base.load(f"qtbase_{language}", qt_dir):
            from .qt_words import QtWords  # labels Qt's own translation misses ("&Look in:")

            qt = QtWords(base, self._app)
            self._app.installTranslator(qt)
            _INSTALLED.append(qt)
            self._qt = qt
