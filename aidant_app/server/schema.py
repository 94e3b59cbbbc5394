"""The database schema as an ordered list of migrations, run by both engines (see db.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    """One step of the schema. `statements` run in order, in one transaction with the others.

    Portable SQL only (SQLite 3.40 and PostgreSQL 15 both run it): DOUBLE PRECISION for
    times (POSIX seconds), BIGINT or TEXT keys, INTEGER for flags (never booleans), no
    AUTOINCREMENT, no engine functions. `AUTO_ID` stands for an integer primary key the
    database fills in (SQLite's rowid alias, PostgreSQL's identity column): read it back
    with `RETURNING id`. Never edit a released migration: add a new one at the end.
    """

    version: int
    description: str
    statements: tuple[str, ...]


# Times are POSIX timestamps (float seconds, UTC); secrets are stored as hashes only.
# Migration 1 is the 1.0 schema; IF NOT EXISTS lets a 1.0 SQLite file adopt it as it is.
_SCHEMA_1 = (
    "CREATE TABLE IF NOT EXISTS config (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS people (
        id BIGINT PRIMARY KEY, first_name TEXT, last_name TEXT, nir TEXT UNIQUE,
        birth_date TEXT, postal_code TEXT, iban_listed TEXT, iban_on_file TEXT,
        email TEXT, situation TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS accounts (
        id TEXT PRIMARY KEY, person_id BIGINT UNIQUE, email TEXT, password_hash TEXT,
        activated_at DOUBLE PRECISION, created_at DOUBLE PRECISION,
        resend_available_at DOUBLE PRECISION, journey_code_hash TEXT UNIQUE, structure TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS links (
        token_hash TEXT PRIMARY KEY, account_id TEXT, created_at DOUBLE PRECISION,
        expires_at DOUBLE PRECISION,
        state TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS links_account ON links (account_id, state)",
    """CREATE TABLE IF NOT EXISTS verifications (
        id TEXT PRIMARY KEY, email TEXT, code_hash TEXT, created_at DOUBLE PRECISION,
        expires_at DOUBLE PRECISION, failures INTEGER DEFAULT 0, state TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS verifications_email ON verifications (email)",
    """CREATE TABLE IF NOT EXISTS proofs (
        proof_hash TEXT PRIMARY KEY, email TEXT, expires_at DOUBLE PRECISION,
        used INTEGER DEFAULT 0
    )""",
    """CREATE TABLE IF NOT EXISTS mailboxes (
        address TEXT PRIMARY KEY, password_hash TEXT, created_at DOUBLE PRECISION
    )""",
    """CREATE TABLE IF NOT EXISTS messages (
        id TEXT PRIMARY KEY, recipient TEXT, sender TEXT, subject TEXT,
        received_at DOUBLE PRECISION, text TEXT, html TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS helpers (
        login TEXT PRIMARY KEY, password_hash TEXT, display_name TEXT, structure TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS helper_tokens (
        token_hash TEXT PRIMARY KEY, login TEXT, expires_at DOUBLE PRECISION
    )""",
    """CREATE TABLE IF NOT EXISTS activity (
        structure TEXT, day TEXT, counter TEXT, count INTEGER,
        PRIMARY KEY (structure, day, counter)
    )""",
    "CREATE TABLE IF NOT EXISTS activity_seen (marker TEXT PRIMARY KEY)",
    """CREATE TABLE IF NOT EXISTS idempotency (
        key TEXT PRIMARY KEY, body_hash TEXT, status INTEGER, body TEXT, headers TEXT,
        created_at DOUBLE PRECISION
    )""",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "the 1.0 schema", _SCHEMA_1),
    Migration(
        2,
        "helpers can be disabled by an operator (aidant-server helpers disable)",
        ("ALTER TABLE helpers ADD COLUMN disabled_at DOUBLE PRECISION",),
    ),
    Migration(
        3,
        "API 1.1 hardening (issue 11): one account per address, counters, durable outbox",
        (
            # Addresses compare by a key (local part NFC + casefold, domain IDNA): one account
            # per key. Older rows get their key from the server at start (email_key IS NULL).
            "ALTER TABLE accounts ADD COLUMN email_key TEXT",
            "CREATE UNIQUE INDEX accounts_email_key ON accounts (email_key)",
            "ALTER TABLE verifications ADD COLUMN email_key TEXT",
            "CREATE INDEX verifications_email_key ON verifications (email_key)",
            "ALTER TABLE proofs ADD COLUMN email_key TEXT",
            # Attempt counters and locks shared by every worker (sign-in, resume, identity).
            """CREATE TABLE counters (
                name TEXT PRIMARY KEY, count INTEGER NOT NULL, window_start DOUBLE PRECISION
                NOT NULL, locked_until DOUBLE PRECISION
            )""",
            # Every message, until the relay took it (or gave up): never silently lost.
            """CREATE TABLE outbox (
                id TEXT PRIMARY KEY, recipient TEXT NOT NULL, subject TEXT NOT NULL,
                text TEXT NOT NULL, html TEXT NOT NULL, account_id TEXT, kind TEXT NOT NULL,
                state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at DOUBLE PRECISION NOT NULL, claimed_until DOUBLE PRECISION,
                created_at DOUBLE PRECISION NOT NULL, sent_at DOUBLE PRECISION, error TEXT
            )""",
            "CREATE INDEX outbox_due ON outbox (state, next_attempt_at)",
            "CREATE INDEX outbox_account ON outbox (account_id, kind, created_at)",
        ),
    ),
    Migration(
        4,
        "API 1.2 hardening (issue 22): an account's changes need its secret",
        (
            # Keyed hashes of the secrets handed to the client that created or resumed an
            # account: an account id alone (it may be seen in a log) changes nothing.
            """CREATE TABLE account_secrets (
                secret_hash TEXT PRIMARY KEY, account_id TEXT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL
            )""",
            "CREATE INDEX account_secrets_account ON account_secrets (account_id)",
            # One helper per confusable-free login (logins.py); older rows get theirs at start.
            "ALTER TABLE helpers ADD COLUMN login_key TEXT",
            "CREATE UNIQUE INDEX helpers_login_key ON helpers (login_key)",
        ),
    ),
    Migration(
        5,
        "accompaniments in the Coop's CRA fields, per structure and helper (issue 20)",
        (
            # Only the Coop's anonymous values: nothing here can hold a name or free text.
            # Several values (equipment, themes) are stored space-separated, in Coop order.
            """CREATE TABLE accompaniments (
                id TEXT PRIMARY KEY, request_key TEXT NOT NULL UNIQUE, body_hash TEXT NOT NULL,
                structure TEXT NOT NULL, helper TEXT NOT NULL, day TEXT NOT NULL,
                recorded_at DOUBLE PRECISION NOT NULL, duration_minutes INTEGER NOT NULL,
                place TEXT NOT NULL, equipment TEXT NOT NULL, themes TEXT NOT NULL,
                autonomy TEXT, referred INTEGER, referred_to TEXT, age_band TEXT NOT NULL,
                gender TEXT NOT NULL, status TEXT NOT NULL, postal_code TEXT,
                helped_before INTEGER
            )""",
            "CREATE INDEX accompaniments_period ON accompaniments (structure, day)",
        ),
    ),
)

# Dropped by POST /v1/training/reset; config (the server's secret) and helpers stay.
# A migration that adds a table of per-session data adds its name here too.
RESETTABLE = [
    "people",
    "accounts",
    "links",
    "verifications",
    "proofs",
    "mailboxes",
    "messages",
    "helper_tokens",
    "activity",
    "activity_seen",
    "idempotency",
    "counters",
    "outbox",
    "account_secrets",
    "accompaniments",
]
