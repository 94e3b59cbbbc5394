"""Create the account, poll, resend, correct the address, confirm a link, resume: the use
cases against the training server, facts landing in the journey, without any widget."""

from __future__ import annotations

import requests

from aidant_app.actions import (
    ChangeEmail,
    ConfirmCode,
    ConfirmLink,
    CreateAccount,
    Done,
    Failed,
    LoadMeta,
    PollActivation,
    ResendActivation,
    Resume,
    SendCode,
    execute,
    failed,
)
from aidant_app.journey import JourneyState, NextAction

from .helpers import newest_code, newest_link

PASSWORD = "Jardin-Velo-7"


def _proven(client, address: str) -> JourneyState:
    journey = JourneyState()
    execute(SendCode(address), journey, client)
    execute(ConfirmCode.for_journey_code(journey, newest_code(client, address)), journey, client)
    assert journey.email_verified
    return journey


def _fill(journey: JourneyState, person) -> None:
    journey.answers.form.update(nir=person.nir.replace(" ", ""),
                                birth_date=person.birth_date.isoformat(),
                                postal_code=person.postal_code, iban=person.iban,
                                password=PASSWORD)


def _create(client, journey: JourneyState):
    meta = execute(LoadMeta(), journey, client).value
    action = CreateAccount.for_journey(journey, meta.account_fields, meta.terms.version)
    return execute(action, journey, client)


def test_create_account_records_the_account_and_forgets_the_password(client, person):
    journey = _proven(client, "lucie.morel@gmail.com")
    _fill(journey, person)
    outcome = _create(client, journey)
    assert isinstance(outcome, Done), outcome
    assert journey.account_id and journey.account_status == "pending" and journey.journey_code
    assert journey.masked_email.endswith("@gmail.com") and "lucie" not in journey.masked_email
    assert journey.password == "" and journey.facts.creation_key == ""


def test_a_refused_creation_says_what_to_fix_and_where(client, person):
    journey = _proven(client, "marc.petit@orange.fr")
    _fill(journey, person)
    journey.answers.form["postal_code"] = "13001" if person.postal_code != "13001" else "69001"
    outcome = _create(client, journey)
    assert isinstance(outcome, Failed) and outcome.code == "identity_mismatch"
    assert outcome.next is NextAction.FIX and journey.account_error == "identity_mismatch"
    assert journey.account_id is None


def test_the_same_fields_after_a_lost_answer_reuse_the_key(client, person):
    """The attempt keeps its key while the fields are unchanged and no answer came; an
    answer from the server (a 4xx) or a changed field starts another attempt."""
    journey = _proven(client, "nina.blanc@gmail.com")
    _fill(journey, person)
    meta = execute(LoadMeta(), journey, client).value
    fields, terms = meta.account_fields, meta.terms.version
    first = CreateAccount.for_journey(journey, fields, terms)
    assert journey.facts.creation_key == ""  # building a use case writes nothing
    first.apply(journey, failed("backend_timeout"))  # sent, but no answer came back
    again = CreateAccount.for_journey(journey, fields, terms)
    assert again.idempotency_key == first.idempotency_key  # a retry replays, never doubles
    again.apply(journey, failed("server_error", status=503))  # may not have been done
    assert CreateAccount.for_journey(journey, fields, terms).idempotency_key == (
        first.idempotency_key)
    journey.answers.form["postal_code"] = "75011"
    changed = CreateAccount.for_journey(journey, fields, terms)
    assert changed.idempotency_key != first.idempotency_key  # another attempt
    changed.apply(journey, failed("identity_mismatch", status=422))  # answered: concluded
    assert CreateAccount.for_journey(journey, fields, terms).idempotency_key not in (
        first.idempotency_key, changed.idempotency_key)
    assert journey.facts.creation_digest == ""


def test_poll_resend_and_the_link_activate(client, server, person):
    journey = _proven(client, "remi.faure@gmail.com")
    _fill(journey, person)
    assert _create(client, journey).ok
    polled = execute(PollActivation(journey.account_id, journey.account_secret), journey, client)
    assert polled.ok and journey.account_status == "pending"
    too_soon = execute(ResendActivation(journey.account_id, journey.account_secret), journey, client)
    assert isinstance(too_soon, Failed) and too_soon.code == "rate_limited"
    assert too_soon.next is NextAction.WAIT and too_soon.retry_after
    server.advance(31)
    assert execute(ResendActivation(journey.account_id, journey.account_secret), journey, client).ok
    link = newest_link(client, "remi.faure@gmail.com")
    assert execute(ConfirmLink(link), journey, client).ok
    assert journey.account_status == "active"
    again = execute(ConfirmLink(link), journey, client)
    assert isinstance(again, Failed) and again.next is not NextAction.FIX


def test_correcting_the_address_needs_the_new_one_proven(client, server, person):
    journey = _proven(client, "sami.roux@gmail.com")
    _fill(journey, person)
    assert _create(client, journey).ok
    server.advance(31)
    new = "sami.roux@orange.fr"
    sent = execute(SendCode(new, for_journey=False), journey, client)
    assert sent.ok and journey.email == "sami.roux@gmail.com"  # not before it is proven
    wrong = execute(ChangeEmail(journey.account_id, new, sent.value.id, "000000"
                                if newest_code(client, new) != "000000" else "111111",
                                journey.account_secret), journey, client)
    assert isinstance(wrong, Failed) and wrong.code == "code_mismatch"
    assert journey.email == "sami.roux@gmail.com"
    done = execute(ChangeEmail(journey.account_id, new, sent.value.id,
                               newest_code(client, new), journey.account_secret), journey, client)
    assert done.ok and journey.email == new and journey.masked_email.endswith("@orange.fr")
    link = newest_link(client, new)
    page = requests.post(link, timeout=10)
    assert page.status_code == 200
    polled = execute(PollActivation(journey.account_id, journey.account_secret), journey, client)
    assert polled.value.active


def test_resume_finds_the_account_from_the_memo(client, person):
    journey = _proven(client, "ines.garcia@gmail.com")
    _fill(journey, person)
    assert _create(client, journey).ok
    code = journey.journey_code
    later = JourneyState()
    wrong = execute(Resume(code, person.birth_date.replace(year=person.birth_date.year - 1)),
                    later, client)
    assert isinstance(wrong, Failed) and wrong.code == "journey_unknown"
    assert wrong.next is NextAction.FIX and later.account_id is None
    found = execute(Resume(code, person.birth_date), later, client)
    assert found.ok and later.account_id == journey.account_id
    assert later.journey_code == code and later.account_status == "pending"
