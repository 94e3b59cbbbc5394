"""ameli account: help for a person who already has an account (address, password, phone)."""

from __future__ import annotations

from ...journey import HELPER, Step
from ...rules import bidi
from .. import contacts, desktop, widgets
from .base import JourneyPage


class AccountExistsPage(JourneyPage):
    step = Step.ACCOUNT_EXISTS_HELP

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.reason = widgets.Para("existsReason")
        self.sections: list[tuple[widgets.Para, widgets.Para]] = []
        for name in ("existsNotValidated", "existsForgotAddress", "existsForgotPassword",
                     "existsSharedAddress"):
            title, text = widgets.heading(f"{name}Title"), widgets.Para(name)
            self.body.addWidget(title)
            self.body.addWidget(text)
            self.sections.append((title, text))
        self.body.insertWidget(1, self.reason)
        self.open_ameli = widgets.button("existsOpenAmeli", primary=True)
        self.open_ameli.clicked.connect(lambda: desktop.open_url("https://www.ameli.fr"))
        self.restart = widgets.button("existsRestart")
        self.restart.clicked.connect(self.ctx.wipe)
        self.body.addSpacing(16)
        self.body.addLayout(widgets.row(self.open_ameli, self.restart))
        self.body.addStretch(1)
        ctx.meta_changed.connect(self.retranslate)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Vous avez déjà un compte ameli")

    def _phone_sentence(self) -> str:
        return "\n".join(contacts.health_insurance_lines(self.ctx.meta) or ["36 46"])

    def retranslate(self) -> None:
        super().retranslate()
        journey = self.ctx.journey
        if journey.account_error == "account_exists":
            self.reason.setText(self.tr("L'Assurance Maladie nous répond qu'un compte ameli existe déjà pour ce numéro de sécurité sociale. Il ne faut pas en créer un deuxième. Voici comment retrouver l'accès."))
        else:
            self.reason.setText(self.tr("Vous n'avez pas besoin d'un nouveau compte. Voici comment retrouver l'accès, selon votre situation."))
        texts = [
            (self.tr("Mon adresse e-mail n'a jamais été validée"),
             self.tr("Connectez-vous sur ameli.fr avec votre identifiant (les 13 premiers chiffres de votre numéro de sécurité sociale) et votre mot de passe. Le site vous demande une adresse e-mail personnelle. Ensuite, ouvrez le message reçu et cliquez sur le lien. Pas de message ? Regardez dans le dossier des messages indésirables (Spam). Vous pouvez demander un nouveau message depuis la page de connexion.")),
            (self.tr("J'ai oublié l'adresse e-mail donnée à l'Assurance Maladie"),
             bidi.fill(self.tr("Appelez l'Assurance Maladie. Ayez votre carte Vitale ou votre RIB (relevé d'identité bancaire) près de vous.\n{phones}"), phones=self._phone_sentence())),
            (self.tr("J'ai oublié mon mot de passe"),
             self.tr("Sur la page de connexion du compte ameli, choisissez « Mot de passe oublié » et suivez les étapes. Vous recevrez un message sur votre adresse e-mail.")),
            (self.tr("Mon adresse sert déjà à quelqu'un d'autre"),
             self.tr("Ce n'est plus possible : chaque compte ameli a besoin de sa propre adresse e-mail. Créez une adresse pour la personne qui n'en a pas.")),
        ]
        for (title, text), (title_label, text_label) in zip(texts, self.sections):
            title_label.setText(title)
            text_label.setText(text)
        widgets.set_text(self.open_ameli, self.tr("Ouvrir le site ameli.fr"))
        if journey.mode == HELPER:
            widgets.set_text(self.restart, self.tr("Personne suivante (tout effacer)"))
        else:
            widgets.set_text(self.restart, self.tr("Recommencer (tout effacer)"))

    def enter(self) -> None:
        self.retranslate()
        self.open_ameli.setFocus()
