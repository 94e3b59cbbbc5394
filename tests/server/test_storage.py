"""The store on both engines: transactions across processes, savepoints, SQL, migrations."""

from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
import sys

import pytest

from aidant_app.server.db import IntegrityError, Store, StoreError
from aidant_app.server.schema import MIGRATIONS


@pytest.fixture
def database(engine: str, tmp_path, request: pytest.FixtureRequest) -> str:
    if engine == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("pg_url")


def _add_slowly(url: str, times: int) -> None:
    """Read, think, write: a lost update unless the transaction really excludes the others."""
    store = Store(url, pool_size=1)
    try:
        for _ in range(times):
            with store.tx() as tx:
                tx.lock("counter")
                value = int(tx.one("SELECT value FROM config WHERE key = 'n'")["value"])
                tx.execute("UPDATE config SET value = ? WHERE key = 'n'", (str(value + 1),))
    finally:
        store.close()


def test_read_then_write_transactions_lose_nothing_across_processes(database) -> None:
    store = Store(database)
    store.execute("INSERT INTO config (key, value) VALUES ('n', '0')")
    spawn = multiprocessing.get_context("spawn")
    workers = [spawn.Process(target=_add_slowly, args=(database, 40)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    assert store.one("SELECT value FROM config WHERE key = 'n'")["value"] == "160"
    store.close()


def test_a_failed_inner_block_is_undone_alone_and_rows_read_by_name(database) -> None:
    store = Store(database)
    with store.tx() as tx:
        tx.execute("INSERT INTO config (key, value) VALUES ('kept', 'yes')")
        with pytest.raises(IntegrityError), store.tx() as inner:
            inner.execute("INSERT INTO config (key, value) VALUES ('extra', '1')")
            inner.execute("INSERT INTO config (key, value) VALUES ('kept', 'twice')")
        # Inside the transaction, the thread's plain reads see its own writes.
        assert store.one("SELECT value FROM config WHERE key = 'kept'")["VALUE"] == "yes"
    with pytest.raises(RuntimeError), store.tx() as tx:
        tx.execute("INSERT INTO config (key, value) VALUES ('gone', 'x')")
        raise RuntimeError("rolled back")
    rows = store.all("SELECT key, value FROM config WHERE key IN ('kept', 'extra', 'gone')")
    assert [(row["key"], row[1]) for row in rows] == [("kept", "yes")]
    assert isinstance(IntegrityError("x"), sqlite3.IntegrityError)  # older callers keep working
    store.close()


def test_placeholders_percent_signs_and_returning(database) -> None:
    store = Store(database)
    row = store.one("SELECT '?' AS mark, ? AS number, '50%' AS share", 7)
    assert (row["mark"], row["number"], row["share"]) == ("?", 7, "50%")
    counter = (
        "INSERT INTO activity (structure, day, counter, count) VALUES (?, ?, ?, 1)"
        " ON CONFLICT (structure, day, counter) DO UPDATE SET count = activity.count + 1"
        " RETURNING count"
    )
    assert [store.one(counter, "s", "2026-01-01", "c")["count"] for _ in range(3)] == [1, 2, 3]
    assert store.execute("UPDATE activity SET count = 0 WHERE structure = ?", "s") == 1
    store.close()


def test_a_database_newer_than_the_server_is_refused_with_one_line(database) -> None:
    store = Store(database)
    assert store.version() == MIGRATIONS[-1].version
    future = MIGRATIONS[-1].version + 1
    store.execute("INSERT INTO schema_version VALUES (?, 'from the future', 0)", future)
    store.close()
    with pytest.raises(StoreError, match=f"schema version {future}, newer than this server"):
        Store(database)
    done = subprocess.run(
        [sys.executable, "-m", "aidant_app.server", "--port", "0", "--db", database],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "upgrade the server" in done.stderr


@pytest.mark.engine_independent
def test_a_1_0_sqlite_file_is_adopted_with_its_data(tmp_path) -> None:
    path = str(tmp_path / "aidant-1.0.sqlite3")
    with sqlite3.connect(path) as old:  # the 1.0 layout: no version table
        old.executescript(
            "CREATE TABLE config (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "CREATE TABLE helpers (login TEXT PRIMARY KEY, password_hash TEXT,"
            " display_name TEXT, structure TEXT);"
            "CREATE TABLE accounts (id TEXT PRIMARY KEY, person_id INTEGER UNIQUE, email TEXT,"
            " password_hash TEXT, activated_at REAL, created_at REAL, resend_available_at REAL,"
            " journey_code_hash TEXT UNIQUE, structure TEXT);"
            "INSERT INTO helpers VALUES ('ancien', 'h', 'Ancien', 'Centre');"
            "INSERT INTO accounts (id, person_id, email) VALUES ('a1', 3, 'x@example.org');"
        )
    old.close()
    store = Store(path)
    assert store.version() == MIGRATIONS[-1].version
    assert store.one("SELECT display_name, disabled_at FROM helpers")[:] == ("Ancien", None)
    assert store.one("SELECT email FROM accounts WHERE id = 'a1'")["email"] == "x@example.org"
    store.close()
