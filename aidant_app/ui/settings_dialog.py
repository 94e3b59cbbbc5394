"""Settings: which backend to use (address and CA bundle); plain http only for this computer."""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..api.urls import is_loopback_host
from ..rules import bidi
from . import widgets
from .screen_fit import keep_on_screen, room
from .settings_store import SettingsStore
from .widgets.language import FollowsLanguage


def check_backend_url(url: str) -> str | None:
    """None when fine (empty means the training server), else a code:
    "url_invalid" or "url_insecure" (plain http to another computer)."""
    url = url.strip()
    if not url:
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return "url_invalid"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "url_invalid"
    if parts.query or parts.fragment or parts.username or parts.password:
        return "url_invalid"
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        return "url_insecure"
    return None


class SettingsDialog(FollowsLanguage, QDialog):
    """Edits backend_url and ca_bundle in the settings store; accept() only when valid."""

    def __init__(self, settings: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        # Paragraphs that grow to the height their text needs at the dialog's width (a
        # wrapped QLabel kept the height of a narrower layout: its last lines were cut).
        self.intro = widgets.Para("settingsIntro")
        self.url_label = QLabel()
        self.url_label.setWordWrap(True)
        self.url_edit = widgets.left_to_right(QLineEdit(settings.get("backend_url")))
        self.url_edit.setObjectName("backendUrlEdit")
        self.url_label.setBuddy(self.url_edit)
        self.url_error = widgets.Para("backendUrlError")  # "⚠ …": styled, shown, said
        self.ca_label = QLabel()
        self.ca_label.setWordWrap(True)
        self.ca_edit = widgets.left_to_right(QLineEdit(settings.get("ca_bundle")))
        self.ca_edit.setObjectName("caBundleEdit")
        self.ca_label.setBuddy(self.ca_edit)
        self.ca_browse = widgets.WrapButton()
        self.ca_browse.setObjectName("caBundleBrowseButton")
        self.ca_error = widgets.Para("caBundleError")
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_browse)
        buttons = QHBoxLayout()
        # Labels that wrap: three one-line buttons made the dialog wider than a 1024 px
        # screen at 200 % text.
        self.training = widgets.WrapButton()
        self.training.setObjectName("useTrainingButton")
        self.cancel = widgets.WrapButton()
        self.cancel.setObjectName("settingsCancelButton")
        self.save = widgets.WrapButton()
        self.save.setObjectName("settingsSaveButton")
        self.save.setProperty("primary", True)
        self.save.setDefault(True)
        buttons.addWidget(self.training)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        self.body_scroll, body = widgets.scroll_body("settingsBody")
        body.setSpacing(12)
        for widget in (self.intro, self.url_label, self.url_edit, self.url_error, self.ca_label):
            body.addWidget(widget)
        body.addLayout(ca_row)
        body.addWidget(self.ca_error)
        body.addStretch(1)
        layout.addWidget(self.body_scroll, 1)
        layout.addLayout(buttons)
        self.url_error.hide()
        self.ca_error.hide()
        self.ca_browse.clicked.connect(self._browse)
        self.training.clicked.connect(lambda: self.url_edit.clear())
        self.cancel.clicked.connect(self.reject)
        self.save.clicked.connect(self.accept)
        self.setMinimumWidth(min(560, room(self).width()))  # the layout may need more
        self.retranslate()
        keep_on_screen(self)

    def backend_url(self) -> str:
        return self.url_edit.text().strip().rstrip("/")

    def ca_bundle(self) -> str:
        return self.ca_edit.text().strip()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choisir le fichier de certificats"), "",
            self.tr("Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)"))
        if path:
            self.ca_edit.setText(path)

    def _show(self, label: QLabel, edit: QLineEdit, message: str) -> None:
        label.setText(bidi.fill(self.tr("⚠ {message}"), message=message) if message else "")
        label.setVisible(bool(message))
        edit.setAccessibleDescription(message)

    def accept(self) -> None:
        code = check_backend_url(self.url_edit.text())
        url_message = {
            "url_invalid": self.tr("Cette adresse n'est pas valide. Exemple : "
                                   "https://aidant.exemple.fr"),
            "url_insecure": self.tr("L'adresse doit commencer par https:// (http:// est "
                                    "accepté seulement pour cet ordinateur)."),
        }.get(code or "", "")
        ca = self.ca_bundle()
        ca_message = self.tr("Ce fichier n'existe pas.") if ca and not os.path.isfile(ca) else ""
        self._show(self.url_error, self.url_edit, url_message)
        self._show(self.ca_error, self.ca_edit, ca_message)
        if url_message:
            self.url_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if ca_message:
            self.ca_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.settings.set("backend_url", self.backend_url())
        self.settings.set("ca_bundle", ca)
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Aidant – réglages"))
        self.intro.setText(self.tr(
            "Ces réglages sont pour la personne qui installe l'application. Laissez "
            "l'adresse vide pour utiliser le mode entraînement."))
        self.url_label.setText(self.tr("Adresse du service Aidant"))
        self.url_edit.setAccessibleName(self.url_label.text())
        self.url_edit.setPlaceholderText("https://")
        self.ca_label.setText(self.tr("Fichier de certificats (facultatif)"))
        self.ca_edit.setAccessibleName(self.ca_label.text())
        self.ca_browse.setText(self.tr("Choisir…"))
        self.ca_browse.setAccessibleName(self.tr("Choisir le fichier de certificats"))
        self.training.setText(self.tr("Mode entraînement"))
        self.training.setAccessibleName(self.tr("Utiliser le mode entraînement"))
        self.cancel.setText(self.tr("Annuler"))
        self.cancel.setAccessibleName(self.tr("Annuler"))
        self.save.setText(self.tr("Enregistrer"))
        self.save.setAccessibleName(self.tr("Enregistrer"))
