"""The journey's steps and branches resolved with no widget at all."""

import pytest

from aidant_app.journey import (
    HELPER,
    HOME,
    ROUTE_PROVIDER,
    ROUTE_SERVICE,
    Answers,
    Facts,
    Flow,
    JourneyState,
    NextAction,
    Section,
    Step,
    account_error_action,
    next_step,
)
from aidant_app.journey.flow import NEXT, SECTION_OF
from aidant_app.rules.codes import next_for
from tests.support.emitted_codes import account_codes


def start(mode=HOME):
    """Start done and the triage answered "none of these": the next step is the e-mail."""
    state = JourneyState()
    flow = Flow(state)
    state.answers.mode, state.answers.consent = mode, True
    assert flow.advance() == Step.TRIAGE
    state.answers.triage = "none"
    return state, flow


def send_code(state, address, verification_id="v1"):
    """What actions.SendCode records: the address (an answer) and its code (a fact)."""
    state.answers.email = address
    state.facts.verification_id, state.facts.code_for = verification_id, address


def to_account_form(state, flow):
    state.answers.has_mailbox = True
    assert flow.advance() == Step.EMAIL_QUESTION
    assert flow.advance() == Step.EMAIL_ADDRESS
    send_code(state, "camille.martin@gmail.com")
    assert flow.advance() == Step.EMAIL_CODE
    state.facts.email_proof, state.facts.proof_for = "proof", state.email
    assert flow.advance() == Step.ACCOUNT_QUESTION
    state.answers.has_ameli_account = False
    assert flow.advance() == Step.ACCOUNT_FORM


def test_every_step_has_a_rule_and_a_section():
    assert set(NEXT) == set(Step)
    assert set(SECTION_OF) == set(Step)
    assert {SECTION_OF[s] for s in Step} == set(Section)


@pytest.mark.parametrize("mode", [HELPER, HOME])
def test_the_whole_journey_with_an_existing_address(mode):
    state, flow = start(mode)
    to_account_form(state, flow)
    state.facts.account_id, state.facts.account_status = "a1", "pending"
    assert flow.advance() == Step.ACTIVATION
    assert flow.peek_next() is None  # waits for the link
    state.facts.account_status = "active"
    assert flow.advance() == Step.MAILBOX_LIFE  # nothing to tick before moving on
    assert flow.advance() == Step.DONE
    assert flow.peek_next() is None


def test_start_needs_a_mode_and_consent():
    state = JourneyState()
    assert next_step(Step.START, state) is None
    state.answers.mode = HELPER
    assert next_step(Step.START, state) is None
    state.answers.consent = True
    assert next_step(Step.START, state) == Step.TRIAGE


def test_no_mailbox_leads_to_the_service_or_a_provider():
    state, flow = start()
    flow.advance()
    state.answers.has_mailbox = False
    assert flow.advance() == Step.MAILBOX_CHOICE
    assert flow.peek_next() is None
    state.answers.mailbox_route = ROUTE_SERVICE
    assert flow.peek_next() == Step.MAILBOX_SERVICE
    state.answers.mailbox_route = ROUTE_PROVIDER
    assert flow.advance() == Step.MAILBOX_PROVIDER
    assert flow.advance() == Step.EMAIL_ADDRESS  # then type the new address


def test_training_mailbox_goes_straight_to_the_code():
    state, flow = start()
    flow.advance()
    state.answers.has_mailbox = False
    flow.advance()
    state.answers.mailbox_route = ROUTE_SERVICE
    flow.advance()
    assert flow.peek_next() is None
    send_code(state, "camille.martin@entrainement.example")
    assert flow.advance() == Step.EMAIL_CODE


def test_cannot_open_the_mailbox_leads_to_creating_one():
    state, flow = start()
    flow.advance()
    state.answers.has_mailbox = True
    flow.advance()
    send_code(state, "camille.martin@gmail.com")
    flow.advance()
    state.answers.has_mailbox = False  # "Je ne peux pas ouvrir cette boîte"
    assert flow.advance() == Step.MAILBOX_CHOICE


def test_already_has_an_ameli_account():
    state, flow = start()
    to_account_form(state, flow)
    flow.back()
    state.answers.has_ameli_account = True
    assert flow.advance() == Step.ACCOUNT_EXISTS_HELP
    assert flow.peek_next() is None


def test_resume_goes_to_activation():
    state = JourneyState()
    flow = Flow(state)
    state.answers.wants_resume = True
    assert flow.advance() == Step.RESUME
    assert flow.peek_next() is None
    state.facts.account_id, state.facts.account_status = "a1", "pending"
    assert flow.advance() == Step.ACTIVATION
    assert not flow.can_go_back()


def test_every_account_error_code_leads_somewhere():
    """Every code POST /v1/accounts can answer (read from the server's sources, never
    listed here) has a way on: a field to fix, a call, a wait, the terms, another step; or
    the form sends again (next action RETRY)."""
    for code in account_codes():
        action = account_error_action(code)
        if action is None:
            assert next_for(code) is NextAction.RETRY, code
            continue
        assert action.kind in {NextAction.FIX, NextAction.EMAIL, NextAction.HELP,
                               NextAction.CALL, NextAction.WAIT, NextAction.RELOAD}, code
        assert action.step is not None or action.kind in {
            NextAction.FIX, NextAction.CALL, NextAction.WAIT, NextAction.RELOAD}, code


