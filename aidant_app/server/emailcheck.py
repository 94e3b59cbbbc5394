"""E-mail checks: typo suggestions, disposable domains and DNS deliverability."""

from __future__ import annotations

import logging
import threading
import time

log = logging.getLogger("aidant_app.server.email")

# Domains people in France commonly use, most common first (ties go to the earlier one).
KNOWN_DOMAINS = (
    "gmail.com",
    "orange.fr",
    "hotmail.fr",
    "hotmail.com",
    "yahoo.fr",
    "yahoo.com",
    "outlook.fr",
    "outlook.com",
    "live.fr",
    "free.fr",
    "sfr.fr",
    "wanadoo.fr",
    "laposte.net",
    "icloud.com",
    "neuf.fr",
    "bbox.fr",
    "aol.com",
    "msn.com",
    "me.com",
    "proton.me",
    "protonmail.com",
    "numericable.fr",
    "club-internet.fr",
    "aliceadsl.fr",
    "gmx.fr",
)
# Mistakes that are not small typos: domains that exist but hold no personal mailboxes.
KNOWN_MISTAKES = {
    "gmail.fr": "gmail.com",
    "googlemail.fr": "gmail.com",
    "laposte.fr": "laposte.net",
    "orange.com": "orange.fr",
    "wanadoo.com": "wanadoo.fr",
    "free.com": "free.fr",
    "sfr.com": "sfr.fr",
}
DISPOSABLE_DOMAINS = frozenset(
    {
        "yopmail.com",
        "yopmail.fr",
        "yopmail.net",
        "jetable.org",
        "mailinator.com",
        "guerrillamail.com",
        "guerrillamail.net",
        "sharklasers.com",
        "10minutemail.com",
        "temp-mail.org",
        "tempmail.com",
        "trashmail.com",
        "trashmail.fr",
        "throwawaymail.com",
        "getnada.com",
        "maildrop.cc",
        "dispostable.com",
        "mailnesia.com",
        "mytemp.email",
        "spambog.com",
        "fakeinbox.com",
        "moakt.com",
        "tempr.email",
        "mohmal.com",
    }
)
# RFC 2606 / 6761 names that never receive real mail.
RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost")
RESERVED_DOMAINS = frozenset({"example.com", "example.net", "example.org", "localhost"})


def distance(a: str, b: str) -> int:
    """Optimal string alignment distance: edits, with swapped neighbours counting once."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


def suggest_domain(domain: str) -> str | None:
    """The known domain the person probably meant, or None."""
    domain = domain.lower()
    if domain in KNOWN_DOMAINS:
        return None
    if domain in KNOWN_MISTAKES:
        return KNOWN_MISTAKES[domain]
    # Short domains are close to many others: allow one edit there, two for longer ones.
    limit = 1 if len(domain) <= 7 else 2
    best, best_distance = None, limit + 1
    for known in KNOWN_DOMAINS:
        d = distance(domain, known)
        if d < best_distance:
            best, best_distance = known, d
    return best


def suggest(email: str) -> str | None:
    local, _, domain = email.rpartition("@")
    fixed = suggest_domain(domain)
    return f"{local}@{fixed}" if fixed else None


def is_disposable(domain: str) -> bool:
    return domain.lower() in DISPOSABLE_DOMAINS


def is_reserved(domain: str) -> bool:
    domain = domain.lower()
    return domain in RESERVED_DOMAINS or domain.endswith(RESERVED_SUFFIXES)


# Domains that certainly exist. Some networks (captive portals, closed sandboxes, filtering
# resolvers) answer "no such domain" for everything: if these do not resolve either, the
# resolver cannot be trusted and the answer is "unknown", never "no".
DNS_CANARIES = ("gouv.fr", "ameli.fr")


def _mx_answer(domain: str, nameserver: tuple[str, int] | None = None):
    import dns.resolver

    resolver = dns.resolver.Resolver(configure=nameserver is None)
    if nameserver is not None:
        resolver.nameservers = [nameserver[0]]
        resolver.port = nameserver[1]
    resolver.lifetime = 1.0
    resolver.timeout = 1.0
    return resolver.resolve(domain, "MX")


def _resolver_is_trustworthy(nameserver: tuple[str, int] | None) -> bool:
    for canary in DNS_CANARIES:
        try:
            _mx_answer(canary, nameserver)
            return True
        except Exception:  # noqa: BLE001, S112 - any failure means we cannot trust a "no"
            continue
    return False


def dns_mx_lookup(domain: str, nameserver: tuple[str, int] | None = None) -> str:
    """ "yes" when the domain has mail servers, "no" when DNS says it has none, else "unknown".

    `nameserver` (host, port) replaces the system's resolver configuration (tests, centres).
    """
    try:
        import dns.exception  # noqa: F401 - checks dnspython is there

        answer = _mx_answer(domain, nameserver)
    except ImportError:
        return "unknown"
    except Exception as error:  # noqa: BLE001 - any DNS trouble: never block a person because we are offline
        if type(error).__name__ == "NXDOMAIN" and _resolver_is_trustworthy(nameserver):
            return "no"
        return "unknown"
    records = list(answer)
    # A "null MX" (RFC 7505) says the domain accepts no mail.
    if all(str(r.exchange) == "." for r in records):
        return "no"
    return "yes"


class DeliverabilityCache:
    """Caches DNS answers; "unknown" answers are kept briefly so a network return is seen."""

    def __init__(self, lookup) -> None:
        self._lookup = lookup
        self._cache: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()

    def __call__(self, domain: str) -> str:
        domain = domain.lower()
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(domain)
        if hit and hit[1] > now:
            return hit[0]
        value = self._lookup(domain)
        ttl = 3600.0 if value != "unknown" else 60.0
        with self._lock:
            self._cache[domain] = (value, now + ttl)
        return value
