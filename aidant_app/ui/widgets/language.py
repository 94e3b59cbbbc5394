"""Dialogs that say again, in the new language, what they show when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class FollowsLanguage:
    """Mixin, before QDialog, for a dialog with a `retranslate()` method.

    The window retranslates its pages itself (window.py); a dialog is a window of its own,
    and one left open (a language switched by "Voir en français", the idle wipe's French)
    kept its first words: Qt's LanguageChange, sent to every window after a translator
    goes in or out, now calls its retranslate().
    """

    def changeEvent(self, event) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
