"""The journey's state: every value about the person, in memory only, with wipe()."""

from __future__ import annotations

import copy

HELPER = "helper"
HOME = "home"

# How the person gets the address used for the account.
ROUTE_EXISTING = "existing"  # an address they already have and can open
ROUTE_SERVICE = "service"  # the backend's own mailbox service (training mailbox in training mode)
ROUTE_PROVIDER = "provider"  # guided creation at a free provider, then typed as an existing one

# Every field of JourneyState and its empty value, in one table: wipe(), snapshot() and
# equality all read it. A plain class rather than a dataclass: its repr must never show the
# person's values, and the dataclasses module costs milliseconds before the first window
# (scripts/bench_startup.py).
FIELDS: dict[str, object] = {
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
    "email_suggestion": None,
    "email_deliverable": None,  # yes / no / unknown
    "mailbox_password": "",  # only for the training mailbox, to open its inbox in the app
    "verification_id": None,
    "resend_code_at": None,
    "email_verified": False,
    "email_proof": None,
    # ameli account
    "has_ameli_account": None,
    "nir": "",
    "birth_date": "",  # YYYY-MM-DD
    "postal_code": "",
    "iban": "",
    "password": "",
    "terms_accepted": False,
    "terms_version": "",
    "idempotency_key": None,  # one per creation attempt, reused only to retry it
    "account_error": None,
    # Activation
    "account_id": None,
    "account_status": None,  # pending / active / expired
    "masked_email": "",
    "activation_expires_at": None,
    "resend_available_at": None,
    "journey_code": "",
    "resumed": False,
    "extra": {},  # copied, never shared
}


class JourneyState:
    """All the person's data for one journey. Never written to disk.

    The helper's own session (token, login) is not here: it belongs to the helper,
    survives "Personne suivante", and goes through the vault.
    """

    __slots__ = tuple(FIELDS)

    def __init__(self, **values: object) -> None:
        unknown = set(values) - set(FIELDS)
        if unknown:
            raise TypeError(f"unknown journey fields: {sorted(unknown)}")
        for name, empty in FIELDS.items():
            setattr(self, name, values[name] if name in values else copy.copy(empty))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, JourneyState):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in FIELDS)

    __hash__ = None  # mutable

    def __repr__(self) -> str:
        # Names only: a repr can end up in a log or a crash report.
        filled = [name for name in FIELDS if getattr(self, name) != FIELDS[name]]
        return f"JourneyState(filled={filled})"

    def wipe(self) -> None:
        """Forget everything about the person, field by field, in place.

        In place so that every holder of this object (pages, dialogs) sees the empty state.
        """
        for name, empty in FIELDS.items():
            setattr(self, name, copy.copy(empty))

    def is_empty(self) -> bool:
        return self == JourneyState()

    def snapshot(self) -> dict:
        """A deep copy of every field, for Back."""
        return {name: copy.deepcopy(getattr(self, name)) for name in FIELDS}

    def restore(self, snapshot: dict) -> None:
        for name, value in snapshot.items():
            setattr(self, name, copy.deepcopy(value))

    def account_fields(self, required: list[str]) -> dict:
        """The body of POST /v1/accounts, with only what the backend requires (plus the proof)."""
        values = {
            "nir": self.nir,
            "birth_date": self.birth_date,
            "postal_code": self.postal_code,
            "iban": self.iban,
            "email": self.email,
            "password": self.password,
            "terms_version": self.terms_version,
        }
        body = {name: values[name] for name in values if name in required}
        for name in ("nir", "email", "password", "terms_version"):
            body.setdefault(name, values[name])
        if self.email_proof:
            body["email_proof"] = self.email_proof
        return body

    def secret_values(self) -> list[str]:
        """Every non-empty value typed by or about the person (for tests and leak checks)."""
        names = (
            "first_name", "last_name", "email", "mailbox_password", "email_proof", "nir",
            "birth_date", "postal_code", "iban", "password", "journey_code",
        )
        return [getattr(self, name) for name in names if getattr(self, name)]
