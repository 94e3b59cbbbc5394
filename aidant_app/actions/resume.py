"""Resume a journey from the code on a printed memo and the birth date. No Qt."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .base import Action, iso

if TYPE_CHECKING:
    from ..api.client import AidantClient
    from ..api.models import ResumedJourney
    from ..journey import JourneyState


class Resume(Action["ResumedJourney"]):
    """A 410 `journey_revoked` means the code no longer works: start again or call 36 46."""

    key = "resume"

    def __init__(self, journey_code: str, birth_date: dt.date) -> None:
        self.journey_code, self.birth_date = journey_code, birth_date

    def call(self, client: AidantClient) -> ResumedJourney:
        return client.resume_journey(self.journey_code, self.birth_date)

    def record(self, journey: JourneyState, value: ResumedJourney) -> None:
        facts = journey.facts
        facts.journey_code = self.journey_code
        facts.account_id = value.account_id
        facts.account_secret = value.secret
        facts.account_status = value.status
        facts.masked_email = value.email
        facts.resend_available_at = iso(value.resend_available_at)
