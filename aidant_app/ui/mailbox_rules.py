"""A mailbox for life: the person's provider, its webmail and its rule for unused mailboxes."""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from ..journey.mailbox_life import log_in_again_before
from ..journey.state import ROUTE_SERVICE, JourneyState
from ..paths import resources_dir
from .providers import load as load_providers
from .providers import pick


class Mailbox(NamedTuple):
    name: str  # the provider's name, or "" when unknown
    webmail: str  # its webmail address, or ""
    phone_app: str  # how to put it on a phone, or ""
    recovery: str  # how to set a recovery phone or address there, or ""
    months: int | None  # deleted after this many months unused; None: no rule known
    rule: str  # the rule in words, from the data (as certain as its source), or ""
    confidence: str  # the rule's confidence: high, medium or low
    source: str  # the rule's source (for the docs and the helper, in English)


@lru_cache(maxsize=1)
def data() -> dict:
    """resources/mailbox_life.json: the rules for unused mailboxes, dated, with sources."""
    with open(resources_dir() / "mailbox_life.json", encoding="utf-8") as handle:
        return json.load(handle)


def mailbox_of(journey: JourneyState, meta: Any, language: str | None = None) -> Mailbox:
    """The person's mailbox as far as the journey knows it, from where it was created
    (the backend's service, a provider chosen here) or from the address's domain. Nothing
    assumes an address was typed here: with none, every field is empty. Its words in
    `language` (the interface's by default; French for the memo's French lines)."""
    if journey.mailbox_route == ROUTE_SERVICE and meta is not None and meta.mailbox_service:
        service = meta.mailbox_service
        return Mailbox(service.name, service.webmail_url or "", "", "", None, "", "", "")
    catalogue = load_providers()
    provider = catalogue.get(journey.provider_id) or catalogue.for_address(journey.email)
    if provider is None:
        return Mailbox("", "", "", "", None, "", "", "")
    extra = data()["providers"].get(provider.id, {})
    rule = extra.get("inactivity") or {}
    return Mailbox(provider.name, provider.webmail_url, pick(extra.get("phone_app"), language),
                   pick(extra.get("recovery"), language), rule.get("months"),
                   pick(rule.get("text"), language),
                   str(rule.get("confidence", "")), str(rule.get("source", "")))


def deadline(mailbox: Mailbox, today: date) -> date | None:
    """"Log in again before ...": from today, where the provider has a rule."""
    return log_in_again_before(today, mailbox.months)
