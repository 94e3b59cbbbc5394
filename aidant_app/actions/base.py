"""The shape of a use case: typed inputs, a call on a worker, facts recorded. No Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

from ..api.errors import ApiError
from .outcome import Done, Failed, Outcome, failed, from_error

if TYPE_CHECKING:  # requests is imported on a worker, after the first window
    import datetime as dt

    from ..api.client import AidantClient
    from ..journey import JourneyState

T = TypeVar("T")


class Action(Generic[T]):
    """One thing the journey asks of the backend (or the keyring), giving back a T.

    Its constructor takes plain, typed inputs (a `for_journey` class method reads them
    from the journey where that helps) and writes nothing. `run(client)` runs on a worker
    thread and touches nothing but the client and the action's own inputs. `apply(journey,
    outcome)`, on the GUI thread, is the one place that writes what the backend said or did
    into the journey: `record` for a Done, `record_failure` for a Failed. Only API errors
    become Failed outcomes: anything else is a bug and is raised to the caller.
    """

    key: ClassVar[str] = ""  # two actions with the same key never run at once for one owner

    def call(self, client: AidantClient) -> T:
        raise NotImplementedError

    def run(self, client: AidantClient | None) -> Outcome[T]:
        if client is None:
            return failed("backend_unreachable")
        try:
            return Done(self.call(client))
        except ApiError as error:
            return from_error(error)

    def apply(self, journey: JourneyState, outcome: Outcome[T]) -> None:
        if isinstance(outcome, Done):
            self.record(journey, outcome.value)
        else:
            self.record_failure(journey, outcome)

    def record(self, journey: JourneyState, value: T) -> None:
        """The backend's facts go into journey.facts (GUI thread)."""

    def record_failure(self, journey: JourneyState, outcome: Failed) -> None:
        """What a failure tells the journey (most tell it nothing)."""


def execute(action: Action[T], journey: JourneyState, client: AidantClient | None) -> Outcome[T]:
    """Run a use case to the end on this thread (tests, scripts)."""
    outcome = action.run(client)
    action.apply(journey, outcome)
    return outcome


def iso(value: dt.datetime | None) -> str | None:
    """A datetime as ISO text for the journey (which holds plain values only)."""
    return value.isoformat() if value is not None else None
