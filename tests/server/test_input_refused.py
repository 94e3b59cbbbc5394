"""API 1.1, input the server refuses cleanly: size, media type, Host, bad Unicode, no 5xx."""

from __future__ import annotations

import http.client
import json
import socket
from urllib.parse import urlsplit

import pytest

from tests.server.client import Api, problem
from tests.support.server import running_server, server_process

# Every POST endpoint with a JSON body, and a valid body for it (ids that do not exist are fine:
# the refusal must come before any lookup).
JSON_POSTS = [
    ("/v1/email-checks", {"email": "jean@example.net"}),
    ("/v1/email-verifications", {"email": "jean@example.net"}),
    ("/v1/email-verifications/x/confirm", {"code": "123456"}),
    ("/v1/helper-sessions", {"login": "aidant.demo", "password": "x"}),
    ("/v1/activations", {"link": "abc"}),
    ("/v1/journeys/resume", {"journey_code": "ABCD-EFGH", "birth_date": "1984-12-01"}),
    ("/v1/mailboxes", {"first_name": "Zoé", "last_name": "Test", "password": "Montagne-2026"}),
    ("/v1/training/inbox", {"address": "jean@example.net"}),
]


def _raw(base_url: str, method: str, path: str, body: bytes = b"", headers=None, host=None):
    """One request with exactly these bytes and headers (requests would fix some of them)."""
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", host or parts.netloc)
        for name, value in (headers or {}).items():
            conn.putheader(name, value)
        if body or method in ("POST", "PUT"):
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        answer = conn.getresponse()
        return answer.status, dict(answer.getheaders()), answer.read()
    finally:
        conn.close()


def _problem_code(raw_body: bytes) -> str:
    return json.loads(raw_body)["code"]


# --- size -------------------------------------------------------------------------------------


def test_a_body_over_64_kib_is_413_whatever_content_length_says(api: Api) -> None:
    big = {"email": "a" * (64 * 1024) + "@example.net"}
    problem(api.post("/v1/email-checks", big), 413, "payload_too_large")
    # Chunked, no Content-Length: counted while reading.
    chunks = (b'{"email": "' + b"a" * 8192 for _ in range(10))
    answer = api.post("/v1/email-checks", data=chunks)
    problem(answer, 413, "payload_too_large")
    # Just under the limit is read (and refused for what it says, not for its size).
    fits = {"email": "a" * (60 * 1024) + "@example.net"}
    problem(api.post("/v1/email-checks", fits), 422, "email_invalid")


