"""With --smtp, messages are relayed to a real SMTP server as MIME e-mails."""

from __future__ import annotations

import email
import email.policy
import re
import socket
import time

import pytest
from aiosmtpd.controller import Controller

from tests.server.client import Api
from tests.support.server import running_server


class _Collector:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.original_content or envelope.content)
        return "250 OK"


@pytest.fixture
def smtp():
    collector = _Collector()
    with socket.socket() as probe:  # aiosmtpd needs a real port number to check its start
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(collector, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield controller, collector
    finally:
        controller.stop()


def _wait_for(collector: _Collector, count: int) -> list[email.message.EmailMessage]:
    deadline = time.monotonic() + 10
    while len(collector.messages) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return [email.message_from_bytes(m, policy=email.policy.default) for m in collector.messages]


def test_activation_message_is_relayed_with_the_public_link(smtp) -> None:
    controller, collector = smtp
    port = controller.port
    public = "https://aidant.example.org/centre"
    with running_server(smtp=("127.0.0.1", port), public_url=public) as server:
        api = Api(server.base_url)
        created, _ = api.new_account(0, email="relay@example.net")
        (message,) = _wait_for(collector, 1)
        assert message["To"] == "relay@example.net"
        assert "Confirmez votre adresse" in message["Subject"]
        assert message["From"].addresses[0].display_name.startswith("Compte ameli")
        assert message.is_multipart()
        text = message.get_body(("plain",)).get_content()
        html = message.get_body(("html",)).get_content()
        link = re.search(r"https://aidant\.example\.org/centre/activate/[\w-]+", text).group(0)
        assert link in html
        # The relayed link is the real one: pasted in the app, it activates the account.
        activated = api.post("/v1/activations", {"link": link})
        assert activated.json() == {"status": "active", "account_id": created["id"]}


def test_code_message_is_relayed(smtp) -> None:
    controller, collector = smtp
    port = controller.port
    with running_server(smtp=("127.0.0.1", port)) as server:
        api = Api(server.base_url)
        api.post("/v1/email-verifications", {"email": "code@example.net"})
        (message,) = _wait_for(collector, 1)
        code = api.latest_code("code@example.net")
    assert code in message["Subject"]
    assert code in message.get_body(("plain",)).get_content()
