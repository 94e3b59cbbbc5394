"""Guided mode's activation: the app cannot see the official account, so it asks whether
the person clicked the link and saw the confirmation, with the help for what goes wrong."""

from __future__ import annotations

from ...journey import Step
from ..sections.official_activation_help import OfficialActivationHelp
from .choice import ChoicePage


class ActivationQuestionPage(ChoicePage):
    step = Step.ACTIVATION_QUESTION
    choices = ("activationSeen", "activationNotYet")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.help = OfficialActivationHelp()
        self.help.setVisible(False)
        self.body.insertWidget(self.body.count() - 1, self.help)  # above the final stretch
        self.retranslate()

    def title(self) -> str:
        return self.tr("Activer votre compte ameli")

    def texts(self) -> dict[str, str]:
        return {
            "activationSeen": self.tr("Oui, j'ai vu la confirmation"),
            "activationNotYet": self.tr("Pas encore"),
        }

    def retranslate(self) -> None:
        super().retranslate()
        self.question.setText(self.tr("Avez-vous cliqué sur le lien du message d'ameli, puis vu la confirmation ?"))
        self.explain.setText(self.tr("Le site ameli vous a envoyé un message. Ouvrez votre boîte e-mail et cliquez sur le lien du message. Une page d'ameli confirme alors que le compte est activé."))
        self.more.setText(self.tr("Aidant ne voit pas votre compte ameli : c'est vous qui nous dites ce que vous voyez."))
        self.help.retranslate(self.ctx.journey.email, self.ctx.meta)

    def enter(self) -> None:
        self.retranslate()
        self.help.setVisible(self.ctx.journey.activation_seen is False)
        super().enter()

    def choose(self, name: str) -> bool:
        seen = name == "activationSeen"
        self.ctx.journey.answers.activation_seen = seen
        self.help.setVisible(not seen)
        if not seen:
            self.help.setFocus()
        return seen  # "not yet": stay here with the help

    def current(self) -> str | None:
        seen = self.ctx.journey.activation_seen
        return None if seen is None else ("activationSeen" if seen else "activationNotYet")

    def is_complete(self) -> bool:
        return bool(self.ctx.journey.activation_seen)

    def why_incomplete(self) -> str:
        return self.tr("Quand vous avez vu la confirmation d'ameli, répondez « Oui ».")

    def clear(self) -> None:
        super().clear()
        self.help.setVisible(False)
