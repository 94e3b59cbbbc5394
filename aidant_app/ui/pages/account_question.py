"""ameli account, first question: does the person already have an account?"""

from __future__ import annotations

from ...journey import Step
from .choice import ChoicePage


class AccountQuestionPage(ChoicePage):
    step = Step.ACCOUNT_QUESTION
    choices = ("accountNo", "accountYes")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Votre compte ameli")

    def texts(self) -> dict[str, str]:
        return {
            "accountNo": self.tr("Non, je n'ai pas de compte ameli"),
            "accountYes": self.tr("Oui, j'ai déjà un compte ameli"),
        }

    def retranslate(self) -> None:
        super().retranslate()
        self.question.setText(self.tr("Avez-vous déjà un compte ameli ?"))
        self.explain.setText(self.tr("Le compte ameli est votre espace personnel sur le site de l'Assurance Maladie (ameli.fr). Une personne ne peut avoir qu'un seul compte."))
        self.more.setText(self.tr("Si vous ne savez pas, choisissez « Non ». Si un compte existe déjà, nous vous le dirons. Nous vous aiderons à le retrouver."))

    def choose(self, name: str) -> bool:
        self.ctx.journey.answers.has_ameli_account = name == "accountYes"
        return True

    def current(self) -> str | None:
        has = self.ctx.journey.has_ameli_account
        return None if has is None else ("accountYes" if has else "accountNo")
