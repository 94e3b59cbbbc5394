"""What a use case returns: Done(value) or Failed(code, next action, details). No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..journey import NextAction

# Codes that may go away by themselves: a poll or a retry may ignore them for a while.
TRANSIENT = frozenset({"backend_unreachable", "backend_timeout", "backend_unavailable",
                       "server_error", "rate_limited"})

UNEXPECTED = "unexpected"  # a bug in this app (not an API error): crash output, calm words
BACKEND_CHANGED = "backend_changed"  # the answer came from a backend that is no longer used
NOT_CONNECTED = "backend_unreachable"  # no client yet: same words as a backend not reached

_N = NextAction
# Every code and what the person can do about it: the one table of next actions.
NEXT_FOR_CODE: dict[str, NextAction] = {
    **dict.fromkeys((
        "nir_empty", "nir_incomplete", "nir_too_long", "nir_characters", "nir_key", "nir_invalid",
        "birth_date_invalid", "birth_date_mismatch", "postal_code_invalid", "iban_invalid",
        "email_invalid", "password_policy", "password_empty", "invalid_request", "field_invalid",
        "bad_credentials", "code_mismatch", "identity_mismatch", "bank_details_mismatch",
        "link_unknown", "journey_unknown", "address_taken", "address_invalid",
        "themes_incompatible"), _N.FIX),
    **dict.fromkeys(("nir_temporary", "identity_not_found"), _N.CALL),
    **dict.fromkeys(("rate_limited", "too_many_attempts", "call_running"), _N.WAIT),
    **dict.fromkeys(("code_expired", "link_expired", "link_superseded"), _N.RESEND),
    **dict.fromkeys(("email_proof_invalid", "email_unavailable"), _N.EMAIL),
    **dict.fromkeys(("tls_error", "insecure_url", "invalid_url", "ca_bundle_invalid",
                     "misdirected_request"), _N.SETTINGS),
    "payload_too_large": _N.FIX,
    **dict.fromkeys(("already_active", "link_used"), _N.NONE),
    "terms_outdated": _N.RELOAD,
    "form_outdated": _N.REFRESH,
    "account_exists": _N.HELP,
    "method_not_allowed": _N.HELP,
    "not_found": _N.RETRY,
    "unauthenticated": _N.SIGN_IN,
    "journey_revoked": _N.RESTART,
    "app_too_old": _N.UPDATE,
}


def next_for(code: str) -> NextAction:
    """What to do about a code; anything unknown is worth a calm retry."""
    return NEXT_FOR_CODE.get(code, NextAction.RETRY)


@dataclass(frozen=True)
class Done:
    """The backend did it; `value` is the client's typed result."""

    value: Any = None
    ok = True


@dataclass(frozen=True)
class Failed:
    """It did not work: a stable code, what to do next, and the details a page may show."""

    code: str
    next: NextAction = NextAction.RETRY
    transient: bool = False
    status: int | None = None
    retry_after: float | None = None
    attempts_left: int | None = None
    field_errors: tuple[tuple[str, str], ...] = ()
    alternatives: tuple[str, ...] = ()
    detail: str | None = field(default=None, repr=False)  # the server's French sentence
    ok = False

    @property
    def fields(self) -> dict[str, str]:
        return dict(self.field_errors)


Outcome = Done | Failed


def failed(code: str, **details: Any) -> Failed:
    return Failed(code=code, next=next_for(code), transient=code in TRANSIENT, **details)


def from_error(error: Exception) -> Failed:
    """An ApiError (or anything with its attributes) as a Failed outcome."""
    return failed(
        str(getattr(error, "code", "") or UNEXPECTED),
        status=getattr(error, "status", None),
        retry_after=getattr(error, "retry_after", None),
        attempts_left=getattr(error, "attempts_left", None),
        field_errors=tuple(getattr(error, "field_errors", ()) or ()),
        alternatives=tuple(getattr(error, "alternatives", ()) or ()),
        detail=getattr(error, "detail", None),
    )
