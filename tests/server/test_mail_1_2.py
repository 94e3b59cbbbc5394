"""API 1.2, mail: no code left at rest after delivery, the To: header names the envelope's
recipient, a proof covers the very address its code went to, and no suggestion for a domain
the server has on a list. Over real HTTP and a real SMTP relay, on SQLite and PostgreSQL."""

from __future__ import annotations

import email
import email.policy
import re
import socket
import time

import pytest
from aiosmtpd.controller import Controller

from aidant_app.server.db import Store
from tests.server.client import Api, problem, proof_for
from tests.support.server import running_server, server_process

PUBLIC = "https://aidant.example.org"


class _Relay:
    """A real SMTP server on loopback that keeps each message and its envelope."""

    def __init__(self) -> None:
        self.received: list[tuple[list[str], email.message.EmailMessage]] = []

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        # As a mail program reads it: UTF-8 headers (SMTPUTF8) decoded, encoded words too.
        parsed = email.message_from_string(raw.decode("utf-8"), policy=email.policy.default)
        self.received.append((list(envelope.rcpt_tos), parsed))
        return "250 OK"

    def wait(self, count: int) -> list[tuple[list[str], email.message.EmailMessage]]:
        deadline = time.monotonic() + 15
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(self.received) >= count, self.received
        return self.received


@pytest.fixture
def relay():
    handler = _Relay()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port, enable_SMTPUTF8=True)
    controller.start()
    handler.address = f"127.0.0.1:{port}"
    try:
        yield handler
    finally:
        controller.stop()


@pytest.fixture
def database(engine: str, tmp_path, request: pytest.FixtureRequest) -> str:
    if engine == "sqlite":
        return str(tmp_path / "aidant.db")
    return request.getfixturevalue("pg_url")


def _every_stored_value(database: str) -> list[str]:
    store = Store(database)
    try:
        if store.engine == "sqlite":
            tables = [r[0] for r in store.all("SELECT name FROM sqlite_master WHERE type='table'")]
        else:
            tables = [
                r[0]
                for r in store.all(
                    "SELECT table_name FROM information_schema.tables"
                    " WHERE table_schema = current_schema()"
                )
            ]
        return [str(v) for t in tables for row in store.all(f"SELECT * FROM {t}") for v in row]
    finally:
        store.close()


def test_no_code_is_left_in_any_column_once_the_message_is_relayed(database, relay, tmp_path):
    addresses = [f"code.{n}@example.net" for n in range(3)]
    with server_process(
        "--mode", "live", "--db", database, "--smtp", relay.address, "--public-url", PUBLIC,
        "--workers", "2", "--key-file", str(tmp_path / "server.key"),
    ) as running:  # fmt: skip
        api = Api(running.base_url)
        for address in addresses:
            assert api.post("/v1/email-verifications", {"email": address}).status_code == 201
        received = relay.wait(len(addresses))
        codes = [re.search(r"\b(\d{6})\b", m["Subject"]).group(1) for _, m in received]
        deadline = time.monotonic() + 10  # the relay thread records `sent` just after
        while time.monotonic() < deadline:
            values = _every_stored_value(database)
            if not any(re.search(rf"(?<!\d){c}(?!\d)", v) for c in codes for v in values):
                break
            time.sleep(0.1)
    for code in codes:
        found = [v for v in values if re.search(rf"(?<!\d){code}(?!\d)", v)]
        assert not found, found


ENCODED = [
    "=?utf-8?q?victime?=@example.org",
    "=?UTF-8?B?dmljdGltZQ==?=@example.org",
    "a=?iso-8859-1?q?b?=@example.org",
    "=?utf-8?q?victime=40autre.example?=@example.org",
]


@pytest.mark.parametrize("address", ENCODED)
def test_an_encoded_word_in_the_local_part_is_refused(api: Api, address: str) -> None:
    for path in ("/v1/email-checks", "/v1/email-verifications"):
        body = problem(api.post(path, {"email": address}), 422, "email_invalid")
        assert body["errors"] == [{"field": "email", "code": "email_invalid"}]
    person = api.people("ready")[0]
    refused = api.create_account(api.account_body(person, email=address))
    assert refused.json()["code"] == "email_invalid"


