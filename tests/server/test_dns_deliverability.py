"""Deliverability against real DNS servers on loopback: honest, lying and silent resolvers."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial

import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset
import pytest
import requests

from aidant_app.server.emailcheck import DNS_CANARIES, dns_mx_lookup
from tests.support.server import running_server


@contextmanager
def dns_server(mx: dict[str, str] | None, silent: bool = False) -> Iterator[tuple[str, int]]:
    """A UDP DNS server on 127.0.0.1: MX answers from `mx` (domain -> exchange), NXDOMAIN for
    every other name; `mx=None` answers NXDOMAIN for everything (a lying resolver);
    `silent` never answers (a network that drops DNS)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(0.1)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                data, peer = sock.recvfrom(4096)
            except (TimeoutError, OSError):
                continue
            if silent:
                continue
            query = dns.message.from_wire(data)
            answer = dns.message.make_response(query)
            name = query.question[0].name.to_text().rstrip(".").lower()
            if mx is not None and name in mx:
                answer.answer.append(
                    dns.rrset.from_text(name + ".", 300, "IN", "MX", f"10 {mx[name]}.")
                )
            else:
                answer.set_rcode(dns.rcode.NXDOMAIN)
            sock.sendto(answer.to_wire(), peer)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield sock.getsockname()
    finally:
        stop.set()
        thread.join(2)
        sock.close()


HONEST = {"gmail.com": "gmail-smtp-in.l.google.com", **{c: "mx." + c for c in DNS_CANARIES}}


def test_an_existing_mail_domain_is_deliverable():
    with dns_server(HONEST) as ns:
        assert dns_mx_lookup("gmail.com", ns) == "yes"


def test_a_domain_that_does_not_exist_is_not_deliverable_when_dns_is_honest():
    with dns_server(HONEST) as ns:
        assert dns_mx_lookup("gmial-nonexistent.fr", ns) == "no"


def test_a_resolver_that_denies_everything_gives_unknown_not_no():
    with dns_server(None) as ns:
        assert dns_mx_lookup("gmail.com", ns) == "unknown"


def test_a_silent_network_gives_unknown_within_a_few_seconds():
    with dns_server(HONEST, silent=True) as ns:
        started = time.monotonic()
        assert dns_mx_lookup("gmail.com", ns) == "unknown"
        assert time.monotonic() - started < 3


@pytest.mark.parametrize("resolver, expected", [(HONEST, "yes"), (None, "unknown")])
def test_email_check_over_http_never_blocks_because_dns_lies(resolver, expected):
    with dns_server(resolver) as ns, running_server(mx_lookup=partial(dns_mx_lookup,
                                                                       nameserver=ns)) as srv:
        answer = requests.post(f"{srv.base_url}/v1/email-checks",
                               json={"email": "camille.martin@gmail.com"}, timeout=10)
        assert answer.status_code == 200
        assert answer.json()["deliverable"] == expected
