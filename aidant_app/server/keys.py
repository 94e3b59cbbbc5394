"""The server's secret key (for keyed hashes), kept outside the database it protects.

Where it comes from, first match wins: the environment variable AIDANT_SERVER_KEY (hex, at
least 32 bytes); the file Settings.key_file; for a SQLite file DB, the file `<db>.key` beside
it. Files are created readable by their owner only (0600), atomically, so several workers
starting at once agree on one key. An older database that kept the key in its config table
hands it over to the file once, then forgets it.
"""

from __future__ import annotations

import logging
import os
import secrets
import tempfile

from aidant_app.server.db import Store

log = logging.getLogger("aidant_app.server")
ENV = "AIDANT_SERVER_KEY"


class ServerKeyError(RuntimeError):
    """No usable key: the message is one line for the operator."""


def _valid(text: str) -> str:
    text = text.strip()
    try:
        if len(bytes.fromhex(text)) < 32:
            raise ValueError
    except ValueError:
        raise ServerKeyError("the server key must be at least 64 hexadecimal characters") from None
    return text


def _read_or_create(path: str, make) -> str:
    if not os.path.exists(path):
        directory = os.path.dirname(os.path.abspath(path))
        fd, temporary = tempfile.mkstemp(dir=directory, prefix=".aidant-key-")
        try:  # mkstemp makes it 0600; link() refuses to replace a file a sibling worker made
            with os.fdopen(fd, "w") as handle:
                handle.write(make() + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            try:
                os.link(temporary, path)
            except FileExistsError:
                pass
        finally:
            os.unlink(temporary)
    mode = os.stat(path).st_mode & 0o777
    if mode & 0o077:
        os.chmod(path, 0o600)
    with open(path, encoding="ascii") as handle:
        return _valid(handle.read())


def server_key(store: Store, db_path: str | None, key_file: str | None, training: bool) -> str:
    """The hex key; raises ServerKeyError when a durable deployment has nowhere safe to keep it."""
    legacy = store.one("SELECT value FROM config WHERE key = 'secret'")
    legacy_value = legacy["value"] if legacy else None
    if os.environ.get(ENV):
        key = _valid(os.environ[ENV])
    else:
        path = key_file
        if path is None and store.engine == "sqlite" and store.durable:
            path = f"{db_path}.key"
        if path is None:
            if store.durable and not training:
                raise ServerKeyError(
                    f"set {ENV} (or a key file) so the server key is not kept in the database"
                )
            if store.durable:
                # Training data is fictitious: keep the key in the database so every worker
                # agrees on it, as 1.0 did, and say so.
                log.warning("no server key configured (%s): training keeps it in the database", ENV)
                return store.config("secret", lambda: secrets.token_hex(32))
            return secrets.token_hex(32)
        key = _read_or_create(path, lambda: legacy_value or secrets.token_hex(32))
    if legacy_value is not None:
        # Migrated from 1.0: the database no longer holds its own key.
        store.execute("DELETE FROM config WHERE key = 'secret'")
    return key
