"""Per-client and overall limits on e-mail checks and on verification codes (API 1.2).

An e-mail check says whether an address has an account (`available`), and a code request
sends mail to someone: both are limited per client and overall (checks) or per domain
(codes), counted in the database before the work, so every worker shares the counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from aidant_app.server import emailcheck, limits
from aidant_app.server.errors import rate_limited


@dataclass(frozen=True)
class Limit:
    """At most `count` within `window` seconds (a fixed window from the first one)."""

    count: int
    window: float


# The values are Settings fields (checks_per_client...): a person checks an address a few
# times, a centre behind one address serves a few people at once; codes come on top of the
# per-address cooldown (resend_cooldown_s).


def client_of(request: Request) -> str:
    """The peer address (a trusted proxy's X-Forwarded-For only with --forwarded-allow-ips)."""
    return request.client.host if request.client else "-"


def _take(state, name: str, setting: tuple[int, float]) -> None:
    """Count one use of `name`; 429 rate_limited with Retry-After past the limit."""
    limit = Limit(int(setting[0]), float(setting[1]))
    now = state.now()
    hit = limits.hit(state.store, name, limit.window, now)
    if hit.count > limit.count:
        raise rate_limited(hit.window_start + limit.window - now)


def email_check(state, client: str) -> None:
    """Before an e-mail check: per client, then overall."""
    settings = state.settings
    _take(state, f"check-client:{state.hasher(client)}", settings.checks_per_client)
    _take(state, "check-all", settings.checks_overall)


def code_request(state, client: str, ascii_domain: str) -> None:
    """Before a code is sent: per client, then per domain of the address."""
    settings = state.settings
    _take(state, f"code-client:{state.hasher(client)}", settings.codes_per_client)
    if not emailcheck.is_reserved(ascii_domain):  # example.org... reach no real mailbox
        _take(state, f"code-domain:{state.hasher(ascii_domain)}", settings.codes_per_domain)
