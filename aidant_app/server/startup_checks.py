"""The starts `aidant-server` refuses, each with a one-line reason for the operator."""

from __future__ import annotations

import smtplib
import sys
from urllib.parse import urlsplit

from aidant_app.server.db import is_durable

MAX_WORKERS = 64


def refusal(
    *,
    mode: str,
    db: str | None,
    smtp: tuple[str, int] | None,
    public_url: str | None,
    workers: int,
    fixtures_file: str | None = None,
    sends_mail: bool = True,
) -> str | None:
    """Why this combination of options must not start, or None when it may."""
    if not 1 <= workers <= MAX_WORKERS:
        return f"--workers must be between 1 and {MAX_WORKERS}"
    if workers > 1 and not sys.platform.startswith("linux"):
        # Each worker listens on its own socket and Linux spreads connections between them
        # (SO_REUSEPORT); elsewhere the option either is missing or does not spread them.
        return f"--workers {workers} needs Linux; run one worker per machine elsewhere"
    if workers > 1 and not is_durable(db):
        return (
            f"--workers {workers} needs a shared database (--db FILE or --db postgresql://...):"
            " an in-memory database lives in one process"
        )
    if mode != "live":
        return None
    if fixtures_file:
        return "--fixtures-file is for training mode only: a live server keeps real time and DNS"
    if not sends_mail and workers == 1:
        # Guided, no mail (a home app's child): no account, no code and no link lives here,
        # so nothing is lost at exit and no message must leave.
        return None
    if not is_durable(db):
        return (
            "live mode needs a durable database (--db FILE or --db postgresql://...):"
            " in memory, every account would vanish at the next restart"
        )
    if not smtp:
        return "live mode needs an SMTP relay (--smtp HOST:PORT): activation mail must really leave"
    if not public_url or urlsplit(public_url).scheme != "https":
        return (
            "live mode needs --public-url https://... (the address people open from their mail,"
            " behind your TLS proxy)"
        )
    return relay_problem(smtp)


def database_problem(db: str | None, mode: str, workers: int = 1) -> str | None:
    """A database serves one mode for its whole life: a live server never inherits the
    fictitious people and the practice helper of a training run (nor the reverse). And a
    PostgreSQL server must accept every worker's pool of connections."""
    if not is_durable(db):
        return None
    from aidant_app.server.db import POOL_SIZE, Store

    store = Store(db, pool_size=1)
    allowed = None  # connections PostgreSQL accepts (SQLite has no such limit)
    try:
        made_for = store.config("mode", lambda: mode)
        if store.engine == "postgresql":
            allowed = int(store.one("SHOW max_connections")["max_connections"]) - int(
                store.one("SHOW superuser_reserved_connections")["superuser_reserved_connections"]
            )
    finally:
        store.close()
    if made_for != mode:
        return (
            f"this database was made for {made_for} mode: a {mode} server needs a database"
            " of its own"
        )
    needed = workers * POOL_SIZE
    if allowed is not None and needed > allowed:
        # Past that, a busy worker would wait for a connection PostgreSQL refuses to open.
        return (
            f"--workers {workers} may open {needed} PostgreSQL connections ({POOL_SIZE} each)"
            f" and this PostgreSQL accepts {allowed}: use fewer workers or raise max_connections"
        )
    return None


def relay_problem(smtp: tuple[str, int], timeout: float = 5) -> str | None:
    """Greet the relay once (EHLO), so a wrong host or port stops the start, not the mail."""
    host, port = smtp
    try:
        with smtplib.SMTP(host, port, timeout=timeout) as relay:
            code, _ = relay.ehlo()
            if code != 250:
                return f"the SMTP relay at {host}:{port} refused our greeting (code {code})"
    except (OSError, smtplib.SMTPException) as error:
        reason = " ".join(str(error).split()) or type(error).__name__
        return f"cannot reach the SMTP relay at {host}:{port}: {reason}"
    return None
