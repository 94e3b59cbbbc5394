"""E-mail use cases: check an address, send a code to it, confirm the typed code. No Qt."""

from __future__ import annotations

from typing import Any

from .base import Action, iso


class CheckEmail(Action):
    """Ask the backend whether the address looks right (typo, disposable, taken, DNS)."""

    key = "check"

    def __init__(self, address: str) -> None:
        self.address = address

    def call(self, client: Any) -> Any:
        return client.check_email(self.address)  # an EmailCheck



class SendCode(Action):
    """Send a code to `address`; the newest code's id is a backend fact (Back keeps it).

    With `for_journey=False` the code is for another purpose (a corrected address on the
    activation page): the journey's own e-mail code is left alone.
    """

    key = "send"

    def __init__(self, address: str, *, for_journey: bool = True) -> None:
        self.address, self.for_journey = address, for_journey

    def call(self, client: Any) -> Any:
        return client.start_email_verification(self.address)  # an EmailVerification

    def record(self, journey: Any, value: Any) -> None:
        if not self.for_journey:
            return
        journey.email = self.address
        journey.has_mailbox = True
        journey.code_for = self.address
        journey.verification_id = value.id
        journey.resend_code_at = iso(value.resend_available_at)
        journey.account_error = None


class ConfirmCode(Action):
    """Check the code the person typed; its proof lets the account use this address."""

    key = "confirm"

    def __init__(self, verification_id: str, code: str, address: str, *,
                 for_journey: bool = True) -> None:
        self.verification_id, self.code, self.address = verification_id, code, address
        self.for_journey = for_journey

    @classmethod
    def for_journey_code(cls, journey: Any, code: str) -> ConfirmCode:
        return cls(journey.verification_id or "", code, journey.code_for or journey.email)

    def run(self, client: Any):
        if not self.verification_id:
            from .outcome import failed

            return failed("code_expired")  # no code was sent: only a new one helps
        return super().run(client)

    def call(self, client: Any) -> Any:
        return client.confirm_email_code(self.verification_id, self.code)

    def record(self, journey: Any, value: Any) -> None:
        if self.for_journey:
            journey.email_proof, journey.proof_for = value.proof, self.address
