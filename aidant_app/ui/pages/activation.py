"""Activation: explain the link, watch the account's status, and help when the mail is lost."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from ...journey import Step
from ...rules import check_email_syntax, normalise_email
from ..errors import describe, describe_error
from ..providers import load as load_providers
from . import parts
from .activation_help import ActivationHelp
from .base import JourneyPage

POLL_MS = 4000


class ActivationPage(JourneyPage):
    step = Step.ACTIVATION

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.steps = parts.Para("activationSteps")
        self.open_mailbox = parts.button("activationOpenMailbox", primary=True)
        self.open_mailbox.clicked.connect(self._open_mailbox)
        self.status = parts.heading("activationStatus")
        self.notice = parts.Para("activationNotice")
        self.help = ActivationHelp()
        self.code_title = parts.heading("activationCodeTitle")
        self.code = parts.Para("activationJourneyCode")
        self.copy_code = parts.button("activationCopyCode")
        self.copy_code.clicked.connect(lambda: parts.copy_for_a_while(ctx.journey.journey_code))
        self.save_memo = parts.button("activationSaveMemo")
        self.save_memo.clicked.connect(self._save_memo)
        for widget in (self.steps,):
            self.body.addWidget(widget)
        self.body.addLayout(parts.row(self.open_mailbox))
        self.body.addWidget(self.status)
        self.body.addWidget(self.notice)
        self.body.addSpacing(16)
        self.body.addWidget(self.help)
        self.body.addSpacing(16)
        self.body.addWidget(self.code_title)
        self.body.addWidget(self.code)
        self.body.addLayout(parts.row(self.copy_code))
        self.body.addLayout(parts.row(self.save_memo))
        self.body.addStretch(1)
        self.setTabOrder(self.open_mailbox, self.help.resend)
        self.setTabOrder(self.help.confirm_link, self.copy_code)
        self.setTabOrder(self.copy_code, self.save_memo)
        self.countdown = parts.Countdown(self.help.resend, self.help.resend_label, self)
        self.help.resend.clicked.connect(self._resend)
        self.help.change_email.clicked.connect(self._change_email)
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
        address = journey.masked_email or journey.email
        self.steps.setText(self.tr("Votre compte est créé. Il reste à l'activer :\n1. Un message a été envoyé à {address}.\n2. Ouvrez votre boîte e-mail.\n3. Ouvrez le message « Confirmez votre adresse e-mail ».\n4. Cliquez sur le lien dans le message.\n5. Sur la page qui s'ouvre, appuyez sur « Confirmer mon adresse ».\n6. Revenez ici : cette page avance toute seule.").format(address=address))
        if self.ctx.training:
            parts.set_text(self.open_mailbox, self.tr("Ouvrir la boîte d'entraînement"))
        else:
            parts.set_text(self.open_mailbox, self.tr("Ouvrir ma boîte e-mail"))
        self._show_status(journey.account_status)
        self.help.retranslate(journey.email, self.ctx.backend_url, self.ctx.training)
        self.code_title.setText(self.tr("Pour revenir plus tard"))
        self.code.setText(self.tr("Votre code de démarche : {code}\nAvec ce code et votre date de naissance, vous pourrez reprendre ici. Il est aussi sur l'aide-mémoire.").format(code=journey.journey_code) if journey.journey_code else "")
        parts.set_text(self.copy_code, self.tr("Copier le code de démarche"))
        self.copy_code.setVisible(bool(journey.journey_code))
        parts.set_text(self.save_memo, self.tr("Enregistrer l'aide-mémoire (PDF)"))
        self.countdown.refresh()

    def _show_status(self, status: str | None) -> None:
        if status == "active":
            self.status.setText(self.tr("✔ Votre compte est activé."))
        elif status == "expired":
            self.status.setText(self.tr("⚠ Le lien n'est plus valable. Demandez un nouveau message ci-dessous."))
        else:
            self.status.setText(self.tr("En attente : nous regardons toutes les quelques secondes si vous avez cliqué sur le lien."))

    # --- JourneyPage ----------------------------------------------------------------------

    def enter(self) -> None:
        self.retranslate()
        self._sync_mailbox_button()
        self.countdown.start(self.ctx.journey.resend_available_at or 0)
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

    def clear(self) -> None:
        self.timer.stop()
        self.countdown.stop()
        self.help.clear()
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

        ask_and_save(self, self.ctx.journey, parts.meta_of(self.ctx), False, self.ctx.training,
                     self.ctx.runner, self._said_saved)

    def _said_saved(self, saved: bool) -> None:
        self.notice.setText(self.tr("✔ Aide-mémoire enregistré.") if saved else self.tr("⚠ L'aide-mémoire n'a pas pu être enregistré à cet endroit."))

    # --- status polling -------------------------------------------------------------------

    def poll(self) -> None:
        """Ask the status in the background; the runner refuses a second poll while one runs."""
        client, account_id = self.ctx.client, self.ctx.journey.account_id
        if client is None or not account_id:
            return
        # Not page.run(): a poll every few seconds must not flash the busy message nor
        # disable Back/Next; errors are silent too (the next tick tries again).
        self.ctx.runner.run(self, lambda: client.activation_status(account_id), self._polled,
                            lambda _e: None, key="poll")

    def _polled(self, status) -> None:
        journey = self.ctx.journey
        journey.account_status = status.status
        journey.masked_email = status.email or journey.masked_email
        if status.resend_available_at:
            journey.resend_available_at = parts.iso(status.resend_available_at)
        self._show_status(status.status)
        self.completeChanged.emit()
        if status.status == "active":
            self._activated()

    def _activated(self) -> None:
        self.ctx.journey.account_status = "active"
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

            service = parts.meta_of(self.ctx).get("mailbox_service") or {}
            domain = str(service.get("domain") or "").lower()
            needs_password = bool(domain) and journey.email.lower().endswith("@" + domain)
            InboxDialog(self.ctx, journey.email, needs_password, self).exec()
            self.poll()
        elif self._webmail_url():
            parts.open_url(self._webmail_url())

    def _resend(self) -> None:
        client, account_id = self.ctx.client, self.ctx.journey.account_id
        if client is None or not account_id:
            return
        self.run(lambda: client.resend_activation(account_id), self._resent, self._failed,
                 self.tr("Envoi d'un nouveau message…"), key="resend")

    def _resent(self, result) -> None:
        journey = self.ctx.journey
        journey.resend_available_at = parts.iso(result.resend_available_at)
        journey.activation_expires_at = parts.iso(result.activation_expires_at)
        journey.account_status = "pending"
        self._show_status("pending")
        self.notice.setText(self.tr("Un nouveau message est parti. Ouvrez le plus récent : l'ancien lien ne marche plus."))
        self.countdown.start(journey.resend_available_at or 0)
        self.timer.start()

    def _change_email(self) -> None:
        field = self.help.new_email
        address = normalise_email(field.text())
        if code := check_email_syntax(address):
            field.set_error(describe(code).text)
            field.edit.setFocus()
            return
        client, account_id = self.ctx.client, self.ctx.journey.account_id
        if client is None or not account_id:
            return
        self.run(lambda: client.change_email(account_id, address),
                 lambda status: self._email_changed(address, status), self._email_failed,
                 self.tr("Changement de l'adresse…"), key="email")

    def _email_changed(self, address: str, status) -> None:
        journey = self.ctx.journey
        journey.email, journey.masked_email = address, status.email
        journey.resend_available_at = parts.iso(status.resend_available_at)
        self.help.new_email.clear()
        self.retranslate()
        self.notice.setText(self.tr("Adresse corrigée. Un nouveau lien est parti à {address}.").format(address=status.email))
        self.countdown.start(journey.resend_available_at or 0)

    def _email_failed(self, error: Exception) -> None:
        if getattr(error, "code", "") in ("email_invalid", "email_unavailable", "rate_limited"):
            self.help.new_email.set_error(describe_error(error).text)
            self.help.new_email.edit.setFocus()
        else:
            self._failed(error)

    def _confirm_link(self) -> None:
        link = self.help.link.text().strip()
        client = self.ctx.client
        if not link or client is None:
            self.help.link.set_error(describe("link_unknown").text)
            return
        self.run(lambda: client.confirm_activation(link), self._link_ok, self._link_failed,
                 self.tr("Vérification du lien…"), key="link")

    def _link_ok(self, result) -> None:
        self.help.link.clear()
        if result.status == "active":
            self._activated()

    def _link_failed(self, error: Exception) -> None:
        code = getattr(error, "code", "")
        if code in ("link_expired", "link_superseded", "link_unknown", "link_used"):
            self.help.link.set_error(describe_error(error).text)
            (self.help.resend if code != "link_unknown" else self.help.link.edit).setFocus()
            if code == "link_used":
                self.poll()  # used by the person's own click: the status will say "active"
        else:
            self._failed(error)

    def _failed(self, error: Exception) -> None:
        code = getattr(error, "code", "")
        if code == "already_active":
            self._activated()
            return
        retry_after = getattr(error, "retry_after", None)
        if code == "rate_limited" and retry_after:
            self.countdown.start(float(retry_after))
        self.show_error(describe_error(error).text)
