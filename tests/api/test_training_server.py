"""The API client against the real training server: every endpoint, and its error codes."""

from __future__ import annotations

import datetime as dt

import pytest

from aidant_app.api import AidantClient, ApiError
from aidant_app.api.models import TrainingPerson
from tests.api.conftest import Training, code_in, link_in

HELPER = ("aidant.demo", "Entrainement-2026")
PASSWORD = "Soleil-du-matin-7"


def person(api: AidantClient, situation: str) -> TrainingPerson:
    return next(p for p in api.training_people() if p.situation == situation)


def fields(p: TrainingPerson, email: str, terms: str) -> dict[str, str]:
    return {"nir": p.nir, "birth_date": p.birth_date.isoformat(), "postal_code": p.postal_code,
            "iban": p.iban, "email": email, "password": PASSWORD, "terms_version": terms}


def error_of(call, *args, **kw) -> ApiError:
    with pytest.raises(ApiError) as info:
        call(*args, **kw)
    return info.value


def test_health_and_meta(api):
    assert api.health().status == "ok"
    meta = api.meta()
    assert meta.training
    assert meta.account_fields[:3] == ("nir", "birth_date", "postal_code")
    assert meta.password_policy.min_length >= 8
    assert meta.email_code.length > 0 and meta.resend_cooldown_s > 0
    assert meta.mailbox_service is not None
    assert meta.mailbox_service.domain == "entrainement.example"


def test_training_people_cover_every_situation(api):
    people = api.training_people()
    assert len(people) >= 20
    assert {"ready", "has_account", "temporary_number", "bank_mismatch", "locked"} <= {
        p.situation for p in people}
    assert all(isinstance(p.birth_date, dt.date) for p in people)


def test_helper_signs_in_sees_activity_and_signs_out(api):
    session = api.sign_in(*HELPER)
    assert api.has_token
    assert session.helper.structure == "Espace numérique de démonstration"
    assert session.expires_at > dt.datetime.now(dt.UTC)
    assert session.token not in repr(session)
    assert api.activity().structure == session.helper.structure
    api.sign_out()
    assert not api.has_token
    assert error_of(api.activity).code == "unauthenticated"
    api.set_token(session.token)  # the old token no longer works
    err = error_of(api.activity)
    assert err.code == "unauthenticated" and err.status == 401
    api.sign_out()  # signing out twice is not an error
    assert not api.has_token


def test_wrong_helper_password(api):
    err = error_of(api.sign_in, HELPER[0], "mauvais-mot-de-passe")
    assert err.code == "bad_credentials" and err.status == 401
    assert not api.has_token


def test_email_check_suggests_a_typo_fix_and_refuses_non_addresses(api):
    check = api.check_email("camille.martin@gmali.com")
    assert check.suggestion == "camille.martin@gmail.com"
    assert check.deliverable in ("yes", "no", "unknown")
    err = error_of(api.check_email, "pas une adresse")
    assert err.code == "email_invalid" and err.status == 422


def test_email_code_wrong_then_right(api):
    email = "camille.code@example.org"
    verification = api.start_email_verification(email)
    assert verification.expires_at > dt.datetime.now(dt.UTC)
    (message,) = api.training_inbox(email)
    code = code_in(message.text, api.meta().email_code.length)
    wrong = "0" * len(code) if code != "0" * len(code) else "1" * len(code)
    err = error_of(api.confirm_email_code, verification.id, wrong)
    assert err.code == "code_mismatch" and err.attempts_left == 4
    confirmation = api.confirm_email_code(verification.id, " ".join(code))
    assert confirmation.verified and confirmation.proof
    assert confirmation.proof not in repr(confirmation)


def test_email_code_locks_after_five_wrong_codes(api):
    verification = api.start_email_verification("camille.lock@example.org")
    left = [error_of(api.confirm_email_code, verification.id, "000000") for _ in range(5)]
    assert [e.attempts_left for e in left[:4]] == [4, 3, 2, 1]
    assert left[4].code == "too_many_attempts" and left[4].status == 423


def test_second_code_request_within_cooldown_is_rate_limited(api):
    api.start_email_verification("camille.wait@example.org")
    err = error_of(api.start_email_verification, "camille.wait@example.org")
    assert err.code == "rate_limited" and err.status == 429
    assert err.retry_after is not None and 0 < err.retry_after <= api.meta().resend_cooldown_s


