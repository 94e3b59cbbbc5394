"""Everything one server instance holds: storage, clock, outbox, limits, seeding."""

from __future__ import annotations

import datetime as dt
import logging

from aidant_app import rules
from aidant_app.server import emailcheck, logins, population
from aidant_app.server.db import IntegrityError, Store
from aidant_app.server.errors import ApiError
from aidant_app.server.keys import server_key
from aidant_app.server.outbox import Outbox, needs_smtputf8
from aidant_app.server.security import Hasher, new_id
from aidant_app.server.settings import Settings

log = logging.getLogger("aidant_app.server")

MAILBOX_DOMAIN = "entrainement.example"
# The training mail service's own rules: longer than ameli's, same character set.
MAILBOX_POLICY = rules.PasswordPolicy(
    min_length=10,
    max_length=64,
    require_lower=True,
    require_upper=True,
    require_digit_or_special=True,
    allowed_specials=rules.CURRENT_POLICY.allowed_specials,
)
COUNTERS = ("journeys_started", "mailboxes_verified", "accounts_created", "activations_confirmed")


def iso(timestamp: float | None) -> dt.datetime | None:
    if timestamp is None:
        return None
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).replace(microsecond=0)


def iso_text(timestamp: float) -> str:
    """The same ISO 8601 form as the typed answers: 2026-01-31T09:00:00Z."""
    return iso(timestamp).isoformat().replace("+00:00", "Z")


def mask_email(email: str) -> str:
    local, _, domain = email.rpartition("@")
    return f"{local[:1]}•••••@{domain}"


