"""E-mail, when no code can be sent (guided mode, a backend that sends no mail): the person
opens the mailbox now and says what they see. The app cannot check it, and says so."""

from __future__ import annotations

from ...journey import Step
from ...journey.state import SEEN_FOLDERS, SEEN_NOTHING, SEEN_WELCOME
from ...rules import bidi
from .choice import ChoicePage

_ANSWERS = {"seenWelcome": SEEN_WELCOME, "seenFolders": SEEN_FOLDERS,
            "seenNothing": SEEN_NOTHING}


class EmailSeenPage(ChoicePage):
    step = Step.EMAIL_SEEN
    choices = tuple(_ANSWERS)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Ouvrez votre boîte e-mail")

    def texts(self) -> dict[str, str]:
        return {
            "seenWelcome": self.tr("Je vois un message de bienvenue"),
            "seenFolders": self.tr("Je vois la liste des dossiers (Boîte de réception…)"),
            "seenNothing": self.tr("Je n'arrive pas à l'ouvrir"),
        }

    def retranslate(self) -> None:
        super().retranslate()
        self.question.setText(bidi.fill(
            self.tr("Ouvrez maintenant la boîte de {address}. Que voyez-vous ?"),
            address=self.ctx.journey.email))
        self.explain.setText(self.tr("Ouvrez-la sur cet ordinateur ou sur votre téléphone. Il faut le mot de passe de la boîte e-mail."))
        self.more.setText(self.tr("Aidant ne peut pas vérifier votre boîte e-mail. La vraie preuve viendra à la fin : le message d'ameli arrivera dans cette boîte."))

    def enter(self) -> None:
        self.retranslate()
        super().enter()

    def clear(self) -> None:
        super().clear()
        self.question.clear()  # it named the address: nothing of the person stays

    def choose(self, name: str) -> bool:
        answers = self.ctx.journey.answers
        answers.mailbox_seen = _ANSWERS[name]
        if answers.mailbox_seen == SEEN_NOTHING:
            answers.has_mailbox = False  # a mailbox that opens comes first: make one
        return True

    def current(self) -> str | None:
        seen = self.ctx.journey.mailbox_seen
        return next((name for name, value in _ANSWERS.items() if value == seen), None)
