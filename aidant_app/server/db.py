"""Storage: SQLite or PostgreSQL behind one small API, with transactions and migrations."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from aidant_app.server.dialect import ddl, is_durable, is_postgres, pg_row_factory, pg_sql
from aidant_app.server.schema import MIGRATIONS, RESETTABLE

__all__ = [
    "IntegrityError", "Store", "StoreError", "StoreUnavailable", "Tx", "is_durable", "is_postgres",
]  # fmt: skip

SQLITE_BUSY_MS = 30_000  # how long a writer waits for another process's transaction
POOL_SIZE = 10  # PostgreSQL connections per worker process
# How long a request waits for a free PostgreSQL connection before it is told to come back
# (503): connections are held for milliseconds, so a longer wait means the database is down.
POOL_WAIT_S = 3.0


class StoreError(RuntimeError):
    """The database cannot be opened or used; the message is one line for the operator."""


class StoreUnavailable(StoreError):
    """The database does not answer now (down, restarting, unreachable): worth a retry."""


class IntegrityError(sqlite3.IntegrityError):
    """A constraint refused a write, on either engine (a unique key already taken...)."""


class Tx:
    """One open transaction: what `Store.tx()` yields."""

    def __init__(self, store: Store, conn: Any) -> None:
        self.store = store
        self.conn = conn
        self.depth = 0

    def execute(self, sql: str, params: tuple | list = ()) -> Any:
        """Run one statement; the cursor has fetchone(), fetchall() and rowcount."""
        return self.store._execute(self.conn, sql, params)

    def one(self, sql: str, *args: object) -> Any:
        rows = self.execute(sql, args).fetchall()
        return rows[0] if rows else None

    def all(self, sql: str, *args: object) -> list[Any]:
        return self.execute(sql, args).fetchall()

    def lock(self, name: str) -> None:
        """Hold a named lock until this transaction ends, in every worker process."""
        if self.store.engine == "postgresql":
            self.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", (name,))
        # SQLite: BEGIN IMMEDIATE already holds the database's only write lock.


class Store:
    """The database of one server process; several processes may share a file or a server."""

    def __init__(self, url: str | None, *, pool_size: int = POOL_SIZE) -> None:
        self.url = url or ":memory:"
        self.engine = "postgresql" if is_postgres(url) else "sqlite"
        self.durable = is_durable(url)
        self._local = threading.local()
        if self.engine == "postgresql":
            self._open_postgres(pool_size)
        else:
            self._open_sqlite()
        self.migrate()

    # --- opening ------------------------------------------------------------------------------

    def _open_sqlite(self) -> None:
        if self.durable and not os.path.exists(self.url):
            try:  # readable by its owner only; SQLite gives the -wal and -shm files the same mode
                os.close(os.open(self.url, os.O_CREAT | os.O_WRONLY, 0o600))
            except OSError as error:
                raise StoreError(f"cannot create the database file {self.url}: {error}") from None
        try:
            # Autocommit mode: we write BEGIN IMMEDIATE / COMMIT ourselves.
            self.conn = sqlite3.connect(self.url, check_same_thread=False, isolation_level=None)
            self.conn.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_MS}")
            if self.durable:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as error:
            raise StoreError(f"cannot open the database file {self.url}: {error}") from None
        self.conn.row_factory = sqlite3.Row
        # One connection per process, its use serialised; other processes wait on SQLite's lock.
        self._lock = threading.RLock()

    def _open_postgres(self, pool_size: int) -> None:
        try:  # only a PostgreSQL deployment needs them
            import psycopg
            from psycopg_pool import ConnectionPool, PoolTimeout
        except ImportError:
            raise StoreError(
                "PostgreSQL support is not installed: pip install 'aidant[postgres]'"
            ) from None

        self._pg_integrity = psycopg.errors.IntegrityError
        # Connection lost or refused, server shutting down, no free connection in time.
        self._pg_unavailable = (psycopg.OperationalError, PoolTimeout)
        try:  # one direct attempt first, for a clear message when the server is unreachable
            psycopg.connect(self.url, connect_timeout=5).close()
        except psycopg.Error as error:
            raise StoreUnavailable(
                f"cannot reach the PostgreSQL database: {_one_line(error)}") from None
        self.pool = ConnectionPool(
            self.url,
            min_size=1,
            max_size=pool_size,
            timeout=POOL_WAIT_S,
            # Give up reconnecting soon (the default keeps trying for 5 minutes, waiting ever
            # longer between tries): the next request then tries again at once, so a worker
            # is back as soon as its database is, not up to an outage's length later.
            reconnect_timeout=POOL_WAIT_S,
            # A connection is tried (an empty query) before it is lent: after the database
            # restarts, those left in the pool are dead, and each would fail one request.
            check=ConnectionPool.check_connection,
            kwargs={"autocommit": True, "row_factory": pg_row_factory},
            open=False,
            name="aidant",
        )
        try:
            self.pool.open(wait=True, timeout=10)
        except PoolTimeout as error:
            self.pool.close()
            raise StoreUnavailable(
                f"cannot reach the PostgreSQL database: {_one_line(error)}") from None

    # --- statements and transactions ----------------------------------------------------------

    def _execute(self, conn: Any, sql: str, params: tuple | list) -> Any:
        if self.engine == "sqlite":
            try:
                return conn.execute(sql, params)
            except sqlite3.IntegrityError as error:
                raise IntegrityError(str(error)) from error
        try:
            return conn.execute(pg_sql(sql), params)
        except self._pg_integrity as error:
            raise IntegrityError(_one_line(error)) from error

    @contextmanager
    def tx(self) -> Iterator[Tx]:
        """A transaction: committed on success, rolled back on any exception.

        Inside a transaction the thread's one() and all() see its uncommitted writes; a
        nested tx() is a savepoint (an exception inside it undoes only its own part).
        """
        current: Tx | None = getattr(self._local, "tx", None)
        if current is not None:
            with self._savepoint(current):
                yield current
            return
        with self._begin() as tx:
            self._local.tx = tx
            try:
                yield tx
            finally:
                self._local.tx = None

    @contextmanager
    def _pg_connection(self) -> Iterator[Any]:
        """A pooled connection; an outage becomes StoreUnavailable (the server answers 503)."""
        try:
            with self.pool.connection() as conn:
                yield conn
        except self._pg_unavailable as error:
            raise StoreUnavailable(_one_line(error)) from None

    @contextmanager
    def _begin(self) -> Iterator[Tx]:
        if self.engine == "postgresql":
            with self._pg_connection() as conn, conn.transaction():
                yield Tx(self, conn)
            return
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")  # the write lock now: no lost updates
            try:
                yield Tx(self, self.conn)
            except BaseException:
                if self.conn.in_transaction:  # some errors already rolled it back
                    self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")

    @contextmanager
    def _savepoint(self, tx: Tx) -> Iterator[None]:
        if self.engine == "postgresql":
            with tx.conn.transaction():
                yield
            return
        tx.depth += 1
        name = f"sp{tx.depth}"
        tx.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            tx.conn.execute(f"ROLLBACK TO {name}")
            tx.conn.execute(f"RELEASE {name}")
            raise
        else:
            tx.conn.execute(f"RELEASE {name}")
        finally:
            tx.depth -= 1

    def one(self, sql: str, *args: object) -> Any:
        """The first row, or None. Outside a transaction a write here commits at once."""
        rows = self.all(sql, *args)
        return rows[0] if rows else None

    def all(self, sql: str, *args: object) -> list[Any]:
        current: Tx | None = getattr(self._local, "tx", None)
        if current is not None:
            return current.all(sql, *args)
        if self.engine == "postgresql":
            with self._pg_connection() as conn:
                return self._execute(conn, sql, args).fetchall()
        with self._lock:  # fetchall() ends the statement, so no write lock outlives the call
            return self._execute(self.conn, sql, args).fetchall()

    def execute(self, sql: str, *args: object) -> int:
        """Run one statement in its own transaction (or the thread's); return its rowcount."""
        with self.tx() as tx:
            return tx.execute(sql, args).rowcount

    # --- schema and housekeeping --------------------------------------------------------------

    def migrate(self) -> int:
        """Bring the schema to the newest migration; safe when several processes start at once."""
        with self.tx() as tx:
            tx.lock("aidant schema")
            tx.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT PRIMARY KEY,"
                " description TEXT, applied_at DOUBLE PRECISION)"
            )
            current = tx.one("SELECT MAX(version) AS v FROM schema_version")["v"] or 0
            newest = MIGRATIONS[-1].version
            if current > newest:
                raise StoreError(
                    f"the database has schema version {current}, newer than this server's"
                    f" ({newest}): upgrade the server"
                )
            for migration in MIGRATIONS:
                if migration.version <= current:
                    continue
                for statement in migration.statements:
                    tx.execute(ddl(statement, self.engine))
                tx.execute(
                    "INSERT INTO schema_version VALUES (?, ?, ?)",
                    (migration.version, migration.description, time.time()),
                )
            return newest

    def version(self) -> int:
        return self.one("SELECT MAX(version) AS v FROM schema_version")["v"] or 0

    def config(self, key: str, default_factory) -> str:
        """A persistent setting, created on first use (the same value in every worker)."""
        row = self.one("SELECT value FROM config WHERE key = ?", key)
        if row:
            return row["value"]
        with self.tx() as tx:
            tx.execute(
                "INSERT INTO config (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                (key, default_factory()),
            )
            return tx.one("SELECT value FROM config WHERE key = ?", key)["value"]

    def clear(self) -> None:
        with self.tx() as tx:
            for table in RESETTABLE:
                tx.execute(f"DELETE FROM {table}")

    def close(self) -> None:
        if self.engine == "postgresql":
            self.pool.close()
        else:
            with self._lock:
                self.conn.close()


def _one_line(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return " ".join(text.split())
