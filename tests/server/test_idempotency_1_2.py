"""API 1.2, idempotent creation: identical requests sent at once are one attempt (they get the
first answer and never count toward a lock), and the stored hash of a request is keyed.
The real server with 2 workers, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import uuid
from collections import Counter

import pytest

from aidant_app.server.db import Store
from aidant_app.server.errors import canonical_json
from tests.server.client import Api
from tests.server.test_limits_and_races import call, parallel
from tests.support.server import server_process


@pytest.fixture
def database(engine: str, tmp_path, request: pytest.FixtureRequest) -> str:
    if engine == "sqlite":
        return str(tmp_path / "aidant.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def running(database, tmp_path):
    with server_process(
        "--db", database, "--workers", "2", "--key-file", str(tmp_path / "server.key"),
        timeout=60,
    ) as process:  # fmt: skip
        yield process


def _twins(url: str, body: dict, count: int = 20) -> list[tuple[int, dict]]:
    key = str(uuid.uuid4())
    return parallel(
        count,
        lambda i: call(url, "POST", "/v1/accounts", body, headers={"Idempotency-Key": key})[:2],
    )


@pytest.mark.parametrize("wrong", [None, "birth_date", "postal_code", "iban"])
def test_twenty_identical_requests_are_one_attempt(running, wrong) -> None:
    api = Api(running.base_url)
    person = api.people("ready")[0]
    body = api.account_body(person, email="jumeaux@example.net")
    if wrong == "birth_date":
        body["birth_date"] = body["birth_date"][:8] + (
            "01" if body["birth_date"][8:] != "01" else "02"
        )
    elif wrong == "postal_code":
        body["postal_code"] = "75001" if body["postal_code"] != "75001" else "75002"
    elif wrong == "iban":
        body["iban"] = api.people("bank_mismatch")[0]["iban"]
    answers = _twins(running.base_url, body)
    statuses = Counter(status for status, _ in answers)
    assert 429 not in statuses, statuses
    assert len(statuses) == 1, statuses  # every twin got the first answer
    if wrong is None:
        assert len({a["id"] for _, a in answers}) == 1
        assert len({a["account_secret"] for _, a in answers}) == 1
        return
    # The person's number is not locked: two more wrong attempts are still answered as such,
    # and the right data then creates the account.
    for _ in range(2):
        again = dict(body, password=f"Autre-{uuid.uuid4().hex[:6]}-2026")  # another attempt
        assert api.create_account(again).status_code == 422
    right = api.account_body(person, email="jumeaux@example.net")
    assert api.create_account(right).status_code == 201


def test_the_stored_request_hash_is_keyed(running, database) -> None:
    api = Api(running.base_url)
    person = api.people("ready")[1]
    bodies = [
        api.account_body(person, email="hache@example.net", password=p)
        for p in ("Soleil-2026", "Lune-Bleue-77")
    ]
    bodies[0]["postal_code"] = "00000"  # refused, and remembered under its key
    for body in bodies:
        assert api.create_account(body).status_code in (201, 422)
    store = Store(database)
    try:
        stored = {str(v) for row in store.all("SELECT * FROM idempotency") for v in row}
    finally:
        store.close()
    assert len(stored) > 2  # the records are there
    for body in bodies:
        plain = hashlib.sha256(canonical_json(body).encode()).hexdigest()
        assert plain not in stored
        assert body["password"] not in " ".join(stored)
