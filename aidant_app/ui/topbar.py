"""The bar above every page: text size, high contrast, language, settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..rules import bidi
from ..rules.languages import LANGUAGES, SOURCE
from ..rules.languages import language as language_row
from . import theme

# After "A+" and "A−": the sign stays after the letter in a mirrored (right-to-left) bar.
LRM = "\u200e"  # LEFT-TO-RIGHT MARK
# Each in its own language: not translated (a person looks for their own).
LANGUAGE_NAMES = {row.code: row.name for row in LANGUAGES}
ARROW = " ▾"  # after the language's name: the button opens a list


class LanguageMenu(QPushButton):
    """The language menu: a button that shows the language in use and opens the list of
    languages when it is pressed (a click, Space or Enter); a language is chosen there.

    Not a QComboBox: a combo box changes its entry as soon as an arrow key is pressed on
    it, or the mouse wheel turns over it, and the whole window then changed language for
    a person who was only moving through the bar. Like any button it is as wide as what
    it shows and never squeezed below it (the bar goes on two lines, then the names go
    short: TopBar._fit). Its list (a QMenu) is built when it first opens: a combo box
    and its hidden list cost about 6 M instructions before the first paint
    (scripts/bench_startup.py --phases), and QMenu's type more.
    """

    chosen = Signal(str)  # the code of the language chosen in the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self.setAutoDefault(False)
        self._entries: list[tuple[str, str, str]] = []  # code, name shown, tooltip or ""
        self._current = ""
        self.list = self._group = None  # the QMenu and its one choice, from its first opening
        self.clicked.connect(self.open_list)

    def set_entries(self, entries: list[tuple[str, str, str]], current: str) -> None:
        """The languages offered (code, name, tooltip) and the one in use."""
        self._entries, self._current = list(entries), current
        self.setText(self.current_name() + ARROW)
        if self.list is not None and self.list.isVisible():
            self._fill_list()

    def entries(self) -> list[tuple[str, str, str]]:
        """The languages offered, as set_entries was given them."""
        return list(self._entries)

    def current_name(self) -> str:
        """The name shown for the language in use (without the arrow)."""
        return next((name for code, name, _ in self._entries if code == self._current), "")

    def width_for(self, name: str) -> int:
        """The width this button needs to show `name` whole, in its font of the moment."""
        metrics = self.fontMetrics()
        return (self.sizeHint().width() - metrics.horizontalAdvance(self.text())
                + metrics.horizontalAdvance(name + ARROW))

    def open_list(self) -> None:
        """The list below the button, the language in use ticked and selected."""
        if self.list is None:
            from PySide6.QtGui import QActionGroup
            from PySide6.QtWidgets import QMenu

            self.list = QMenu(self)
            self.list.setObjectName("languageList")
            self.list.setToolTipsVisible(True)
            self._group = QActionGroup(self.list)  # one language at a time: round marks
            self.list.triggered.connect(lambda action: self._choose(action.data()))
        current = self._fill_list()
        # Under the button, from its start: its left edge, or its right one when the bar
        # reads right to left (QMenu.popup puts the list's left edge at the point).
        corner = self.mapToGlobal(self.rect().bottomLeft())
        if self.isRightToLeft():
            right = self.mapToGlobal(self.rect().bottomRight()).x()
            corner.setX(right - self.list.sizeHint().width() + 1)
        self.list.popup(corner)  # not popup(corner, current): that lifts the list over the bar
        self.list.setActiveAction(current)  # the arrow keys start from the language in use

    def _fill_list(self):
        """The list's entries made again; returns the one in use (None if none is)."""
        self.list.clear()
        current = None
        for code, name, tooltip in self._entries:
            action = self.list.addAction(name)
            action.setData(code)
            action.setCheckable(True)
            self._group.addAction(action)
            action.setChecked(code == self._current)
            action.setToolTip(tooltip or name)
            current = action if code == self._current else current
        return current

    def _choose(self, code: str) -> None:
        if code and code != self._current:
            self.chosen.emit(code)


