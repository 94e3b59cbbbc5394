"""The journey without Qt or HTTP: the state, the steps, their branches and next actions."""

from .flow import (
    ErrorAction,
    Flow,
    NextAction,
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
