"""One vocabulary of codes (rules/codes.py): every code the server, the rules, the client and the
use cases produce is declared there, and every table of codes derives from it or agrees with it.

The codes produced are read from the sources (tests/support/emitted_codes.py), never copied
here: a code added to the server, a rule or the client without its declaration fails a test.
The words of each code, in both languages, are checked in tests/ui/test_pages_words.py.
"""

from __future__ import annotations

import pytest

from aidant_app import actions
from aidant_app.api import errors as api_errors
from aidant_app.journey import NextAction, Step, account_error_action
from aidant_app.rules import codes
from aidant_app.rules.codes import VOCABULARY
from tests.support import emitted_codes

SERVER = emitted_codes.server_codes()
RULES = emitted_codes.rule_codes()
CLIENT = emitted_codes.client_codes()


def test_the_sources_are_really_read():
    # A scan that finds nothing would make every test below pass: each source gives codes,
    # and the server's include the ones it builds in tables and helpers.
    assert len(SERVER) > 20 and len(RULES) > 5 and len(CLIENT) > 5
    assert {"link_expired", "terms_outdated", "too_many_attempts"} <= SERVER
    assert "nir_key" in RULES  # both sides of an `if` in a return


def test_every_code_produced_anywhere_is_declared():
    missing = {
        "server": sorted(SERVER - set(VOCABULARY)),
        "rules": sorted(RULES - set(VOCABULARY)),
        "client and use cases": sorted(CLIENT - set(VOCABULARY)),
    }
    assert missing == {"server": [], "rules": [], "client and use cases": []}


def test_what_the_server_answers_is_declared_as_served_and_worded_by_the_server():
    from aidant_app.server.errors import DETAILS

    assert sorted(SERVER - codes.SERVER_CODES) == []
    # The server's own titles and details: one per code it answers, none for another code.
    assert sorted(SERVER - set(DETAILS)) == []
    assert sorted(set(DETAILS) - codes.SERVER_CODES) == []
    # Nothing is declared "served" that neither the server nor a shared rule produces.
    assert sorted(codes.SERVER_CODES - SERVER - RULES) == []


def test_the_client_tables_are_the_vocabulary():
    assert api_errors.CLIENT_CODES == {c.name for c in VOCABULARY.values() if c.origin == codes.CLIENT}
    assert api_errors.SERVER_CODES == codes.SERVER_CODES
    assert CLIENT - codes.SERVER_CODES - {c.name for c in VOCABULARY.values()
                                          if c.origin == codes.APP} <= api_errors.CLIENT_CODES


@pytest.mark.parametrize("code", sorted(VOCABULARY))
def test_use_cases_take_next_action_and_transience_from_the_vocabulary(code):
    declared = VOCABULARY[code]
    outcome = actions.failed(code)
    assert outcome.next is declared.next
    assert outcome.transient is declared.transient
    assert api_errors.ApiError(code).retryable is declared.transient


@pytest.mark.parametrize("code", sorted(emitted_codes.account_codes()))
def test_the_journey_agrees_with_the_vocabulary_on_every_account_answer(code):
    """journey/flow.py and actions/outcome.py once disagreed on four codes (email_invalid,
    email_proof_invalid, email_unavailable, account_exists): the journey now takes the
    vocabulary's next action and only adds where it leads."""
    action = account_error_action(code)
    declared = VOCABULARY[code]
    if action is None:  # the form sends again (a new key, or meta reloaded first)
        assert declared.next is NextAction.RETRY, code
        return
    assert action.kind is declared.next
    if declared.next is NextAction.EMAIL:
        assert action.step is Step.EMAIL_ADDRESS
    if action.step is None:
        assert declared.next in (NextAction.FIX, NextAction.CALL, NextAction.WAIT,
                                 NextAction.RELOAD)


def test_the_form_leaves_for_another_step_only_where_that_step_can_help():
    targets = {code: account_error_action(code).step for code in emitted_codes.account_codes()
               if account_error_action(code) is not None}
    leaving = {code: step for code, step in targets.items() if step is not None}
    assert set(leaving.values()) == {Step.EMAIL_ADDRESS, Step.ACCOUNT_EXISTS_HELP}
    assert all(code.startswith("email_") for code, step in leaving.items()
               if step is Step.EMAIL_ADDRESS)
