"""What a use case returns: Done(value) or Failed(code, next action, details). No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..rules.codes import TRANSIENT, NextAction, next_for

UNEXPECTED = "unexpected"  # a bug in this app (not an API error): crash output, calm words
BACKEND_CHANGED = "backend_changed"  # the answer came from a backend that is no longer used
# What the person can do about a code (next_for) and which codes may go away by themselves
# (TRANSIENT) come from the one vocabulary, rules/codes.py.


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