def test_account_created_then_activated_with_the_link(api, training: Training):
    meta = api.meta()
    p = person(api, "ready")
    email = "camille.compte@example.org"
    account = api.create_account(fields(p, email, meta.terms.version))
    assert account.status == "pending" and account.id and account.journey_code
    assert account.email.endswith("@example.org") and email not in account.email
    assert account.journey_code not in repr(account)

    status = api.activation_status(account.id, account.secret)
    assert status.status == "pending" and status.email == account.email

    err = error_of(api.resend_activation, account.id, account.secret)  # within the cooldown
    assert err.code == "rate_limited" and err.retry_after is not None
    training.clock.advance(meta.resend_cooldown_s + 1)
    resent = api.resend_activation(account.id, account.secret)
    assert resent.resend_available_at is not None

    training.clock.advance(meta.resend_cooldown_s + 1)
    # API 1.1: the new address must be proven first (its code, typed).
    refused = error_of(api.change_email, account.id, "camille.nouvelle@example.org", "faux",
                       account.secret)
    assert (refused.status, refused.code) == (422, "email_proof_invalid")
    verification = api.start_email_verification("camille.nouvelle@example.org")
    code = code_in(api.training_inbox("camille.nouvelle@example.org")[0].text,
                   meta.email_code.length)
    proof = api.confirm_email_code(verification.id, code).proof
    moved = api.change_email(account.id, "camille.nouvelle@example.org", proof,
                             account.secret)
    assert moved.status == "pending" and moved.email.endswith("@example.org")
    assert moved.delivery == "sent"  # the training server captures every message

    resumed = api.resume_journey(account.journey_code, p.birth_date)
    assert resumed.account_id == account.id and resumed.status == "pending"
    assert error_of(api.resume_journey, account.journey_code, "1901-01-01").code == (
        "journey_unknown")

    # The old address got a plain notice of the change (newest, no link) after its link.
    notice, *older = api.training_inbox(email)
    assert "/activate/" not in notice.text
    old_link = link_in(next(m.text for m in older if "/activate/" in m.text))
    assert error_of(api.confirm_activation, old_link).code == "link_superseded"
    link = link_in(api.training_inbox("camille.nouvelle@example.org")[0].text)
    result = api.confirm_activation(link)
    assert result.status == "active" and result.account_id == account.id
    assert api.activation_status(account.id, account.secret).active
    assert error_of(api.confirm_activation, link).code == "link_used"
    assert error_of(api.resend_activation, account.id, account.secret).code == "already_active"
    assert error_of(api.confirm_activation, "inconnu-0000").code == "link_unknown"


@pytest.mark.parametrize("situation, code, status", [
    ("has_account", "account_exists", 409),
    ("temporary_number", "nir_temporary", 422),
    ("bank_mismatch", "bank_details_mismatch", 422),
    ("locked", "too_many_attempts", 429),
])
def test_each_training_situation_gives_its_error(api, situation, code, status):
    p = person(api, situation)
    err = error_of(api.create_account,
                   fields(p, f"{situation}@example.org", api.meta().terms.version))
    assert (err.code, err.status) == (code, status)
    if status == 429:
        assert err.retry_after is not None and err.retry_after > 0


def test_field_errors_come_in_form_order(api):
    p = person(api, "ready")
    bad = {**fields(p, "pas une adresse", "1999-01"), "iban": "FR00 0000"}
    err = error_of(api.create_account, bad)
    assert err.status == 422
    names = [name for name, _ in err.field_errors]
    assert names.index("iban") < names.index("email")
    assert err.code == err.field_errors[0][1]


def test_mailbox_taken_offers_alternatives_and_needs_its_password(api):
    mailbox = api.create_mailbox("Camille", "Martin", "Boite-aux-lettres-9", "camille.martin")
    assert mailbox.address == "camille.martin@entrainement.example"
    assert mailbox.webmail_url is None
    err = error_of(api.create_mailbox, "Camille", "Martin", "Boite-aux-lettres-9",
                   "camille.martin")
    assert err.code == "address_taken" and err.status == 409
    assert err.alternatives and mailbox.address not in err.alternatives
    assert error_of(api.training_inbox, mailbox.address).code == "bad_credentials"
    assert api.training_inbox(mailbox.address, "Boite-aux-lettres-9") == ()
    weak = error_of(api.create_mailbox, "Camille", "Martin", "court")
    assert weak.code == "password_policy"


def test_training_reset_drops_accounts(api):
    p = person(api, "ready")
    account_fields = fields(p, "camille.reset@example.org", api.meta().terms.version)
    api.create_account(account_fields)
    assert error_of(api.create_account, account_fields).code == "account_exists"
    api.training_reset()
    assert api.create_account(account_fields).status == "pending"
