"""The bar above every page: text size, high contrast, language, settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..rules import bidi
from ..rules.languages import LANGUAGES, SOURCE
from ..rules.languages import language as language_row
from . import theme
from .widgets.wrapping import FlowRow

# After "A+" and "A−": the sign stays after the letter in a mirrored (right-to-left) bar.
LRM = "\u200e"  # LEFT-TO-RIGHT MARK
# Each in its own language: not translated (a person looks for their own).
LANGUAGE_NAMES = {row.code: row.name for row in LANGUAGES}


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
        self.language = QComboBox()
        self.language.setObjectName("languageBox")
        # As wide as its longest entry: "العربية (traduction à relire)" was cut.
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.current_language, self.peeking_from = SOURCE, ""
        # The helper checks a translation no native speaker has read: the page in French,
        # one click away, and back.
        self.french = self._button("seeFrenchButton", "")
        self.french.hide()
        self.settings = self._button("settingsButton", "")
        layout = self.row = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        layout.addWidget(self.app_name, 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)
        # The controls go on to a second line when the window is narrow: with the desktop
        # scaled to 200 % a 1920x1080 laptop is a 960x540 screen, and one row of them made
        # the window wider than the screen (Continuer off the edge). The text size buttons
        # and their label stay together.
        self.controls = QWidget()
        self.controls.setObjectName("topBarControls")
        flow = FlowRow(self.controls, spacing=10)
        sizes = QWidget()
        sizes_row = QHBoxLayout(sizes)
        sizes_row.setContentsMargins(0, 0, 0, 0)
        sizes_row.setSpacing(10)
        for widget in (self.smaller, self.scale_label, self.larger):
            sizes_row.addWidget(widget)
        for widget in (sizes, self.contrast, self.language, self.french, self.settings):
            flow.addWidget(widget)
        layout.addWidget(self.controls)  # its full width while the row has room
        self.smaller.clicked.connect(lambda: self.scale_requested.emit(self.scale - theme.SCALE_STEP))
        self.larger.clicked.connect(lambda: self.scale_requested.emit(self.scale + theme.SCALE_STEP))
        self.contrast.toggled.connect(self.contrast_toggled)
        self.language.activated.connect(
            lambda index: self.language_requested.emit(self.language.itemData(index)))
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
        return (sum(w.sizeHint().width() for w in widgets) + 10 * (len(widgets) + 1)
                + margins.left() + margins.right())

    def resizeEvent(self, event) -> None:  # Qt override
        # Narrower than one row: the size label goes first (A- and A+ still say the size to a
        # screen reader), so that the bar stays one row and the page keeps its height.
        self.scale_label.setVisible(event.size().width() >= self.one_row_width())
        super().resizeEvent(event)

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
        self.language.setAccessibleName(self.tr("Langue"))
        self._fill_languages()
        if self.peeking_from:
            self.french.setText(bidi.fill(self.tr("Revenir en {language}"),
                                          language=LANGUAGE_NAMES[self.peeking_from]))
        else:
            self.french.setText(self.tr("Voir en français"))
        self.french.setAccessibleName(self.french.text())
        self.settings.setText(self.tr("Réglages"))
        self.settings.setAccessibleName(self.tr("Réglages"))

    def _fill_languages(self) -> None:
        """The languages offered: those shipped, and the one in use (`--lang ar` while its
        translation is being finished). A translation no native speaker checked says so."""
        shown = self.peeking_from or self.current_language
        self.language.blockSignals(True)
        self.language.clear()
        for row in LANGUAGES:
            if not (row.shipped or row.code == shown):
                continue
            name = row.name if row.reviewed else bidi.fill(
                self.tr("{language} (traduction à relire)"), language=row.name)
            self.language.addItem(name, row.code)
        self.language.setCurrentIndex(max(0, self.language.findData(language_row(shown).code)))
        self.language.blockSignals(False)
