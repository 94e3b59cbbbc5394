"""After a helper's journey and two records, the stored records hold nothing of the person.

Checked in the database itself (every column of every record, SQLite and PostgreSQL) and in
what the listing answers; the journey's values are the ones a person typed or received.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

import pytest

from aidant_app.server.db import Store
from aidant_app.server.errors import canonical_json
from aidant_app.server.models_accompaniments import AccompanimentCreate
from tests.server.client import Api, proof_for
from tests.support.server import running_server, server_process

DEMO = {"login": "aidant.demo", "password": "Entrainement-2026"}
PATH = "/v1/helper-sessions/current/accompaniments"


def test_records_after_a_journey_hold_none_of_its_values() -> None:
    with running_server() as server:
        token = Api(server.base_url).post("/v1/helper-sessions", DEMO).json()["token"]
        helper = Api(server.base_url, token)
        person = helper.people("ready")[0]
        email = "odile.fictive@example.net"
        body = helper.account_body(person, email=email, email_proof=proof_for(helper, email))
        created = helper.create_account(body)
        assert created.status_code == 201, created.text
        today = server.clock().date().isoformat()  # the server's today
        for record in (
            {"date": today, "duration_minutes": 45, "place": "lieu_activite",
             "themes": ["email", "sante"], "equipment": ["ordinateur"],
             "postal_code": "29200", "age_band": "soixante_dix_plus"},
            {"date": today, "duration_minutes": 30, "place": "a_distance",
             "themes": ["aide_aux_demarches_administratives", "social_sante"],
             "referred": True, "referred_to": "operateur_ou_organisme_en_charge"},
        ):
            answer = helper.post(PATH, record, headers={"Idempotency-Key": str(uuid.uuid4())})
            assert answer.status_code == 201, answer.text
        journey = {
            person["first_name"], person["last_name"], person["nir"].replace(" ", ""),
            person["nir"].replace(" ", "")[:13], person["birth_date"], person["postal_code"],
            person["iban"], email, "odile.fictive", created.json()["id"],
            created.json()["journey_code"], body["password"],
            dt.date.fromisoformat(person["birth_date"]).strftime("%d/%m/%Y"),
        }
        rows = server.state.store.all("SELECT * FROM accompaniments")
        assert len(rows) == 2
        stored = " | ".join(str(value) for row in rows for value in row).lower()
        listed = helper.get(PATH).text.lower()
        for value in journey:
            assert value.lower() not in stored, "a journey value is in a stored record"
            assert value.lower() not in listed, "a journey value is in the listing"


@pytest.fixture
def database(engine: str, tmp_path, request: pytest.FixtureRequest) -> str:
    if engine == "sqlite":
        return str(tmp_path / "aidant.db")
    return request.getfixturevalue("pg_url")


def test_the_stored_body_hash_is_keyed_and_outlives_a_restart(database, tmp_path) -> None:
    """API 1.2: no plain hash of a record's values at rest (a few Coop values are easily tried
    one by one); the keyed hash still recognises a retry after the server restarts."""
    arguments = ("--db", database, "--workers", "2", "--key-file", str(tmp_path / "server.key"))
    today = dt.datetime.now(dt.UTC).date().isoformat()  # the server's clock is the real one
    body = {"date": today, "duration_minutes": 30, "place": "a_distance",
            "themes": ["email"], "postal_code": "29200"}
    key = str(uuid.uuid4())
    with server_process(*arguments, timeout=60) as process:
        token = Api(process.base_url).post("/v1/helper-sessions", DEMO).json()["token"]
        first = Api(process.base_url, token).post(PATH, body, headers={"Idempotency-Key": key})
        assert first.status_code == 201, first.text
    store = Store(database)
    try:
        stored = {str(v) for row in store.all("SELECT * FROM accompaniments") for v in row}
    finally:
        store.close()
    read = AccompanimentCreate(**body).model_dump()  # the body as the server reads it
    plain = {hashlib.sha256(canonical_json(value).encode()).hexdigest()
             for value in (body, read, {"helper": DEMO["login"], **body},
                           {"helper": DEMO["login"], **read})}
    assert stored and not plain & stored
    with server_process(*arguments, timeout=60) as process:  # the same key file, restarted
        helper = Api(process.base_url, token)
        again = helper.post(PATH, body, headers={"Idempotency-Key": key})
        assert again.status_code == 201 and again.json()["id"] == first.json()["id"]
        other = helper.post(PATH, {**body, "duration_minutes": 45},
                            headers={"Idempotency-Key": key})
        assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"
        assert len(helper.get(PATH).json()["accompaniments"]) == 1
