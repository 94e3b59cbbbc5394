"""The journey without Qt or HTTP: the state, the steps, their branches and next actions."""

from .flow import (
    ACCOUNT_ERROR_ACTIONS,
    ErrorAction,
    Flow,
    NextAction,
    Section,
    Step,
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
    "ACCOUNT_ERROR_ACTIONS",
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
    "next_step",
]
