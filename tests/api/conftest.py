"""A training server for the API client tests, with a clock the tests can move forward."""

from __future__ import annotations

import datetime as dt
import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from aidant_app.api import AidantClient, RetryPolicy


class Clock:
    """The server's clock: real time plus an offset the test advances."""

    def __init__(self) -> None:
        self.offset = dt.timedelta()

    def __call__(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += dt.timedelta(seconds=seconds)


@dataclass
class Training:
    url: str
    clock: Clock

    def client(self, **kw) -> AidantClient:
        kw.setdefault("deadline", 10)
        kw.setdefault("retry", RetryPolicy(backoff_base=0.05))
        return AidantClient(self.url, **kw)


@pytest.fixture(scope="session")
def training() -> Iterator[Training]:
    """A real training server on 127.0.0.1, in this process, shared by the API tests."""
    import uvicorn

    from aidant_app.server.app import create_app
    from aidant_app.server.settings import Settings

    clock = Clock()
    # No DNS in tests: deliverability is "unknown", which never blocks anyone.
    app = create_app(Settings(now=clock, mx_lookup=lambda domain: "unknown"))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    started = time.monotonic()
    while not server.started:
        if time.monotonic() - started > 20 or not thread.is_alive():
            raise RuntimeError("the training server did not start")
        time.sleep(0.02)
    try:
        yield Training(url, clock)
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
        app.state.aidant.close()


@pytest.fixture
def api(training: Training) -> Iterator[AidantClient]:
    """A client on a freshly reset training server."""
    client = training.client()
    client.training_reset()
    yield client
    client.close()


def code_in(text: str, length: int = 6) -> str:
    """The numeric code of a verification message."""
    match = re.search(rf"(?<!\d)(\d(?:\s?\d){{{length - 1}}})(?!\d)", text)
    assert match, "no code in the message"
    return re.sub(r"\s", "", match.group(1))


def link_in(text: str) -> str:
    match = re.search(r"https?://\S+/activate/[A-Za-z0-9_\-]+", text)
    assert match, "no activation link in the message"
    return match.group(0)
