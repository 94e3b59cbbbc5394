"""Reach a backend: its client and its meta; training-mode helpers. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .base import Action


@dataclass(frozen=True)
class Connection:
    client: Any  # an AidantClient
    meta: Any  # its typed Meta


class Connect(Action):
    """Make a client for `url` (or reuse `client`, keeping a signed-in helper) and read meta.

    The first import of requests happens here, on a worker thread after the first paint.
    """

    key = "connect"

    def __init__(self, url: str, ca_bundle: str | None = None, client: Any = None) -> None:
        self.url, self.ca_bundle, self.client = url, ca_bundle or None, client

    def run(self, client: Any = None):
        from ..api.errors import ApiError
        from .outcome import Done, from_error

        try:
            if self.client is None:
                from ..api.client import AidantClient

                self.client = AidantClient(self.url, ca_bundle=self.ca_bundle)
            meta = self.client.meta()
        except ApiError as error:
            return from_error(error)
        return Done(Connection(self.client, meta))


def warm_up_validators() -> None:
    """Import what the pages' live checks need (email-validator compiles its regular
    expressions, python-stdnum pulls in pydoc and ssl: 60-80 ms each), on the worker, so
    the first letter typed in an e-mail or number field does not freeze the window."""
    import email_validator  # noqa: F401
    import stdnum.fr.nir
    import stdnum.iban  # noqa: F401


class TrainingPeople(Action):
    key = "people"

    def call(self, client: Any) -> Any:
        return client.training_people()


class TrainingInbox(Action):
    key = "inbox"

    def __init__(self, address: str, password: str | None) -> None:
        self.address, self.password = address, password

    def call(self, client: Any) -> Any:
        return client.training_inbox(self.address, self.password)
