"""The order of the wizard's steps and every branch, as data plus small functions."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from .state import HOME, ROUTE_PROVIDER, ROUTE_SERVICE, JourneyState
from .triage import HAS_ACCOUNT, NONE_OF_THESE

if TYPE_CHECKING:
    from .error_actions import ErrorAction


class Step(str, Enum):
    START = "start"
    RESUME = "resume"
    TRIAGE = "triage"  # issue 19: who should not start the account form
    TRIAGE_EXIT = "triage_exit"
    EMAIL_QUESTION = "email_question"
    EMAIL_ADDRESS = "email_address"
    EMAIL_CODE = "email_code"
    MAILBOX_CHOICE = "mailbox_choice"
    MAILBOX_SERVICE = "mailbox_service"
    MAILBOX_PROVIDER = "mailbox_provider"
    ACCOUNT_QUESTION = "account_question"
    ACCOUNT_EXISTS_HELP = "account_exists_help"
    ACCOUNT_FORM = "account_form"
    ACTIVATION = "activation"
    MAILBOX_LIFE = "mailbox_life"  # issue 19: keep the mailbox open for life
    DONE = "done"
    # Guided mode (API 1.2): the account is made by the person on the official site.
    EMAIL_SEEN = "email_seen"  # no code possible: the person opens the mailbox and says
    COMPANION = "companion"  # one official step at a time, values checked here first
    ACTIVATION_QUESTION = "activation_question"  # "did you click the link and see it?"


class Section(str, Enum):
    """The five entries of the step list at the side of the window."""

    START = "start"
    EMAIL = "email"
    ACCOUNT = "account"
    ACTIVATION = "activation"
    DONE = "done"


SECTION_OF = {
    Step.START: Section.START,
    Step.RESUME: Section.START,
    Step.TRIAGE: Section.START,
    Step.TRIAGE_EXIT: Section.START,
    Step.EMAIL_QUESTION: Section.EMAIL,
    Step.EMAIL_ADDRESS: Section.EMAIL,
    Step.EMAIL_CODE: Section.EMAIL,
    Step.MAILBOX_CHOICE: Section.EMAIL,
    Step.MAILBOX_SERVICE: Section.EMAIL,
    Step.MAILBOX_PROVIDER: Section.EMAIL,
    Step.ACCOUNT_QUESTION: Section.ACCOUNT,
    Step.ACCOUNT_EXISTS_HELP: Section.ACCOUNT,
    Step.ACCOUNT_FORM: Section.ACCOUNT,
    Step.ACTIVATION: Section.ACTIVATION,
    Step.MAILBOX_LIFE: Section.DONE,
    Step.DONE: Section.DONE,
    Step.EMAIL_SEEN: Section.EMAIL,
    Step.COMPANION: Section.ACCOUNT,
    Step.ACTIVATION_QUESTION: Section.ACTIVATION,
}

# Leaving these steps cannot be undone: the account exists (or was found) on the backend,
# so Back must never send the creation again.
COMMIT_STEPS = frozenset({Step.ACCOUNT_FORM, Step.RESUME, Step.ACTIVATION})
FINAL_STEPS = frozenset({Step.DONE, Step.ACCOUNT_EXISTS_HELP, Step.TRIAGE_EXIT})
# Final steps (no Continuer) that Back may still leave: the person may have chosen wrongly.
BACK_FROM_FINAL = frozenset({Step.ACCOUNT_EXISTS_HELP, Step.TRIAGE_EXIT})


def _after_start(s: JourneyState) -> Step | None:
    if s.wants_resume:
        # Guided: nothing about the account is kept anywhere, so "resuming" is coming back
        # for the activation of an account made on the official site.
        return Step.ACTIVATION_QUESTION if s.facts.guided else Step.RESUME
    return Step.TRIAGE if s.mode and s.consent else None


def _after_triage(s: JourneyState) -> Step | None:
    if not s.triage:
        return None
    if s.triage == NONE_OF_THESE:
        return Step.EMAIL_QUESTION
    return Step.ACCOUNT_EXISTS_HELP if s.triage == HAS_ACCOUNT else Step.TRIAGE_EXIT


def _after_email_question(s: JourneyState) -> Step | None:
    if s.has_mailbox is None:
        return None
    return Step.EMAIL_ADDRESS if s.has_mailbox else Step.MAILBOX_CHOICE


def _after_mailbox_choice(s: JourneyState) -> Step | None:
    return {ROUTE_SERVICE: Step.MAILBOX_SERVICE, ROUTE_PROVIDER: Step.MAILBOX_PROVIDER}.get(
        s.mailbox_route or ""
    )


def _after_email_address(s: JourneyState) -> Step | None:
    if s.has_mailbox is False:  # "I can't open this mailbox"
        return Step.MAILBOX_CHOICE
    if s.facts.no_mail:  # no code can be sent: the person opens the mailbox instead
        return Step.EMAIL_SEEN if s.email and s.facts.checked_for == s.email else None
    return Step.EMAIL_CODE if s.code_sent else None


def _after_email_seen(s: JourneyState) -> Step | None:
    if s.has_mailbox is False:
        return Step.MAILBOX_CHOICE
    return Step.ACCOUNT_QUESTION if s.mailbox_opened else None


def _after_email_code(s: JourneyState) -> Step | None:
    if s.has_mailbox is False:
        return Step.MAILBOX_CHOICE
    return Step.ACCOUNT_QUESTION if s.email_verified else None


def _after_account_question(s: JourneyState) -> Step | None:
    if s.has_ameli_account is None:
        return None
    if s.has_ameli_account:
        return Step.ACCOUNT_EXISTS_HELP
    return Step.COMPANION if s.facts.guided else Step.ACCOUNT_FORM


def _after_account_form(s: JourneyState) -> Step | None:
    if s.account_id:
        return Step.ACTIVATION
    action = account_error_action(s.account_error or "")
    if action and action.step:
        return action.step
    return None


NEXT = {
    Step.START: _after_start,
    Step.RESUME: lambda s: Step.ACTIVATION if s.account_id else None,
    Step.TRIAGE: _after_triage,
    Step.TRIAGE_EXIT: lambda s: None,
    Step.EMAIL_QUESTION: _after_email_question,
    Step.MAILBOX_CHOICE: _after_mailbox_choice,
    Step.MAILBOX_SERVICE: lambda s: Step.EMAIL_CODE if s.code_sent else None,
    Step.MAILBOX_PROVIDER: lambda s: Step.EMAIL_ADDRESS,
    Step.EMAIL_ADDRESS: _after_email_address,
    Step.EMAIL_CODE: _after_email_code,
    Step.ACCOUNT_QUESTION: _after_account_question,
    Step.ACCOUNT_EXISTS_HELP: lambda s: None,
    Step.ACCOUNT_FORM: _after_account_form,
    Step.ACTIVATION: lambda s: Step.MAILBOX_LIFE if s.account_status == "active" else None,
    Step.MAILBOX_LIFE: lambda s: Step.DONE,
    Step.DONE: lambda s: None,
    Step.EMAIL_SEEN: _after_email_seen,
    Step.COMPANION: lambda s: Step.ACTIVATION_QUESTION if s.account_place else None,
    Step.ACTIVATION_QUESTION: lambda s: Step.MAILBOX_LIFE if s.activation_seen else None,
}


def next_step(step: Step, state: JourneyState) -> Step | None:
    """Where the journey goes from `step` with this state; None when it cannot move on yet."""
    return NEXT[step](state)


def account_error_action(code: str) -> ErrorAction | None:
    """What the person can do about an answer of POST /v1/accounts, derived from the
    vocabulary (its next action) and the form's fields (what the code is about); None for a
    code the form does not foresee (the form then says so calmly and offers a way on).

    A code about a field another step asks (the e-mail address) leads to that step; the
    help about a code on the person's number (account_exists) is a step of its own."""
    # The vocabulary (an enum, a named tuple and some 130 codes: about 5 ms) and the answer's
    # class when a code first comes: the first window shows none (docs/performance.md).
    from ..rules.codes import VOCABULARY, NextAction
    from .error_actions import ErrorAction

    known = VOCABULARY.get(code)
    if known is None or not known.served:
        return None
    # The field data (the rules' modules) on first use: the journey is built before the
    # first window, which does not need it (docs/performance.md).
    from . import fields

    about = fields.fields_about(code)
    field = about[0] if about else None
    elsewhere = fields.ASKED_ELSEWHERE.get(fields.ELSEWHERE_CODES.get(code, ""))
    if elsewhere is not None:
        return ErrorAction(known.next, step=Step(elsewhere))
    if known.next is NextAction.HELP and about:
        return ErrorAction(known.next, field=field, step=Step.ACCOUNT_EXISTS_HELP)
    if known.next in (NextAction.FIX, NextAction.CALL, NextAction.WAIT, NextAction.RELOAD):
        return ErrorAction(known.next, field=field)
    return None


