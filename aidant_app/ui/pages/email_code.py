"""E-mail: the person reads the code in their mailbox and types it, proving they can open it."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator

from ...actions import ConfirmCode, SendCode, failed
from ...journey import NextAction, Step
from ...journey.times import seconds_until
from ...rules import bidi
from .. import desktop, widgets
from ..errors import describe_failure
from ..providers import load as load_providers
from .base import JourneyPage


class EmailCodePage(JourneyPage):
    step = Step.EMAIL_CODE

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.sent_to = widgets.heading("codeSentTo")
        self.steps = widgets.Para("codeSteps")
        self.open_inbox = widgets.button("codeOpenInbox", primary=True)
        self.open_inbox.clicked.connect(self._open_inbox)
        self.field = widgets.Field("codeInput", sensitive=True)
        # Digits and spaces only: people often copy "123 456" as shown in some mail apps.
        self.field.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ]*")))
        self.field.edit.textChanged.connect(lambda _t: self._typed())
        self.notice = widgets.Para("codeNotice", live=True)  # said when it changes
        self.spam = widgets.Para("codeSpam")
        self.resend = widgets.button("codeResend")
        self.resend.clicked.connect(self._resend)
        self.countdown = widgets.Countdown(self.resend, self._resend_label, self)
        self.cannot_open = widgets.button("codeCannotOpen")
        self.cannot_open.clicked.connect(self._cannot_open)
        for widget in (self.sent_to, self.steps):
            self.body.addWidget(widget)
        self.body.addLayout(widgets.row(self.open_inbox))
        self.body.addWidget(self.field)
        # How long the code works, after its box: the box was below the fold on 1024x600.
        self.valid_for = widgets.Para("codeValidFor")
        self.body.addWidget(self.valid_for)
        self.body.addWidget(self.notice)
        self.body.addSpacing(16)
        self.body.addWidget(self.spam)
        self.body.addLayout(widgets.row(self.resend))
        self.body.addLayout(widgets.row(self.cannot_open))
        self.body.addStretch(1)
        self.setTabOrder(self.open_inbox, self.field.edit)
        self.setTabOrder(self.field.edit, self.resend)
        self.setTabOrder(self.resend, self.cannot_open)
        self.retranslate()

    # --- texts --------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Le code reçu par e-mail")

    def _length(self) -> int:
        meta = self.ctx.meta
        return meta.email_code.length if meta is not None else 6

    def _resend_label(self, seconds: int) -> str:
        if seconds:
            return bidi.fill(self.tr("Recevoir un nouveau code (possible dans {n} s)"), n=seconds)
        return self.tr("Recevoir un nouveau code")

    def retranslate(self) -> None:
        super().retranslate()
        journey = self.ctx.journey
        self.sent_to.setText(
            bidi.fill(self.tr("Nous avons envoyé un code à : {address}"), address=journey.email)
            if journey.email else "")
        minutes = self.ctx.meta.email_code.minutes if self.ctx.meta is not None else None
        # Two lines, not three (with how long it works after the box): the code box was
        # below the fold on 1024x600.
        steps = bidi.fill(self.tr("1. Ouvrez votre boîte e-mail, puis le message d'Aidant.\n2. Écrivez ici les {n} chiffres du code."), n=self._length())
        self.steps.setText(steps)
        if minutes == 1:
            self.valid_for.setText(self.tr("Le code marche pendant 1 minute."))
        else:
            self.valid_for.setText(bidi.fill(self.tr("Le code marche pendant {m} minutes."),
                                             m=minutes) if minutes else "")
        self.valid_for.setVisible(bool(minutes))
        if self.ctx.training:
            widgets.set_text(self.open_inbox, self.tr("Ouvrir la boîte d'entraînement"))
        else:
            widgets.set_text(self.open_inbox, self.tr("Ouvrir ma boîte e-mail"))
        self.field.set_label(bidi.fill(self.tr("Code à {n} chiffres"), n=self._length()))
        provider = load_providers().for_address(journey.email)
        folder = provider.spam_folder() if provider else self.tr("« Spam » ou « Courrier indésirable »")
        self.spam.setText(bidi.fill(self.tr("Pas de message ? Attendez 2 ou 3 minutes. Regardez aussi dans le dossier des messages indésirables : {folder}"), folder=folder))
        widgets.set_text(self.cannot_open, self.tr("Je ne peux pas ouvrir cette boîte"))
        self.countdown.refresh()

    # --- JourneyPage ----------------------------------------------------------------------

    def enter(self) -> None:
        self.retranslate()
        self._sync_inbox_button()
        self.countdown.start(seconds_until(self.ctx.journey.resend_code_at))
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

    def why_incomplete(self) -> str:
        return bidi.fill(self.tr("Écrivez d'abord les {n} chiffres du code."), n=self._length())

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
        action = ConfirmCode.for_journey_code(self.ctx.journey, self._digits())
        self.start(action, self._confirmed, self.tr("Vérification du code…"))

    def _confirmed(self, outcome) -> None:
        if not outcome.ok:
            self._failed(outcome)
            return
        self.field.clear()
        self.ready.emit()

    def _failed(self, outcome) -> None:
        code = outcome.code
        message = describe_failure(outcome)
        if code == "code_mismatch":
            self.field.set_error(message.text)
            self.field.edit.selectAll()
            self.focus_seen(self.field.edit)
        elif outcome.next in (NextAction.RESEND, NextAction.WAIT) or code == "not_found":
            # The code can no longer work: only a new one helps.
            if code == "not_found":
                text = describe_failure(failed("code_expired")).text
            elif code == "too_many_attempts" and not outcome.retry_after:
                text = self._locked_words()
            else:
                text = message.text
            self.field.edit.clear()
            self.field.set_error(text)
            # A grey button cannot take the focus: while the new code must wait, the box
            # does, and it says the message (how long) to a screen reader.
            self.focus_seen(self.resend if self.resend.isEnabled() else self.field.edit)
        else:
            self.set_retry(outcome)
            self.show_error(lambda: describe_failure(outcome).text)

    def _locked_words(self) -> str:
        """After the last wrong code: this code is locked for good, a new one helps; and
        how long until the new code can be asked (the resend cooldown), never a bare
        "attendez"."""
        seconds = seconds_until(self.ctx.journey.resend_code_at)
        if seconds <= 0:
            return self.tr("Trop d'essais avec ce code. Par sécurité, il ne marche plus. Demandez un nouveau code avec le bouton ci-dessous.")
        if seconds < 120:
            return bidi.fill(self.tr("Trop d'essais avec ce code. Par sécurité, il ne marche plus. Vous pourrez demander un nouveau code dans {n} secondes."), n=seconds)
        return bidi.fill(self.tr("Trop d'essais avec ce code. Par sécurité, il ne marche plus. Vous pourrez demander un nouveau code dans {n} minutes."), n=-(-seconds // 60))

    # --- buttons --------------------------------------------------------------------------

    def _open_inbox(self) -> None:
        if self.ctx.training:
            from ..inbox_dialog import InboxDialog

            service = self.ctx.meta.mailbox_service if self.ctx.meta is not None else None
            domain = service.domain if service is not None else ""
            email = self.ctx.journey.email
            needs_password = bool(domain) and email.lower().endswith("@" + domain.lower())
            InboxDialog(self.ctx, email, needs_password, self).exec()
        elif self._webmail_url():
            desktop.open_url(self._webmail_url())

    def _resend(self) -> None:
        journey = self.ctx.journey
        if not journey.email:
            return
        self.start(SendCode(journey.email), self._resent, self.tr("Envoi d'un nouveau code…"))

    def _resent(self, outcome) -> None:
        if not outcome.ok:
            if outcome.code == "rate_limited" and outcome.retry_after:
                self.countdown.start(float(outcome.retry_after))
            self.show_error(lambda: describe_failure(outcome).text)
            return
        # SendCode recorded the new code's id as a backend fact: Back keeps it.
        self.field.clear()
        self.notice.setText(self.tr("Un nouveau code est parti. Prenez le message le plus récent : l'ancien code ne marche plus."))
        self.countdown.start(seconds_until(self.ctx.journey.resend_code_at))
        self.field.edit.setFocus()

    def _cannot_open(self) -> None:
        journey = self.ctx.journey
        journey.answers.has_mailbox = False
        journey.answers.mailbox_route = None
        self.ready.emit()
