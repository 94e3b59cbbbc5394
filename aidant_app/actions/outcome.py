"""What a use case returns: Done(value) or Failed(code, next action, details). No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar, Union

from ..journey import NextAction

if TYPE_CHECKING:
    from ..api.errors import ApiError

T = TypeVar("T")

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
        "link_unknown", "journey_unknown", "address_taken", "address_invalid"), _N.FIX),
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
class Done(Generic[T]):
    """The backend did it; `value` is the use case's typed result."""

    value: T
    ok: ClassVar[bool] = True


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
    ok: ClassVar[bool] = False

    @property
    def fields(self) -> dict[str, str]:
        return dict(self.field_errors)


# What a use case gives back: Outcome[Account] is Done[Account] | Failed.
Outcome = Union[Done[T], Failed]  # noqa: UP007 - a generic alias needs Union


def failed(code: str, *, status: int | None = None, retry_after: float | None = None,
           attempts_left: int | None = None, field_errors: tuple[tuple[str, str], ...] = (),
           alternatives: tuple[str, ...] = (), detail: str | None = None) -> Failed:
    """A Failed outcome with the next action and transience that go with its code."""
    return Failed(code=code, next=next_for(code), transient=code in TRANSIENT, status=status,
                  retry_after=retry_after, attempts_left=attempts_left,
                  field_errors=field_errors, alternatives=alternatives, detail=detail)


def from_error(error: ApiError) -> Failed:
    """An ApiError as a Failed outcome."""
    return failed(
        error.code or UNEXPECTED,
        status=error.status,
        retry_after=error.retry_after,
        attempts_left=error.attempts_left,
        field_errors=tuple(error.field_errors),
        alternatives=tuple(error.alternatives),
        detail=error.detail,
    )
