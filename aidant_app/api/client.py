"""AidantClient: one method per endpoint of the Aidant API (API.md), typed results."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Mapping
from typing import Any, Self
from urllib.parse import quote

import requests

from aidant_app import __version__
from aidant_app.api.accompaniments import (
    Accompaniment,
    AccompanimentList,
    AccompanimentRecord,
    ActivityFigures,
)
from aidant_app.api.attempt import AccountAttempt
from aidant_app.api.errors import ApiError
from aidant_app.api.models import (
    Account,
    ActivationResult,
    ActivationStatus,
    Activity,
    EmailCheck,
    EmailConfirmation,
    EmailVerification,
    Health,
    HelperSession,
    InboxMessage,
    Mailbox,
    Meta,
    ResendResult,
    ResumedJourney,
    TrainingPerson,
)
from aidant_app.api.transport import RetryPolicy, Transport
from aidant_app.api.urls import check_base_url

DEFAULT_TIMEOUT = (3.05, 10.0)  # (connect, read) seconds, for each try
DEFAULT_DEADLINE = 20.0  # seconds for the whole call, retries and waits included


def _id(value: str) -> str:
    """An opaque id as one path segment (never lets it add path parts)."""
    if not isinstance(value, str) or not value:
        raise ValueError("an id must be a non-empty string")
    return quote(value, safe="")


SECRET_HEADER = "Aidant-Account-Secret"  # API 1.2


def _secret(secret: str | None) -> dict[str, str] | None:
    """The header that proves this client created or resumed the account (never in a path)."""
    return {SECRET_HEADER: secret} if secret else None


def _period(start: dt.date | None, end: dt.date | None) -> str:
    """The query string of a period (days only: never personal data)."""
    parts = [f"{name}={day.isoformat()}" for name, day in (("from", start), ("to", end)) if day]
    return "?" + "&".join(parts) if parts else ""


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


class AidantClient:
    """Client of one Aidant API backend.

    Every method raises ApiError (or its subclasses NetworkError, TLSError) on
    failure; see errors.py for the codes. Calls block: the UI runs them on a
    worker thread. One client may be shared between threads.
    """

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        ca_bundle: str | os.PathLike[str] | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        deadline: float = DEFAULT_DEADLINE,
        session: requests.Session | None = None,
        user_agent: str | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        base = check_base_url(base_url)  # before any traffic: insecure_url, invalid_url
        self._transport = Transport(
            base,
            ca_bundle=ca_bundle,
            timeout=timeout,
            deadline=deadline,
            session=session,
            user_agent=user_agent or f"Aidant/{__version__}",
            policy=retry or RetryPolicy(),
        )
        self.set_token(token)

    # -- configuration -------------------------------------------------------

    @property
    def base_url(self) -> str:
        return str(self._transport.base)

    @property
    def has_token(self) -> bool:
        return bool(self._transport.auth.token)

    def set_token(self, token: str | None) -> None:
        """Use this helper token for the next calls (None: no token)."""
        self._transport.auth.token = token or None

    def clear_token(self) -> None:
        self._transport.auth.token = None

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"AidantClient({self.base_url!r})"

    def _call(self, method: str, path: str, template: str | None = None, **kw: Any) -> Any:
        return self._transport.call(method, path, template or path, **kw)

    # -- service ---------------------------------------------------------------

    def health(self) -> Health:
        return Health.from_json(self._call("GET", "/v1/health", idempotent=True))

    def meta(self) -> Meta:
        return Meta.from_json(self._call("GET", "/v1/meta", idempotent=True))

    # -- helpers ---------------------------------------------------------------

    def sign_in(self, login: str, password: str) -> HelperSession:
        """Sign a helper in; the client then sends the new token with every call.

        Not retried once sent: failures count towards the sign-in lock.
        """
        session = HelperSession.from_json(self._call(
            "POST", "/v1/helper-sessions",
            payload={"login": login, "password": password}, idempotent=False,
        ))
        self.set_token(session.token)
        return session

    def sign_out(self) -> None:
        """End the helper session on the server and forget the token here.

        A 401 means the token already stopped working: that is signed out too.
        """
        try:
            self._call("DELETE", "/v1/helper-sessions/current", idempotent=True,
                       expect_body=False)
        except ApiError as err:
            if err.code != "unauthenticated":
                raise
        finally:
            self.clear_token()

    def activity(self) -> Activity:
        return Activity.from_json(self._call(
            "GET", "/v1/helper-sessions/current/activity", idempotent=True))

    # -- the activity report (issue 20) ------------------------------------------

    def record_accompaniment(
        self, record: AccompanimentRecord, idempotency_key: str
    ) -> Accompaniment:
        """Record one accompaniment. Retried with the same key: a lost answer records once.

        The caller keeps the key until the server answers, and reuses it to retry.
        """
        return Accompaniment.from_json(self._call(
            "POST", "/v1/helper-sessions/current/accompaniments", payload=record.payload(),
            headers={"Idempotency-Key": idempotency_key}, idempotent=True))

    def accompaniments(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> AccompanimentList:
        """The structure's records of the period (the server's default: the last month)."""
        path = "/v1/helper-sessions/current/accompaniments"
        return AccompanimentList.from_json(self._call(
            "GET", path + _period(start, end), path, idempotent=True))

    def figures(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> ActivityFigures:
        """The structure's figures per day and per week for the period."""
        path = "/v1/helper-sessions/current/activity"
        return ActivityFigures.from_json(self._call(
            "GET", path + _period(start, end), path, idempotent=True))

    # -- e-mail ----------------------------------------------------------------

    def check_email(self, email: str) -> EmailCheck:
        # A read-only check: safe to retry.
        return EmailCheck.from_json(self._call(
            "POST", "/v1/email-checks", payload={"email": email}, idempotent=True))

    def start_email_verification(self, email: str) -> EmailVerification:
        """Send a code to the address. Not retried once sent: it sends mail."""
        return EmailVerification.from_json(self._call(
            "POST", "/v1/email-verifications", payload={"email": email}, idempotent=False))

    def confirm_email_code(self, verification_id: str, code: str) -> EmailConfirmation:
        """Check the typed code. Not retried once sent: wrong codes are counted."""
        return EmailConfirmation.from_json(self._call(
            "POST", f"/v1/email-verifications/{_id(verification_id)}/confirm",
            "/v1/email-verifications/{id}/confirm", payload={"code": code}, idempotent=False))

    # -- account -----------------------------------------------------------------

    def create_account(
        self,
        fields: Mapping[str, Any],
        idempotency_key: str | None = None,
        *,
        attempt: AccountAttempt | None = None,
    ) -> Account:
        """Create the ameli account with the form's fields (API.md names).

        The Idempotency-Key is `idempotency_key`, else `attempt.key_for(fields)`,
        else a new one for this call; the automatic retries reuse it, so a lost
        answer never creates two accounts. With `attempt`, an answer from the
        server concludes the attempt (a later call takes a new key) while a
        network failure keeps it, so retrying the same fields replays safely.
        """
        # None means "not given" (e.g. no email_proof): such fields are left out.
        payload = {name: _iso(value) for name, value in fields.items() if value is not None}
        if idempotency_key is None:
            idempotency_key = attempt.key_for(fields) if attempt else str(uuid.uuid4())
        try:
            answer = self._call("POST", "/v1/accounts", payload=payload,
                                headers={"Idempotency-Key": idempotency_key}, idempotent=True)
        except ApiError as err:
            if attempt is not None and err.status is not None and 400 <= err.status < 500:
                attempt.conclude()
            raise
        if attempt is not None:
            attempt.conclude()
        return Account.from_json(answer)

    # `secret` (API 1.2): the account's secret from create_account or resume_journey; a 1.2
    # server answers 404 not_found without it, exactly as for an unknown id.

    def activation_status(self, account_id: str, secret: str | None = None) -> ActivationStatus:
        return ActivationStatus.from_json(self._call(
            "GET", f"/v1/accounts/{_id(account_id)}/activation",
            "/v1/accounts/{id}/activation", headers=_secret(secret), idempotent=True))

    def resend_activation(self, account_id: str, secret: str | None = None) -> ResendResult:
        """Send the link again. Not retried once sent: it sends mail."""
        return ResendResult.from_json(self._call(
            "POST", f"/v1/accounts/{_id(account_id)}/activation/resend",
            "/v1/accounts/{id}/activation/resend", headers=_secret(secret), idempotent=False))

    def change_email(self, account_id: str, email: str, email_proof: str,
                     secret: str | None = None) -> ActivationStatus:
        """Correct the address while pending, with the proof that the person opened the
        NEW mailbox (`EmailConfirmation.proof` from confirm_email_code on that address).

        Without a valid proof the server answers 422 `email_proof_invalid` (API 1.1).
        Not retried once sent: it sends a new link.
        """
        return ActivationStatus.from_json(self._call(
            "PUT", f"/v1/accounts/{_id(account_id)}/email", "/v1/accounts/{id}/email",
            payload={"email": email, "email_proof": email_proof}, headers=_secret(secret),
            idempotent=False))

    def confirm_activation(self, link: str) -> ActivationResult:
        """Confirm with the pasted link or token. Not retried once sent: a replay would
        answer link_used although the first try worked (status polling tells)."""
        return ActivationResult.from_json(self._call(
            "POST", "/v1/activations", payload={"link": link}, idempotent=False))

    def resume_journey(self, journey_code: str, birth_date: dt.date | str) -> ResumedJourney:
        """Not retried once sent: failures count towards a lock."""
        return ResumedJourney.from_json(self._call(
            "POST", "/v1/journeys/resume",
            payload={"journey_code": journey_code, "birth_date": _iso(birth_date)},
            idempotent=False))

    def create_mailbox(
        self, first_name: str, last_name: str, password: str, address: str | None = None
    ) -> Mailbox:
        """Not retried once sent: a replay would find its own address taken."""
        payload = {"first_name": first_name, "last_name": last_name, "password": password}
        if address:
            payload["address"] = address
        return Mailbox.from_json(self._call(
            "POST", "/v1/mailboxes", payload=payload, idempotent=False))

    # -- training mode -------------------------------------------------------------

    def training_people(self) -> tuple[TrainingPerson, ...]:
        return TrainingPerson.list_from_json(self._call(
            "GET", "/v1/training/people", idempotent=True))

    def training_inbox(self, address: str, password: str | None = None) -> tuple[InboxMessage, ...]:
        payload = {"address": address}
        if password is not None:
            payload["password"] = password
        return InboxMessage.list_from_json(self._call(
            "POST", "/v1/training/inbox", payload=payload, idempotent=True))

    def training_reset(self) -> None:
        self._call("POST", "/v1/training/reset", idempotent=True, expect_body=False)
