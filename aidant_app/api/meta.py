"""Typed result of `GET /v1/meta`: what the backend expects, as frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aidant_app.api.parsing import Reader, reader_list
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

    @property
    def training(self) -> bool:
        return self.mode == "training"

    @classmethod
    def from_json(cls, data: Any) -> Meta:
        r = Reader(data, "meta")
        terms = r.obj("terms")
        code = r.obj("email_code")
        service = r.opt_obj("mailbox_service")
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
        )
