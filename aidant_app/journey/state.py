"""The journey's state in two parts: the person's answers (Back restores them) and the
backend's facts (never rolled back). In memory only, with wipe()."""

from __future__ import annotations

from typing import ClassVar

HELPER = "helper"
HOME = "home"

# How the person gets the address used for the account.
ROUTE_EXISTING = "existing"  # an address they already have and can open
ROUTE_SERVICE = "service"  # the backend's own mailbox service (training mailbox in training mode)
ROUTE_PROVIDER = "provider"  # guided creation at a free provider, then typed as an existing one

# What the person wants, when the app runs its own server (no backend configured).
REAL = "real"  # their real account: guided mode on the official site
PRACTICE = "practice"  # practise with fictitious people (the training server)

# Where the account was created (JourneyState.account_place).
PLACE_API = "api"  # by the backend (POST /v1/accounts): it has an id
PLACE_OFFICIAL = "official"  # by the person on the official ameli site: no id here

# What the person saw on opening their mailbox when no code can prove it (guided, no mail).
SEEN_WELCOME = "welcome"  # the provider's welcome message
SEEN_FOLDERS = "folders"  # the list of folders (Boîte de réception ...)
SEEN_NOTHING = "nothing"  # it did not open
MAILBOX_OPENED = frozenset({SEEN_WELCOME, SEEN_FOLDERS})

# The account form's values live in `Answers.form`, keyed by their API name (meta's
# account_fields); these names are also readable (not writable) as journey.nir ...
FORM_NAMES = ("nir", "birth_date", "postal_code", "iban", "password")


_ATOMS = frozenset({str, int, float, bool, bytes, type(None)})  # immutable: shared, not copied
_CONTAINERS = frozenset({dict, list, set})