# Why "create an address" (help dialog) cannot be used yet, as codes the UI words.
NEEDS_MODE = "needs_mode"  # nobody said who uses the app
NEEDS_CONSENT = "needs_consent"  # a helper has not signed in or the person has not agreed


class Flow:
    """Moves through the steps, keeping a snapshot per step so Back restores it exactly."""

    def __init__(self, state: JourneyState) -> None:
        self.state = state
        self.current = Step.START
        self._history: list[tuple[Step, dict]] = []

    @property
    def section(self) -> Section:
        return SECTION_OF[self.current]

    def peek_next(self) -> Step | None:
        return next_step(self.current, self.state)

    def advance(self) -> Step:
        """Go to the next step; raises ValueError when the state does not allow it yet."""
        target = self.peek_next()
        if target is None:
            raise ValueError(f"cannot leave {self.current.value} yet")
        if self.current in COMMIT_STEPS and self.state.account_id:
            self._history.clear()
        else:
            self._history.append((self.current, self.state.snapshot()))
        self.current = target
        return target

    def jump(self, target: Step) -> None:
        """Go to a step chosen by the page (help links, error actions), keeping Back possible."""
        self._history.append((self.current, self.state.snapshot()))
        self.current = target

    def can_go_back(self) -> bool:
        return bool(self._history) and self.current not in FINAL_STEPS - BACK_FROM_FINAL

    def back(self) -> Step:
        """The earlier step with the person's answers as they were; backend facts stay."""
        if not self.can_go_back():
            raise ValueError("no earlier step")
        self.current, snapshot = self._history.pop()
        self.state.restore(snapshot)
        return self.current

    def mailbox_help_blocker(self, helper_signed_in: bool) -> str | None:
        """Why the help's "create an address now" cannot move the journey yet, or None.

        "Je le fais pour moi" is enough; a helper must first sign in and tick the person's
        consent on the first page, so the help never skips it."""
        s = self.state
        if s.mode == HOME:
            return None
        if not s.mode:
            return NEEDS_MODE
        if s.consent and (helper_signed_in or self.section != Section.START):
            return None
        return NEEDS_CONSENT

    def create_mailbox_instead(self, helper_signed_in: bool) -> bool:
        """From the help: no e-mail at all, so go and create one (False when not allowed)."""
        if self.mailbox_help_blocker(helper_signed_in) is not None:
            return False
        if self.state.mode == HOME:
            self.state.answers.consent = True  # the person uses the app for themselves (as Start)
        self.state.answers.has_mailbox, self.state.answers.mailbox_route = False, None
        self.jump(Step.MAILBOX_CHOICE)
        return True

    def reset(self) -> None:
        """"Personne suivante": forget the person and start again (the shell records the
        service's guided mode again from meta: ui/context.py)."""
        self.state.wipe()
        self._history.clear()
        self.current = Step.START
