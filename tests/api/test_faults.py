"""The API client against real misbehaving servers on loopback: right code, within the deadline."""

from __future__ import annotations

import email.utils
import json
import time

import pytest

from aidant_app.api import AidantClient, ApiError, NetworkError, RetryPolicy
from tests.support.faulty_servers import (
    FaultyServer,
    closed_port_url,
    problem,
    reset,
    respond,
    sequence,
    silent,
    trickle,
)

DEADLINE = 2.5
MARGIN = 0.75  # scheduling slack on a loaded 2-core machine
HEALTH = json.dumps({"status": "ok"}).encode()
VERIFICATION = json.dumps({"id": "v1", "expires_at": "2030-01-01T10:00:00+00:00",
                           "resend_available_at": "2030-01-01T09:01:00+00:00"}).encode()
PROXY_PAGE = b"<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"


def client(url: str, deadline: float = DEADLINE) -> AidantClient:
    return AidantClient(url, timeout=(1.0, 1.0), deadline=deadline,
                        retry=RetryPolicy(backoff_base=0.05))


def failing(call, *args) -> tuple[ApiError, float]:
    """Run a call that must fail; return the error and how long it took."""
    started = time.monotonic()
    with pytest.raises(ApiError) as info:
        call(*args)
    return info.value, time.monotonic() - started


def test_connection_refused_is_unreachable_quickly():
    err, took = failing(client(closed_port_url()).health)
    assert isinstance(err, NetworkError)
    assert err.code == "backend_unreachable" and err.status is None
    assert took < DEADLINE


def test_server_that_never_answers_times_out_within_the_deadline():
    with FaultyServer(silent()) as server:
        err, took = failing(client(server.url).health)
    assert isinstance(err, NetworkError) and err.code == "backend_timeout"
    assert took < DEADLINE + MARGIN
    assert len(server.requests) >= 2  # a GET is retried


def test_post_that_sends_mail_is_not_resent_after_a_timeout():
    with FaultyServer(silent()) as server:
        err, took = failing(client(server.url).start_email_verification, "a@example.org")
    assert err.code == "backend_timeout"
    assert len(server.requests) == 1
    assert took < DEADLINE + MARGIN


def test_slow_trickling_body_stops_at_the_deadline():
    with FaultyServer(trickle(interval=0.1)) as server:
        err, took = failing(client(server.url, deadline=1.5).meta)
    assert err.code == "backend_timeout"
    assert took < 1.5 + MARGIN


def test_plain_500_is_a_server_error_and_not_retried():
    with FaultyServer(respond(500, b"Internal Server Error", "text/plain")) as server:
        err, _ = failing(client(server.url).health)
    assert err.code == "server_error" and err.status == 500
    assert len(server.requests) == 1


def test_500_problem_keeps_the_servers_code():
    body = problem(500, "internal_error")
    with FaultyServer(respond(500, body, "application/problem+json")) as server:
        err, _ = failing(client(server.url).health)
    assert err.code == "internal_error" and err.detail == "Un problème est survenu."


def test_proxy_html_502_page_is_unavailable_after_three_tries():
    with FaultyServer(respond(502, PROXY_PAGE, "text/html")) as server:
        err, took = failing(client(server.url).health)
    assert isinstance(err, NetworkError)
    assert err.code == "backend_unavailable" and err.status == 502
    assert len(server.requests) == 3
    assert took < DEADLINE + MARGIN


def test_503_with_retry_after_waits_then_succeeds():
    behaviour = sequence(respond(503, b"", "text/plain", [("Retry-After", "1")]),
                         respond(200, HEALTH))
    with FaultyServer(behaviour) as server:
        started = time.monotonic()
        assert client(server.url, deadline=4).health().status == "ok"
        took = time.monotonic() - started
    assert len(server.requests) == 2
    assert 0.9 <= took < 4


def test_503_that_keeps_failing_gives_up_within_the_deadline():
    behaviour = respond(503, problem(503, "maintenance"), "application/problem+json",
                        [("Retry-After", "1")])
    with FaultyServer(behaviour) as server:
        err, took = failing(client(server.url, deadline=2.5).meta)
    assert err.code == "maintenance" and err.status == 503 and err.retry_after == 1
    assert len(server.requests) in (2, 3)
    assert took < 2.5 + MARGIN


def test_a_retry_cut_short_by_the_deadline_reports_what_the_server_said():
    # A database outage behind the server: "503, come back in 1 s", then the retry hangs
    # until the deadline. The person is told the service is unavailable, not that it is slow.
    for said in (
        respond(503, problem(503, "backend_unavailable"), "application/problem+json",
                [("Retry-After", "1")]),
        respond(503, PROXY_PAGE, "text/html", [("Retry-After", "1")]),
    ):
        with FaultyServer(sequence(said, silent())) as server:
            err, took = failing(client(server.url, deadline=2.5).meta)
        assert isinstance(err, NetworkError)
        assert err.code == "backend_unavailable" and err.retry_after == 1
        assert len(server.requests) == 2
        assert took < 2.5 + MARGIN


