"""Triage branches and the mailbox's log-in-again date, with no widget."""

from datetime import date

import pytest

from aidant_app.journey import Flow, JourneyState, Step, triage
from aidant_app.journey.mailbox_life import add_months, log_in_again_before


def _at_triage() -> tuple[JourneyState, Flow]:
    state = JourneyState()
    flow = Flow(state)
    state.answers.mode, state.answers.consent = "home", True
    assert flow.advance() == Step.TRIAGE
    return state, flow


@pytest.mark.parametrize("situation, target", [
    (triage.NONE_OF_THESE, Step.EMAIL_QUESTION),
    (triage.HAS_ACCOUNT, Step.ACCOUNT_EXISTS_HELP),
    *[(exit_, Step.TRIAGE_EXIT) for exit_ in triage.EXITS],
])
def test_each_situation_leads_to_its_path_and_back_returns_to_the_question(situation, target):
    state, flow = _at_triage()
    assert flow.peek_next() is None  # nothing chosen: no way on
    state.answers.triage = situation
    assert flow.advance() == target
    if target != Step.EMAIL_QUESTION:
        assert flow.peek_next() is None  # an exit is an end: no Continuer
    assert flow.can_go_back()  # the person may have chosen wrongly
    assert flow.back() == Step.TRIAGE and state.answers.triage == situation  # as it was left


def test_the_mailbox_step_comes_after_activation_and_before_done():
    state, flow = _at_triage()
    flow.current = Step.ACTIVATION
    state.facts.account_id, state.facts.account_status = "a1", "pending"
    assert flow.peek_next() is None
    state.facts.account_status = "active"
    assert flow.advance() == Step.MAILBOX_LIFE
    assert flow.advance() == Step.DONE  # the checklist helps; it does not block


@pytest.mark.parametrize("today, months, expected", [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),  # no 31 February: the month's last day
    (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
    (date(2026, 11, 15), 4, date(2027, 3, 15)),  # across the year
    (date(2026, 12, 7), 24, date(2028, 12, 7)),
    (date(2026, 8, 31), 12, date(2027, 8, 31)),
])
def test_add_months(today, months, expected):
    assert add_months(today, months) == expected


def test_the_date_to_log_in_by_is_a_week_before_the_deletion():
    assert log_in_again_before(date(2026, 12, 7), 4) == date(2027, 3, 31)
    assert log_in_again_before(date(2026, 3, 3), 24) == date(2028, 2, 25)
    assert log_in_again_before(date(2026, 3, 3), None) is None  # no rule known: no date
    assert log_in_again_before(date(2026, 3, 3), 0) is None
