"""The journey without Qt or HTTP: the state, the steps, their branches and next actions."""

from .flow import (
    Flow,
    Section,
    Step,
    account_error_action,
    next_step,
)
from .state import (
    HELPER,
    HOME,
    ROUTE_EXISTING,
    ROUTE_PROVIDER,
    ROUTE_SERVICE,
    Answers,
    Facts,
    JourneyState,
)


def __getattr__(name: str):
    """NextAction from the vocabulary (rules/codes.py), and what to do about an account
    error (error_actions.py: a named tuple), imported on
    first use: the journey is built before the first window, which shows no code
    (docs/performance.md)."""
    if name == "NextAction":
        from ..rules.codes import NextAction

        return NextAction
    if name == "ErrorAction":
        from .error_actions import ErrorAction

        return ErrorAction
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "HELPER",
    "HOME",
    "ROUTE_EXISTING",
    "ROUTE_PROVIDER",
    "ROUTE_SERVICE",
    "Answers",
    "ErrorAction",
    "Facts",
    "Flow",
    "JourneyState",
    "NextAction",
    "Section",
    "Step",
    "account_error_action",
    "next_step",
]
