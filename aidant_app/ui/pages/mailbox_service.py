"""E-mail: create a mailbox at the backend's own mail service, then send it a code."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout

from ...journey import ROUTE_SERVICE, Step
from ..errors import describe, describe_error
from . import parts
from .base import JourneyPage
from .password_box import PasswordBox, advice_text


class MailboxServicePage(JourneyPage):
    step = Step.MAILBOX_SERVICE

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.intro = parts.Para("serviceIntro")
        self.first_name = parts.Field("serviceFirstName")
        self.last_name = parts.Field("serviceLastName")
        self.wanted = parts.Field("serviceAddress", sensitive=True)
        self.domain_label = parts.Para("serviceDomain")
        self.wanted.line.insertWidget(1, self.domain_label)  # right after the field
        self.alternatives_text = parts.Para("serviceAlternativesText")
        self.alternative_buttons: list[QPushButton] = []
        self.alternatives_row = QVBoxLayout()  # one per line: long addresses at 200 % text
        self.advice = parts.Para("serviceAdvice")
        self.password = PasswordBox("servicePassword")
        self.wrote = QCheckBox()
        self.wrote.setObjectName("serviceWrote")
        self._made: dict | None = None  # the mailbox made in this journey, and its code
        for widget in (self.first_name.edit, self.last_name.edit, self.wanted.edit):
            widget.textChanged.connect(self._changed)
        self.password.changed.connect(self._changed)
        self.wrote.toggled.connect(self._changed)
        for widget in (self.intro, self.first_name, self.last_name, self.wanted,
                       self.alternatives_text):
            self.body.addWidget(widget)
        self.body.addLayout(self.alternatives_row)
        for widget in (self.advice, self.password, self.wrote):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.setTabOrder(self.first_name.edit, self.last_name.edit)
        self.setTabOrder(self.last_name.edit, self.wanted.edit)
        self.setTabOrder(self.wanted.edit, self.password.edit)
        self.setTabOrder(self.password.edit, self.password.show_box)
        self.setTabOrder(self.password.show_box, self.wrote)
        ctx.meta_changed.connect(self._apply_meta)
        ctx.code_resent.connect(self._code_resent)
        self._apply_meta()
        self._show_alternatives([])
        self.retranslate()

    def title(self) -> str:
        return self.tr("Créer votre boîte e-mail")

    def _service(self) -> dict:
        return parts.meta_of(self.ctx).get("mailbox_service") or {}

    def _apply_meta(self) -> None:
        self.password.set_policy(parts.policy_of(self._service().get("password_policy")))
        self.domain_label.setText("@" + str(self._service().get("domain") or ""))

    def retranslate(self) -> None:
        super().retranslate()
        name = self._service().get("name") or ""
        self.intro.setText(self.tr("{name} : votre boîte se crée ici. Écrivez votre prénom et votre nom, puis choisissez un mot de passe.").format(name=name))
        self.first_name.set_label(self.tr("Prénom"))
        self.last_name.set_label(self.tr("Nom"))
        self.wanted.set_label(self.tr("Adresse souhaitée (facultatif)"),
                              self.tr("Laissez vide : nous proposerons prénom.nom"))
        self.alternatives_text.setText(self.tr("Cette adresse est déjà prise. Vous pouvez choisir une de celles-ci :"))
        self.alternatives_text.setVisible(bool(self.alternative_buttons))
        self.advice.setText(advice_text())
        self.password.retranslate(self.tr("Mot de passe de la boîte e-mail"))
        parts.set_text(self.wrote, self.tr("J'ai écrit mon mot de passe sur mon aide-mémoire"))

    def default_next_label(self) -> str:
        return self.tr("Créer ma boîte")

    def enter(self) -> None:
        journey = self.ctx.journey
        self.retrying = False  # the shell shows no earlier error on a page entered again
        self._apply_meta()
        self.retranslate()
        if journey.first_name and not self.first_name.text():
            self.first_name.edit.setText(journey.first_name)
        if journey.last_name and not self.last_name.text():
            self.last_name.edit.setText(journey.last_name)
        self.first_name.edit.setFocus()

    def is_complete(self) -> bool:
        return bool(self.first_name.text().strip() and self.last_name.text().strip()
                    and self.password.is_valid() and self.wrote.isChecked())

    def _changed(self, *_args) -> None:
        self.completeChanged.emit()

    def clear(self) -> None:
        for field in (self.first_name, self.last_name, self.wanted):
            field.clear()
        self.password.clear()
        self.wrote.setChecked(False)
        self._show_alternatives([])
        self._made = None
        self.set_retry(None)

    def _show_alternatives(self, addresses: list[str]) -> None:
        for widget in self.alternative_buttons:
            widget.hide()
            widget.deleteLater()
        while self.alternatives_row.count():  # the per-button rows, now empty
            self.alternatives_row.takeAt(0)
        self.alternative_buttons = []
        previous = self.wanted.edit
        for index, address in enumerate(addresses):
            widget = parts.button(f"serviceAlternative{index}")
            parts.set_text(widget, address)
            widget.clicked.connect(lambda _=False, a=address: self._use_alternative(a))
            self.alternatives_row.addLayout(parts.row(widget))
            self.alternative_buttons.append(widget)
            self.setTabOrder(previous, widget)
            previous = widget
        self.alternatives_text.setVisible(bool(addresses))

    def _use_alternative(self, address: str) -> None:
        self.wanted.edit.setText(address.partition("@")[0])
        self.submit()

    # --- Next: create the mailbox, then send it a code ---------------------------------------

    def submit(self) -> None:
        self.set_retry(None)
        client = self.ctx.client
        if client is None:
            self.show_error(describe("backend_unreachable").text)
            return
        password = self.password.text()
        first, last = self.first_name.text().strip(), self.last_name.text().strip()
        wanted = self.wanted.text().strip() or None
        inputs = (first, last, wanted, password)
        if self._made is not None and self._made["inputs"] == inputs:
            self._reuse_made()  # Back from a later page: this mailbox exists already
            return
        self.run(lambda: client.create_mailbox(first, last, password, wanted),
                 lambda box: self._created(box, inputs), self._failed,
                 self.tr("Création de votre boîte e-mail…"), key="create")

    def _created(self, mailbox, inputs: tuple) -> None:
        journey = self.ctx.journey
        self._made = {"inputs": inputs, "address": mailbox.address, "verification_id": None,
                      "resend_code_at": None}
        journey.email = mailbox.address
        journey.mailbox_password = inputs[3]  # the in-app inbox asks for it; never pre-filled
        journey.mailbox_route = ROUTE_SERVICE
        journey.has_mailbox = True
        journey.verification_id = None
        journey.email_verified, journey.email_proof = False, None
        self._show_alternatives([])
        self._send_code()

    def _reuse_made(self) -> None:
        """Creating the same mailbox again would only answer "address taken": use it."""
        made, journey = self._made, self.ctx.journey
        if journey.email != made["address"]:
            journey.email_verified, journey.email_proof = False, None
        journey.email, journey.mailbox_password = made["address"], made["inputs"][3]
        journey.mailbox_route, journey.has_mailbox = ROUTE_SERVICE, True
        self._show_alternatives([])
        if made["verification_id"]:
            # Its code went already (the code page offers a new one when needed).
            journey.verification_id = made["verification_id"]
            journey.resend_code_at = made["resend_code_at"]
            self.ready.emit()
        else:
            self._send_code()

    def _send_code(self) -> None:
        client, address = self.ctx.client, self.ctx.journey.email
        self.run(lambda: client.start_email_verification(address), self._code_sent,
                 self._failed, self.tr("Envoi d'un code à votre nouvelle adresse…"), key="send")

    def _code_sent(self, verification) -> None:
        journey = self.ctx.journey
        journey.verification_id = verification.id
        journey.resend_code_at = parts.iso(verification.resend_available_at)
        if self._made is not None and self._made["address"] == journey.email:
            self._made["verification_id"] = journey.verification_id
            self._made["resend_code_at"] = journey.resend_code_at
        self.ready.emit()

    def _code_resent(self, address: str, verification_id: str, resend_at: str) -> None:
        """A newer code went to the mailbox made here: going forward again must use it."""
        if self._made is not None and self._made["address"] == address:
            self._made["verification_id"] = verification_id
            self._made["resend_code_at"] = resend_at or None

    def _failed(self, error: Exception) -> None:
        code = getattr(error, "code", "")
        message = describe_error(error)
        fields = dict(getattr(error, "field_errors", []) or [])
        if code == "address_taken":
            self.wanted.set_error(message.text)
            self._show_alternatives(list(getattr(error, "alternatives", []) or []))
            if self.alternative_buttons:
                self.alternative_buttons[0].setFocus()
        elif code == "password_policy" or fields.get("password"):
            self.password.set_error(describe("password_policy").text)
            self.password.edit.setFocus()
        elif code == "address_invalid" or fields.get("address"):
            self.wanted.set_error(describe("address_invalid").text)
            self.wanted.edit.setFocus()
        else:
            self.set_retry(error)
            self.show_error(message.text)
