"""Fixtures for the server tests: every test runs on SQLite and on PostgreSQL, with a client."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.server.client import Api
from tests.support import server as support_server
from tests.support.postgres import PostgresServer
from tests.support.server import running_server

ENGINES = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole session; each server under test gets a database."""
    cluster = PostgresServer()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=ENGINES, autouse=True)
def engine(request: pytest.FixtureRequest) -> Iterator[str]:
    """The storage engine of this run: running_server() without db_path uses it."""
    if request.param == "sqlite":
        yield "sqlite"
        return
    cluster: PostgresServer = request.getfixturevalue("postgres")

    @contextmanager
    def fresh_database() -> Iterator[str]:
        url = cluster.database()
        try:
            yield url
        finally:
            cluster.drop(url)

    support_server.fresh_database = fresh_database
    try:
        yield "postgresql"
    finally:
        support_server.fresh_database = None


@pytest.fixture
def pg_url(postgres: PostgresServer) -> Iterator[str]:
    """A fresh empty PostgreSQL database (for tests that start the real CLI)."""
    url = postgres.database()
    try:
        yield url
    finally:
        postgres.drop(url)


@pytest.fixture
def server():
    with running_server() as running:
        yield running


@pytest.fixture
def api(server) -> Api:
    return Api(server.base_url)
