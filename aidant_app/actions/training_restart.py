"""The app's own training server started again, empty: what the person proved is proved again. No Qt.

The training server keeps its data in memory: when it stops mid-journey and the app starts
it again, the new one knows nothing of the address the person proved with a code. Its
mail is the app's own captured inbox, where the person already read a code once, so the
app asks a new code for the same address, reads it there and confirms it, as the person
did (fictitious people only: this runs against a training server, never a live one).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Action, iso
from .outcome import Outcome, failed

if TYPE_CHECKING:
    from ..api.client import AidantClient
    from ..api.models import EmailConfirmation, EmailVerification
    from ..journey import JourneyState

_CODE = re.compile(r"(?<!\d)(\d{4,8})(?!\d)")


def _code_in(subject: str, text: str) -> str:
    match = _CODE.search(subject) or _CODE.search(text)
    return match.group(1) if match else ""


class ProveAgain(Action["tuple[EmailVerification, EmailConfirmation]"]):
    """A new code to `address` on the training server, read in its inbox and confirmed."""

    key = "prove-again"

    def __init__(self, address: str, training: bool) -> None:
        self.address, self.training = address, training

    @classmethod
    def for_journey(cls, journey: JourneyState, training: bool) -> ProveAgain:
        return cls(journey.facts.proof_for or journey.answers.email, training)

    def run(self, client: AidantClient | None) -> Outcome[tuple[EmailVerification,
                                                               EmailConfirmation]]:
        if not self.training or not self.address:
            return failed("code_expired")  # a live service: only the person can prove it
        return super().run(client)

    def call(self, client: AidantClient) -> tuple[EmailVerification, EmailConfirmation]:
        from ..api.errors import ApiError

        verification = client.start_email_verification(self.address)
        # Newest first; the training server captures the message in the same transaction
        # that makes the code, so it is there now.
        for message in client.training_inbox(self.address):
            code = _code_in(message.subject, message.text)
            if code:
                return verification, client.confirm_email_code(verification.id, code)
        raise ApiError("code_expired", status=410)  # no code arrived: the person is asked

    def record(self, journey: JourneyState,
               value: tuple[EmailVerification, EmailConfirmation]) -> None:
        verification, confirmation = value
        facts = journey.facts
        facts.code_for, facts.verification_id = self.address, verification.id
        facts.resend_code_at = iso(verification.resend_available_at)
        facts.email_proof, facts.proof_for = confirmation.proof, self.address
        # A creation sent to the server that stopped is unknown to this one: the next one
        # is a new creation, not a retry of the lost one.
        facts.creation_key, facts.creation_digest = "", ""
        facts.account_error = None
        # The practice account was made on the server that stopped: the new one does not
        # have it. The person sends the form again (their answers kept) for a new account.
        for name in ("account_id", "account_secret", "account_status", "delivery",
                     "resend_available_at"):
            setattr(facts, name, None)
        facts.journey_code, facts.masked_email, facts.memo_saved = "", "", False
