"""Fixtures for the server tests: every test on SQLite and PostgreSQL, and on 4 real workers."""

from __future__ import annotations

import json
import os
import socket
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import requests

from tests.server.client import Api
from tests.support import server as support_server
from tests.support.postgres import PostgresServer
from tests.support.server import FAKE_MX, running_server, server_process

# "workers": `aidant-server --db postgresql://... --workers 4` as a real process, for every
# test that uses the `server` fixture (the others would only repeat the postgresql run).
ENGINES = ("sqlite", "postgresql", "workers")
WORKERS = 4


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "engine_independent: the test picks its own storage; run it once (SQLite)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        engine = callspec.params.get("engine") if callspec is not None else None
        on_workers = engine == "workers"
        needs_server = "server" in getattr(item, "fixturenames", ())
        repeated = engine not in (None, "sqlite") and item.get_closest_marker("engine_independent")
        (dropped if (on_workers and not needs_server) or repeated else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole session; each server under test gets a database."""
    cluster = PostgresServer()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=ENGINES, autouse=True)
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The storage engine of this run: running_server() without db_path uses it."""
    if request.param == "sqlite":
        yield "sqlite"
        return
    cluster: PostgresServer = request.getfixturevalue("postgres")
    # A PostgreSQL deployment keeps its hash key outside the database (API 1.1): here, in
    # the environment, as deploy/compose.yaml does.
    monkeypatch.setenv("AIDANT_SERVER_KEY", "ab" * 32)

    support_server.fresh_database = cluster.borrowed
    try:
        yield request.param
    finally:
        support_server.fresh_database = None


class RelayAddress(str):
    """ "127.0.0.1:PORT" of a test relay; `.recipients` lists who each message went to."""

    recipients: list[str]


class _AcceptAll:
    def __init__(self, recipients: list[str]) -> None:
        self.recipients = recipients

    async def handle_DATA(self, server, session, envelope):
        self.recipients.extend(envelope.rcpt_tos)
        return "250 OK"


@pytest.fixture
def smtp_relay() -> Iterator[RelayAddress]:
    """A real SMTP server on loopback that accepts every message."""
    from aiosmtpd.controller import Controller

    with socket.socket() as probe:  # aiosmtpd needs a real port number to check its start
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = RelayAddress(f"127.0.0.1:{port}")
    address.recipients = []
    controller = Controller(_AcceptAll(address.recipients), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield address
    finally:
        controller.stop()


@pytest.fixture
def pg_url(postgres: PostgresServer) -> Iterator[str]:
    """A fresh empty PostgreSQL database (for tests that start the real CLI)."""
    url = postgres.database()
    try:
        yield url
    finally:
        postgres.drop(url)


@dataclass
class WorkersServer:
    """The real CLI with several workers; its clock moves through its fixtures file."""

    base_url: str
    fixtures_path: str
    offset: float = 0.0

    def write_fixtures(self) -> None:
        temporary = self.fixtures_path + ".new"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump({"clock_offset_s": self.offset, "mx": FAKE_MX}, handle)
        os.replace(temporary, self.fixtures_path)  # every worker sees the whole file or none

    def advance(self, seconds: float = 0, **delta: float) -> None:
        import datetime as dt

        self.offset += dt.timedelta(seconds=seconds, **delta).total_seconds()
        self.write_fixtures()


@pytest.fixture(scope="session")
def workers_server(postgres: PostgresServer) -> Iterator[WorkersServer]:
    """One multi-worker server for the session; each test starts from a training reset."""
    url = postgres.database()
    folder = tempfile.mkdtemp(prefix="aidant-workers-")
    handle = WorkersServer("", os.path.join(folder, "fixtures.json"))
    handle.write_fixtures()
    try:
        with server_process(
            "--db", url, "--workers", str(WORKERS), "--fixtures-file", handle.fixtures_path,
            timeout=60,
        ) as process:  # fmt: skip
            handle.base_url = process.base_url
            yield handle
    finally:
        postgres.drop(url)
        for name in os.listdir(folder):
            os.remove(os.path.join(folder, name))
        os.rmdir(folder)


@pytest.fixture
def server(engine: str, request: pytest.FixtureRequest):
    if engine != "workers":
        with running_server() as running:
            yield running
        return
    handle: WorkersServer = request.getfixturevalue("workers_server")
    handle.offset = 0.0
    handle.write_fixtures()
    answer = requests.post(
        handle.base_url + "/v1/training/reset",
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    assert answer.status_code == 204, answer.text
    yield handle


@pytest.fixture
def api(server) -> Api:
    return Api(server.base_url)
