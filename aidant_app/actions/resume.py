"""Resume a journey from the code on a printed memo and the birth date. No Qt."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .base import Action, iso


class Resume(Action):
    """A 410 `journey_revoked` means the code no longer works: start again or call 36 46."""

    key = "resume"

    def __init__(self, journey_code: str, birth_date: dt.date) -> None:
        self.journey_code, self.birth_date = journey_code, birth_date

    def call(self, client: Any) -> Any:
        return client.resume_journey(self.journey_code, self.birth_date)

    def record(self, journey: Any, result: Any) -> None:
        journey.journey_code = self.journey_code
        journey.account_id = result.account_id
        journey.account_secret = getattr(result, "secret", None)
        journey.account_status = result.status
        journey.masked_email = result.email
        journey.resend_available_at = iso(result.resend_available_at)
