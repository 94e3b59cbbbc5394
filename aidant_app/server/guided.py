"""Guided account creation (API 1.2): what meta says of it, and the endpoints it switches off."""

from __future__ import annotations

import json
from functools import lru_cache

from fastapi import Depends

from aidant_app.paths import resources_dir
from aidant_app.server.deps import State
from aidant_app.server.errors import ApiError

GUIDED = "guided"
NO_MAIL = "none"


@lru_cache(maxsize=1)
def official_signup() -> tuple[str, str]:
    """The official sign-up page and the date the companion's steps were compared with it.

    One dated file (resources/official_signup.json) holds them for the app and the server,
    so meta never announces a date the app's steps do not have."""
    with (resources_dir() / "official_signup.json").open(encoding="utf-8") as stream:
        data = json.load(stream)
    return str(data["url"]), str(data["checked_on"])


def meta_fields(settings) -> dict:
    """The guided mode's part of meta."""
    guided = None
    if settings.account_creation == GUIDED:
        url, checked_on = official_signup()
        guided = {"url": url, "steps_checked_on": checked_on}
    return {
        "account_creation": settings.account_creation,
        "guided": guided,
        "email_proof": settings.email_proof,
    }


def require_api_creation(settings) -> None:
    """Accounts, activation and resume exist only where this server creates the accounts."""
    if settings.account_creation == GUIDED:
        raise ApiError(404, "not_offered")


def require_mailed_codes(settings) -> None:
    """Codes exist only where this server sends mail."""
    if settings.email_proof == NO_MAIL:
        raise ApiError(404, "not_offered")


# Route dependencies: FastAPI solves them before it reads the body, so a guided server
# answers not_offered whatever was sent (never a 422 about a form it does not offer).
def _api_creation(state: State) -> None:
    require_api_creation(state.settings)


def _mailed_codes(state: State) -> None:
    require_mailed_codes(state.settings)


API_CREATION = [Depends(_api_creation)]
MAILED_CODES = [Depends(_mailed_codes)]
