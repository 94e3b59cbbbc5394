"""API 1.2, for operators: live mode refuses every non-durable database; helpers' logins are
one per confusable-free form, names hold no control character, passwords follow CNIL
2022-100; sign-in failures on look-alike logins share one lock. The real CLI, on SQLite and
PostgreSQL."""

from __future__ import annotations

import subprocess
import sys

import pytest

from aidant_app.server.db import Store
from tests.server.client import Api, problem
from tests.support.server import server_process

PUBLIC = "https://aidant.example.org"
GOOD_PASSWORD = "Un-mot-de-passe-assez-long-2026"


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "aidant_app.server", *args], input=stdin, check=False,
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


@pytest.fixture
def database(engine: str, tmp_path, request: pytest.FixtureRequest) -> str:
    if engine == "sqlite":
        path = str(tmp_path / "aidant.db")
        Store(path).close()
        return path
    return request.getfixturevalue("pg_url")


NOT_DURABLE = [
    "file:x?mode=memory&cache=shared",
    "file::memory:",
    "file::memory:?cache=shared",
    "FILE:y?mode=memory",
    "file:z?vfs=memdb",
    ":memory:",
    "",
    " ",
]


@pytest.mark.engine_independent
def test_live_mode_refuses_every_database_that_forgets(smtp_relay, tmp_path) -> None:
    for db in NOT_DURABLE:
        try:
            done = subprocess.run(
                [sys.executable, "-m", "aidant_app.server", "--port", "0", "--mode", "live",
                 "--db", db, "--smtp", smtp_relay, "--public-url", PUBLIC],
                capture_output=True, text=True, timeout=15, check=False, cwd=tmp_path,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            pytest.fail(f"live mode started on {db!r}")
        assert done.returncode == 2, (db, done.stdout, done.stderr)
        assert "live mode needs a durable database" in done.stderr, db
        assert done.stdout == "", db  # never "listening"


def _add(
    database: str,
    login: str,
    password: str = GOOD_PASSWORD,
    structure: str = "Centre",
    name: str | None = None,
) -> subprocess.CompletedProcess:
    extra = ["--name", name] if name is not None else []
    return _cli(
        "helpers",
        "--db",
        database,
        "add",
        login,
        "--structure",
        structure,
        *extra,
        stdin=password + "\n",
    )


WEAK = [
    "aaaaaaaaaaaa",
    "aaaaaaaaaaaaaaaaaaaa",
    "Aaaaaaaaaaa1",
    "abcdefghijklm",
    "Abcdefghijk1",
    "ABCDEFGH1234!",
    "mot de passe trop simple",
    "Aa1!Aa1!Aa1!",
]
STRONG = [
    "Un-mot-de-passe-assez-long-2026",
    "Bleu-Vert-28!x",
    "soleil-maison-2026-Verte",
    "le chat boit du lait dans la cuisine",
]


def test_helpers_passwords_follow_the_cnil_recommendation(database) -> None:
    for number, password in enumerate(WEAK):
        refused = _add(database, f"faible{number}", password)
        assert refused.returncode == 2, password
        assert "CNIL" in refused.stderr or "repeats" in refused.stderr, refused.stderr
        assert password not in refused.stderr + refused.stdout
    for number, password in enumerate(STRONG):
        added = _add(database, f"fort{number}", password)
        assert added.returncode == 0, (password, added.stderr)
    listed = _cli("helpers", "--db", database, "list").stdout
    logins = [line.split("\t")[0] for line in listed.splitlines()]
    assert logins == [f"fort{n}" for n in range(len(STRONG))]


LOOK_ALIKES = ["MARIE", "Marie", "mar\u0456e", "marІe", "rnarie", "marie ", "ｍａｒｉｅ", "maríe"]


def test_one_helper_per_login_whatever_its_look_alikes(database) -> None:
    assert _add(database, "marie").returncode == 0
    for login in LOOK_ALIKES:
        refused = _add(database, login)
        assert refused.returncode in (1, 2), login
        assert "already exists" in refused.stderr or "a login is" in refused.stderr, login
    assert _add(database, "mar1e").returncode == 1  # 1 and i look alike
    listed = _cli("helpers", "--db", database, "list").stdout.splitlines()
    assert [line.split("\t")[0] for line in listed] == ["marie"]


# (A NUL cannot be in a command's arguments at all.)
CONTROLS = [
    "\x1b[2J\x1b]0;pirate\x07",
    "ligne\nfausse",
    "bidi\u202eesrever",
    "sep\u2028ligne",
    "c1\x9b31m",
]


def test_names_with_control_characters_are_refused_and_old_ones_are_listed_escaped(database):
    for number, text in enumerate(CONTROLS):
        assert _add(database, f"aidant{number}", structure=text).returncode == 2, repr(text)
        assert _add(database, f"aidant{number}", name=text).returncode == 2, repr(text)
    assert _add(database, "ter\x1bm").returncode == 2
    # A row written before API 1.2 (straight into the database) is listed without its escapes.
    store = Store(database)
    try:
        store.execute(
            "INSERT INTO helpers (login, password_hash, display_name, structure)"
            " VALUES (?, ?, ?, ?)", "ancien", None, "Nom\x1b[31m", "Centre\nfaux\tchamp",
        )  # fmt: skip
    finally:
        store.close()
    listed = _cli("helpers", "--db", database, "list").stdout
    assert "\x1b" not in listed and listed.count("\n") == 1 and listed.count("\t") == 3
    # What the operator types back is not echoed raw either.
    unknown = _cli("helpers", "--db", database, "disable", "x\x1b[2Jy")
    assert unknown.returncode == 1 and "\x1b" not in unknown.stderr + unknown.stdout


def test_an_older_login_with_capitals_is_still_found_by_its_lower_case_form(database) -> None:
    store = Store(database)
    try:
        store.execute(
            "INSERT INTO helpers (login, password_hash, display_name, structure)"
            " VALUES (?, ?, ?, ?)",
            "Ancien.Maj", None, "Ancien", "Centre",
        )  # fmt: skip
    finally:
        store.close()
    assert _add(database, "ancien.maj").returncode == 1  # the same login, whatever its case
    disabled = _cli("helpers", "--db", database, "disable", "ANCIEN.maj")
    assert disabled.returncode == 0, disabled.stderr
    assert "disabled" in _cli("helpers", "--db", database, "list").stdout


def test_failures_on_look_alike_logins_share_one_lock_over_http(database, tmp_path) -> None:
    assert _add(database, "paul.b").returncode == 0
    with server_process(
        "--db", database, "--workers", "2", "--key-file", str(tmp_path / "server.key"),
    ) as running:  # fmt: skip
        api = Api(running.base_url)
        for login in ("PAUL.B", "Paul.B", "pauI.b", "paul.b", "ＰＡＵＬ.B"):
            answer = api.post("/v1/helper-sessions", {"login": login, "password": "pas-le-bon"})
            problem(answer, 401, "bad_credentials")
        locked = api.post("/v1/helper-sessions", {"login": "paul.b", "password": GOOD_PASSWORD})
        problem(locked, 429, "rate_limited")
