"""The shell's preferences: text size, contrast and language, applied at once and remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from . import theme
from .i18n import Translations

COMPACT_ABOVE = 150  # text size (%) above which the side step list becomes one line on top


class PreferencesMixin:
    """Mixed into MainWindow; needs settings, translations, topbar, steplist, step_line."""

    def apply_theme(self) -> tuple[int, bool]:
        """Text size and contrast for the whole application (unchanged ones cost nothing)."""
        scale = theme.clamp_scale(self.settings.get("text_scale"))
        contrast = self.settings.get("high_contrast")
        theme.apply(QApplication.instance(), scale, contrast)
        return scale, contrast

    def apply_preferences(self) -> None:
        scale, contrast = self.apply_theme()
        language = self.translations.language if self.translations else "fr"
        self.topbar.set_state(scale, contrast, language)
        compact = scale > COMPACT_ABOVE
        self.steplist.setVisible(not compact)
        self.step_line.setVisible(compact)
        self._step_summary(self.steplist.summary())

    def _step_summary(self, text: str) -> None:
        self.step_line.setText(text)
        self.step_line.setAccessibleName(text)

    def set_text_scale(self, percent: int) -> None:
        self.settings.set("text_scale", theme.clamp_scale(percent))
        self.apply_preferences()

    def set_high_contrast(self, on: bool) -> None:
        self.settings.set("high_contrast", bool(on))
        self.apply_preferences()

    def set_language(self, language: str) -> None:
        if self.translations is None:
            self.translations = Translations(QApplication.instance())
        self.translations.switch(language)
        self.settings.set("language", self.translations.language)
        self.apply_preferences()
        self.retranslate()
