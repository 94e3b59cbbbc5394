"""One overall deadline for an HTTP exchange, whatever phase it is in (DNS, connect, TLS, headers, body).

Socket timeouts in urllib3 apply to each read, so a server that sends one byte every
half second never trips them, and name resolution obeys none at all. So each try runs
on a short-lived worker thread while the calling thread waits at most until the
deadline; at the deadline it shuts the connection's socket down, which ends the
worker's blocked read or TLS handshake at once, and returns a timeout. The worker
never connects once the deadline has passed, so a late DNS answer cannot send a
request the caller already reported as timed out.
"""

from __future__ import annotations

import socket
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import requests
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError

T = TypeVar("T")
# A worker that is still busy this long after its socket was shut down is left to itself.
_GRACE = 0.2
_SHUTDOWN_TRIES = 4
_local = threading.local()


class DeadlinePassed(Exception):
    """The deadline passed before the exchange ended (raised in the calling thread)."""


class _Guard:
    """The connections one try opened, so they can be shut down at its deadline."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.connections: list[HTTPConnection] = []
        self.expired = False
        self.done = threading.Event()

    def watch(self, conn: HTTPConnection) -> None:
        with self.lock:
            if self.expired:
                raise ConnectTimeoutError(conn, "the call's deadline passed")
            self.connections.append(conn)

    def expire(self) -> None:
        with self.lock:
            self.expired = True
            connections = list(self.connections)
        for conn in connections:
            _shut(conn.sock)


def _shut(sock: Any) -> None:
    """Wake any thread blocked on this socket: reads return end-of-file at once.

    Calls the plain socket method on purpose: ssl.SSLSocket.shutdown would also drop
    the TLS object under the worker's feet. The worker closes the socket itself.
    """
    sock = getattr(sock, "socket", sock)  # urllib3's TLS-in-TLS wrapper holds the socket
    if isinstance(sock, socket.socket):
        try:
            socket.socket.shutdown(sock, socket.SHUT_RDWR)
        except OSError:
            pass  # already closed, or not connected yet
        if sys.platform == "win32":
            # Winsock: shutdown() does not wake a thread blocked in recv(); closing does.
            socket.socket.close(sock)


def _guard() -> _Guard | None:
    return getattr(_local, "guard", None)


class _Watched:
    """Connection mixin: registers with the try's guard and never connects once expired."""

    def connect(self) -> None:
        guard = _guard()
        if guard is not None:
            guard.watch(self)  # raises when the deadline has already passed
        super().connect()
        if guard is not None and guard.expired:  # it passed during the TLS handshake
            self.close()
            raise ConnectTimeoutError(self, "the call's deadline passed")

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        guard = _guard()
        if guard is not None and guard.expired:  # it passed during DNS or the TCP connect:
            sock.close()  # no TLS handshake, no request
            raise ConnectTimeoutError(self, "the call's deadline passed")
        return sock


class _HTTPConnection(_Watched, HTTPConnection):
    pass


class _HTTPSConnection(_Watched, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


class DeadlineAdapter(requests.adapters.HTTPAdapter):
    """requests' adapter whose connections register with the running try's guard."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOLS)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if proxy.lower().startswith(("http://", "https://")):
            manager.pool_classes_by_scheme = dict(_POOLS)
        return manager


def install(session: requests.Session, make_adapter: Callable[[type], Any] | None = None) -> None:
    """Route the session's http and https traffic through DeadlineAdapter (built by
    `make_adapter(DeadlineAdapter)` when given: the transport adds its TLS trust)."""
    for prefix in ("http://", "https://"):
        if not isinstance(session.get_adapter(prefix), DeadlineAdapter):
            session.mount(prefix, make_adapter(DeadlineAdapter) if make_adapter
                          else DeadlineAdapter())


def run_until(seconds: float, exchange: Callable[[], T]) -> T:
    """Run `exchange` (which uses a session set up by `install`) for at most `seconds`.

    Returns its result or raises its exception; raises DeadlinePassed when the time
    is up, after shutting down the sockets it opened.
    """
    guard = _Guard()
    outcome: dict[str, Any] = {}

    def work() -> None:
        _local.guard = guard
        try:
            outcome["result"] = exchange()
        except BaseException as exc:  # noqa: BLE001 - handed over to the calling thread
            outcome["error"] = exc
        finally:
            guard.done.set()

    # A daemon thread: one stuck in name resolution must not keep the app from quitting.
    threading.Thread(target=work, name="aidant-api-try", daemon=True).start()
    if not guard.done.wait(max(0.0, seconds)):
        # Shut down again a few times: a socket being wrapped for TLS at that instant
        # is only reachable once the wrapped one is in place. Usually the first one ends it.
        for _ in range(_SHUTDOWN_TRIES):
            guard.expire()
            if guard.done.wait(_GRACE / _SHUTDOWN_TRIES):
                break
        raise DeadlinePassed
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
