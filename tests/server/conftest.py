"""Fixtures for the server tests: a fresh in-process server per test, and its client."""

from __future__ import annotations

import pytest

from tests.server.client import Api
from tests.support.server import running_server


@pytest.fixture
def server():
    with running_server() as running:
        yield running


@pytest.fixture
def api(server) -> Api:
    return Api(server.base_url)