class TopBar(QFrame):  # a QFrame draws its style sheet background (no WA_StyledBackground)
    """Emits what the person asked for; the window applies it and saves the preference.

    Its text grows up to 150 % only (theme.py), so it stays on one row on a 1280 px screen;
    on a narrower one its controls go on to a second line.
    """

    scale_requested = Signal(int)
    contrast_toggled = Signal(bool)
    language_requested = Signal(str)
    french_requested = Signal(bool)  # "Voir en français" (True), back to the language (False)
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self.scale = theme.MIN_SCALE
        self.largest = theme.MAX_SCALE
        self.app_name = QLabel("Aidant")
        self.app_name.setObjectName("appName")
        self.app_name.setProperty("heading", True)
        self.smaller = self._button("smallerTextButton", "A−" + LRM)
        self.scale_label = QLabel()
        self.scale_label.setObjectName("textScaleLabel")
        self.larger = self._button("largerTextButton", "A+" + LRM)
        self.contrast = self._button("contrastButton", "")
        self.contrast.setCheckable(True)
        self.language = LanguageMenu()
        self.current_language, self.peeking_from = SOURCE, ""
        # The helper checks a translation no native speaker has read: the page in French,
        # one click away, and back.
        self.french = self._button("seeFrenchButton", "")
        self.french.hide()
        self.settings = self._button("settingsButton", "")
        layout = self.row = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        layout.addWidget(self.app_name)
        layout.addStretch(1)
        # On a narrow window (with the desktop scaled to 200 % a 1920x1080 laptop is a
        # 960x540 screen, and one row made the window wider than the screen: Continuer off
        # the edge) the size label goes first, then contrast, language and settings go on to
        # a second line. Plain box layouts: a flow layout, or any alignment flag, builds the
        # Qt namespace's Python enums before the first paint (about 40 ms, shell_layout.py).
        self.controls = QWidget()
        self.controls.setObjectName("topBarControls")
        column = QVBoxLayout(self.controls)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self._lines = (QHBoxLayout(), QHBoxLayout())
        for line in self._lines:
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(10)
            column.addLayout(line)
        for widget in (self.smaller, self.scale_label, self.larger, self.contrast, self.language,
                       self.french, self.settings):
            self._lines[0].addWidget(widget)
        self._two_lines = False
        self._short_names, self._long_name = False, ""
        layout.addWidget(self.controls)
        self.smaller.clicked.connect(lambda: self.scale_requested.emit(self.scale - theme.SCALE_STEP))
        self.larger.clicked.connect(lambda: self.scale_requested.emit(self.scale + theme.SCALE_STEP))
        self.contrast.toggled.connect(self.contrast_toggled)
        self.language.chosen.connect(self.language_requested)
        self.french.clicked.connect(lambda: self.french_requested.emit(not self.peeking_from))
        self.settings.clicked.connect(self.settings_requested)
        self.retranslate()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def one_row_width(self) -> int:
        """The width the bar needs to hold everything on one row, the size label included."""
        margins = self.row.contentsMargins()
        widgets = (self.app_name, self.smaller, self.scale_label, self.larger, self.contrast,
                   self.language, self.settings) + ((self.french,) if not self.french.isHidden()
                                                    else ())
        # Spacing: between the six controls, and name | stretch | controls in the row.
        return (sum(w.sizeHint().width() for w in widgets) + 10 * len(widgets)
                + margins.left() + margins.right())

    def _surely_fits(self, width: int) -> bool:
        """A cheap, generous estimate from the font alone: asking the widgets' size hints
        before the first paint builds the style's machinery (about 10 % of the start-up's
        instructions, scripts/bench_startup.py --instructions)."""
        metrics = self.fontMetrics()
        texts = ("Aidant", "A−", self.scale_label.text(), "A+", self.contrast.text(),
                 self.language.text(), self.settings.text(),
                 self.french.text() if not self.french.isHidden() else "")
        return width >= sum(metrics.horizontalAdvance(t) + 60 for t in texts) + 24

    def resizeEvent(self, event) -> None:  # Qt override
        self._fit(event.size().width())
        super().resizeEvent(event)

    def _fit(self, width: int) -> None:
        # Narrower than one row: the size label goes first (A- and A+ still say the size to a
        # screen reader), so that the bar stays one row and the page keeps its height; then
        # the second half of the controls goes on to a second line, the label back.
        # Never wider than the screen: a bar too wide had made the window so.
        width = min(width, self.screen().availableGeometry().width())
        # Even two lines too narrow for the long names ("… (traduction à relire)" and "Voir
        # en français" at 200 % on 1024 px): the names alone (_fill_languages).
        margins = self.row.contentsMargins()
        second = sum(w.sizeHint().width() + 10 for w in (self.app_name, self.contrast,
                                                           self.french, self.settings)
                     if not w.isHidden())
        short = (second + self.language.width_for(self._long_name) + margins.left()
                 + margins.right() > width)
        if short != self._short_names:
            self._short_names = short
            self._fill_languages()
        if self._surely_fits(width):
            self._set_two_lines(False)
            self.scale_label.setVisible(True)
            return
        whole = self.one_row_width()
        without_label = whole - self.scale_label.sizeHint().width() - 10
        self._set_two_lines(width < without_label)
        self.scale_label.setVisible(width >= whole or self._two_lines)

    def _set_two_lines(self, two: bool) -> None:
        if two == self._two_lines:
            return
        self._two_lines = two
        target = self._lines[1] if two else self._lines[0]
        for widget in (self.contrast, self.language, self.french, self.settings):
            target.addWidget(widget)  # addWidget takes it out of the other line

    def set_short(self, short: bool) -> None:
        """Thinner on a screen short for the text size (ui/shell_layout.set_short)."""
        self.row.setContentsMargins(12, 3 if short else 8, 12, 3 if short else 8)

    def set_state(self, scale: int, high_contrast: bool, language: str,
                  largest: int = theme.MAX_SCALE, peeking_from: str = "") -> None:
        """`largest`: the largest text size the screen has room for (A+ stops there);
        `peeking_from`: the language the person chose, while the page is shown in French
        for the helper to check ("" otherwise)."""
        self.current_language, self.peeking_from = language, peeking_from
        # Only for a translation no native speaker checked (English is checked: its words
        # are the project's own).
        self.french.setVisible(bool(peeking_from) or not language_row(language).reviewed)
        self.scale = theme.clamp_scale(scale)
        self.largest = largest
        self.contrast.blockSignals(True)
        self.contrast.setChecked(high_contrast)
        self.contrast.blockSignals(False)
        self.smaller.setEnabled(self.scale > theme.MIN_SCALE)
        self.larger.setEnabled(self.scale < largest)
        self.retranslate()

    def retranslate(self) -> None:
        self.scale_label.setText(bidi.fill(self.tr("Texte : {percent} %"), percent=self.scale))
        self.scale_label.setAccessibleName(self.scale_label.text())
        size = bidi.fill(self.tr("Taille du texte : {percent} %."), percent=self.scale)
        self.smaller.setAccessibleName(self.tr("Texte plus petit"))
        self.smaller.setToolTip(self.tr("Texte plus petit"))
        self.larger.setAccessibleName(self.tr("Texte plus grand"))
        if self.scale >= self.largest and self.largest < theme.MAX_SCALE:
            # Said where the person looks for it: A+ is grey because the screen is full.
            self.larger.setToolTip(self.tr("Le texte est déjà au plus grand pour cet écran."))
            self.larger.setAccessibleDescription(bidi.fill(self.tr(
                "Taille du texte : {percent} %. C'est la plus grande pour cet écran."),
                    percent=self.scale))
        else:
            self.larger.setToolTip(self.tr("Texte plus grand"))
            self.larger.setAccessibleDescription(size)
        self.smaller.setAccessibleDescription(size)
        on = self.contrast.isChecked()
        self.contrast.setText(self.tr("✔ Contraste élevé") if on else self.tr("Contraste élevé"))
        self.contrast.setAccessibleName(self.tr("Contraste élevé"))
        self._fill_languages()
        if self.peeking_from:
            self.french.setText(bidi.fill(self.tr("Revenir en {language}"),
                                          language=LANGUAGE_NAMES[self.peeking_from]))
        else:
            self.french.setText(self.tr("Voir en français"))
        self.french.setAccessibleName(self.french.text())
        self.settings.setText(self.tr("Réglages"))
        self.settings.setAccessibleName(self.tr("Réglages"))
        if self.isVisible():
            # Other words are other widths ("العربية (traduction à relire)" and "Voir en
            # français" were squeezed at 1024 px): decide again, as on a resize.
            self._fit(self.width())

    def _fill_languages(self) -> None:
        """The languages offered: those shipped, and the one in use (`--lang ar` while its
        translation is being finished). A translation no native speaker checked says so: in
        its name, or, where the bar has no room for it (200 % on 1024 px), in its tooltip,
        the menu's description and the "Voir en français" button beside it."""
        shown = self.peeking_from or self.current_language
        entries = []
        unchecked = shown_long = ""
        current = language_row(shown).code
        for row in LANGUAGES:
            if not (row.shipped or row.code == shown):
                continue
            long_name = row.name if row.reviewed else bidi.fill(
                self.tr("{language} (traduction à relire)"), language=row.name)
            name = row.name if self._short_names else long_name
            entries.append((row.code, name, long_name if long_name != name else ""))
            shown_long = long_name if row.code == current else shown_long
            if long_name != row.name and row.code == shown:
                unchecked = long_name
        self.language.set_entries(entries, current)
        # Read as "Langue : Français", as the button shows it (its arrow is not read).
        self.language.setAccessibleName(bidi.fill(self.tr("Langue : {language}"),
                                                  language=self.language.current_name()))
        self.language.setToolTip(unchecked)
        self.language.setAccessibleDescription(unchecked)
        self.language.updateGeometry()  # another entry shown: another width
        self._long_name = shown_long  # what _fit measures, in the font of the moment
