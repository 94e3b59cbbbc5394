"""Several worker processes on one port and one database (`--workers N`)."""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

SETTINGS_VARIABLE = "AIDANT_SERVER_SETTINGS"  # how the parent hands its settings to workers
FIXTURES_KEY = "_fixtures_file"
WORKERS_KEY = "_workers"


def settings_to_environment(
    settings: Any, fixtures_file: str | None = None, workers: int = 1
) -> None:
    """Put the plain (JSON) settings where spawned workers find them; callables stay behind."""
    plain: dict[str, Any] = {FIXTURES_KEY: fixtures_file, WORKERS_KEY: workers}
    for field in dataclasses.fields(settings):
        value = getattr(settings, field.name)
        if value is None or isinstance(value, (str, int, float, bool, tuple, list)):
            plain[field.name] = value
    os.environ[SETTINGS_VARIABLE] = json.dumps(plain)


def app_factory():
    """What each worker runs (uvicorn --factory): the app, built from the parent's settings."""
    from aidant_app.server import security
    from aidant_app.server.app import create_app
    from aidant_app.server.settings import Settings

    plain = json.loads(os.environ[SETTINGS_VARIABLE])
    security.share_hashing_with(plain.get(WORKERS_KEY, 1))
    known = {f.name for f in dataclasses.fields(Settings)}
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in plain.items() if k in known}
    if plain.get(FIXTURES_KEY):
        from aidant_app.server.fixtures_file import FixturesFile

        fixtures = FixturesFile(plain[FIXTURES_KEY])
        values.update(now=fixtures.now, mx_lookup=fixtures.mx_lookup)
    app = _when_the_database_answers(lambda: create_app(Settings(**values)))
    # Workers end on SIGTERM through uvicorn's lifespan: close the pool and the outbox then.
    app.router.add_event_handler("shutdown", app.state.aidant.close)
    return app


def _when_the_database_answers(build: Callable[[], Any], pause: float = 2.0) -> Any:
    """`build()`, tried again while the database does not answer.

    The parent checked the database before the first workers started. A worker that uvicorn
    restarts later (it died, or did not answer its health check in time) may start in the
    middle of an outage: it used to fail with a traceback, and uvicorn started another that
    failed the same way, again and again until the database came back (and uvicorn stops
    the whole server when a worker's start fails with its STARTUP_FAILURE code). It now
    waits for the database, while the other workers answer 503 and Retry-After."""
    from aidant_app.server.db import StoreUnavailable

    while True:
        try:
            return build()
        except StoreUnavailable as error:
            print(f"database unavailable: worker {os.getpid()} waits for it to start "
                  f"({error})", file=sys.stderr, flush=True)
            time.sleep(pause)


def prepare(settings: Any) -> None:
    """Migrate and seed once, in the parent, before any worker starts."""
    from aidant_app.server.state import ServerState

    ServerState(settings).close()


def listening_socket(
    family: int, address: tuple, *, shared_port: bool = False, listen: bool = True
) -> socket.socket:
    """A TCP socket bound to `address`; with `shared_port`, one the workers bind too.

    With several workers, each listens on a socket of its own (SO_REUSEPORT) and the
    kernel spreads new connections evenly between them. With one shared socket, the
    first worker to wake up took a whole burst of connections (asyncio accepts up to 100
    at a time) and kept those keep-alive connections for good, while the others idled.
    """
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are TCP, and
    # without it every keep-alive answer waits ~40 ms (Nagle against the client's delayed ACK).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    if sys.platform == "win32":
        # Windows' SO_REUSEADDR lets any other local socket bind the same port and take
        # its connections (the training server's, with the helper's token): exclusive use.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
    else:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if shared_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind(address)
        if listen:
            sock.listen(1024)
    except OSError:
        sock.close()
        raise
    return sock


class _OwnListener:
    """Stands for a socket in the parent; unpickled in a worker, it is that worker's own.

    Bound there but not listening: asyncio listens on it once the worker's app is loaded
    and its server starts. A worker waiting for its database (_when_the_database_answers)
    thus takes no connection the kernel would otherwise hand it and leave unanswered."""

    def __init__(self, family: int, address: tuple) -> None:
        self.family, self.address = family, address

    def __reduce__(self):
        return (functools.partial(listening_socket, shared_port=True, listen=False),
                (self.family, self.address))


def run(
    config_kwargs: dict, workers: int, reserved: socket.socket, announce: Callable[[], None]
) -> None:
    """uvicorn's supervisor: starts the workers, restarts one that dies, stops all on SIGTERM.

    `reserved` is the parent's socket, bound to the port with SO_REUSEPORT but not
    listening: it holds the port (and names it for --port 0) and never takes a connection,
    so a worker that dies leaves no socket behind that would swallow connections.
    `announce` runs once a worker answers on the port.
    """
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    config = uvicorn.Config(
        "aidant_app.server.workers:app_factory",
        factory=True,
        workers=workers,
        lifespan="on",
        **config_kwargs,
    )
    address = reserved.getsockname()
    supervisor = Multiprocess(config, sockets=[_OwnListener(reserved.family, address)])
    threading.Thread(
        target=_announce_when_listening,
        args=(reserved.family, address, announce, supervisor.should_exit),
        daemon=True,
    ).start()
    supervisor.run()


# An address listening on every interface, and the loopback address to reach it by.
EVERY_INTERFACE = {"0.0.0.0": "127.0.0.1", "::": "::1"}


def _announce_when_listening(
    family: int, address: tuple, announce: Callable[[], None], stop: threading.Event
) -> None:
    # Until a worker listens, a connection would be refused: announce only then.
    host = EVERY_INTERFACE.get(address[0], address[0])
    deadline = time.monotonic() + 120
    while not stop.is_set() and time.monotonic() < deadline:
        try:
            with socket.create_connection((host, address[1]), timeout=1):
                announce()
                return
        except OSError:
            time.sleep(0.05)
