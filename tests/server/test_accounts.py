"""Account creation with every refusal of API.md, status, resend, address change, resume."""

from __future__ import annotations

import pytest

from aidant_app.rules.codes import VOCABULARY
from tests.server.client import Api, problem, proof_for


def test_creation_sends_the_link_and_is_pending(api: Api) -> None:
    answer, body = api.new_account(0)
    assert answer["status"] == "pending"
    assert answer["email"] == f"{body['email'][0]}•••••@example.net"
    assert len(answer["journey_code"].replace("-", "")) == 8
    messages = api.inbox(body["email"])
    assert len(messages) == 1 and "/activate/" in messages[0]["text"]
    status = api.get(f"/v1/accounts/{answer['id']}/activation").json()
    assert status["status"] == "pending" and status["email"] == answer["email"]


@pytest.mark.parametrize(
    ("override", "status", "code"),
    [
        ({"nir": "1 84 12 75 116 001 99"}, 422, "nir_invalid"),
        ({"nir": "1 84 12"}, 422, "nir_invalid"),
        ({"birth_date": "1930-01-01"}, 422, "birth_date_mismatch"),
        ({"iban": "FR76 3000 2000 0000 0000 0000 001"}, 422, "iban_invalid"),
        ({"email": "pas-une-adresse"}, 422, "email_invalid"),
        ({"email_proof": "forged-proof"}, 422, "email_proof_invalid"),
        ({"password": "court"}, 422, "password_policy"),
        ({"password": "toutenminuscules"}, 422, "password_policy"),
        ({"terms_version": "1999-01"}, 422, "terms_outdated"),
        ({"postal_code": "99999"}, 422, "postal_code_invalid"),
    ],
)
def test_field_refusals(api: Api, override: dict, status: int, code: str) -> None:
    body = api.account_body(api.people("ready")[0], **override)
    answer = problem(api.create_account(body), status, code)
    assert answer["errors"][0]["code"] == code


def test_first_failing_field_in_form_order_is_the_code(api: Api) -> None:
    body = api.account_body(api.people("ready")[0], password="x", email="nope", nir="123")
    answer = problem(api.create_account(body), 422, "nir_invalid")
    assert [e["field"] for e in answer["errors"]] == ["nir", "email", "password"]


def test_temporary_number(api: Api) -> None:
    body = api.account_body(api.people("temporary_number")[0])
    problem(api.create_account(body), 422, "nir_temporary")


def test_record_refusals(api: Api) -> None:
    ready = api.people("ready")[0]
    other = api.people("ready")[1]
    unknown_nir = "1841275116999" + _key("1841275116999")  # valid key, nobody on record
    problem(api.create_account(api.account_body(ready, nir=unknown_nir)), 422, "identity_not_found")
    problem(
        api.create_account(api.account_body(ready, postal_code="75001")), 422, "identity_mismatch"
    )
    day = "01" if not ready["birth_date"].endswith("-01") else "02"
    problem(
        api.create_account(api.account_body(ready, birth_date=ready["birth_date"][:8] + day)),
        422,
        "identity_mismatch",
    )
    problem(
        api.create_account(api.account_body(ready, iban=other["iban"])),
        422,
        "bank_details_mismatch",
    )
    problem(
        api.create_account(api.account_body(api.people("bank_mismatch")[0])),
        422,
        "bank_details_mismatch",
    )
    existing = api.people("has_account")[0]
    problem(
        api.create_account(api.account_body(existing, email=existing["email"])),
        409,
        "account_exists",
    )
    problem(
        api.create_account(api.account_body(ready, email=existing["email"])),
        409,
        "email_unavailable",
    )
    locked = problem(
        api.create_account(api.account_body(api.people("locked")[0])), 429, "too_many_attempts"
    )
    assert locked["status"] == 429


def _key(number13: str) -> str:
    return f"{97 - int(number13) % 97:02d}"


