"""API 1.1: mail is never silently lost. Real aiosmtpd relays on loopback: with and without
SMTPUTF8, one that fails then recovers, one that refuses, and one that is down until later."""

from __future__ import annotations

import email
import email.policy
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from aiosmtpd.controller import Controller

from tests.server.client import Api
from tests.support.server import running_server, server_process


class Relay:
    """Records envelopes; answers `failures` temporary errors first, or refuses everything."""

    def __init__(self, failures: int = 0, refuse: bool = False) -> None:
        self.failures = failures
        self.refuse = refuse
        self.tries = 0
        self.tried_at: list[float] = []
        self.received: list[tuple[list[str], email.message.EmailMessage]] = []

    async def handle_DATA(self, server, session, envelope):
        self.tries += 1
        self.tried_at.append(time.monotonic())
        if self.refuse:
            return "550 5.1.1 No such user here"
        if self.tries <= self.failures:
            return "451 4.3.0 Try again later"
        message = email.message_from_bytes(
            envelope.original_content or envelope.content, policy=email.policy.default
        )
        self.received.append((list(envelope.rcpt_tos), message))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def relay(handler: Relay, *, smtputf8: bool, port: int | None = None) -> Iterator[int]:
    controller = Controller(
        handler, hostname="127.0.0.1", port=port or _free_port(), enable_SMTPUTF8=smtputf8
    )
    controller.start()
    try:
        yield controller.port
    finally:
        controller.stop()


def wait_for_delivery(api: Api, account_id: str, wanted: set[str], seconds: float = 20) -> str:
    deadline = time.monotonic() + seconds
    delivery = None
    while time.monotonic() < deadline:
        delivery = api.get(f"/v1/accounts/{account_id}/activation").json()["delivery"]
        if delivery in wanted:
            return delivery
        time.sleep(0.1)
    raise AssertionError(f"delivery stayed {delivery!r}")


def test_a_relay_without_smtputf8_cannot_take_a_non_ascii_local_part() -> None:
    handler = Relay()
    with relay(handler, smtputf8=False) as port, running_server(smtp=("127.0.0.1", port)) as srv:
        api = Api(srv.base_url)
        # The e-mail check cannot promise delivery to josé@ through this relay.
        assert api.post("/v1/email-checks", {"email": "josé@gmail.com"}).json()[
            "deliverable"
        ] == "unknown"
        assert api.post("/v1/email-checks", {"email": "jose@gmail.com"}).json()[
            "deliverable"
        ] == "yes"
        accented, _ = api.new_account(0, email="josé.relais@example.net")
        assert wait_for_delivery(api, accented["id"], {"failed"}) == "failed"
        # An ASCII local part with an accented domain goes out, the domain as IDNA.
        plain, _ = api.new_account(1, email="jean@élysée.example")
        assert wait_for_delivery(api, plain["id"], {"sent", "failed"}) == "sent"
    assert [rcpt for rcpt, _ in handler.received] == [["jean@xn--lyse-9oad.example"]]


def test_a_relay_with_smtputf8_delivers_to_a_non_ascii_local_part() -> None:
    handler = Relay()
    with relay(handler, smtputf8=True) as port, running_server(smtp=("127.0.0.1", port)) as srv:
        api = Api(srv.base_url)
        assert api.post("/v1/email-checks", {"email": "josé@gmail.com"}).json()[
            "deliverable"
        ] == "yes"
        created, _ = api.new_account(0, email="josé.relais@example.net")
        assert wait_for_delivery(api, created["id"], {"sent", "failed"}) == "sent"
    ((rcpt, message),) = handler.received
    assert rcpt == ["josé.relais@example.net"]
    assert "/activate/" in message.get_body(("plain",)).get_content()


def test_a_relay_that_fails_then_recovers_gets_the_message_once() -> None:
    handler = Relay(failures=2)
    with relay(handler, smtputf8=False) as port, running_server(smtp=("127.0.0.1", port)) as srv:
        api = Api(srv.base_url)
        created, _ = api.new_account(0, email="patience@example.net")
        # Queued while the relay says "later", sent once it takes it (backoff 1 s, then 2 s).
        assert wait_for_delivery(api, created["id"], {"sent", "failed"}) == "sent"
    assert handler.tries == 3
    assert [rcpt for rcpt, _ in handler.received] == [["patience@example.net"]]
    first_wait, second_wait = (b - a for a, b in zip(handler.tried_at, handler.tried_at[1:]))
    assert first_wait >= 0.9 and second_wait >= 1.8  # backoff: 1 s, then 2 s


def test_a_refused_recipient_is_failed_at_once_and_the_app_can_tell() -> None:
    handler = Relay(refuse=True)
    with relay(handler, smtputf8=False) as port, running_server(smtp=("127.0.0.1", port)) as srv:
        api = Api(srv.base_url)
        created, _ = api.new_account(0, email="inconnu@example.net")
        assert wait_for_delivery(api, created["id"], {"sent", "failed"}) == "failed"
        status = api.get(f"/v1/accounts/{created['id']}/activation").json()
        assert status["status"] == "pending"  # the person can correct the address
    assert handler.tries == 1  # a permanent refusal is not retried


def test_training_capture_counts_as_sent(api: Api) -> None:
    created, _ = api.new_account(0)
    assert api.get(f"/v1/accounts/{created['id']}/activation").json()["delivery"] == "sent"


@pytest.fixture
def database(engine: str, tmp_path, request: pytest.FixtureRequest) -> str:
    if engine == "sqlite":
        return str(tmp_path / "aidant.db")
    return request.getfixturevalue("pg_url")


def test_a_message_queued_while_the_relay_is_down_survives_a_restart(database) -> None:
    port = _free_port()  # nothing listens there yet
    args = ("--db", database, "--smtp", f"127.0.0.1:{port}")
    with server_process(*args) as first:
        api = Api(first.base_url)
        created, _ = api.new_account(0, email="durable@example.net")
        time.sleep(1.5)  # at least one failed try
        assert api.get(f"/v1/accounts/{created['id']}/activation").json()["delivery"] == "queued"
    handler = Relay()
    with relay(handler, smtputf8=False, port=port), server_process(*args) as second:
        api = Api(second.base_url)
        api.secrets[created["id"]] = created["account_secret"]  # kept by the app, not the server
        assert wait_for_delivery(api, created["id"], {"sent", "failed"}, seconds=30) == "sent"
    assert [rcpt for rcpt, _ in handler.received] == [["durable@example.net"]]


def test_each_message_is_relayed_once_whichever_worker_claims_it(database) -> None:
    handler = Relay()
    with relay(handler, smtputf8=False) as port, server_process(
        "--db", database, "--smtp", f"127.0.0.1:{port}", "--workers", "2"
    ) as server:
        api = Api(server.base_url)
        api.session.headers["Connection"] = "close"  # any worker may answer each request
        created = [api.new_account(i, email=f"unique.{i}@example.net")[0] for i in range(4)]
        for account in created:
            assert wait_for_delivery(api, account["id"], {"sent", "failed"}) == "sent"
    recipients = sorted(rcpt[0] for rcpt, _ in handler.received)
    assert recipients == [f"unique.{i}@example.net" for i in range(4)]
