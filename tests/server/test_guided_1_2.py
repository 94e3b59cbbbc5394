"""Guided account creation (API 1.2): meta says where the account is created, and a guided
server refuses accounts, activation and resume with not_offered, over real HTTP."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.server.client import Api, problem, proof_for
from tests.support.server import running_server, server_process

OFFICIAL = json.loads(
    (Path(__file__).resolve().parents[2] / "resources" / "official_signup.json").read_text("utf-8")
)
PUBLIC = "https://aidant.centre.example"


def _refuses_every_account_call(api: Api, person: dict, email: str) -> None:
    """Each endpoint about an account answers 404 not_offered, whatever it is given."""
    body = api.account_body(person, email=email)
    problem(api.create_account(body), 404, "not_offered")
    # Even a request the API version 1.1 would refuse for its missing key: no account here.
    problem(api.post("/v1/accounts", body), 404, "not_offered")
    some_id = uuid.uuid4().hex
    problem(api.get(f"/v1/accounts/{some_id}/activation"), 404, "not_offered")
    problem(api.post(f"/v1/accounts/{some_id}/activation/resend"), 404, "not_offered")
    problem(api.put(f"/v1/accounts/{some_id}/email", {"email": email}), 404, "not_offered")
    problem(api.post("/v1/activations", {"link": "https://x.example/activate/abc"}), 404,
            "not_offered")
    problem(api.post("/v1/journeys/resume", {"journey_code": "ABCD-EFGH", "birth_date":
                                             person["birth_date"]}), 404, "not_offered")


def test_an_api_server_says_so_in_meta(api: Api) -> None:
    meta = api.get("/v1/meta").json()
    assert (meta["account_creation"], meta["guided"], meta["email_proof"]) == ("api", None, "code")


def test_guided_training_refuses_accounts_and_keeps_checks_codes_mailboxes_helpers() -> None:
    with running_server(account_creation="guided") as server:
        api = Api(server.base_url)
        meta = api.get("/v1/meta").json()
        assert meta["mode"] == "training" and meta["account_creation"] == "guided"
        assert meta["guided"] == {"url": OFFICIAL["url"],
                                  "steps_checked_on": OFFICIAL["checked_on"]}
        assert meta["guided"]["url"].startswith("https://assure.ameli.fr/")
        assert meta["email_proof"] == "code"
        person = api.people()[0]
        address = "camille.guidee@example.org"
        _refuses_every_account_call(api, person, address)
        # What stays: the check, the code through the captured inbox, the mailbox service.
        checked = api.post("/v1/email-checks", {"email": address})
        assert checked.status_code == 200 and checked.json()["available"] is True
        assert proof_for(api, address)
        made = api.post("/v1/mailboxes", {"first_name": "Léa", "last_name": "Guidée",
                                          "password": "Boite-aux-lettres-42"})
        assert made.status_code == 201, made.text
        signed = api.post("/v1/helper-sessions",
                          {"login": "aidant.demo", "password": "Entrainement-2026"})
        assert signed.status_code == 201, signed.text
        # Nothing was created by the refused calls: a second try is refused the same way.
        problem(api.create_account(api.account_body(person, email=address)), 404, "not_offered")


def test_no_mail_server_refuses_codes_and_still_checks_addresses() -> None:
    """The desktop app's own child for a person at home: live, guided, no mail, in memory."""
    with server_process(
        "--mode", "live", "--account-creation", "guided", "--email-proof", "none"
    ) as running:  # fmt: skip
        api = Api(running.base_url)
        meta = api.get("/v1/meta").json()
        assert (meta["mode"], meta["account_creation"], meta["email_proof"]) == (
            "live", "guided", "none")
        assert meta["mailbox_service"] is None and meta["guided"]["url"] == OFFICIAL["url"]
        problem(api.post("/v1/email-verifications", {"email": "a.b@example.org"}), 404,
                "not_offered")
        problem(api.post(f"/v1/email-verifications/{uuid.uuid4().hex}/confirm",
                         {"code": "123456"}), 404, "not_offered")
        problem(api.post("/v1/accounts", {}), 404, "not_offered")
        checked = api.post("/v1/email-checks", {"email": " personne@EXAMPLE.org "})
        assert checked.status_code == 200, checked.text
        assert checked.json()["email"] == "personne@example.org"
        assert checked.json()["available"] is True
        problem(api.get("/v1/training/people"), 404, "not_found")  # nothing fictitious


@pytest.mark.engine_independent
def test_no_mail_needs_guided_creation_and_an_api_live_server_still_needs_its_relay() -> None:
    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "aidant_app.server", "--port", "0", *args],
                              capture_output=True, text=True, timeout=60, check=False)

    refused = cli("--email-proof", "none")
    assert refused.returncode == 2 and "--account-creation guided" in refused.stderr
    no_relay = cli("--mode", "live", "--account-creation", "guided")
    assert no_relay.returncode == 2 and "durable database" in no_relay.stderr


def test_guided_live_server_mails_codes_through_its_relay(smtp_relay, tmp_path) -> None:
    """A centre's own server: a database, a relay, no partner."""
    database = str(tmp_path / "centre.db")
    with server_process(
        "--mode", "live", "--account-creation", "guided", "--db", database,
        "--smtp", smtp_relay, "--public-url", PUBLIC, "--key-file", str(tmp_path / "k.key"),
    ) as running:  # fmt: skip
        api = Api(running.base_url)
        meta = api.get("/v1/meta").json()
        assert (meta["mode"], meta["account_creation"], meta["email_proof"]) == (
            "live", "guided", "code")
        address = "centre.personne@example.org"
        assert api.post("/v1/email-verifications", {"email": address}).status_code == 201
        deadline = time.monotonic() + 15
        while address not in smtp_relay.recipients and time.monotonic() < deadline:
            time.sleep(0.1)
        assert smtp_relay.recipients == [address]
        person = {"nir": "1 84 12 75 116 001 26", "birth_date": "1984-12-01",
                  "postal_code": "75011", "iban": "FR7630006000011234567890189"}
        problem(api.post("/v1/accounts", {**person, "email": address}), 404, "not_offered")
