"""The shell's preferences: text size, contrast and language, applied at once and remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from . import theme
from .i18n import Translations

COMPACT_ABOVE = 150  # text size (%) above which the side step list becomes one line on top
MIN_CHARS_PER_LINE = 60  # shorter lines beside the step list are harder to read than no list
PAGE_MARGINS = 90  # around a page: the shell's margins and the page's scroll bar
WINDOW_SIZE = (1100, 760)  # asked for at 100 % text; grown with the text, within the screen
# A screen whose free height, divided by the text size, is below this is short for that
# text size: the shell around the page gets thinner (theme.stylesheet's `short`). 1024x600 is
# short from 125 %, 1366x768 at 200 %; 1280x800 at 150 % and any screen at 100 % are not.
SHORT_HEIGHT = 500
# The screen's free height divided by the text size leaves at least this much: 1024x600 at
# 200 % (300) is the smallest screen the pages are laid out for at that size. On a smaller
# screen (a 1920x1080 laptop with the desktop at 200 % is 960x540 for the app: 270 at
# 200 %) the app's own text size stops where it still fits (175 % there), instead of
# doubling the desktop's.
MIN_HEIGHT_PER_SCALE = 300
SMALLEST_SCALED = (960, 540)  # the smallest logical screen laid out for a larger text


class Preferences:
    """Text size, contrast and language of one window: applied at once and remembered.

    A part of the window (composition): it reaches only the settings, the translations and
    the shell widgets it is given, and asks the window to retranslate after a language change.
    """

    def __init__(self, window, shell, settings, translations: Translations | None) -> None:
        self.window, self.settings, self.translations = window, settings, translations
        self.shell = shell
        self.peeking_from = ""  # the chosen language while the page is shown in French
        self.topbar, self.steplist, self.step_line = shell.topbar, shell.steplist, shell.step_line

    def largest_scale(self) -> int:
        """The largest text size (a step of theme.SCALE_STEP) this screen has room for.
        Below a logical 960x540 (a 1366x768 laptop with the desktop at 200 % is 683x384)
        the desktop's scaling already makes everything large: the app's own stays at 100 %."""
        from .screen_fit import available

        area = available(self.window)
        if area.width() < SMALLEST_SCALED[0] or area.height() < SMALLEST_SCALED[1]:
            return theme.MIN_SCALE
        fits = area.height() * 100 // MIN_HEIGHT_PER_SCALE
        steps = max(0, fits - theme.MIN_SCALE) // theme.SCALE_STEP
        return min(theme.MAX_SCALE, theme.MIN_SCALE + steps * theme.SCALE_STEP)

    def apply_theme(self) -> tuple[int, bool]:
        """Text size and contrast for the whole application (unchanged ones cost nothing).
        The size asked for is kept in the settings; the one applied is at most what the
        screen has room for (the same settings on a larger screen give the size asked)."""
        scale = min(theme.clamp_scale(self.settings.get("text_scale")), self.largest_scale())
        contrast = self.settings.get("high_contrast")
        short = self.short_screen(scale)
        theme.apply(QApplication.instance(), scale, contrast, short)
        from .shell_layout import set_short

        set_short(self.shell, short)
        return scale, contrast

    def short_screen(self, scale: int) -> bool:
        """Whether the screen is short for this text size (see SHORT_HEIGHT)."""
        from .screen_fit import room

        return room(self.window).height() * 100 < SHORT_HEIGHT * scale

    def apply_preferences(self) -> None:
        scale, contrast = self.apply_theme()
        language = self.translations.language if self.translations else "fr"
        self.topbar.set_state(scale, contrast, language, self.largest_scale(), self.peeking_from)
        self._grow_with_text(scale)
        self._place_step_list(scale)

    def _place_step_list(self, scale: int) -> None:
        """The step list beside the page, or one line on top where it leaves no room."""
        compact = scale > COMPACT_ABOVE or not self._room_for_step_list()
        self.steplist.setVisible(not compact)
        self.step_line.setVisible(compact)
        self.step_summary(self.steplist.summary())

    def _grow_with_text(self, scale: int) -> None:
        """Larger text, larger window (as far as the screen allows; never smaller than the
        person made it)."""
        from PySide6.QtCore import QSize

        from .screen_fit import fit

        wanted = QSize(WINDOW_SIZE[0] * scale // 100, WINDOW_SIZE[1] * scale // 100)
        fit(self.window, wanted.expandedTo(self.window.size()))

    def _room_for_step_list(self) -> bool:
        """Whether the side step list leaves a page lines of 60 characters at least at this
        text size on this screen; if not, it becomes one line on top."""
        from PySide6.QtGui import QFontMetrics

        from .screen_fit import room

        # The application's font, not the window's: right after a language switch the
        # window still has the old language's font (its FontChange comes later). Letters
        # measured, not the font's "average width": the Arabic letters' font declares one
        # 60 % wider than its letters are, and the list was hidden on a wide window.
        letters = "abcdefghijklmnopqrstuvwxyz"
        letter = QFontMetrics(QApplication.font()).horizontalAdvance(letters) / len(letters)
        line = round(letter * MIN_CHARS_PER_LINE)
        needed = self.steplist.width() + line + PAGE_MARGINS
        return min(room(self.window).width(), self.window.width()) >= needed

    def step_summary(self, text: str) -> None:
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
        self.peeking_from = ""
        self._stop_speech()
        self.translations.switch(language)
        self.settings.set("language", self.translations.language)
        self.apply_preferences()
        self.window.retranslate()
        # Decided again in the new words and font: the list still held the old language's
        # (longer Pashto names hid it, and it stayed hidden back in French).
        self._place_step_list(theme.clamp_scale(self.topbar.scale))

    def _stop_speech(self) -> None:
        """What was being read was in the other language."""
        speaker = getattr(self.window, "speaker", None)
        if speaker is not None:
            speaker.stop()

    def see_french(self, on: bool) -> None:
        """Show the page in French for a moment (the helper checks a translation), or go
        back to the chosen language. The chosen language stays the saved one."""
        if self.translations is None:
            return
        self._stop_speech()
        if on and not self.peeking_from and self.translations.language != "fr":
            self.peeking_from = self.translations.language
            self.translations.switch("fr")
        elif not on and self.peeking_from:
            self.translations.switch(self.peeking_from)
            self.peeking_from = ""
        else:
            return
        self.apply_preferences()
        self.window.retranslate()
        self._place_step_list(theme.clamp_scale(self.topbar.scale))
