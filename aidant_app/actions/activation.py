"""Activation use cases: poll, resend the link, confirm a pasted link, correct the address.

Correcting the address takes two steps (API 1.1): a code goes to the NEW address and is
confirmed (SendCode / ConfirmCode with for_journey=False), then ChangeEmail sends its proof.
No Qt.
"""

from __future__ import annotations

from typing import Any

from .base import Action, iso
from .outcome import Failed


def _record_status(journey: Any, status: Any) -> None:
    journey.account_status = status.status
    journey.masked_email = status.email or journey.masked_email
    if status.resend_available_at:
        journey.resend_available_at = iso(status.resend_available_at)
    journey.delivery = getattr(status, "delivery", None)


class PollActivation(Action):
    """Has the link been clicked? Only transient failures may be ignored by the caller."""

    key = "poll"

    def __init__(self, account_id: str, secret: str | None = None) -> None:
        self.account_id, self.secret = account_id, secret

    def call(self, client: Any) -> Any:
        return client.activation_status(self.account_id, self.secret)

    def record(self, journey: Any, status: Any) -> None:
        _record_status(journey, status)


class ResendActivation(Action):
    key = "resend"

    def __init__(self, account_id: str, secret: str | None = None) -> None:
        self.account_id, self.secret = account_id, secret

    def call(self, client: Any) -> Any:
        return client.resend_activation(self.account_id, self.secret)

    def record(self, journey: Any, result: Any) -> None:
        journey.resend_available_at = iso(result.resend_available_at)
        journey.account_status, journey.delivery = "pending", None

    def record_failure(self, journey: Any, outcome: Failed) -> None:
        if outcome.code == "already_active":
            journey.account_status = "active"


class ConfirmLink(Action):
    key = "link"

    def __init__(self, link: str) -> None:
        self.link = link

    def call(self, client: Any) -> Any:
        return client.confirm_activation(self.link)

    def record(self, journey: Any, result: Any) -> None:
        if result.status == "active":
            journey.account_status = "active"

    def record_failure(self, journey: Any, outcome: Failed) -> None:
        if outcome.code == "already_active":
            journey.account_status = "active"


class ChangeEmail(Action):
    """Correct the address: the code sent to the NEW address (SendCode with
    for_journey=False) is confirmed, and its proof goes with the PUT (API 1.1). The value is
    the new ActivationStatus; a wrong code fails with the confirmation's own codes."""

    key = "email"

    def __init__(self, account_id: str, address: str, verification_id: str, code: str,
                 secret: str | None = None) -> None:
        self.account_id, self.address = account_id, address
        self.verification_id, self.code = verification_id, code
        self.secret = secret  # API 1.2: the account's secret (journey.account_secret)

    def call(self, client: Any) -> Any:
        proof = client.confirm_email_code(self.verification_id, self.code).proof
        return client.change_email(self.account_id, self.address, proof, self.secret)

    def record(self, journey: Any, status: Any) -> None:
        journey.email = self.address
        journey.code_for = journey.proof_for = ""  # the journey's code was for the old one
        _record_status(journey, status)
