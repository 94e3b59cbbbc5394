"""A connection reset after the server created the account: one account, never two."""

from __future__ import annotations

import pytest

from aidant_app.api import AccountAttempt, AidantClient, ApiError, RetryPolicy
from tests.api.conftest import Training
from tests.support.faulty_servers import FaultyServer, forward


def ready_fields(api: AidantClient, email: str) -> dict[str, str]:
    p = next(p for p in api.training_people() if p.situation == "ready")
    return {"nir": p.nir, "birth_date": p.birth_date.isoformat(), "postal_code": p.postal_code,
            "iban": p.iban, "email": email, "password": "Soleil-du-matin-7",
            "terms_version": api.meta().terms.version}


def test_lost_answer_during_creation_is_replayed_not_duplicated(api, training: Training):
    email = "camille.perdue@example.org"
    account_fields = ready_fields(api, email)
    # The proxy hands the first request to the real server, which creates the account,
    # then resets the connection: the client never sees that answer.
    with FaultyServer(forward(training.url, reset_first=1)) as proxy:
        through_proxy = AidantClient(proxy.url, deadline=10, retry=RetryPolicy(backoff_base=0.05))
        account = through_proxy.create_account(account_fields)
    assert len(proxy.requests) == 2
    keys = {r.headers["idempotency-key"] for r in proxy.requests}
    assert len(keys) == 1

    # The server holds exactly that one account: it is the one the client got back...
    assert api.activation_status(account.id, account.secret).status == "pending"
    # ...a new attempt for the same person finds it...
    with pytest.raises(ApiError) as again:
        api.create_account(account_fields)
    assert again.value.code == "account_exists"
    # ...and only one activation message was sent.
    assert len(api.training_inbox(email)) == 1


def test_person_retrying_after_lost_answers_gets_the_same_account(api, training: Training):
    email = "camille.relance@example.org"
    account_fields = ready_fields(api, email)
    attempt = AccountAttempt()
    # Every answer of the first call is lost (three tries), the person presses "retry".
    with FaultyServer(forward(training.url, reset_first=3)) as proxy:
        through_proxy = AidantClient(proxy.url, deadline=10, retry=RetryPolicy(backoff_base=0.05))
        with pytest.raises(ApiError) as lost:
            through_proxy.create_account(account_fields, attempt=attempt)
        assert lost.value.code == "backend_unreachable"
        account = through_proxy.create_account(account_fields, attempt=attempt)
    assert len(proxy.requests) == 4
    assert len({r.headers["idempotency-key"] for r in proxy.requests}) == 1
    assert api.activation_status(account.id, account.secret).status == "pending"
    assert len(api.training_inbox(email)) == 1
