"""The bar above every page: text size, high contrast, language, settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import theme
from .i18n import LANGUAGES

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}  # each in its own language: not translated


class TopBar(QFrame):  # a QFrame draws its style sheet background (no WA_StyledBackground)
    """Emits what the person asked for; the window applies it and saves the preference.

    Its text grows up to 150 % only (theme.py), so it stays on one row on a 1280 px screen;
    on a narrower one its controls go on to a second line.
    """

    scale_requested = Signal(int)
    contrast_toggled = Signal(bool)
    language_requested = Signal(str)
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self.scale = theme.MIN_SCALE
        self.largest = theme.MAX_SCALE
        self.app_name = QLabel("Aidant")
        self.app_name.setObjectName("appName")
        self.app_name.setProperty("heading", True)
        self.smaller = self._button("smallerTextButton", "A−")
        self.scale_label = QLabel()
        self.scale_label.setObjectName("textScaleLabel")
        self.larger = self._button("largerTextButton", "A+")
        self.contrast = self._button("contrastButton", "")
        self.contrast.setCheckable(True)
        self.language = QComboBox()
        self.language.setObjectName("languageBox")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
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
                       self.settings):
            self._lines[0].addWidget(widget)
        self._two_lines = False
        layout.addWidget(self.controls)
        self.smaller.clicked.connect(lambda: self.scale_requested.emit(self.scale - theme.SCALE_STEP))
        self.larger.clicked.connect(lambda: self.scale_requested.emit(self.scale + theme.SCALE_STEP))
        self.contrast.toggled.connect(self.contrast_toggled)
        self.language.activated.connect(
            lambda index: self.language_requested.emit(self.language.itemData(index)))
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
                   self.language, self.settings)
        # Spacing: between the six controls, and name | stretch | controls in the row.
        return (sum(w.sizeHint().width() for w in widgets) + 10 * len(widgets)
                + margins.left() + margins.right())

    def _surely_fits(self, width: int) -> bool:
        """A cheap, generous estimate from the font alone: asking the widgets' size hints
        before the first paint builds the style's machinery (about 10 % of the start-up's
        instructions, scripts/bench_startup.py --instructions)."""
        metrics = self.fontMetrics()
        texts = ("Aidant", "A−", self.scale_label.text(), "A+", self.contrast.text(),
                 self.language.currentText() + "    ", self.settings.text())
        return width >= sum(metrics.horizontalAdvance(t) + 60 for t in texts) + 24

    def resizeEvent(self, event) -> None:  # Qt override
        # Narrower than one row: the size label goes first (A- and A+ still say the size to a
        # screen reader), so that the bar stays one row and the page keeps its height; then
        # the second half of the controls goes on to a second line, the label back.
        if self._surely_fits(event.size().width()):
            self._set_two_lines(False)
            self.scale_label.setVisible(True)
            super().resizeEvent(event)
            return
        width, whole = event.size().width(), self.one_row_width()
        without_label = whole - self.scale_label.sizeHint().width() - 10
        self._set_two_lines(width < without_label)
        self.scale_label.setVisible(width >= whole or self._two_lines)
        super().resizeEvent(event)

    def _set_two_lines(self, two: bool) -> None:
        if two == self._two_lines:
            return
        self._two_lines = two
        target = self._lines[1] if two else self._lines[0]
        for widget in (self.contrast, self.language, self.settings):
            target.addWidget(widget)  # addWidget takes it out of the other line

    def set_short(self, short: bool) -> None:
        """Thinner on a screen short for the text size (ui/shell_layout.set_short)."""
        self.row.setContentsMargins(12, 3 if short else 8, 12, 3 if short else 8)

    def set_state(self, scale: int, high_contrast: bool, language: str,
                  largest: int = theme.MAX_SCALE) -> None:
        """`largest`: the largest text size the screen has room for (A+ stops there)."""
        self.scale = theme.clamp_scale(scale)
        self.largest = largest
        self.contrast.blockSignals(True)
        self.contrast.setChecked(high_contrast)
        self.contrast.blockSignals(False)
        index = self.language.findData(language)
        if index >= 0:
            self.language.setCurrentIndex(index)
        self.smaller.setEnabled(self.scale > theme.MIN_SCALE)
        self.larger.setEnabled(self.scale < largest)
        self.retranslate()

    def retranslate(self) -> None:
        self.scale_label.setText(self.tr("Texte : {percent} %").format(percent=self.scale))
        self.scale_label.setAccessibleName(self.scale_label.text())
        size = self.tr("Taille du texte : {percent} %.").format(percent=self.scale)
        self.smaller.setAccessibleName(self.tr("Texte plus petit"))
        self.smaller.setToolTip(self.tr("Texte plus petit"))
        self.larger.setAccessibleName(self.tr("Texte plus grand"))
        if self.scale >= self.largest and self.largest < theme.MAX_SCALE:
            # Said where the person looks for it: A+ is grey because the screen is full.
            self.larger.setToolTip(self.tr("Le texte est déjà au plus grand pour cet écran."))
            self.larger.setAccessibleDescription(self.tr(
                "Taille du texte : {percent} %. C'est la plus grande pour cet écran.").format(
                    percent=self.scale))
        else:
            self.larger.setToolTip(self.tr("Texte plus grand"))
            self.larger.setAccessibleDescription(size)
        self.smaller.setAccessibleDescription(size)
        on = self.contrast.isChecked()
        self.contrast.setText(self.tr("✔ Contraste élevé") if on else self.tr("Contraste élevé"))
        self.contrast.setAccessibleName(self.tr("Contraste élevé"))
        self.language.setAccessibleName(self.tr("Langue"))
        self.settings.setText(self.tr("Réglages"))
        self.settings.setAccessibleName(self.tr("Réglages"))
