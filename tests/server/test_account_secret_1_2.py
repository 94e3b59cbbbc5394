"""API 1.2: an account id is no capability. Reading or changing an account needs the secret
given to the client that created or resumed it, sent in a header; without it the answer is
the one an unknown id gets. Over real HTTP, on SQLite, PostgreSQL and 4 workers."""

from __future__ import annotations

import uuid

import pytest

from tests.server.client import SECRET_HEADER, Api, problem, proof_for


def _calls(account_id: str, proof: str | None = None) -> list[tuple[str, str, dict | None]]:
    """Every call on one account: a read, a resend, an address change."""
    return [
        ("GET", f"/v1/accounts/{account_id}/activation", None),
        ("POST", f"/v1/accounts/{account_id}/activation/resend", None),
        (
            "PUT",
            f"/v1/accounts/{account_id}/email",
            {"email": "intrus@example.net", "email_proof": proof or "x"},
        ),
    ]


def _stranger(api: Api, headers: dict | None = None):
    stranger = Api(api.base_url)  # knows no secret
    return lambda method, path, body: stranger.request(
        method, path, json=body, headers=headers or {}
    )


@pytest.mark.parametrize(
    "secret",
    [None, "", "faux", "A" * 32, "see-below"],
    ids=["none", "empty", "wrong", "long", "other"],
)
def test_an_account_id_and_a_proof_are_not_enough_to_touch_an_account(api: Api, server, secret):
    created, _ = api.new_account(0, email="victime@example.net")
    other, _ = api.new_account(1, email="autre@example.net")
    server.advance(31)  # past the resend cooldown: only the secret stands in the way
    if secret == "see-below":
        secret = other["account_secret"]  # the secret of another account is no key either
    headers = {} if secret is None else {SECRET_HEADER: secret}
    attacker = _stranger(api, headers)
    proof = proof_for(api, "intrus@example.net")  # a proof for the attacker's own address
    for method, path, json_body in _calls(created["id"], proof):
        problem(attacker(method, path, json_body), 404, "not_found")
    # Exactly as an id that does not exist: the answer tells nothing.
    for method, path, json_body in _calls("n3xiste-pas"):
        problem(attacker(method, path, json_body), 404, "not_found")
    # Nothing changed: the link still goes to the victim, and the proof was not spent.
    status = api.get(f"/v1/accounts/{created['id']}/activation").json()
    assert status["email"].endswith("@example.net") and status["email"].startswith("v")
    assert api.inbox("intrus@example.net")[0]["text"].count("/activate/") == 0
    moved = api.put(
        f"/v1/accounts/{other['id']}/email", {"email": "intrus@example.net", "email_proof": proof}
    )
    assert moved.status_code == 200, moved.text  # the owner of `other` may use it


def test_the_secret_works_for_its_account_and_is_never_in_a_path_or_the_stored_answer(
    api: Api, server
) -> None:
    key = str(uuid.uuid4())
    person = api.people("ready")[0]
    body = api.account_body(person, email="proprio@example.net")
    first = api.create_account(body, key).json()
    replay = api.create_account(body, key).json()
    assert replay["account_secret"] == first["account_secret"]  # a lost answer is not a lost key
    assert len(first["account_secret"]) >= 22 and first["account_secret"] not in first["id"]
    owner = Api(api.base_url)
    owner.session.headers[SECRET_HEADER] = first["account_secret"]
    server.advance(31)
    assert owner.get(f"/v1/accounts/{first['id']}/activation").json()["status"] == "pending"
    assert owner.post(f"/v1/accounts/{first['id']}/activation/resend").status_code == 202


def test_resuming_gives_a_secret_of_its_own_and_the_creators_keeps_working(api: Api, server):
    created, body = api.new_account(0, email="reprise@example.net")
    other_pc = Api(api.base_url)
    resumed = other_pc.post(
        "/v1/journeys/resume",
        {"journey_code": created["journey_code"], "birth_date": body["birth_date"]},
    )
    assert resumed.status_code == 200, resumed.text
    secret = resumed.json()["account_secret"]
    assert secret and secret != created["account_secret"]
    server.advance(31)
    assert other_pc.get(f"/v1/accounts/{created['id']}/activation").status_code == 200
    assert other_pc.post(f"/v1/accounts/{created['id']}/activation/resend").status_code == 202
    assert api.get(f"/v1/accounts/{created['id']}/activation").status_code == 200
    # A wrong birth date gives no secret.
    refused = Api(api.base_url).post(
        "/v1/journeys/resume", {"journey_code": created["journey_code"], "birth_date": "1901-01-01"}
    )
    assert refused.status_code == 404 and "account_secret" not in refused.text
