"""E-mail use cases: check an address, send a code to it, confirm the typed code. No Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Action, iso
from .outcome import Outcome, failed

if TYPE_CHECKING:
    from ..api.client import AidantClient
    from ..api.models import EmailCheck, EmailConfirmation, EmailVerification
    from ..journey import JourneyState


class CheckEmail(Action["EmailCheck"]):
    """Ask the backend whether the address looks right (typo, disposable, taken, DNS)."""

    key = "check"

    def __init__(self, address: str) -> None:
        self.address = address

    def call(self, client: AidantClient) -> EmailCheck:
        return client.check_email(self.address)


def record_address_checked(journey: JourneyState, address: str) -> None:
    """No code can be sent (a backend that sends no mail): the backend's check of `address`
    is all it can say; the person then opens the mailbox and says what they see."""
    journey.answers.email = address
    journey.answers.has_mailbox = True
    journey.facts.checked_for = address
    journey.facts.account_error = None


def record_code_sent(journey: JourneyState, address: str, value: EmailVerification) -> None:
    """A code went to `address`: the newest code's id is a backend fact (Back keeps it)."""
    journey.answers.email = address
    journey.answers.has_mailbox = True
    facts = journey.facts
    facts.code_for = address
    facts.verification_id = value.id
    facts.resend_code_at = iso(value.resend_available_at)
    facts.account_error = None


class SendCode(Action["EmailVerification"]):
    """Send a code to `address`; the newest code's id is a backend fact (Back keeps it).

    With `for_journey=False` the code is for another purpose (a corrected address on the
    activation page): the journey's own e-mail code is left alone.
    """

    key = "send"

    def __init__(self, address: str, *, for_journey: bool = True) -> None:
        self.address, self.for_journey = address, for_journey

    def call(self, client: AidantClient) -> EmailVerification:
        return client.start_email_verification(self.address)

    def record(self, journey: JourneyState, value: EmailVerification) -> None:
        if self.for_journey:
            record_code_sent(journey, self.address, value)


class ConfirmCode(Action["EmailConfirmation"]):
    """Check the code the person typed; its proof lets the account use this address."""

    key = "confirm"

    def __init__(self, verification_id: str, code: str, address: str, *,
                 for_journey: bool = True) -> None:
        self.verification_id, self.code, self.address = verification_id, code, address
        self.for_journey = for_journey

    @classmethod
    def for_journey_code(cls, journey: JourneyState, code: str) -> ConfirmCode:
        facts = journey.facts
        return cls(facts.verification_id or "", code, facts.code_for or journey.answers.email)

    def run(self, client: AidantClient | None) -> Outcome[EmailConfirmation]:
        if not self.verification_id:
            return failed("code_expired")  # no code was sent: only a new one helps
        return super().run(client)

    def call(self, client: AidantClient) -> EmailConfirmation:
        return client.confirm_email_code(self.verification_id, self.code)

    def record(self, journey: JourneyState, value: EmailConfirmation) -> None:
        if self.for_journey:
            journey.facts.email_proof, journey.facts.proof_for = value.proof, self.address
