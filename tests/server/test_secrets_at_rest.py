"""API 1.1 secrets at rest: the database file is 0600, the key lives apart from it, and no
journey code, token, code or proof is stored in plain text anywhere in the database."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from aidant_app.server.db import Store
from aidant_app.server.keys import ENV
from tests.server.client import Api, proof_for
from tests.support.server import server_process

KEY_A = "a1" * 32
KEY_B = "b2" * 32


@pytest.fixture(autouse=True)
def no_key_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test says where its key comes from."""
    monkeypatch.delenv(ENV, raising=False)


@pytest.fixture
def database(engine: str, tmp_path, request: pytest.FixtureRequest) -> str:
    if engine == "sqlite":
        return str(tmp_path / "aidant.db")
    return request.getfixturevalue("pg_url")


def _mode(path: str) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _every_stored_text(database: str) -> str:
    """Every value of every table but the training inbox, as one text."""
    store = Store(database)
    try:
        if store.engine == "sqlite":
            tables = [r[0] for r in store.all("SELECT name FROM sqlite_master WHERE type='table'")]
        else:
            tables = [
                r[0]
                for r in store.all(
                    "SELECT table_name FROM information_schema.tables"
                    " WHERE table_schema = current_schema()"
                )
            ]
        parts = []
        for table in tables:
            if table == "messages":
                continue  # the training inbox: the practice mailbox shows the messages, by design
            for row in store.all(f"SELECT * FROM {table}"):  # names from the catalogue
                parts.extend(str(value) for value in row)
        secret_row = store.one("SELECT value FROM config WHERE key = 'secret'")
    finally:
        store.close()
    text = "\n".join(parts)
    return text + ("\nSECRET-IN-CONFIG" if secret_row else "")


def test_no_secret_of_a_journey_is_stored_in_plain_text(database, tmp_path) -> None:
    key_file = str(tmp_path / "server.key")
    with server_process("--db", database, "--key-file", key_file) as server:
        api = Api(server.base_url)
        proof = proof_for(api, "secret.test@example.net")
        code = api.latest_code("secret.test@example.net")
        person = api.people("ready")[0]
        created = api.create_account(
            api.account_body(person, email="secret.test@example.net", email_proof=proof)
        ).json()
        link = api.latest_link("secret.test@example.net")
        session = api.post(
            "/v1/helper-sessions", {"login": "aidant.demo", "password": "Entrainement-2026"}
        ).json()
    stored = _every_stored_text(database)
    journey = created["journey_code"]
    token = link.rsplit("/", 1)[1]
    for secret in (journey, journey.replace("-", ""), token, proof, session["token"]):
        assert secret not in stored, secret[:3]
    assert code not in stored.split("\n")  # not even the (hashed) e-mail code
    assert "SECRET-IN-CONFIG" not in stored
    key = Path(key_file).read_text().strip()
    assert key not in stored and _mode(key_file) == 0o600


@pytest.mark.engine_independent
def test_sqlite_file_and_its_key_file_are_readable_by_their_owner_only(tmp_path) -> None:
    database = str(tmp_path / "aidant.db")
    old_umask = os.umask(0o022)
    try:
        with server_process("--db", database) as server:
            Api(server.base_url).new_account(0)
    finally:
        os.umask(old_umask)
    for path in (database, database + ".key"):
        assert _mode(path) == 0o600, path
    for suffix in ("-wal", "-shm"):
        if os.path.exists(database + suffix):
            assert _mode(database + suffix) == 0o600


@pytest.mark.engine_independent
def test_a_key_kept_in_an_older_database_moves_to_its_file(tmp_path) -> None:
    database = str(tmp_path / "aidant.db")
    with server_process("--db", database) as server:
        api = Api(server.base_url)
        api.new_account(0, email="ancien@example.net")
        link = api.latest_link("ancien@example.net")
    # Make it look like a 1.0 database: the key inside, no key file.
    key = Path(database + ".key").read_text().strip()
    os.unlink(database + ".key")
    store = Store(database)
    store.execute("INSERT INTO config (key, value) VALUES ('secret', ?)", key)
    store.close()
    with server_process("--db", database) as server:
        api = Api(server.base_url)
        # The old link still works: the same key, now in its file, and gone from the database.
        assert api.post("/v1/activations", {"link": link}).json()["status"] == "active"
    assert Path(database + ".key").read_text().strip() == key
    store = Store(database)
    assert store.one("SELECT value FROM config WHERE key = 'secret'") is None
    store.close()


@pytest.mark.engine_independent
def test_the_key_from_the_environment_is_the_one_used(tmp_path) -> None:
    database = str(tmp_path / "aidant.db")
    with server_process("--db", database, env={ENV: KEY_A}) as server:
        api = Api(server.base_url)
        api.new_account(0, email="env@example.net")
        link = api.latest_link("env@example.net")
    assert not os.path.exists(database + ".key")
    with server_process("--db", database, env={ENV: KEY_B}) as server:
        assert Api(server.base_url).post("/v1/activations", {"link": link}).status_code == 404
    with server_process("--db", database, env={ENV: KEY_A}) as server:
        answer = Api(server.base_url).post("/v1/activations", {"link": link})
        assert answer.json()["status"] == "active"
