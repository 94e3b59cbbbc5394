"""Activation: correcting the address in two steps (API 1.1): a code goes to the NEW address,
the person types it, and the correction goes with the proof that the address works."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ...actions import ChangeEmail, SendCode
from ...rules import check_email_syntax, normalise_email
from ..errors import describe, describe_failure


class AddressCorrection(QObject):
    """Drives the "L'adresse e-mail est fausse ?" part of the activation help (its widgets:
    new_email, change_email, new_code, confirm_new) through the page's use cases."""

    corrected = Signal(str)  # the new address, as the backend masks it
    failed = Signal(object)  # a Failed outcome that is not about these fields

    def __init__(self, page, help_widget) -> None:
        super().__init__(page)
        self.page, self.help = page, help_widget
        self.address, self.verification_id = "", ""  # a correction under way
        help_widget.change_email.clicked.connect(self.send_code)
        help_widget.confirm_new.clicked.connect(self.confirm)

    def clear(self) -> None:
        self.address, self.verification_id = "", ""

    def send_code(self) -> None:
        """First half: a code to the new address proves the person can open it."""
        field = self.help.new_email
        address = normalise_email(field.text())
        if code := check_email_syntax(address):
            field.set_error(describe(code).text)
            field.edit.setFocus()
            return
        field.set_error("")
        self.page.start(SendCode(address, for_journey=False),
                        lambda outcome: self._code_sent(address, outcome),
                        QCoreApplication.translate(
                            "ActivationPage", "Envoi d'un code à la nouvelle adresse…"))

    def _code_sent(self, address: str, outcome) -> None:
        if not outcome.ok:
            self._failed(outcome)
            return
        self.address, self.verification_id = address, outcome.value.id
        self.help.show_new_code(True, address)
        self.help.new_code.edit.setFocus()

    def confirm(self) -> None:
        """Second half: the code typed, the address is corrected with its proof."""
        account_id, address = self.page.ctx.journey.account_id, self.address
        code = "".join(self.help.new_code.text().split())
        if not account_id or not address or not code:
            self.help.new_code.set_error(describe("code_mismatch").text if address else "")
            return
        if normalise_email(self.help.new_email.text()) != address:
            self.send_code()  # the address was changed since its code went: a new one
            return
        self.page.start(ChangeEmail(account_id, address, self.verification_id, code,
                                    self.page.ctx.journey.account_secret),
                        self._changed,
                        QCoreApplication.translate("ActivationPage", "Changement de l'adresse…"))

    def _changed(self, outcome) -> None:
        if not outcome.ok:
            self._failed(outcome)
            return
        self.clear()
        self.help.new_email.clear()
        self.help.show_new_code(False)
        self.corrected.emit(outcome.value.email)

    def _failed(self, outcome) -> None:
        code = outcome.code
        if code in ("code_mismatch", "code_expired", "too_many_attempts", "not_found"):
            field = self.help.new_code
            if code != "code_mismatch":  # only a new code helps: send one again
                self.help.show_new_code(False)
                field = self.help.new_email
            field.set_error(describe_failure(outcome).text)
            field.edit.setFocus()
        elif code in ("email_invalid", "email_unavailable", "rate_limited",
                      "email_proof_invalid"):
            self.help.new_email.set_error(describe_failure(outcome).text)
            self.help.new_email.edit.setFocus()
        else:
            self.failed.emit(outcome)
