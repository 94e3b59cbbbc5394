"""The shape of a use case: inputs taken from the journey, a call, facts recorded. No Qt."""

from __future__ import annotations

from typing import Any

from ..api.errors import ApiError
from .outcome import Done, Failed, Outcome, failed, from_error


class Action:
    """One thing the journey asks of the backend (or the keyring).

    Built on the GUI thread from the journey (the inputs are copied then), `run(client)`
    runs on a worker thread and touches nothing but the client and its own inputs, and
    `apply(journey, outcome)` records the backend's facts on the GUI thread. Only API errors
    become Failed outcomes: anything else is a bug and is raised to the caller.
    """

    key = ""  # two actions with the same key never run at once for the same page

    def call(self, client: Any) -> Any:
        raise NotImplementedError

    def run(self, client: Any) -> Outcome:
        if client is None:
            return failed("backend_unreachable")
        try:
            return Done(self.call(client))
        except ApiError as error:
            return from_error(error)

    def apply(self, journey: Any, outcome: Outcome) -> None:
        if isinstance(outcome, Done):
            self.record(journey, outcome.value)
        else:
            self.record_failure(journey, outcome)

    def record(self, journey: Any, value: Any) -> None:
        """The backend's facts go into journey.facts (GUI thread)."""

    def record_failure(self, journey: Any, outcome: Failed) -> None:
        pass


def execute(action: Action, journey: Any, client: Any) -> Outcome:
    """Run a use case to the end on this thread (tests, scripts, the controller's worker)."""
    outcome = action.run(client)
    action.apply(journey, outcome)
    return outcome


def iso(value: Any) -> str | None:
    """A datetime as ISO text for the journey (which holds plain values only)."""
    return value.isoformat() if value is not None else None
