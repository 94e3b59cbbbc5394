"""Already an ameli account: one guided path per situation (numbered steps, login page, memo)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ...journey import HELPER, Step, triage
from .. import a11y_roles, desktop, widgets
from ..memo_steps import path_lines, save_lines, saved_words
from ..next_steps import login_url, long_date, phone_text, recovery_path
from .base import JourneyPage


class AccountRecoveryPage(JourneyPage):
    step = Step.ACCOUNT_EXISTS_HELP

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.reason = widgets.Para("existsReason")
        self.question = widgets.heading("recoveryQuestion")
        self.buttons = {name: widgets.button(f"recovery_{name}") for name in triage.RECOVERY_PATHS}
        for name, widget in self.buttons.items():
            widget.clicked.connect(lambda _=False, n=name: self.choose(n))
        self.answers = widgets.button_column(list(self.buttons.values()))
        a11y_roles.answer_group(self.answers, self.question)
        self.path_title = widgets.heading("recoveryPathTitle")
        self.intro = widgets.Para("recoveryIntro")
        self.steps = widgets.Para("recoverySteps")
        self.bring = widgets.Para("recoveryBring")
        self.open_login = widgets.button("recoveryOpenLogin", primary=True)
        self.open_login.clicked.connect(lambda: desktop.open_url(login_url()))
        self.qr = widgets.QrCode("recoveryQr")
        self.qr_caption = widgets.hint("recoveryQrCaption")
        self.phone_title = widgets.heading("recoveryPhoneTitle")
        self.phones = widgets.Para("recoveryPhones")
        self.shared = widgets.Para("existsSharedAddress")
        self.save_memo = widgets.button("recoverySaveMemo")
        self.save_memo.clicked.connect(self.choose_and_save)
        self.memo_status = widgets.Para("recoveryMemoStatus")
        self.restart = widgets.button("existsRestart")
        self.restart.clicked.connect(self.ctx.wipe)
        for widget in (self.reason, self.question, self.answers, self.path_title, self.intro,
                       self.steps, self.bring):
            self.body.addWidget(widget)
        login = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(widgets.row(self.open_login))
        left.addWidget(self.qr_caption)
        left.addStretch(1)
        login.addLayout(left, 2)
        login.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(login)
        for widget in (self.phone_title, self.phones, self.shared):
            self.body.addWidget(widget)
        self.body.addLayout(widgets.row(self.save_memo))
        self.body.addWidget(self.memo_status)
        self.body.addSpacing(16)
        self.body.addLayout(widgets.row(self.restart))
        self.body.addStretch(1)
        widgets.tab_chain(self, [*self.buttons.values(), self.open_login, self.save_memo,
                                 self.restart])
        ctx.meta_changed.connect(self.retranslate)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Vous avez déjà un compte ameli")

    def path(self):
        chosen = self.ctx.journey.recovery
        return recovery_path(chosen, self.ctx.meta) if chosen in triage.RECOVERY_PATHS else None

    def choose(self, name: str) -> None:
        self.ctx.journey.answers.recovery = name
        self.memo_status.clear()
        self.retranslate()
        # The steps are below the answers: show their title (screen readers read on from it).
        self.path_title.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        journey = self.ctx.journey
        if journey.account_error == "account_exists":
            self.reason.setText(self.tr("L'Assurance Maladie nous répond qu'un compte ameli existe déjà pour ce numéro de sécurité sociale. Il ne faut pas en créer un deuxième. Voici comment retrouver l'accès."))
        else:
            self.reason.setText(self.tr("Vous n'avez pas besoin d'un nouveau compte. Voici comment retrouver l'accès, selon votre situation."))
        self.question.setText(self.tr("Quelle est votre situation ?"))
        for name, widget in self.buttons.items():
            text = recovery_path(name, self.ctx.meta).title
            chosen = name == journey.recovery
            widget.setText(widgets.chosen_text(text) if chosen else text)
            widget.setAccessibleName(text)
            widget.setAccessibleDescription(self.tr("Votre réponse") if chosen else "")
        path = self.path()
        shown = path is not None
        self.path_title.setText(path.title if path else "")
        self.path_title.setAccessibleName(path.title if path else "")
        self.path_title.setFocusPolicy(Qt.FocusPolicy.TabFocus if shown else Qt.FocusPolicy.NoFocus)
        self.intro.setText(path.intro if path else "")
        self.steps.setText(widgets.numbered_lines(path.steps) if path else "")
        self.bring.setText(path.bring if path else "")
        uses_site = shown and journey.recovery != triage.FORGOT_ADDRESS
        self.open_login.setVisible(uses_site)
        widgets.set_text(self.open_login, self.tr("Ouvrir la page de connexion ameli"))
        self.qr.show_url(login_url() if uses_site else "",
                         self.tr("Code QR de la page de connexion ameli"))
        self.qr_caption.setText(self.tr("Ou scannez ce code avec l'appareil photo de votre téléphone.") if uses_site else "")
        self.phone_title.setText(self.tr("Pour appeler l'Assurance Maladie") if shown else "")
        self.phones.setText(phone_text(self.ctx.meta) if shown else "")
        self.shared.setText(self.tr("Votre adresse sert déjà à quelqu'un d'autre ? Ce n'est pas possible : chaque compte ameli a besoin de sa propre adresse e-mail. Créez une adresse pour la personne qui n'en a pas."))
        self.save_memo.setVisible(shown)
        widgets.set_text(self.save_memo, self.tr("Enregistrer ces étapes (PDF)"))
        if journey.mode == HELPER:
            widgets.set_text(self.restart, self.tr("Personne suivante (tout effacer)"))
        else:
            widgets.set_text(self.restart, self.tr("Recommencer (tout effacer)"))

    def enter(self) -> None:
        self.memo_status.clear()
        self.retranslate()
        chosen = self.buttons.get(self.ctx.journey.recovery or "")
        (chosen or next(iter(self.buttons.values()))).setFocus()

    def clear(self) -> None:
        self.memo_status.clear()
        self.retranslate()

    def choose_and_save(self) -> None:
        path = self.path()
        if path is None:
            return
        url = login_url() if self.ctx.journey.recovery != triage.FORGOT_ADDRESS else ""
        lines = path_lines(path, self.ctx.meta, long_date(date.today()), url)
        save_lines(self, lines, self.ctx.runner, self._said_saved)

    def _said_saved(self, saved: bool) -> None:
        self.memo_status.setText(saved_words(saved))
