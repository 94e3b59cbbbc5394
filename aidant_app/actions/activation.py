"""Activation use cases: poll, resend the link, confirm a pasted link, correct the address.

Correcting the address takes two steps (API 1.1): a code goes to the NEW address and is
confirmed (SendCode / ConfirmCode with for_journey=False), then ChangeEmail sends its proof.
No Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Action, T, iso
from .outcome import Failed

if TYPE_CHECKING:
    from ..api.client import AidantClient
    from ..api.models import ActivationResult, ActivationStatus, ResendResult
    from ..journey import JourneyState


def _record_status(journey: JourneyState, status: ActivationStatus) -> None:
    facts = journey.facts
    facts.account_status = status.status
    facts.masked_email = status.email or facts.masked_email
    if status.resend_available_at:
        facts.resend_available_at = iso(status.resend_available_at)
    facts.delivery = status.delivery


class _OnTheAccount(Action[T]):
    """A use case on the account: "already active" is a fact too (the page says so)."""

    def __init__(self, account_id: str, secret: str | None = None) -> None:
        # API 1.2: the account's secret (journey.facts.account_secret), sent in a header.
        self.account_id, self.secret = account_id, secret

    def record_failure(self, journey: JourneyState, outcome: Failed) -> None:
        if outcome.code == "already_active":
            journey.facts.account_status = "active"


class PollActivation(_OnTheAccount["ActivationStatus"]):
    """Has the link been clicked? Only transient failures may be ignored by the caller."""

    key = "poll"

    def call(self, client: AidantClient) -> ActivationStatus:
        return client.activation_status(self.account_id, self.secret)

    def record(self, journey: JourneyState, value: ActivationStatus) -> None:
        _record_status(journey, value)


class ResendActivation(_OnTheAccount["ResendResult"]):
    key = "resend"

    def call(self, client: AidantClient) -> ResendResult:
        return client.resend_activation(self.account_id, self.secret)

    def record(self, journey: JourneyState, value: ResendResult) -> None:
        journey.facts.resend_available_at = iso(value.resend_available_at)
        journey.facts.account_status, journey.facts.delivery = "pending", None


class ConfirmLink(Action["ActivationResult"]):
    key = "link"

    def __init__(self, link: str) -> None:
        self.link = link

    def call(self, client: AidantClient) -> ActivationResult:
        return client.confirm_activation(self.link)

    def record(self, journey: JourneyState, value: ActivationResult) -> None:
        if value.status == "active":
            journey.facts.account_status = "active"

    def record_failure(self, journey: JourneyState, outcome: Failed) -> None:
        if outcome.code == "already_active":
            journey.facts.account_status = "active"


class ChangeEmail(_OnTheAccount["ActivationStatus"]):
    """Correct the address: the code sent to the NEW address (SendCode with
    for_journey=False) is confirmed, and its proof goes with the PUT (API 1.1). The value is
    the new ActivationStatus; a wrong code fails with the confirmation's own codes."""

    key = "email"

    def __init__(self, account_id: str, address: str, verification_id: str, code: str,
                 secret: str | None = None) -> None:
        super().__init__(account_id, secret)
        self.address, self.verification_id, self.code = address, verification_id, code

    def call(self, client: AidantClient) -> ActivationStatus:
        proof = client.confirm_email_code(self.verification_id, self.code).proof
        return client.change_email(self.account_id, self.address, proof, self.secret)

    def record(self, journey: JourneyState, value: ActivationStatus) -> None:
        journey.answers.email = self.address
        # The journey's own code and proof were for the old address.
        journey.facts.code_for = journey.facts.proof_for = ""
        _record_status(journey, value)
