"""API 1.1: account creation is one transaction, proven by killing the real server process
between its writes, restarting it on the same database, and retrying with the same key."""

from __future__ import annotations

import uuid

import pytest
import requests

from aidant_app.server.creation import CRASH_ENV
from tests.server.client import Api, problem
from tests.support.server import server_process

# Inside the transaction (nothing may remain) and just after its commit (all must remain).
POINTS = ["account", "link", "idempotency", "commit"]


@pytest.fixture
def database(engine: str, tmp_path, request: pytest.FixtureRequest) -> str:
    if engine == "sqlite":
        return str(tmp_path / "aidant.db")
    return request.getfixturevalue("pg_url")


@pytest.mark.parametrize("point", POINTS)
def test_a_crash_at_any_point_leaves_all_or_nothing(database, tmp_path, point) -> None:
    key = str(uuid.uuid4())
    key_file = str(tmp_path / "server.key")
    common = ("--db", database, "--key-file", key_file)
    with server_process(*common, env={CRASH_ENV: point}) as crashing:
        api = Api(crashing.base_url)
        body = api.account_body(api.people("ready")[0], email="atomique@example.net")
        with pytest.raises(requests.ConnectionError):
            api.create_account(body, key)  # the process dies before answering
        assert crashing.process.wait(10) == 86

    with server_process(*common) as restarted:
        api = Api(restarted.base_url)
        if point != "commit":
            # Nothing of the first attempt is left: no account, no link, no message.
            assert api.inbox("atomique@example.net") == []
            assert api.post("/v1/email-checks", {"email": "atomique@example.net"}).json()[
                "available"
            ]
        first = api.create_account(body, key)
        assert first.status_code == 201, first.text
        again = api.create_account(body, key)
        assert again.status_code == 201 and again.json() == first.json()
        created = first.json()

        # Exactly one account, with one link that works, and its journey code.
        problem(api.create_account(body), 409, "account_exists")
        messages = [m for m in api.inbox("atomique@example.net") if "/activate/" in m["text"]]
        assert len(messages) == 1
        resumed = api.post(
            "/v1/journeys/resume",
            {"journey_code": created["journey_code"], "birth_date": body["birth_date"]},
        )
        assert resumed.status_code == 200 and resumed.json()["account_id"] == created["id"]
        activated = api.post("/v1/activations", {"link": api.latest_link("atomique@example.net")})
        assert activated.json() == {"status": "active", "account_id": created["id"]}
