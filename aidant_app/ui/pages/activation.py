"""Activation: explain the link, watch the account's status, and help when the mail is lost."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from ...actions import (
    ConfirmLink,
    PollActivation,
    ResendActivation,
)
from ...journey import NextAction, Step
from ...journey.times import seconds_until
from ...rules import bidi
from .. import desktop, widgets
from ..errors import describe, describe_failure
from ..providers import load as load_providers
from ..sections.activation_help import ActivationHelp
from ..sections.address_correction import AddressCorrection
from .base import JourneyPage

POLL_MS = 4000


class ActivationPage(JourneyPage):
    step = Step.ACTIVATION

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.steps = widgets.Para("activationSteps")
        self.open_mailbox = widgets.button("activationOpenMailbox", primary=True)
        self.open_mailbox.clicked.connect(self._open_mailbox)
        self.status = widgets.heading("activationStatus")
        self.notice = widgets.Para("activationNotice", live=True)  # said when it changes
        self.help = ActivationHelp()
        # The page was 8 screens long at 200 %: what to do when the message does not come
        # is behind one button, opened by itself when it is needed (expired link, message
        # not delivered) or when one of its controls is used.
        self.more = widgets.Details("activationMoreHelp", self.help)
        for button in (self.help.resend, self.help.change_email, self.help.confirm_new,
                       self.help.confirm_link):
            button.clicked.connect(self.more.open)
        self.code_title = widgets.heading("activationCodeTitle")
        self.code = widgets.Para("activationJourneyCode")
        self.copy_code = widgets.button("activationCopyCode")
        self.copy_code.clicked.connect(lambda: desktop.copy_for_a_while(ctx.journey.journey_code))
        self.save_memo = widgets.button("activationSaveMemo")
        self.save_memo.clicked.connect(self._save_memo)
        # The way on when the practice server lost the journey (it restarted, empty).
        self.restart = widgets.button("activationRestartTraining", primary=True)
        self.restart.clicked.connect(self.ctx.wipe)
        self.restart.hide()
        for widget in (self.steps,):
            self.body.addWidget(widget)
        self.body.addLayout(widgets.row(self.open_mailbox))
        self.body.addWidget(self.status)
        self.body.addLayout(widgets.row(self.restart))
        self.body.addWidget(self.notice)
        # The resume code and the memo before the help for a lost message: at 1024x600 they
        # were below the fold, under the folded help.
        self.body.addWidget(self.code_title)
        self.body.addWidget(self.code)
        self.body.addLayout(widgets.row(self.copy_code))
        self.body.addLayout(widgets.row(self.save_memo))
        self.body.addSpacing(16)
        self.body.addWidget(self.more)
        self.body.addStretch(1)
        self.setTabOrder(self.open_mailbox, self.copy_code)
        self.setTabOrder(self.copy_code, self.save_memo)
        self.setTabOrder(self.save_memo, self.more.toggle)
        self.setTabOrder(self.more.toggle, self.help.resend)
        self.countdown = widgets.Countdown(self.help.resend, self.help.resend_label, self)
        self.help.resend.clicked.connect(self._resend)
        self.correction = AddressCorrection(self, self.help)
        self.correction.corrected.connect(self._email_changed)
        self.correction.failed.connect(self._failed)
        self.help.confirm_link.clicked.connect(self._confirm_link)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Activer votre compte")

    def retranslate(self) -> None:
        super().retranslate()
        journey = self.ctx.journey
        # The whole address, as typed: a masked one (c•••••@…) hides the typo the person
        # is asked to look for ("L'adresse e-mail est fausse ?").
        address = journey.email or journey.masked_email
        self.steps.setText(bidi.fill(self.tr("Votre compte est créé. Il reste à l'activer, c'est-à-dire à le mettre en marche :\n1. Nous avons envoyé un message à {address}.\n2. Ouvrez votre boîte e-mail.\n3. Ouvrez le message « Confirmez votre adresse e-mail ».\n4. Cliquez sur le lien dans le message.\n5. Sur la page qui s'ouvre, appuyez sur « Confirmer mon adresse ».\n6. Revenez ici : cette page avance toute seule."), address=address))
        if self.ctx.training:
            widgets.set_text(self.open_mailbox, self.tr("Ouvrir la boîte d'entraînement"))
        else:
            widgets.set_text(self.open_mailbox, self.tr("Ouvrir ma boîte e-mail"))
        self._show_status(journey.account_status)
        self.help.retranslate(journey.email, self.ctx.backend_url, self.ctx.training)
        self.more.set_summary(self.tr("Je ne trouve pas le message, ou l'adresse est fausse"))
        self.code_title.setText(self.tr("Pour revenir plus tard"))
        self.code.setText(bidi.fill(self.tr("Votre code de reprise : {code}\nAvec ce code et votre date de naissance, vous pourrez reprendre ici. Il est aussi sur l'aide-mémoire : la feuille à imprimer et à garder."), code=journey.journey_code) if journey.journey_code else "")
        widgets.set_text(self.copy_code, self.tr("Copier le code de reprise"))
        self.copy_code.setVisible(bool(journey.journey_code))
        widgets.set_text(self.save_memo, self.tr("Enregistrer l'aide-mémoire (PDF)"))
        widgets.set_text(self.restart, self.tr("Recommencer l'entraînement"))
        self.countdown.refresh()

    def _show_status(self, status: str | None) -> None:
        if status != "active" and self.ctx.journey.delivery == "failed":
            self.more.open()  # what it says to do is in there
            self.status.setText(self.tr("⚠ Nous n'avons pas pu envoyer le message à cette adresse. Vérifiez l'adresse e-mail. Si elle est fausse, corrigez-la ci-dessous (« L'adresse e-mail est fausse ? »)."))
        elif status == "active":
            self.status.setText(self.tr("✔ Votre compte est activé."))
        elif status == "expired":
            self.more.open()
            self.status.setText(self.tr("⚠ Le lien n'est plus valable. Demandez un nouveau message ci-dessous."))
        else:
            self.status.setText(self.tr("En attente : nous regardons toutes les quelques secondes si vous avez cliqué sur le lien."))

    # --- JourneyPage ----------------------------------------------------------------------

    def enter(self) -> None:
        self.retranslate()
        self._sync_mailbox_button()
        self.countdown.start(seconds_until(self.ctx.journey.resend_available_at))
        self.timer.start()
        self.poll()
        self.open_mailbox.setFocus()

    def hideEvent(self, event) -> None:  # Qt override: no polling off screen
        self.timer.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        if self.ctx.journey.account_id and self.ctx.journey.account_status != "active":
            self.timer.start()

    def is_complete(self) -> bool:
        return self.ctx.journey.account_status == "active"

    def why_incomplete(self) -> str:
        return self.tr("La page avance seule après votre clic sur le lien.")

    def waits_by_itself(self) -> bool:
        return bool(self.ctx.journey.account_id) and self.timer.isActive()

    def clear(self) -> None:
        self.timer.stop()
        self.countdown.stop()
        self.restart.hide()
        self.more.close()
        self.help.clear()
        self.correction.clear()
        self.notice.clear()
        self.code.clear()
        self.steps.clear()

    def _sync_mailbox_button(self) -> None:
        self.open_mailbox.setVisible(self.ctx.training or bool(self._webmail_url()))

    def _webmail_url(self) -> str:
        provider = load_providers().for_address(self.ctx.journey.email)
        return provider.webmail_url if provider else ""

    def _save_memo(self) -> None:
        from ..memo import ask_and_save

        ask_and_save(self, self.ctx.journey, self.ctx.meta, False, self.ctx.training,
                     self.ctx.runner, self._said_saved)

    def _said_saved(self, saved: bool) -> None:
        self.notice.setText(self.tr("✔ Aide-mémoire enregistré.") if saved else self.tr("⚠ L'application n'a pas pu enregistrer l'aide-mémoire à cet endroit."))

    # --- status polling -------------------------------------------------------------------

    def poll(self) -> None:
        """Ask the status in the background; a second poll is refused while one runs."""
        account_id = self.ctx.journey.account_id
        if self.ctx.client is None or not account_id:
            return
        # Quiet: a poll every few seconds must not flash the busy message nor disable
        # Back/Next.
        self.start(PollActivation(account_id, self.ctx.journey.account_secret), self._polled, quiet=True)

    def _polled(self, outcome) -> None:
        if not outcome.ok:
            if outcome.transient or outcome.code == "backend_changed":
                return  # the next tick tries again
            # Anything else will not go away by itself (the helper's session ended, the
            # account is unknown): say it, and stop asking.
            self.timer.stop()
            if not self._journey_lost(outcome):
                self.show_error(lambda: describe_failure(outcome).text)
            return
        status = outcome.value.status
        self._show_status(status)
        self.completeChanged.emit()
        if status == "active":
            self._activated()

    def _activated(self) -> None:
        # The use case that said so has recorded it (actions/activation.py).
        self.timer.stop()
        self._show_status("active")
        self.completeChanged.emit()
        if self.isVisible():
            self.ready.emit()

    # --- "I can't find the message" -----------------------------------------------------------

    def _open_mailbox(self) -> None:
        journey = self.ctx.journey
        if self.ctx.training:
            from ..inbox_dialog import InboxDialog

            service = self.ctx.meta.mailbox_service if self.ctx.meta is not None else None
            domain = service.domain.lower() if service is not None else ""
            needs_password = bool(domain) and journey.email.lower().endswith("@" + domain)
            InboxDialog(self.ctx, journey.email, needs_password, self).exec()
            self.poll()
        elif self._webmail_url():
            desktop.open_url(self._webmail_url())

    def _resend(self) -> None:
        account_id = self.ctx.journey.account_id
        if not account_id:
            return
        self.start(ResendActivation(account_id, self.ctx.journey.account_secret), self._resent,
                   self.tr("Envoi d'un nouveau message…"))

    def _resent(self, outcome) -> None:
        if not outcome.ok:
            self._failed(outcome)
            return
        self._show_status("pending")
        self.notice.setText(self.tr("Un nouveau message est parti. Ouvrez le plus récent : l'ancien lien ne marche plus."))
        self.countdown.start(seconds_until(self.ctx.journey.resend_available_at))
        self.timer.start()

    def _email_changed(self, masked: str) -> None:
        """The address was corrected (sections/address_correction.py): a new link went there."""
        self.retranslate()
        self.notice.setText(bidi.fill(self.tr("Adresse corrigée. Un nouveau lien est parti à {address}."), address=masked))
        self.countdown.start(seconds_until(self.ctx.journey.resend_available_at))
        self.timer.start()

    def _confirm_link(self) -> None:
        link = self.help.link.text().strip()
        if not link:
            self.help.link.set_error(describe("link_unknown").text)
            return
        self.start(ConfirmLink(link), self._link_done, self.tr("Vérification du lien…"))

    def _link_done(self, outcome) -> None:
        if outcome.ok:
            self.help.link.clear()
            if outcome.value.status == "active":
                self._activated()
            return
        code = outcome.code
        if code in ("link_expired", "link_superseded", "link_unknown", "link_used"):
            self.help.link.set_error(describe_failure(outcome).text)
            # A new link helps (RESEND), or the pasted one must be fixed (FIX).
            (self.help.resend if outcome.next is not NextAction.FIX
             else self.help.link.edit).setFocus()
            if code == "link_used":
                self.poll()  # used by the person's own click: the status will say "active"
        else:
            self._failed(outcome)

    def _journey_lost(self, outcome) -> bool:
        """The practice server restarted (it keeps nothing): the account it made is gone.
        Not a dead end: say so, and offer to start the practice again."""
        if outcome.code != "not_found" or not self.ctx.training:
            return False
        self.timer.stop()
        self.countdown.stop()
        self.show_error(lambda: self.tr("Le serveur d'entraînement a redémarré. Il a oublié cette démarche d'entraînement. Recommencez l'entraînement depuis le début."))
        self.restart.show()
        self.restart.setFocus()
        return True

    def _failed(self, outcome) -> None:
        if outcome.code == "already_active":
            self._activated()
            return
        if self._journey_lost(outcome):
            return
        if outcome.code == "rate_limited" and outcome.retry_after:
            self.countdown.start(float(outcome.retry_after))
        self.show_error(lambda: describe_failure(outcome).text)

