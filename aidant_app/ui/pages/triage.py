"""Before the e-mail step: the situations where the account form is not the right path."""

from __future__ import annotations

from ...journey import HELPER, Step, triage
from .choice import ChoicePage


class TriagePage(ChoicePage):
    """One question, one button per situation; "none of these" goes on (a helper who
    already knows presses it at once: that is the skip)."""

    step = Step.TRIAGE
    choices = triage.SITUATIONS

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Avant de commencer")

    def texts(self) -> dict[str, str]:
        return {
            triage.NONE_OF_THESE: self.tr("Aucune de ces situations : je continue"),
            triage.HAS_ACCOUNT: self.tr("J'ai déjà un compte ameli"),
            triage.TEMPORARY_NUMBER: self.tr("Mon numéro de sécurité sociale commence par 3, 4, 7 ou 8"),
            triage.OTHER_SCHEME: self.tr("Je dépends d'un autre régime, par exemple la MSA"),
            triage.CHILD: self.tr("Le compte est pour un enfant de moins de 16 ans"),
            triage.GUARDIANSHIP: self.tr("La personne est sous tutelle"),
        }

    def retranslate(self) -> None:
        super().retranslate()
        self.question.setText(self.tr("Une de ces situations vous concerne-t-elle ?"))
        self.explain.setText(self.tr("Dans ces cas, il faut faire autrement. Nous vous disons quoi faire."))
        if self.ctx.journey.mode == HELPER:
            self.more.setText(self.tr("Vous savez déjà que la personne peut continuer ? Choisissez « Aucune de ces situations »."))
        else:
            self.more.setText(self.tr("Vous ne savez pas ? Choisissez « Aucune de ces situations ». Nous vous aiderons plus tard si besoin."))

    def enter(self) -> None:
        self.retranslate()
        super().enter()

    def choose(self, name: str) -> bool:
        answers = self.ctx.journey.answers
        answers.triage = name
        if name == triage.HAS_ACCOUNT:
            answers.has_ameli_account = True
        return True

    def current(self) -> str | None:
        return self.ctx.journey.triage
