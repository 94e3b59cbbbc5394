"""Create a mailbox at the backend's own mail service, then send it a code. No Qt."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from ..journey import ROUTE_SERVICE
from .base import Action
from .email import record_code_sent
from .outcome import Failed

if TYPE_CHECKING:
    from ..api.client import AidantClient
    from ..api.models import EmailVerification
    from ..journey import JourneyState


def inputs_digest(first: str, last: str, wanted: str | None, password: str) -> str:
    """What made a mailbox, as a digest: the journey keeps no second copy of the password."""
    text = "\x1f".join((first, last, wanted or "", password))
    return hashlib.sha256(text.encode()).hexdigest()


class CreateMailbox(Action[str]):
    """Create the mailbox (or reuse the one this journey made with the same inputs), then
    send a code to it. The value is the address; facts: the mailbox and its code."""

    key = "create"

    def __init__(self, first: str, last: str, wanted: str | None, password: str, *,
                 existing: str = "", code_sent: bool = False) -> None:
        """`existing`: the address this journey made with the same inputs (creating it
        again would say "taken"); `code_sent`: a code already went to it."""
        self.first, self.last, self.wanted, self.password = first, last, wanted, password
        self.digest = inputs_digest(first, last, wanted, password)
        self.existing, self.code_sent = existing, code_sent
        self.verification: EmailVerification | None = None  # set by call() on the worker

    @classmethod
    def for_journey(cls, journey: JourneyState, first: str, last: str, wanted: str | None,
                    password: str) -> CreateMailbox:
        """Reads (never writes) the mailbox this journey made, if made from these inputs."""
        digest = inputs_digest(first, last, wanted, password)
        made = journey.facts.mailbox_address if journey.facts.mailbox_inputs == digest else ""
        code_sent = bool(made) and journey.facts.code_for == made and bool(
            journey.facts.verification_id)
        return cls(first, last, wanted, password, existing=made, code_sent=code_sent)

    def call(self, client: AidantClient) -> str:
        address = self.existing
        if not address:
            address = client.create_mailbox(self.first, self.last, self.password,
                                            self.wanted).address
            self.existing = address  # made: a failure below still remembers it
        if not self.code_sent:
            self.verification = client.start_email_verification(address)
        return address

    def record(self, journey: JourneyState, value: str) -> None:
        self._remember(journey, value)
        if self.verification is not None:
            record_code_sent(journey, value, self.verification)
        journey.answers.mailbox_route, journey.answers.has_mailbox = ROUTE_SERVICE, True

    def record_failure(self, journey: JourneyState, outcome: Failed) -> None:
        if self.existing:
            self._remember(journey, self.existing)

    def _remember(self, journey: JourneyState, address: str) -> None:
        journey.facts.mailbox_address, journey.facts.mailbox_inputs = address, self.digest
        journey.answers.email = address
