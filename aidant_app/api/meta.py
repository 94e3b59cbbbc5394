"""Typed result of `GET /v1/meta`: what the backend expects, as frozen dataclasses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from aidant_app.api.parsing import Reader, bad, reader_list
from aidant_app.rules import PasswordPolicy


def _password_policy(r: Reader) -> PasswordPolicy:
    """The policy as meta sends it; every field is required here (from_meta is lenient)."""
    return PasswordPolicy(
        min_length=r.integer("min_length"),
        max_length=r.integer("max_length"),
        require_lower=r.boolean("require_lower"),
        require_upper=r.boolean("require_upper"),
        require_digit_or_special=r.boolean("require_digit_or_special"),
        allowed_specials=r.text("allowed_specials"),
        digits_only=r.boolean("digits_only"),
    )


@dataclass(frozen=True)
class Terms:
    version: str
    url: str


@dataclass(frozen=True)
class EmailCodeInfo:
    length: int
    minutes: int


@dataclass(frozen=True)
class HelpContact:
    label: str
    phone: str
    price: str | None
    hours: str | None


@dataclass(frozen=True)
class MailboxService:
    name: str
    domain: str
    webmail_url: str | None
    password_policy: PasswordPolicy


@dataclass(frozen=True)
class Guided:
    """Where the person creates the account in guided mode (API 1.2)."""

    url: str
    steps_checked_on: dt.date


# Meta's account_creation and email_proof; a 1.1 server sends neither: "api" and "code".
API, GUIDED = "api", "guided"
CODE, NO_MAIL = "code", "none"


def _choice(r: Reader, name: str, allowed: tuple[str, ...], default: str) -> str:
    """An optional choice of meta: absent (an older server) means the default; anything not
    in `allowed` is an answer off the contract."""
    value = r.opt_text(name)
    if value is None:
        return default
    if value not in allowed:
        raise bad(f"meta.{name}")
    return value


@dataclass(frozen=True)
class Meta:
    mode: str
    terms: Terms
    account_fields: tuple[str, ...]
    password_policy: PasswordPolicy
    activation_link_hours: int
    resend_cooldown_s: int
    email_code: EmailCodeInfo
    help_contacts: tuple[HelpContact, ...]
    mailbox_service: MailboxService | None
    account_creation: str = API
    guided: Guided | None = None
    email_proof: str = CODE

    @property
    def training(self) -> bool:
        return self.mode == "training"

    @property
    def is_guided(self) -> bool:
        """The person creates the account on the official site, beside the companion."""
        return self.account_creation == GUIDED

    @property
    def mails_codes(self) -> bool:
        return self.email_proof == CODE

    @classmethod
    def from_json(cls, data: Any) -> Meta:
        r = Reader(data, "meta")
        terms = r.obj("terms")
        code = r.obj("email_code")
        service = r.opt_obj("mailbox_service")
        creation = _choice(r, "account_creation", (API, GUIDED), API)
        guided = r.opt_obj("guided")
        if creation == GUIDED and guided is None:
            raise bad("meta.guided")
        if creation == GUIDED and not guided.text("url").startswith("https://"):
            raise bad("meta.guided.url")  # the app opens it in the person's browser
        return cls(
            mode=r.text("mode"),
            terms=Terms(version=terms.text("version"), url=terms.text("url")),
            account_fields=r.texts("account_fields"),
            password_policy=_password_policy(r.obj("password_policy")),
            activation_link_hours=r.integer("activation_link_hours"),
            resend_cooldown_s=r.integer("resend_cooldown_s"),
            email_code=EmailCodeInfo(length=code.integer("length"),
                                     minutes=code.integer("minutes")),
            help_contacts=tuple(
                HelpContact(label=c.text("label"), phone=c.text("phone"),
                            price=c.opt_text("price"), hours=c.opt_text("hours"))
                for c in reader_list(r.items("help_contacts"), "meta.help_contacts")
            ),
            mailbox_service=None if service is None else MailboxService(
                name=service.text("name"),
                domain=service.text("domain"),
                webmail_url=service.opt_text("webmail_url"),
                password_policy=_password_policy(service.obj("password_policy")),
            ),
            account_creation=creation,
            guided=None if creation != GUIDED or guided is None else Guided(
                url=guided.text("url"), steps_checked_on=guided.date("steps_checked_on")),
            email_proof=_choice(r, "email_proof", (CODE, NO_MAIL), CODE),
        )
