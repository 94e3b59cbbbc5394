"""Guided mode's activation help: the account lives on the official site, so the app gives
the ways forward there (spam folder, a new link by logging in, a fake message, 36 46)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...rules import bidi
from .. import contacts, widgets
from ..providers import load as load_providers


class OfficialActivationHelp(QWidget):
    """Words only: nothing here calls a backend (there is no account id to call about)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officialActivationHelp")
        self.sections = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for name in ("NotFound", "Expired", "Phishing", "Call"):
            title, text = widgets.heading(f"official{name}Title"), widgets.Para(f"official{name}")
            layout.addWidget(title)
            layout.addWidget(text)
            self.sections.append((title, text))

    def retranslate(self, email: str, meta) -> None:
        provider = load_providers().for_address(email)
        folder = provider.spam_folder() if provider else self.tr("« Spam » ou « Courrier indésirable »")
        words = [
            (self.tr("Le message n'arrive pas"), widgets.numbered_lines([
                self.tr("Attendez 2 ou 3 minutes : un message peut mettre un peu de temps."),
                bidi.fill(self.tr("Regardez dans le dossier des messages indésirables : {folder}"), folder=folder),
                self.tr("Vérifiez que vous ouvrez la boîte de l'adresse écrite sur le site ameli."),
                self.tr("Toujours rien ? Connectez-vous sur ameli.fr avec votre numéro et votre mot de passe : le site propose d'envoyer un nouveau message."),
            ])),
            (self.tr("Le lien ne marche plus"), self.tr("Un lien ne marche que peu de temps. Connectez-vous sur ameli.fr avec votre numéro et votre mot de passe : le site envoie un nouveau lien. Seul le lien du dernier message marche.")),
            (self.tr("Le vrai message ou un faux ?"), widgets.bullet_lines([
                self.tr("Le vrai message arrive juste après la création du compte."),
                self.tr("Le vrai lien mène à une adresse qui se termine par ameli.fr. Regardez l'adresse avant de cliquer."),
                self.tr("Il ne demande jamais votre mot de passe, ni votre carte bancaire."),
                self.tr("Un message qui vous presse (« dernier délai », « compte bloqué ») est souvent un faux."),
            ])),
            (self.tr("Vous êtes bloqué ?"), "\n".join([
                self.tr("Appelez l'Assurance Maladie avec votre carte Vitale :"),
                widgets.phone_lines(contacts.health_insurance_lines(meta)),
            ])),
        ]
        for (title, text), (title_words, text_words) in zip(self.sections, words):
            title.setText(title_words)
            text.setText(text_words)
