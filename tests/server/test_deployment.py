"""Deployment: live mode refuses unsafe starts, helpers by operator command, several workers."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter

import pytest
import requests

from aidant_app.server import population
from aidant_app.server.db import Store
from tests.server.client import PASSWORD, Api
from tests.support.processes import worker_pids
from tests.support.server import server_process

PUBLIC = "https://aidant.example.org"
HELPER_PASSWORD = "Un-mot-de-passe-assez-long-2026"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def relay(smtp_relay: str) -> str:
    return smtp_relay


@pytest.fixture
def database(engine: str, tmp_path, request: pytest.FixtureRequest) -> str:
    """A durable database on this run's engine: a file, or a fresh PostgreSQL database."""
    if engine == "sqlite":
        return str(tmp_path / "aidant.db")
    return request.getfixturevalue("pg_url")


def _server_cli(*args: str, stdin: str = "", timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "aidant_app.server", *args],
        input=stdin,
        check=False,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def fresh(base_url: str, source: str | None = None) -> Api:
    """A client that opens a new connection per request, so any worker may answer each one;
    `source`: another loopback address, so the server sees another client (API 1.2 limits
    codes per client)."""
    api = Api(base_url, source=source)
    api.session.headers["Connection"] = "close"
    return api


# --- live mode refuses the unsafe starts --------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "reason"),
    [
        ("no-db", "live mode needs a durable database"),
        ("memory-db", "live mode needs a durable database"),
        ("no-smtp", "live mode needs an SMTP relay"),
        ("relay-down", "cannot reach the SMTP relay"),
        ("no-public-url", "live mode needs --public-url https://"),
        ("http-public-url", "live mode needs --public-url https://"),
        ("fixtures", "--fixtures-file is for training mode only"),
        ("workers-in-memory", "--workers 2 needs a shared database"),
    ],
)
def test_unsafe_starts_are_refused_with_one_line(case, reason, database, relay) -> None:
    live = ["--mode", "live", "--db", database, "--smtp", relay, "--public-url", PUBLIC]
    args = {
        "no-db": ["--mode", "live", "--smtp", relay, "--public-url", PUBLIC],
        "memory-db": [
            "--mode",
            "live",
            "--db",
            ":memory:",
            "--smtp",
            relay,
            "--public-url",
            PUBLIC,
        ],
        "no-smtp": ["--mode", "live", "--db", database, "--public-url", PUBLIC],
        "relay-down": [*live[:4], "--smtp", f"127.0.0.1:{_free_port()}", "--public-url", PUBLIC],
        "no-public-url": live[:6],
        "http-public-url": [*live[:6], "--public-url", "http://aidant.example.org"],
        "fixtures": [*live, "--fixtures-file", os.devnull],
        "workers-in-memory": ["--workers", "2"],
    }[case]
    done = _server_cli("--port", "0", *args)
    assert done.returncode == 2
    assert done.stdout == ""  # never the "listening" line
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("aidant-server: ") and reason in lines[0]


@pytest.mark.engine_independent
def test_more_workers_than_postgresql_accepts_is_refused(pg_url) -> None:
    # Each worker's pool may open 10 connections; past what PostgreSQL accepts, a busy
    # worker would wait for a connection that is refused, and answer errors under load.
    import psycopg

    with psycopg.connect(pg_url) as conn:
        total = int(conn.execute("SHOW max_connections").fetchone()[0])
        reserved = int(conn.execute("SHOW superuser_reserved_connections").fetchone()[0])
    workers = (total - reserved) // 10 + 1
    done = _server_cli("--port", "0", "--db", pg_url, "--workers", str(workers))
    assert done.returncode == 2 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("aidant-server: "), done.stderr
    assert f"{workers * 10} PostgreSQL connections" in lines[0]
    assert f"accepts {total - reserved}" in lines[0] and "max_connections" in lines[0]


# --- helpers by operator command, and a live server without training data ----------------------


