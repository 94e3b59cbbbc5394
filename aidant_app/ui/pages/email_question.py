"""E-mail, first question: does the person have an address they can open today?"""

from __future__ import annotations

from ...journey import ROUTE_EXISTING, Step
from .choice import ChoicePage


class EmailQuestionPage(ChoicePage):
    step = Step.EMAIL_QUESTION
    choices = ("emailYes", "emailNo", "emailUnsure")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self._unsure = False
        self.retranslate()

    def title(self) -> str:
        return self.tr("Avez-vous une adresse e-mail ?")

    def texts(self) -> dict[str, str]:
        return {
            "emailYes": self.tr("Oui, j'ai une adresse et je peux l'ouvrir"),
            "emailNo": self.tr("Non, je n'ai pas d'adresse"),
            "emailUnsure": self.tr("Je ne sais pas"),
        }

    def retranslate(self) -> None:
        super().retranslate()
        self.question.setText(self.tr("Avez-vous une adresse e-mail personnelle que vous pouvez ouvrir aujourd'hui ?"))
        self.explain.setText(self.tr("Le compte ameli a besoin d'une adresse e-mail qui n'est qu'à vous. Vous recevrez un message dessus, et il faudra l'ouvrir aujourd'hui."))
        self.more.setText(self.tr("Une adresse e-mail ressemble à ceci : prenom.nom@exemple.fr. Si vous ne savez pas, ce n'est pas grave : nous allons en créer une ensemble, gratuitement. Appuyez sur « Continuer ».") if self._unsure else "")

    def choose(self, name: str) -> bool:
        journey = self.ctx.journey
        self._unsure = name == "emailUnsure"
        journey.answers.has_mailbox = name == "emailYes"
        journey.answers.mailbox_route = ROUTE_EXISTING if journey.has_mailbox else None
        self.retranslate()
        # "I don't know": explain what an address is first; Next then leads to creating one.
        return not self._unsure

    def current(self) -> str | None:
        has = self.ctx.journey.has_mailbox
        if has is None:
            return None
        if has:
            return "emailYes"
        return "emailUnsure" if self._unsure else "emailNo"

    def clear(self) -> None:
        super().clear()
        self._unsure = False
        self.more.setText("")
