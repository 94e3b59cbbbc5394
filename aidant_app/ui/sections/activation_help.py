"""Activation: the "I can't find the message" section (spam, resend, new address, paste link)."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...rules import bidi
from .. import widgets
from ..providers import load as load_providers


class ActivationHelp(QWidget):
    """Widgets only; the activation page wires the buttons to its background calls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activationHelp")
        self.title = widgets.heading("activationNotFoundTitle")
        self.spam = widgets.Para("activationSpam")
        self.resend_text = widgets.Para("activationResendText")
        self.resend = widgets.button("activationResend")
        self.address_title = widgets.heading("activationAddressTitle")
        self.new_email = widgets.Field("activationNewEmail", sensitive=True)
        self.change_email = widgets.button("activationChangeEmail")
        # Correcting the address proves the new one first: a code goes there (API 1.1).
        self.new_code_text = widgets.Para("activationNewCodeText")
        self.new_code = widgets.Field("activationNewCode", sensitive=True)
        self.confirm_new = widgets.button("activationConfirmNewEmail")
        self.link_title = widgets.heading("activationLinkTitle")
        self.link = widgets.Field("activationLink", sensitive=True, edit=widgets.SizedEdit(50))
        self.confirm_link = widgets.button("activationConfirmLink")
        self.phishing_title = widgets.heading("activationPhishingTitle")
        self.phishing = widgets.Para("activationPhishing")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.spam, self.resend_text):
            layout.addWidget(widget)
        layout.addLayout(widgets.row(self.resend))
        layout.addSpacing(12)
        layout.addWidget(self.address_title)
        layout.addWidget(self.new_email)
        layout.addLayout(widgets.row(self.change_email))
        layout.addWidget(self.new_code_text)
        layout.addWidget(self.new_code)
        layout.addLayout(widgets.row(self.confirm_new))
        self.show_new_code(False)
        layout.addSpacing(12)
        layout.addWidget(self.link_title)
        layout.addWidget(self.link)
        layout.addLayout(widgets.row(self.confirm_link))
        layout.addSpacing(12)
        layout.addWidget(self.phishing_title)
        layout.addWidget(self.phishing)
        order = [self.resend, self.new_email.edit, self.change_email, self.new_code.edit,
                 self.confirm_new, self.link.edit, self.confirm_link]
        widgets.tab_chain(self, order)
        # Enter in a field presses the button under it (Continuer is not the way here).
        widgets.enter_presses(self.new_email.edit, self.change_email)
        widgets.enter_presses(self.new_code.edit, self.confirm_new)
        widgets.enter_presses(self.link.edit, self.confirm_link)

    def show_new_code(self, shown: bool, address: str = "") -> None:
        """The code step of a correction: shown once a code went to the new address."""
        self.new_code_text.setText(bidi.fill(QCoreApplication.translate("ActivationHelp", "Un code est parti à {address}. Ouvrez cette boîte, puis écrivez le code ici : cela prouve que l'adresse est la bonne."), address=address) if shown else "")
        for widget in (self.new_code, self.confirm_new):
            widget.setVisible(shown)
        if not shown:
            self.new_code.clear()

    def resend_label(self, seconds: int) -> str:
        if seconds:
            return bidi.fill(QCoreApplication.translate("ActivationHelp", "Renvoyer le message (possible dans {n} s)"), n=seconds)
        return QCoreApplication.translate("ActivationHelp", "Renvoyer le message")

    def retranslate(self, email: str, backend_url: str, training: bool) -> None:
        provider = load_providers().for_address(email)
        folder = provider.spam_folder() if provider else self.tr("« Spam » ou « Courrier indésirable »")
        self.title.setText(self.tr("Je ne trouve pas le message"))
        self.spam.setText(bidi.fill(self.tr("1. Attendez 2 ou 3 minutes : un message peut mettre un peu de temps.\n2. Regardez dans le dossier des messages indésirables : {folder}\n3. Vérifiez que vous ouvrez la bonne boîte e-mail."), folder=folder))
        self.resend_text.setText(self.tr("Toujours rien ? Demandez un nouveau message. Seul le lien du dernier message marche."))
        self.address_title.setText(self.tr("L'adresse e-mail est fausse ?"))
        self.new_email.set_label(self.tr("Adresse e-mail corrigée"))
        widgets.set_text(self.change_email, self.tr("Envoyer un code à cette adresse"))
        self.new_code.set_label(self.tr("Code reçu à la nouvelle adresse"))
        widgets.set_text(self.confirm_new, self.tr("Corriger l'adresse et recevoir un nouveau lien"))
        self.link_title.setText(self.tr("Le lien ne s'ouvre pas ?"))
        self.link.set_label(self.tr("Collez ici le lien du message"),
                            self.tr("Dans le message, faites un clic droit sur le lien. Choisissez « Copier l'adresse du lien ». Puis collez-la ici (Ctrl + V)."))
        widgets.set_text(self.confirm_link, self.tr("Valider le lien"))
        self.phishing_title.setText(self.tr("Le vrai message ou un faux ?"))
        host = urlsplit(backend_url).hostname or ""
        where = bidi.fill(self.tr("En entraînement, le lien commence par http://{host}"), host=host) if training else bidi.fill(self.tr("Le lien mène à l'adresse du service : {host}"), host=host)
        self.phishing.setText(bidi.fill(self.tr("• Le vrai message arrive juste après votre demande.\n• Il ne demande jamais votre mot de passe, ni votre numéro de carte bancaire.\n• {where}.\n• Un message qui vous presse (« dernier délai », « compte bloqué ») est souvent un faux.\n• Dans le doute, ne cliquez pas : collez le lien ci-dessus, l'application le vérifie."), where=where))

    def clear(self) -> None:
        self.new_email.clear()
        self.show_new_code(False)
        self.link.clear()
