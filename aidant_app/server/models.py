"""Request and answer bodies of the Aidant API, which also make the OpenAPI document."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["pending", "active", "expired"]


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore")


# --- requests ---------------------------------------------------------------------------------


class HelperSignIn(_Body):
    login: str
    password: str


class EmailBody(_Body):
    email: str


class EmailChange(_Body):
    email: str
    email_proof: str | None = Field(
        default=None, description="The proof of the NEW address (required: 422 without it)"
    )


class CodeBody(_Body):
    code: str


class AccountCreate(_Body):
    nir: str
    birth_date: str
    postal_code: str
    iban: str | None = None
    email: str
    email_proof: str | None = None
    password: str
    terms_version: str


class ActivationBody(_Body):
    link: str


class ResumeBody(_Body):
    journey_code: str
    birth_date: str


class MailboxCreate(_Body):
    first_name: str = Field(min_length=1, max_length=80)
    last_name: str = Field(min_length=1, max_length=80)
    password: str
    address: str | None = None


class InboxBody(_Body):
    address: str
    password: str | None = None


# --- answers ----------------------------------------------------------------------------------


class FieldError(BaseModel):
    field: str
    code: str


class Problem(BaseModel):
    """RFC 9457 problem details."""

    model_config = ConfigDict(extra="allow")
    type: str
    title: str
    status: int
    detail: str
    code: str
    errors: list[FieldError] | None = None
    attempts_left: int | None = None
    alternatives: list[str] | None = None


class Health(BaseModel):
    status: Literal["ok"]


class Terms(BaseModel):
    version: str
    url: str


class PasswordPolicyModel(BaseModel):
    min_length: int
    max_length: int
    require_lower: bool
    require_upper: bool
    require_digit_or_special: bool
    allowed_specials: str
    digits_only: bool


class EmailCode(BaseModel):
    length: int
    minutes: int


class HelpContact(BaseModel):
    label: str
    phone: str
    price: str | None
    hours: str | None


class MailboxService(BaseModel):
    name: str
    domain: str
    webmail_url: str | None
    password_policy: PasswordPolicyModel


class Meta(BaseModel):
    mode: Literal["training", "live"]
    terms: Terms
    account_fields: list[str]
    password_policy: PasswordPolicyModel
    activation_link_hours: int
    resend_cooldown_s: int
    email_code: EmailCode
    help_contacts: list[HelpContact]
    mailbox_service: MailboxService | None


class HelperInfo(BaseModel):
    display_name: str
    structure: str


class HelperSession(BaseModel):
    token: str
    expires_at: dt.datetime
    helper: HelperInfo


class EmailCheck(BaseModel):
    email: str
    deliverable: Literal["yes", "no", "unknown"]
    disposable: bool
    suggestion: str | None
    available: bool


class Verification(BaseModel):
    id: str
    expires_at: dt.datetime
    resend_available_at: dt.datetime


class VerificationConfirmed(BaseModel):
    verified: bool
    proof: str


class AccountCreated(BaseModel):
    id: str
    status: Status
    email: str
    activation_expires_at: dt.datetime
    resend_available_at: dt.datetime
    journey_code: str
    account_secret: str = Field(
        description="Send it in the Aidant-Account-Secret header to read or change the account;"
        " keep it in memory only"
    )


class ActivationStatus(BaseModel):
    status: Status
    email: str
    activation_expires_at: dt.datetime | None
    resend_available_at: dt.datetime | None
    delivery: Literal["queued", "sent", "failed"] | None = Field(
        description="The latest activation message: queued, sent, or failed (check the address)"
    )


class Resent(BaseModel):
    resend_available_at: dt.datetime
    activation_expires_at: dt.datetime


class Activated(BaseModel):
    status: Status
    account_id: str


class Resumed(BaseModel):
    account_id: str
    account_secret: str = Field(description="A new secret for this client (see AccountCreated)")
    status: Status
    email: str
    resend_available_at: dt.datetime | None


class MailboxCreated(BaseModel):
    address: str
    webmail_url: str | None


class TrainingPerson(BaseModel):
    first_name: str
    last_name: str
    nir: str
    birth_date: dt.date
    postal_code: str
    iban: str
    email: str | None
    situation: Literal["ready", "has_account", "temporary_number", "bank_mismatch", "locked"]


class InboxMessage(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    id: str
    from_: str = Field(alias="from")
    to: str
    subject: str
    received_at: dt.datetime
    text: str
    html: str