def test_locked_person_gets_retry_after(api: Api) -> None:
    answer = api.create_account(api.account_body(api.people("locked")[0]))
    assert answer.status_code == 429 and int(answer.headers["Retry-After"]) > 0


def test_second_creation_for_a_person_is_account_exists(api: Api) -> None:
    _, body = api.new_account(0)
    body["email"] = "autre.adresse@example.net"
    problem(api.create_account(body), 409, "account_exists")


def test_valid_email_proof_is_accepted_once(api: Api) -> None:
    email = "prouve@example.net"
    verification = api.post("/v1/email-verifications", {"email": email}).json()
    confirm = api.post(
        f"/v1/email-verifications/{verification['id']}/confirm", {"code": api.latest_code(email)}
    )
    proof = confirm.json()["proof"]
    body = api.account_body(api.people("ready")[0], email=email, email_proof=proof)
    assert api.create_account(body).status_code == 201
    reuse = api.account_body(api.people("ready")[1], email="x" + email, email_proof=proof)
    problem(api.create_account(reuse), 422, "email_proof_invalid")


def test_legacy_digits_policy_accepts_digit_codes() -> None:
    from tests.support.server import running_server

    with running_server(password_policy="legacy-digits") as server:
        api = Api(server.base_url)
        person = api.people("ready")[0]
        problem(
            api.create_account(api.account_body(person, password="Soleil-2026")),
            422,
            "password_policy",
        )
        assert api.create_account(api.account_body(person, password="84126503")).status_code == 201


def test_resend_waits_for_the_cooldown_then_sends_a_new_link(server, api: Api) -> None:
    answer, body = api.new_account(0)
    url = f"/v1/accounts/{answer['id']}/activation/resend"
    early = api.post(url)
    problem(early, 429, "rate_limited")
    assert 0 < int(early.headers["Retry-After"]) <= 30
    server.advance(31)
    resent = api.post(url)
    assert resent.status_code == 202
    assert set(resent.json()) == {"resend_available_at", "activation_expires_at"}
    assert len(api.inbox(body["email"])) == 2


def test_resend_and_address_change_refused_once_active(server, api: Api) -> None:
    answer, body = api.new_account(0)
    api.post("/v1/activations", {"link": api.latest_link(body["email"])})
    server.advance(31)
    problem(api.post(f"/v1/accounts/{answer['id']}/activation/resend"), 409, "already_active")
    problem(
        api.put(f"/v1/accounts/{answer['id']}/email", {"email": "n@example.net"}),
        409,
        "already_active",
    )


def test_address_change_needs_a_proof_of_the_new_address(server, api: Api) -> None:
    answer, body = api.new_account(0)
    url = f"/v1/accounts/{answer['id']}/email"
    new = "nouvelle@example.net"
    proof = proof_for(api, new)
    problem(api.put(url, {"email": new, "email_proof": proof}), 429, "rate_limited")
    server.advance(31)
    problem(api.put(url, {"email": "nouvelle", "email_proof": proof}), 422, "email_invalid")
    for refused in ({"email": new}, {"email": new, "email_proof": "faux"}):
        body_422 = problem(api.put(url, refused), 422, "email_proof_invalid")
        assert body_422["errors"] == [{"field": "email_proof", "code": "email_proof_invalid"}]
    # A proof of ANOTHER address does not move the account to this one.
    other_proof = proof_for(api, "autre.boite@example.net")
    problem(api.put(url, {"email": new, "email_proof": other_proof}), 422, "email_proof_invalid")
    taken = api.people("has_account")[0]["email"]
    problem(api.put(url, {"email": taken, "email_proof": proof_for(api, taken)}), 409,
            "email_unavailable")
    changed = api.put(url, {"email": new, "email_proof": proof})
    assert changed.status_code == 200, changed.text
    assert changed.json()["email"] == "n•••••@example.net"
    assert changed.json()["status"] == "pending"
    assert [m for m in api.inbox(new) if "/activate/" in m["text"]]
    # The old address gets a plain notice, with no link, and who to call.
    (notice,) = [m for m in api.inbox(body["email"]) if "Nouvelle adresse e-mail" in m["subject"]]
    assert "/activate/" not in notice["text"] + notice["html"]
    assert "36 46" in notice["text"]
    # The proof was single use.
    server.advance(31)
    problem(api.put(url, {"email": new, "email_proof": proof}), 422, "email_proof_invalid")


