"""POST /v1/accounts with Idempotency-Key: required, a UUID, replayed, never doubled."""

from __future__ import annotations

import threading
import uuid

from tests.server.client import Api, problem


def test_key_is_required_and_must_be_a_uuid(api: Api) -> None:
    body = api.account_body(api.people("ready")[0])
    problem(api.post("/v1/accounts", body), 428, "idempotency_key_required")
    problem(
        api.post("/v1/accounts", body, headers={"Idempotency-Key": "abc"}),
        400,
        "idempotency_key_invalid",
    )


def test_same_key_same_body_replays_the_first_answer(api: Api) -> None:
    body = api.account_body(api.people("ready")[0])
    key = str(uuid.uuid4())
    first = api.create_account(body, key)
    # Key order and spacing do not matter: JSON-equal is equal.
    second = api.create_account(dict(reversed(list(body.items()))), key)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert len(api.inbox(body["email"])) == 1  # one account, one message


def test_errors_are_replayed_too(api: Api) -> None:
    body = api.account_body(api.people("ready")[0], password="x")
    key = str(uuid.uuid4())
    first = api.create_account(body, key)
    second = api.create_account(body, key)
    problem(second, 422, "password_policy")
    assert first.json() == second.json()


def test_same_key_other_body_is_refused(api: Api) -> None:
    body = api.account_body(api.people("ready")[0])
    key = str(uuid.uuid4())
    assert api.create_account(body, key).status_code == 201
    problem(
        api.create_account({**body, "email": "autre@example.net"}, key),
        422,
        "idempotency_key_reused",
    )


def test_two_concurrent_requests_with_one_key_make_one_account(api: Api) -> None:
    body = api.account_body(api.people("ready")[0])
    key = str(uuid.uuid4())
    barrier = threading.Barrier(2)
    answers = []

    def send() -> None:
        client = Api(api.base_url)
        barrier.wait()
        answers.append(client.create_account(body, key))

    threads = [threading.Thread(target=send) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert [a.status_code for a in answers] == [201, 201]
    assert answers[0].json()["id"] == answers[1].json()["id"]
    assert len(api.inbox(body["email"])) == 1
    # And the person now has exactly that account.
    problem(api.create_account(body), 409, "account_exists")


def test_a_429_is_not_replayed_after_its_retry_after(server, api: Api) -> None:
    """429 means "later": the same attempt, retried with its key after the wait, goes through."""
    person = api.people("ready")[0]
    good = api.account_body(person)
    for n in range(4):
        problem(api.create_account({**good, "postal_code": f"1300{n + 1}"}), 422,
                "identity_mismatch")
    key = str(uuid.uuid4())
    problem(api.create_account({**good, "postal_code": "13009"}), 429, "too_many_attempts")
    problem(api.create_account(good, key), 429, "too_many_attempts")
    server.advance(hours=1, seconds=1)
    retried = api.create_account(good, key)
    assert retried.status_code == 201, retried.text
    assert api.create_account(good, key).json() == retried.json()  # now this answer stays