class ServerState:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = Store(settings.db_path)
        try:
            self.hasher = Hasher(
                server_key(self.store, settings.db_path, settings.key_file, settings.training)
            )
        except Exception:
            self.store.close()
            raise
        self.outbox = Outbox(self.store, settings)
        self.deliverability = emailcheck.DeliverabilityCache(
            settings.mx_lookup or emailcheck.dns_mx_lookup
        )
        self.listen_address: tuple[str, int] | None = None
        self.password_policy = (
            rules.LEGACY_DIGITS_POLICY
            if settings.password_policy == "legacy-digits"
            else rules.CURRENT_POLICY
        )
        self.seed()
        self.backfill_email_keys()
        logins.backfill_keys(self.store)

    # --- time ---------------------------------------------------------------------------------

    def now(self) -> float:
        return self.settings.timestamp()

    def today(self) -> dt.date:
        return self.settings.clock().date()

    @property
    def link_base(self) -> str:
        """Where links in messages point: --public-url, else the address we listen on."""
        if self.settings.public_url:
            return self.settings.public_url.rstrip("/")
        host, port = self.listen_address or ("127.0.0.1", 80)
        return f"http://{host}:{port}"

    # --- seeding ------------------------------------------------------------------------------

    def seed(self) -> None:
        """Load the population and the practice helper, unless the database already has them."""
        if not self.settings.training:
            return  # live mode: real people only; helpers come from `aidant-server helpers add`
        with self.store.tx() as c:
            c.lock("aidant seed")  # two processes starting at once seed once
            if c.execute("SELECT COUNT(*) FROM people").fetchone()[0]:
                return
            now = self.now()
            for index, p in enumerate(population.PEOPLE, start=1):
                c.execute(
                    "INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        index,
                        p.first_name,
                        p.last_name,
                        p.nir,
                        p.birth_date.isoformat(),
                        p.postal_code,
                        p.iban_listed,
                        p.iban_on_file,
                        p.email,
                        p.situation,
                    ),
                )
                if p.situation == population.HAS_ACCOUNT:
                    c.execute(
                        "INSERT INTO accounts (id, person_id, email, email_key, password_hash,"
                        " activated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (new_id(), index, p.email, emailcheck.email_key(p.email), None, now, now),
                    )
            if not c.execute(
                "SELECT 1 FROM helpers WHERE login = ?", (population.HELPER_LOGIN,)
            ).fetchone():
                c.execute(
                    "INSERT INTO helpers (login, password_hash, display_name, structure,"
                    " login_key) VALUES (?, ?, ?, ?, ?)",
                    (
                        population.HELPER_LOGIN,
                        population.HELPER_PASSWORD_HASH,
                        population.HELPER_NAME,
                        population.HELPER_STRUCTURE,
                        logins.skeleton(population.HELPER_LOGIN),
                    ),
                )

    def reset(self) -> None:
        with self.store.tx() as c:  # one transaction: two resets at once cannot interleave
            c.lock("aidant seed")
            self.store.clear()
            self.seed()
        self.backfill_email_keys()

    # --- helpers' structures and their activity -----------------------------------------------

    def helper_for(self, token: str | None):
        """The signed-in helper's row (with its token_hash) for a valid token, or None."""
        if not token:
            return None
        return self.store.one(
            "SELECT h.*, t.token_hash FROM helper_tokens t JOIN helpers h ON h.login = t.login"
            " WHERE t.token_hash = ? AND t.expires_at > ? AND h.disabled_at IS NULL",
            self.hasher(token),
            self.now(),
        )

    def structure_for(self, token: str | None) -> str | None:
        """The structure of a valid helper token, or None."""
        row = self.helper_for(token)
        return row["structure"] if row else None

    def count(self, structure: str | None, counter: str, marker: str | None = None) -> None:
        """Add one to a structure's counter for today; `marker` counts a thing only once."""
        if not structure:
            return
        day = self.today().isoformat()
        with self.store.tx() as c:
            if marker is not None:
                seen = self.hasher(f"{structure}|{day}|{counter}|{marker}")
                if c.execute("SELECT 1 FROM activity_seen WHERE marker = ?", (seen,)).fetchone():
                    return
                c.execute("INSERT INTO activity_seen VALUES (?)", (seen,))
            c.execute(
                "INSERT INTO activity VALUES (?, ?, ?, 1) ON CONFLICT(structure, day, counter)"
                " DO UPDATE SET count = activity.count + 1",
                (structure, day, counter),
            )

    # --- e-mail -------------------------------------------------------------------------------

    def backfill_email_keys(self) -> None:
        """Accounts from before API 1.1 get their address key (a duplicate keeps none)."""
        rows = self.store.all("SELECT id, email FROM accounts WHERE email_key IS NULL")
        for row in rows:
            try:
                with self.store.tx() as tx:
                    tx.execute(
                        "UPDATE accounts SET email_key = ? WHERE id = ?",
                        (emailcheck.email_key(row["email"]), row["id"]),
                    )
            except IntegrityError:
                log.warning("two older accounts share one address; one keeps no address key")

    def email_in_use(self, email: str, except_account: str | None = None) -> bool:
        row = self.store.one(
            "SELECT 1 FROM accounts WHERE email_key = ? AND id IS DISTINCT FROM ?",
            emailcheck.email_key(email),
            except_account,
        )
        return row is not None

    def deliverable(self, email: str) -> str:
        """ "yes", "no" or "unknown" for an address, from its domain and our relay."""
        domain = emailcheck.ascii_domain(email.rpartition("@")[2])
        if domain.endswith(".invalid"):
            return "no"
        if emailcheck.is_reserved(domain):
            # Training captures all mail, so reserved names "work" there and nowhere else.
            answer = "yes" if self.settings.training else "no"
        else:
            answer = self.deliverability(domain)
        # A non-ASCII local part needs a relay that offers SMTPUTF8.
        if (
            answer == "yes"
            and needs_smtputf8(email)
            and self.settings.smtp
            and not self.outbox.supports_smtputf8()
        ):
            return "unknown"
        return answer

    def mailbox_exists(self, address: str) -> bool:
        return (
            self.store.one("SELECT 1 FROM mailboxes WHERE address = ?", address.lower()) is not None
        )

    def check_email(self, raw: str) -> str:
        """The normalised address, or 422 email_invalid."""
        email = rules.normalise_email(raw)
        if rules.check_email_syntax(email) or emailcheck.shows_as_another_address(email):
            raise ApiError(
                422, "email_invalid", errors=[{"field": "email", "code": "email_invalid"}]
            )
        return email

    def close(self) -> None:
        self.outbox.close()
        self.store.close()