def test_the_to_header_names_the_envelope_recipient(relay) -> None:
    """Every message that reaches a real relay shows its envelope recipient in To:."""
    addresses = [
        "jean+tag@example.org",
        "o'brien@example.org",
        "élodie@example.org",
        "x.y-z@xn--lyse-9oad.fr",
        "tilde~@example.org",
    ]
    with running_server(smtp=("127.0.0.1", int(relay.address.rsplit(":", 1)[1]))) as server:
        api = Api(server.base_url)
        for address in addresses:
            answer = api.post("/v1/email-verifications", {"email": address})
            assert answer.status_code == 201, (address, answer.text)
        for address in ENCODED:  # refused at the door; if not, they must not mislead
            assert api.post("/v1/email-verifications", {"email": address}).status_code in (201, 422)
        received = relay.wait(len(addresses))
        time.sleep(1)  # room for any other message to arrive
    assert len(received) >= len(addresses)
    for envelope, message in received:
        shown = [a.addr_spec for a in message["To"].addresses]
        assert shown == envelope, (shown, envelope)


def test_a_message_whose_header_would_name_another_address_is_never_built() -> None:
    """Behind the door (422 above), the outbox itself refuses: whatever reached it."""
    import datetime as dt

    from aidant_app.server.outbox import PermanentFailure, build_message

    for address in (a for a in ENCODED if a.startswith("=?")):  # decoded as a whole word
        with pytest.raises(PermanentFailure):
            build_message(address, "Sujet", "texte", "<p>html</p>", dt.datetime.now(dt.UTC))


# A code went to the first address; the second is another mailbox a lenient comparison
# would take for it (Unicode case folding turns one letter into two).
NOT_COVERED = [
    ("STRASSE.x@example.org", "straße.x@example.org"),
    ("strasse.y@example.org", "straße.y@example.org"),
    ("office.z@example.org", "oﬃce.z@example.org"),
]


@pytest.mark.parametrize("proven, other", NOT_COVERED)
def test_a_proof_covers_only_the_address_that_received_its_code(api: Api, server, proven, other):
    proof = proof_for(api, proven)
    person = api.people("ready")[0]
    body = api.account_body(person, email=other, email_proof=proof)
    refused = problem(api.create_account(body), 422, "email_proof_invalid")
    assert refused["errors"] == [{"field": "email_proof", "code": "email_proof_invalid"}]
    created, _ = api.new_account(1, email="depart@example.net")
    server.advance(31)
    moved = api.put(f"/v1/accounts/{created['id']}/email", {"email": other, "email_proof": proof})
    problem(moved, 422, "email_proof_invalid")
    # The same address, in other capitals, is the same mailbox: the proof covers it.
    body = api.account_body(person, email=proven.lower(), email_proof=proof)
    assert api.create_account(body).status_code == 201


LISTED = [
    "yopmail.com",
    "yopmail.fr",
    "mailinator.com",
    "gmial.com",
    "hotmial.com",
    "jetable.org",
    "ymail.com",
    "gmx.de",
    "hotmail.de",
    "example.org",
    "sub.yopmail.com",
]


def test_no_suggestion_for_a_domain_on_a_list_when_dns_does_not_answer() -> None:
    with running_server(mx_lookup=lambda domain: "unknown") as server:
        api = Api(server.base_url)
        for domain in LISTED:
            check = api.post("/v1/email-checks", {"email": f"jean.martin@{domain}"}).json()
            assert check["suggestion"] is None, (domain, check)
        # A plain typo of no listed domain is still corrected.
        check = api.post("/v1/email-checks", {"email": "jean.martin@gmali.com"}).json()
        assert check["suggestion"] == "jean.martin@gmail.com"
