"""Errors raised by the Aidant API client: one base class with a stable code."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

# Client-side codes (the server's own codes come from its problem details).
BACKEND_UNREACHABLE = "backend_unreachable"  # no connection, or it broke before an answer
BACKEND_TIMEOUT = "backend_timeout"  # connect/read timeout or the overall deadline passed
BACKEND_UNAVAILABLE = "backend_unavailable"  # 502/503/504 without a problem body (proxy, upkeep)
SERVER_ERROR = "server_error"  # another 5xx without a problem body
BAD_RESPONSE = "bad_response"  # an answer that does not follow the contract
TLS_ERROR = "tls_error"  # certificate not trusted, wrong host name, TLS failure
INSECURE_URL = "insecure_url"  # plain http to a host that is not loopback
INVALID_URL = "invalid_url"  # not an http(s) address at all
CA_BUNDLE_INVALID = "ca_bundle_invalid"  # the CA bundle path does not exist

CLIENT_CODES = frozenset(
    {
        BACKEND_UNREACHABLE,
        BACKEND_TIMEOUT,
        BACKEND_UNAVAILABLE,
        SERVER_ERROR,
        BAD_RESPONSE,
        TLS_ERROR,
        INSECURE_URL,
        INVALID_URL,
        CA_BUNDLE_INVALID,
    }
)

# Every `code` the contract (API.md, version 1.1) lets a server answer, so the app can
# check that each has its words. A server may still send a code outside this set: the
# client passes it on unchanged and the UI falls back to its generic words.
PAYLOAD_TOO_LARGE = "payload_too_large"  # 413: body over 64 KiB
UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"  # 415: not application/json
MISDIRECTED_REQUEST = "misdirected_request"  # 421: the Host header names another server
JOURNEY_REVOKED = "journey_revoked"  # 410: too many wrong birth dates for one journey code
EMAIL_PROOF_INVALID = "email_proof_invalid"  # 422: no valid proof for the (new) address

SERVER_CODES = frozenset(
    {
        # every endpoint
        "malformed_json", "invalid_request", "not_found", "rate_limited", "unauthenticated",
        "method_not_allowed", PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, MISDIRECTED_REQUEST,
        # helpers, e-mail checks and codes
        "bad_credentials", "email_invalid", "code_mismatch", "too_many_attempts",
        "code_expired",
        # accounts
        "idempotency_key_required", "idempotency_key_invalid", "idempotency_key_reused",
        "nir_invalid", "nir_temporary", "birth_date_invalid", "birth_date_mismatch",
        "postal_code_invalid", "iban_invalid", EMAIL_PROOF_INVALID, "password_policy",
        "terms_outdated", "identity_not_found", "identity_mismatch", "bank_details_mismatch",
        "email_unavailable", "account_exists", "already_active",
        # activation links and journeys
        "link_expired", "link_used", "link_superseded", "link_unknown", "journey_unknown",
        JOURNEY_REVOKED,
        # mailboxes
        "address_taken", "address_invalid",
        # the activity report
        "themes_incompatible",
    }
)


class ApiError(Exception):
    """A call to the Aidant API failed; `code` says why, in a stable identifier.

    `str()` holds only the code and the HTTP status, never the server's detail
    or anything the person typed, so it is safe to log.
    """

    def __init__(
        self,
        code: str,
        *,
        status: int | None = None,
        detail: str | None = None,
        field_errors: list[tuple[str, str]] | None = None,
        retry_after: float | None = None,
        attempts_left: int | None = None,
        alternatives: list[str] | None = None,
        reason: str | None = None,
    ) -> None:
        super().__init__(code)
        self.code = code
        self.status = status
        self.detail = detail
        self.field_errors: list[tuple[str, str]] = list(field_errors or [])
        self.retry_after = retry_after
        self.attempts_left = attempts_left
        self.alternatives: list[str] = list(alternatives or [])
        # A short technical cause (an exception class name), for support; no data.
        self.reason = reason

    @property
    def retryable(self) -> bool:
        """True when the same call may work later without changing anything."""
        return self.code in (BACKEND_UNREACHABLE, BACKEND_TIMEOUT, BACKEND_UNAVAILABLE,
                             SERVER_ERROR, "rate_limited")

    def __str__(self) -> str:
        parts = [self.code]
        if self.status is not None:
            parts.append(f"HTTP {self.status}")
        if self.retry_after is not None:
            parts.append(f"retry after {self.retry_after:g} s")
        if self.reason:
            parts.append(self.reason)
        return " ".join(parts[:1]) + (f" ({', '.join(parts[1:])})" if parts[1:] else "")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class NetworkError(ApiError):
    """The backend could not be reached or did not answer in time: offer a retry."""


class TLSError(ApiError):
    """The secure connection failed (certificate, proxy inspecting traffic)."""


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        from datetime import UTC, datetime
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def _field_errors(raw: Any) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if isinstance(raw, list):
        for item in raw:
            if isinstance(item, Mapping):
                field, code = item.get("field"), item.get("code")
                if isinstance(field, str) and isinstance(code, str):
                    out.append((field, code))
    return out


def problem_from_body(body: bytes) -> Mapping[str, Any] | None:
    """The problem-details object of an error answer, or None if it is not one."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if isinstance(data, Mapping) and isinstance(data.get("code"), str) and data["code"]:
        return data
    return None


def error_from_answer(status: int, body: bytes, retry_after_header: str | None) -> ApiError:
    """Turn a non-2xx answer into an ApiError (problem details, or a client code)."""
    retry_after = parse_retry_after(retry_after_header)
    problem = problem_from_body(body)
    if problem is None:
        if status in (502, 503, 504):
            return NetworkError(BACKEND_UNAVAILABLE, status=status, retry_after=retry_after)
        if status >= 500:
            return ApiError(SERVER_ERROR, status=status, retry_after=retry_after)
        return ApiError(BAD_RESPONSE, status=status, retry_after=retry_after)
    detail = problem.get("detail")
    attempts_left = problem.get("attempts_left")
    alternatives = problem.get("alternatives")
    if retry_after is None and isinstance(problem.get("retry_after"), (int, float)):
        retry_after = max(0.0, float(problem["retry_after"]))
    cls = NetworkError if problem["code"] in (BACKEND_UNAVAILABLE,) else ApiError
    return cls(
        problem["code"],
        status=status,
        detail=detail if isinstance(detail, str) else None,
        field_errors=_field_errors(problem.get("errors")),
        retry_after=retry_after,
        attempts_left=attempts_left
        if isinstance(attempts_left, int) and not isinstance(attempts_left, bool)
        else None,
        alternatives=[a for a in alternatives if isinstance(a, str)]
        if isinstance(alternatives, list)
        else None,
    )