def test_resume_with_the_journey_code_and_birth_date(api: Api) -> None:
    answer, body = api.new_account(0)
    code = answer["journey_code"]
    resumed = api.post(
        "/v1/journeys/resume",
        {"journey_code": code.lower().replace("-", " "), "birth_date": body["birth_date"]},
    )
    assert resumed.status_code == 200
    assert resumed.json()["account_id"] == answer["id"]
    assert resumed.json()["status"] == "pending"
    assert resumed.json()["email"] == answer["email"]


def test_unknown_journey_codes_are_limited_per_client(server, api: Api) -> None:
    """A per-client limit on top of the per-code one (API 1.1): guessing codes stops too."""
    answer, body = api.new_account(0)
    statuses = [
        api.post(
            "/v1/journeys/resume",
            {"journey_code": f"ZZZZ-{n:04d}", "birth_date": body["birth_date"]},
        ).status_code
        for n in range(21)
    ]
    assert statuses == [404] * 20 + [429]
    # The limit is on unknown codes: a person's own code still works.
    right = {"journey_code": answer["journey_code"], "birth_date": body["birth_date"]}
    assert api.post("/v1/journeys/resume", right).status_code == 200
    server.advance(minutes=15, seconds=1)
    unknown = {"journey_code": "ZZZZ-9999", "birth_date": body["birth_date"]}
    problem(api.post("/v1/journeys/resume", unknown), 404, "journey_unknown")


def test_x_forwarded_for_does_not_make_a_new_client(api: Api) -> None:
    """Rotating X-Forwarded-For from one peer is still one client for the limits."""
    _, body = api.new_account(0)
    statuses = [
        api.post(
            "/v1/journeys/resume",
            {"journey_code": f"YYYY-{n:04d}", "birth_date": body["birth_date"]},
            headers={"X-Forwarded-For": f"203.0.113.{n}", "Forwarded": f"for=198.51.100.{n}"},
        ).status_code
        for n in range(21)
    ]
    assert statuses == [404] * 20 + [429]


def test_a_field_the_operator_requires_is_required() -> None:
    """Meta lists one more required field (--require-field): a body without it is refused."""
    from tests.support.server import running_server

    fields = ("nir", "birth_date", "postal_code", "iban", "email", "password", "terms_version",
              "telephone")
    with running_server(account_fields=fields) as server:
        api = Api(server.base_url)
        assert api.get("/v1/meta").json()["account_fields"][-1] == "telephone"
        body = api.account_body(api.people("ready")[0])
        refused = problem(api.create_account(body), 422, "invalid_request")
        assert refused["errors"] == [{"field": "telephone", "code": "field_missing"}]
        assert refused["errors"][0]["code"] in VOCABULARY  # the client has words for it
        problem(api.create_account({**body, "telephone": "  "}), 422, "invalid_request")
        assert api.create_account({**body, "telephone": "01 23 45 67 89"}).status_code == 201


def test_old_counters_are_forgotten_but_a_revoked_journey_code_stays(server, api: Api) -> None:
    answer, body = api.new_account(0)
    code = answer["journey_code"]
    for n in range(10):
        if n == 5:
            server.advance(minutes=15, seconds=1)
        api.post("/v1/journeys/resume", {"journey_code": code, "birth_date": f"19{40 + n}-01-01"})
    right = {"journey_code": code, "birth_date": body["birth_date"]}
    problem(api.post("/v1/journeys/resume", right), 410, "journey_revoked")
    server.advance(days=3)
    api.create_account(api.account_body(api.people("ready")[1]))  # creation prunes counters
    problem(api.post("/v1/journeys/resume", right), 410, "journey_revoked")
