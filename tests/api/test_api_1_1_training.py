"""API 1.1 through the client against the real training server over HTTP.

Address change needs the proof of the new address, the activation status says what became
of the message, wrong birth dates lock then revoke a journey code, oversized bodies are
refused, and state changes without a body are still JSON.
"""

from __future__ import annotations

import pytest

from aidant_app.api import AidantClient, ApiError
from aidant_app.api.models import DELIVERY_STATES
from tests.api.conftest import Training, code_in, link_in

PASSWORD = "Soleil-du-matin-7"


def error_of(call, *args) -> ApiError:
    with pytest.raises(ApiError) as info:
        call(*args)
    return info.value


def new_account(api: AidantClient, email: str):
    meta = api.meta()
    p = next(p for p in api.training_people() if p.situation == "ready")
    fields = {"nir": p.nir, "birth_date": p.birth_date.isoformat(),
              "postal_code": p.postal_code, "iban": p.iban, "email": email,
              "password": PASSWORD, "terms_version": meta.terms.version}
    return p, api.create_account(fields)


def proof_for(api: AidantClient, email: str) -> str:
    """Prove the mailbox as a person would: ask for a code, read it, type it."""
    verification = api.start_email_verification(email)
    code = code_in(api.training_inbox(email)[0].text, api.meta().email_code.length)
    return api.confirm_email_code(verification.id, code).proof


def test_address_change_needs_the_proof_of_the_new_address(api, training: Training):
    _p, account = new_account(api, "lea.avant@example.org")
    status = api.activation_status(account.id, account.secret)
    assert status.delivery in DELIVERY_STATES  # the server says what became of the link
    training.clock.advance(api.meta().resend_cooldown_s + 1)

    new = "maelle.apres@example.org"
    assert error_of(api.change_email, account.id, new, "pas-une-preuve", account.secret).code == (
        "email_proof_invalid")
    other_proof = proof_for(api, "quelqu.un@example.org")  # a proof, for another address
    err = error_of(api.change_email, account.id, new, other_proof, account.secret)
    assert (err.code, err.status) == ("email_proof_invalid", 422)

    moved = api.change_email(account.id, new, proof_for(api, new), account.secret)
    assert moved.status == "pending" and moved.email.endswith("@example.org")
    assert moved.email != status.email
    # The new link goes to the new address; the old one stops working.
    old_link = link_in(api.training_inbox("lea.avant@example.org")[-1].text)
    assert error_of(api.confirm_activation, old_link).code == "link_superseded"
    assert api.confirm_activation(link_in(api.training_inbox(new)[0].text)).status == "active"


def test_resend_and_reset_without_a_body_are_accepted(api, training: Training):
    _p, account = new_account(api, "sam.renvoi@example.org")
    training.clock.advance(api.meta().resend_cooldown_s + 1)
    assert api.resend_activation(account.id, account.secret).resend_available_at is not None
    api.training_reset()  # both are POSTs with no fields: sent as JSON, not refused (415)
    assert api.health().status == "ok"


def test_wrong_birth_dates_lock_then_revoke_the_journey_code(api, training: Training):
    p, account = new_account(api, "noe.reprise@example.org")
    wrong = p.birth_date.replace(year=p.birth_date.year - 1)
    for _ in range(4):
        assert error_of(api.resume_journey, account.journey_code, wrong).code == "journey_unknown"
    locked = error_of(api.resume_journey, account.journey_code, wrong)
    assert (locked.code, locked.status) == ("rate_limited", 429)
    assert locked.retry_after is not None and locked.retry_after > 60  # a countdown, not a wait
    training.clock.advance(16 * 60)
    codes = [error_of(api.resume_journey, account.journey_code, wrong).code for _ in range(5)]
    assert codes[-1] == "journey_revoked"
    # Revoked for good: even the right date no longer opens it.
    err = error_of(api.resume_journey, account.journey_code, p.birth_date)
    assert (err.code, err.status) == ("journey_revoked", 410)
    assert not err.retryable


def test_an_oversized_body_is_refused_and_not_retried(api):
    err = error_of(api.check_email, "a" * 70_000 + "@example.org")
    assert (err.code, err.status) == ("payload_too_large", 413)