def test_long_retry_after_is_not_waited_for_but_returned_for_a_countdown():
    behaviour = respond(503, PROXY_PAGE, "text/html", [("Retry-After", "120")])
    with FaultyServer(behaviour) as server:
        err, took = failing(client(server.url).health)
    assert err.code == "backend_unavailable" and err.retry_after == 120
    assert len(server.requests) == 1
    assert took < 1


def test_429_on_a_post_that_sends_mail_is_returned_at_once_with_retry_after():
    body = problem(429, "rate_limited")
    behaviour = respond(429, body, "application/problem+json", [("Retry-After", "42")])
    with FaultyServer(behaviour) as server:
        err, took = failing(client(server.url).start_email_verification, "a@example.org")
    assert err.code == "rate_limited" and err.status == 429 and err.retry_after == 42
    assert len(server.requests) == 1 and took < 1


def test_short_429_on_a_read_is_waited_for():
    behaviour = sequence(respond(429, problem(429, "rate_limited"), "application/problem+json",
                                 [("Retry-After", "0")]),
                         respond(200, HEALTH))
    with FaultyServer(behaviour) as server:
        assert client(server.url).health().status == "ok"
    assert len(server.requests) == 2


def test_malformed_json_is_a_bad_response():
    with FaultyServer(respond(200, b'{"status": "ok"')) as server:
        err, _ = failing(client(server.url).health)
    assert err.code == "bad_response"
    assert len(server.requests) == 1


def test_json_missing_a_field_is_a_bad_response():
    with FaultyServer(respond(201, b'{"id": "v1"}')) as server:
        err, _ = failing(client(server.url).start_email_verification, "a@example.org")
    assert err.code == "bad_response"


def test_html_page_instead_of_json_is_a_bad_response():
    with FaultyServer(respond(200, b"<html>Portail captif</html>", "text/html")) as server:
        err, _ = failing(client(server.url).meta)
    assert err.code == "bad_response"


def test_reset_after_the_request_was_read_retries_a_read():
    with FaultyServer(sequence(reset(), respond(200, HEALTH))) as server:
        assert client(server.url).health().status == "ok"
    assert len(server.requests) == 2


def test_reset_after_the_request_was_read_is_not_retried_for_a_post_that_sends_mail():
    with FaultyServer(sequence(reset(), respond(201, VERIFICATION))) as server:
        err, took = failing(client(server.url).start_email_verification, "a@example.org")
    assert isinstance(err, NetworkError) and err.code == "backend_unreachable"
    assert len(server.requests) == 1
    assert took < DEADLINE


@pytest.mark.parametrize("call, args", [
    ("confirm_email_code", ("v1", "123456")),
    ("resend_activation", ("acc1",)),
    ("change_email", ("acc1", "b@example.org", "proof-1")),
    ("confirm_activation", ("tok",)),
    ("resume_journey", ("ABCD-1234", "1984-12-01")),
    ("create_mailbox", ("Léa", "Martin", "Motdepasse-2026")),
    ("sign_in", ("aidant.demo", "x")),
])
def test_calls_that_send_mail_or_count_attempts_are_sent_once(call, args):
    with FaultyServer(respond(502, PROXY_PAGE, "text/html")) as server:
        err, _ = failing(getattr(client(server.url), call), *args)
    assert err.code == "backend_unavailable"
    assert len(server.requests) == 1


def test_unknown_extra_fields_are_ignored():
    answer = json.loads(VERIFICATION) | {"new_field": [1, 2], "channel": "email"}
    with FaultyServer(respond(201, json.dumps(answer).encode())) as server:
        verification = client(server.url).start_email_verification("a@example.org")
    assert verification.id == "v1"


def test_account_status_outside_the_contract_is_a_bad_response():
    answer = {"status": "suspended", "email": "a•••@example.org",
              "activation_expires_at": None, "resend_available_at": None}
    with FaultyServer(respond(200, json.dumps(answer).encode())) as server:
        err, _ = failing(client(server.url).activation_status, "acc1")
    assert err.code == "bad_response"


def test_retry_after_as_an_http_date_is_understood():
    when = email.utils.formatdate(time.time() + 100, usegmt=True)
    behaviour = respond(429, problem(429, "rate_limited"), "application/problem+json",
                        [("Retry-After", when)])
    with FaultyServer(behaviour) as server:
        err, took = failing(client(server.url).resend_activation, "acc1")
    assert err.code == "rate_limited" and 90 <= err.retry_after <= 101
    assert took < 1


def test_redirect_is_not_followed():
    behaviour = respond(302, b"", "text/html", [("Location", "http://api.example.org/v1/meta")])
    with FaultyServer(behaviour) as server:
        err, _ = failing(client(server.url).meta)
    assert err.code == "bad_response" and err.status == 302
    assert len(server.requests) == 1
