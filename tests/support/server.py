"""Run the training server for tests: in-process with a movable clock, or as the real CLI."""

from __future__ import annotations

import datetime as dt
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any

URL_PATTERN = re.compile(r"http://(?:127\.0\.0\.1|0\.0\.0\.0):(\d+)")  # 0.0.0.0: every interface

# Deterministic DNS answers for tests (no network): anything else is "unknown".
FAKE_MX = {
    "gmail.com": "yes",
    "orange.fr": "yes",
    "laposte.net": "yes",
    "free.fr": "yes",
    "yopmail.com": "yes",
    "nxdomain.fr": "no",
}


def fake_mx_lookup(domain: str) -> str:
    return FAKE_MX.get(domain, "unknown")


class Clock:
    """Real time plus an offset that tests move forward; always timezone-aware UTC."""

    def __init__(self) -> None:
        self._offset = dt.timedelta(0)
        self._lock = threading.Lock()

    def __call__(self) -> dt.datetime:
        with self._lock:
            return dt.datetime.now(dt.UTC) + self._offset

    def advance(self, seconds: float = 0, **delta: float) -> None:
        """advance(31) or advance(hours=25)."""
        with self._lock:
            self._offset += dt.timedelta(seconds=seconds, **delta)


@dataclass
class InProcessServer:
    base_url: str
    clock: Clock
    app: Any  # the FastAPI app
    state: Any  # its ServerState (for white-box checks only; tests should prefer HTTP)

    def advance(self, seconds: float = 0, **delta: float) -> None:
        self.clock.advance(seconds, **delta)


def _free_socket() -> socket.socket:
    # IPPROTO_TCP so asyncio sets TCP_NODELAY (else ~40 ms per keep-alive answer).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    return sock


# Where running_server() keeps its data when a test names no db_path: None means SQLite in
# memory; tests/server/conftest.py sets a factory of fresh PostgreSQL databases for the
# PostgreSQL run of the contract tests.
fresh_database: Callable[[], AbstractContextManager[str]] | None = None


@contextmanager
def running_server(
    *, mx_lookup: Callable[[str], str] | None = fake_mx_lookup, **settings: Any
) -> Iterator[InProcessServer]:
    """The server in a thread of this process, on a free loopback port.

    Keyword arguments go to `Settings` (mode, password_policy, smtp, public_url, ...).
    `mx_lookup=None` uses real DNS; the default answers from FAKE_MX.
    """
    if "db_path" not in settings and fresh_database is not None:
        with (
            fresh_database() as url,
            running_server(mx_lookup=mx_lookup, db_path=url, **settings) as s,
        ):
            yield s
        return
    import uvicorn

    from aidant_app.server.app import create_app
    from aidant_app.server.settings import Settings

    sock = _free_socket()
    base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    clock = Clock()
    settings.setdefault("public_url", base_url)
    app = create_app(Settings(now=clock, mx_lookup=mx_lookup, **settings))
    # As `aidant-server` runs by default: X-Forwarded-For believed from nobody (API 1.1).
    config = uvicorn.Config(
        app, log_level="warning", lifespan="off", access_log=True, proxy_headers=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="aidant-test-server", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the in-process server did not start")
        time.sleep(0.01)
    try:
        yield InProcessServer(base_url, clock, app, app.state.aidant)
    finally:
        server.should_exit = True
        thread.join(10)
        app.state.aidant.close()
        sock.close()


@dataclass
class ServerProcess:
    base_url: str
    process: subprocess.Popen
    first_line: str
    _stderr: list[str] = field(default_factory=list)

    def stderr_text(self) -> str:
        """What the server wrote on stderr so far (its logs)."""
        return "".join(self._stderr)

    def stop(self, timeout: float = 10) -> int:
        """SIGTERM (terminate) and wait; returns the exit code."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        return self.process.returncode


def _drain(stream, sink: list[str] | None) -> None:
    for line in iter(stream.readline, ""):
        if sink is not None:
            sink.append(line)
    stream.close()


@contextmanager
def server_process(
    *args: str, timeout: float = 30, env: dict[str, str] | None = None
) -> Iterator[ServerProcess]:
    """The real `aidant-server` (`python -m aidant_app.server --port 0 ARGS`) as a child.

    `env` adds environment variables for the child (e.g. a test-only crash point).
    """
    command = [sys.executable, "-m", "aidant_app.server", "--port", "0", *args]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env={**os.environ, **env} if env else None,
    )
    stderr: list[str] = []
    threading.Thread(target=_drain, args=(process.stderr, stderr), daemon=True).start()
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    if not lines or not URL_PATTERN.search(lines[0]):
        process.kill()
        process.wait(5)
        raise RuntimeError(f"aidant-server printed no address; stderr: {''.join(stderr)[-2000:]}")
    threading.Thread(target=_drain, args=(process.stdout, None), daemon=True).start()
    handle = ServerProcess(
        f"http://127.0.0.1:{URL_PATTERN.search(lines[0]).group(1)}", process, lines[0], stderr
    )
    try:
        yield handle
    finally:
        handle.stop()
