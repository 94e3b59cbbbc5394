"""Typed results of the Aidant API: frozen dataclasses built from the JSON answers.

Each `from_json` reads the fields of API.md, ignores unknown extra fields and
raises ApiError("bad_response") when a field is missing or of the wrong type.
Secrets (tokens, proofs, journey codes) are left out of `repr()`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from aidant_app.api.meta import (  # noqa: F401 - re-exported: every result type lives here
    EmailCodeInfo,
    HelpContact,
    MailboxService,
    Meta,
    Terms,
)
from aidant_app.api.parsing import Reader, bad, reader_list


@dataclass(frozen=True)
class Health:
    status: str

    @classmethod
    def from_json(cls, data: Any) -> Health:
        r = Reader(data)
        return cls(status=r.opt_text("status") or "ok")


@dataclass(frozen=True)
class HelperInfo:
    display_name: str
    structure: str


@dataclass(frozen=True)
class HelperSession:
    token: str = field(repr=False)
    expires_at: dt.datetime
    helper: HelperInfo

    @classmethod
    def from_json(cls, data: Any) -> HelperSession:
        r = Reader(data, "helper_session")
        helper = r.obj("helper")
        return cls(
            token=r.text("token"),
            expires_at=r.time("expires_at"),
            helper=HelperInfo(display_name=helper.text("display_name"),
                              structure=helper.text("structure")),
        )


@dataclass(frozen=True)
class ActivityDay:
    date: dt.date
    journeys_started: int
    mailboxes_verified: int
    accounts_created: int
    activations_confirmed: int


@dataclass(frozen=True)
class Activity:
    structure: str
    days: tuple[ActivityDay, ...]

    @classmethod
    def from_json(cls, data: Any) -> Activity:
        r = Reader(data, "activity")
        return cls(
            structure=r.text("structure"),
            days=tuple(
                ActivityDay(
                    date=d.date("date"),
                    journeys_started=d.integer("journeys_started"),
                    mailboxes_verified=d.integer("mailboxes_verified"),
                    accounts_created=d.integer("accounts_created"),
                    activations_confirmed=d.integer("activations_confirmed"),
                )
                for d in reader_list(r.items("days"), "activity.days")
            ),
        )


@dataclass(frozen=True)
class EmailCheck:
    email: str
    deliverable: str  # "yes", "no" or "unknown"
    disposable: bool
    suggestion: str | None
    available: bool

    @classmethod
    def from_json(cls, data: Any) -> EmailCheck:
        r = Reader(data, "email_check")
        deliverable = r.text("deliverable")
        if deliverable not in ("yes", "no", "unknown"):
            raise bad("email_check.deliverable")
        return cls(
            email=r.text("email"),
            deliverable=deliverable,
            disposable=r.boolean("disposable"),
            suggestion=r.opt_text("suggestion"),
            available=r.boolean("available"),
        )


@dataclass(frozen=True)
class EmailVerification:
    id: str
    expires_at: dt.datetime
    resend_available_at: dt.datetime | None

    @classmethod
    def from_json(cls, data: Any) -> EmailVerification:
        r = Reader(data, "email_verification")
        return cls(id=r.text("id"), expires_at=r.time("expires_at"),
                   resend_available_at=r.opt_time("resend_available_at"))


@dataclass(frozen=True)
class EmailConfirmation:
    verified: bool
    proof: str = field(repr=False)

    @classmethod
    def from_json(cls, data: Any) -> EmailConfirmation:
        r = Reader(data, "email_confirmation")
        return cls(verified=r.boolean("verified"), proof=r.text("proof"))


@dataclass(frozen=True)
class Account:
    id: str
    status: str
    email: str  # masked: j•••••@gmail.com
    activation_expires_at: dt.datetime | None
    resend_available_at: dt.datetime | None
    journey_code: str = field(repr=False)
    # API 1.2: what reads or changes this account; None from a 1.1 server.
    secret: str | None = field(default=None, repr=False)

    @classmethod
    def from_json(cls, data: Any) -> Account:
        r = Reader(data, "account")
        return cls(
            id=r.text("id"),
            status=r.status(),
            email=r.text("email"),
            activation_expires_at=r.opt_time("activation_expires_at"),
            resend_available_at=r.opt_time("resend_available_at"),
            journey_code=r.text("journey_code"),
            secret=r.opt_text("account_secret"),
        )


# What became of the latest activation message (API 1.1); a 1.0 server does not say.
DELIVERY_STATES = frozenset({"queued", "sent", "failed"})


@dataclass(frozen=True)
class ActivationStatus:
    status: str
    email: str  # masked
    activation_expires_at: dt.datetime | None
    resend_available_at: dt.datetime | None
    # "queued", "sent" or "failed" (the message could not be delivered: check the
    # address); None when the server does not say (an API 1.0 server).
    delivery: str | None = None

    @property
    def active(self) -> bool:
        return self.status == "active"

    @property
    def delivery_failed(self) -> bool:
        return self.delivery == "failed"

    @classmethod
    def from_json(cls, data: Any) -> ActivationStatus:
        r = Reader(data, "activation")
        delivery = r.opt_text("delivery")
        if delivery is not None and delivery not in DELIVERY_STATES:
            raise bad("activation.delivery")
        return cls(
            status=r.status(),
            email=r.text("email"),
            activation_expires_at=r.opt_time("activation_expires_at"),
            resend_available_at=r.opt_time("resend_available_at"),
            delivery=delivery,
        )


@dataclass(frozen=True)
class ResendResult:
    resend_available_at: dt.datetime | None
    activation_expires_at: dt.datetime | None

    @classmethod
    def from_json(cls, data: Any) -> ResendResult:
        r = Reader(data, "resend")
        return cls(resend_available_at=r.opt_time("resend_available_at"),
                   activation_expires_at=r.opt_time("activation_expires_at"))


@dataclass(frozen=True)
class ActivationResult:
    status: str
    account_id: str

    @classmethod
    def from_json(cls, data: Any) -> ActivationResult:
        r = Reader(data, "activation_result")
        return cls(status=r.status(), account_id=r.text("account_id"))


@dataclass(frozen=True)
class ResumedJourney:
    account_id: str
    status: str
    email: str  # masked
    resend_available_at: dt.datetime | None
    secret: str | None = field(default=None, repr=False)  # API 1.2 (None from 1.1)

    @classmethod
    def from_json(cls, data: Any) -> ResumedJourney:
        r = Reader(data, "resumed_journey")
        return cls(account_id=r.text("account_id"), status=r.status(), email=r.text("email"),
                   resend_available_at=r.opt_time("resend_available_at"),
                   secret=r.opt_text("account_secret"))


@dataclass(frozen=True)
class Mailbox:
    address: str
    webmail_url: str | None  # None: the mailbox is read inside the app (training)

    @classmethod
    def from_json(cls, data: Any) -> Mailbox:
        r = Reader(data, "mailbox")
        return cls(address=r.text("address"), webmail_url=r.opt_text("webmail_url"))


@dataclass(frozen=True)
class TrainingPerson:
    first_name: str
    last_name: str
    nir: str  # grouped as printed: 1 84 12 75 116 001 26
    birth_date: dt.date
    postal_code: str
    iban: str
    email: str | None
    situation: str

    @classmethod
    def list_from_json(cls, data: Any) -> tuple[TrainingPerson, ...]:
        return tuple(
            cls(first_name=p.text("first_name"), last_name=p.text("last_name"),
                nir=p.text("nir"), birth_date=p.date("birth_date"),
                postal_code=p.text("postal_code"), iban=p.text("iban"),
                email=p.opt_text("email"), situation=p.text("situation"))
            for p in reader_list(data, "training_people")
        )


@dataclass(frozen=True)
class InboxMessage:
    id: str
    sender: str  # the JSON field "from"
    to: str
    subject: str
    received_at: dt.datetime
    text: str
    html: str | None

    @classmethod
    def list_from_json(cls, data: Any) -> tuple[InboxMessage, ...]:
        return tuple(
            cls(id=m.text("id"), sender=m.text("from"), to=m.text("to"),
                subject=m.text("subject"), received_at=m.time("received_at"),
                text=m.text("text"), html=m.opt_text("html"))
            for m in reader_list(data, "training_inbox")
        )
