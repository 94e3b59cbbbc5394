"""The overall deadline of a call holds in every phase, against real servers that crawl.

Socket timeouts count per read: a server that sends a byte every half second never trips
them. Each test uses per-read timeouts longer than the drip interval, so only the overall
deadline can end the call; the servers drip for 30 s, so a client that ignores the
deadline fails the bound (deadline plus a generous margin) instead of hanging.
"""

from __future__ import annotations

import socket
import threading
import time

import pytest

from aidant_app.api import AidantClient, ApiError, NetworkError, RetryPolicy
from tests.support.faulty_servers import (
    DripProxy,
    FaultyServer,
    FullBacklog,
    drip_body,
    drip_headers,
    respond,
    self_signed_cert,
    tls_context,
)

DEADLINE = 2.0
MARGIN = 1.5  # a loaded 2-core machine; a client that ignores the deadline takes 30 s


def client(url: str, **kw) -> AidantClient:
    kw.setdefault("timeout", (5.0, 5.0))  # per phase / per read: longer than any drip step
    return AidantClient(url, deadline=DEADLINE, retry=RetryPolicy(backoff_base=0.05), **kw)


def failing(call, *args) -> tuple[ApiError, float]:
    started = time.monotonic()
    with pytest.raises(ApiError) as info:
        call(*args)
    return info.value, time.monotonic() - started


def workers_left(wait: float = 2.0) -> list[str]:
    """The client's worker threads still running after `wait` seconds at most."""
    ends = time.monotonic() + wait
    while True:
        left = [t.name for t in threading.enumerate() if t.name == "aidant-api-try"]
        if not left or time.monotonic() > ends:
            return left
        time.sleep(0.05)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    return self_signed_cert(tmp_path_factory.mktemp("tls"))


def test_headers_dripping_one_byte_every_half_second_stop_at_the_deadline():
    with FaultyServer(drip_headers(interval=0.5)) as server:
        err, took = failing(client(server.url).meta)
    assert isinstance(err, NetworkError) and err.code == "backend_timeout"
    assert took < DEADLINE + MARGIN
    assert not workers_left()


def test_headers_drip_with_the_default_timeouts_stops_at_the_deadline():
    # The case: default per-read timeout (10 s), a byte every 0.5 s.
    with FaultyServer(drip_headers(interval=0.5)) as server:
        api = AidantClient(server.url, deadline=DEADLINE)
        err, took = failing(api.health)
    assert err.code == "backend_timeout"
    assert took < DEADLINE + MARGIN


def test_endless_body_stops_at_the_deadline():
    with FaultyServer(drip_body(interval=0.5)) as server:
        err, took = failing(client(server.url).meta)
    assert err.code == "backend_timeout"
    assert took < DEADLINE + MARGIN
    assert not workers_left()


def test_a_post_that_sends_mail_is_sent_once_when_the_answer_crawls():
    with FaultyServer(drip_headers(interval=0.5)) as server:
        err, took = failing(client(server.url).start_email_verification, "a@example.org")
    assert err.code == "backend_timeout"
    assert len(server.requests) == 1
    assert took < DEADLINE + MARGIN


def test_connection_that_hangs_in_the_tcp_handshake_stops_at_the_deadline():
    with FullBacklog() as port:
        err, took = failing(client(port.url, timeout=(30.0, 30.0)).health)
    assert err.code == "backend_timeout"
    assert took < DEADLINE + MARGIN
    assert not workers_left()


def test_tls_handshake_crawling_stops_at_the_deadline_as_a_timeout(certificate):
    cert, _ = certificate
    answer = respond(200, b'{"status": "ok"}')
    with (FaultyServer(answer, tls=tls_context(*certificate)) as server,
          DripProxy(server.port, interval=0.5) as proxy):
        err, took = failing(client(proxy.url, ca_bundle=cert).health)
    # A slow network, not a certificate problem: the person is told to retry.
    assert isinstance(err, NetworkError) and err.code == "backend_timeout"
    assert took < DEADLINE + MARGIN
    assert proxy.connections >= 1
    assert not server.requests  # the handshake never finished
    assert not workers_left()


def test_the_relay_itself_passes_a_whole_exchange(certificate):
    # Control for the test above: through the same relay at full speed, the call works.
    cert, _ = certificate
    answer = respond(200, b'{"status": "ok"}')
    with (FaultyServer(answer, tls=tls_context(*certificate)) as server,
          DripProxy(server.port, interval=0.0005) as proxy):
        api = AidantClient(proxy.url, ca_bundle=cert, deadline=30, timeout=(5.0, 5.0))
        assert api.health().status == "ok"
    assert len(server.requests) == 1


def test_a_quick_answer_is_not_slowed_by_the_watchdog():
    with FaultyServer(respond(200, b'{"status": "ok"}')) as server:
        api = client(server.url)
        for _ in range(5):
            assert api.health().status == "ok"
    assert len(server.requests) == 5
    assert not workers_left()


def test_slow_name_resolution_stops_at_the_deadline_and_never_sends_late(monkeypatch):
    # A resolver that answers after the deadline (the OS resolver obeys no socket timeout).
    real_getaddrinfo = socket.getaddrinfo
    answer_now = threading.Event()
    asked = threading.Event()

    def slow_resolver(host, *args, **kwargs):
        if host == "localhost":
            asked.set()
            answer_now.wait(30)
            host = "127.0.0.1"
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", slow_resolver)
    with FaultyServer(respond(201, b'{"id": "v1", "expires_at": "2030-01-01T10:00:00+00:00"}')
                      ) as server:
        api = client(f"http://localhost:{server.port}")
        err, took = failing(api.start_email_verification, "a@example.org")
        assert asked.is_set()
        answer_now.set()  # the resolver answers at last: the worker must not send now
        assert not workers_left()
    assert err.code == "backend_timeout"
    assert took < DEADLINE + MARGIN
    assert server.requests == []  # reported as a timeout, so it must not have been sent


def test_a_proxy_that_drips_its_answer_to_connect_stops_at_the_deadline(monkeypatch):
    with FaultyServer(drip_headers(interval=0.5)) as proxy:
        for name in ("HTTPS_PROXY", "https_proxy"):
            monkeypatch.setenv(name, proxy.url)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        err, took = failing(client("https://api.example.org").health)
    assert err.code == "backend_timeout"
    assert took < DEADLINE + MARGIN
    assert proxy.requests and proxy.requests[0].method == "CONNECT"
    assert not workers_left()
