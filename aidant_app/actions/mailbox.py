"""Create a mailbox at the backend's own mail service, then send it a code. No Qt."""

from __future__ import annotations

import hashlib
from typing import Any

from ..journey import ROUTE_SERVICE
from .base import Action
from .email import SendCode


def inputs_digest(first: str, last: str, wanted: str | None, password: str) -> str:
    """What made a mailbox, as a digest: the journey keeps no second copy of the password."""
    text = "\x1f".join((first, last, wanted or "", password))
    return hashlib.sha256(text.encode()).hexdigest()


class CreateMailbox(Action):
    """Create the mailbox (or reuse the one this journey made with the same inputs), then
    send a code to it. The value is the address; facts: the mailbox and its code."""

    key = "create"

    def __init__(self, journey: Any, first: str, last: str, wanted: str | None,
                 password: str) -> None:
        self.first, self.last, self.wanted, self.password = first, last, wanted, password
        self.digest = inputs_digest(first, last, wanted, password)
        made = journey.mailbox_address if journey.mailbox_inputs == self.digest else ""
        self.existing = made  # made already in this journey: creating it again says "taken"
        self.code_sent = bool(made) and journey.code_for == made and journey.verification_id
        self.verification = None

    def call(self, client: Any) -> Any:
        address = self.existing
        if not address:
            address = client.create_mailbox(self.first, self.last, self.password,
                                            self.wanted).address
            self.made = address
        if not self.code_sent:
            self.verification = client.start_email_verification(address)
        return address

    def run(self, client: Any):
        outcome = super().run(client)
        if not outcome.ok and getattr(self, "made", ""):
            # Made, but its code did not go: remember the mailbox all the same.
            self.existing = self.made
        return outcome

    def record(self, journey: Any, address: Any) -> None:
        self._remember(journey, address)
        if self.verification is not None:
            SendCode(address).record(journey, self.verification)
        journey.mailbox_route, journey.has_mailbox = ROUTE_SERVICE, True

    def record_failure(self, journey: Any, outcome: Any) -> None:
        if self.existing:
            self._remember(journey, self.existing)

    def _remember(self, journey: Any, address: str) -> None:
        journey.mailbox_address, journey.mailbox_inputs = address, self.digest
        journey.email = address
