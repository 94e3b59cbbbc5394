"""A PostgreSQL that stops answering: the app is told to come back, and the server recovers."""

from __future__ import annotations

import os
import signal
import sys
import time

import pytest

from aidant_app.api.client import AidantClient
from aidant_app.api.errors import NetworkError
from tests.server.client import Api
from tests.support.postgres import PostgresServer
from tests.support.processes import worker_pids
from tests.support.server import server_process

pytestmark = pytest.mark.engine_independent  # it brings its own PostgreSQL, to stop it


@pytest.fixture
def own_postgres():
    cluster = PostgresServer()
    try:
        yield cluster
    finally:
        cluster.stop()


def _check(api: Api, address: str):
    return api.post("/v1/email-checks", json={"email": address})


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_database_outage_says_come_back_later_and_ends_by_itself(
    own_postgres, workers, monkeypatch
) -> None:
    monkeypatch.setenv("AIDANT_SERVER_KEY", "cd" * 32)  # kept outside the database
    url = own_postgres.database()
    with server_process("--db", url, "--workers", workers) as server:
        api = Api(server.base_url)
        api.session.headers["Connection"] = "close"  # any worker may answer each request
        assert _check(api, "avant.panne@example.org").status_code == 200

        own_postgres.pause()  # the database goes away, its connections cut
        began = time.monotonic()
        for call in (
            lambda: _check(api, "pendant.panne@example.org"),
            lambda: api.post("/v1/email-verifications", json={"email": "code@example.org"}),
        ):
            answer = call()
            assert answer.status_code == 503, answer.text
            assert answer.json()["code"] == "backend_unavailable"
            assert int(answer.headers["Retry-After"]) > 0
        assert time.monotonic() - began < 60  # told soon, not after the client gave up
        # The desktop app's own client: the code its words table turns into "momentarily
        # unavailable, what you typed is kept".
        with pytest.raises(NetworkError) as raised:
            AidantClient(server.base_url, deadline=8).check_email("client.panne@example.org")
        assert raised.value.code == "backend_unavailable"
        assert api.get("/v1/health").status_code == 200  # the process itself is alive
        assert api.get("/v1/meta").status_code == 200  # the rules need no database

        own_postgres.resume()
        deadline = time.monotonic() + 30
        while (answer := _check(api, "apres.panne@example.org")).status_code != 200:
            assert answer.status_code == 503, answer.text
            assert time.monotonic() < deadline, "the server did not come back with its database"
            time.sleep(0.5)
        created = api.post("/v1/email-verifications", json={"email": "code@example.org"})
        assert created.status_code == 201
        log = server.stderr_text()
        assert "database unavailable" in log
        assert "Traceback" not in log and "internal_error" not in log, log[-6000:]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_restarted_during_an_outage_waits_for_its_database(
    own_postgres, monkeypatch
) -> None:
    """A worker uvicorn restarts in the middle of an outage (it died, or missed a health
    check on a busy machine) waits for the database. It used to fail with a traceback, and
    uvicorn started another that failed the same way, and so on until the outage ended
    (seen once in five fresh-clone runs of the suite on a busy machine)."""
    monkeypatch.setenv("AIDANT_SERVER_KEY", "cd" * 32)
    with server_process("--db", own_postgres.database(), "--workers", "2") as server:
        api = Api(server.base_url)
        api.session.headers["Connection"] = "close"
        assert _check(api, "avant.panne@example.org").status_code == 200
        workers = set(worker_pids(server.process.pid))
        assert len(workers) == 2, workers

        own_postgres.pause()
        os.kill(min(workers), signal.SIGKILL)
        deadline = time.monotonic() + 20
        while len((now := set(worker_pids(server.process.pid))) - workers) < 1:
            assert time.monotonic() < deadline, "uvicorn did not restart the worker"
            time.sleep(0.2)
        time.sleep(4)  # the new worker tries its database, which is still down
        assert server.process.poll() is None, server.stderr_text()[-3000:]
        assert _check(api, "pendant.panne@example.org").status_code == 503

        own_postgres.resume()
        deadline, answered = time.monotonic() + 40, 0
        while answered < 6:  # several in a row: both workers answer again
            assert time.monotonic() < deadline, server.stderr_text()[-3000:]
            answer = _check(api, "apres.panne@example.org")
            answered = answered + 1 if answer.status_code == 200 else 0
            time.sleep(0.3)
        assert set(worker_pids(server.process.pid)) == now
        log = server.stderr_text()
        assert "waits for it to start" in log
        assert "Traceback" not in log, log[-6000:]
