"""SQLite storage: the schema, one shared connection and its lock."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Times are POSIX timestamps (float seconds, UTC); secrets are stored as hashes only.
SCHEMA = """
CREATE TABLE IF NOT EXISTS config (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS people (
    id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, nir TEXT UNIQUE,
    birth_date TEXT, postal_code TEXT, iban_listed TEXT, iban_on_file TEXT,
    email TEXT, situation TEXT
);
CREATE TABLE IF NOT EXISTS accounts (
    id TEXT PRIMARY KEY, person_id INTEGER UNIQUE, email TEXT, password_hash TEXT,
    activated_at REAL, created_at REAL, resend_available_at REAL, journey_code_hash TEXT UNIQUE,
    structure TEXT
);
CREATE TABLE IF NOT EXISTS links (
    token_hash TEXT PRIMARY KEY, account_id TEXT, created_at REAL, expires_at REAL,
    state TEXT  -- current, used, superseded
);
CREATE TABLE IF NOT EXISTS verifications (
    id TEXT PRIMARY KEY, email TEXT, code_hash TEXT, created_at REAL, expires_at REAL,
    failures INTEGER DEFAULT 0, state TEXT  -- pending, verified, cancelled
);
CREATE TABLE IF NOT EXISTS proofs (
    proof_hash TEXT PRIMARY KEY, email TEXT, expires_at REAL, used INTEGER DEFAULT 0
);
CREATE TABLE IF NOT EXISTS mailboxes (
    address TEXT PRIMARY KEY, password_hash TEXT, created_at REAL
);
CREATE TABLE IF NOT EXISTS messages (
    id TEXT PRIMARY KEY, recipient TEXT, sender TEXT, subject TEXT, received_at REAL,
    text TEXT, html TEXT
);
CREATE TABLE IF NOT EXISTS helpers (
    login TEXT PRIMARY KEY, password_hash TEXT, display_name TEXT, structure TEXT
);
CREATE TABLE IF NOT EXISTS helper_tokens (
    token_hash TEXT PRIMARY KEY, login TEXT, expires_at REAL
);
CREATE TABLE IF NOT EXISTS activity (
    structure TEXT, day TEXT, counter TEXT, count INTEGER,
    PRIMARY KEY (structure, day, counter)
);
CREATE TABLE IF NOT EXISTS activity_seen (marker TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS idempotency (
    key TEXT PRIMARY KEY, body_hash TEXT, status INTEGER, body TEXT, headers TEXT,
    created_at REAL
);
"""

# Dropped by POST /v1/training/reset; config (the server's secret) and helpers stay.
RESETTABLE = (
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
)


class Store:
    """One SQLite connection shared by the worker threads, serialised by a lock."""

    def __init__(self, path: str | None) -> None:
        self.conn = sqlite3.connect(path or ":memory:", check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.lock = threading.RLock()
        with self.tx() as c:
            c.executescript(SCHEMA)

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """A transaction: committed on success, rolled back on any exception."""
        with self.lock:
            try:
                yield self.conn
            except BaseException:
                self.conn.rollback()
                raise
            else:
                self.conn.commit()

    def one(self, sql: str, *args: object) -> sqlite3.Row | None:
        with self.lock:
            return self.conn.execute(sql, args).fetchone()

    def all(self, sql: str, *args: object) -> list[sqlite3.Row]:
        with self.lock:
            return self.conn.execute(sql, args).fetchall()

    def config(self, key: str, default_factory) -> str:
        """A persistent setting, created on first use."""
        with self.tx() as c:
            row = c.execute("SELECT value FROM config WHERE key = ?", (key,)).fetchone()
            if row:
                return row["value"]
            value = default_factory()
            c.execute("INSERT INTO config (key, value) VALUES (?, ?)", (key, value))
            return value

    def clear(self) -> None:
        with self.tx() as c:
            for table in RESETTABLE:
                c.execute(f"DELETE FROM {table}")

    def close(self) -> None:
        with self.lock:
            self.conn.close()
