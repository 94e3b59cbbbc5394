"""E-mail checks: address keys, typo suggestions, disposable domains and DNS deliverability."""

from __future__ import annotations

import functools
import logging
import threading
import time
import unicodedata

log = logging.getLogger("aidant_app.server.email")

# Domains people in France commonly use, most common first (ties go to the earlier one): the
# only domains a typo is "corrected" to.
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
# Real mail services near those names: a person who typed one of them may well own it, so
# they are never "corrected" (a link would go to a stranger's mailbox).
OTHER_MAIL_DOMAINS = frozenset(
    {
        "ymail.com", "rocketmail.com", "mail.com", "email.com", "mailo.com", "netcourrier.com",
        "gmx.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "gmx.us", "web.de", "t-online.de",
        "mac.com", "pm.me", "protonmail.ch", "tutanota.com", "tuta.io", "zoho.com", "hey.com",
        "fastmail.com", "yandex.ru", "yandex.com", "mail.ru", "inbox.ru", "list.ru", "bk.ru",
        "libero.it", "virgilio.it", "tiscali.it", "alice.it", "skynet.be", "telenet.be",
        "bluewin.ch", "sunrise.ch", "videotron.ca", "sympatico.ca", "comcast.net", "att.net",
        "verizon.net", "googlemail.com", "outlook.be", "hotmail.be", "live.be", "live.com",
        "hotmail.co.uk", "hotmail.de", "hotmail.it", "hotmail.es", "outlook.de", "outlook.es",
        "outlook.it", "live.co.uk", "live.ca", "hotmail.ca", "yahoo.it", "yahoo.de", "yahoo.es",
        "yahoo.co.uk", "yahoo.be", "yahoo.ca", "yahoo.ie", "yahoo.gr", "yahoo.com.br",
        "yahoo.co.jp", "aol.fr", "aol.de", "aim.com", "cegetel.net", "voila.fr", "caramail.com",
        "dbmail.com", "orange.com", "sfr.com", "free.com", "laposte.fr", "aliceadsl.com",
        "bbox.com", "neuf.com", "orange.es", "orange.be", "infonie.fr", "nordnet.fr",
        "wanadoo.es", "noos.fr", "9online.fr", "tele2.fr", "calixo.net", "aol.com",
    }
)
# Providers with country or sister domains: any of their names under a real public suffix
# (yahoo.gr, hotmail.com.br, outlook.cm...) is theirs, not a typo.
REGIONAL_BRANDS = frozenset(
    {"yahoo", "ymail", "hotmail", "outlook", "live", "msn", "windowslive", "aol", "gmx",
     "yandex", "mail", "web", "libero", "orange", "mailo", "proton", "protonmail", "zoho"}
)
# Mistakes that are not small typos, for domains that hold no mailbox of their own (Google
# owns gmail.fr and googlemail.fr for the web only). Offered only while DNS shows no mail
# servers there.
KNOWN_MISTAKES = {
    "gmail.fr": "gmail.com",
    "googlemail.fr": "gmail.com",
}
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


def ascii_domain(domain: str) -> str:
    """The domain as IDNA (UTS 46) lower-case ASCII; unconvertible text stays lower-cased."""
    import idna

    domain = domain.strip().rstrip(".")
    try:
        return idna.encode(domain, uts46=True).decode("ascii").lower()
    except idna.IDNAError:
        return domain.lower()


def email_key(email: str) -> str:
    """What two addresses are compared by: local part NFC then case-folded, domain as IDNA.

    jean@élysée.fr and jean@xn--lyse-9oad.fr, ÉLISE@ and élise@, and composed and
    decomposed josé@ all give one key: one account per key (a unique constraint).
    """
    local, _, domain = email.strip().rpartition("@")
    return f"{unicodedata.normalize('NFC', local).casefold()}@{ascii_domain(domain)}"


def shows_as_another_address(email: str) -> bool:
    """API 1.2: an encoded word (RFC 2047 `=?utf-8?q?...?=`) in the local part is shown by
    mail programs as another address than the one the message goes to."""
    return "=?" in email.rpartition("@")[0]


def proof_key(email: str) -> str:
    """What a code's proof covers (API 1.2): the very address the code went to, up to the
    case of its letters (local part NFC then lower-cased, character by character; domain as
    IDNA). Unlike email_key it never folds one letter into several: a proof for
    STRASSE@ does not cover straße@, which is another mailbox."""
    local, _, domain = email.strip().rpartition("@")
    return f"{unicodedata.normalize('NFC', local).lower()}@{ascii_domain(domain)}"


@functools.lru_cache(maxsize=1)
def _suffixes():
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList(accept_unknown=False)


def is_known_mail_domain(domain: str) -> bool:
    """A real mail service's domain, or a country or sister domain of a known provider."""
    if domain in KNOWN_DOMAINS or domain in OTHER_MAIL_DOMAINS:
        return True
    psl = _suffixes()
    registrable = psl.privatesuffix(domain)
    return bool(registrable) and registrable.split(".", 1)[0] in REGIONAL_BRANDS


def on_a_list(domain: str) -> bool:
    """A domain some list of this server names (API 1.2): a known mail service, a throwaway
    mail domain, or a reserved name. Such a domain exists as typed: never "corrected",
    whether DNS answers or not (jean@yopmail.com is no typo of hotmail.com)."""
    return is_known_mail_domain(domain) or is_disposable(domain) or is_reserved(domain)


def suggest_domain(domain: str, has_mail_servers: bool = False) -> str | None:
    """The well-known domain the person probably meant, or None.

    Only for a domain that is no mail service we know and has no mail servers of its own:
    someone may own that mailbox, and a link must never go to a stranger.
    """
    domain = ascii_domain(domain)
    if has_mail_servers or on_a_list(domain):
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


def suggest(email: str, has_mail_servers: bool = False) -> str | None:
    local, _, domain = email.rpartition("@")
    fixed = suggest_domain(domain, has_mail_servers)
    return f"{local}@{fixed}" if fixed else None


def is_disposable(domain: str) -> bool:
    """In the maintained list of throwaway-mail domains (the package disposable-email-domains,
    updated monthly), or a subdomain of one."""
    from disposable_email_domains import blocklist

    labels = ascii_domain(domain).split(".")
    return any(".".join(labels[i:]) in blocklist for i in range(len(labels) - 1))


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
