"""The journey's state in two parts: the person's answers (Back restores them) and the
backend's facts (never rolled back). In memory only, with wipe()."""

from __future__ import annotations

import copy
from typing import ClassVar

HELPER = "helper"
HOME = "home"

# How the person gets the address used for the account.
ROUTE_EXISTING = "existing"  # an address they already have and can open
ROUTE_SERVICE = "service"  # the backend's own mailbox service (training mailbox in training mode)
ROUTE_PROVIDER = "provider"  # guided creation at a free provider, then typed as an existing one

# The account form's values live in `Answers.form`, keyed by their API name (meta's
# account_fields); these names are also readable as attributes (journey.nir ...).
FORM_NAMES = ("nir", "birth_date", "postal_code", "iban", "password")


class _Record:
    """Plain slotted record: every field and its empty value in one table (FIELDS).

    A plain class rather than a dataclass: its repr must never show the person's values,
    and the dataclasses module costs milliseconds before the first window
    (scripts/bench_startup.py).
    """

    FIELDS: ClassVar[dict[str, object]] = {}
    __slots__ = ()

    def __init__(self, **values: object) -> None:
        unknown = set(values) - set(self.FIELDS)
        if unknown:
            raise TypeError(f"unknown journey fields: {sorted(unknown)}")
        for name, empty in self.FIELDS.items():
            setattr(self, name, values[name] if name in values else copy.deepcopy(empty))

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.FIELDS)

    __hash__ = None  # mutable

    def __repr__(self) -> str:
        # Names only: a repr can end up in a log or a crash report.
        filled = [n for n in self.FIELDS if getattr(self, n) != self.FIELDS[n]]
        return f"{type(self).__name__}(filled={filled})"

    def wipe(self) -> None:
        for name, empty in self.FIELDS.items():
            setattr(self, name, copy.deepcopy(empty))

    def snapshot(self) -> dict:
        return {name: copy.deepcopy(getattr(self, name)) for name in self.FIELDS}

    def restore(self, snapshot: dict) -> None:
        for name, value in snapshot.items():
            setattr(self, name, copy.deepcopy(value))


class Answers(_Record):
    """What the person chose and typed. Back restores an earlier snapshot of it."""

    FIELDS: ClassVar[dict[str, object]] = {
        # Start
        "mode": None,  # HELPER or HOME
        "consent": False,
        "fictitious": False,  # filled from the training population
        "wants_resume": False,  # "I have a journey code" on the start page
        "first_name": "",
        "last_name": "",
        # E-mail
        "has_mailbox": None,  # "Do you have an address you can open today?"
        "mailbox_route": None,
        "provider_id": None,
        "email": "",
        # ameli account
        "has_ameli_account": None,
        "form": {},  # account form values by API name (FORM_NAMES, and any later field)
    }
    __slots__ = tuple(FIELDS)

    def __repr__(self) -> str:
        # Names only, the form's too (which of its fields are filled), never values.
        filled = [n for n in self.FIELDS if n != "form" and getattr(self, n) != self.FIELDS[n]]
        filled += [f"form.{name}" for name, value in self.form.items() if value]
        return f"Answers(filled={filled})"

    mode: str | None
    consent: bool
    fictitious: bool
    wants_resume: bool
    first_name: str
    last_name: str
    has_mailbox: bool | None
    mailbox_route: str | None
    provider_id: str | None
    email: str
    has_ameli_account: bool | None
    form: dict[str, str]


