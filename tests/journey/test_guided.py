"""Guided mode without a widget: the branches where the account is made on the official
site, and the companion's steps (one dated file) with their local checks."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from aidant_app.journey import HOME, Flow, JourneyState, Step, companion
from aidant_app.journey.state import (
    PLACE_API,
    PLACE_OFFICIAL,
    SEEN_FOLDERS,
    SEEN_NOTHING,
    SEEN_WELCOME,
)
from aidant_app.journey.triage import NONE_OF_THESE
from aidant_app.rules import CURRENT_POLICY, LEGACY_DIGITS_POLICY
from aidant_app.server.population import PEOPLE
from aidant_app.server.population import READY as READY_SITUATION
from aidant_app.server.population import TEMPORARY as TEMPORARY_SITUATION

RESOURCE = Path(__file__).resolve().parents[2] / "resources" / "official_signup.json"
READY = [p for p in PEOPLE if p.situation == READY_SITUATION]
TEMPORARY = next(p for p in PEOPLE if p.situation == TEMPORARY_SITUATION)


def guided(no_mail: bool) -> tuple[JourneyState, Flow]:
    state = JourneyState()
    state.record_service(guided=True, no_mail=no_mail)
    flow = Flow(state)
    state.answers.mode, state.answers.consent = HOME, True
    state.answers.has_mailbox = True
    assert flow.advance() == Step.TRIAGE  # issue 19: who should not start, in guided mode too
    state.answers.triage = NONE_OF_THESE
    assert flow.advance() == Step.EMAIL_QUESTION
    assert flow.advance() == Step.EMAIL_ADDRESS
    return state, flow


def to_companion_without_mail(state: JourneyState, flow: Flow, seen: str = SEEN_WELCOME):
    state.answers.email = "camille.martin@example.org"
    assert flow.peek_next() is None  # not checked yet: no step to go to
    state.facts.checked_for = state.email
    assert flow.advance() == Step.EMAIL_SEEN
    assert flow.peek_next() is None  # the person has not said what they see
    state.answers.mailbox_seen = seen
    assert flow.advance() == Step.ACCOUNT_QUESTION
    state.answers.has_ameli_account = False
    assert flow.advance() == Step.COMPANION


def test_home_without_mail_goes_from_the_mailbox_to_done_with_no_account_id():
    state, flow = guided(no_mail=True)
    to_companion_without_mail(state, flow)
    assert state.account_place == "" and flow.peek_next() is None
    state.answers.official_created = True
    assert state.account_place == PLACE_OFFICIAL and state.account_id is None
    assert flow.advance() == Step.ACTIVATION_QUESTION
    state.answers.activation_seen = False  # "not yet": the help, not Done
    assert flow.peek_next() is None
    state.answers.activation_seen = True
    assert flow.advance() == Step.MAILBOX_LIFE  # a mailbox for life, then Done
    assert flow.advance() == Step.DONE


@pytest.mark.parametrize("seen", [SEEN_WELCOME, SEEN_FOLDERS])
def test_what_the_person_saw_in_the_mailbox_proves_it_opens(seen):
    state, flow = guided(no_mail=True)
    to_companion_without_mail(state, flow, seen)


def test_a_mailbox_that_does_not_open_or_another_address_does_not_move_on():
    state, flow = guided(no_mail=True)
    state.answers.email = "camille.martin@example.org"
    state.facts.checked_for = state.email
    assert flow.advance() == Step.EMAIL_SEEN
    state.answers.mailbox_seen = SEEN_NOTHING
    assert flow.peek_next() is None
    state.answers.mailbox_seen = SEEN_WELCOME
    state.answers.email = "autre.adresse@example.org"  # changed after the check
    assert flow.peek_next() is None
    state.answers.email, state.answers.has_mailbox = "camille.martin@example.org", False
    assert flow.advance() == Step.MAILBOX_CHOICE  # "I cannot open it": make one


def test_guided_with_codes_proves_the_address_then_goes_to_the_companion_not_the_form():
    state, flow = guided(no_mail=False)
    state.answers.email = "camille.martin@example.org"
    state.facts.checked_for = state.email
    assert flow.peek_next() is None  # a code is needed here, the check is not enough
    state.facts.verification_id, state.facts.code_for = "v1", state.email
    assert flow.advance() == Step.EMAIL_CODE
    state.facts.email_proof, state.facts.proof_for = "proof", state.email
    assert flow.advance() == Step.ACCOUNT_QUESTION
    state.answers.has_ameli_account = False
    assert flow.advance() == Step.COMPANION


def test_an_api_backend_keeps_the_form_and_an_account_id_is_created_through_the_api():
    state = JourneyState()
    state.answers.has_ameli_account = False
    flow = Flow(state)
    flow.current = Step.ACCOUNT_QUESTION
    assert flow.peek_next() == Step.ACCOUNT_FORM
    state.answers.official_created = True  # no meaning without guided mode
    assert state.account_place == ""
    state.facts.account_id = "acc1"
    assert state.account_place == PLACE_API


def test_next_person_forgets_everything_the_shell_records_the_service_again():
    state, flow = guided(no_mail=True)
    to_companion_without_mail(state, flow)
    state.answers.official_created = True
    flow.reset()
    assert state.is_empty() and flow.current == Step.START
    state.record_service(guided=True, no_mail=True)  # ui/context.py, from meta
    assert state.account_place == "" and state.checked_for == ""


def test_coming_back_in_guided_mode_is_the_activation_question_without_any_code():
    state = JourneyState()
    state.record_service(guided=True, no_mail=True)
    flow = Flow(state)
    state.answers.wants_resume = True
    assert flow.advance() == Step.ACTIVATION_QUESTION
    state.record_service(guided=False, no_mail=False)
    flow = Flow(state)
    assert flow.advance() == Step.RESUME


def test_back_restores_the_answers_of_the_companion():
    state, flow = guided(no_mail=True)
    to_companion_without_mail(state, flow)
    state.answers.official_created = True
    flow.advance()
    state.answers.activation_seen = True
    assert flow.back() == Step.COMPANION
    assert state.activation_seen is None and state.official_created is True


# --- the companion's steps ---------------------------------------------------------------------


def test_the_steps_come_from_one_dated_file_with_sources():
    signup = companion.load()
    data = json.loads(RESOURCE.read_text(encoding="utf-8"))
    assert signup.url == data["url"] and signup.url.startswith("https://assure.ameli.fr/")
    assert signup.checked_on == dt.date.fromisoformat(data["checked_on"])
    assert [s.id for s in signup.steps] == [s["id"] for s in data["steps"]]
    assert signup.sources
    # FACTS.md: the birth date's place, the postal code, the identity check are uncertain.
    uncertain = {s.id for s in signup.steps if s.uncertain}
    assert {"birth_date", "postal_code", "identity"} <= uncertain
    assert all(s.if_missing for s in signup.steps if s.uncertain)
    # Never the site's exact button words (they change): what to look for.
    for step in signup.steps:
        assert "Je crée mon compte" not in step.look_for


@pytest.mark.parametrize("breakage", [
    lambda d: d["steps"][2].update(if_missing=""),  # uncertain with no way forward
    lambda d: d["steps"][1].update(check="phone"),  # a check nobody knows
    lambda d: d.update(url="http://assure.ameli.fr/"),
    lambda d: d.update(checked_on="bientôt"),
    lambda d: d["steps"].append(copy.deepcopy(d["steps"][0])),  # the same id twice
    lambda d: d["steps"][0].update(look_for=""),
])
def test_a_broken_file_is_refused(breakage):
    data = json.loads(RESOURCE.read_text(encoding="utf-8"))
    breakage(data)
    with pytest.raises((ValueError, KeyError)):
        companion.parse(data)


def _step(step_id: str) -> companion.SignupStep:
    return next(s for s in companion.load().steps if s.id == step_id)


def _check(step_id: str, value: str, values=None, **kw) -> str | None:
    return companion.check(_step(step_id), value, values or {}, **kw)


@pytest.mark.parametrize("person", READY[:4], ids=lambda p: p.first_name)
def test_each_step_accepts_a_fictitious_persons_real_looking_values(person):
    values = {"nir": person.nir}
    assert _check("nir", person.nir) is None
    assert _check("nir", " ".join([person.nir[:1], person.nir[1:3], person.nir[3:]])) is None
    assert _check("birth_date", person.birth_date.isoformat(), values) is None
    assert _check("postal_code", person.postal_code) is None
    assert _check("identity", person.iban_listed) is None


def test_the_number_is_checked_for_its_key_its_length_and_being_permanent():
    nir = READY[0].nir
    wrong_key = nir[:13] + f"{(int(nir[13:]) % 97) + 1:02d}"
    assert _check("nir", wrong_key) == "nir_key"
    assert _check("nir", nir[:13]) == "nir_incomplete"  # the key is needed to check here
    assert _check("nir", nir + "1") == "nir_too_long"
    assert _check("nir", "") == "nir_empty"
    assert _check("nir", nir[:5] + "x" + nir[6:]) == "nir_characters"
    assert _check("nir", TEMPORARY.nir) == "nir_temporary"


def test_the_birth_date_must_match_the_number():
    person = READY[1]
    values = {"nir": person.nir}
    other_year = person.birth_date.replace(year=person.birth_date.year - 1)
    other_month = person.birth_date.replace(month=person.birth_date.month % 12 + 1)
    assert _check("birth_date", other_year.isoformat(), values) == "birth_date_mismatch"
    assert _check("birth_date", other_month.isoformat(), values) == "birth_date_mismatch"
    assert _check("birth_date", "2999-01-01", values) == "birth_date_invalid"
    assert _check("birth_date", "1990-02-31", values) == "birth_date_invalid"
    assert _check("birth_date", "", values) == "birth_date_invalid"


@pytest.mark.parametrize("code", ["00100", "7501", "750111", "96000", "2A004", "", "75 011"])
def test_postal_codes_that_do_not_exist_are_refused(code):
    assert _check("postal_code", code) == "postal_code_invalid"


def test_the_bank_details_are_checked_for_their_key():
    iban = READY[2].iban_listed
    assert _check("identity", " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))) is None
    broken = iban[:-1] + str((int(iban[-1]) + 1) % 10)
    assert _check("identity", broken) == "iban_invalid"


def test_the_address_is_the_one_proven_on_this_computer():
    proven = "camille.martin@example.org"
    assert _check("email", "", proven_email=proven) is None
    assert _check("email", " Camille.Martin@Example.org ", proven_email=proven) is None
    assert _check("email", "camile.martin@example.org", proven_email=proven) == \
        "email_proof_invalid"
    assert _check("email", "", proven_email="") == "email_proof_invalid"


def test_the_password_follows_todays_policy_from_meta():
    assert _check("password", "Soleil-du-matin-7", policy=CURRENT_POLICY) is None
    assert _check("password", "soleil-du-matin-7", policy=CURRENT_POLICY) == "password_policy"
    assert _check("password", "Court1", policy=CURRENT_POLICY) == "password_policy"
    assert _check("password", "", policy=CURRENT_POLICY) == "password_empty"
    assert _check("password", "12345678", policy=LEGACY_DIGITS_POLICY) is None
    assert _check("password", "Soleil-du-matin-7", policy=LEGACY_DIGITS_POLICY) == \
        "password_policy"


def test_every_code_a_step_gives_is_in_the_vocabulary():
    from aidant_app.rules.codes import VOCABULARY

    assert companion.EMAIL_NOT_PROVEN in VOCABULARY
    for step in companion.load().steps:
        if step.field is not None:
            assert set(step.field.codes) <= set(VOCABULARY)
    assert dataclasses.is_dataclass(companion.Signup)
