"""One Idempotency-Key per account creation attempt, kept across lost answers only."""

from __future__ import annotations

import json
import uuid

import pytest

from aidant_app.api import AccountAttempt, AidantClient, ApiError, RetryPolicy
from tests.support.faulty_servers import FaultyServer, problem, reset, respond, sequence

FIELDS = {"nir": "1 84 12 75 116 001 26", "birth_date": "1984-12-01", "postal_code": "75012",
          "iban": "FR7630006000011234567890189", "email": "lea@example.org",
          "password": "Motdepasse-2026", "terms_version": "2026-01"}
CREATED = json.dumps({"id": "acc1", "status": "pending", "email": "l•••@example.org",
                      "activation_expires_at": "2030-01-02T10:00:00+00:00",
                      "resend_available_at": "2030-01-01T10:01:00+00:00",
                      "journey_code": "K7P-4QX"}).encode()
MISMATCH = problem(422, "identity_mismatch", errors=[{"field": "birth_date",
                                                       "code": "identity_mismatch"}])


def client(url: str) -> AidantClient:
    return AidantClient(url, timeout=(1.0, 1.0), deadline=3,
                        retry=RetryPolicy(backoff_base=0.05))


def keys(server: FaultyServer) -> list[str]:
    return [r.headers["idempotency-key"] for r in server.requests]


def test_key_is_kept_for_the_same_fields_and_renewed_when_one_changes():
    attempt = AccountAttempt()
    first = attempt.key_for(FIELDS)
    assert uuid.UUID(first).version == 4
    assert attempt.key_for(dict(FIELDS)) == first
    changed = attempt.key_for({**FIELDS, "postal_code": "75013"})
    assert changed != first
    attempt.conclude()
    assert attempt.key_for({**FIELDS, "postal_code": "75013"}) != changed
    assert "lea" not in repr(attempt)


def test_lost_answer_is_retried_with_the_same_key_and_body():
    with FaultyServer(sequence(reset(), respond(201, CREATED))) as server:
        account = client(server.url).create_account(FIELDS)
    assert account.id == "acc1" and account.status == "pending"
    assert len(server.requests) == 2
    assert len(set(keys(server))) == 1
    assert server.requests[0].body == server.requests[1].body
    assert json.loads(server.requests[0].body) == FIELDS


def test_explicit_key_is_sent_as_is():
    key = str(uuid.uuid4())
    with FaultyServer(respond(201, CREATED)) as server:
        client(server.url).create_account(FIELDS, idempotency_key=key)
    assert keys(server) == [key]


def test_network_failure_keeps_the_attempt_and_an_answer_ends_it():
    attempt = AccountAttempt()
    behaviour = sequence(reset(), reset(), reset(),
                         respond(422, MISMATCH, "application/problem+json"),
                         respond(201, CREATED))
    with FaultyServer(behaviour) as server:
        api = client(server.url)
        with pytest.raises(ApiError) as lost:
            api.create_account(FIELDS, attempt=attempt)  # three tries, all answers lost
        assert lost.value.code == "backend_unreachable"
        with pytest.raises(ApiError) as refused:
            api.create_account(FIELDS, attempt=attempt)  # the person presses "retry"
        assert refused.value.code == "identity_mismatch"
        assert refused.value.field_errors == [("birth_date", "identity_mismatch")]
        api.create_account(FIELDS, attempt=attempt)  # after an answer: a new attempt
    sent = keys(server)
    assert len(sent) == 5
    assert len(set(sent[:4])) == 1  # retries of one attempt share its key
    assert sent[4] != sent[0]
