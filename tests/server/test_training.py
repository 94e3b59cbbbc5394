"""The training population, the captured inbox, the training mail service, reset."""

from __future__ import annotations

from collections import Counter

from aidant_app import rules
from tests.server.client import Api, problem

STRONG = "Montagne-2026"


def test_population_is_valid_and_covers_every_situation(api: Api) -> None:
    people = api.people()
    assert len(people) >= 20
    situations = Counter(p["situation"] for p in people)
    assert set(situations) == {
        "ready",
        "has_account",
        "temporary_number",
        "bank_mismatch",
        "locked",
    }
    assert situations["ready"] >= 10
    departments = {rules.normalise_nir(p["nir"])[5:7] for p in people}
    assert {"2A", "2B", "99"} <= departments
    for p in people:
        code = rules.check_nir(p["nir"])
        expected = "nir_temporary" if p["situation"] == "temporary_number" else None
        assert code == expected, p["nir"]
        assert rules.check_birth_date(p["nir"], p["birth_date"]) is None
        assert rules.check_iban(p["iban"]) is None
        assert rules.check_postal_code(p["postal_code"]) is None
        assert (p["email"] is not None) == (p["situation"] == "has_account")
        assert p["nir"] == rules.group_nir(p["nir"])
    assert len({p["nir"] for p in people}) == len(people)


def test_every_ready_person_can_open_an_account(api: Api) -> None:
    for index, person in enumerate(api.people("ready")):
        body = api.account_body(person, email=f"ready{index}@example.net")
        assert api.create_account(body).status_code == 201, person["first_name"]


def test_mailbox_creation_and_its_private_inbox(api: Api) -> None:
    made = api.post(
        "/v1/mailboxes", {"first_name": "Zoé", "last_name": "Lefèvre-Dupré", "password": STRONG}
    )
    assert made.status_code == 201
    address = made.json()["address"]
    assert address == "zoe.lefevre-dupre@entrainement.example"
    assert made.json()["webmail_url"] is None
    api.post("/v1/email-verifications", {"email": address})
    problem(api.post("/v1/training/inbox", {"address": address}), 401, "bad_credentials")
    problem(
        api.post("/v1/training/inbox", {"address": address, "password": "Wrong-2026x"}),
        401,
        "bad_credentials",
    )
    messages = api.inbox(address, STRONG)
    assert len(messages) == 1 and "code" in messages[0]["subject"]
    assert messages[0]["to"] == address and "entraînement" in messages[0]["from"]
    assert "<html" in messages[0]["html"]


def test_taken_address_offers_free_alternatives(api: Api) -> None:
    body = {"first_name": "Zoé", "last_name": "Martin", "password": STRONG}
    assert api.post("/v1/mailboxes", body).status_code == 201
    taken = problem(api.post("/v1/mailboxes", body), 409, "address_taken")
    assert len(taken["alternatives"]) >= 2
    chosen = taken["alternatives"][0]
    again = api.post("/v1/mailboxes", {**body, "address": chosen.split("@")[0]})
    assert again.status_code == 201 and again.json()["address"] == chosen
    problem(api.post("/v1/mailboxes", {**body, "address": "zoe.martin"}), 409, "address_taken")


def test_mailbox_refusals(api: Api) -> None:
    body = {"first_name": "Zoé", "last_name": "Martin", "password": "court"}
    problem(api.post("/v1/mailboxes", body), 422, "password_policy")
    problem(
        api.post("/v1/mailboxes", {**body, "password": STRONG, "address": "zoé martin!"}),
        422,
        "address_invalid",
    )


def test_inbox_is_newest_first(server, api: Api) -> None:
    address = "ordre@example.net"
    api.post("/v1/email-verifications", {"email": address})
    server.advance(31)
    api.post("/v1/email-verifications", {"email": address})
    messages = api.inbox(address)
    assert len(messages) == 2
    assert messages[0]["received_at"] > messages[1]["received_at"]


def test_reset_returns_to_the_initial_population(api: Api) -> None:
    _, body = api.new_account(0)
    api.post("/v1/mailboxes", {"first_name": "Zoé", "last_name": "Martin", "password": STRONG})
    assert api.post("/v1/training/reset").status_code == 204
    assert api.inbox(body["email"]) == []
    assert api.create_account(body).status_code == 201  # the person is ready again
    again = api.post(
        "/v1/mailboxes", {"first_name": "Zoé", "last_name": "Martin", "password": STRONG}
    )
    assert again.status_code == 201
