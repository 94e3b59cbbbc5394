"""The journey's state: every value about the person, in memory only, with wipe()."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields

HELPER = "helper"
HOME = "home"

# How the person gets the address used for the account.
ROUTE_EXISTING = "existing"  # an address they already have and can open
ROUTE_SERVICE = "service"  # the backend's own mailbox service (training mailbox in training mode)
ROUTE_PROVIDER = "provider"  # guided creation at a free provider, then typed as an existing one


@dataclass
class JourneyState:
    """All the person's data for one journey. Never written to disk.

    The helper's own session (token, login) is not here: it belongs to the helper,
    survives "Personne suivante", and goes through the vault.
    """

    # Start
    mode: str | None = None  # HELPER or HOME
    consent: bool = False
    fictitious: bool = False  # filled from the training population
    wants_resume: bool = False  # "I have a journey code" on the start page
    first_name: str = ""
    last_name: str = ""

    # E-mail
    has_mailbox: bool | None = None  # "Do you have an address you can open today?"
    mailbox_route: str | None = None
    provider_id: str | None = None
    email: str = ""
    email_suggestion: str | None = None
    email_deliverable: str | None = None  # yes / no / unknown
    mailbox_password: str = ""  # only for the training mailbox, to open its inbox in the app
    verification_id: str | None = None
    resend_code_at: str | None = None
    email_verified: bool = False
    email_proof: str | None = None

    # ameli account
    has_ameli_account: bool | None = None
    nir: str = ""
    birth_date: str = ""  # YYYY-MM-DD
    postal_code: str = ""
    iban: str = ""
    password: str = ""
    terms_accepted: bool = False
    terms_version: str = ""
    idempotency_key: str | None = None  # one per creation attempt, reused only to retry it
    account_error: str | None = None

    # Activation
    account_id: str | None = None
    account_status: str | None = None  # pending / active / expired
    masked_email: str = ""
    activation_expires_at: str | None = None
    resend_available_at: str | None = None
    journey_code: str = ""
    resumed: bool = False

    extra: dict = field(default_factory=dict)

    def wipe(self) -> None:
        """Forget everything about the person, field by field, in place.

        In place so that every holder of this object (pages, dialogs) sees the empty state.
        """
        blank = JourneyState()
        for item in fields(self):
            setattr(self, item.name, copy.deepcopy(getattr(blank, item.name)))

    def is_empty(self) -> bool:
        return self == JourneyState()

    def snapshot(self) -> dict:
        """A deep copy of every field, for Back."""
        return {item.name: copy.deepcopy(getattr(self, item.name)) for item in fields(self)}

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
