"""In the window: Retour gives back the person's answers but never undoes what the backend
did (a code sent stays sent), and "Personne suivante" leaves no answer and no fact."""

from __future__ import annotations

from aidant_app.journey import HELPER, Answers, Facts, Step

from .journey_steps import accept_doubtful_domain, existing_address, start
from .journey_support import click, code_in, press_next, read_inbox, type_into, wait_step
from .pages_support import fresh_address


def test_retour_keeps_the_code_sent_and_gives_back_the_answers(qtbot, window):
    journey = window.ctx.journey
    start(qtbot, window, HELPER)
    click(qtbot, window.current_page.buttons["emailYes"])
    wait_step(qtbot, window, Step.EMAIL_ADDRESS)
    address = fresh_address()
    type_into(qtbot, window.current_page.field.edit, address)
    press_next(qtbot, window)
    accept_doubtful_domain(qtbot, window)
    wait_step(qtbot, window, Step.EMAIL_CODE)
    sent = journey.facts.snapshot()
    assert journey.facts.verification_id and journey.facts.code_for == address

    # Retour must not undo anything the backend did.
    click(qtbot, window.back_button)
    wait_step(qtbot, window, Step.EMAIL_ADDRESS)
    assert journey.facts.snapshot() == sent
    assert journey.answers.email == address and journey.code_sent
    # Another address typed, then Retour once more: answers go further back, the code
    # stays known as sent to the first address.
    other = fresh_address()
    type_into(qtbot, window.current_page.field.edit, other)
    click(qtbot, window.back_button)
    wait_step(qtbot, window, Step.EMAIL_QUESTION)
    # The answers as they were when that question was left: the address not typed yet.
    assert journey.answers.has_mailbox is True and journey.answers.email == ""
    assert journey.facts.snapshot() == sent


def test_next_person_leaves_no_answer_and_no_fact(qtbot, window):
    journey = window.ctx.journey
    start(qtbot, window, HELPER)
    existing_address(qtbot, window)  # answers typed, a code sent and confirmed
    assert journey.answers != Answers() and journey.facts != Facts()
    assert journey.email_proof
    click(qtbot, window.button_row.next_person)  # no account yet: nothing to lose, no question
    wait_step(qtbot, window, Step.START)
    for name, empty in Answers.FIELDS.items():
        assert getattr(journey.answers, name) == empty, f"the answer {name} survived"
    for name, empty in Facts.FIELDS.items():
        assert getattr(journey.facts, name) == empty, f"the fact {name} survived"
    assert not window.ctx.flow.can_go_back()


def test_a_code_typed_then_retour_keeps_the_proof(qtbot, window):
    """A proven address stays proven after Retour: the proof is the backend's fact."""
    journey = window.ctx.journey
    start(qtbot, window, HELPER)
    click(qtbot, window.current_page.buttons["emailYes"])
    wait_step(qtbot, window, Step.EMAIL_ADDRESS)
    type_into(qtbot, window.current_page.field.edit, fresh_address())
    press_next(qtbot, window)
    accept_doubtful_domain(qtbot, window)
    wait_step(qtbot, window, Step.EMAIL_CODE)
    page = window.current_page
    type_into(qtbot, page.field.edit, code_in(read_inbox(qtbot, page.open_inbox, None)))
    press_next(qtbot, window, Step.ACCOUNT_QUESTION)
    proof = journey.facts.email_proof
    assert proof and journey.email_verified
    click(qtbot, window.back_button)
    wait_step(qtbot, window, Step.EMAIL_CODE)
    assert journey.facts.email_proof == proof and journey.email_verified
