"""E-mail: the person reads the code in their mailbox and types it, proving they can open it."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator

from ...journey import Step
from ..errors import describe, describe_error
from ..providers import load as load_providers
from . import parts
from .base import JourneyPage


class EmailCodePage(JourneyPage):
    step = Step.EMAIL_CODE

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.sent_to = parts.heading("codeSentTo")
        self.steps = parts.Para("codeSteps")
        self.open_inbox = parts.button("codeOpenInbox", primary=True)
        self.open_inbox.clicked.connect(self._open_inbox)
        self.field = parts.Field("codeInput", sensitive=True)
        # Digits and spaces only: people often copy "123 456" as shown in some mail apps.
        self.field.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ]*")))
        self.field.edit.textChanged.connect(lambda _t: self._typed())
        self.notice = parts.Para("codeNotice")
        self.spam = parts.Para("codeSpam")
        self.resend = parts.button("codeResend")
        self.resend.clicked.connect(self._resend)
        self.countdown = parts.Countdown(self.resend, self._resend_label, self)
        self.cannot_open = parts.button("codeCannotOpen")
        self.cannot_open.clicked.connect(self._cannot_open)
        for widget in (self.sent_to, self.steps):
            self.body.addWidget(widget)
        self.body.addLayout(parts.row(self.open_inbox))
        self.body.addWidget(self.field)
        self.body.addWidget(self.notice)
        self.body.addSpacing(16)
        self.body.addWidget(self.spam)
        self.body.addLayout(parts.row(self.resend))
        self.body.addLayout(parts.row(self.cannot_open))
        self.body.addStretch(1)
        self.setTabOrder(self.open_inbox, self.field.edit)
        self.setTabOrder(self.field.edit, self.resend)
        self.setTabOrder(self.resend, self.cannot_open)
        self.retranslate()

    # --- texts --------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Le code reçu par e-mail")

    def _length(self) -> int:
        return int((parts.meta_of(self.ctx).get("email_code") or {}).get("length") or 6)

    def _resend_label(self, seconds: int) -> str:
        if seconds:
            return self.tr("Recevoir un nouveau code (possible dans {n} s)").format(n=seconds)
        return self.tr("Recevoir un nouveau code")

    def retranslate(self) -> None:
        super().retranslate()
        journey = self.ctx.journey
        self.sent_to.setText(
            self.tr("Nous avons envoyé un code à : {address}").format(address=journey.email)
            if journey.email else "")
        minutes = (parts.meta_of(self.ctx).get("email_code") or {}).get("minutes")
        steps = self.tr("1. Ouvrez votre boîte e-mail.\n2. Ouvrez le message qui vient d'Aidant.\n3. Écrivez ici les {n} chiffres du code.").format(n=self._length())
        if minutes:
            steps += "\n" + self.tr("Le code marche pendant {m} minutes.").format(m=minutes)
        self.steps.setText(steps)
        if self.ctx.training:
            parts.set_text(self.open_inbox, self.tr("Ouvrir la boîte d'entraînement"))
        else:
            parts.set_text(self.open_inbox, self.tr("Ouvrir ma boîte e-mail"))
        self.field.set_label(self.tr("Code à {n} chiffres").format(n=self._length()))
        provider = load_providers().for_address(journey.email)
        folder = provider.spam_folder() if provider else self.tr("« Spam » ou « Courrier indésirable »")
        self.spam.setText(self.tr("Pas de message ? Attendez 1 minute. Regardez aussi dans le dossier des messages indésirables : {folder}").format(folder=folder))
        parts.set_text(self.cannot_open, self.tr("Je ne peux pas ouvrir cette boîte"))
        self.countdown.refresh()

    # --- JourneyPage ----------------------------------------------------------------------

    def enter(self) -> None:
        self.retranslate()
        self._sync_inbox_button()
        self.countdown.start(self.ctx.journey.resend_code_at or 0)
        self.field.edit.setFocus()

    def _sync_inbox_button(self) -> None:
        self.open_inbox.setVisible(self.ctx.training or self._webmail_url() is not None)

    def _webmail_url(self) -> str | None:
        provider = load_providers().for_address(self.ctx.journey.email)
        return provider.webmail_url if provider and provider.webmail_url else None

    def _digits(self) -> str:
        return "".join(self.field.text().split())

    def is_complete(self) -> bool:
        return len(self._digits()) == self._length()

    def clear(self) -> None:
        self.set_retry(None)
        self.field.clear()
        self.notice.clear()
        self.sent_to.clear()
        self.countdown.stop()

    def _typed(self) -> None:
        self.field.set_error("")
        self.completeChanged.emit()

    def submit(self) -> None:
        self.set_retry(None)
        journey, client = self.ctx.journey, self.ctx.client
        if client is None or not journey.verification_id:
            self.show_error(describe("backend_unreachable").text)
            return
        verification_id, code = journey.verification_id, self._digits()
        self.run(lambda: client.confirm_email_code(verification_id, code), self._confirmed,
                 self._failed, self.tr("Vérification du code…"), key="confirm")

    def _confirmed(self, confirmation) -> None:
        journey = self.ctx.journey
        journey.email_proof = confirmation.proof
        journey.email_verified = True
        self.field.clear()
        self.ready.emit()

    def _failed(self, error: Exception) -> None:
        code = getattr(error, "code", "")
        message = describe_error(error)
        if code == "code_mismatch":
            self.field.set_error(message.text)
            self.field.edit.selectAll()
            self.field.edit.setFocus()
        elif code in ("too_many_attempts", "code_expired", "not_found"):
            # The code can no longer work: only a new one helps.
            text = message.text if code != "not_found" else describe("code_expired").text
            self.field.edit.clear()
            self.field.set_error(text)
            self.resend.setFocus()
        else:
            self.set_retry(error)
            self.show_error(message.text)

    # --- buttons --------------------------------------------------------------------------

    def _open_inbox(self) -> None:
        if self.ctx.training:
            from ..inbox_dialog import InboxDialog

            service = parts.meta_of(self.ctx).get("mailbox_service") or {}
            domain = str(service.get("domain") or "")
            email = self.ctx.journey.email
            needs_password = bool(domain) and email.lower().endswith("@" + domain.lower())
            InboxDialog(self.ctx, email, needs_password, self).exec()
        elif self._webmail_url():
            parts.open_url(self._webmail_url())

    def _resend(self) -> None:
        journey, client = self.ctx.journey, self.ctx.client
        if client is None or not journey.email:
            return
        address = journey.email
        self.run(lambda: client.start_email_verification(address), self._resent, self._resend_failed,
                 self.tr("Envoi d'un nouveau code…"), key="resend")

    def _resent(self, verification) -> None:
        journey = self.ctx.journey
        journey.verification_id = verification.id
        journey.resend_code_at = parts.iso(verification.resend_available_at)
        self.ctx.code_resent.emit(journey.email, verification.id, journey.resend_code_at or "")
        self.field.clear()
        self.notice.setText(self.tr("Un nouveau code est parti. Prenez le message le plus récent : l'ancien code ne marche plus."))
        self.countdown.start(journey.resend_code_at or 0)
        self.field.edit.setFocus()

    def _resend_failed(self, error: Exception) -> None:
        retry_after = getattr(error, "retry_after", None)
        if getattr(error, "code", "") == "rate_limited" and retry_after:
            self.countdown.start(float(retry_after))
        self.show_error(describe_error(error).text)

    def _cannot_open(self) -> None:
        journey = self.ctx.journey
        journey.has_mailbox = False
        journey.mailbox_route = None
        self.ready.emit()
