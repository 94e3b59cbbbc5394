"""E-mail checks and verification codes."""

from __future__ import annotations

import pytest

from tests.server.client import Api, problem


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("jean.dupont@gmali.com", "jean.dupont@gmail.com"),
        ("jean.dupont@hotmial.fr", "jean.dupont@hotmail.fr"),
        ("jean.dupont@gmail.fr", "jean.dupont@gmail.com"),
        ("jean.dupont@ornage.fr", "jean.dupont@orange.fr"),
        ("jean.dupont@lapsote.net", "jean.dupont@laposte.net"),
        ("jean.dupont@wanadoo.ff", "jean.dupont@wanadoo.fr"),
        ("Jean.Dupont@GMAIL.CON", "Jean.Dupont@gmail.com"),
    ],
)
def test_typo_in_a_common_domain_gets_a_suggestion(api: Api, typed: str, suggested: str) -> None:
    answer = api.post("/v1/email-checks", {"email": typed})
    assert answer.status_code == 200
    assert answer.json()["suggestion"] == suggested


@pytest.mark.parametrize(
    "email",
    [
        "a@gmail.com",
        "a@hotmail.fr",
        "a@hotmail.com",
        "a@free.fr",
        "a@sfr.fr",
        "a@outlook.fr",
        "a@mairie-exemple.fr",
    ],
)
def test_correct_domains_get_no_suggestion(api: Api, email: str) -> None:
    assert api.post("/v1/email-checks", {"email": email}).json()["suggestion"] is None


def test_check_reports_deliverability_disposable_and_availability(api: Api) -> None:
    check = api.post("/v1/email-checks", {"email": "  lea@gmail.com "}).json()
    assert check == {
        "email": "lea@gmail.com",
        "deliverable": "yes",
        "disposable": False,
        "suggestion": None,
        "available": True,
    }
    assert api.post("/v1/email-checks", {"email": "a@nxdomain.fr"}).json()["deliverable"] == "no"
    # DNS gave no answer (offline): never block the person.
    assert api.post("/v1/email-checks", {"email": "a@unreachable.fr"}).json()["deliverable"] == (
        "unknown"
    )
    assert api.post("/v1/email-checks", {"email": "a@yopmail.com"}).json()["disposable"] is True
    taken = api.people("has_account")[0]["email"]
    assert api.post("/v1/email-checks", {"email": taken}).json()["available"] is False


def test_training_mailbox_deliverable_only_when_it_exists(api: Api) -> None:
    address = "nobody.here@entrainement.example"
    assert api.post("/v1/email-checks", {"email": address}).json()["deliverable"] == "no"
    made = api.post(
        "/v1/mailboxes", {"first_name": "Zoé", "last_name": "Test", "password": "Montagne-2026"}
    ).json()["address"]
    assert api.post("/v1/email-checks", {"email": made}).json()["deliverable"] == "yes"


def test_not_an_address_is_email_invalid(api: Api) -> None:
    body = problem(api.post("/v1/email-checks", {"email": "jean.dupont"}), 422, "email_invalid")
    assert body["errors"] == [{"field": "email", "code": "email_invalid"}]
    problem(api.post("/v1/email-verifications", {"email": "a@@b"}), 422, "email_invalid")


def _start(api: Api, email: str = "code.test@example.net") -> dict:
    answer = api.post("/v1/email-verifications", {"email": email})
    assert answer.status_code == 201, answer.text
    return answer.json()


def test_code_from_the_mailbox_confirms_with_spaces_ignored(api: Api) -> None:
    verification = _start(api)
    code = api.latest_code("code.test@example.net")
    spaced = f"{code[:3]} {code[3:]}"
    answer = api.post(f"/v1/email-verifications/{verification['id']}/confirm", {"code": spaced})
    assert answer.status_code == 200
    assert answer.json()["verified"] is True and len(answer.json()["proof"]) >= 20
    # Single use.
    again = api.post(f"/v1/email-verifications/{verification['id']}/confirm", {"code": code})
    problem(again, 410, "code_expired")


def test_wrong_codes_count_down_then_lock(api: Api) -> None:
    verification = _start(api)
    code = api.latest_code("code.test@example.net")
    wrong = "000000" if code != "000000" else "111111"
    url = f"/v1/email-verifications/{verification['id']}/confirm"
    left = [
        problem(api.post(url, {"code": wrong}), 422, "code_mismatch")["attempts_left"]
        for _ in range(4)
    ]
    assert left == [4, 3, 2, 1]
    problem(api.post(url, {"code": wrong}), 423, "too_many_attempts")
    problem(api.post(url, {"code": code}), 423, "too_many_attempts")  # even the right one


def test_code_expires(server, api: Api) -> None:
    verification = _start(api)
    code = api.latest_code("code.test@example.net")
    minutes = api.get("/v1/meta").json()["email_code"]["minutes"]
    server.advance(minutes=minutes, seconds=1)
    url = f"/v1/email-verifications/{verification['id']}/confirm"
    problem(api.post(url, {"code": code}), 410, "code_expired")


def test_new_code_needs_the_cooldown_and_cancels_the_older(server, api: Api) -> None:
    first = _start(api)
    first_code = api.latest_code("code.test@example.net")
    answer = api.post("/v1/email-verifications", {"email": "code.test@example.net"})
    problem(answer, 429, "rate_limited")
    assert 0 < int(answer.headers["Retry-After"]) <= 30
    server.advance(31)
    second = _start(api)
    assert second["id"] != first["id"]
    url = f"/v1/email-verifications/{first['id']}/confirm"
    problem(api.post(url, {"code": first_code}), 410, "code_expired")
    assert len(api.inbox("code.test@example.net")) == 2
