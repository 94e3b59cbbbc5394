"""What a use case returns: Done(value) or Failed(code, next action, details). No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar, Union

from ..rules.codes import TRANSIENT, NextAction, next_for

if TYPE_CHECKING:
    from ..api.errors import ApiError

T = TypeVar("T")

UNEXPECTED = "unexpected"  # a bug in this app (not an API error): crash output, calm words
BACKEND_CHANGED = "backend_changed"  # the answer came from a backend that is no longer used
# What the person can do about a code (next_for) and which codes may go away by themselves
# (TRANSIENT) come from the one vocabulary, rules/codes.py.


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
