"""API 1.1 limits and races, against the real server with two worker processes on one database.

Parallel requests go through real sockets; "another client" is another loopback source
address (127.0.0.2, 127.0.0.3...), so the server sees a different peer, as it would on a
network. The server's clock moves through its --fixtures-file.
"""

from __future__ import annotations

import http.client
import json
import threading
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from stdnum.fr import nir as stdnum_nir

from aidant_app.server import population
from tests.server.client import PASSWORD, SECRET_HEADER, Api, proof_for
from tests.support.server import ServerProcess, server_process

WORKERS = "2"


@pytest.fixture
def database(engine: str, tmp_path, request: pytest.FixtureRequest) -> str:
    """A durable database on this run's engine: a file, or a fresh PostgreSQL database."""
    if engine == "sqlite":
        return str(tmp_path / "aidant.db")
    return request.getfixturevalue("pg_url")


class Clock:
    """The server's clock offset, in the file every worker re-reads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0.0
        self._write()

    def _write(self) -> None:
        self.path.write_text(json.dumps({"clock_offset_s": self.offset}), encoding="utf-8")

    def advance(self, seconds: float) -> None:
        self.offset += seconds
        self._write()


@contextmanager
def server(database: str, tmp_path: Path, *extra: str) -> Iterator[tuple[ServerProcess, Clock]]:
    clock = Clock(tmp_path / "fixtures.json")
    args = ("--db", database, "--workers", WORKERS, "--fixtures-file", str(clock.path), *extra)
    with server_process(*args, timeout=60) as running:
        yield running, clock


def call(base_url: str, method: str, path: str, body: dict | None = None, *,
         source: str = "127.0.0.1", headers: dict | None = None) -> tuple[int, dict, dict]:
    """One JSON request on a new connection from this loopback source address."""
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(
        parts.hostname, parts.port, timeout=30, source_address=(source, 0)
    )
    try:
        all_headers = {"Content-Type": "application/json", "Connection": "close"}
        all_headers.update(headers or {})
        conn.request(method, path, json.dumps(body or {}).encode(), all_headers)
        answer = conn.getresponse()
        raw = answer.read()
        return answer.status, (json.loads(raw) if raw else {}), dict(answer.getheaders())
    finally:
        conn.close()


def parallel(count: int, action) -> list:
    """Run `action(i)` `count` times at once (a barrier releases them together)."""
    barrier = threading.Barrier(count, timeout=30)

    def run(index: int):
        barrier.wait()
        return action(index)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count), timeout=120))


def create(base_url: str, body: dict, source: str = "127.0.0.1", headers=None):
    return call(
        base_url,
        "POST",
        "/v1/accounts",
        body,
        source=source,
        headers={"Idempotency-Key": str(uuid.uuid4()), **(headers or {})},
    )


def unknown_nirs(count: int, birth_date: str) -> list[str]:
    """Valid permanent numbers, of this birth year and month, that belong to nobody."""
    known = {p.nir for p in population.PEOPLE}
    numbers = []
    year, month = birth_date[2:4], birth_date[5:7]
    for order in range(1, 1000):
        base = f"1{year}{month}75116{order:03d}"
        number = base + stdnum_nir.calc_check_digits(base)
        if number not in known:
            numbers.append(number)
        if len(numbers) == count:
            return numbers
    raise AssertionError("not enough numbers")


# --- sign-in ----------------------------------------------------------------------------------


def test_fifty_parallel_wrong_passwords_let_at_most_five_through(database, tmp_path) -> None:
    wrong = {"login": population.HELPER_LOGIN, "password": "pas-le-bon-mot-de-passe"}
    right = {"login": population.HELPER_LOGIN, "password": population.HELPER_PASSWORD}
    with server(database, tmp_path) as (running, clock):
        url = running.base_url
        statuses = parallel(50, lambda i: call(url, "POST", "/v1/helper-sessions", wrong)[0])
        counts = Counter(statuses)
        assert counts[401] <= 5 and counts[401] + counts[429] == 50, counts
        # The right password is refused too while the login is locked ...
        status, body, headers = call(url, "POST", "/v1/helper-sessions", right)
        assert (status, body["code"]) == (429, "rate_limited")
        assert 0 < int(headers["retry-after"]) <= 900
        # ... and works once the 15 minutes are over.
        clock.advance(901)
        assert call(url, "POST", "/v1/helper-sessions", right)[0] == 201


# --- resume from the memo ---------------------------------------------------------------------


def test_resume_counts_per_journey_code_whatever_the_address(database, tmp_path) -> None:
    with server(database, tmp_path) as (running, clock):
        url = running.base_url
        api = Api(url)
        answer, body = api.new_account(0)
        code = answer["journey_code"]
        right = {"journey_code": code, "birth_date": body["birth_date"]}

        def wrong(n: int, source: str) -> tuple[int, dict, dict]:
            guess = {"journey_code": code, "birth_date": f"19{40 + n}-01-01"}
            # A new source address and a new X-Forwarded-For each time: neither helps.
            return call(url, "POST", "/v1/journeys/resume", guess, source=source,
                        headers={"X-Forwarded-For": f"203.0.113.{n}"})

        first = [wrong(n, f"127.0.0.{n + 2}") for n in range(5)]
        assert [(s, b["code"]) for s, b, _ in first] == [(404, "journey_unknown")] * 4 + [
            (429, "rate_limited")
        ]
        assert 800 < int(first[-1][2]["retry-after"]) <= 900
        # Locked for everyone, even with the right birth date, from yet another address.
        assert call(url, "POST", "/v1/journeys/resume", right, source="127.0.0.50")[0] == 429
        clock.advance(901)
        second = [wrong(n, f"127.0.0.{n + 20}") for n in range(5, 10)]
        assert [(s, b["code"]) for s, b, _ in second] == [(404, "journey_unknown")] * 4 + [
            (410, "journey_revoked")
        ]
        clock.advance(3600)
        status, problem_body, _ = call(url, "POST", "/v1/journeys/resume", right)
        assert (status, problem_body["code"]) == (410, "journey_revoked")
        assert "36 46" in problem_body["detail"]


def test_parallel_wrong_birth_dates_for_one_code_get_four_answers_at_most(
    database, tmp_path
) -> None:
    with server(database, tmp_path) as (running, _):
        url = running.base_url
        answer, _ = Api(url).new_account(1)
        code = answer["journey_code"]
        results = parallel(
            30,
            lambda i: call(url, "POST", "/v1/journeys/resume",
                           {"journey_code": code, "birth_date": f"19{30 + i}-02-02"},
                           source=f"127.0.1.{i + 1}")[0],
        )
        counts = Counter(results)
        assert counts[404] <= 4 and counts[200] == 0, counts
        assert counts[404] + counts[429] + counts[410] == 30, counts


# --- identity checks --------------------------------------------------------------------------


def test_identity_failures_lock_the_number_for_an_hour(database, tmp_path) -> None:
    with server(database, tmp_path) as (running, clock):
        url = running.base_url
        api = Api(url)
        person = api.people("ready")[0]
        good = api.account_body(person, email="identite@example.net")
        wrong_postal = {**good, "postal_code": "13001"}
        wrong_bank = {**good, "iban": api.people("ready")[1]["iban"]}
        answers = [create(url, wrong_postal, source=f"127.0.2.{n}") for n in range(1, 3)]
        answers += [create(url, wrong_bank, source=f"127.0.2.{n}") for n in range(3, 6)]
        assert [(s, b["code"]) for s, b, _ in answers] == [
            (422, "identity_mismatch"),
            (422, "identity_mismatch"),
            (422, "bank_details_mismatch"),
            (422, "bank_details_mismatch"),
            (429, "too_many_attempts"),
        ]
        assert 3500 < int(answers[-1][2]["retry-after"]) <= 3600
        # Even the right data waits for the hour: no more answers about this number.
        assert create(url, good)[1]["code"] == "too_many_attempts"
        clock.advance(3601)
        status, created, _ = create(url, good)
        assert status == 201, created


def test_parallel_identity_guesses_get_four_answers_at_most(database, tmp_path) -> None:
    with server(database, tmp_path) as (running, _):
        url = running.base_url
        api = Api(url)
        good = api.account_body(api.people("ready")[2], email="devine@example.net")
        results = parallel(
            24, lambda i: create(url, {**good, "postal_code": f"{13001 + i}"},
                                 source=f"127.0.3.{i + 1}")[1]["code"]
        )
        counts = Counter(results)
        assert counts["identity_mismatch"] <= 4, counts
        assert counts["identity_mismatch"] + counts["too_many_attempts"] == 24, counts


def test_unknown_numbers_are_limited_per_client_and_x_forwarded_for_is_ignored(
    database, tmp_path
) -> None:
    with server(database, tmp_path) as (running, clock):
        url = running.base_url
        body = Api(url).account_body(Api(url).people("ready")[0], email="inconnu@example.net")
        numbers = unknown_nirs(22, body["birth_date"])
        codes = [
            create(url, {**body, "nir": nir}, source="127.0.4.1",
                   headers={"X-Forwarded-For": f"198.51.100.{i}"})[1]["code"]
            for i, nir in enumerate(numbers[:21])
        ]
        assert codes == ["identity_not_found"] * 20 + ["rate_limited"]
        # Another client is not affected; the first one is again after the hour.
        assert create(url, {**body, "nir": numbers[21]}, source="127.0.4.2")[1]["code"] == (
            "identity_not_found"
        )
        clock.advance(3601)
        assert create(url, {**body, "nir": numbers[21]}, source="127.0.4.1")[1]["code"] == (
            "identity_not_found"
        )


def test_x_forwarded_for_is_believed_only_from_named_proxies(database, tmp_path) -> None:
    with server(database, tmp_path, "--forwarded-allow-ips", "127.0.0.1") as (running, _):
        url = running.base_url
        body = Api(url).account_body(Api(url).people("ready")[0], email="proxy@example.net")
        codes = [
            create(url, {**body, "nir": nir}, headers={"X-Forwarded-For": f"198.51.100.{i}"})[1][
                "code"
            ]
            for i, nir in enumerate(unknown_nirs(22, body["birth_date"]))
        ]
        # Behind the named proxy, each forwarded address is its own client.
        assert codes == ["identity_not_found"] * 22


# --- one account per address ------------------------------------------------------------------


def test_two_concurrent_creations_on_one_address_give_one_201_and_one_409(
    database, tmp_path
) -> None:
    with server(database, tmp_path) as (running, _):
        url = running.base_url
        api = Api(url)
        ready = api.people("ready")
        for round_index in range(3):
            first, second = ready[2 * round_index], ready[2 * round_index + 1]
            spellings = (f"meme.adresse{round_index}@example.net",
                         f"MEME.Adresse{round_index}@EXAMPLE.net")
            bodies = [api.account_body(p, email=e) for p, e in zip((first, second), spellings,
                                                                    strict=True)]
            results = parallel(2, lambda i, pair=bodies: create(url, pair[i])[:2])
            statuses = sorted(s for s, _ in results)
            assert statuses == [201, 409], results
            assert {b.get("code") for s, b in results if s == 409} == {"email_unavailable"}


def test_the_account_password_is_kept_from_the_request(database, tmp_path) -> None:
    """Sanity for the race tests above: a created account can really be used (its link)."""
    with server(database, tmp_path) as (running, _):
        api = Api(running.base_url)
        _, body = api.new_account(0, email="utilisable@example.net")
        assert body["password"] == PASSWORD
        link = api.latest_link("utilisable@example.net")
        assert api.post("/v1/activations", {"link": link}).json()["status"] == "active"


# --- codes and cooldowns ----------------------------------------------------------------------


def test_parallel_wrong_codes_get_four_answers_at_most(database, tmp_path) -> None:
    with server(database, tmp_path) as (running, _):
        url = running.base_url
        api = Api(url)
        address = "code.parallele@example.net"
        started = api.post("/v1/email-verifications", {"email": address}).json()
        code = api.latest_code(address)
        wrong = "000000" if code != "000000" else "111111"
        confirm = f"/v1/email-verifications/{started['id']}/confirm"
        results = parallel(20, lambda i: call(url, "POST", confirm, {"code": wrong})[0])
        counts = Counter(results)
        assert counts[422] <= 4 and counts[422] + counts[423] == 20, counts
        assert call(url, "POST", confirm, {"code": code})[0] == 423  # even the right one


def test_parallel_code_requests_and_resends_send_one_message(database, tmp_path) -> None:
    with server(database, tmp_path) as (running, clock):
        url = running.base_url
        api = Api(url)
        address = "une.fois@example.net"
        results = parallel(
            12, lambda i: call(url, "POST", "/v1/email-verifications", {"email": address})[0]
        )
        assert sorted(Counter(results).items()) == [(201, 1), (429, 11)]
        assert len(api.inbox(address)) == 1
        created, body = api.new_account(0, email="renvoi@example.net")
        clock.advance(31)
        resend = f"/v1/accounts/{created['id']}/activation/resend"
        secret = {SECRET_HEADER: created["account_secret"]}
        results = parallel(12, lambda i: call(url, "POST", resend, headers=secret)[0])
        assert sorted(Counter(results).items()) == [(202, 1), (429, 11)]
        links = [m for m in api.inbox(body["email"]) if "/activate/" in m["text"]]
        assert len(links) == 2  # the first message and exactly one resend


def test_two_accounts_moving_to_one_address_at_once_give_one_200_and_one_409(
    database, tmp_path
) -> None:
    with server(database, tmp_path) as (running, clock):
        url = running.base_url
        api = Api(url)
        first, _ = api.new_account(0, email="premier@example.net")
        second, _ = api.new_account(1, email="second@example.net")
        target = "convoitee@example.net"
        proofs = [proof_for(api, target)]
        clock.advance(31)  # a second code for the same address, after its cooldown
        proofs.append(proof_for(api, target.upper()))
        ids = [first["id"], second["id"]]
        results = parallel(
            2,
            lambda i: call(url, "PUT", f"/v1/accounts/{ids[i]}/email",
                           {"email": target, "email_proof": proofs[i]},
                           headers={SECRET_HEADER: api.secrets[ids[i]]})[:2],
        )
        assert sorted(s for s, _ in results) == [200, 409], results
        assert [b["code"] for s, b in results if s == 409] == ["email_unavailable"]
