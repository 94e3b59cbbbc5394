"""Guided mode's companion: the official sign-up's steps from one dated resource file, and
each step's local check of the person's own value. No Qt, no HTTP: nothing typed leaves.

resources/official_signup.json holds the steps (what the official page asks, what to look
for on it, what to do when a step FACTS.md marks uncertain is not there), their sources and
the date they were compared with the real site. Its words are translated through Qt under
the context CONTEXT (scripts/update_translations.py feeds them to lupdate).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from ..paths import resources_dir
from ..rules import PasswordPolicy, check_password, normalise_email
from . import fields

CONTEXT = "Companion"
FILE = "official_signup.json"

# What a step checks besides the form's own fields (journey/fields.py).
EMAIL = "email"  # the address proven (or opened) a minute ago: shown, copied, not typed
PASSWORD = "password"  # today's policy, from meta
# A code of the vocabulary when the address was never proven on this computer.
EMAIL_NOT_PROVEN = "email_proof_invalid"


@dataclass(frozen=True)
class SignupStep:
    id: str
    asks: str  # what the official page asks (French; translated where shown)
    look_for: str  # what to look for on it, never the site's exact words
    check: str  # "", a form field's name, EMAIL or PASSWORD
    uncertain: bool  # FACTS.md does not confirm this step or its place
    if_missing: str  # what to do when it is not there (uncertain steps)

    @property
    def field(self) -> fields.FormField | None:
        """The account form's field this step checks (its label, help, rule), if any."""
        return next((f for f in fields.FORM if f.name == self.check), None)


@dataclass(frozen=True)
class Signup:
    url: str
    checked_on: dt.date
    sources: tuple[str, ...]
    steps: tuple[SignupStep, ...]


def parse(data: Mapping) -> Signup:
    """The resource's content; raises ValueError when it breaks its own rules."""
    steps = tuple(SignupStep(
        id=str(s["id"]), asks=str(s["asks"]), look_for=str(s["look_for"]),
        check=str(s.get("check", "")), uncertain=bool(s.get("uncertain", False)),
        if_missing=str(s.get("if_missing", ""))) for s in data["steps"])
    signup = Signup(url=str(data["url"]), checked_on=dt.date.fromisoformat(data["checked_on"]),
                    sources=tuple(str(x) for x in data["sources"]), steps=steps)
    if not signup.url.startswith("https://"):
        raise ValueError("the official page must be https")
    known = {f.name for f in fields.FORM} | {EMAIL, PASSWORD, ""}
    for step in steps:
        if step.check not in known:
            raise ValueError(f"step {step.id}: unknown check {step.check!r}")
        if step.uncertain and not step.if_missing:
            raise ValueError(f"step {step.id} is uncertain: say what to do if it is not there")
        if not step.asks or not step.look_for:
            raise ValueError(f"step {step.id}: say what the page asks and what to look for")
    if len({s.id for s in steps}) != len(steps) or not signup.sources:
        raise ValueError("steps need distinct ids, and the file its sources")
    return signup


@lru_cache(maxsize=1)
def load() -> Signup:
    """The app's own file (part of the app, not user data): read once."""
    with (resources_dir() / FILE).open(encoding="utf-8") as stream:
        return parse(json.load(stream))


def check(step: SignupStep, value: str, values: Mapping[str, str], *,
          proven_email: str = "", policy: PasswordPolicy | None = None) -> str | None:
    """The step's local check: None when fine, else a code of the vocabulary.

    `values` are the values the person checked at earlier steps (the number, for the
    birth date); `proven_email` the address proven or opened on this computer."""
    if step.check == EMAIL:
        # Providers ignore capitals in the part before the @: only another address counts.
        typed = normalise_email(value) if value else proven_email
        same = typed.casefold() == proven_email.casefold()
        return None if proven_email and same else EMAIL_NOT_PROVEN
    if step.check == PASSWORD:
        return check_password(value, policy) if policy is not None else None
    field = step.field
    if field is None or field.rule is None:
        return None
    return field.rule(value, values)

