"""Reach a backend: its client and its meta; training-mode helpers. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .base import Action
from .outcome import Outcome, from_error

if TYPE_CHECKING:
    from ..api.client import AidantClient
    from ..api.meta import Meta
    from ..api.models import InboxMessage, TrainingPerson


@dataclass(frozen=True)
class Connection:
    client: AidantClient
    meta: Meta


class Connect(Action[Connection]):
    """Make a client for `url` (or reuse `client`, keeping a signed-in helper) and read meta.

    The first import of requests happens here, on a worker thread after the first paint.
    """

    key = "connect"

    def __init__(self, url: str, ca_bundle: str | None = None,
                 client: AidantClient | None = None) -> None:
        self.url, self.ca_bundle, self.client = url, ca_bundle or None, client

    def run(self, client: AidantClient | None = None) -> Outcome[Connection]:
        """The client is made here (`client` is ignored): there is none yet."""
        if self.client is None:
            from ..api.client import AidantClient
            from ..api.errors import ApiError

            try:  # an address refused before any request (insecure_url, invalid_url...)
                self.client = AidantClient(self.url, ca_bundle=self.ca_bundle)
            except ApiError as error:
                return from_error(error)
        return super().run(self.client)

    def call(self, client: AidantClient) -> Connection:
        return Connection(client, client.meta())


def warm_up_validators() -> None:
    """Import what the pages' live checks need (email-validator compiles its regular
    expressions, python-stdnum pulls in pydoc and ssl: 60-80 ms each), on the worker, so
    the first letter typed in an e-mail or number field does not freeze the window."""
    import email_validator  # noqa: F401
    import stdnum.fr.nir
    import stdnum.iban  # noqa: F401


class TrainingPeople(Action["tuple[TrainingPerson, ...]"]):
    key = "people"

    def call(self, client: AidantClient) -> tuple[TrainingPerson, ...]:
        return client.training_people()


class TrainingInbox(Action["tuple[InboxMessage, ...]"]):
    key = "inbox"

    def __init__(self, address: str, password: str | None) -> None:
        self.address, self.password = address, password

    def call(self, client: AidantClient) -> tuple[InboxMessage, ...]:
        return client.training_inbox(self.address, self.password)
