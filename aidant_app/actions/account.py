"""Create the ameli account (one Idempotency-Key per attempt) and reload meta. No Qt."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .base import Action, iso
from .outcome import Failed

if TYPE_CHECKING:
    from ..api.client import AidantClient
    from ..api.meta import Meta
    from ..api.models import Account
    from ..journey import JourneyState

ALWAYS_SENT = ("nir", "email", "password", "terms_version")
NOT_ON_THE_FORM = frozenset({"email", "email_proof", "terms_version"})  # from other steps

# The journey keeps a keyed digest of what a creation sent, never the fields (a NIR, an
# IBAN): the key lives only in this process's memory, like the journey itself.
_DIGEST_KEY = secrets.token_bytes(32)


def unknown_fields(required: Sequence[str], known: set[str]) -> list[str]:
    """Fields meta requires that this version's form cannot ask (a newer backend)."""
    return [name for name in required if name not in known and name not in NOT_ON_THE_FORM]


def account_body(journey: JourneyState, required: Sequence[str],
                 terms_version: str) -> dict[str, str]:
    """The body of POST /v1/accounts: what meta requires, from the form, plus the proof."""
    answers = journey.answers
    values = {**answers.form, "email": answers.email, "terms_version": terms_version}
    body = {name: values[name] for name in required if name in values}
    for name in ALWAYS_SENT:
        body.setdefault(name, values.get(name, ""))
    proof = journey.facts.email_proof
    if journey.email_verified and proof:
        body["email_proof"] = proof
    return body


def body_digest(body: dict[str, str]) -> str:
    text = json.dumps(body, sort_keys=True, ensure_ascii=False)
    return hmac.new(_DIGEST_KEY, text.encode(), hashlib.sha256).hexdigest()


def _answered(outcome: Failed) -> bool:
    """The server answered this attempt (a 4xx): a retry of the same fields is a new one.
    No answer (network, timeout, a bug) or a 5xx keeps the key, so a retry replays."""
    return outcome.status is not None and 400 <= outcome.status < 500


class CreateAccount(Action["Account"]):
    """Send the form. The same fields after a lost answer reuse the attempt's key, so the
    server replays its answer instead of creating a second account; an answer from the
    server (or a change of field) starts a new attempt."""

    key = "create"

    def __init__(self, body: dict[str, str], idempotency_key: str) -> None:
        self.body = dict(body)
        self.idempotency_key = idempotency_key
        self.digest = body_digest(self.body)

    @classmethod
    def for_journey(cls, journey: JourneyState, required: Sequence[str],
                    terms_version: str) -> CreateAccount:
        """The form's answers and the proven address, with the key of the attempt whose
        answer was lost if the fields are the same (read only: nothing is written)."""
        body = account_body(journey, required, terms_version)
        facts = journey.facts
        same = bool(facts.creation_key) and hmac.compare_digest(facts.creation_digest,
                                                                 body_digest(body))
        return cls(body, facts.creation_key if same else str(uuid.uuid4()))

    def call(self, client: AidantClient) -> Account:
        return client.create_account(self.body, self.idempotency_key)

    def record(self, journey: JourneyState, value: Account) -> None:
        facts = journey.facts
        facts.terms_version = self.body.get("terms_version", "")
        facts.account_error = None
        facts.account_id = value.id
        facts.account_secret = value.secret
        facts.account_status = value.status
        facts.masked_email = value.email
        facts.resend_available_at = iso(value.resend_available_at)
        facts.journey_code = value.journey_code
        facts.creation_key = facts.creation_digest = ""
        # Sent once; the memo has a blank line for it, never the value.
        journey.answers.form.pop("password", None)

    def record_failure(self, journey: JourneyState, outcome: Failed) -> None:
        facts = journey.facts
        facts.account_error = outcome.code
        if _answered(outcome):
            facts.creation_key = facts.creation_digest = ""
        else:
            facts.creation_key, facts.creation_digest = self.idempotency_key, self.digest


class LoadMeta(Action["Meta"]):
    """GET /v1/meta again (the terms or the form changed on the backend)."""

    key = "meta"

    def call(self, client: AidantClient) -> Meta:
        return client.meta()
