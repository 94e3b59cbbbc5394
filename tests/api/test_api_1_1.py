"""API 1.1 in the client: delivery state, proof on address change, the new error codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from aidant_app.api import AidantClient, ApiError
from aidant_app.api.errors import CLIENT_CODES, SERVER_CODES
from tests.support.faulty_servers import FaultyServer, problem, respond

API_MD = Path(__file__).resolve().parents[2] / "docs" / "API.md"
PENDING = {"status": "pending", "email": "l•••@example.org",
           "activation_expires_at": "2030-01-01T10:00:00+00:00", "resend_available_at": None}


def status_answer(**extra) -> bytes:
    return json.dumps(PENDING | extra).encode()


@pytest.mark.parametrize("delivery", ["queued", "sent", "failed"])
def test_activation_status_reports_what_became_of_the_message(delivery):
    with FaultyServer(respond(200, status_answer(delivery=delivery))) as server:
        status = AidantClient(server.url, deadline=5).activation_status("acc1")
    assert status.delivery == delivery
    assert status.delivery_failed is (delivery == "failed")


def test_a_1_0_server_without_delivery_is_still_understood():
    with FaultyServer(respond(200, status_answer())) as server:
        status = AidantClient(server.url, deadline=5).activation_status("acc1")
    assert status.delivery is None and not status.delivery_failed


@pytest.mark.parametrize("delivery", ["bounced", 3, ""])
def test_delivery_outside_the_contract_is_a_bad_response(delivery):
    with (FaultyServer(respond(200, status_answer(delivery=delivery))) as server,
          pytest.raises(ApiError) as info):
        AidantClient(server.url, deadline=5).activation_status("acc1")
    assert info.value.code == "bad_response"


def test_address_change_sends_the_proof_of_the_new_address():
    answer = status_answer(email="n•••@example.org", delivery="queued")
    with FaultyServer(respond(200, answer)) as server:
        status = AidantClient(server.url, deadline=5).change_email(
            "acc1", "nouvelle@example.org", "proof-of-new")
    sent = server.requests[0]
    assert (sent.method, sent.path) == ("PUT", "/v1/accounts/acc1/email")
    assert sent.headers["content-type"] == "application/json"
    assert json.loads(sent.body) == {"email": "nouvelle@example.org",
                                     "email_proof": "proof-of-new"}
    assert status.email == "n•••@example.org" and status.delivery == "queued"


def test_address_change_needs_a_proof():
    with pytest.raises(TypeError):
        AidantClient("http://127.0.0.1:9").change_email("acc1", "nouvelle@example.org")


@pytest.mark.parametrize("status, code", [
    (413, "payload_too_large"), (415, "unsupported_media_type"), (421, "misdirected_request"),
    (410, "journey_revoked"), (422, "email_proof_invalid"),
])
def test_new_codes_reach_the_app_unchanged_and_are_not_retried(status, code):
    answer = respond(status, problem(status, code), "application/problem+json")
    with FaultyServer(answer) as s, pytest.raises(ApiError) as info:
        AidantClient(s.url, deadline=5).change_email("acc1", "n@example.org", "p")
    assert (info.value.code, info.value.status) == (code, status)
    assert not info.value.retryable
    assert len(s.requests) == 1


def test_every_code_api_md_names_is_known_to_the_client():
    text = API_MD.read_text(encoding="utf-8")
    # Codes are written in backticks next to a status or in the prose of the rules.
    named = set(re.findall(r"`([a-z]+(?:_[a-z]+)+)`", text))
    not_codes = {"activation_expires_at", "resend_available_at", "journey_code", "email_proof",
                 "account_fields", "password_policy", "require_lower", "require_upper",
                 "require_digit_or_special", "allowed_specials", "digits_only",
                 "activation_link_hours", "resend_cooldown_s", "email_code", "help_contacts",
                 "mailbox_service", "display_name", "journeys_started", "mailboxes_verified",
                 "accounts_created", "activations_confirmed", "expires_at", "webmail_url",
                 "account_id", "first_name", "last_name", "birth_date", "postal_code",
                 "attempts_left", "terms_version", "account_creation", "checked_on",
                 "min_length", "max_length", "received_at",
                 # situations of the training population
                 "temporary_number", "has_account", "bank_mismatch"}
    # The activity report's field names and the Coop's stored values (rules/coop.py).
    from aidant_app.rules import coop
    not_codes |= {"duration_minutes", "referred_to", "age_band", "helped_before",
                  "recorded_at", "recorded_by_me"}
    for table in (coop.PLACES, coop.EQUIPMENT, coop.THEMES, coop.AUTONOMY, coop.REFERRALS,
                  coop.AGE_BANDS, coop.GENDERS, coop.STATUSES):
        not_codes |= set(table)
    codes = named - not_codes
    assert {"journey_revoked", "payload_too_large", "email_proof_invalid"} <= codes
    assert codes <= SERVER_CODES | {"password_policy"}, codes - SERVER_CODES
    assert not SERVER_CODES & CLIENT_CODES
