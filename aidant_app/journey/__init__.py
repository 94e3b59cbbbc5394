"""The journey without Qt or HTTP: the state, the steps and their branches."""

from .flow import ACCOUNT_ERROR_ACTIONS, ErrorAction, Flow, Section, Step, error_action, next_step
from .state import HELPER, HOME, ROUTE_EXISTING, ROUTE_PROVIDER, ROUTE_SERVICE, JourneyState

__all__ = [
    "ACCOUNT_ERROR_ACTIONS",
    "HELPER",
    "HOME",
    "ROUTE_EXISTING",
    "ROUTE_PROVIDER",
    "ROUTE_SERVICE",
    "ErrorAction",
    "Flow",
    "JourneyState",
    "Section",
    "Step",
    "error_action",
    "next_step",
]