class Facts(_Record):
    """What the backend said or did. Never rolled back by Back: a code sent is sent."""

    FIELDS: ClassVar[dict[str, object]] = {
        "code_for": "",  # the address the newest e-mail code went to
        "verification_id": None,  # that code's id
        "resend_code_at": None,  # ISO time a new code may be asked for
        "proof_for": "",  # the address proven by `email_proof`
        "email_proof": None,
        "mailbox_address": "",  # the mailbox created with the backend's service
        "mailbox_inputs": "",  # a digest of what created it (reused rather than made twice)
        "terms_version": "",  # the terms version accepted with the account
        "account_error": None,  # the last error code of the account creation
        "account_id": None,
        # API 1.2: what lets this app (only) read and change the account; memory only,
        # never on the memo, never in a log (repr shows field names only).
        "account_secret": None,
        "account_status": None,  # pending / active / expired
        "masked_email": "",
        "resend_available_at": None,
        "delivery": None,  # queued / sent / failed: the activation message's fate
        "journey_code": "",
        "account_attempt": None,  # the Idempotency-Key holder of the creation (actions/)
        "memo_saved": False,  # the memo (PDF) was written where the person chose
    }
    __slots__ = tuple(FIELDS)
    code_for: str
    verification_id: str | None
    resend_code_at: str | None
    proof_for: str
    email_proof: str | None
    mailbox_address: str
    mailbox_inputs: str
    terms_version: str
    account_error: str | None
    account_id: str | None
    account_secret: str | None
    account_status: str | None
    masked_email: str
    resend_available_at: str | None
    delivery: str | None
    journey_code: str
    account_attempt: object | None
    memo_saved: bool


def _answer(name: str) -> property:
    return property(lambda self: getattr(self.answers, name),
                    lambda self, value: setattr(self.answers, name, value))


def _fact(name: str) -> property:
    return property(lambda self: getattr(self.facts, name),
                    lambda self, value: setattr(self.facts, name, value))


def _form(name: str) -> property:
    return property(lambda self: self.answers.form.get(name, ""),
                    lambda self, value: self.answers.form.__setitem__(name, value))


class JourneyState:
    """All the person's data for one journey: `answers` plus `facts`. Never written to disk.

    Every field also reads and writes as an attribute (journey.email, journey.account_id).
    The helper's own session (token, login) is not here: it belongs to the helper,
    survives "Personne suivante", and goes through the vault.
    """

    __slots__ = ("answers", "facts")

    def __init__(self, **values: object) -> None:
        self.answers, self.facts = Answers(), Facts()
        for name, value in values.items():
            if not hasattr(type(self), name):
                raise TypeError(f"unknown journey field: {name}")
            setattr(self, name, value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, JourneyState):
            return NotImplemented
        return self.answers == other.answers and self.facts == other.facts

    __hash__ = None  # mutable

    def __repr__(self) -> str:
        return f"JourneyState({self.answers!r}, {self.facts!r})"

    # --- the e-mail, as proven by the backend ------------------------------------------------

    @property
    def code_sent(self) -> bool:
        """A code went to the address typed now (not to an earlier one)."""
        return bool(self.email and self.verification_id and self.facts.code_for == self.email)

    @property
    def email_verified(self) -> bool:
        """The address typed now is proven (a code for it was confirmed)."""
        return bool(self.email and self.email_proof and self.facts.proof_for == self.email)

    @email_verified.setter
    def email_verified(self, value: bool) -> None:
        if value:
            self.facts.proof_for = self.email
        else:
            self.facts.proof_for, self.facts.email_proof = "", None

    # --- life cycle ----------------------------------------------------------------------------

    def wipe(self) -> None:
        """Forget everything about the person, field by field, in place.

        In place so that every holder of this object (pages, dialogs) sees the empty state.
        """
        self.answers.wipe()
        self.facts.wipe()

    def is_empty(self) -> bool:
        return self == JourneyState()

    def snapshot(self) -> dict:
        """A deep copy of the person's answers, for Back (backend facts are not in it)."""
        return self.answers.snapshot()

    def restore(self, snapshot: dict) -> None:
        self.answers.restore(snapshot)

    def secret_values(self) -> list[str]:
        """Every non-empty value typed by or about the person (for tests and leak checks)."""
        answers = [self.first_name, self.last_name, self.email, *self.answers.form.values()]
        facts = [self.email_proof, self.journey_code]
        return [value for value in (*answers, *facts) if isinstance(value, str) and value]


for _name in Answers.FIELDS:
    setattr(JourneyState, _name, _answer(_name))
for _name in Facts.FIELDS:
    setattr(JourneyState, _name, _fact(_name))
for _name in FORM_NAMES:
    setattr(JourneyState, _name, _form(_name))
del _name
