"""Settings of one server instance, with an injectable clock for tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

TRAINING = "training"
LIVE = "live"


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Settings:
    """What `create_app` needs; the CLI fills it from its arguments."""

    db_path: str | None = None  # None: in memory
    # The secret key's file (0600); None: AIDANT_SERVER_KEY, else `<db_path>.key` for SQLite.
    key_file: str | None = None
    smtp: tuple[str, int] | None = None  # relay host and port
    public_url: str | None = None  # base of the links in messages; None: the listen address
    password_policy: str = "current"  # or "legacy-digits"
    mode: str = TRAINING  # or LIVE
    # API 1.2 guided mode: "api" creates accounts here; "guided" leaves it to the person on
    # the official site (POST /v1/accounts, activation and resume then answer not_offered).
    account_creation: str = "api"
    # "code": this server mails codes; "none": it sends no mail (a home app's own child).
    email_proof: str = "code"
    now: Callable[[], dt.datetime] = utc_now
    # Domain -> "yes" | "no" | "unknown"; None uses DNS (MX records, 1 s timeout).
    mx_lookup: Callable[[str], str] | None = None
    terms_version: str = "2026-01"
    # What meta's account_fields lists (POST /v1/accounts); a test or a partner may require
    # one more (cli --require-field), to see how clients that do not know it behave.
    account_fields: tuple[str, ...] = (
        "nir", "birth_date", "postal_code", "iban", "email", "password", "terms_version")
    activation_link_hours: int = 24
    resend_cooldown_s: int = 30
    email_code_minutes: int = 15
    email_code_length: int = 6
    proof_minutes: int = 30
    helper_token_hours: int = 8
    # API 1.2 limits (throttle.py): (count, window in seconds); tests may lower them.
    checks_per_client: tuple[int, float] = (30, 60.0)
    checks_overall: tuple[int, float] = (600, 60.0)
    codes_per_client: tuple[int, float] = (20, 600.0)
    codes_per_domain: tuple[int, float] = (60, 60.0)

    @property
    def training(self) -> bool:
        return self.mode == TRAINING

    def clock(self) -> dt.datetime:
        """The current time, always timezone-aware UTC."""
        value = self.now()
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)

    def timestamp(self) -> float:
        return self.clock().timestamp()