def _helpers(database: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return _server_cli("helpers", "--db", database, *args, stdin=stdin)


def test_helpers_commands_and_a_live_server_without_training(database, relay, tmp_path) -> None:
    if not database.startswith("postgresql"):
        # An operator's typo must not create a second, empty database.
        missing = _helpers(database, "list")
        assert missing.returncode == 1 and "no database file" in missing.stderr
        assert not os.path.exists(database)
        Store(database).close()  # the file the server made at its first start
    added = _helpers(
        database, "add", "marie.d", "--structure", "Centre social Belleville", "--name", "Marie D.",
        stdin=HELPER_PASSWORD + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert HELPER_PASSWORD not in added.stdout + added.stderr
    again = _helpers(database, "add", "marie.d", "--structure", "X", stdin=HELPER_PASSWORD + "\n")
    assert again.returncode == 1 and "already exists" in again.stderr
    short = _helpers(database, "add", "paul", "--structure", "X", stdin="court\n")
    assert short.returncode == 2 and "12 to 128" in short.stderr
    listed = _helpers(database, "list")
    assert listed.stdout.splitlines() == ["marie.d\tMarie D.\tCentre social Belleville\tactive"]

    with server_process(
        "--mode", "live", "--db", database, "--smtp", relay, "--public-url", PUBLIC,
        "--workers", "2", "--key-file", str(tmp_path / "server.key"),
    ) as server:  # fmt: skip
        api = fresh(server.base_url)
        assert api.get("/v1/meta").json()["mode"] == "live"
        for method, path in [
            ("GET", "/v1/training/people"),
            ("POST", "/v1/training/inbox"),
            ("POST", "/v1/training/reset"),
            ("GET", "/v1/training"),
            ("GET", "/v1/training/"),
            ("GET", "/v1/training/people/"),
            ("DELETE", "/v1/training/anything/else"),
        ]:
            answer = api.request(method, path, json={}, allow_redirects=False)
            assert answer.status_code == 404, (method, path, answer.status_code)
            assert "location" not in answer.headers
        paths = api.get("/openapi.json").json()["paths"]
        assert "/v1/accounts" in paths
        assert not [p for p in paths if p.startswith("/v1/training")]

        # No practice helper and no fictitious people.
        demo = {"login": population.HELPER_LOGIN, "password": population.HELPER_PASSWORD}
        assert api.post("/v1/helper-sessions", json=demo).status_code == 401
        person = population.PEOPLE[0]
        body = {
            "nir": person.nir,
            "birth_date": person.birth_date.isoformat(),
            "postal_code": person.postal_code,
            "iban": person.iban_on_file,
            "email": "camille@example.org",
            "password": PASSWORD,
            "terms_version": api.get("/v1/meta").json()["terms"]["version"],
        }
        created = api.post(
            "/v1/accounts", json=body, headers={"Idempotency-Key": str(uuid.uuid4())}
        )
        assert created.status_code == 422 and created.json()["code"] == "identity_not_found"

        # The operator's helper signs in; once disabled, the token and the password stop working.
        signed = api.post(
            "/v1/helper-sessions", json={"login": "marie.d", "password": HELPER_PASSWORD}
        )
        assert signed.status_code == 201, signed.text
        assert signed.json()["helper"] == {
            "display_name": "Marie D.",
            "structure": "Centre social Belleville",
        }
        helper = Api(server.base_url, token=signed.json()["token"])
        assert helper.get("/v1/helper-sessions/current/activity").status_code == 200
        disabled = _helpers(database, "disable", "marie.d")
        assert disabled.returncode == 0 and "disabled" in disabled.stdout
        assert helper.get("/v1/helper-sessions/current/activity").status_code == 401
        again = api.post(
            "/v1/helper-sessions", json={"login": "marie.d", "password": HELPER_PASSWORD}
        )
        assert again.status_code == 401
    assert _helpers(database, "list").stdout.split("\t")[-1].startswith("disabled ")
    assert _helpers(database, "disable", "nobody").returncode == 1
    # The live database never serves a training run (and the reverse): one line, exit code 2.
    mixed = _server_cli("--port", "0", "--db", database, "--mode", "training")
    assert mixed.returncode == 2 and mixed.stdout == ""
    assert mixed.stderr.strip() == (
        "aidant-server: this database was made for live mode:"
        " a training server needs a database of its own"
    )


# --- several workers, one truth -----------------------------------------------------------------


def test_codes_links_and_limits_hold_whichever_worker_answers(database, monkeypatch) -> None:
    # No key configured: on PostgreSQL the CLI hands every worker the same fresh key.
    monkeypatch.delenv("AIDANT_SERVER_KEY", raising=False)
    with server_process("--db", database, "--workers", "4") as server:
        api = fresh(server.base_url)
        people = api.get("/v1/training/people").json()
        assert len(people) == len(population.PEOPLE)  # seeded once, not once per worker

        # A code: the cooldown and the attempt counter hold across workers.
        address = "dominique.worker@example.org"
        sent = api.post("/v1/email-verifications", json={"email": address})
        assert sent.status_code == 201, sent.text
        for _ in range(3):
            assert api.post("/v1/email-verifications", json={"email": address}).status_code == 429
        code = api.latest_code(address)
        wrong = "0" * len(code) if code != "0" * len(code) else "1" * len(code)
        confirm = f"/v1/email-verifications/{sent.json()['id']}/confirm"
        left = [
            api.post(confirm, json={"code": wrong}).json().get("attempts_left") for _ in range(4)
        ]
        assert left == [4, 3, 2, 1]
        assert api.post(confirm, json={"code": wrong}).status_code == 423
        assert api.post(confirm, json={"code": code}).status_code == 423

        # An account: its status and its link are the same on every worker.
        answer, _ = api.new_account(0, email="camille.workers@example.org")
        views = {
            api.get(f"/v1/accounts/{answer['id']}/activation").json()["status"] for _ in range(8)
        }
        assert views == {"pending"}
        link = api.latest_link("camille.workers@example.org")
        assert api.post("/v1/activations", json={"link": link}).json()["status"] == "active"
        assert api.post("/v1/activations", json={"link": link}).json()["code"] == "link_used"
        views = {
            api.get(f"/v1/accounts/{answer['id']}/activation").json()["status"] for _ in range(8)
        }
        assert views == {"active"}

        # Sign-in failures count in the database: the sixth try is refused on any worker.
        bad = {"login": population.HELPER_LOGIN, "password": "pas-le-bon-mot-de-passe"}
        statuses = [api.post("/v1/helper-sessions", json=bad).status_code for _ in range(6)]
        assert statuses == [401] * 5 + [429]

        # Trainers pressing "reset" on several PCs at once: one population, not several.
        resets: list[int] = []
        threads = [
            threading.Thread(
                target=lambda: resets.append(
                    fresh(server.base_url).post("/v1/training/reset").status_code
                )
            )
            for _ in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert resets == [204] * 8
        assert len(api.get("/v1/training/people").json()) == len(population.PEOPLE)
        assert server.stop() == 0  # SIGTERM: every worker ends, the parent exits cleanly


def test_several_workers_relay_each_message_once(database, smtp_relay) -> None:
    """The outbox is shared: every worker's relay thread claims rows, none sends one twice."""
    with server_process("--db", database, "--workers", "4", "--smtp", smtp_relay) as server:
        addresses = [f"une.fois.{n}@example.org" for n in range(24)]
        for n, address in enumerate(addresses):
            client = fresh(server.base_url, source=f"127.0.0.{2 + n // 10}")
            assert client.post("/v1/email-verifications", json={"email": address}).status_code == 201
        deadline = time.monotonic() + 30
        while len(smtp_relay.recipients) < len(addresses) and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.5)  # room for a duplicate to show up
        assert Counter(smtp_relay.recipients) == dict.fromkeys(addresses, 1)


def test_killing_a_worker_during_writes_loses_nothing_acknowledged(database) -> None:
    with server_process("--db", database, "--workers", "4") as server:
        api = fresh(server.base_url)
        assert api.get("/v1/health").status_code == 200
        deadline = time.monotonic() + 20
        while len(worker_pids(server.process.pid)) < 4 and time.monotonic() < deadline:
            time.sleep(0.1)
        victims = worker_pids(server.process.pid)
        assert len(victims) == 4

        acknowledged: dict[str, str] = {}  # address -> verification id
        refused: list[str] = []
        lock = threading.Lock()
        started = threading.Event()

        def write(client: int) -> None:
            for index in range(25):
                address = f"kill.{client}.{index}@example.org"
                session = fresh(server.base_url, source=f"127.0.{client + 2}.{index // 10 + 1}")
                try:
                    answer = session.post("/v1/email-verifications", json={"email": address})
                except requests.RequestException:
                    refused.append(address)  # the connection died with the worker: not acknowledged
                    continue
                started.set()
                with lock:
                    if answer.status_code == 201:
                        acknowledged[address] = answer.json()["id"]
                    else:
                        refused.append(address)

        threads = [threading.Thread(target=write, args=(n,)) for n in range(6)]
        for thread in threads:
            thread.start()
        assert started.wait(30)
        time.sleep(0.3)
        os.kill(victims[0], signal.SIGKILL)
        for thread in threads:
            thread.join(120)

        assert len(acknowledged) >= 100  # most writes went through, before and after the kill
        for address, verification in acknowledged.items():
            code = api.latest_code(address)
            confirmed = api.post(
                f"/v1/email-verifications/{verification}/confirm", json={"code": code}
            )
            assert confirmed.status_code == 200, (address, confirmed.text)
        # The supervisor replaced the dead worker.
        deadline = time.monotonic() + 30
        while len(worker_pids(server.process.pid)) < 4 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert victims[0] not in worker_pids(server.process.pid)
        assert len(worker_pids(server.process.pid)) == 4


def _established_per_worker(workers: list[int], port: int) -> dict[int, int]:
    """How many open client connections on `port` each worker process holds (from /proc)."""
    established: set[str] = set()  # socket inodes of connections to the server's port
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as lines:
            next(lines)
            for line in lines:
                fields = line.split()
                local_port = int(fields[1].rsplit(":", 1)[1], 16)
                if local_port == port and fields[3] == "01":  # 01: ESTABLISHED
                    established.add(fields[9])
    held = {}
    for pid in workers:
        inodes = set()
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[len("socket:[") : -1])
        held[pid] = len(inodes & established)
    return held


@pytest.mark.engine_independent
def test_a_burst_of_keep_alive_connections_is_shared_by_the_workers(tmp_path) -> None:
    # Fifty helpers' apps connecting at the same moment must not all land on one worker
    # and leave the others idle for as long as the connections live.
    with server_process("--db", str(tmp_path / "aidant.db"), "--workers", "2") as server:
        port = int(server.base_url.rsplit(":", 1)[1])
        workers: list[int] = []
        deadline = time.monotonic() + 20
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
            workers = worker_pids(server.process.pid)
        assert len(workers) == 2
        wait_until = time.monotonic() + 20
        while time.monotonic() < wait_until:  # both workers listen once they answer
            listening = subprocess.run(
                ["ss", "-Hltn", f"sport = :{port}"], capture_output=True, text=True, check=True
            ).stdout.count("LISTEN")
            if listening == 2:
                break
            time.sleep(0.1)
        connections = [socket.create_connection(("127.0.0.1", port)) for _ in range(60)]
        try:
            request = f"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
            for conn in connections:
                conn.sendall(request)
            for conn in connections:
                assert conn.recv(4096).startswith(b"HTTP/1.1 200")
            held = _established_per_worker(workers, port)
        finally:
            for conn in connections:
                conn.close()
    assert sum(held.values()) == 60
    # The kernel spreads connections at random: each worker holds a fair share, not all.
    assert min(held.values()) >= 15, held


@pytest.mark.engine_independent
@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_port_another_server_listens_on_is_refused(tmp_path, workers) -> None:
    with server_process("--db", str(tmp_path / "first.db"), "--workers", "2") as server:
        port = server.base_url.rsplit(":", 1)[1]
        second = _server_cli(
            "--port", port, "--workers", workers, "--db", str(tmp_path / "second.db")
        )
        assert second.returncode == 2
        assert f"cannot listen on 127.0.0.1:{port}" in second.stderr
        assert fresh(server.base_url).get("/v1/health").status_code == 200
