"""Check an address, send and confirm a code, create a mailbox: facts land in the journey."""

from __future__ import annotations

from aidant_app.actions import (
    CheckEmail,
    ConfirmCode,
    CreateMailbox,
    Done,
    Failed,
    SendCode,
    execute,
)
from aidant_app.journey import Answers, Flow, JourneyState, NextAction, Step

from .helpers import codes, newest_code


def test_check_send_and_confirm_prove_the_address(client):
    journey = JourneyState()
    check = execute(CheckEmail("lea.martin@gmail.com"), journey, client)
    assert isinstance(check, Done) and check.value.deliverable == "yes"
    sent = execute(SendCode("lea.martin@gmail.com"), journey, client)
    assert sent.ok and journey.code_sent and journey.email == "lea.martin@gmail.com"
    confirmed = execute(ConfirmCode.for_journey_code(journey, newest_code(
        client, "lea.martin@gmail.com")), journey, client)
    assert confirmed.ok and journey.email_verified


def test_a_wrong_code_says_fix_and_counts_down(client):
    journey = JourneyState()
    execute(SendCode("paul.durand@orange.fr"), journey, client)
    right = newest_code(client, "paul.durand@orange.fr")
    wrong = "000000" if right != "000000" else "111111"
    outcome = execute(ConfirmCode.for_journey_code(journey, wrong), journey, client)
    assert isinstance(outcome, Failed)
    assert outcome.code == "code_mismatch" and outcome.next is NextAction.FIX
    assert outcome.attempts_left is not None and not journey.email_verified


def test_back_after_a_new_code_keeps_the_newest_code(client, server):
    """Back restores the person's answers, never the id of a code that was replaced."""
    journey = JourneyState(Answers(mode="home", consent=True, has_mailbox=True))
    flow = Flow(journey)
    flow.current = Step.EMAIL_ADDRESS
    execute(SendCode("anne.petit@free.fr"), journey, client)
    flow.advance()
    first_id = journey.verification_id
    server.advance(31)  # the new-code cooldown
    execute(SendCode("anne.petit@free.fr"), journey, client)
    newest_id = journey.verification_id
    assert newest_id != first_id
    flow.back()
    assert journey.verification_id == newest_id and journey.code_sent
    flow.advance()  # forward again with the same address: the newest code works
    newest = codes(client, "anne.petit@free.fr")[0]
    assert execute(ConfirmCode.for_journey_code(journey, newest), journey, client).ok


def test_a_changed_address_needs_its_own_code(client):
    journey = JourneyState()
    execute(SendCode("anne.petit@free.fr"), journey, client)
    journey.answers.email = "anne.petit2@free.fr"  # the person typed another address after Back
    assert not journey.code_sent


def test_create_mailbox_then_reuse_it_instead_of_taken(client):
    journey = JourneyState()
    made = execute(CreateMailbox.for_journey(journey, "Lina", "Roux", None, "Tulipe-Soleil-2026"),
                   journey, client)
    assert made.ok and journey.email == made.value and journey.code_sent
    again = CreateMailbox.for_journey(journey, "Lina", "Roux", None, "Tulipe-Soleil-2026")
    assert again.existing == made.value and again.code_sent
    assert execute(again, journey, client).ok  # no "address taken": the same mailbox
    taken = CreateMailbox("Lina", "Roux", made.value.split("@")[0], "Tulipe-Soleil-2026")
    other = execute(taken, JourneyState(), client)
    assert isinstance(other, Failed) and other.code == "address_taken"
    assert other.alternatives and other.next is NextAction.FIX
