"""A triage exit: what to do instead of the account form, with a printable memo."""

from __future__ import annotations

from datetime import date

from ...journey import HELPER, Step, triage
from .. import widgets
from ..memo_steps import path_lines, save_lines, saved_words
from ..next_steps import exit_path, long_date, phone_text
from .base import JourneyPage


class TriageExitPage(JourneyPage):
    step = Step.TRIAGE_EXIT

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.intro = widgets.Para("exitIntro")
        self.steps_title = widgets.heading("exitStepsTitle")
        self.steps = widgets.Para("exitSteps")
        self.bring = widgets.Para("exitBring")
        self.phone_title = widgets.heading("exitPhoneTitle")
        self.phones = widgets.Para("exitPhones")
        self.back_note = widgets.hint("exitBackNote")
        self.save_memo = widgets.button("exitSaveMemo", primary=True)
        self.save_memo.clicked.connect(self.choose_and_save)
        self.memo_status = widgets.Para("exitMemoStatus")
        self.restart = widgets.button("exitRestart")
        self.restart.clicked.connect(self.ctx.wipe)
        for widget in (self.intro, self.steps_title, self.steps, self.bring, self.phone_title,
                       self.phones, self.back_note):
            self.body.addWidget(widget)
        self.body.addLayout(widgets.row(self.save_memo))
        self.body.addWidget(self.memo_status)
        self.body.addSpacing(16)
        self.body.addLayout(widgets.row(self.restart))
        self.body.addStretch(1)
        widgets.tab_chain(self, [self.save_memo, self.restart])
        ctx.meta_changed.connect(self.retranslate)
        self.retranslate()

    def path(self):
        situation = self.ctx.journey.triage
        return exit_path(situation, self.ctx.meta) if situation in triage.EXITS else None

    def title(self) -> str:
        path = self.path()
        return path.title if path else self.tr("Ce qu'il faut faire")

    def retranslate(self) -> None:
        super().retranslate()
        path = self.path()
        self.intro.setText(path.intro if path else "")
        self.steps_title.setText(self.tr("Ce que vous pouvez faire"))
        self.steps.setText(widgets.numbered_lines(path.steps) if path else "")
        self.bring.setText(path.bring if path else "")
        self.phone_title.setText(self.tr("Pour appeler l'Assurance Maladie"))
        self.phones.setText(phone_text(self.ctx.meta))
        self.back_note.setText(self.tr("Ce n'est pas votre situation ? Appuyez sur « Retour »."))
        widgets.set_text(self.save_memo, self.tr("Enregistrer ces étapes (PDF)"))
        if self.ctx.journey.mode == HELPER:
            widgets.set_text(self.restart, self.tr("Personne suivante (tout effacer)"))
        else:
            widgets.set_text(self.restart, self.tr("Recommencer (tout effacer)"))

    def enter(self) -> None:
        self.memo_status.clear()
        self.retranslate()
        self.save_memo.setFocus()

    def clear(self) -> None:
        self.memo_status.clear()

    def choose_and_save(self) -> None:
        path = self.path()
        if path is None:
            return
        lines = path_lines(path, self.ctx.meta, long_date(date.today()))
        save_lines(self, lines, self.ctx.runner, self._said_saved)

    def _said_saved(self, saved: bool) -> None:
        self.memo_status.setText(saved_words(saved))
