"""The use cases against a real training server over HTTP, without any widget."""

from __future__ import annotations

import pytest

from ..support.server import running_server


@pytest.fixture(scope="module")
def server():
    with running_server() as value:
        yield value


@pytest.fixture
def client(server):
    from aidant_app.api.client import AidantClient

    value = AidantClient(server.base_url)
    value.training_reset()  # a fresh population and inbox for each test
    yield value
    value.close()


@pytest.fixture
def person(client):
    """A fictitious person of the training population who can open an account."""
    return next(p for p in client.training_people() if p.situation == "ready")
