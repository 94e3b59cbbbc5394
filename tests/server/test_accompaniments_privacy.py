"""After a helper's journey and two records, the stored records hold nothing of the person.

Checked in the database itself (every column of every record, SQLite and PostgreSQL) and in
what the listing answers; the journey's values are the ones a person typed or received.
"""

from __future__ import annotations

import datetime as dt
import uuid

from tests.server.client import Api, proof_for
from tests.support.server import running_server

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
