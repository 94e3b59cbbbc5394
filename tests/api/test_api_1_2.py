"""API 1.2 in the app: the account secret travels in a header (never a path or a query),
lives in the journey's backend facts only (memory, never the memo or a repr), and is carried
through a resume. Against a recording server and the real training server over HTTP."""

from __future__ import annotations

import json

import pytest

from aidant_app.actions import CreateAccount, PollActivation, ResendActivation, Resume, execute
from aidant_app.api import AidantClient, ApiError
from aidant_app.api.client import SECRET_HEADER
from aidant_app.journey import JourneyState
from aidant_app.journey.state import Answers
from tests.support.faulty_servers import FaultyServer, respond

SECRET = "s3cr3t-Of-The-Account_0123456789"
STATUS = json.dumps(
    {
        "status": "pending",
        "email": "l•••@example.org",
        "activation_expires_at": "2030-01-01T10:00:00+00:00",
        "resend_available_at": None,
        "delivery": "queued",
    }
).encode()
RESENT = json.dumps(
    {
        "resend_available_at": "2030-01-01T10:00:00+00:00",
        "activation_expires_at": "2030-01-01T10:00:00+00:00",
    }
).encode()


@pytest.mark.parametrize(
    "call, answer",
    [
        (lambda c: c.activation_status("acc1", SECRET), STATUS),
        (lambda c: c.resend_activation("acc1", SECRET), RESENT),
        (lambda c: c.change_email("acc1", "n@example.org", "proof", SECRET), STATUS),
    ],
)
def test_every_call_on_an_account_sends_its_secret_in_a_header_only(call, answer):
    with FaultyServer(respond(200, answer)) as server:
        call(AidantClient(server.url, deadline=5))
    sent = server.requests[0]
    assert sent.headers[SECRET_HEADER.lower()] == SECRET
    assert SECRET not in sent.path and "?" not in sent.path
    assert SECRET not in (sent.body or b"").decode()


def _person(api: AidantClient):
    return next(p for p in api.training_people() if p.situation == "ready")


def _fields(person, email: str, terms: str) -> dict:
    return {
        "nir": person.nir.replace(" ", ""),
        "birth_date": person.birth_date,
        "postal_code": person.postal_code,
        "iban": person.iban,
        "email": email,
        "password": "Jardin-Velo-7",
        "terms_version": terms,
    }


def test_the_training_server_answers_only_the_holder_of_the_secret(api: AidantClient):
    person = _person(api)
    account = api.create_account(
        _fields(person, "secret.app@example.org", api.meta().terms.version)
    )
    assert account.secret and account.secret not in repr(account)
    for secret in (None, "faux", account.journey_code):
        with pytest.raises(ApiError) as info:
            api.activation_status(account.id, secret)
        assert (info.value.code, info.value.status) == ("not_found", 404)
    assert api.activation_status(account.id, account.secret).status == "pending"
    resumed = api.resume_journey(account.journey_code, person.birth_date)
    assert resumed.secret and resumed.secret != account.secret
    assert resumed.secret not in repr(resumed)
    assert api.activation_status(resumed.account_id, resumed.secret).status == "pending"


def test_the_journey_keeps_the_secret_in_its_facts_and_carries_it_through_a_resume(api, training):
    person = _person(api)
    journey = JourneyState(Answers(email="secret.journey@example.org"))
    journey.answers.form.update(
        nir=person.nir.replace(" ", ""),
        birth_date=person.birth_date.isoformat(),
        postal_code=person.postal_code,
        iban=person.iban,
        password="Jardin-Velo-7",
    )
    meta = api.meta()
    created = execute(CreateAccount.for_journey(journey, meta.account_fields, meta.terms.version),
                      journey, api)
    assert created.ok, created
    secret = journey.facts.account_secret
    assert secret and secret not in repr(journey)
    assert execute(PollActivation(journey.account_id, secret), journey, api).ok
    # Another PC (or the same app after a restart) resumes from the memo: a secret of its own.
    later = JourneyState()
    assert execute(Resume(journey.journey_code, person.birth_date), later, api).ok
    assert later.account_secret and later.account_secret != secret
    training.clock.advance(31)
    assert execute(ResendActivation(later.account_id, later.account_secret), later, api).ok
    # Back never rolls a fact back, and wipe() forgets it.
    snapshot = later.answers.snapshot()
    later.answers.restore(snapshot)
    assert later.account_secret
    later.facts.wipe()
    assert later.account_secret is None
    # Without it, the server answers as for an unknown account.
    refused = execute(PollActivation(journey.account_id, None), JourneyState(), api)
    assert not refused.ok and refused.code == "not_found"