@pytest.mark.parametrize(
    "code, target",
    [("email_unavailable", Step.EMAIL_ADDRESS), ("account_exists", Step.ACCOUNT_EXISTS_HELP),
     ("email_proof_invalid", Step.EMAIL_ADDRESS), ("email_invalid", Step.EMAIL_ADDRESS),
     ("nir_invalid", None),
     ("too_many_attempts", None)],
)
def test_account_errors_route_from_the_form(code, target):
    state, flow = start()
    to_account_form(state, flow)
    state.facts.account_error = code
    assert flow.peek_next() == target


def test_the_account_form_is_a_commit_step():
    state, flow = start()
    to_account_form(state, flow)
    state.facts.account_id = "a1"
    flow.advance()
    assert not flow.can_go_back()
    with pytest.raises(ValueError):
        flow.back()


def test_back_after_each_step_restores_that_step_exactly():
    state, flow = start()
    seen = []  # (step, snapshot when leaving it)
    actions = [
        lambda: setattr(state.answers, "has_mailbox", True),
        lambda: send_code(state, "camille.martin@gmail.com"),
        lambda: (setattr(state.facts, "email_proof", "p"),
                 setattr(state.facts, "proof_for", state.email)),
        lambda: setattr(state.answers, "has_ameli_account", False),
    ]
    for act in [lambda: None] + actions:
        act()
        seen.append((flow.current, state.snapshot()))
        flow.advance()
        # The next page starts writing something of its own before the person goes back.
        state.answers.form["postal_code"] = "75011"
    for step, snapshot in reversed(seen):
        assert flow.back() == step
        assert state.snapshot() == snapshot
    assert flow.back() == Step.START  # start() answered the triage, before the e-mail
    assert not flow.can_go_back()


def test_a_step_cannot_be_left_before_its_answer():
    _state, flow = start()
    flow.advance()
    with pytest.raises(ValueError):
        flow.advance()
    assert flow.current == Step.EMAIL_QUESTION


def test_wipe_leaves_nothing():
    state, flow = start(HELPER)
    to_account_form(state, flow)
    state.answers.form.update(nir="1 84 12 75 116 001 26", iban="FR76...", password="Secret-1")
    state.answers.form["phone"] = "0612345678"  # a field a later backend may ask
    holder = state  # pages hold the same object: it must be emptied in place
    flow.reset()
    assert holder.is_empty()
    assert holder.secret_values() == []
    assert flow.current == Step.START and not flow.can_go_back()


def test_account_body_has_only_what_meta_requires():
    from aidant_app.actions import account_body

    state = JourneyState(
        Answers(email="e", form={"nir": "n", "birth_date": "b", "postal_code": "p",
                                 "iban": "i", "password": "w"}),
        Facts(email_proof="proof", proof_for="e"))
    body = account_body(state, ["nir", "birth_date", "email", "password", "terms_version"], "t")
    assert body == {"nir": "n", "birth_date": "b", "email": "e", "password": "w",
                    "terms_version": "t", "email_proof": "proof"}
    state.answers.email = "other@example.org"  # the proof was for another address: not sent
    assert "email_proof" not in account_body(state, ["nir", "email"], "t")


def test_back_restores_answers_and_keeps_backend_facts():
    """A new code sent on the code page stays the newest after Back (never resurrected)."""
    state, flow = start()
    state.answers.has_mailbox = True
    assert flow.advance() == Step.EMAIL_QUESTION
    assert flow.advance() == Step.EMAIL_ADDRESS
    send_code(state, "camille.martin@gmail.com", "v1")
    assert flow.advance() == Step.EMAIL_CODE
    send_code(state, "camille.martin@gmail.com", "v2")  # "Recevoir un nouveau code"
    state.facts.resend_code_at = "2026-01-01T10:00:30+00:00"
    assert flow.back() == Step.EMAIL_ADDRESS
    assert state.verification_id == "v2" and state.code_sent
    assert state.resend_code_at == "2026-01-01T10:00:30+00:00"
    assert flow.advance() == Step.EMAIL_CODE  # the same address: straight to the code
    state.answers.email = "camille.martin2@gmail.com"  # after Back, another address: a new code
    assert not state.code_sent and not state.email_verified


def test_the_state_never_prints_the_persons_values():
    """A repr can end up in a log or a crash report: it names the filled fields only."""
    from aidant_app.server.population import PEOPLE

    person = PEOPLE[0]
    state = JourneyState(Answers(first_name=person.first_name, form={
        "nir": person.nir, "birth_date": person.birth_date.isoformat(),
        "iban": person.iban_listed, "password": "Entrainement-Compte-1"}))
    text = repr(state) + str(state)
    for value in state.secret_values():
        assert value not in text
    assert "form.nir" in text and "form.iban" in text
    with pytest.raises(TypeError):
        Answers(social_security_number=person.nir)  # a typo is an error, not a new field