def test_a_body_announced_too_large_is_refused_before_it_is_sent(server) -> None:
    parts = urlsplit(server.base_url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(
            b"POST /v1/email-checks HTTP/1.1\r\nHost: " + parts.netloc.encode()
            + b"\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n"
        )
        head = sock.recv(4096)
    assert head.startswith(b"HTTP/1.1 413")


# --- bad Unicode and NUL ----------------------------------------------------------------------


def test_lone_surrogates_and_nul_in_any_field_are_422(server) -> None:
    for path, body in JSON_POSTS:
        for bad in ("\\ud800", "\\udfff", "x\\ud83dy", "\\u0000", "a\\u0000b"):
            for field in body:
                text = json.dumps(body).replace(json.dumps(body[field]), f'"{bad}"', 1)
                status, _, raw = _raw(
                    server.base_url, "POST", path, text.encode(), {"Content-Type": "application/json"}
                )
                assert (status, _problem_code(raw)) == (422, "invalid_request"), (path, field, bad)


def test_bad_text_in_account_creation_and_address_change_is_422(api: Api) -> None:
    body = api.account_body(api.people("ready")[0])
    for field in ("nir", "birth_date", "postal_code", "iban", "email", "password"):
        text = json.dumps({**body, field: "@@@"}).replace('"@@@"', '"\\ud800"')
        answer = api.post(
            "/v1/accounts",
            data=text.encode(),
            headers={"Idempotency-Key": "5f0c8a4e-8d5c-4b7e-9f00-000000000001"},
        )
        problem(answer, 422, "invalid_request")
    answer, _ = api.new_account(1)
    bad = b'{"email": "a\\u0000@example.net", "email_proof": "x"}'
    problem(api.put(f"/v1/accounts/{answer['id']}/email", data=bad), 422, "invalid_request")


def test_undecodable_or_unparsable_bodies_are_400(api: Api) -> None:
    for raw in (b'{"email": "\xff\xfe"}', b"[" * 20000, b'{"email": ' + b"1" * 5000 + b"}"):
        problem(api.post("/v1/email-checks", data=raw), 400, "malformed_json")


# --- media type -------------------------------------------------------------------------------


def test_state_changing_v1_requests_need_json(api: Api) -> None:
    """What a web page can send without a CORS preflight is refused: 415."""
    session = Api(api.base_url)
    session.session.headers.pop("Content-Type")
    people_before = session.get("/v1/training/people").json()
    answer, _ = api.new_account(0)
    session.secrets = api.secrets  # the account's secret (API 1.2): only the type is wrong
    for content_type in (None, "text/plain", "application/x-www-form-urlencoded",
                         "multipart/form-data"):
        headers = {"Content-Type": content_type} if content_type else {}
        for path in (
            "/v1/training/reset",
            f"/v1/accounts/{answer['id']}/activation/resend",
            "/v1/email-verifications",
            "/v1/helper-sessions",
        ):
            refused = session.post(path, data=b'{"email": "a@example.net"}', headers=headers)
            problem(refused, 415, "unsupported_media_type")
    put = session.put(f"/v1/accounts/{answer['id']}/email", data=b"{}",
                      headers={"Content-Type": "text/plain"})
    problem(put, 415, "unsupported_media_type")
    # Nothing happened: the reset did not run, the account is still there.
    assert session.get(f"/v1/accounts/{answer['id']}/activation").status_code == 200
    assert session.get("/v1/training/people").json() == people_before
    # And the preflight a page would need is never granted.
    preflight = session.request(
        "OPTIONS",
        "/v1/training/reset",
        headers={
            "Origin": "https://page.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code >= 400
    assert not any(h.lower().startswith("access-control-") for h in preflight.headers)
    # With the header (and charset), the same calls work.
    ok = session.post(
        "/v1/training/reset", headers={"Content-Type": "application/json; charset=utf-8"}
    )
    assert ok.status_code == 204


def test_the_activation_form_post_stays_a_plain_form(server, api: Api) -> None:
    """POST /activate/{token} is the HTML page's own button: outside /v1, no JSON needed."""
    _, body = api.new_account(0)
    link = api.latest_link(body["email"])
    import requests

    answer = requests.post(link, data={}, timeout=10)
    assert answer.status_code == 200 and "activé" in answer.text


# --- Host -------------------------------------------------------------------------------------


def test_a_host_that_names_another_server_is_421(server) -> None:
    port = urlsplit(server.base_url).port
    for host in ("evil.example", f"evil.example:{port}", "127.0.0.1.evil.example", "[::2]"):
        status, _, raw = _raw(server.base_url, "GET", "/v1/health", host=host)
        assert (status, _problem_code(raw)) == (421, "misdirected_request"), host
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}", "[::1]", "127.0.0.2"):
        assert _raw(server.base_url, "GET", "/v1/health", host=host)[0] == 200, host


def test_the_public_url_host_is_accepted() -> None:
    with running_server(public_url="https://centre.example.org/aidant") as server:
        assert _raw(server.base_url, "GET", "/v1/health", host="centre.example.org")[0] == 200
        assert _raw(server.base_url, "GET", "/v1/health", host="Centre.Example.Org:443")[0] == 200
        assert _raw(server.base_url, "GET", "/v1/health", host="other.example.org")[0] == 421


# --- pages for browsers -----------------------------------------------------------------------

PAGE_HEADERS = {
    "x-frame-options": "DENY",
    "content-security-policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}


def test_browser_pages_cannot_be_framed_cached_or_leak_the_link(api: Api) -> None:
    _, body = api.new_account(0)
    path = urlsplit(api.latest_link(body["email"])).path
    pages = [
        api.get(path),  # the page with the button
        api.get("/activate/inconnu"),  # 404 page
        api.get("/v1/terms"),
        api.post(path, data={}, headers={"Content-Type": "application/x-www-form-urlencoded"}),
        api.get(path),  # "already used" page
    ]
    assert [p.status_code for p in pages] == [200, 404, 200, 200, 200]
    for page in pages:
        assert page.headers["content-type"].startswith("text/html")
        for name, value in PAGE_HEADERS.items():
            assert page.headers.get(name) == value, (page.url, name)


# --- no input gives a 5xx, and no traceback reaches the log -----------------------------------

HOSTILE = [
    ("POST", "/v1/accounts", b'{"nir": "\\ud800"}'),
    ("POST", "/v1/accounts", b'{"nir": ["x"], "birth_date": {"a": 1}}'),
    ("POST", "/v1/email-checks", b'{"email": "\\udc80@example.net"}'),
    ("POST", "/v1/email-checks", b'{"email": "' + "é".encode() * 30000 + b'@example.net"}'),
    ("POST", "/v1/email-checks", b'{"email": "a@' + b"x" * 300 + b'.fr"}'),
    ("POST", "/v1/email-checks", b'{"email": "a@xn--.fr"}'),
    ("POST", "/v1/email-checks", b'{"email": "a@\xe2\x80\x8b.fr"}'),
    ("POST", "/v1/journeys/resume", b'{"journey_code": "\\u0000", "birth_date": "x"}'),
    ("POST", "/v1/journeys/resume", b'{"journey_code": "' + b"A" * 60000 + b'", "birth_date": ""}'),
    ("POST", "/v1/activations", b'{"link": "http://[::1/activate/x"}'),
    (
        "POST",
        "/v1/mailboxes",
        (
            b'{"first_name": "\xf0\x9f\x99\x82", "last_name": "\xf0\x9f\x99\x82", '
            b'"password": "Montagne-2026"}'
        ),
    ),
    ("POST", "/v1/helper-sessions", b'{"login": "' + b"x" * 60000 + b'", "password": "y"}'),
    ("PUT", "/v1/accounts/%00/email", b'{"email": "a@example.net"}'),
    ("GET", "/v1/accounts/%ED%A0%80/activation", b""),
    ("GET", "/activate/%00", b""),
    ("POST", "/v1/training/inbox", b'{"address": "\\ud800@x.fr"}'),
]


@pytest.mark.engine_independent
def test_hostile_input_never_gives_a_5xx_nor_a_traceback() -> None:
    with server_process() as server:
        for method, path, body in HOSTILE:
            status, _, raw = _raw(
                server.base_url, method, path, body, {"Content-Type": "application/json"}
            )
            assert status < 500, (method, path, raw[:200])
        parts = urlsplit(server.base_url)
        for garbage in (
            b"GARBAGE\r\n\r\n",
            b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n",
            (
                b"POST /v1/email-checks HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked"
                b"\r\nContent-Type: application/json\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n"
            ),
        ):
            with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
                sock.sendall(garbage)
                head = sock.recv(64)
            assert head[:9] == b"HTTP/1.1 " and head[9:10] != b"5", (garbage, head)
        server.stop()
        log = server.stderr_text()
    assert "Traceback" not in log
    assert "Exception in ASGI application" not in log


@pytest.mark.engine_independent
def test_an_unexpected_failure_is_a_500_problem_and_one_log_line(tmp_path) -> None:
    """A real fault (a table dropped under the running server): the person gets a plain
    problem answer, the log gets the error's type only, never a traceback with values."""
    import sqlite3

    database = str(tmp_path / "aidant.db")
    with server_process("--db", database) as server:
        api = Api(server.base_url)
        created, _ = api.new_account(0, email="panne@example.net")
        with sqlite3.connect(database) as conn:
            conn.execute("DROP TABLE links")
        broken = api.get(f"/v1/accounts/{created['id']}/activation")
        problem(broken, 500, "internal_error")
        assert "panne" not in broken.text
        server.stop()
        log = server.stderr_text()
    assert "unexpected error: OperationalError" in log
    assert "Traceback" not in log and "panne@example.net" not in log
