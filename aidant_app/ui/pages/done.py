"""Done: what to remember, the memo saved where the person chooses, and the next person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from ...journey import HELPER, Step
from ...journey.state import PLACE_OFFICIAL
from ...rules import bidi, mask_nir, nir_login
from .. import widgets
from ..memo import ask_and_save
from ..widgets.wrapcheck import WrapCheck
from .base import JourneyPage


class DonePage(JourneyPage):
    step = Step.DONE

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.summary = widgets.Para("doneSummary")
        self.where = widgets.Para("doneWhere")  # guided mode: made on the official site
        self.login_title = widgets.heading("doneLoginTitle")
        self.login = widgets.heading("doneLogin")
        self.show_login = QCheckBox()
        self.show_login.setObjectName("doneShowLogin")
        self.show_login.toggled.connect(lambda _c: self._fill())
        self.email_title = widgets.heading("doneEmailTitle")
        # The address may be copied by hand into another program. The login is not selectable
        # (a social security number would leave the app through the selection buffer): it is
        # on the memo, like the journey code, which has its own copy button cleared after 30 s.
        # At the paragraphs' size, not a heading's: an address cannot wrap where it may be
        # copied (breakable_addresses), and a heading's was wider than a 1024 px screen at
        # 200 % text.
        self.email = widgets.Para("doneEmail", selectable=True)
        self.password_title = widgets.heading("donePasswordTitle")
        self.password = widgets.Para("donePassword")
        self.next_steps = widgets.Para("doneNextSteps")
        self.memo_text = widgets.Para("doneMemoText")
        self.memo_full_row = WrapCheck("doneMemoFullNumber")  # words that wrap at 200 %
        self.memo_full = self.memo_full_row.box
        self.save_memo = widgets.button("doneSaveMemo", primary=True)
        self.save_memo.clicked.connect(self.choose_and_save)
        self.memo_status = widgets.Para("doneMemoStatus")
        self.finish = widgets.button("doneFinish")
        self.finish.clicked.connect(self._finish)
        # The memo and the way out first: on 1024x600 "Enregistrer" and "Terminer" were
        # below the fold, under all that the memo repeats; what to remember follows.
        for widget in (self.summary, self.where, self.memo_text, self.memo_full_row):
            self.body.addWidget(widget)
        self.body.addLayout(widgets.row(self.save_memo, self.finish))
        self.body.addWidget(self.memo_status)
        self.body.addSpacing(12)
        for widget in (self.login_title, self.login, self.show_login, self.email_title,
                       self.email, self.password_title, self.password, self.next_steps):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        order = [self.memo_full, self.save_memo, self.finish, self.show_login]
        widgets.tab_chain(self, order)
        self.retranslate()

    def essentials(self) -> list:
        return [self.save_memo, self.finish]

    def title(self) -> str:
        return self.tr("C'est terminé : votre compte est prêt")

    def retranslate(self) -> None:
        super().retranslate()
        self.summary.setText(self.tr("Bravo ! Voici ce qu'il faut retenir. Enregistrez l'aide-mémoire, la feuille à garder. Ensuite, imprimez-le."))
        self.login_title.setText(self.tr("Votre identifiant : les 13 premiers chiffres de votre numéro de sécurité sociale"))
        widgets.set_text(self.show_login, self.tr("Afficher tous les chiffres"))
        self.email_title.setText(self.tr("Votre adresse e-mail"))
        self.password_title.setText(self.tr("Votre mot de passe ameli"))
        official = self.ctx.journey.account_place == PLACE_OFFICIAL
        self.where.setText(self.tr("Vous avez créé votre compte vous-même, sur le site officiel ameli.") if official else "")
        self.where.setVisible(official)
        if official:
            self.password.setText(self.tr("C'est celui que vous avez choisi sur le site ameli. Ce n'est pas celui de votre boîte e-mail. L'application ne le garde pas. Écrivez-le à la main sur l'aide-mémoire."))
        else:
            self.password.setText(self.tr("C'est celui que vous avez choisi pour le compte ameli, dans le formulaire. Ce n'est pas celui de votre boîte e-mail. L'application ne le montre pas et ne le garde pas. Écrivez-le à la main sur l'aide-mémoire."))
        self.next_steps.setText(self.tr("Pour vous connecter : allez sur ameli.fr. Choisissez « Compte ameli ». Puis écrivez votre identifiant et votre mot de passe."))
        self.memo_text.setText(self.tr("L'aide-mémoire est un fichier PDF. Vous choisissez où l'enregistrer. Il ne contient ni mot de passe ni code. Le numéro y est caché en partie, sauf si vous cochez la case ci-dessous."))
        self.memo_full_row.setText(self.tr("Mettre le numéro complet sur l'aide-mémoire"))
        widgets.set_text(self.save_memo, self.tr("Enregistrer l'aide-mémoire (PDF)"))
        if self.ctx.journey.mode == HELPER:
            widgets.set_text(self.finish, self.tr("Personne suivante (tout effacer)"))
        else:
            widgets.set_text(self.finish, self.tr("Terminer (tout effacer)"))
        self._fill()

    def _fill(self) -> None:
        journey = self.ctx.journey
        login = nir_login(journey.nir)
        shown = self.show_login.isChecked()
        self.login.setText((login if shown else mask_nir(login)) if login else "")
        # A screen reader read the masked number as a string of bullets: say it in words,
        # digit by digit ("se terminant par 3 5 9"), and the whole number digit by digit.
        digits = login.replace(" ", "")
        if not login:
            self.login.setAccessibleName("")
        elif shown:
            self.login.setAccessibleName(bidi.fill(self.tr("Identifiant : {digits}"),
                digits=" ".join(digits)))
        else:
            self.login.setAccessibleName(bidi.fill(self.tr(
                "Identifiant caché, se terminant par {digits}"),
                    digits=" ".join(digits[-3:])))
        self.email.setText(journey.email or journey.masked_email)
        self._place_values()

    def _place_values(self) -> None:
        """The identifier and the address under their headings: on the right in a
        right-to-left language. A label lays out a value by its own letters (left to right,
        so on the far left of an Arabic page); its side comes from its alignment, not from
        invisible direction marks, which a copy of the address would carry into a web form.
        A language change comes through retranslate, after the page's direction (tested)."""
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for value in (self.login, self.email):
            value.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute
                               | Qt.AlignmentFlag.AlignVCenter)

    def enter(self) -> None:
        self.retranslate()
        self.save_memo.setFocus()

    def clear(self) -> None:
        self.show_login.setChecked(False)
        self.memo_full.setChecked(False)
        self.login.clear()
        self.email.clear()
        self.memo_status.clear()

    # --- the memo ---------------------------------------------------------------------------

    def choose_and_save(self) -> None:
        """Ask where to save (the person chooses; nothing is written anywhere else)."""
        ask_and_save(self, self.ctx.journey, self.ctx.meta, self.memo_full.isChecked(),
                     self.ctx.training, self.ctx.runner, self._said_saved)

    def _said_saved(self, saved: bool) -> None:
        if saved:
            self.memo_status.setText(self.tr("✔ Aide-mémoire enregistré. Vous pouvez l'ouvrir pour l'imprimer."))
        else:
            self.memo_status.setText(self.tr("⚠ L'application n'a pas pu enregistrer l'aide-mémoire à cet endroit. Choisissez un autre dossier."))

    def _finish(self) -> None:
        from ..next_person import confirm

        # The shell listens to ctx.wiped, clears every page and shows Start again.
        if confirm(self, self.ctx.journey):
            self.ctx.wipe()
            from ..report_menu import after_next_person  # issue 20: the activity report

            after_next_person(self.ctx, self.window(), had_journey=True)
