"""API 1.2: e-mail checks and verification codes are limited per client, and overall (checks)
or per domain (codes), counted in the database so that every worker shares the counts.

"Another client" is another loopback source address (127.0.0.2 ...), so the server sees
another peer, as it would on a network.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.server.client import Api
from tests.server.test_limits_and_races import call, parallel
from tests.support.server import running_server


def _check(url: str, address: str, source: str = "127.0.0.1") -> tuple[int, dict]:
    status, body, headers = call(url, "POST", "/v1/email-checks", {"email": address}, source=source)
    if status == 429:
        assert (
            int({k.lower(): v for k, v in headers.items()}["retry-after"]) >= 1
            and body["code"] == "rate_limited"
        )
    return status, body


def _code(url: str, address: str, source: str = "127.0.0.1") -> int:
    status, body, headers = call(
        url, "POST", "/v1/email-verifications", {"email": address}, source=source
    )
    if status == 429:
        assert (
            int({k.lower(): v for k, v in headers.items()}["retry-after"]) >= 1
            and body["code"] == "rate_limited"
        )
    return status


def test_one_client_checking_addresses_in_a_burst_is_slowed_down(server) -> None:
    """The defaults (30 a minute per client), on every engine and on 4 workers."""
    url = server.base_url
    statuses = parallel(40, lambda i: _check(url, f"sonde.{i}@example.net")[0])
    assert Counter(statuses) == {200: 30, 429: 10}
    # Another client is not slowed down by the first one ...
    assert _check(url, "autre@example.net", source="127.0.0.2")[0] == 200
    # ... and the first may check again once its minute is over.
    server.advance(61)
    assert _check(url, "encore@example.net")[0] == 200


def test_checks_are_limited_overall_whatever_the_client() -> None:
    with running_server(checks_overall=(20, 60.0)) as server:
        url = server.base_url
        sources = [f"127.0.0.{n}" for n in range(2, 32)]
        statuses = [_check(url, f"x{n}@example.net", source=s)[0] for n, s in enumerate(sources)]
        assert Counter(statuses) == {200: 20, 429: 10}
        server.advance(61)
        assert _check(url, "apres@example.net", source="127.0.0.40")[0] == 200


def test_one_client_cannot_send_codes_to_many_addresses(server) -> None:
    """60 codes to 60 addresses from one client: the first 20 only (the default)."""
    url = server.base_url
    statuses = parallel(60, lambda i: _code(url, f"cible.{i}@example.net"))
    assert Counter(statuses) == {201: 20, 429: 40}
    api = Api(url)
    sent = sum(1 for i in range(60) if api.inbox(f"cible.{i}@example.net"))
    assert sent == 20
    assert _code(url, "ailleurs@example.net", source="127.0.0.3") == 201


def test_many_clients_cannot_bomb_one_domain() -> None:
    with running_server(codes_per_domain=(10, 60.0)) as server:
        url = server.base_url
        statuses = [
            _code(url, f"boite.{n}@victime.fr", source=f"127.0.0.{n + 2}") for n in range(15)
        ]
        assert Counter(statuses) == {201: 10, 429: 5}
        # Another domain is not held back, and the domain is served again a minute later.
        assert _code(url, "boite@autre.fr", source="127.0.0.50") == 201
        server.advance(61)
        assert _code(url, "boite.99@victime.fr", source="127.0.0.51") == 201


@pytest.mark.engine_independent
def test_an_operator_sets_the_limits_on_the_command_line(tmp_path) -> None:
    from tests.support.server import server_process

    with server_process(
        "--db", str(tmp_path / "aidant.db"), "--workers", "2",
        "--limit", "checks_per_client=3/60", "--limit", "codes_per_client=2/600",
    ) as running:  # fmt: skip
        url = running.base_url
        assert [_check(url, f"c{i}@example.net")[0] for i in range(5)] == [200] * 3 + [429] * 2
        assert [_code(url, f"d{i}@example.net") for i in range(3)] == [201, 201, 429]
    import subprocess
    import sys

    for wrong in ("checks=3/60", "checks_overall=0/60", "checks_overall=3", "codes_per_domain=a/b"):
        done = subprocess.run(
            [sys.executable, "-m", "aidant_app.server", "--limit", wrong],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
        assert done.returncode == 2 and "--limit" in done.stderr, wrong
