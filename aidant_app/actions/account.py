"""Create the ameli account (one Idempotency-Key per attempt) and reload meta. No Qt."""

from __future__ import annotations

from typing import Any

from .base import Action, iso

ALWAYS_SENT = ("nir", "email", "password", "terms_version")
NOT_ON_THE_FORM = frozenset({"email", "email_proof", "terms_version"})  # from other steps


def unknown_fields(required: tuple[str, ...] | list[str], known: set[str]) -> list[str]:
    """Fields meta requires that this version's form cannot ask (a newer backend)."""
    return [name for name in required if name not in known and name not in NOT_ON_THE_FORM]


def account_body(journey: Any, required: tuple[str, ...] | list[str]) -> dict[str, str]:
    """The body of POST /v1/accounts: what meta requires, from the form, plus the proof."""
    values = {**journey.answers.form, "email": journey.email,
              "terms_version": journey.terms_version}
    body = {name: values[name] for name in required if name in values}
    for name in ALWAYS_SENT:
        body.setdefault(name, values.get(name, ""))
    if journey.email_verified:
        body["email_proof"] = journey.email_proof
    return body


class CreateAccount(Action):
    """Send the form. The same fields after a lost answer reuse the attempt's key, so the
    server replays its answer instead of creating a second account; an answer from the
    server (or a change of field) starts a new attempt."""

    key = "create"

    def __init__(self, journey: Any, required: tuple[str, ...] | list[str],
                 terms_version: str) -> None:
        from ..api.attempt import AccountAttempt

        journey.terms_version = terms_version
        journey.account_error = None
        if journey.account_attempt is None:
            journey.account_attempt = AccountAttempt()
        self.attempt = journey.account_attempt
        self.body = account_body(journey, required)

    @property
    def idempotency_key(self) -> str:
        return self.attempt.key_for(self.body)

    def call(self, client: Any) -> Any:
        return client.create_account(self.body, attempt=self.attempt)  # an Account

    def record(self, journey: Any, account: Any) -> None:
        journey.account_id = account.id
        journey.account_secret = getattr(account, "secret", None)
        journey.account_status = account.status
        journey.masked_email = account.email
        journey.resend_available_at = iso(account.resend_available_at)
        journey.journey_code = account.journey_code
        journey.account_attempt = None
        # Sent once; the memo has a blank line for it, never the value.
        journey.answers.form.pop("password", None)

    def record_failure(self, journey: Any, outcome: Any) -> None:
        journey.account_error = outcome.code


class LoadMeta(Action):
    """GET /v1/meta again (the terms or the form changed on the backend)."""

    key = "meta"

    def call(self, client: Any) -> Any:
        return client.meta()