def _copied(value: object) -> object:
    """copy.deepcopy(value), without the copy module for what the empty journey holds: its
    import (which also looks for Jython's org.python.core, in vain, through every import
    finder) cost the first window about 2 M instructions (scripts/bench_startup.py)."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind in _CONTAINERS and not value:
        return kind()
    import copy

    return copy.deepcopy(value)


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
            setattr(self, name, values[name] if name in values else _copied(empty))

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
            setattr(self, name, _copied(empty))

    def snapshot(self) -> dict:
        return {name: _copied(getattr(self, name)) for name in self.FIELDS}

    def restore(self, snapshot: dict) -> None:
        for name, value in snapshot.items():
            setattr(self, name, _copied(value))


class Answers(_Record):
    """What the person chose and typed. Back restores an earlier snapshot of it."""

    FIELDS: ClassVar[dict[str, object]] = {
        # Start
        "mode": None,  # HELPER or HOME
        "purpose": "",  # with the app's own server: REAL (guided mode) or PRACTICE
        "consent": False,
        "fictitious": False,  # filled from the training population
        "wants_resume": False,  # "I have a journey code" on the start page
        "first_name": "",
        "last_name": "",
        # Triage (journey/triage.py): the situation chosen before the e-mail step
        "triage": None,
        # E-mail
        "has_mailbox": None,  # "Do you have an address you can open today?"
        "mailbox_route": None,
        "provider_id": None,
        "email": "",
        # ameli account
        "has_ameli_account": None,
        "form": {},  # account form values by API name (FORM_NAMES, and any later field)
        "recovery": None,  # already an account: the recovery path chosen (journey/triage.py)
        "mailbox_checks": [],  # the mailbox-for-life checklist items ticked (their names)
        # Guided mode (the account made by the person on the official site)
        "mailbox_seen": "",  # no mail from the backend: what the person saw (MAILBOX_SEEN)
        "companion_step": 0,  # the companion's step shown (resources/official_signup.json)
        "official_created": None,  # "I finished on the official site"
        "activation_seen": None,  # "I clicked the link and saw the confirmation"
    }
    __slots__ = tuple(FIELDS)

    def __repr__(self) -> str:
        # Names only, the form's too (which of its fields are filled), never values.
        filled = [n for n in self.FIELDS if n != "form" and getattr(self, n) != self.FIELDS[n]]
        filled += [f"form.{name}" for name, value in self.form.items() if value]
        return f"Answers(filled={filled})"

    mode: str | None
    purpose: str
    consent: bool
    fictitious: bool
    wants_resume: bool
    first_name: str
    last_name: str
    triage: str | None
    has_mailbox: bool | None
    mailbox_route: str | None
    provider_id: str | None
    email: str
    has_ameli_account: bool | None
    form: dict[str, str]
    recovery: str | None
    mailbox_checks: list[str]
    mailbox_seen: str
    companion_step: int
    official_created: bool | None
    activation_seen: bool | None


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
        # The creation whose answer may have been lost: its Idempotency-Key, and a keyed
        # digest of what it sent (never the fields themselves). Reused only to retry the
        # same fields (actions/account.py).
        "creation_key": "",
        "creation_digest": "",
        "memo_saved": False,  # the memo (PDF) was written where the person chose
        # API 1.2 guided mode, from meta (recorded again after a wipe: they describe the
        # service, not the person): the account is made on the official site; no code mailed.
        "guided": False,
        "no_mail": False,
        "checked_for": "",  # the address the backend checked (where no code can prove it)
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
    creation_key: str
    creation_digest: str
    memo_saved: bool
    guided: bool
    no_mail: bool
    checked_for: str


def _reader(half: str, name: str) -> property:
    return property(lambda self: getattr(getattr(self, half), name),
                    doc=f"journey.{half}.{name}, read only: write it through `{half}`.")


def _form_reader(name: str) -> property:
    return property(lambda self: self.answers.form.get(name, ""),
                    doc=f"journey.answers.form[{name!r}], read only.")


class JourneyState:
    """All the person's data for one journey, in two halves that are written separately:
    `answers` (what the person chose and typed; Back restores them) and `facts` (what the
    backend said or did; recorded by the use cases, never rolled back).

    Every field also reads as an attribute (journey.email, journey.account_id), but none
    can be written that way: a write names its half (journey.answers.email = ...), so no
    code can write a fact where an answer belongs, or the other way round. The helper's
    own session (token, login) is not here: it belongs to the helper, survives
    "Personne suivante", and goes through the vault.
    """

    __slots__ = ("answers", "facts")

    def __init__(self, answers: Answers | None = None, facts: Facts | None = None) -> None:
        self.answers = answers if answers is not None else Answers()
        self.facts = facts if facts is not None else Facts()

    def __setattr__(self, name: str, value: object) -> None:
        # The two halves are set once; every field is written through its half.
        if name in JourneyState.__slots__ and not hasattr(self, name):
            object.__setattr__(self, name, value)
            return
        where = (f"journey.answers.{name}" if name in Answers.FIELDS
                 else f"journey.facts.{name}" if name in Facts.FIELDS
                 else f"journey.answers.form[{name!r}]" if name in FORM_NAMES else "")
        raise AttributeError(f"journey.{name} cannot be written" +
                             (f": write {where}" if where else ""))

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
        email = self.answers.email
        return bool(email and self.facts.verification_id and self.facts.code_for == email)

    @property
    def email_verified(self) -> bool:
        """The address typed now is proven (a code for it was confirmed)."""
        email = self.answers.email
        return bool(email and self.facts.email_proof and self.facts.proof_for == email)

    @property
    def mailbox_opened(self) -> bool:
        """No code possible: the person opened the mailbox of the checked address now."""
        email = self.answers.email
        return bool(email and self.facts.checked_for == email
                    and self.answers.mailbox_seen in MAILBOX_OPENED)

    # --- the account ---------------------------------------------------------------------------

    @property
    def account_place(self) -> str:
        """Where the account was created: PLACE_API (it has an id), PLACE_OFFICIAL (the
        person says so; no id exists here), or "" (not yet)."""
        if self.facts.account_id:
            return PLACE_API
        if self.facts.guided and self.answers.official_created:
            return PLACE_OFFICIAL
        return ""

    def record_service(self, guided: bool, no_mail: bool) -> None:
        """What meta says of the service (a backend fact that outlives the person)."""
        self.facts.guided, self.facts.no_mail = guided, no_mail

    # --- life cycle ----------------------------------------------------------------------------

    def wipe(self) -> None:
        """Forget everything about the person, field by field, in place.

        In place so that every holder of this object (pages, dialogs) sees the empty state.
        """
        self.answers.wipe()
        self.facts.wipe()

    def is_empty(self) -> bool:
        return self == JourneyState()

    def snapshot(self) -> Answers:
        """A deep copy of the person's answers, for Back: facts are not in it."""
        return Answers(**self.answers.snapshot())

    def restore(self, snapshot: Answers) -> None:
        """Back: the answers of `snapshot` again; the facts are left as they are."""
        self.answers.restore(snapshot.snapshot())

    def secret_values(self) -> list[str]:
        """Every non-empty value typed by or about the person (for tests and leak checks)."""
        a, f = self.answers, self.facts
        answers = [a.first_name, a.last_name, a.email, *a.form.values()]
        facts = [f.email_proof, f.journey_code]
        return [value for value in (*answers, *facts) if isinstance(value, str) and value]


for _name in Answers.FIELDS:
    setattr(JourneyState, _name, _reader("answers", _name))
for _name in Facts.FIELDS:
    setattr(JourneyState, _name, _reader("facts", _name))
for _name in FORM_NAMES:
    setattr(JourneyState, _name, _form_reader(_name))
del _name
