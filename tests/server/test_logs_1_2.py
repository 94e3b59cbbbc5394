"""API 1.2: logs hold no id and no secret from a path, and cannot be forged.

The real server at --log-level info, with 2 workers on SQLite and on PostgreSQL: a whole
journey leaves no account id, verification id, token or secret in its log; percent-encoded
and raw control characters in a path give one line each, with no control character.
"""

from __future__ import annotations

import re
import socket
from urllib.parse import urlsplit

import pytest

from aidant_app.server.app import create_app
from aidant_app.server.settings import Settings
from tests.server.client import Api, proof_for
from tests.support.server import server_process

FORGED = "FORGED-LINE"


@pytest.fixture
def database(engine: str, tmp_path, request: pytest.FixtureRequest) -> str:
    if engine == "sqlite":
        return str(tmp_path / "aidant.db")
    return request.getfixturevalue("pg_url")


def _raw_request(base_url: str, target: bytes) -> None:
    """Send a request line as bytes, exactly (no client library cleans it up)."""
    parts = urlsplit(base_url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(
            b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        while sock.recv(65536):
            pass


HOSTILE_TARGETS = [
    b'/v1/health%0A127.0.0.1:1 - "GET /v1/admin HTTP/1.1" 200 ' + FORGED.encode(),
    b"/v1/health%0d%0a" + FORGED.encode(),
    b"/v1/accounts/%1B%5B2J%1B%5D0;" + FORGED.encode() + b"%07/activation",
    b"/activate/%E2%80%A8" + FORGED.encode(),
    b"/v1/accounts/\xc2\x9b31m" + FORGED.encode() + b"/activation",  # raw C1 CSI, as latin-1
    b"/v1/meta?x=%0A" + FORGED.encode(),
]


def test_a_journey_and_hostile_paths_leave_no_id_secret_or_control_in_the_log(
    database, tmp_path
) -> None:
    with server_process(
        "--db", database, "--workers", "2", "--log-level", "info",
        "--key-file", str(tmp_path / "server.key"),
    ) as running:  # fmt: skip
        api = Api(running.base_url)
        started = api.post("/v1/email-verifications", {"email": "journal@example.net"}).json()
        proof = proof_for(api, "journal.bis@example.net")
        created, body = api.new_account(0, email="journal.bis@example.net")
        body["email_proof"] = proof
        api.get(f"/v1/accounts/{created['id']}/activation")
        api.post(f"/v1/accounts/{created['id']}/activation/resend")
        resumed = api.post(
            "/v1/journeys/resume",
            {"journey_code": created["journey_code"], "birth_date": body["birth_date"]},
        ).json()
        token = api.latest_link("journal.bis@example.net").rsplit("/", 1)[1]
        api.get(f"/activate/{token}")
        for target in HOSTILE_TARGETS:
            _raw_request(running.base_url, target)
        running.stop()
        log = running.stderr_text()
    secrets = [
        created["id"], created.get("account_secret"), created["journey_code"], token,
        started["id"], resumed.get("account_secret"),
    ]  # fmt: skip
    for value in filter(None, secrets):
        assert value not in log, value[:4]
    assert "/v1/accounts/[redacted]/activation" in log  # the lines are there, ids hidden
    lines = log.splitlines()
    assert not [line for line in lines if line.lstrip().startswith("127.0.0.1:1 ")]
    assert not [line for line in lines if line.startswith(FORGED)]
    for line in lines:
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]", line), repr(line)


@pytest.mark.engine_independent
def test_every_fixed_word_of_every_route_is_known_to_the_log_filter() -> None:
    """A new route's words must stay readable in the log; anything else is redacted."""
    from aidant_app.server.logs import KNOWN_SEGMENTS

    app = create_app(Settings())
    try:
        words = {
            segment
            for route in app.routes
            for segment in getattr(route, "path", "").split("/")
            if segment and "{" not in segment
        }
    finally:
        app.state.aidant.close()
    assert words <= KNOWN_SEGMENTS, words - KNOWN_SEGMENTS
