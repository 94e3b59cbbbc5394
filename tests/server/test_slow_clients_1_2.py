"""API 1.2: headers have a deadline in the server itself. 100 sockets trickling a header
byte every second are closed by the real server (2 workers) soon after HEADER_SECONDS, while
health keeps being answered; a request whose headers are complete is served normally."""

from __future__ import annotations

import socket
import time
from urllib.parse import urlsplit

import pytest

from tests.server.client import Api
from tests.support.server import server_process

SOCKETS = 100
HEADER_SECONDS = 10  # the contract's deadline (docs/API.md, Hardening (1.2))


def _closed_by_peer(sock: socket.socket) -> bool:
    try:
        sock.send(b"X")  # one more trickled byte
        sock.settimeout(0.2)
        return sock.recv(1) == b""
    except TimeoutError:
        return False
    except OSError:  # reset: closed too
        return True


@pytest.mark.engine_independent
def test_trickled_headers_are_cut_off_and_the_server_keeps_answering(tmp_path) -> None:
    with server_process("--db", str(tmp_path / "aidant.db"), "--workers", "2") as running:
        parts = urlsplit(running.base_url)
        slow = []
        for _ in range(SOCKETS):
            sock = socket.create_connection((parts.hostname, parts.port), timeout=5)
            sock.sendall(b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            slow.append(sock)
        api = Api(running.base_url)
        started = time.monotonic()
        open_ones = list(slow)
        while open_ones and time.monotonic() - started < HEADER_SECONDS + 8:
            assert api.get("/v1/health", timeout=5).status_code == 200
            open_ones = [s for s in open_ones if not _closed_by_peer(s)]
            time.sleep(0.5)
        elapsed = time.monotonic() - started
        for sock in slow:
            sock.close()
        assert not open_ones, f"{len(open_ones)} trickling sockets still open after {elapsed:.0f} s"
        # A request that sends its headers at once is not cut off, even on a kept-alive
        # connection that waited a little between two requests.
        session = Api(running.base_url)
        assert session.get("/v1/health").status_code == 200
        time.sleep(1)
        assert session.get("/v1/meta").status_code == 200
