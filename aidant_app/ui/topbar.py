"""The bar above every page: text size, high contrast, language, settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from . import theme
from .i18n import LANGUAGES

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}  # each in its own language: not translated


class TopBar(QFrame):  # a QFrame draws its style sheet background (no WA_StyledBackground)
    """Emits what the person asked for; the window applies it and saves the preference.

    Its text grows up to 150 % only (theme.py), so it stays on one row on a 1280 px screen.
    """

    scale_requested = Signal(int)
    contrast_toggled = Signal(bool)
    language_requested = Signal(str)
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self.scale = theme.MIN_SCALE
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
        for widget in (self.smaller, self.scale_label, self.larger, self.contrast, self.language,
                       self.settings):
            layout.addWidget(widget)
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

    def set_short(self, short: bool) -> None:
        """Thinner on a screen short for the text size (ui/shell_layout.set_short)."""
        self.row.setContentsMargins(12, 3 if short else 8, 12, 3 if short else 8)

    def set_state(self, scale: int, high_contrast: bool, language: str) -> None:
        self.scale = theme.clamp_scale(scale)
        self.contrast.blockSignals(True)
        self.contrast.setChecked(high_contrast)
        self.contrast.blockSignals(False)
        index = self.language.findData(language)
        if index >= 0:
            self.language.setCurrentIndex(index)
        self.smaller.setEnabled(self.scale > theme.MIN_SCALE)
        self.larger.setEnabled(self.scale < theme.MAX_SCALE)
        self.retranslate()

    def retranslate(self) -> None:
        self.scale_label.setText(self.tr("Texte : {percent} %").format(percent=self.scale))
        self.scale_label.setAccessibleName(self.scale_label.text())
        self.smaller.setAccessibleName(self.tr("Texte plus petit"))
        self.smaller.setToolTip(self.tr("Texte plus petit"))
        self.larger.setAccessibleName(self.tr("Texte plus grand"))
        self.larger.setToolTip(self.tr("Texte plus grand"))
        on = self.contrast.isChecked()
        self.contrast.setText(self.tr("✔ Contraste élevé") if on else self.tr("Contraste élevé"))
        self.contrast.setAccessibleName(self.tr("Contraste élevé"))
        self.language.setAccessibleName(self.tr("Langue"))
        self.settings.setText(self.tr("Réglages"))
        self.settings.setAccessibleName(self.tr("Réglages"))
